import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatasetCache, DatasetError, loadDataset, viewCachePath } from './dataset.js';

const DATASET = `@prefix cg: <https://w3id.org/claimgraph/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/claimgraph/graph/curated> {
  <https://w3id.org/claimgraph/id/actor/ada> a cg:Person ; rdfs:label "Ada Example" .
}
`;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'viewer-dataset-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('loading the dataset', () => {
  it('projects a TriG file onto the view model', async () => {
    const file = join(dir, 'g.trig');
    await writeFile(file, DATASET);
    const loaded = await loadDataset(file);
    expect(loaded.trig).toBe(DATASET);
    expect(JSON.parse(loaded.viewJson).nodes.map((n: { label: string }) => n.label)).toEqual(['Ada Example']);
    expect(loaded.counts).toMatchObject({ nodes: 1, quads: 2 });
  });

  it('uses a precomputed view beside the dataset only when it is newer', async () => {
    const file = join(dir, 'g.trig');
    await writeFile(file, DATASET);
    const cached = JSON.stringify({ nodes: [{ id: 'x', label: 'From cache' }], edges: [] });
    await writeFile(viewCachePath(file), cached);
    await utimes(file, new Date(2000, 0, 1), new Date(2000, 0, 1));
    expect((await loadDataset(file)).viewJson).toBe(cached);
    await utimes(viewCachePath(file), new Date(1999, 0, 1), new Date(1999, 0, 1));
    expect((await loadDataset(file)).viewJson).not.toBe(cached);
  });

  it('says where a syntax error is', async () => {
    const file = join(dir, 'bad.trig');
    await writeFile(file, '@prefix ex: <http://example.org/> .\n\nex:a ex:b ex:c ;; ex:d .\n');
    const error = await loadDataset(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).location.line).toBe(3);
    expect((error as DatasetError).message).toMatch(/bad\.trig is not valid TriG \(line 3/);
    expect((error as DatasetError).toJSON().error).toMatchObject({ line: 3, file });
  });

  it('rejects a missing file, an empty dataset and one without claimgraph classes', async () => {
    await expect(loadDataset(join(dir, 'none.trig'))).rejects.toThrow(/no dataset at .*none\.trig/);
    await writeFile(join(dir, 'empty.trig'), '');
    await expect(loadDataset(join(dir, 'empty.trig'))).rejects.toThrow(/holds no RDF statements/);
    await writeFile(join(dir, 'other.trig'), '<http://e/a> <http://e/b> <http://e/c> .');
    await expect(loadDataset(join(dir, 'other.trig'))).rejects.toThrow(/none of the claimgraph classes/);
  });

  it('reloads when the file changes and reports when it breaks', async () => {
    const file = join(dir, 'g.trig');
    await writeFile(file, DATASET);
    const cache = new DatasetCache(file);
    const first = await cache.current();
    expect(await cache.current()).toBe(first);
    await writeFile(file, DATASET.replace('Ada Example', 'Ada Renamed'));
    await utimes(file, new Date(2030, 0, 1), new Date(2030, 0, 1));
    expect((await cache.current()).viewJson).toContain('Ada Renamed');
    await writeFile(file, 'not turtle at all');
    await utimes(file, new Date(2031, 0, 1), new Date(2031, 0, 1));
    await expect(cache.current()).rejects.toBeInstanceOf(DatasetError);
  });
});
