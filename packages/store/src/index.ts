/**
 * @claimgraph/store — public entry point. Everything other packages may use from the store
 * (local Oxigraph store, remote endpoints, result formatters, validation, export, statistics)
 * is re-exported from here; nothing else in `src/` is public.
 */
export type { QueryResult, QueryOptions, SparqlSource } from './types.js';
