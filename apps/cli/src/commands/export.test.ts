import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalStore } from '@claimgraph/store';
import { isomorphic } from 'rdf-isomorphic';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { memoryIO } from '../io.js';
import { runCli } from '../program.js';
import { exportCommand } from './export.js';

vi.mock('./index.js', () => ({ commandDefinitions: [] }));

const EXAMPLE = new URL('../../../../ontology/examples/millbrook-library.trig', import.meta.url);

let directory: string;
const kg = async (...argv: string[]) => {
  const io = memoryIO({ cwd: directory });
  const code = await runCli(argv, io, [exportCommand]);
  return { code, out: io.out, err: io.err };
};

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'kg-export-'));
  await writeFile(join(directory, 'g.trig'), await readFile(EXAMPLE, 'utf8'));
  await writeFile(
    join(directory, 'blank.trig'),
    '<http://e/g> { <http://e/a> <http://e/p> [ <http://e/q> "x" ; <http://e/r> [ <http://e/q> "y" ] ] . }\n_:top <http://e/q> "z" .\n',
  );
});

describe('kg export', () => {
  it.each(['trig', 'nquads', 'jsonld'] as const)(
    'writes %s that reads back as the same dataset',
    async (format) => {
      const { code, out } = await kg('export', '--format', format, '--data', 'blank.trig');
      expect(code).toBe(0);
      const original = (await LocalStore.fromFile(join(directory, 'blank.trig'))).quads();
      expect(isomorphic(LocalStore.fromText(out, format).quads(), original)).toBe(true);
    },
  );

  it('writes Turtle with the ontology prefixes, the same bytes every time', async () => {
    const first = await kg('export', '-f', 'turtle', '-d', 'g.trig');
    const second = await kg('export', '-f', 'turtle', '-d', 'g.trig');
    expect(first.code).toBe(0);
    expect(first.out).toBe(second.out);
    expect(first.out).toMatch(/^@prefix cg: <https:\/\/w3id\.org\/claimgraph\/ontology#>\.$/m);
    expect(first.out).not.toMatch(/^<https:\/\/w3id\.org\/claimgraph\/graph\//m);
  });

  it('exports one named graph with --graph', async () => {
    const all = (await kg('export', '-f', 'nquads', '-d', 'g.trig')).out;
    const curated = (
      await kg('export', '-f', 'nquads', '-d', 'g.trig', '--graph', 'cggraph:curated')
    ).out;
    const lines = curated.trim().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    expect(
      lines.every((line) => line.endsWith(' <https://w3id.org/claimgraph/graph/curated> .')),
    ).toBe(true);
    expect(all.split('\n').length).toBeGreaterThan(lines.length);
    const missing = await kg(
      'export',
      '-f',
      'nquads',
      '-d',
      'g.trig',
      '--graph',
      'cggraph:nothing',
    );
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('no named graph');
  });

  it('writes --out atomically and leaves no temporary files', async () => {
    const { code, out, err } = await kg(
      'export',
      '-f',
      'trig',
      '-d',
      'g.trig',
      '--out',
      'copy.trig',
    );
    expect(code).toBe(0);
    expect(out).toBe('');
    expect(err).toContain('copy.trig');
    const written = await readFile(join(directory, 'copy.trig'), 'utf8');
    expect(
      isomorphic(
        LocalStore.fromText(written, 'trig').quads(),
        (await LocalStore.fromFile(join(directory, 'g.trig'))).quads(),
      ),
    ).toBe(true);
    expect((await readdir(directory)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('does not touch --out when the data is malformed', async () => {
    await writeFile(join(directory, 'broken.trig'), '<http://e/g> { <http://e/a> <http://e/b> . }');
    await writeFile(join(directory, 'keep.ttl'), 'previous contents');
    const { code, err } = await kg('export', '-f', 'turtle', '-d', 'broken.trig', '-o', 'keep.ttl');
    expect(code).toBe(1);
    expect(err).toMatch(/broken\.trig:1:\d+: invalid trig/);
    expect(await readFile(join(directory, 'keep.ttl'), 'utf8')).toBe('previous contents');
  });

  it.each([
    ['gexf', '<gexf'],
    ['graphml', '<graphml'],
  ])('writes %s through the projection', async (format, root) => {
    const { code, out } = await kg('export', '-f', format, '-d', 'g.trig');
    expect(code).toBe(0);
    expect(out).toContain(root);
    expect((await kg('export', '-f', format, '-d', 'g.trig')).out).toBe(out);
  });

  it('rejects an unknown format with exit 2', async () => {
    const { code, err } = await kg('export', '-f', 'rdfxml', '-d', 'g.trig');
    expect(code).toBe(2);
    expect(err).toContain(
      '--format must be one of turtle, trig, ntriples, nquads, jsonld, gexf, graphml',
    );
  });
});
