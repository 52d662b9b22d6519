/**
 * The IRIs the model mints, as a thin layer over the ontology package's
 * `instanceIri` and `graphIri`. Every IRI is a pure function of what it names
 * — an actor's key, a document id and a span, a hash of a statement's speaker
 * and words — so the same thing gets the same IRI in every build and across
 * documents, whatever the processing order.
 */
import { graphIri, instanceIri } from '@claimgraph/ontology';

/** Actor keys are `person:<slug>` / `org:<slug>`; their IRIs keep both parts. */
const keyParts = (key: string) => key.replace(':', ' ');

/** IRIs of instance data (`cgid:`). */
export const iri = {
  document: (docId: string) => instanceIri('document', docId),
  actor: (key: string) => instanceIri('actor', keyParts(key)),
  post: (actorKey: string, role: string, orgKey?: string) =>
    instanceIri('post', keyParts(actorKey), role, ...(orgKey ? [keyParts(orgKey)] : [])),
  /** A statement is named by its speaker and its normalised words. */
  statement: (speakerKey: string, words: string) => instanceIri('statement', speakerKey, words),
  proposition: (speakerKey: string, words: string) => instanceIri('proposition', speakerKey, words),
  report: (docId: string, start: number, end: number) => instanceIri('report', docId, start, end),
  mention: (docId: string, start: number, end: number) => instanceIri('mention', docId, start, end),
  anchor: (docId: string, start: number, end: number) => instanceIri('anchor', docId, start, end),
  source: (medium: string, authorKey: string, date: string) =>
    instanceIri('source', medium, keyParts(authorKey), date),
  policy: (id: string) => instanceIri('policy', id),
  dispute: (id: string) => instanceIri('dispute', id),
  stance: (...parts: string[]) => instanceIri('stance', ...parts),
  event: (id: string) => instanceIri('event', id),
  activity: (name: string) => instanceIri('activity', name),
};

/** IRIs of the named graphs (`cggraph:`). */
export const graphs = graphIri;
