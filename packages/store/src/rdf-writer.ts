/**
 * Deterministic, readable Turtle and TriG, laid out byte for byte as n3's Writer lays them out but
 * written from each distinct term's text (built once), and sorted N-Triples and N-Quads: quads are
 * de-duplicated and sorted (graph, subject, `rdf:type` first, predicate, object; see
 * `sortQuadsIndexed`) so that each subject is written once with its properties grouped, and only
 * the prefixes the data actually uses are declared, in alphabetical order. The same quads in any
 * order give byte-identical output.
 */
import type { Quad, Term } from '@rdfjs/types';
import type { PrefixMap } from './prefixes.js';
import { type SortedQuads, sortQuadsIndexed, toQuads } from './sorted-quads.js';
import { termNTriples } from './term-table.js';
import { RDF_TYPE, XSD_STRING } from './terms.js';
import {
  createTurtleTerms,
  turtlePredicate,
  turtleTerm,
  type TurtleTerms,
} from './turtle-terms.js';

/**
 * Sorts quads into the store's output order, drops duplicates and gives blank nodes stable
 * labels (see `relabelBlankNodes`).
 * @example sortQuads(store.quads())
 */
export function sortQuads(quads: Iterable<Quad>): Quad[] {
  const input = asArray(quads);
  return toQuads(sortQuadsIndexed(input, false), input);
}

function asArray(quads: Iterable<Quad>): readonly Quad[] {
  return Array.isArray(quads) ? (quads as readonly Quad[]) : [...quads];
}

/** The prefixes whose namespaces occur in the sorted quads' IRIs, sorted by prefix. */
export function usedPrefixes(sorted: SortedQuads, prefixes: PrefixMap): Record<string, string> {
  const { table, ids } = sorted;
  // Every copy of a quad has the same term indices, so all quads (not only `order`) will do.
  const asPredicate = new Uint8Array(table.terms.length);
  const elsewhere = new Uint8Array(table.terms.length);
  markPlaces(ids, asPredicate, elsewhere);
  const found = findNamespaces(
    table.terms,
    sorted.datatypes,
    asPredicate,
    elsewhere,
    new Set(Object.values(prefixes)),
  );
  const used: Record<string, string> = {};
  for (const prefix of Object.keys(prefixes).sort()) {
    const namespace = prefixes[prefix] as string;
    if (found.has(namespace)) used[prefix] = namespace;
  }
  return used;
}

/** Marks the terms used as predicates and those used in any other place. */
function markPlaces(ids: Uint32Array, asPredicate: Uint8Array, elsewhere: Uint8Array): void {
  for (let at = 0; at < ids.length; at += 4) {
    elsewhere[ids[at]!] = 1;
    asPredicate[ids[at + 1]!] = 1;
    elsewhere[ids[at + 2]!] = 1;
    elsewhere[ids[at + 3]!] = 1;
  }
}

function pendingPattern(pending: ReadonlySet<string>): RegExp {
  const alternatives = [...pending].map((namespace) =>
    namespace.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'),
  );
  return new RegExp(`^(?:${alternatives.join('|')})`);
}

/**
 * The namespaces (of `pending`) that the IRIs written with them use: IRIs in use, but not
 * rdf:type as a predicate (written `a`), and the datatypes of literals other than xsd:string.
 * A namespace counts when it ends at or before an IRI's last '/' or '#': when it begins the
 * IRI's head, the IRI up to there. Each distinct head is matched against one pattern of the
 * namespaces not found yet, rebuilt (without it) when one is found; an IRI with the same head
 * as the IRI before it (as a rule, the next IRI in the table) is not looked at further.
 */
function findNamespaces(
  terms: readonly Term[],
  datatypes: ReadonlyArray<string | undefined>,
  asPredicate: Uint8Array,
  elsewhere: Uint8Array,
  pending: Set<string>,
): Set<string> {
  const found = new Set<string>();
  const heads = new Set<string>();
  let unfound = pendingPattern(pending);
  let last = '\u0000';
  for (let index = 0; index < terms.length; index++) {
    if (elsewhere[index] === 0 && asPredicate[index] === 0) continue;
    const term = terms[index]!;
    let iri: string;
    if (term.termType === 'NamedNode' && (elsewhere[index] !== 0 || term.value !== RDF_TYPE)) {
      iri = term.value;
    } else {
      const datatype = datatypes[index];
      if (datatype === undefined || datatype === XSD_STRING) continue;
      iri = datatype;
    }
    const headLength = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1;
    if (headLength === last.length && iri.startsWith(last)) continue;
    last = iri.slice(0, headLength);
    if (heads.has(last)) continue;
    heads.add(last);
    let match: RegExpExecArray | null;
    while (pending.size > 0 && (match = unfound.exec(last)) !== null) {
      found.add(match[0]);
      pending.delete(match[0]);
      unfound = pendingPattern(pending);
    }
  }
  return found;
}

