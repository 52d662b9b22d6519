import type { ViewSpan } from '@claimgraph/projection';
import { describe, expect, it } from 'vitest';
import { codePointIndexTable, primarySpan, splitIntoPieces } from './text-spans.js';

const span = (start: number, end: number, nodeId = 'n', kind: ViewSpan['kind'] = 'report'): ViewSpan => ({ start, end, nodeId, kind });

describe('code point offsets', () => {
  it('maps code points to UTF-16 indices across astral characters', () => {
    expect([...codePointIndexTable('a😀b𝑥c')]).toEqual([0, 1, 3, 4, 6, 7]);
    expect([...codePointIndexTable('')]).toEqual([0]);
  });

  it('cuts the text exactly at code-point offsets after an emoji', () => {
    const text = 'Riverton 🌉 — "no curfew" said the mayor';
    const start = [...text.slice(0, text.indexOf('no curfew'))].length;
    const pieces = splitIntoPieces(text, [span(start, start + 'no curfew'.length, 'stmt')]);
    expect(pieces.map((piece) => piece.text)).toEqual(['Riverton 🌉 — "', 'no curfew', '" said the mayor']);
    expect(pieces[1]!.spans.map((s) => s.nodeId)).toEqual(['stmt']);
    expect(pieces[0]!.spans).toEqual([]);
    expect(pieces.map((piece) => piece.text).join('')).toBe(text);
  });

  it('splits overlapping spans so each piece carries every span covering it', () => {
    const pieces = splitIntoPieces('abcdef', [span(0, 4, 'quote'), span(2, 6, 'name', 'mention')]);
    expect(pieces.map((piece) => [piece.text, piece.spans.map((s) => s.nodeId)])).toEqual([
      ['ab', ['quote']],
      ['cd', ['quote', 'name']],
      ['ef', ['name']],
    ]);
  });

  it('ignores empty spans and spans outside the text', () => {
    const pieces = splitIntoPieces('abc', [span(1, 1), span(2, 9), span(-1, 2)]);
    expect(pieces).toEqual([{ text: 'abc', from: 0, spans: [] }]);
  });
});

describe('pieces against a plain definition', () => {
  it('gives every piece exactly the spans covering it, for many random overlapping spans', () => {
    let seed = 42;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const text = 'ab😀cd🌉ef gh ij kl mn 𝑥 op'.repeat(8);
    const length = [...text].length;
    const spans = Array.from({ length: 120 }, (_, i) => {
      const start = random(length);
      return span(start, Math.min(length, start + 1 + random(15)), `n${i}`);
    });
    const pieces = splitIntoPieces(text, spans);
    expect(pieces.map((piece) => piece.text).join('')).toBe(text);
    let codePoint = 0;
    for (const piece of pieces) {
      const end = codePoint + [...piece.text].length;
      const expected = spans.filter((s) => s.start <= codePoint && s.end >= end);
      expect(piece.spans).toEqual(expected);
      codePoint = end;
    }
  });
});

describe('primary span', () => {
  it('prefers the focused node, then reports over mentions, then the shortest', () => {
    const mention = span(0, 3, 'actor', 'mention');
    const longReport = span(0, 10, 'a', 'report');
    const shortReport = span(0, 5, 'b', 'report');
    expect(primarySpan([mention, longReport, shortReport], 'actor')).toBe(mention);
    expect(primarySpan([mention, longReport, shortReport], null)).toBe(shortReport);
    expect(primarySpan([], null)).toBeNull();
  });
});
