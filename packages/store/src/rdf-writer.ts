/**
 * Deterministic, readable Turtle and TriG, laid out byte for byte as n3's Writer lays them out but
 * written from each distinct term's text (built once), and sorted N-Triples and N-Quads: quads are
 * de-duplicated and sorted (graph, subject, `rdf:type` first, predicate, object; see
 * `sortQuadsIndexed`) so that each subject is written once with its properties grouped, and only
 * the prefixes the data actually uses are declared, in alphabetical order. The same quads in any
 * order give byte-identical output.
 */
import type { Quad } from '@rdfjs/types';
import type { PrefixMap } from './prefixes.js';
import { type SortedQuads, sortQuadsIndexed, toQuads } from './sorted-quads.js';
import { RDF_TYPE, XSD_STRING } from './terms.js';
import { TurtleTerms } from './turtle-terms.js';

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
  // Every copy of a quad has the same term indices, so all quads (not only `order`) will do.
  const { table, ids } = sorted;
  const asPredicate = new Uint8Array(table.terms.length);
  const elsewhere = new Uint8Array(table.terms.length);
  for (let at = 0; at < ids.length; at += 4) {
    elsewhere[ids[at]!] = 1;
    asPredicate[ids[at + 1]!] = 1;
    elsewhere[ids[at + 2]!] = 1;
    elsewhere[ids[at + 3]!] = 1;
  }
  // A namespace counts when it ends at or before the IRI's last '/' or '#': when it begins the
  // IRI's head, the IRI up to there. Each distinct head is matched against one pattern of the
  // namespaces not found yet, rebuilt (without it) when one is found.
  const pending = new Set(Object.values(prefixes));
  const found = new Set<string>();
  const heads = new Set<string>();
  const pattern = () =>
    new RegExp(
      `^(?:${[...pending]
        .map((namespace) => namespace.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
        .join('|')})`,
    );
  let unfound = pattern();
  const note = (iri: string) => {
    const head = iri.slice(0, Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
    if (heads.has(head)) return;
    heads.add(head);
    let match: RegExpExecArray | null;
    while (pending.size > 0 && (match = unfound.exec(head)) !== null) {
      found.add(match[0]);
      pending.delete(match[0]);
      unfound = pattern();
    }
  };
  table.terms.forEach((term, index) => {
    if (!elsewhere[index] && !asPredicate[index]) return;
    const datatype = sorted.datatypes[index];
    // Turtle and TriG write rdf:type as a predicate as `a`.
    if (term.termType === 'NamedNode' && (elsewhere[index] || term.value !== RDF_TYPE)) {
      note(term.value);
    } else if (datatype !== undefined && datatype !== XSD_STRING) {
      note(datatype);
    }
  });
  const used: Record<string, string> = {};
  for (const prefix of Object.keys(prefixes).sort()) {
    const namespace = prefixes[prefix] as string;
    if (found.has(namespace)) used[prefix] = namespace;
  }
  return used;
}

/**
 * Writes the sorted quads as Turtle or (with `graphs`) TriG, laid out as n3's Writer lays them
 * out: a subject's statements joined by `;`, a predicate's objects by `,`, one `{ … }` block
 * per named graph. Each term's text is built once (`TurtleTerms`) and reused for every quad.
 */
function write(sorted: SortedQuads, graphs: boolean, prefixes: PrefixMap): string {
  const syntax = new TurtleTerms(usedPrefixes(sorted, prefixes));
  const { table, ids, order } = sorted;
  const { terms } = table;
  const texts = new Array<string | undefined>(terms.length);
  const predicateTexts = new Array<string | undefined>(terms.length);
  const text = (index: number) => (texts[index] ??= syntax.term(terms[index]!));
  const isDefaultGraph = (index: number) => index < 0 || terms[index]!.termType === 'DefaultGraph';
  let output = syntax.declarations();
  // Term indices of the open graph block (-1: the default graph), subject and predicate.
  let graph = -1;
  let subject = -1;
  let predicate = -1;
  for (const position of order) {
    const at = 4 * position;
    if (graphs && ids[at + 3] !== graph) {
      const next = ids[at + 3]!;
      if (!isDefaultGraph(next) || !isDefaultGraph(graph)) {
        const close = subject < 0 ? '' : isDefaultGraph(graph) ? '.\n' : '\n}\n';
        output += isDefaultGraph(next) ? close : `${close}${text(next)} {\n`;
        subject = -1;
      }
      graph = next;
    }
    const [s, p, o] = [ids[at]!, ids[at + 1]!, ids[at + 2]!];
    if (s !== subject) {
      const predicateText = (predicateTexts[p] ??= syntax.predicate(terms[p]!));
      output += `${subject < 0 ? '' : '.\n'}${text(s)} ${predicateText} ${text(o)}`;
      subject = s;
    } else if (p !== predicate) {
      output += `;\n    ${(predicateTexts[p] ??= syntax.predicate(terms[p]!))} ${text(o)}`;
    } else {
      output += `, ${text(o)}`;
    }
    predicate = p;
  }
  if (subject >= 0) output += isDefaultGraph(graph) ? '.\n' : '\n}\n';
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
  order.forEach((position, line) => {
    const at = 4 * position;
    const graph = ids[at + 3]!;
    const graphText =
      withGraphs && table.terms[graph]!.termType !== 'DefaultGraph'
        ? ` ${table.nTriples(graph)}`
        : '';
    lines[line] =
      `${table.nTriples(ids[at]!)} ${table.nTriples(ids[at + 1]!)} ${table.nTriples(ids[at + 2]!)}${graphText} .\n`;
  });
  return lines.join('');
}
