/**
 * End-to-end tests of the remote store against a real Virtuoso (Debian's virtuoso-opensource),
 * started privately on free ports by `../testing/virtuoso.ts`. The dataset is the ontology's example
 * (override with KG_REMOTE_FIXTURE=<file.trig>); every competency query must give the same rows
 * remotely as locally. Without /usr/bin/virtuoso-t the suite is skipped with a message that
 * names the package to install.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Quad, Term } from '@rdfjs/types';
import { DataFactory, Parser } from 'n3';
import { isomorphic } from 'rdf-isomorphic';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalStore } from '../local-store.js';
import type { QueryResult } from '../types.js';
import {
  startVirtuoso,
  virtuosoAvailable,
  virtuosoSkipMessage,
  type VirtuosoServer,
} from '../testing/virtuoso.js';
import { RemoteEndpoint } from './endpoint.js';
import { RemoteStoreError } from './errors.js';
import type { FetchLike } from './http-auth.js';
import { countTriples, groupByGraph, pushDataset } from './push.js';

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const fixturePath =
  process.env['KG_REMOTE_FIXTURE'] ??
  join(repositoryRoot, 'ontology/examples/millbrook-library.trig');
const queriesDirectory = join(repositoryRoot, 'ontology/queries');
const { namedNode, blankNode, literal, quad } = DataFactory;

/** A graph that exercises what the example lacks: blank-node chains and non-ASCII text. */
const extraGraph = 'https://w3id.org/claimgraph/graph/document/zz-remote-test';
const extraQuads: Quad[] = [
  quad(
    namedNode('https://w3id.org/claimgraph/id/anchor/zz/0-5'),
    namedNode('http://www.w3.org/ns/oa#hasSelector'),
    blankNode('q'),
    namedNode(extraGraph),
  ),
  quad(
    blankNode('q'),
    namedNode('http://www.w3.org/ns/oa#exact'),
    literal('“Café” — naïve ✓ 😀', 'en'),
    namedNode(extraGraph),
  ),
  quad(
    blankNode('q'),
    namedNode('http://www.w3.org/ns/oa#refinedBy'),
    blankNode('r'),
    namedNode(extraGraph),
  ),
  quad(
    blankNode('r'),
    namedNode('http://www.w3.org/ns/oa#start'),
    literal('0', namedNode('http://www.w3.org/2001/XMLSchema#nonNegativeInteger')),
    namedNode(extraGraph),
  ),
];

function loadFixture(): Quad[] {
  return new Parser({ format: 'TriG', baseIRI: `file://${fixturePath}` }).parse(
    readFileSync(fixturePath, 'utf8'),
  );
}

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const INTEGER_TYPES = new Set(
  [
    'integer',
    'nonNegativeInteger',
    'positiveInteger',
    'nonPositiveInteger',
    'negativeInteger',
    'long',
    'int',
    'short',
    'byte',
    'unsignedLong',
    'unsignedInt',
    'unsignedShort',
    'unsignedByte',
  ].map((name) => `${XSD}${name}`),
);

/**
 * Rows as sorted strings. Blank nodes become `_:` (labels differ between stores), and integer
 * datatypes derived from xsd:integer read as xsd:integer: Oxigraph (the local store) stores
 * `"5"^^xsd:nonNegativeInteger` as `"5"^^xsd:integer`, Virtuoso keeps the datatype.
 */
function canonicalRows(result: QueryResult): string[] {
  if (result.type !== 'bindings') return [JSON.stringify(result)];
  const datatype = (iri: string) => (INTEGER_TYPES.has(iri) ? `${XSD}integer` : iri);
  const show = (term: Term | undefined) =>
    term === undefined
      ? '-'
      : term.termType === 'BlankNode'
        ? '_:'
        : term.termType === 'Literal'
          ? `"${term.value}"@${term.language}^^${datatype(term.datatype.value)}`
          : `<${term.value}>`;
  return result.rows
    .map((row) => result.variables.map((name) => `${name}=${show(row[name])}`).join(' '))
    .sort();
}

