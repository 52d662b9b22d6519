/**
 * @claimgraph/ontology — the claimgraph vocabulary for every other package: IRI constants generated
 * from `ontology/claimgraph.ttl` (`CG.Statement`, `PROV.Agent`, `PREFIXES`), deterministic IRI
 * minting for instance data and named graphs (`instanceIri`, `graphIri`), and the ontology, SHACL
 * shapes, competency queries and example data as string assets. Browser-safe: no file system and
 * no dependencies on this entry point (n3 NamedNodes live in `@claimgraph/ontology/terms`).
 */
export * from './generated/vocabulary.js';
export {
  COMPETENCY_QUERIES,
  EXAMPLE_DATASETS,
  ONTOLOGY_TURTLE,
  SHAPES_TURTLE,
  type CompetencyQueryName,
} from './generated/assets.js';
export type { CompetencyQuery, ExampleDataset } from './types.js';
export { fnv1a64, hashKey } from './hash.js';
export {
  GRAPH_NAMESPACE,
  ID_NAMESPACE,
  INSTANCE_KINDS,
  MAX_SLUG_LENGTH,
  OntologyError,
  documentSegment,
  graphIri,
  instanceIri,
  parseInstanceIri,
  slug,
  type InstanceKind,
} from './iri.js';
export { cgTerm, compactIri, expandIri, isCgTerm } from './lookup.js';
export { competencyQuery } from './queries.js';
