/**
 * Deterministic, readable Turtle and TriG with n3's Writer: quads are de-duplicated and sorted
 * (graph, subject, `rdf:type` first, predicate, object) so that each subject is written once
 * with its properties grouped, and only the prefixes the data actually uses are declared, in
 * alphabetical order. The same quads in any order give byte-identical output.
 */
import type { Quad } from '@rdfjs/types';
import { DataFactory, Writer } from 'n3';
import { relabelBlankNodes } from './blank-nodes.js';
import type { PrefixMap } from './prefixes.js';
import { compareQuads, RDF_TYPE, termToNTriples, XSD_STRING } from './terms.js';

/**
 * Sorts quads into the store's output order, drops duplicates and gives blank nodes stable
 * labels (see `relabelBlankNodes`).
 */
export function sortQuads(quads: Iterable<Quad>): Quad[] {
  // compareQuads is 0 only for equal quads, so duplicates end up next to each other.
  const sorted = relabelBlankNodes([...quads]).sort(compareQuads);
  return sorted.filter(
    (quad, index) => index === 0 || compareQuads(sorted[index - 1]!, quad) !== 0,
  );
}

/** Moves every quad into the default graph (the union that Turtle can express). */
export function mergeGraphs(quads: Iterable<Quad>): Quad[] {
  const merged: Quad[] = [];
  for (const quad of quads) {
    merged.push(
      quad.graph.termType === 'DefaultGraph'
        ? quad
        : DataFactory.quad(quad.subject, quad.predicate, quad.object, DataFactory.defaultGraph()),
    );
  }
  return merged;
}

/** The prefixes whose namespaces occur in the quads' IRIs, sorted by prefix. */
export function usedPrefixes(quads: readonly Quad[], prefixes: PrefixMap): Record<string, string> {
  // Namespaces end in '/' or '#', so an IRI starts with one exactly when its part up to the last
  // '/' or '#' does: comparing those few distinct parts is enough.
  const stems = new Set<string>();
  const note = (iri: string) =>
    stems.add(iri.slice(0, Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1));
  for (const quad of quads) {
    for (const term of [quad.subject, quad.predicate, quad.object, quad.graph]) {
      if (term.termType === 'NamedNode' && !(term === quad.predicate && term.value === RDF_TYPE))
        note(term.value);
      else if (term.termType === 'Literal' && !term.language && term.datatype.value !== XSD_STRING)
        note(term.datatype.value);
    }
  }
  const used: Record<string, string> = {};
  for (const prefix of Object.keys(prefixes).sort()) {
    const namespace = prefixes[prefix] as string;
    for (const stem of stems) {
      if (stem.startsWith(namespace)) {
        used[prefix] = namespace;
        break;
      }
    }
  }
  return used;
}

function write(
  quads: readonly Quad[],
  format: 'text/turtle' | 'application/trig',
  prefixes: PrefixMap,
): string {
  const writer = new Writer({ format, prefixes: usedPrefixes(quads, prefixes) });
  for (const quad of quads) writer.addQuad(quad);
  let output = '';
  writer.end((error, result: string) => {
    if (error) throw error;
    output = result;
  });
  return output;
}

/**
 * Writes quads as Turtle, merging all graphs into one.
 * @example writeTurtle(store.quads(), DEFAULT_PREFIXES)
 */
export function writeTurtle(quads: Iterable<Quad>, prefixes: PrefixMap): string {
  return write(sortQuads(mergeGraphs(quads)), 'text/turtle', prefixes);
}

/**
 * Writes quads as TriG, one block per named graph, graphs and their contents sorted.
 * @example writeTrig(store.quads(), DEFAULT_PREFIXES)
 */
export function writeTrig(quads: Iterable<Quad>, prefixes: PrefixMap): string {
  return write(sortQuads(quads), 'application/trig', prefixes);
}

/** Writes quads as N-Triples (graphs merged) or N-Quads, one statement per line, sorted. */
export function writeLines(quads: Iterable<Quad>, withGraphs: boolean): string {
  const sorted = sortQuads(withGraphs ? quads : mergeGraphs(quads));
  return sorted
    .map((quad) => {
      const graph =
        withGraphs && quad.graph.termType !== 'DefaultGraph'
          ? ` ${termToNTriples(quad.graph)}`
          : '';
      return `${termToNTriples(quad.subject)} ${termToNTriples(quad.predicate)} ${termToNTriples(quad.object)}${graph} .\n`;
    })
    .join('');
}
