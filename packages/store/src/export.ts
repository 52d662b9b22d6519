/**
 * `exportDataset`: the dataset in another RDF serialisation — Turtle (all graphs merged), TriG,
 * N-Triples (merged), N-Quads or JSON-LD — optionally limited to one named graph. Output is
 * sorted and uses the prefixes, so it is readable and byte-identical for the same input; and it
 * reads back into an isomorphic dataset. Property-graph formats (GEXF, GraphML) come from
 * `@claimgraph/projection`, not from here.
 */
import type { Quad } from '@rdfjs/types';
import { StoreError } from './errors.js';
import { writeJsonLd } from './jsonld.js';
import { DEFAULT_PREFIXES, type PrefixMap } from './prefixes.js';
import { writeLines, writeTrig, writeTurtle } from './rdf-writer.js';

/** The RDF formats `exportDataset` writes. */
export type ExportFormat = 'turtle' | 'trig' | 'ntriples' | 'nquads' | 'jsonld';

/** The names `exportDataset` accepts, in the order help text lists them. */
export const EXPORT_FORMATS: readonly ExportFormat[] = [
  'turtle',
  'trig',
  'ntriples',
  'nquads',
  'jsonld',
];

/** What to export and how. */
export interface ExportOptions {
  format: ExportFormat;
  /** Only this named graph (a full IRI or a prefixed name such as `cggraph:curated`). */
  graph?: string;
  prefixes?: PrefixMap;
}

/** Expands `prefix:local` with the prefixes; anything else is returned as it is. */
export function expandIri(name: string, prefixes: PrefixMap): string {
  const unbracketed = name.startsWith('<') && name.endsWith('>') ? name.slice(1, -1) : name;
  const colon = unbracketed.indexOf(':');
  const namespace = colon > 0 ? prefixes[unbracketed.slice(0, colon)] : undefined;
  return namespace !== undefined && !unbracketed.slice(colon + 1).startsWith('//')
    ? namespace + unbracketed.slice(colon + 1)
    : unbracketed;
}

/**
 * The quads of one named graph; throws a `not-found` StoreError naming the graphs there are
 * when the dataset has no such graph.
 */
export function selectGraph(quads: readonly Quad[], graph: string, prefixes: PrefixMap): Quad[] {
  const iri = expandIri(graph, prefixes);
  const selected = quads.filter(
    (quad) => quad.graph.termType === 'NamedNode' && quad.graph.value === iri,
  );
  if (selected.length === 0) {
    const names = [
      ...new Set(
        quads.filter((quad) => quad.graph.termType === 'NamedNode').map((quad) => quad.graph.value),
      ),
    ];
    const shown = names
      .slice(0, 10)
      .map((name) => `<${name}>`)
      .join(', ');
    throw new StoreError(
      'not-found',
      `the dataset has no named graph <${iri}>${names.length > 0 ? ` (it has ${names.length}: ${shown}${names.length > 10 ? ', …' : ''})` : ' (it has no named graphs)'}`,
    );
  }
  return selected;
}

/**
 * Serialises a dataset.
 * @example exportDataset(store.quads(), { format: 'turtle' })
 * @example exportDataset(store.quads(), { format: 'trig', graph: 'cggraph:curated' })
 */
export function exportDataset(quads: readonly Quad[], options: ExportOptions): string {
  const prefixes = options.prefixes ?? DEFAULT_PREFIXES;
  const chosen = options.graph === undefined ? quads : selectGraph(quads, options.graph, prefixes);
  switch (options.format) {
    case 'turtle':
      return writeTurtle(chosen, prefixes);
    case 'trig':
      return writeTrig(chosen, prefixes);
    case 'ntriples':
      return writeLines(chosen, false);
    case 'nquads':
      return writeLines(chosen, true);
    case 'jsonld':
      return writeJsonLd(chosen, prefixes);
    default:
      throw new StoreError(
        'unsupported-format',
        `cannot export as "${String(options.format)}" (use ${EXPORT_FORMATS.join(', ')})`,
      );
  }
}
