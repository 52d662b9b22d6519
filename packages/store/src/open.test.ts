import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreError } from './errors.js';
import { LocalStore } from './local-store.js';
import { openSource } from './open.js';

describe('openSource', () => {
  it('opens a data file as a LocalStore', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'cg-open-')), 'g.nq');
    await writeFile(path, '<http://e/a> <http://e/b> "c" <http://e/g> .\n');
    const source = await openSource({ data: path });
    expect(source).toBeInstanceOf(LocalStore);
    expect(source.description).toBe(path);
    expect(await source.query('ASK { <http://e/a> ?p "c" }')).toEqual({
      type: 'boolean',
      value: true,
    });
    await source.close();
  });

  it('opens an endpoint as a remote source without showing its credentials', async () => {
    const source = await openSource({ endpoint: 'http://user:secret@localhost:1/sparql' });
    expect(source).not.toBeInstanceOf(LocalStore);
    expect(source.description).not.toContain('secret');
    await source.close();
  });

  it('fails clearly when the data file is missing', async () => {
    await expect(openSource({ data: '/nonexistent/claimgraph.trig' })).rejects.toThrow(StoreError);
  });
});