/** A fetch that lets `allowed` requests through and then fails like a dropped connection. */
function cutAfter(allowed: number): FetchLike {
  let used = 0;
  return async (url, init) => {
    if (init?.method !== 'HEAD' && init?.method !== 'POST' && ++used > allowed) {
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
      });
    }
    return fetch(url, init);
  };
}

if (!virtuosoAvailable())
  console.warn(
    virtuosoSkipMessage('the remote-store integration tests (remote.integration.test.ts)'),
  );

describe.skipIf(!virtuosoAvailable())('remote store against a real Virtuoso', () => {
  let server: VirtuosoServer;
  let endpoint: RemoteEndpoint;
  const fixture = loadFixture();
  const dataset = groupByGraph([...fixture, ...extraQuads]);
  const auth = () => ({
    endpoint: server.sparqlUrl,
    user: server.user,
    password: server.password,
    retryDelayMs: 50,
  });

  beforeAll(async () => {
    server = await startVirtuoso();
    endpoint = new RemoteEndpoint({ url: server.sparqlUrl, timeoutMs: 30_000 });
  }, 90_000);

  afterAll(async () => {
    await server?.stop();
  }, 30_000);

  it('pushes every named graph with Digest auth and verifies the counts', async () => {
    const progress: string[] = [];
    const report = await pushDataset(dataset, {
      ...auth(),
      onProgress: (event) => progress.push(event.type),
    });
    expect(report.graphStore).toBe(`${server.baseUrl}/sparql-graph-crud-auth`);
    expect(report.graphs.map((graph) => graph.graph)).toEqual([...dataset.keys()].sort());
    for (const graph of report.graphs) {
      expect(graph.verified).toBe(dataset.get(graph.graph)!.length);
      expect(graph.sent).toBe(graph.verified);
    }
    expect(progress.filter((type) => type === 'verified')).toHaveLength(dataset.size);
    const back = await endpoint.query(
      `CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <${extraGraph}> { ?s ?p ?o } }`,
    );
    expect(
      back.type === 'quads' &&
        isomorphic(
          back.quads,
          extraQuads.map((q) => quad(q.subject, q.predicate, q.object)),
        ),
    ).toBe(true);
  });

  it('answers every competency query with the same rows as the local store', async () => {
    const local = await LocalStore.fromFile(fixturePath);
    const files = readdirSync(queriesDirectory).filter((name) => name.endsWith('.rq'));
    expect(files.length).toBeGreaterThan(0);
    try {
      for (const file of files) {
        const sparql = readFileSync(join(queriesDirectory, file), 'utf8');
        const [localRows, remoteRows] = [
          canonicalRows(await local.query(sparql)),
          canonicalRows(await endpoint.query(sparql)),
        ];
        expect(remoteRows, file).toEqual(localRows);
      }
    } finally {
      await local.close();
    }
  });

  it('pushing twice leaves identical counts', async () => {
    const first = await pushDataset(dataset, auth());
    const second = await pushDataset(dataset, auth());
    expect(second.graphs).toEqual(first.graphs);
  });

  it('refuses a wrong password with a clear error and writes nothing', async () => {
    const graph = 'https://w3id.org/claimgraph/graph/document/zz-never-written';
    const attempt = pushDataset(new Map([[graph, extraQuads]]), {
      ...auth(),
      password: 'not-the-password',
    });
    const error = (await attempt.catch((thrown: unknown) => thrown)) as RemoteStoreError;
    expect(error).toBeInstanceOf(RemoteStoreError);
    expect(error.kind).toBe('auth');
    expect(error.message).toMatch(
      /was refused \(HTTP 401 Unauthorized\): check the user name and password/,
    );
    expect(error.message).not.toContain('not-the-password');
    expect(await countTriples(endpoint, graph)).toBe(0);
  });

  it('says clearly that a stopped endpoint cannot be reached', { timeout: 90_000 }, async () => {
    const stopped = await startVirtuoso();
    const down = stopped.sparqlUrl;
    await stopped.stop();
    await expect(pushDataset(dataset, { ...auth(), endpoint: down })).rejects.toThrow(
      `claimgraph-store: cannot reach ${stopped.graphStoreUrl}?graph-uri=`,
    );
    await expect(pushDataset(dataset, { ...auth(), endpoint: down })).rejects.toThrow(
      /\(ECONNREFUSED\)/,
    );
    await expect(new RemoteEndpoint({ url: down }).query('ASK {}')).rejects.toThrow(
      `claimgraph-store: cannot reach ${down} (ECONNREFUSED)`,
    );
  });

  it('an interrupted push, run again, leaves exactly the dataset (stale triples included are gone)', async () => {
    const stale = new Map(
      [...dataset].map(([graph, quads]) => [
        graph,
        [...quads, quad(namedNode('urn:stale'), namedNode('urn:p'), literal(graph))],
      ]),
    );
    await pushDataset(stale, auth());
    const interrupted = pushDataset(dataset, { ...auth(), retries: 0, fetch: cutAfter(1) });
    await expect(interrupted).rejects.toThrow(/cannot reach .*ECONNRESET.*while replacing graph/);
    const report = await pushDataset(dataset, auth());
    for (const graph of report.graphs)
      expect(graph.verified).toBe(dataset.get(graph.graph)!.length);
    const all = await endpoint.query(
      'CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } FILTER (STRSTARTS(STR(?g), "https://w3id.org/claimgraph/graph/")) }',
    );
    expect(all.type === 'quads' && all.quads.some((q) => q.subject.value === 'urn:stale')).toBe(
      false,
    );
  });

  it('retries transient failures with backoff and then succeeds', async () => {
    let failures = 0;
    const flaky: FetchLike = async (url, init) => {
      if (init?.method === 'PUT' && failures < 2) {
        failures += 1;
        return new Response('Service Unavailable', {
          status: 503,
          statusText: 'Service Unavailable',
        });
      }
      return fetch(url, init);
    };
    const retries: number[] = [];
    const graph = [...dataset.keys()][0]!;
    const report = await pushDataset(new Map([[graph, dataset.get(graph)!]]), {
      ...auth(),
      fetch: flaky,
      onProgress: (event) => event.type === 'retry' && retries.push(event.delayMs),
    });
    expect(retries).toEqual([50, 100]);
    expect(report.graphs[0]!.attempts).toBe(3);
    expect(report.graphs[0]!.verified).toBe(dataset.get(graph)!.length);
  });

  it('pushes a large graph in several chunks and still holds exactly its triples', async () => {
    const graph = 'https://w3id.org/claimgraph/graph/document/zz-chunked';
    const many = Array.from({ length: 3000 }, (_, index) =>
      quad(
        namedNode(`https://w3id.org/claimgraph/id/statement/${index}`),
        namedNode('https://w3id.org/claimgraph/ontology#text'),
        literal(`statement ${index}`),
        namedNode(graph),
      ),
    );
    const report = await pushDataset(new Map([[graph, [...many, ...extraQuads]]]), {
      ...auth(),
      chunkBytes: 50_000,
    });
    expect(report.graphs[0]!.verified).toBe(3004);
  });

  it('refuses an answer Virtuoso cut off at ResultSetMaxRows instead of returning part of it', async () => {
    const graph = 'https://w3id.org/claimgraph/graph/document/zz-many';
    const many = Array.from({ length: 10_500 }, (_, index) =>
      quad(
        namedNode(`urn:s${index}`),
        namedNode('urn:p'),
        literal(String(index)),
        namedNode(graph),
      ),
    );
    await pushDataset(new Map([[graph, many]]), auth());
    await expect(
      endpoint.query(`SELECT * WHERE { GRAPH <${graph}> { ?s ?p ?o } }`),
    ).rejects.toMatchObject({
      kind: 'truncated',
    });
    const page = await endpoint.query(`SELECT * WHERE { GRAPH <${graph}> { ?s ?p ?o } } LIMIT 100`);
    expect(page.type === 'bindings' && page.rows).toHaveLength(100);
  });
});

if (!virtuosoAvailable()) {
  describe('remote store against a real Virtuoso (skipped)', () => {
    it.skip(virtuosoSkipMessage('remote.integration.test.ts'), () => undefined);
  });
}
