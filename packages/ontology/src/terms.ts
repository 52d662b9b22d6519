/**
 * The vocabulary as n3 NamedNodes (`cg.Statement`, `rdf.type`, `oa.hasSelector` …) for code that
 * builds or matches quads. Exported from the `@claimgraph/ontology/terms` entry point, apart from
 * the main entry, so that consumers who only need IRI strings do not load n3.
 */
import { DataFactory, type NamedNode } from 'n3';
import * as V from './generated/vocabulary.js';

/** An object of IRI strings turned into an object of NamedNodes with the same keys. */
export type NamedNodes<T extends Readonly<Record<string, string>>> = {
  readonly [K in keyof T]: NamedNode<T[K]>;
};

/**
 * Turns an object of IRI strings into NamedNodes with the same keys.
 * @example const ex = namedNodes({ thing: 'https://example.org/thing' }); ex.thing.value
 */
export function namedNodes<const T extends Readonly<Record<string, string>>>(
  iris: T,
): NamedNodes<T> {
  const entries = Object.entries(iris).map(([key, iri]) => [key, DataFactory.namedNode(iri)]);
  return Object.freeze(Object.fromEntries(entries)) as NamedNodes<T>;
}

/** claimgraph ontology terms. */
export const cg = namedNodes(V.CG);
/** PROV-O terms. */
export const prov = namedNodes(V.PROV);
/** schema.org terms. */
export const schema = namedNodes(V.SCHEMA);
/** W3C ORG terms. */
export const org = namedNodes(V.ORG);
/** Web Annotation terms. */
export const oa = namedNodes(V.OA);
/** SEM terms. */
export const sem = namedNodes(V.SEM);
/** AIF terms. */
export const aif = namedNodes(V.AIF);
/** ODRL terms. */
export const odrl = namedNodes(V.ODRL);
/** SKOS terms. */
export const skos = namedNodes(V.SKOS);
/** DCMI terms. */
export const dcterms = namedNodes(V.DCTERMS);
/** FOAF terms. */
export const foaf = namedNodes(V.FOAF);
/** RDF terms. */
export const rdf = namedNodes(V.RDF);
/** RDFS terms. */
export const rdfs = namedNodes(V.RDFS);
/** OWL terms. */
export const owl = namedNodes(V.OWL);
/** XSD datatypes. */
export const xsd = namedNodes(V.XSD);
/** SHACL terms. */
export const sh = namedNodes(V.SH);
