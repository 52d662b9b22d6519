import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import {
  createTermTable,
  indexQuads,
  internPredicate,
  internTerm,
  isBlankNode,
  replaceTerm,
  termNTriples,
} from './term-table.js';
import { XSD } from './terms.js';

const { quad, namedNode, blankNode, literal } = DataFactory;

describe('TermTable', () => {
  it('gives equal terms one index and different terms different ones', () => {
    const table = createTermTable();
    const iri = internTerm(table, namedNode('http://e/a'));
    expect(internTerm(table, namedNode('http://e/a'))).toBe(iri);
    expect(internTerm(table, literal('http://e/a'))).not.toBe(iri);
    expect(internTerm(table, blankNode('http://e/a'))).not.toBe(iri);
    const plain = internTerm(table, literal('a'));
    expect(internTerm(table, literal('a', namedNode(`${XSD}string`)))).toBe(plain);
    expect(internTerm(table, literal('a', 'en'))).not.toBe(plain);
    expect(internTerm(table, literal('a', namedNode(`${XSD}token`)))).not.toBe(plain);
    expect(table.terms).toHaveLength(6);
  });

  it('lists blank nodes for relabelling, but not a blank node used as a predicate', () => {
    const table = createTermTable();
    const subject = internTerm(table, blankNode('x'));
    const predicate = internPredicate(table, blankNode('x'));
    expect(predicate).not.toBe(subject);
    expect(table.blankNodes).toEqual([subject]);
    expect(isBlankNode(table, subject)).toBe(true);
    expect(isBlankNode(table, predicate)).toBe(false);
  });

  it('writes each term in N-Triples, and a replaced term with its new text', () => {
    const table = createTermTable();
    const text = internTerm(table, literal('say "hi"\n', 'en'));
    const node = internTerm(table, blankNode('n3-12'));
    expect(termNTriples(table, text)).toBe('"say \\"hi\\"\\n"@en');
    expect(termNTriples(table, node)).toBe('_:n3-12');
    replaceTerm(table, node, blankNode('b0'));
    expect(termNTriples(table, node)).toBe('_:b0');
  });
});

describe('indexQuads', () => {
  it('holds four term indices per quad, the graph being the default one when merged', () => {
    const quads = [
      quad(namedNode('http://e/s'), namedNode('http://e/p'), literal('x'), namedNode('http://e/g')),
      quad(namedNode('http://e/s'), namedNode('http://e/p'), literal('x')),
    ];
    const separate = indexQuads(quads, false);
    expect(separate.ids.length).toBe(8);
    expect(separate.ids.slice(0, 3)).toEqual(separate.ids.slice(4, 7));
    expect(separate.ids[3]).not.toBe(separate.ids[7]);
    const merged = indexQuads(quads, true);
    expect(merged.ids[3]).toBe(merged.ids[7]);
    expect(merged.table.terms[merged.ids[3]!]!.termType).toBe('DefaultGraph');
  });
});
