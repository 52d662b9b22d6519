import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryIO } from '../io.js';
import { runCli } from '../program.js';

/**
 * A minimal Graph Store + query endpoint: Basic auth for writes (user "kg", password
 * "s3cret-pw"), graphs kept as sets of N-Triples lines, and COUNT queries answered per graph.
 * The real-server behaviour (Virtuoso, Digest) is tested in @claimgraph/store.
 */
let server: Server | undefined;
async function fakeStore(): Promise<{ url: string; graphs: Map<string, Set<string>> }> {
  const graphs = new Map<string, Set<string>>();
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://x');
      if (url.pathname === '/store') {
        if (
          request.headers.authorization !==
          `Basic ${Buffer.from('kg:s3cret-pw').toString('base64')}`
        ) {
          response
            .writeHead(401, { 'www-authenticate': 'Basic realm="store"' })
            .end('Unauthorized');
          return;
        }
        const graph = url.searchParams.get('graph')!;
        if (request.method === 'PUT') graphs.set(graph, new Set());
        for (const line of body.split('\n').filter(Boolean)) graphs.get(graph)!.add(line);
        response.writeHead(request.method === 'PUT' ? 201 : 200).end();
        return;
      }
      const query = new URLSearchParams(body).get('query') ?? '';
      const graph = /GRAPH <([^>]+)>/.exec(query)?.[1] ?? '';
      const count = graphs.get(graph)?.size ?? 0;
      response.writeHead(200, { 'content-type': 'application/sparql-results+json' });
      response.end(
        JSON.stringify({
          head: { vars: ['n'] },
          results: {
            bindings: [
              {
                n: {
                  type: 'literal',
                  datatype: 'http://www.w3.org/2001/XMLSchema#integer',
                  value: String(count),
                },
              },
            ],
          },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}`, graphs };
}

afterEach(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = undefined;
});

const dataset = `@prefix cg: <https://w3id.org/claimgraph/ontology#> .
GRAPH <https://w3id.org/claimgraph/graph/document/a> { <urn:s1> cg:text "one" . <urn:s2> cg:text "two" . }
GRAPH <https://w3id.org/claimgraph/graph/metadata> { <urn:a> cg:documentId "a" . }
`;
function datasetFile(text = dataset): string {
  const directory = mkdtempSync(join(tmpdir(), 'kg-push-'));
  writeFileSync(join(directory, 'g.trig'), text);
  return join(directory, 'g.trig');
}

describe('kg push', () => {
  it('replaces every graph, prints graph / sent / verified to stderr and never the password', async () => {
    const store = await fakeStore();
    const io = memoryIO({ env: { KG_USER: 'kg', KG_PASSWORD: 's3cret-pw' } });
    const code = await runCli(
      ['push', '--endpoint', `${store.url}/query`, '--data', datasetFile()],
      io,
    );
    expect(io.err).not.toContain('s3cret-pw');
    expect(code).toBe(0);
    expect(io.out).toBe('');
    expect(io.err).toMatch(/^https:\/\/w3id\.org\/claimgraph\/graph\/document\/a\s+2\s+2$/m);
    expect(io.err).toMatch(/^https:\/\/w3id\.org\/claimgraph\/graph\/metadata\s+1\s+1$/m);
    expect(io.err).toContain('2 graphs, 3 triples replaced and verified');
    expect(store.graphs.get('https://w3id.org/claimgraph/graph/document/a')!.size).toBe(2);
  });

  it('takes credentials from flags and an explicit --graph-store', async () => {
    const store = await fakeStore();
    const io = memoryIO();
    const argv = [
      'push',
      '-e',
      `${store.url}/sparql`,
      '--graph-store',
      `${store.url}/store`,
      '-d',
      datasetFile(),
      '-u',
      'kg',
      '-p',
      's3cret-pw',
    ];
    expect(await runCli(argv, io)).toBe(0);
    expect(io.err).not.toContain('s3cret-pw');
    expect(store.graphs.size).toBe(2);
  });

  it('fails with exit 1 and a clear message on a wrong password, printing neither password', async () => {
    const store = await fakeStore();
    const io = memoryIO({ env: { KG_USER: 'kg', KG_PASSWORD: 'wrong-pw' } });
    expect(
      await runCli(['push', '--endpoint', `${store.url}/query`, '--data', datasetFile()], io),
    ).toBe(1);
    expect(io.err).toMatch(
      /^kg push: claimgraph-store: PUT to http:\/\/127\.0\.0\.1:\d+\/store\?graph=\S+ was refused \(HTTP 401 Unauthorized\): check the user name and password/m,
    );
    expect(io.err).not.toMatch(/wrong-pw|s3cret-pw/);
    expect(store.graphs.size).toBe(0);
  });

  it('fails with exit 1 when the endpoint cannot be reached', async () => {
    const store = await fakeStore();
    await new Promise((resolve) => server!.close(resolve));
    server = undefined;
    const io = memoryIO();
    expect(
      await runCli(['push', '--endpoint', `${store.url}/query`, '--data', datasetFile()], io),
    ).toBe(1);
    expect(io.err).toMatch(
      /kg push: claimgraph-store: cannot reach http:\/\/127\.0\.0\.1:\d+\/store\?graph=.* \(ECONNREFUSED\)/,
    );
  });

  it('fails with exit 1 on a missing data file and exit 2 on a password without a user', async () => {
    const io = memoryIO();
    expect(
      await runCli(
        ['push', '--endpoint', 'http://127.0.0.1:1/query', '--data', '/nonexistent/g.trig'],
        io,
      ),
    ).toBe(1);
    expect(io.err).toContain('kg push: claimgraph-store: /nonexistent/g.trig: no such data file');
    const usage = memoryIO({ env: { KG_PASSWORD: 'pw' } });
    expect(await runCli(['push', '--endpoint', 'http://127.0.0.1:1/query'], usage)).toBe(2);
    expect(usage.err).toContain('a password was given without a user name');
    expect(usage.err).not.toContain('pw\n');
  });

  it('refuses a dataset with triples in the default graph', async () => {
    const io = memoryIO();
    const file = datasetFile('<urn:a> <urn:b> "c" .\n');
    expect(
      await runCli(['push', '--endpoint', 'http://127.0.0.1:1/query', '--data', file], io),
    ).toBe(1);
    expect(io.err).toContain('cannot push a triple in the default graph');
  });
});
