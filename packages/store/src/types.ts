/**
 * Shared contracts of @claimgraph/store. A `SparqlSource` is anything that answers SPARQL 1.1
 * queries — the local Oxigraph-backed `LocalStore` or a remote endpoint — and returns a
 * `QueryResult` made of RDF/JS terms, so formatters, validation and the CLI never care where
 * the answer came from. Queries see the union of all named graphs as their default graph.
 */
import type { Quad, Term } from '@rdfjs/types';

/** The answer to a SPARQL query: solutions (SELECT), a truth value (ASK) or quads (CONSTRUCT/DESCRIBE). */
export type QueryResult =
  | { type: 'bindings'; variables: string[]; rows: Array<Record<string, Term>> }
  | { type: 'boolean'; value: boolean }
  | { type: 'quads'; quads: Quad[] };

/** Per-query options shared by every source. */
export interface QueryOptions {
  /** Initial bindings, injected as a VALUES block into the parsed query (never spliced as text). */
  bindings?: Record<string, Term>;
  /** Abort the query with an error after this many milliseconds. */
  timeoutMs?: number;
}

/** Something that answers SPARQL 1.1 queries. */
export interface SparqlSource {
  /** Human-readable origin, e.g. a file path or an endpoint URL (never credentials). */
  readonly description: string;
  /** Run a SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE). */
  query(sparql: string, options?: QueryOptions): Promise<QueryResult>;
  /** Release resources (workers, connections). */
  close(): Promise<void>;
}
