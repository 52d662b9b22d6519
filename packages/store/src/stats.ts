/**
 * `datasetStats`: what a dataset holds — quads, distinct triples over all graphs, each graph with
 * its triple count, instances per class (`rdf:type`) and how often each property is used —
 * and its rendering as a table or JSON. Counts are sorted largest first, ties by name.
 */
import type { Quad } from '@rdfjs/types';
import { shortenIri, type PrefixMap } from './prefixes.js';
import { RDF_TYPE, termToNTriples } from './terms.js';

/** Counts describing a dataset. */
export interface DatasetStats {
  /** Statements in all graphs together. */
  quads: number;
  /** Distinct triples in the union of all graphs. */
  triples: number;
  /** Each graph (`""` for the default graph) with its number of triples. */
  graphs: Array<{ graph: string; triples: number }>;
  /** Each class with its number of distinct instances. */
  classes: Array<{ class: string; instances: number }>;
  /** Each predicate with its number of uses (quads). */
  properties: Array<{ property: string; uses: number }>;
}

function sortedCounts(counts: Map<string, number>): Array<[string, number]> {
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/**
 * Counts a dataset's quads, triples, graphs, classes and properties.
 * @example datasetStats(store.quads()).classes[0] // { class: 'https://…#Mention', instances: 412 }
 */
export function datasetStats(quads: Iterable<Quad>): DatasetStats {
  let quadCount = 0;
  const triples = new Set<string>();
  const graphs = new Map<string, number>();
  const instances = new Map<string, Set<string>>();
  const properties = new Map<string, number>();
  for (const quad of quads) {
    quadCount++;
    const triple = `${termToNTriples(quad.subject)} ${termToNTriples(quad.predicate)} ${termToNTriples(quad.object)}`;
    triples.add(triple);
    graphs.set(quad.graph.value, (graphs.get(quad.graph.value) ?? 0) + 1);
    properties.set(quad.predicate.value, (properties.get(quad.predicate.value) ?? 0) + 1);
    if (quad.predicate.value === RDF_TYPE && quad.object.termType === 'NamedNode') {
      let members = instances.get(quad.object.value);
      if (!members) instances.set(quad.object.value, (members = new Set()));
      members.add(termToNTriples(quad.subject));
    }
  }
  const classCounts = new Map([...instances].map(([name, members]) => [name, members.size]));
  return {
    quads: quadCount,
    triples: triples.size,
    graphs: sortedCounts(graphs).map(([graph, count]) => ({ graph, triples: count })),
    classes: sortedCounts(classCounts).map(([name, count]) => ({ class: name, instances: count })),
    properties: sortedCounts(properties).map(([property, uses]) => ({ property, uses })),
  };
}

function section(title: string, rows: Array<[string, number]>): string {
  if (rows.length === 0) return `${title}\n  (none)\n`;
  const width = Math.max(...rows.map(([name]) => [...name].length));
  const digits = Math.max(...rows.map(([, count]) => String(count).length));
  return `${title}\n${rows.map(([name, count]) => `  ${name.padEnd(width)}  ${String(count).padStart(digits)}`).join('\n')}\n`;
}

/**
 * Renders statistics as a readable table (IRIs shortened with the prefixes) or as JSON.
 * @example formatStats(datasetStats(store.quads()), 'table', DEFAULT_PREFIXES)
 */
export function formatStats(
  stats: DatasetStats,
  format: 'table' | 'json',
  prefixes: PrefixMap,
): string {
  if (format === 'json') return `${JSON.stringify(stats, null, 2)}\n`;
  const name = (iri: string) => (iri === '' ? '(default graph)' : shortenIri(iri, prefixes));
  return [
    `quads    ${stats.quads}\ntriples  ${stats.triples} (distinct, all graphs together)\n`,
    section(
      `graphs (${stats.graphs.length}) — triples`,
      stats.graphs.map((row) => [name(row.graph), row.triples]),
    ),
    section(
      `classes (${stats.classes.length}) — instances`,
      stats.classes.map((row) => [name(row.class), row.instances]),
    ),
    section(
      `properties (${stats.properties.length}) — uses`,
      stats.properties.map((row) => [name(row.property), row.uses]),
    ),
  ].join('\n');
}