/**
 * Writes the sorted quads as Turtle or (with `graphs`) TriG, laid out as n3's Writer lays them
 * out: a subject's statements joined by `;`, a predicate's objects by `,`, one `{ … }` block
 * per named graph. Each term's text is built once (`turtleTerm`) and reused for every quad.
 */
function write(sorted: SortedQuads, graphs: boolean, prefixes: PrefixMap): string {
  const syntax = createTurtleTerms(usedPrefixes(sorted, prefixes));
  const { terms } = sorted.table;
  return writeStatements(
    sorted.ids,
    sorted.order,
    terms,
    graphs,
    syntax,
    new Array<string | undefined>(terms.length),
    new Array<string | undefined>(terms.length),
    new Array<string | undefined>(terms.length),
  );
}

function isDefaultGraph(terms: readonly Term[], index: number): boolean {
  return index < 0 || terms[index]!.termType === 'DefaultGraph';
}

/**
 * The statements of `write`; `texts` caches each term's text, `afterSubject` and
 * `afterSemicolon` each predicate's with what goes around it after a subject and after `;`.
 */
function writeStatements(
  ids: Uint32Array,
  order: Uint32Array,
  terms: readonly Term[],
  graphs: boolean,
  syntax: TurtleTerms,
  texts: Array<string | undefined>,
  afterSubject: Array<string | undefined>,
  afterSemicolon: Array<string | undefined>,
): string {
  let output = syntax.declarations;
  // Term indices of the open graph block (-1: the default graph), subject and predicate.
  let graph = -1;
  let subject = -1;
  let predicate = -1;
  for (let line = 0; line < order.length; line++) {
    const at = 4 * order[line]!;
    if (graphs && ids[at + 3] !== graph) {
      const next = ids[at + 3]!;
      if (!isDefaultGraph(terms, next) || !isDefaultGraph(terms, graph)) {
        const close = subject < 0 ? '' : isDefaultGraph(terms, graph) ? '.\n' : '\n}\n';
        output += isDefaultGraph(terms, next)
          ? close
          : `${close}${(texts[next] ??= turtleTerm(syntax, terms[next]!))} {\n`;
        subject = -1;
      }
      graph = next;
    }
    const s = ids[at]!;
    const p = ids[at + 1]!;
    const o = ids[at + 2]!;
    if (s !== subject) {
      if (subject >= 0) output += '.\n';
      output += texts[s] ??= turtleTerm(syntax, terms[s]!);
      output += afterSubject[p] ??= ` ${turtlePredicate(syntax, terms[p]!)} `;
      subject = s;
    } else if (p !== predicate) {
      output += afterSemicolon[p] ??= `;\n    ${turtlePredicate(syntax, terms[p]!)} `;
    } else {
      output += ', ';
    }
    output += texts[o] ??= turtleTerm(syntax, terms[o]!);
    predicate = p;
  }
  if (subject >= 0) output += isDefaultGraph(terms, graph) ? '.\n' : '\n}\n';
  return output;
}

/**
 * Writes quads as Turtle, merging all graphs into one.
 * @example writeTurtle(store.quads(), DEFAULT_PREFIXES)
 */
export function writeTurtle(quads: Iterable<Quad>, prefixes: PrefixMap): string {
  return write(sortQuadsIndexed(asArray(quads), true), false, prefixes);
}

/**
 * Writes quads as TriG, one block per named graph, graphs and their contents sorted.
 * @example writeTrig(store.quads(), DEFAULT_PREFIXES)
 */
export function writeTrig(quads: Iterable<Quad>, prefixes: PrefixMap): string {
  return write(sortQuadsIndexed(asArray(quads), false), true, prefixes);
}

/**
 * Writes quads as N-Triples (graphs merged) or N-Quads, one statement per line, sorted; each
 * distinct term's text is built once.
 * @example writeLines(store.quads(), true)
 */
export function writeLines(quads: Iterable<Quad>, withGraphs: boolean): string {
  const { table, ids, order } = sortQuadsIndexed(asArray(quads), !withGraphs);
  const lines = new Array<string>(order.length);
  for (let line = 0; line < order.length; line++) {
    const at = 4 * order[line]!;
    const graph = ids[at + 3]!;
    const graphText =
      withGraphs && table.terms[graph]!.termType !== 'DefaultGraph'
        ? ` ${termNTriples(table, graph)}`
        : '';
    lines[line] =
      `${termNTriples(table, ids[at]!)} ${termNTriples(table, ids[at + 1]!)} ${termNTriples(table, ids[at + 2]!)}${graphText} .\n`;
  }
  return lines.join('');
}
