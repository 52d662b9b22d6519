/**
 * A collector of quads that removes duplicates and hands them back in one
 * canonical order (graph, subject, predicate, object), which is what makes the
 * serialised dataset byte-identical from one build to the next. Quads are kept
 * as light rows grouped by named graph — no RDF term objects and no key string
 * per quad — and each graph is sorted on its own, so a corpus of millions of
 * quads costs little memory and no global sort; RDF/JS quads are made only
 * when someone asks for them.
 */
import { DataFactory, type NamedNode, type Quad } from 'n3';
import { XSD } from './vocabulary.js';

const { namedNode, literal, quad } = DataFactory;

/** A literal as the model writes it (a plain string stands for an `xsd:string` literal). */
export interface LiteralTerm {
  readonly termType: 'Literal';
  readonly value: string;
  readonly language: string;
  readonly datatype: NamedNode;
}

/** An object value: an IRI node, a literal, or a plain string (a string literal). */
export type ObjectValue = NamedNode | LiteralTerm | string;

/** One triple of a named graph. */
export interface Row {
  readonly subject: string;
  readonly predicate: NamedNode;
  readonly object: ObjectValue;
}

/** One named graph of a dataset: its IRI and its triples in canonical order, without duplicates. */
export interface GraphRows {
  readonly graph: string;
  readonly rows: readonly Row[];
}

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';

/**
 * The key that orders objects of the same subject and predicate: `<iri>` for
 * an IRI, `"value"@language^^datatype` for a literal.
 */
export function objectKey(object: ObjectValue): string {
  if (typeof object === 'string') return `"${object}"@^^${XSD_STRING}`;
  if (object.termType === 'NamedNode') return `<${object.value}>`;
  return `"${object.value}"@${object.language}^^${object.datatype.value}`;
}

/** Canonical order of rows: subject, predicate, then object key (UTF-16 code unit order). */
export function compareRows(a: Row, b: Row): number {
  if (a.subject !== b.subject) return a.subject < b.subject ? -1 : 1;
  const pa = a.predicate.value;
  const pb = b.predicate.value;
  if (pa !== pb) return pa < pb ? -1 : 1;
  if (a.object === b.object) return 0;
  const ka = objectKey(a.object);
  const kb = objectKey(b.object);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** Collects quads per named graph. */
export class QuadSink {
  private readonly byGraph = new Map<string, Row[]>();
  private sorted: GraphRows[] | undefined;

  /** Adds `<subject> <predicate> object` to `graph`; undefined objects are skipped. */
  add(
    graph: string,
    subject: string,
    predicate: NamedNode,
    object: ObjectValue | undefined | null,
  ): void {
    if (object === undefined || object === null) return;
    let rows = this.byGraph.get(graph);
    if (!rows) {
      rows = [];
      this.byGraph.set(graph, rows);
    }
    rows.push({ subject, predicate, object });
    this.sorted = undefined;
  }

  /** Every named graph in IRI order, each with its rows sorted and without duplicates. */
  graphs(): GraphRows[] {
    if (this.sorted) return this.sorted;
    const names = [...this.byGraph.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    this.sorted = names.map((graph) => {
      const rows = this.byGraph.get(graph)!.sort(compareRows);
      const unique: Row[] = [];
      for (const row of rows) {
        const last = unique[unique.length - 1];
        if (!last || compareRows(last, row) !== 0) unique.push(row);
      }
      this.byGraph.set(graph, unique);
      return { graph, rows: unique };
    });
    return this.sorted;
  }

  /** Every quad as RDF/JS quads, in canonical order. */
  quads(): Quad[] {
    return toQuads(this.graphs());
  }

  /** Number of distinct quads. */
  get size(): number {
    return this.graphs().reduce((sum, g) => sum + g.rows.length, 0);
  }
}

/** RDF/JS quads of graphs of rows, in the order given. */
export function toQuads(graphs: readonly GraphRows[]): Quad[] {
  const quads: Quad[] = [];
  for (const { graph, rows } of graphs) {
    const graphNode = namedNode(graph);
    for (const row of rows)
      quads.push(quad(namedNode(row.subject), row.predicate, toRdfObject(row.object), graphNode));
  }
  return quads;
}

function toRdfObject(object: ObjectValue): Quad['object'] {
  if (typeof object === 'string') return literal(object);
  if (object.termType === 'NamedNode') return object;
  return literal(object.value, object.language || object.datatype);
}

function typedLiteral(value: string, datatype: NamedNode): LiteralTerm {
  return { termType: 'Literal', value, language: '', datatype };
}

/** An IRI node. */
export const node = (iri: string): NamedNode => namedNode(iri);

/** A date literal: `xsd:date` for YYYY-MM-DD, `xsd:gYearMonth` for YYYY-MM. */
export function dateLiteral(iso: string | undefined | null): LiteralTerm | undefined {
  if (!iso) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return typedLiteral(iso, XSD.date);
  if (/^\d{4}-\d{2}$/.test(iso)) return typedLiteral(iso, XSD.gYearMonth);
  return undefined;
}

/** A confidence in [0, 1] as an `xsd:decimal` with two decimals. */
export function confidenceLiteral(value: number): LiteralTerm {
  const clamped = Math.min(1, Math.max(0, value));
  return typedLiteral(clamped.toFixed(2), XSD.decimal);
}

/** A non-negative integer literal. */
export function countLiteral(value: number): LiteralTerm {
  return typedLiteral(String(value), XSD.nonNegativeInteger);
}
