import { DataFactory } from 'n3';
import { isomorphic } from 'rdf-isomorphic';
import { describe, expect, it } from 'vitest';
import { relabelBlankNodes } from './blank-nodes.js';

const { quad, namedNode, blankNode, literal } = DataFactory;
const p = namedNode('http://e/p');
const q = namedNode('http://e/q');

function dataset(first: string, second: string) {
  return [
    quad(namedNode('http://e/a'), p, blankNode(first)),
    quad(blankNode(first), q, literal('one')),
    quad(namedNode('http://e/a'), p, blankNode(second)),
    quad(blankNode(second), q, literal('two')),
  ];
}

describe('relabelBlankNodes', () => {
  it('gives the same labels whatever the parser called the blank nodes', () => {
    const one = relabelBlankNodes(dataset('x', 'y')).map(String);
    const other = relabelBlankNodes(dataset('n3-77', 'b0_z')).map(String);
    expect(other).toEqual(one);
  });

  it('does not depend on the order of the quads', () => {
    const forward = relabelBlankNodes(dataset('x', 'y'));
    const backward = relabelBlankNodes([...dataset('x', 'y')].reverse());
    expect(new Set(backward.map((item) => `${item.subject.value} ${item.object.value}`))).toEqual(
      new Set(forward.map((item) => `${item.subject.value} ${item.object.value}`)),
    );
  });

  it('orders blank nodes by what they are linked to, not by their labels', () => {
    const labelOf = (quads: ReturnType<typeof dataset>, text: string) =>
      relabelBlankNodes(quads).find((item) => item.object.value === text)?.subject.value;
    for (const [first, second] of [
      ['x', 'y'],
      ['y', 'x'],
    ] as const) {
      expect(labelOf(dataset(first, second), 'one')).toBe('b0');
      expect(labelOf(dataset(first, second), 'two')).toBe('b1');
    }
  });

  it('gives the same labels when quads are repeated', () => {
    const quads = dataset('x', 'y');
    const once = relabelBlankNodes(quads).map(String);
    // The second blank node's quads twice, and in front: copies change neither its key nor ties.
    const repeated = relabelBlankNodes([quads[3]!, quads[2]!, ...quads, quads[3]!]).map(String);
    expect(new Set(repeated)).toEqual(new Set(once));
  });

  it('keeps the dataset isomorphic and distinct blank nodes distinct', () => {
    const original = dataset('x', 'y');
    const relabelled = relabelBlankNodes(original);
    expect(isomorphic(relabelled, original)).toBe(true);
    expect(
      new Set(
        relabelled
          .filter((item) => item.subject.termType === 'BlankNode')
          .map((item) => item.subject.value),
      ).size,
    ).toBe(2);
  });
});
