/**
 * The RDF terms the model writes, as n3 NamedNodes made from the vocabulary
 * generated from `ontology/claimgraph.ttl` — so a term the ontology does not
 * define cannot be written.
 */
import { CG, OA, ORG, PROV, RDF, RDFS, SKOS, XSD as XSD_IRIS } from '@claimgraph/ontology';
import { DataFactory, type NamedNode } from 'n3';

const { namedNode } = DataFactory;

const nodes = <T extends Record<string, string>>(iris: T): { [K in keyof T]: NamedNode } =>
  Object.fromEntries(Object.entries(iris).map(([name, value]) => [name, namedNode(value)])) as {
    [K in keyof T]: NamedNode;
  };

/** Every predicate and class the model emits. */
export const V = {
  ...nodes(CG),
  type: namedNode(RDF.type),
  label: namedNode(RDFS.label),
  altLabel: namedNode(SKOS.altLabel),
  wasGeneratedBy: namedNode(PROV.wasGeneratedBy),
  holds: namedNode(ORG.holds),
  postIn: namedNode(ORG.postIn),
  SpecificResource: namedNode(OA.SpecificResource),
  TextQuoteSelector: namedNode(OA.TextQuoteSelector),
  TextPositionSelector: namedNode(OA.TextPositionSelector),
  hasSource: namedNode(OA.hasSource),
  hasSelector: namedNode(OA.hasSelector),
  exact: namedNode(OA.exact),
  prefix: namedNode(OA.prefix),
  suffix: namedNode(OA.suffix),
  start: namedNode(OA.start),
  end: namedNode(OA.end),
} as const;

/** Datatypes of the literals the model emits. */
export const XSD = {
  date: namedNode(XSD_IRIS.date),
  gYearMonth: namedNode(XSD_IRIS.gYearMonth),
  decimal: namedNode(XSD_IRIS.decimal),
  nonNegativeInteger: namedNode(XSD_IRIS.nonNegativeInteger),
} as const;
