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
