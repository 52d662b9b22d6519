import type { Term } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { rankTerms } from './term-ranks.js';
import { compareTerms, XSD } from './terms.js';

const { namedNode, blankNode, literal, defaultGraph, quad } = DataFactory;

const terms: Term[] = [
  literal('b'),
  namedNode('http://e/b'),
  blankNode('z'),
  literal('10', namedNode(`${XSD}integer`)),
  defaultGraph(),
  literal('b', 'en'),
  namedNode('http://e/a'),
  blankNode('a'),
  literal('10', namedNode(`${XSD}decimal`)),
  quad(namedNode('http://e/a'), namedNode('http://e/p'), literal('x')),
  literal('b'),
];

describe('rankTerms', () => {
  it('ranks terms as compareTerms orders them, equal terms alike', () => {
    const { ranks } = rankTerms(terms);
    terms.forEach((a, first) =>
      terms.forEach((b, second) =>
        expect(Math.sign(ranks[first]! - ranks[second]!)).toBe(Math.sign(compareTerms(a, b))),
      ),
    );
    expect(ranks[0]).toBe(ranks[10]);
  });

  it('keeps each value (copied when all are ASCII) and ranks the same either way', () => {
    for (const extra of ['plain', 'café', '😀']) {
      const list = [...terms, namedNode(`http://e/${extra}`), literal(extra)];
      const { ranks, values } = rankTerms(list);
      list.forEach((term, index) => {
        if (term.termType === 'NamedNode' || term.termType === 'Literal') {
          expect(values[index]).toBe(term.value);
        }
        list.forEach((other, second) =>
          expect(Math.sign(ranks[index]! - ranks[second]!)).toBe(
            Math.sign(compareTerms(term, other)),
          ),
        );
      });
    }
  });

  it('reads the datatype of literals without a language', () => {
    const { datatypes } = rankTerms(terms);
    expect(datatypes[0]).toBe(`${XSD}string`);
    expect(datatypes[3]).toBe(`${XSD}integer`);
    expect(datatypes[5]).toBeUndefined();
    expect(datatypes[1]).toBeUndefined();
  });

  it('ranks blank nodes again after relabelling, within their own block', () => {
    const table = [...terms];
    const termRanks = rankTerms(table);
    const before = Array.from(termRanks.ranks);
    expect(before[7]!).toBeLessThan(before[2]!);
    table[7] = blankNode('y');
    table[2] = blankNode('b');
    termRanks.rankBlankNodesAgain();
    const after = Array.from(termRanks.ranks);
    expect(after[2]!).toBeLessThan(after[7]!);
    expect([after[2], after[7]].sort()).toEqual([before[2], before[7]].sort());
    terms.forEach((_term, index) => {
      if (index !== 2 && index !== 7) expect(after[index]).toBe(before[index]);
    });
  });

  it('can leave blank nodes unranked until they are ranked by their final labels', () => {
    const unranked = rankTerms(terms, false);
    const full = rankTerms(terms);
    expect(unranked.ranks[2]).toBe(unranked.ranks[7]);
    terms.forEach((term, index) => {
      if (term.termType !== 'BlankNode') expect(unranked.ranks[index]).toBe(full.ranks[index]);
    });
    unranked.rankBlankNodesAgain();
    expect(Array.from(unranked.ranks)).toEqual(Array.from(full.ranks));
  });
});
