/**
 * `RemoteEndpoint`: a `SparqlSource` that answers through a remote SPARQL 1.1 Protocol
 * endpoint (Virtuoso, Fuseki, GraphDB, Oxigraph server …). Queries are POSTed form-encoded
 * (or as `application/sparql-query`), SELECT/ASK answers are read as SPARQL JSON results and
 * CONSTRUCT/DESCRIBE answers as N-Triples or Turtle, all into RDF/JS terms. Initial bindings
 * become a VALUES block in the parsed query. Every failure is a `RemoteStoreError` naming the
 * masked URL: unreachable host, timeout, HTTP status with the first line of the body, or an
 * answer that is not SPARQL — or an answer the server cut short (Virtuoso marks one with
 * `X-SPARQL-MaxRows`), which is refused rather than passed on as if it were complete.
 */
import type { Term } from '@rdfjs/types';
import { injectBindings } from '../bindings.js';
import { StoreError } from '../errors.js';
import { queryForm } from '../query-form.js';
import type { QueryOptions, QueryResult, SparqlSource } from '../types.js';
import { maskUrl, redact, splitCredentials, type Credentials } from './credentials.js';
import { RemoteStoreError, fetchFailure, httpFailure } from './errors.js';
import { authenticatingFetch, type FetchLike } from './http-auth.js';
import { parseGraphResult, parseJsonResults } from './sparql-results.js';

/** Options of {@link RemoteEndpoint}. */
export interface RemoteEndpointOptions {
  /** The SPARQL query endpoint, e.g. `http://localhost:8890/sparql` (credentials in it are split off). */
  url: string;
  /** User name, for endpoints that require authentication (Digest or Basic). */
  user?: string;
  /** Password; never printed. */
  password?: string;
  /** Default per-query timeout in milliseconds (default 60 000). */
  timeoutMs?: number;
  /** `form` (default): `application/x-www-form-urlencoded`; `direct`: `application/sparql-query`. */
  post?: 'form' | 'direct';
  /** The fetch to use (tests inject failing ones). */
  fetch?: FetchLike;
}

type QueryForm = 'select' | 'ask' | 'construct' | 'describe';

const ACCEPT: Record<QueryForm, string> = {
  select: 'application/sparql-results+json',
  ask: 'application/sparql-results+json',
  construct: 'application/n-triples, text/turtle;q=0.9',
  describe: 'application/n-triples, text/turtle;q=0.9',
};

/**
 * A remote SPARQL 1.1 Protocol endpoint as a {@link SparqlSource}.
 * @example
 * const endpoint = new RemoteEndpoint({ url: 'http://localhost:8890/sparql' });
 * const result = await endpoint.query('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }');
 */
export class RemoteEndpoint implements SparqlSource {
  /** The endpoint URL, without credentials. */
  readonly url: string;
  readonly description: string;
  private readonly credentials: Credentials | undefined;
  private readonly fetch: FetchLike;
  private readonly timeoutMs: number;
  private readonly post: 'form' | 'direct';

  constructor(options: RemoteEndpointOptions) {
    const { url, credentials } = splitCredentials(options.url);
    this.url = url;
    this.description = maskUrl(url);
    this.credentials =
      options.user !== undefined
        ? { user: options.user, password: options.password ?? '' }
        : credentials;
    this.fetch = authenticatingFetch(this.credentials, options.fetch ?? fetch);
    this.timeoutMs = options.timeoutMs ?? 60_000;
    this.post = options.post ?? 'form';
  }

  /**
   * Runs a SPARQL query on the endpoint.
   * @throws RemoteStoreError when the endpoint cannot be reached, times out, answers with an
   *   HTTP error or with something that is not a SPARQL result
   */
  async query(sparql: string, options: QueryOptions = {}): Promise<QueryResult> {
    const { text, form } = prepareQuery(sparql, options.bindings);
    const timeoutMs = options.timeoutMs ?? this.timeoutMs;
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    try {
      const init: RequestInit =
        this.post === 'form'
          ? {
              method: 'POST',
              headers: {
                accept: ACCEPT[form],
                'content-type': 'application/x-www-form-urlencoded',
              },
              body: new URLSearchParams({ query: text }).toString(),
              signal: controller.signal,
            }
          : {
              method: 'POST',
              headers: { accept: ACCEPT[form], 'content-type': 'application/sparql-query' },
              body: text,
              signal: controller.signal,
            };
      let response: Response;
      try {
        response = await this.fetch(this.url, init);
      } catch (error) {
        throw fetchFailure(error, this.url, timedOut, timeoutMs);
      }
      if (!response.ok) throw await httpFailure(response, this.url, 'query to');
      const cap = response.headers.get('x-sparql-maxrows');
      if (cap !== null) {
        await response.arrayBuffer().catch(() => undefined);
        throw new RemoteStoreError(
          `claimgraph-store: ${this.description} cut the answer off at ${cap} rows (Virtuoso's [SPARQL] ResultSetMaxRows); ` +
            'page through it with LIMIT/OFFSET or raise that setting',
          'truncated',
          this.description,
        );
      }
      const mediaType = (response.headers.get('content-type') ?? '').toLowerCase();
      let body: string;
      try {
        body = await response.text();
      } catch (error) {
        throw fetchFailure(error, this.url, timedOut, timeoutMs);
      }
      return this.parseAnswer(body, mediaType, form);
    } catch (error) {
      if (error instanceof Error)
        error.message = redact(error.message, [this.credentials?.password]);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Nothing to release: every query is one HTTP request. */
  async close(): Promise<void> {}

  private parseAnswer(body: string, mediaType: string, form: QueryForm): QueryResult {
    const origin = this.description;
    if (/sparql-results\+json|application\/json/.test(mediaType)) {
      const result = parseJsonResults(body, origin);
      if (form === 'construct' || form === 'describe') {
        throw notSparql(origin, `SPARQL results for a ${form.toUpperCase()} query`);
      }
      return result;
    }
    if (
      (form === 'construct' || form === 'describe') &&
      /turtle|n-triples|text\/plain/.test(mediaType)
    ) {
      return parseGraphResult(body, mediaType, origin);
    }
    const firstLine =
      body
        .replace(/<[^>]*>/g, ' ')
        .split('\n')
        .map((line) => line.trim())
        .find(Boolean) ?? '';
    throw notSparql(
      origin,
      `${mediaType || 'no content type'}${firstLine ? `: ${firstLine.slice(0, 200)}` : ''}`,
    );
  }
}

function notSparql(origin: string, what: string): RemoteStoreError {
  return new RemoteStoreError(
    `claimgraph-store: ${origin} did not answer with a SPARQL result (got ${what}); is this the SPARQL endpoint URL?`,
    'protocol',
    origin,
  );
}

/** Finds the query form and applies initial bindings as a VALUES block (refuses updates). */
export function prepareQuery(
  sparql: string,
  bindings?: Record<string, Term>,
): { text: string; form: QueryForm } {
  const form = queryForm(sparql);
  if (form === 'update') {
    throw new StoreError(
      'read-only',
      'a remote endpoint is only queried here; SPARQL Update is refused (use push to write)',
    );
  }
  const list = Object.entries(bindings ?? {}).map(([name, term]) => ({
    name: name.replace(/^[?$]/, ''),
    term,
  }));
  // An unknown form is left to the server (it may speak an extension) and read as SELECT.
  return { text: injectBindings(sparql, list), form: form === 'unknown' ? 'select' : form };
}
