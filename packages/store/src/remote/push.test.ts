import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import type { FetchLike } from './http-auth.js';
import { groupByGraph, pushDataset, type PushProgress } from './push.js';

const { namedNode, literal, quad } = DataFactory;
const graphA = 'https://w3id.org/claimgraph/graph/document/a';
const graphB = 'https://w3id.org/claimgraph/graph/metadata';

function triples(graph: string, count: number): Quad[] {
  return Array.from({ length: count }, (_, index) =>
    quad(
      namedNode(`urn:s${index}`),
      namedNode('urn:p'),
      literal(`value ${index}`),
      namedNode(graph),
    ),
  );
}

/**
 * An in-memory Graph Store + COUNT endpoint. `script` may answer a request before the store
 * does (to fail it); `lose` drops that many triples of every write (to fake a store that loses data).
 */
function fakeStore(
  script: (method: string, call: number) => Response | undefined = () => undefined,
  lose = 0,
) {
  const graphs = new Map<string, Set<string>>();
  const calls: string[] = [];
  const fetchLike: FetchLike = async (url, init = {}) => {
    const method = init.method ?? 'GET';
    const target = new URL(url);
    calls.push(`${method} ${target.pathname}`);
    const scripted = script(method, calls.length);
    if (scripted) return scripted;
    if (target.pathname === '/store') {
      const graph = target.searchParams.get('graph')!;
      if (method === 'PUT') graphs.set(graph, new Set());
      const lines = String(init.body).split('\n').filter(Boolean);
      for (const line of lines.slice(lose)) graphs.get(graph)!.add(line);
      return new Response(null, { status: method === 'PUT' ? 201 : 200 });
    }
    const query = new URLSearchParams(String(init.body)).get('query') ?? '';
    const count = graphs.get(/GRAPH <([^>]+)>/.exec(query)?.[1] ?? '')?.size ?? 0;
    return Response.json(
      {
        head: { vars: ['n'] },
        results: { bindings: [{ n: { type: 'literal', value: String(count) } }] },
      },
      { headers: { 'content-type': 'application/sparql-results+json' } },
    );
  };
  return { fetch: fetchLike, graphs, calls };
}

const dataset = new Map([
  [graphB, triples(graphB, 3)],
  [graphA, triples(graphA, 5)],
]);
const options = { endpoint: 'http://store.test/query', retryDelayMs: 1 };

describe('pushDataset', () => {
  it('replaces graphs in IRI order, verifies each count and reports progress', async () => {
    const store = fakeStore();
    const events: PushProgress['type'][] = [];
    const report = await pushDataset(dataset, {
      ...options,
      fetch: store.fetch,
      onProgress: (event) => events.push(event.type),
    });
    expect(report).toEqual({
      graphStore: 'http://store.test/store',
      graphs: [
        { graph: graphA, sent: 5, verified: 5, attempts: 1 },
        { graph: graphB, sent: 3, verified: 3, attempts: 1 },
      ],
    });
    expect(events).toEqual(['graph', 'verified', 'graph', 'verified']);
    expect(store.calls).toEqual(['PUT /store', 'POST /query', 'PUT /store', 'POST /query']);
  });

  it('sends a large graph as one PUT followed by POSTs', async () => {
    const store = fakeStore();
    await pushDataset(new Map([[graphA, triples(graphA, 50)]]), {
      ...options,
      fetch: store.fetch,
      chunkBytes: 500,
    });
    const writes = store.calls.filter((call) => call.endsWith('/store'));
    expect(writes[0]).toBe('PUT /store');
    expect(writes.length).toBeGreaterThan(2);
    expect(writes.slice(1).every((call) => call === 'POST /store')).toBe(true);
    expect(store.graphs.get(graphA)!.size).toBe(50);
  });

  it('retries a 503 with doubling delays and succeeds', async () => {
    const store = fakeStore((method, call) =>
      method === 'PUT' && call <= 2 ? new Response('busy', { status: 503 }) : undefined,
    );
    const delays: number[] = [];
    const report = await pushDataset(new Map([[graphA, triples(graphA, 2)]]), {
      ...options,
      retryDelayMs: 5,
      fetch: store.fetch,
      onProgress: (event) => event.type === 'retry' && delays.push(event.delayMs),
    });
    expect(delays).toEqual([5, 10]);
    expect(report.graphs[0]!.attempts).toBe(3);
  });

  it('gives up after the last retry with the HTTP status and body', async () => {
    const store = fakeStore((method) =>
      method === 'PUT' ? new Response('Virtuoso 42000 out of space', { status: 500 }) : undefined,
    );
    await expect(
      pushDataset(dataset, { ...options, retries: 2, fetch: store.fetch }),
    ).rejects.toThrow(
      /PUT to http:\/\/store\.test\/store\?graph=\S+ failed with HTTP 500: Virtuoso 42000 out of space \(while replacing graph <https:\/\/w3id\.org\/claimgraph\/graph\/document\/a>\)/,
    );
    expect(store.calls.filter((call) => call === 'PUT /store')).toHaveLength(3);
  });

  it('never retries a refused login', async () => {
    const store = fakeStore((method) =>
      method === 'PUT' ? new Response('no', { status: 403 }) : undefined,
    );
    await expect(pushDataset(dataset, { ...options, fetch: store.fetch })).rejects.toMatchObject({
      kind: 'auth',
      status: 403,
    });
    expect(store.calls).toEqual(['PUT /store']);
  });

  it('fails when the store holds a different count than was sent', async () => {
    const store = fakeStore(undefined, 1);
    await expect(pushDataset(dataset, { ...options, fetch: store.fetch })).rejects.toThrow(
      `the store does not hold what was pushed: <${graphA}> sent 5 triples, store has 4; <${graphB}> sent 3 triples, store has 2`,
    );
  });

  it('keeps the password out of every message', async () => {
    const store = fakeStore((method) =>
      method === 'PUT' ? new Response('bad password hunter2-pw', { status: 400 }) : undefined,
    );
    const error = (await pushDataset(dataset, {
      ...options,
      user: 'kg',
      password: 'hunter2-pw',
      fetch: store.fetch,
    }).catch((thrown: unknown) => thrown)) as Error;
    expect(error.message).toContain('bad password ***');
    expect(error.message).not.toContain('hunter2-pw');
  });
});

describe('pushDataset input', () => {
  it('refuses a graph name that is not an absolute IRI before sending anything', async () => {
    const store = fakeStore();
    const bad = new Map([['urn:g> } <x', triples('urn:g', 1)]]);
    await expect(pushDataset(bad, { ...options, fetch: store.fetch })).rejects.toThrow(
      /not an absolute IRI/,
    );
    expect(store.calls).toEqual([]);
  });
});

describe('groupByGraph', () => {
  it('groups quads by graph and refuses the default graph', () => {
    expect(
      [...groupByGraph([...triples(graphA, 2), ...triples(graphB, 1)]).entries()].map(
        ([graph, quads]) => [graph, quads.length],
      ),
    ).toEqual([
      [graphA, 2],
      [graphB, 1],
    ]);
    expect(() =>
      groupByGraph([quad(namedNode('urn:a'), namedNode('urn:b'), literal('c'))]),
    ).toThrow(/default graph/);
  });
});
