/**
 * The vocabulary this package reads, re-exported from `@claimgraph/ontology`
 * (constants generated from `ontology/claimgraph.ttl`). Every other module
 * imports IRIs from here and never spells one out itself.
 */
export { CG, OA, ORG, RDF, RDFS, SKOS } from '@claimgraph/ontology';
