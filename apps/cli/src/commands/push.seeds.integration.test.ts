/**
 * The seed graph on a real SPARQL store: `kg build` on data/, `kg push` to a private Virtuoso
 * (Debian's virtuoso-opensource, started on 127.0.0.1 for this test), then every competency query
 * through `kg query --endpoint` must give the same rows as the same query on the local file.
 * Skipped, with a message naming the package, when Virtuoso is not installed.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMPETENCY_QUERIES } from '@claimgraph/ontology';
import {
  startVirtuoso,
  virtuosoAvailable,
  virtuosoSkipMessage,
  type VirtuosoServer,
} from '@claimgraph/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryIO } from '../io.js';
import { runCli } from '../program.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const available = virtuosoAvailable();
if (!available) console.warn(virtuosoSkipMessage('kg push of the seed graph'));

interface JsonResults {
  head: { vars: string[] };
  results: { bindings: Array<Record<string, { type: string; value: string }>> };
}

/** Rows as sorted strings of values (numbers compared by value: stores differ on integer subtypes). */
function rowsOf(results: JsonResults): string[] {
  return results.results.bindings
    .map((row) =>
      results.head.vars
        .map((name) => {
          const term = row[name];
          if (!term) return `${name}=`;
          const value = /^-?\d+(\.\d+)?$/.test(term.value)
            ? String(Number(term.value))
            : term.value;
          return `${name}=${term.type === 'uri' ? '<' : ''}${value}`;
        })
        .join('\u0001'),
    )
    .sort();
}

describe.skipIf(!available)('kg push of the seed graph to Virtuoso', () => {
  let server: VirtuosoServer;
  let data: string;

  beforeAll(async () => {
    data = join(mkdtempSync(join(tmpdir(), 'kg-push-seeds-')), 'claimgraph.trig');
    const build = memoryIO({ cwd: root });
    expect(await runCli(['build', '--out', data, '--no-cache'], build), build.err).toBe(0);
    server = await startVirtuoso({ resultSetMaxRows: 100_000 });
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
  });

  it('pushes every graph and verifies its triple count', async () => {
    const io = memoryIO({ cwd: root, env: { KG_USER: server.user, KG_PASSWORD: server.password } });
    const code = await runCli(['push', '--data', data, '--endpoint', server.sparqlUrl], io);
    expect(code, io.err).toBe(0);
    for (const graph of ['curated', 'metadata', 'document/001_b6047d1f9e8a733a'])
      expect(io.err).toContain(graph);
  }, 120_000);

  it.each(COMPETENCY_QUERIES.map((query) => [query.name, query.text]))(
    'answers %s remotely with the same rows as locally',
    async (_name, text) => {
      const local = memoryIO({ cwd: root });
      expect(
        await runCli(['query', text, '--data', data, '--format', 'json'], local),
        local.err,
      ).toBe(0);
      const remote = memoryIO({ cwd: root });
      const code = await runCli(
        ['query', text, '--endpoint', server.sparqlUrl, '--format', 'json'],
        remote,
      );
      expect(code, remote.err).toBe(0);
      const localRows = rowsOf(JSON.parse(local.out) as JsonResults);
      expect(localRows.length).toBeGreaterThan(0);
      expect(rowsOf(JSON.parse(remote.out) as JsonResults)).toEqual(localRows);
    },
    60_000,
  );
});
