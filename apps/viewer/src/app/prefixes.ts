/**
 * The namespace prefixes the viewer writes in exports and offers in the
 * SPARQL editor. They are the ones `ontology/TERMS.md` fixes.
 */

/** Prefix → namespace IRI. */
export const VIEWER_PREFIXES: Readonly<Record<string, string>> = {
  cg: 'https://w3id.org/claimgraph/ontology#',
  cgid: 'https://w3id.org/claimgraph/id/',
  cggraph: 'https://w3id.org/claimgraph/graph/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  org: 'http://www.w3.org/ns/org#',
  oa: 'http://www.w3.org/ns/oa#',
  prov: 'http://www.w3.org/ns/prov#',
  schema: 'https://schema.org/',
  dcterms: 'http://purl.org/dc/terms/',
};
