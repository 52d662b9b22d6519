/**
 * The IRIs this package reads, grouped by prefix. They mirror the contract in
 * `ontology/TERMS.md`; every other module imports IRIs from here and never
 * spells one out itself, so switching to the generated `@claimgraph/ontology`
 * constants touches this file only.
 */

const cg = 'https://w3id.org/claimgraph/ontology#';
const rdf = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const rdfs = 'http://www.w3.org/2000/01/rdf-schema#';
const skos = 'http://www.w3.org/2004/02/skos/core#';
const org = 'http://www.w3.org/ns/org#';
const oa = 'http://www.w3.org/ns/oa#';

/** The claimgraph ontology terms used by the projection. */
export const CG = {
  Actor: `${cg}Actor`,
  Person: `${cg}Person`,
  Organization: `${cg}Organization`,
  Outlet: `${cg}Outlet`,
  Post: `${cg}Post`,
  Article: `${cg}Article`,
  SourceDocument: `${cg}SourceDocument`,
  Letter: `${cg}Letter`,
  Email: `${cg}Email`,
  Tweet: `${cg}Tweet`,
  TextMessage: `${cg}TextMessage`,
  PressStatement: `${cg}PressStatement`,
  Interview: `${cg}Interview`,
  Speech: `${cg}Speech`,
  Statement: `${cg}Statement`,
  Proposition: `${cg}Proposition`,
  Report: `${cg}Report`,
  Mention: `${cg}Mention`,
  Policy: `${cg}Policy`,
  Stance: `${cg}Stance`,
  Dispute: `${cg}Dispute`,
  Event: `${cg}Event`,
  statedBy: `${cg}statedBy`,
  onBehalfOf: `${cg}onBehalfOf`,
  inCapacityOf: `${cg}inCapacityOf`,
  statedIn: `${cg}statedIn`,
  statedOn: `${cg}statedOn`,
  text: `${cg}text`,
  asserts: `${cg}asserts`,
  about: `${cg}about`,
  reports: `${cg}reports`,
  reportedIn: `${cg}reportedIn`,
  quotedText: `${cg}quotedText`,
  quoteType: `${cg}quoteType`,
  anchor: `${cg}anchor`,
  refersTo: `${cg}refersTo`,
  mentionedIn: `${cg}mentionedIn`,
  documentId: `${cg}documentId`,
  bodyText: `${cg}bodyText`,
  headline: `${cg}headline`,
  publishedBy: `${cg}publishedBy`,
  author: `${cg}author`,
  publishedOn: `${cg}publishedOn`,
  sentBy: `${cg}sentBy`,
  sentTo: `${cg}sentTo`,
  createdOn: `${cg}createdOn`,
  roleLabel: `${cg}roleLabel`,
  disputes: `${cg}disputes`,
  denies: `${cg}denies`,
  supports: `${cg}supports`,
  involvesStatement: `${cg}involvesStatement`,
  hasParty: `${cg}hasParty`,
  describes: `${cg}describes`,
  enactedBy: `${cg}enactedBy`,
  appliesTo: `${cg}appliesTo`,
  stanceOf: `${cg}stanceOf`,
  stanceOn: `${cg}stanceOn`,
  stanceValue: `${cg}stanceValue`,
  expressedIn: `${cg}expressedIn`,
  occurredOn: `${cg}occurredOn`,
  involves: `${cg}involves`,
  evidence: `${cg}evidence`,
} as const;

/** RDF and RDFS terms. */
export const RDF = { type: `${rdf}type` } as const;
export const RDFS = { label: `${rdfs}label` } as const;

/** SKOS terms. */
export const SKOS = { altLabel: `${skos}altLabel`, prefLabel: `${skos}prefLabel` } as const;

/** W3C ORG terms. */
export const ORG = { holds: `${org}holds`, postIn: `${org}postIn`, memberOf: `${org}memberOf` } as const;

/** Web Annotation terms. */
export const OA = {
  hasSource: `${oa}hasSource`,
  hasSelector: `${oa}hasSelector`,
  TextPositionSelector: `${oa}TextPositionSelector`,
  TextQuoteSelector: `${oa}TextQuoteSelector`,
  start: `${oa}start`,
  end: `${oa}end`,
  exact: `${oa}exact`,
} as const;
