/**
 * The queries offered in the SPARQL panel's picker: the project's competency
 * questions (one per `ontology/queries/*.rq`), as `@claimgraph/ontology` ships
 * them for browsers.
 */
import { COMPETENCY_QUERIES as ONTOLOGY_QUERIES } from '@claimgraph/ontology';
import type { NamedQuery } from './sparql-panel.js';

/** The picker's queries, in the ontology's order. */
export const COMPETENCY_QUERIES: readonly NamedQuery[] = ONTOLOGY_QUERIES.map((query) => ({
  name: query.name,
  question: query.question,
  text: query.text,
}));
