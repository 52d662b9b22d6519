/**
 * `pushDataset`: makes a remote SPARQL store hold exactly a dataset's named graphs. Each graph
 * is replaced with the SPARQL 1.1 Graph Store HTTP Protocol — a PUT of N-Triples (then POSTs
 * for further chunks of a large graph) — authenticated with Digest or Basic, retried with
 * exponential backoff on transient failures (5xx, dropped connections, timeouts; never on
 * 401/403), and then verified by counting the graph's triples through the query endpoint.
 * Because PUT replaces the graph and a retry restarts the graph from its PUT, a push that was
 * interrupted half-way and is run again leaves exactly the dataset's data.
 */
import type { Quad } from '@rdfjs/types';
import { maskUrl, redact, splitCredentials, type Credentials } from './credentials.js';
import { RemoteEndpoint } from './endpoint.js';
import { RemoteStoreError, fetchFailure, httpFailure } from './errors.js';
import { deriveGraphStoreUrl, graphUrl } from './graph-store.js';
import { authenticatingFetch, type FetchLike } from './http-auth.js';
import { ntriplesChunks } from './chunks.js';

/** Options of {@link pushDataset}. */
export interface PushOptions {
  /** SPARQL query endpoint of the remote store (used to verify the counts). */
  endpoint: string;
  /**
   * Graph Store Protocol URL. Default: derived from `endpoint` — Virtuoso's `…/sparql` becomes
   * `…/sparql-graph-crud-auth` with a user (`…/sparql-graph-crud` without), Oxigraph's `…/query`
   * becomes `…/store`. Virtuoso's endpoints take `?graph-uri=`, all others `?graph=`.
   */
  graphStore?: string;
  user?: string;
  /** Never printed or logged. */
  password?: string;
  /** Further attempts per graph after a transient failure (default 3). */
  retries?: number;
  /** Delay before the first retry; doubles each time (default 500 ms). */
  retryDelayMs?: number;
  /** Largest request body in bytes; bigger graphs go in several requests (default 32 MiB). */
  chunkBytes?: number;
  /** Timeout of one request in milliseconds (default 300 000). */
  timeoutMs?: number;
  /** The fetch to use (tests inject failing ones). */
  fetch?: FetchLike;
  /** Called as the push advances. */
  onProgress?: (event: PushProgress) => void;
}

/** What {@link pushDataset} reports while it works. */
export type PushProgress =
  | { type: 'graph'; graph: string; index: number; total: number; triples: number; chunks: number }
  | { type: 'retry'; graph: string; attempt: number; delayMs: number; reason: string }
  | { type: 'verified'; graph: string; sent: number; verified: number };

/** The outcome for one graph. */
export interface GraphPushResult {
  graph: string;
  /** Triples sent. */
  sent: number;
  /** Triples the store holds in that graph afterwards. */
  verified: number;
  /** Attempts it took (1 when nothing had to be retried). */
  attempts: number;
}

/** The outcome of a push: one entry per graph, in IRI order. */
export interface PushReport {
  graphStore: string;
  graphs: GraphPushResult[];
}

/**
 * Groups quads by named graph IRI.
 * @throws when a quad is in the default graph (claimgraph datasets keep every triple in a named graph)
 */
export function groupByGraph(quads: Iterable<Quad>): Map<string, Quad[]> {
  const groups = new Map<string, Quad[]>();
  for (const quad of quads) {
    if (quad.graph.termType !== 'NamedNode') {
      throw new Error(
        'claimgraph-store: cannot push a triple in the default graph; every triple of a claimgraph dataset belongs to a named graph',
      );
    }
    let group = groups.get(quad.graph.value);
    if (!group) groups.set(quad.graph.value, (group = []));
    group.push(quad);
  }
  return groups;
}

/**
 * Replaces each named graph on the remote store and verifies its triple count.
 * @throws RemoteStoreError (unreachable, refused login, HTTP error after the retries) or an
 *   Error listing the graphs whose count does not match
 * @example
 * const report = await pushDataset(groupByGraph(quads), {
 *   endpoint: 'http://localhost:8890/sparql', user: 'dba', password: process.env.KG_PASSWORD,
 * });
 */
