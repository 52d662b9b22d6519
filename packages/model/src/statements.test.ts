import { describe, expect, it } from 'vitest';
import {
  clusterQuotes,
  commonSubsequenceLength,
  matchTokens,
  type QuoteOccurrence,
} from './statements.js';

const q = (id: string, text: string, speakerKey: string | null = 'person:a'): QuoteOccurrence => ({
  id,
  text,
  speakerKey,
  confidence: 0.9,
});

describe('matchTokens', () => {
  it('folds case, punctuation, curly marks, contractions and [insertions]', () => {
    expect(matchTokens('If [the agents] are looking, they’re looking in the wrong place.')).toEqual(
      'if are looking they are looking in the wrong place'.split(' '),
    );
    expect(matchTokens("We don't")).toEqual(['we', 'do', 'not']);
  });
});

describe('commonSubsequenceLength', () => {
  it('counts tokens matched in order', () => {
    expect(commonSubsequenceLength(['a', 'b', 'c', 'd'], ['a', 'x', 'c', 'd'])).toBe(3);
    expect(commonSubsequenceLength([], ['a'])).toBe(0);
  });
});

describe('clusterQuotes', () => {
  it('merges the same long quote reported with different punctuation and speakers unknown in one report', () => {
    const letter =
      'Your current policy forbidding city agencies from assisting employees is a violation of the Constitution’s Equal Protection Clause';
    const clusters = clusterQuotes([
      q('a/1', letter, 'org:union'),
      q('b/1', letter.replace('’', "'").replace('Your', 'your'), null),
      q('c/1', 'Something else entirely that was said by the same person today', 'org:union'),
    ]);
    expect(clusters).toEqual([['a/1', 'b/1'], ['c/1']]);
  });

  it('merges a partial quote into the full statement of the same speaker', () => {
    const clusters = clusterQuotes([
      q(
        'a/1',
        'I do not want the police to be engaged or sucked into a conflict with an agency that is on the wrong track',
      ),
      q('b/1', 'on the wrong track'),
    ]);
    expect(clusters).toEqual([['a/1', 'b/1']]);
  });

  it('keeps a short fragment apart when the speakers differ', () => {
    const clusters = clusterQuotes([
      q(
        'a/1',
        'I do not want the police to be engaged or sucked into a conflict with an agency that is on the wrong track',
        'person:a',
      ),
      q('b/1', 'on the wrong track', 'person:b'),
    ]);
    expect(clusters).toHaveLength(2);
  });

  it('does not merge different sentences that share a few words', () => {
    const clusters = clusterQuotes([
      q('a/1', 'We will respond to calls for assistance if your officers are assaulted'),
      q(
        'b/1',
        'We will not respond to calls from the building after midnight under any circumstances',
      ),
    ]);
    expect(clusters).toHaveLength(2);
  });

  it('does not depend on the order of the input', () => {
    const input = [
      q('b/1', 'alpha beta gamma delta epsilon'),
      q('a/1', 'alpha beta gamma delta epsilon zeta'),
      q('c/1', 'other words here now'),
    ];
    expect(clusterQuotes(input)).toEqual(clusterQuotes([...input].reverse()));
  });
});

describe('clusterQuotes at scale', () => {
  it('groups a quote repeated by many articles without comparing every pair', () => {
    const repeated = Array.from({ length: 3000 }, (_, i) =>
      q(
        `d${String(i).padStart(4, '0')}/1`,
        'We cannot accept a decision that puts our members at risk and ignores every warning',
        'org:union',
      ),
    );
    const distinct = Array.from({ length: 3000 }, (_, i) =>
      q(
        `e${String(i).padStart(4, '0')}/1`,
        `Quote number ${i} says something of its own about item ${i * 7}`,
        `person:p${i}`,
      ),
    );
    const clusters = clusterQuotes([...repeated, ...distinct]);
    expect(clusters).toHaveLength(3001);
    expect(clusters.find((c) => c.length === 3000)).toBeDefined();
  });

  it('never merges identical short words said by different people', () => {
    expect(
      clusterQuotes([
        q('a/1', 'No comment', 'person:a'),
        q('b/1', 'No comment', 'person:b'),
        q('c/1', 'No comment', 'person:a'),
      ]),
    ).toEqual([['a/1', 'c/1'], ['b/1']]);
  });
});
