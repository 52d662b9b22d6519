/**
 * The ontology's SHACL shapes (`SHAPES_TURTLE` of `@claimgraph/ontology`) as quads, parsed once
 * and shared: the shapes `validateDataset` uses when no others are given.
 */
import { SHAPES_TURTLE } from '@claimgraph/ontology';
import type { Quad } from '@rdfjs/types';
import { Parser } from 'n3';

let parsed: Quad[] | undefined;

/**
 * The claimgraph SHACL shapes as quads.
 * @example await validateDataset(store.quads(), ontologyShapes())
 */
export function ontologyShapes(): Quad[] {
  parsed ??= new Parser({ format: 'text/turtle' }).parse(SHAPES_TURTLE);
  return parsed;
}
