import { describe, expect, it } from 'vitest';
import { findQuotes } from './quotes.js';
import { segment } from './segment.js';
import { defaultLexicon } from './lexicon.js';

function quotesOf(body: string): { texts: string[]; warnings: string[] } {
  const paragraphs = segment(body, defaultLexicon(), { title: 'none' });
  const found = findQuotes(body, paragraphs);
  return {
    texts: found.quotes.map((q) => body.slice(q.start, q.end)),
    warnings: found.warnings.map((w) => w.code),
  };
}

describe('findQuotes', () => {
  it('keeps double-quoted partial quotations when one paragraph is quoted in single marks', () => {
    expect(
      quotesOf(
        'The memo says it would be made "by software, without supervisor input."\n\nThe judge called it "well-established authority in this circuit."\n\n\'This is not a decision we made lightly,\' the letter says.',
      ).texts,
    ).toEqual([
      'by software, without supervisor input.',
      'well-established authority in this circuit.',
      'This is not a decision we made lightly',
    ]);
  });
  it('pairs straight and curly marks, strips the trailing comma and keeps nested single quotes', () => {
    expect(quotesOf('"One thing," she said. “Another ‘nested’ thing.”').texts).toEqual([
      'One thing',
      'Another ‘nested’ thing.',
    ]);
  });
  it('finds single-quoted words that hold an apostrophe, in an article quoted with double marks', () => {
    expect(
      quotesOf(
        '"We agreed," she said.\n\n\u2018We\u2019ve been here before\u2019\n\nIt called the fare a \u2018tax on people who can\u2019t work from home\u2019 and left.',
      ).texts,
    ).toEqual([
      'We agreed',
      'We\u2019ve been here before',
      'tax on people who can\u2019t work from home',
    ]);
  });
  it('reads marks by context, so wrong-way curly quotes still pair', () => {
    expect(quotesOf('He asked. ”Where now?” Roe said.').texts).toEqual(['Where now?']);
    expect(quotesOf('said after the meeting."I promise."').texts).toEqual(['I promise.']);
  });
  it('accepts doubled apostrophes and top-level single-quoted sentences', () => {
    expect(
      quotesOf("''Nobody called,'' Amadi said. 'It would cost more to fix it.'").texts,
    ).toEqual(['Nobody called', 'It would cost more to fix it.']);
  });
  it('reads single marks as the primary marks in British-style text, keeping apostrophes', () => {
    const body =
      "'My son's room is damp,' said Ann Lee. 'We've reported it.'\n\nThe council called it 'simply untrue'.";
    expect(quotesOf(body).texts).toEqual([
      "My son's room is damp",
      "We've reported it.",
      'simply untrue',
    ]);
  });

  it('continues a quotation across paragraphs when the paragraph has no closing mark', () => {
    const result = quotesOf('"First part of the quote.\n\n"Second part," she said.');
    expect(result.texts).toEqual(['First part of the quote.', 'Second part']);
    expect(result.warnings).toEqual([]);
  });
  it('warns about an unbalanced mark and still extracts the rest', () => {
    const result = quotesOf('"Never closed, she said.\n\nA new paragraph. "Closed one," he said.');
    expect(result.warnings).toEqual(['unbalanced-quote']);
    expect(result.texts).toContain('Closed one');
  });

  it('reads a plural possessive inside British single quotation marks as an apostrophe', () => {
    const text =
      '‘My brother sleeps on a mat,’ she said. ‘They talk about the guards’ children. What about his children?’ And the ‘spokesperson’ said no.';
    const found = findQuotes(text, [
      { index: 0, start: 0, end: text.length, kind: 'body', sentences: [], rule: '' },
    ]).quotes.map((q) => text.slice(q.start, q.end));
    expect(found).toContain('They talk about the guards’ children. What about his children?');
  });
  it('reads a plural possessive as an apostrophe in a quotation that runs on into the next paragraph', () => {
    const first =
      "'Our blitz will now go ahead at Killeavy Park, thanks to neighbours at a few hours' notice. We are grateful.";
    const text = `${first}\n\n'We will be back on our own pitch soon.'`;
    const found = findQuotes(text, [
      { index: 0, start: 0, end: first.length, kind: 'body', sentences: [], rule: '' },
      {
        index: 1,
        start: first.length + 2,
        end: text.length,
        kind: 'body',
        sentences: [],
        rule: '',
      },
    ]).quotes.map((q) => text.slice(q.start, q.end));
    expect(found[0]).toBe(first.slice(1));
  });
});
