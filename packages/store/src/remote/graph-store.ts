/**
 * Where the SPARQL 1.1 Graph Store HTTP Protocol lives for an endpoint, and how one named graph
 * is addressed on it. Standard servers take `?graph=<iri>`; Virtuoso's `/sparql-graph-crud`
 * and `/sparql-graph-crud-auth` take `?graph-uri=<iri>`. When no Graph Store URL is given it is
 * derived from the query endpoint: Virtuoso's `…/sparql` becomes `…/sparql-graph-crud-auth`
 * (HTTP Digest, for writes with a user) or `…/sparql-graph-crud` (anonymous), Oxigraph server's
 * `…/query` becomes `…/store`. Other layouts (Fuseki's `/ds/data` …) need an explicit URL.
 */
import { maskUrl } from './credentials.js';

/**
 * Derives the Graph Store Protocol URL from a SPARQL query endpoint URL.
 * @example deriveGraphStoreUrl('http://localhost:8890/sparql', true)
 * // 'http://localhost:8890/sparql-graph-crud-auth'
 */
export function deriveGraphStoreUrl(endpoint: string, authenticated: boolean): string {
  const url = new URL(endpoint);
  url.search = '';
  url.hash = '';
  if (/\/sparql\/?$/.test(url.pathname)) {
    url.pathname = url.pathname.replace(
      /\/sparql\/?$/,
      authenticated ? '/sparql-graph-crud-auth' : '/sparql-graph-crud',
    );
    return url.toString();
  }
  if (/\/query\/?$/.test(url.pathname)) {
    url.pathname = url.pathname.replace(/\/query\/?$/, '/store');
    return url.toString();
  }
  throw new Error(
    `claimgraph-store: cannot tell the Graph Store URL of ${maskUrl(endpoint)}; pass it explicitly ` +
      '(e.g. Virtuoso: …/sparql-graph-crud-auth, Fuseki: /<dataset>/data, Oxigraph: /store)',
  );
}

/** The query parameter that names the graph: `graph-uri` on Virtuoso's endpoints, else `graph`. */
export function graphParameterFor(graphStore: string): 'graph' | 'graph-uri' {
  return /\/sparql-graph-crud(-auth)?\/?$/.test(new URL(graphStore).pathname)
    ? 'graph-uri'
    : 'graph';
}

/**
 * The URL of one named graph on a Graph Store endpoint.
 * @example graphUrl('http://h/store', 'https://w3id.org/claimgraph/graph/curated')
 * // 'http://h/store?graph=https%3A%2F%2Fw3id.org%2Fclaimgraph%2Fgraph%2Fcurated'
 */
export function graphUrl(
  graphStore: string,
  graph: string,
  parameter = graphParameterFor(graphStore),
): string {
  const url = new URL(graphStore);
  url.searchParams.set(parameter, graph);
  return url.toString();
}