export async function pushDataset(
  quadsByGraph: ReadonlyMap<string, readonly Quad[]>,
  options: PushOptions,
): Promise<PushReport> {
  const endpoint = splitCredentials(options.endpoint);
  const credentials: Credentials | undefined =
    options.user !== undefined
      ? { user: options.user, password: options.password ?? '' }
      : endpoint.credentials;
  const secrets = [credentials?.password];
  const graphStore = splitCredentials(
    options.graphStore ?? deriveGraphStoreUrl(endpoint.url, credentials !== undefined),
  ).url;
  const baseFetch = options.fetch ?? fetch;
  const authFetch = authenticatingFetch(credentials, baseFetch);
  const verifier = new RemoteEndpoint({
    url: endpoint.url,
    ...(credentials ?? {}),
    fetch: baseFetch,
    timeoutMs: options.timeoutMs ?? 300_000,
  });
  const retries = options.retries ?? 3;
  const retryDelayMs = options.retryDelayMs ?? 500;
  const chunkBytes = options.chunkBytes ?? 32 * 1024 * 1024;
  const timeoutMs = options.timeoutMs ?? 300_000;
  const graphs = [...quadsByGraph.keys()].sort();
  const badGraph = graphs.find((graph) => !/^[a-z][a-z0-9+.-]*:[^\s<>"{}|^`\\]*$/i.test(graph));
  if (badGraph !== undefined) {
    throw new Error(
      `claimgraph-store: not an absolute IRI, cannot name a graph: ${JSON.stringify(badGraph)}`,
    );
  }
  const results: GraphPushResult[] = [];

  try {
    for (const [index, graph] of graphs.entries()) {
      const quads = quadsByGraph.get(graph)!;
      const chunks = ntriplesChunks(quads, chunkBytes);
      options.onProgress?.({
        type: 'graph',
        graph,
        index,
        total: graphs.length,
        triples: quads.length,
        chunks: chunks.length,
      });
      let attempt = 0;
      for (;;) {
        attempt += 1;
        try {
          for (const [chunkIndex, chunk] of chunks.entries()) {
            await send(
              authFetch,
              graphUrl(graphStore, graph),
              chunkIndex === 0 ? 'PUT' : 'POST',
              chunk.body,
              timeoutMs,
            );
          }
          break;
        } catch (error) {
          if (!(error instanceof RemoteStoreError) || !error.transient || attempt > retries) {
            throw withGraph(error, graph);
          }
          const delayMs = retryDelayMs * 2 ** (attempt - 1);
          options.onProgress?.({ type: 'retry', graph, attempt, delayMs, reason: error.message });
          await new Promise((resolve) => setTimeout(resolve, delayMs));
        }
      }
      const verified = await countTriples(verifier, graph);
      results.push({ graph, sent: quads.length, verified, attempts: attempt });
      options.onProgress?.({ type: 'verified', graph, sent: quads.length, verified });
    }
  } catch (error) {
    if (error instanceof Error) error.message = redact(error.message, secrets);
    throw error;
  }
  const wrong = results.filter((result) => result.sent !== result.verified);
  if (wrong.length > 0) {
    throw new Error(
      `claimgraph-store: the store does not hold what was pushed: ${wrong
        .map(
          (result) => `<${result.graph}> sent ${result.sent} triples, store has ${result.verified}`,
        )
        .join('; ')}`,
    );
  }
  return { graphStore: maskUrl(graphStore), graphs: results };
}

/** Counts the triples of one named graph on the remote store. */
export async function countTriples(endpoint: RemoteEndpoint, graph: string): Promise<number> {
  const result = await endpoint.query(
    `SELECT (COUNT(*) AS ?n) WHERE { GRAPH <${graph}> { ?s ?p ?o } }`,
  );
  const value = result.type === 'bindings' ? result.rows[0]?.['n']?.value : undefined;
  const count = Number(value);
  if (value === undefined || !Number.isInteger(count)) {
    throw new Error(
      `claimgraph-store: ${endpoint.description} did not return a count for <${graph}>`,
    );
  }
  return count;
}

async function send(
  authFetch: FetchLike,
  url: string,
  method: 'PUT' | 'POST',
  body: string,
  timeoutMs: number,
): Promise<void> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    let response: Response;
    try {
      response = await authFetch(url, {
        method,
        headers: { 'content-type': 'application/n-triples; charset=utf-8' },
        body,
        signal: controller.signal,
      });
    } catch (error) {
      throw fetchFailure(error, url, timedOut, timeoutMs);
    }
    if (!response.ok) throw await httpFailure(response, url, `${method} to`);
    await response.arrayBuffer().catch(() => undefined);
  } finally {
    clearTimeout(timer);
  }
}

function withGraph(error: unknown, graph: string): unknown {
  if (error instanceof Error) error.message = `${error.message} (while replacing graph <${graph}>)`;
  return error;
}
