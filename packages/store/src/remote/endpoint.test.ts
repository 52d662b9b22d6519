import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DataFactory } from 'n3';
import { afterEach, describe, expect, it } from 'vitest';
import { RemoteEndpoint } from './endpoint.js';
import { RemoteStoreError } from './errors.js';

type Handler = (request: IncomingMessage, body: string, response: ServerResponse) => void;
let server: Server | undefined;

async function serve(handler: Handler): Promise<string> {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => handler(request, body, response));
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}/sparql`;
}

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = undefined;
});

async function failure(action: Promise<unknown>): Promise<RemoteStoreError> {
  const error = await action.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(RemoteStoreError);
  return error as RemoteStoreError;
}

describe('RemoteEndpoint', () => {
  it('POSTs the query form-encoded with the right Accept header and reads the JSON answer', async () => {
    const seen: Array<{ accept?: string; type?: string; query: string | null }> = [];
    const url = await serve((request, body, response) => {
      seen.push({
        accept: request.headers.accept,
        type: request.headers['content-type'],
        query: new URLSearchParams(body).get('query'),
      });
      response.setHeader('content-type', 'application/sparql-results+json; charset=utf-8');
      response.end(
        '{"head":{"vars":["n"]},"results":{"bindings":[{"n":{"type":"literal","value":"1"}}]}}',
      );
    });
    const endpoint = new RemoteEndpoint({ url });
    const result = await endpoint.query('SELECT ?n WHERE { ?s ?p ?n }', {
      bindings: { s: DataFactory.namedNode('urn:x') },
    });
    expect(result).toEqual({
      type: 'bindings',
      variables: ['n'],
      rows: [{ n: DataFactory.literal('1') }],
    });
    expect(seen[0]!.accept).toBe('application/sparql-results+json');
    expect(seen[0]!.type).toBe('application/x-www-form-urlencoded');
    expect(seen[0]!.query).toMatch(/VALUES \?s \{\s*<urn:x>\s*\}/);
  });

  it('asks for N-Triples for CONSTRUCT and parses the triples', async () => {
    const url = await serve((request, _body, response) => {
      expect(request.headers.accept).toContain('application/n-triples');
      response.setHeader('content-type', 'application/n-triples');
      response.end('<urn:a> <urn:b> "c"@en .\n');
    });
    const result = await new RemoteEndpoint({ url }).query('CONSTRUCT WHERE { ?s ?p ?o }');
    expect(result.type === 'quads' && result.quads.map((quad) => quad.object.value)).toEqual(['c']);
  });

  it('says "cannot reach" for a closed port, without the credentials in the URL', async () => {
    const url = await serve(() => undefined);
    server!.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const withCredentials = url.replace('http://', 'http://dba:topsecret@');
    const error = await failure(new RemoteEndpoint({ url: withCredentials }).query('ASK {}'));
    expect(error.kind).toBe('unreachable');
    expect(error.message).toMatch(
      /^claimgraph-store: cannot reach http:\/\/127\.0\.0\.1:\d+\/sparql \(ECONNREFUSED\)$/,
    );
    expect(error.message).not.toContain('topsecret');
  });

  it('reports an HTTP error with its status and the first line of the body', async () => {
    const url = await serve((_request, _body, response) => {
      response.statusCode = 400;
      response.setHeader('content-type', 'text/plain');
      response.end(
        "\nVirtuoso 37000 Error SP030: SPARQL compiler, line 1: syntax error at 'SELEC'\n\nSPARQL query:\nSELEC",
      );
    });
    const error = await failure(new RemoteEndpoint({ url }).query('SELEC ?x'));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(400);
    expect(error.message).toBe(
      `claimgraph-store: query to ${url} failed with HTTP 400 Bad Request: Virtuoso 37000 Error SP030: SPARQL compiler, line 1: syntax error at 'SELEC'`,
    );
  });

  it('refuses an answer that is not SPARQL (e.g. an HTML page)', async () => {
    const url = await serve((_request, _body, response) => {
      response.setHeader('content-type', 'text/html');
      response.end('<html><body><h1>Welcome to the conductor</h1></body></html>');
    });
    const error = await failure(new RemoteEndpoint({ url }).query('SELECT * WHERE { ?s ?p ?o }'));
    expect(error.kind).toBe('protocol');
    expect(error.message).toMatch(
      /did not answer with a SPARQL result \(got text\/html: Welcome to the conductor\); is this the SPARQL endpoint URL\?/,
    );
  });

  it('refuses an answer the server cut short (Virtuoso’s X-SPARQL-MaxRows)', async () => {
    const url = await serve((_request, _body, response) => {
      response.setHeader('content-type', 'application/sparql-results+json');
      response.setHeader('x-sparql-maxrows', '10000');
      response.end('{"head":{"vars":["s"]},"results":{"bindings":[]}}');
    });
    const error = await failure(new RemoteEndpoint({ url }).query('SELECT * WHERE { ?s ?p ?o }'));
    expect(error.kind).toBe('truncated');
    expect(error.message).toContain('cut the answer off at 10000 rows');
  });

  it('gives up after the timeout', async () => {
    const url = await serve(() => undefined);
    const started = Date.now();
    const error = await failure(
      new RemoteEndpoint({ url, timeoutMs: 5_000 }).query('ASK {}', { timeoutMs: 200 }),
    );
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe(`claimgraph-store: ${url} did not answer within 200 ms`);
    expect(Date.now() - started).toBeLessThan(4_000);
  });

  it('refuses SPARQL Update and describes itself without credentials', async () => {
    const endpoint = new RemoteEndpoint({ url: 'http://u:pw@127.0.0.1:9/sparql' });
    expect(endpoint.description).toBe('http://127.0.0.1:9/sparql');
    await expect(endpoint.query('INSERT DATA { <urn:a> <urn:b> <urn:c> }')).rejects.toThrow(
      /SPARQL Update is refused/,
    );
  });
});
