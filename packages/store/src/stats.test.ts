import { describe, expect, it } from 'vitest';
import { LocalStore } from './local-store.js';
import { DEFAULT_PREFIXES } from './prefixes.js';
import { datasetStats, formatStats } from './stats.js';

const quads = LocalStore.fromText(
  `@prefix ex: <http://example.org/> .
<urn:x> ex:p "default graph" .
ex:g1 { ex:a a ex:Person , ex:Agent ; ex:knows ex:b . ex:b a ex:Person . }
ex:g2 { ex:a a ex:Person . }
`,
  'trig',
).quads();

describe('datasetStats', () => {
  it('counts quads, distinct triples, graphs, class instances and property uses', () => {
    const stats = datasetStats(quads);
    expect(stats.quads).toBe(6);
    expect(stats.triples).toBe(5);
    expect(stats.graphs).toEqual([
      { graph: 'http://example.org/g1', triples: 4 },
      { graph: '', triples: 1 },
      { graph: 'http://example.org/g2', triples: 1 },
    ]);
    expect(stats.classes).toEqual([
      { class: 'http://example.org/Person', instances: 2 },
      { class: 'http://example.org/Agent', instances: 1 },
    ]);
    expect(stats.properties.map((row) => [row.property.replace(/.*[/#]/, ''), row.uses])).toEqual([
      ['type', 4],
      ['knows', 1],
      ['p', 1],
    ]);
  });

  it('names the default graph in the table', () => {
    expect(formatStats(datasetStats(quads), 'table', DEFAULT_PREFIXES)).toMatch(
      /^ {2}\(default graph\) +1$/m,
    );
  });
});
