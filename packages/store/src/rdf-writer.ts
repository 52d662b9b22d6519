/**
 * Deterministic, readable Turtle and TriG, laid out byte for byte as n3's Writer lays them out but
 * written from each distinct term's text (built once, in table order, in the pass that finds the
 * prefixes in use), and sorted N-Triples and N-Quads: quads are
 * de-duplicated and sorted (graph, subject, `rdf:type` first, predicate, object; see
 * `sortQuadsIndexed`) so that each subject is written once with its properties grouped, and only
 * the prefixes the data actually uses are declared, in alphabetical order. The same quads in any
 * order give byte-identical output.
 */
import type { Quad, Term } from '@rdfjs/types';
import type { PrefixMap } from './prefixes.js';
import { type SortedQuads, sortQuadsIndexed, toQuads } from './sorted-quads.js';
import { termNTriples } from './term-table.js';
import { RDF_TYPE, TERM_RANK, XSD_STRING } from './terms.js';
import { createTurtleTerms, termText, turtlePredicate, type TurtleTerms } from './turtle-terms.js';

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
  const { kinds, values, datatypes } = sorted;
  const { asPredicate, elsewhere } = places(sorted);
  const pending = new Set(Object.values(prefixes));
  const found = new Set<string>();
  const heads = new Set<string>();
  let last = '';
  for (let index = 0; index < kinds.length; index++) {
    last = noteHead(
      index,
      kinds,
      values,
      datatypes,
      asPredicate,
      elsewhere,
      last,
      pending,
      found,
      heads,
    );
  }
  return prefixesFound(prefixes, found);
}

/** The prefixes (sorted by prefix) whose namespaces were found. */
function prefixesFound(prefixes: PrefixMap, found: ReadonlySet<string>): Record<string, string> {
  const used: Record<string, string> = {};
  for (const prefix of Object.keys(prefixes).sort()) {
    const namespace = prefixes[prefix] as string;
    if (found.has(namespace)) used[prefix] = namespace;
  }
  return used;
}

/**
 * Which terms are used as predicates and which in any other place. Every copy of a quad has
 * the same term indices, so all quads (not only `order`) will do.
 */
function places(sorted: SortedQuads): { asPredicate: Uint8Array; elsewhere: Uint8Array } {
  const asPredicate = new Uint8Array(sorted.kinds.length);
  const elsewhere = new Uint8Array(sorted.kinds.length);
  markPlaces(sorted.ids, asPredicate, elsewhere);
  return { asPredicate, elsewhere };
}

function markPlaces(ids: Uint32Array, asPredicate: Uint8Array, elsewhere: Uint8Array): void {
  for (let at = 0; at < ids.length; at += 4) {
    elsewhere[ids[at]!] = 1;
    asPredicate[ids[at + 1]!] = 1;
    elsewhere[ids[at + 2]!] = 1;
    elsewhere[ids[at + 3]!] = 1;
  }
}

/**
 * Notes the namespaces used by the IRI that term `index` is written with, if any: IRIs in use,
 * but not rdf:type as a predicate (written `a`), and the datatypes of literals other than
 * xsd:string. A namespace counts when it ends at or before the IRI's last '/' or '#': when it
 * begins the IRI's head, the IRI up to there. Each distinct head (`heads`) is compared with the
 * namespaces not found yet (`pending`), which move to `found` when they begin it; an IRI with
 * the head of the one before (`last`, returned updated) is not looked at further.
 */
function noteHead(
  index: number,
  kinds: Uint8Array,
  values: ReadonlyArray<string | undefined>,
  datatypes: ReadonlyArray<string | undefined>,
  asPredicate: Uint8Array,
  elsewhere: Uint8Array,
  last: string,
  pending: Set<string>,
  found: Set<string>,
  heads: Set<string>,
): string {
  if (elsewhere[index] === 0 && asPredicate[index] === 0) return last;
  let iri: string | undefined;
  if (kinds[index] === TERM_RANK.NamedNode) {
    iri = values[index]!;
    // Turtle and TriG write rdf:type as a predicate as `a`.
    if (elsewhere[index] === 0 && iri === RDF_TYPE) return last;
  } else if (kinds[index] === TERM_RANK.Literal) {
    iri = datatypes[index];
    if (iri === undefined || iri === XSD_STRING) return last;
  } else {
    return last;
  }
  let length = iri.length;
  while (length > 0) {
    const character = iri.charCodeAt(length - 1);
    if (character === SLASH || character === HASH) break;
    length--;
  }
  if (length === last.length && iri.startsWith(last)) return last;
  const head = iri.slice(0, length);
  if (heads.has(head)) return head;
  heads.add(head);
  for (const namespace of pending) {
    if (head.startsWith(namespace)) {
      found.add(namespace);
      pending.delete(namespace);
    }
  }
  return head;
}

