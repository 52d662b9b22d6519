/**
 * The RDF terms the model writes, as n3 NamedNodes. Terms of the claimgraph
 * namespace come from the vocabulary generated from `ontology/claimgraph.ttl`,
 * so a term the ontology does not define cannot be written.
 */
import { DataFactory } from 'n3';

const { namedNode } = DataFactory;

const CG_NS = 'https://w3id.org/claimgraph/ontology#';
const term = (ns: string) => (name: string) => namedNode(ns + name);
const cg = term(CG_NS);
const rdf = term('http://www.w3.org/1999/02/22-rdf-syntax-ns#');
const rdfs = term('http://www.w3.org/2000/01/rdf-schema#');
const skos = term('http://www.w3.org/2004/02/skos/core#');
const prov = term('http://www.w3.org/ns/prov#');
const oa = term('http://www.w3.org/ns/oa#');
const org = term('http://www.w3.org/ns/org#');
const xsd = term('http://www.w3.org/2001/XMLSchema#');

/** Every predicate and class the model emits. */
export const V = {
  type: rdf('type'),
  label: rdfs('label'),
  altLabel: skos('altLabel'),
  wasGeneratedBy: prov('wasGeneratedBy'),
  Activity: prov('Activity'),
  // classes
  Person: cg('Person'),
  Organization: cg('Organization'),
  Outlet: cg('Outlet'),
  Post: cg('Post'),
  Article: cg('Article'),
  SourceDocument: cg('SourceDocument'),
  Letter: cg('Letter'),
  Email: cg('Email'),
  Tweet: cg('Tweet'),
  TextMessage: cg('TextMessage'),
  PressStatement: cg('PressStatement'),
  Interview: cg('Interview'),
  Speech: cg('Speech'),
  Statement: cg('Statement'),
  Proposition: cg('Proposition'),
  Report: cg('Report'),
  Mention: cg('Mention'),
  Policy: cg('Policy'),
  Stance: cg('Stance'),
  Dispute: cg('Dispute'),
  Event: cg('Event'),
  ExtractionActivity: cg('ExtractionActivity'),
  CurationActivity: cg('CurationActivity'),
  SpecificResource: oa('SpecificResource'),
  TextQuoteSelector: oa('TextQuoteSelector'),
  TextPositionSelector: oa('TextPositionSelector'),
  // properties
  statedBy: cg('statedBy'),
  onBehalfOf: cg('onBehalfOf'),
  inCapacityOf: cg('inCapacityOf'),
  statedIn: cg('statedIn'),
  statedOn: cg('statedOn'),
  text: cg('text'),
  asserts: cg('asserts'),
  about: cg('about'),
  reports: cg('reports'),
  reportedIn: cg('reportedIn'),
  quotedText: cg('quotedText'),
  quoteType: cg('quoteType'),
  anchor: cg('anchor'),
  refersTo: cg('refersTo'),
  mentionedIn: cg('mentionedIn'),
  documentId: cg('documentId'),
  bodyText: cg('bodyText'),
  headline: cg('headline'),
  publishedBy: cg('publishedBy'),
  author: cg('author'),
  publishedOn: cg('publishedOn'),
  sentBy: cg('sentBy'),
  sentTo: cg('sentTo'),
  createdOn: cg('createdOn'),
  holds: org('holds'),
  postIn: org('postIn'),
  roleLabel: cg('roleLabel'),
  disputes: cg('disputes'),
  involvesStatement: cg('involvesStatement'),
  hasParty: cg('hasParty'),
  describes: cg('describes'),
  enactedBy: cg('enactedBy'),
  appliesTo: cg('appliesTo'),
  constraintText: cg('constraintText'),
  policyStatus: cg('policyStatus'),
  stanceOf: cg('stanceOf'),
  stanceOn: cg('stanceOn'),
  stanceValue: cg('stanceValue'),
  expressedIn: cg('expressedIn'),
  occurredOn: cg('occurredOn'),
  involves: cg('involves'),
  extractionRule: cg('extractionRule'),
  confidence: cg('confidence'),
  evidence: cg('evidence'),
  hasSource: oa('hasSource'),
  hasSelector: oa('hasSelector'),
  exact: oa('exact'),
  prefix: oa('prefix'),
  suffix: oa('suffix'),
  start: oa('start'),
  end: oa('end'),
} as const;

/** Datatypes of the literals the model emits. */
export const XSD = {
  date: xsd('date'),
  gYearMonth: xsd('gYearMonth'),
  decimal: xsd('decimal'),
  nonNegativeInteger: xsd('nonNegativeInteger'),
} as const;
