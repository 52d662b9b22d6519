import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppNotBuiltError, startViewerServer, type ViewerServer } from './server.js';

const DATASET = `@prefix cg: <https://w3id.org/claimgraph/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/claimgraph/graph/curated> {
  <https://w3id.org/claimgraph/id/actor/ada> a cg:Person ; rdfs:label "Ada Example" .
}
`;

let dir: string;
let appDir: string;
let dataFile: string;
let server: ViewerServer;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'viewer-server-'));
  appDir = join(dir, 'web');
  await mkdir(join(appDir, 'assets'), { recursive: true });
  await writeFile(join(appDir, 'index.html'), '<!doctype html><title>viewer</title>');
  await writeFile(join(appDir, 'assets', 'app-abc.js'), 'console.log(1)');
  await writeFile(join(dir, 'secret.txt'), 'outside the app');
  dataFile = join(dir, 'g.trig');
  await writeFile(dataFile, DATASET);
  server = await startViewerServer({ dataFile, appDir, port: 0 });
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

describe('viewer server', () => {
  it('listens on 127.0.0.1 and serves the app with a strict CSP', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await fetch(server.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const csp = page.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).toContain("style-src 'self';");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    const asset = await fetch(`${server.url}assets/app-abc.js`);
    expect(asset.headers.get('content-type')).toContain('text/javascript');
    expect(asset.headers.get('cache-control')).toContain('immutable');
  });

  it('serves the view model and the dataset', async () => {
    const view = (await (await fetch(`${server.url}api/view.json`)).json()) as { nodes: Array<{ label: string }> };
    expect(view.nodes.map((node) => node.label)).toEqual(['Ada Example']);
    const trig = await fetch(`${server.url}api/dataset.trig`);
    expect(trig.headers.get('content-type')).toContain('application/trig');
    expect(await trig.text()).toBe(DATASET);
  });

  it('compresses the view model and the dataset for clients that accept gzip', async () => {
    const { request } = await import('node:http');
    const { gunzipSync } = await import('node:zlib');
    const big = DATASET.replace('"Ada Example"', `"${'Ada Example '.repeat(200)}"`);
    await writeFile(dataFile, big);
    await utimes(dataFile, new Date(2029, 0, 1), new Date(2029, 0, 1));
    const answer = await new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
      request(`${server.url}api/dataset.trig`, { headers: { 'Accept-Encoding': 'gzip' } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ encoding: response.headers['content-encoding'], body: Buffer.concat(chunks) }));
      })
        .on('error', reject)
        .end();
    });
    expect(answer.encoding).toBe('gzip');
    expect(answer.body.length).toBeLessThan(Buffer.byteLength(big) / 4);
    expect(gunzipSync(answer.body).toString()).toBe(big);
    await writeFile(dataFile, DATASET);
    await utimes(dataFile, new Date(2029, 6, 1), new Date(2029, 6, 1));
  });

  it('never serves files outside the app folder and refuses other methods', async () => {
    expect((await fetch(`${server.url}..%2Fsecret.txt`)).status).toBe(404);
    expect((await fetch(`${server.url}assets/..%2F..%2Fsecret.txt`)).status).toBe(404);
    expect((await fetch(server.url, { method: 'POST' })).status).toBe(405);
  });

  it('answers with an error JSON naming the line when the dataset breaks while it runs', async () => {
    await writeFile(dataFile, DATASET.replace('"Ada Example" .', '"Ada Example" ; nope:x .'));
    await utimes(dataFile, new Date(2030, 0, 1), new Date(2030, 0, 1));
    const response = await fetch(`${server.url}api/view.json`);
    expect(response.status).toBe(500);
    const body = (await response.json()) as { error: { message: string; line: number } };
    expect(body.error.line).toBe(4);
    expect(body.error.message).toContain('is not valid TriG');
    expect((await fetch(`${server.url}api/dataset.trig`)).status).toBe(500);
  });

  it('refuses to start on a bad dataset unless told to show the error in the page', async () => {
    const missing = join(dir, 'missing.trig');
    await expect(startViewerServer({ dataFile: missing, appDir })).rejects.toThrow(/no dataset at/);
    const lenient = await startViewerServer({ dataFile: missing, appDir, requireValidData: false });
    try {
      const body = (await (await fetch(`${lenient.url}api/view.json`)).json()) as { error: { message: string } };
      expect(body.error.message).toMatch(/no dataset at .*missing\.trig/);
    } finally {
      await lenient.close();
    }
  });

  it('says which command builds the app when it is missing', async () => {
    await expect(startViewerServer({ dataFile, appDir: join(dir, 'nowhere') })).rejects.toThrow(AppNotBuiltError);
    await expect(startViewerServer({ dataFile, appDir: join(dir, 'nowhere') })).rejects.toThrow(/--filter @claimgraph\/viewer build/);
  });
});