const SLASH = 0x2f;
const HASH = 0x23;

/**
 * Writes the sorted quads as Turtle or (with `graphs`) TriG, laid out as n3's Writer lays them
 * out: a subject's statements joined by `;`, a predicate's objects by `,`, one `{ … }` block
 * per named graph. Each term's text is built once and reused for every quad (see `termTexts`).
 */
function write(sorted: SortedQuads, graphs: boolean, prefixes: PrefixMap): string {
  const { terms } = sorted.table;
  const { syntax, texts } = termTexts(sorted, prefixes);
  return writeStatements(
    sorted.ids,
    sorted.order,
    terms,
    graphs,
    syntax,
    texts,
    new Array<string | undefined>(terms.length),
    new Array<string | undefined>(terms.length),
  );
}

/**
 * The syntax with the prefixes in use and the text of every term written other than as a
 * predicate (predicates' texts are built apart, `turtlePredicate`).
 *
 * The texts are built in table order (which for parsed data follows the parser's text, so the
 * characters are read in the order they lie in memory) in the same pass that finds the
 * prefixes in use, with every prefix: an IRI shortened with a namespace that the data turns out
 * to use is shortened the same way with only the prefixes in use, since the namespaces tried
 * before it did not match either. Only if a text used a namespace that is not in use (one that
 * does not end at the IRI's last '/' or '#') are the texts built again, with the prefixes in use.
 */
function termTexts(
  sorted: SortedQuads,
  prefixes: PrefixMap,
): { syntax: TurtleTerms; texts: Array<string | undefined> } {
  const { table, kinds, values, languages, datatypes } = sorted;
  const { asPredicate, elsewhere } = places(sorted);
  const every = createTurtleTerms(prefixesFound(prefixes, new Set(Object.values(prefixes))));
  const texts = new Array<string | undefined>(kinds.length);
  const found = new Set<string>();
  buildTexts(
    every,
    table.terms,
    kinds,
    values,
    languages,
    datatypes,
    asPredicate,
    elsewhere,
    texts,
    new Set(Object.values(prefixes)),
    found,
  );
  const syntax = createTurtleTerms(prefixesFound(prefixes, found));
  if ([...every.shortened].some((namespace) => !found.has(namespace))) {
    buildTexts(
      syntax,
      table.terms,
      kinds,
      values,
      languages,
      datatypes,
      asPredicate,
      elsewhere,
      texts,
      new Set(),
      new Set(),
    );
  }
  return { syntax, texts };
}

/** Builds the texts of `termTexts` with `syntax`, noting the namespaces in use in `found`. */
function buildTexts(
  syntax: TurtleTerms,
  terms: readonly Term[],
  kinds: Uint8Array,
  values: ReadonlyArray<string | undefined>,
  languages: ReadonlyArray<string | undefined>,
  datatypes: ReadonlyArray<string | undefined>,
  asPredicate: Uint8Array,
  elsewhere: Uint8Array,
  texts: Array<string | undefined>,
  pending: Set<string>,
  found: Set<string>,
): void {
  const heads = new Set<string>();
  let last = '';
  for (let index = 0; index < terms.length; index++) {
    last = noteHead(
      index,
      kinds,
      values,
      datatypes,
      asPredicate,
      elsewhere,
      last,
      pending,
      found,
      heads,
    );
    if (elsewhere[index] !== 0) {
      texts[index] = termText(syntax, index, terms, kinds, values, languages, datatypes);
    }
  }
}

function isDefaultGraph(terms: readonly Term[], index: number): boolean {
  return index < 0 || terms[index]!.termType === 'DefaultGraph';
}

/**
 * The statements of `write`; `texts` holds each term's text, `afterSubject` and
 * `afterSemicolon` cache each predicate's with what goes around it after a subject and after `;`.
 */
function writeStatements(
  ids: Uint32Array,
  order: Uint32Array,
  terms: readonly Term[],
  graphs: boolean,
  syntax: TurtleTerms,
  texts: ReadonlyArray<string | undefined>,
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
        output += isDefaultGraph(terms, next) ? close : `${close}${texts[next]!} {\n`;
        subject = -1;
      }
      graph = next;
    }
    const s = ids[at]!;
    const p = ids[at + 1]!;
    const o = ids[at + 2]!;
    if (s !== subject) {
      if (subject >= 0) output += '.\n';
      output += texts[s]!;
      output += afterSubject[p] ??= ` ${turtlePredicate(syntax, terms[p]!)} `;
      subject = s;
    } else if (p !== predicate) {
      output += afterSemicolon[p] ??= `;\n    ${turtlePredicate(syntax, terms[p]!)} `;
    } else {
      output += ', ';
    }
    output += texts[o]!;
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
