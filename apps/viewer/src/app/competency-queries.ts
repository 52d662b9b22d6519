/**
 * The queries offered in the SPARQL panel's picker: the project's competency
 * questions (one per `ontology/queries/*.rq`), as the ontology package ships
 * them for browsers.
 */
import type { NamedQuery } from './sparql-panel.js';

/** The picker's queries, in the ontology's order. */
export const COMPETENCY_QUERIES: readonly NamedQuery[] = [];
