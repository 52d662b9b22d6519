import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { memoryIO } from '../io.js';
import { runCli } from '../program.js';
import { statsCommand } from './stats.js';

vi.mock('./index.js', () => ({ commandDefinitions: [] }));

const DATA = `@prefix cg: <https://w3id.org/claimgraph/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/claimgraph/graph/curated> { <urn:a> a cg:Person ; rdfs:label "A" . <urn:b> a cg:Person . }
<https://w3id.org/claimgraph/graph/metadata> { <urn:a> a cg:Person . <urn:c> a cg:Article ; rdfs:label "C" . }
`;

let directory: string;
const kg = async (...argv: string[]) => {
  const io = memoryIO({ cwd: directory });
  const code = await runCli(argv, io, [statsCommand]);
  return { code, out: io.out, err: io.err };
};

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'kg-stats-'));
  await writeFile(join(directory, 'g.trig'), DATA);
});

describe('kg stats', () => {
  it('counts quads, distinct triples, graphs, classes and properties as JSON', async () => {
    const { code, out } = await kg('stats', '-d', 'g.trig', '-f', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({
      quads: 6,
      triples: 5,
      graphs: [
        { graph: 'https://w3id.org/claimgraph/graph/curated', triples: 3 },
        { graph: 'https://w3id.org/claimgraph/graph/metadata', triples: 3 },
      ],
      classes: [
        { class: 'https://w3id.org/claimgraph/ontology#Person', instances: 2 },
        { class: 'https://w3id.org/claimgraph/ontology#Article', instances: 1 },
      ],
      properties: [
        { property: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type', uses: 4 },
        { property: 'http://www.w3.org/2000/01/rdf-schema#label', uses: 2 },
      ],
    });
  });

  it('prints a table with prefixed names', async () => {
    const { out } = await kg('stats', '-d', 'g.trig');
    expect(out).toContain('quads    6\ntriples  5');
    expect(out).toMatch(/^ {2}cggraph:curated {2,}3$/m);
    expect(out).toMatch(/^ {2}cg:Person {2,}2$/m);
    expect(out).toMatch(/^ {2}rdf:type {2,}4$/m);
  });

  it('fails clearly on a missing file', async () => {
    const { code, err } = await kg('stats', '-d', 'none.nq');
    expect(code).toBe(1);
    expect(err).toContain('none.nq: no such data file');
  });
});
