import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { ntriplesChunks } from './chunks.js';

const { namedNode, blankNode, literal, quad } = DataFactory;

describe('ntriplesChunks', () => {
  it('keeps a graph in one body when it fits, and gives one empty body for an empty graph', () => {
    const quads = [quad(namedNode('urn:a'), namedNode('urn:p'), literal('é'))];
    expect(ntriplesChunks(quads, 1_000)).toEqual([{ body: '<urn:a> <urn:p> "é" .\n', triples: 1 }]);
    expect(ntriplesChunks([], 1_000)).toEqual([{ body: '', triples: 0 }]);
  });

  it('splits by size but never separates triples connected through blank nodes', () => {
    const anchor = namedNode('urn:anchor');
    const quads = [
      quad(anchor, namedNode('urn:selector'), blankNode('s1')),
      quad(namedNode('urn:other'), namedNode('urn:p'), literal('x'.repeat(50))),
      quad(blankNode('s1'), namedNode('urn:refinedBy'), blankNode('s2')),
      quad(blankNode('s2'), namedNode('urn:start'), literal('5')),
    ];
    const chunks = ntriplesChunks(quads, 80);
    expect(chunks.reduce((sum, chunk) => sum + chunk.triples, 0)).toBe(4);
    const withBlank = chunks.filter((chunk) => chunk.body.includes('_:'));
    expect(withBlank).toHaveLength(1);
    expect(withBlank[0]!.triples).toBe(3);
  });
});
