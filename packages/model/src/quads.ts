/**
 * A collector of quads that removes duplicates and hands them back in one
 * canonical order (graph, subject, predicate, object), which is what makes the
 * serialised dataset byte-identical from one build to the next.
 */
import { DataFactory, type Literal, type NamedNode, type Quad } from 'n3';
import { XSD } from './vocabulary.js';

const { namedNode, literal, quad } = DataFactory;

/** An object value: an IRI node, a literal, or a plain string (a string literal). */
export type ObjectValue = NamedNode | Literal | string;

/** Collects quads per named graph. */
export class QuadSink {
  private readonly seen = new Map<string, Quad>();

  /** Adds `<subject> <predicate> object` to `graph`; undefined objects are skipped. */
  add(
    graph: string,
    subject: string,
    predicate: NamedNode,
    object: ObjectValue | undefined | null,
  ): void {
    if (object === undefined || object === null) return;
    const value = typeof object === 'string' ? literal(object) : object;
    const q = quad(namedNode(subject), predicate, value, namedNode(graph));
    const key = `${graph}\u0000${subject}\u0000${predicate.value}\u0000${termKey(value)}`;
    if (!this.seen.has(key)) this.seen.set(key, q);
  }

  /** Every quad, in canonical order. */
  quads(): Quad[] {
    return [...this.seen.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, q]) => q);
  }

  get size(): number {
    return this.seen.size;
  }
}

function termKey(term: NamedNode | Literal): string {
  if (term.termType === 'NamedNode') return `<${term.value}>`;
  return `"${term.value}"@${term.language}^^${term.datatype.value}`;
}

/** An IRI node. */
export const node = (iri: string): NamedNode => namedNode(iri);

/** A date literal: `xsd:date` for YYYY-MM-DD, `xsd:gYearMonth` for YYYY-MM. */
export function dateLiteral(iso: string | undefined | null): Literal | undefined {
  if (!iso) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return literal(iso, XSD.date);
  if (/^\d{4}-\d{2}$/.test(iso)) return literal(iso, XSD.gYearMonth);
  return undefined;
}

/** A confidence in [0, 1] as an `xsd:decimal` with two decimals. */
export function confidenceLiteral(value: number): Literal {
  const clamped = Math.min(1, Math.max(0, value));
  return literal(clamped.toFixed(2), XSD.decimal);
}

/** A non-negative integer literal. */
export function countLiteral(value: number): Literal {
  return literal(String(value), XSD.nonNegativeInteger);
}
