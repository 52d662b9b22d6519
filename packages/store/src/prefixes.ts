/**
 * The namespace prefixes used to shorten IRIs in tables, Turtle, TriG and JSON-LD output: the
 * claimgraph namespaces and the standard vocabularies the ontology aligns to (see
 * ontology/TERMS.md). This is the store's only copy of these IRIs; it will be replaced by the
 * `PREFIXES` export of `@claimgraph/ontology` once that package is part of the build.
 */

/** Prefix → namespace IRI. */
export type PrefixMap = Readonly<Record<string, string>>;

/** The default prefixes for claimgraph data. */
export const DEFAULT_PREFIXES: PrefixMap = {
  cg: 'https://w3id.org/claimgraph/ontology#',
  cgid: 'https://w3id.org/claimgraph/id/',
  cggraph: 'https://w3id.org/claimgraph/graph/',
  prov: 'http://www.w3.org/ns/prov#',
  schema: 'https://schema.org/',
  org: 'http://www.w3.org/ns/org#',
  oa: 'http://www.w3.org/ns/oa#',
  sem: 'http://semanticweb.cs.vu.nl/2009/11/sem/',
  aif: 'http://www.arg.dundee.ac.uk/aif#',
  odrl: 'http://www.w3.org/ns/odrl/2/',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  dcterms: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  owl: 'http://www.w3.org/2002/07/owl#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  sh: 'http://www.w3.org/ns/shacl#',
};

/**
 * Shortens an IRI to `prefix:local` with the longest matching namespace, or returns it in
 * angle brackets. Meant for display: the local part is not checked against Turtle's grammar.
 * @example shortenIri('https://w3id.org/claimgraph/ontology#Actor', DEFAULT_PREFIXES) // 'cg:Actor'
 */
export function shortenIri(iri: string, prefixes: PrefixMap): string {
  let best: [string, string] | undefined;
  for (const [prefix, namespace] of Object.entries(prefixes)) {
    if (iri.startsWith(namespace) && iri.length > namespace.length && (!best || namespace.length > best[1].length)) {
      best = [prefix, namespace];
    }
  }
  if (!best) return `<${iri}>`;
  const local = iri.slice(best[1].length);
  return /[\s<>"{}|\\^`]/u.test(local) ? `<${iri}>` : `${best[0]}:${local}`;
}
