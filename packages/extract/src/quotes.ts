/**
 * Quotation finding: locates the spans between quotation marks paragraph by paragraph. Straight,
 * curly and doubled-apostrophe ('') marks are read by context rather than by glyph (a mark after a
 * space opens, a mark before a space or punctuation closes, otherwise the current state decides),
 * so mixed or wrong-way curly quotes still pair up. Single quotes count only at top level when they
 * clearly delimit a quotation; inside double quotes they are nested quotes and stay part of the text.
 * A paragraph that ends inside a quotation continues it when the next paragraph opens with a mark
 * (the multi-paragraph convention); otherwise an `unbalanced-quote` warning is raised and the text up
 * to the paragraph end is kept with a lower confidence. Offsets are UTF-16 indices.
 */
import type { Paragraph } from './types.js';

/** A quotation as found, before attribution. */
export interface RawQuote {
  /** Content span, without the marks and without a trailing comma. */
  start: number;
  end: number;
  /** Span including the marks (end = after the closing mark, or the paragraph end). */
  outerStart: number;
  outerEnd: number;
  paragraphIndex: number;
  closed: boolean;
  /** The quotation continues in the next paragraph (no closing mark, next paragraph opens one). */
  continuesInNext: boolean;
  /** The quotation continues one from the previous paragraph. */
  continuesFromPrevious: boolean;
  marks: 'double' | 'single' | 'none';
}

/** A problem found while pairing marks. */
export interface QuoteWarning {
  code: 'unbalanced-quote' | 'stray-closing-quote';
  offset: number;
  message: string;
}

const DOUBLE = /''|["“”„‟«»]/g;
const OPEN_CONTEXT = /[\s([{—–\-/]/u;
const CLOSE_CONTEXT = /[\s.,;:!?)\]}—–\-/…]/u;

type Role = 'open' | 'close' | 'either';

function roleOf(text: string, index: number, length: number): Role {
  const before = index === 0 ? ' ' : (text[index - 1] ?? ' ');
  const after = index + length >= text.length ? ' ' : (text[index + length] ?? ' ');
  const canOpen = OPEN_CONTEXT.test(before) && !/\s/.test(after);
  const canClose = !/\s/.test(before) && CLOSE_CONTEXT.test(after);
  if (canOpen && !canClose) return 'open';
  if (canClose && !canOpen) return 'close';
  return 'either';
}

function contentSpan(
  text: string,
  offset: number,
  start: number,
  end: number,
): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /[\s,]/.test(text[e - 1] ?? '')) e--;
  return { start: offset + s, end: offset + e };
}

interface Pair {
  open: number;
  openLength: number;
  close: number | undefined;
  closeLength: number;
}

function pairDoubleMarks(text: string, warnings: QuoteWarning[], offset: number): Pair[] {
  const pairs: Pair[] = [];
  let current: Pair | undefined;
  DOUBLE.lastIndex = 0;
  for (let match = DOUBLE.exec(text); match; match = DOUBLE.exec(text)) {
    const role = roleOf(text, match.index, match[0].length);
    if (!current) {
      if (role === 'close') {
        warnings.push({
          code: 'stray-closing-quote',
          offset: offset + match.index,
          message: 'closing quotation mark without an opening one',
        });
        continue;
      }
      current = {
        open: match.index,
        openLength: match[0].length,
        close: undefined,
        closeLength: 0,
      };
      continue;
    }
    if (role === 'open' && match.index > current.open + current.openLength) {
      // An opening mark while a quotation is open: the previous one was never closed.
      warnings.push({
        code: 'unbalanced-quote',
        offset: offset + current.open,
        message: 'quotation mark opened and not closed before the next opening mark',
      });
      pairs.push(current);
      current = {
        open: match.index,
        openLength: match[0].length,
        close: undefined,
        closeLength: 0,
      };
      continue;
    }
    current.close = match.index;
    current.closeLength = match[0].length;
    pairs.push(current);
    current = undefined;
  }
  if (current) pairs.push(current);
  return pairs;
}

/** A headline, or a standfirst or crosshead written like one: short, with no full stop at its end. */
function headlineLike(kind: string, text: string): boolean {
  if (kind === 'headline') return true;
  const trimmed = text.trim();
  return kind === 'body' && trimmed.length <= 200 && !/[.!?…]['’"”]?$/u.test(trimmed);
}

/** Top-level single-quoted quotations: ‘…’ or '…' opening after a space/start and closing after punctuation. */
function singleQuotePairs(text: string, taken: Array<[number, number]>, headline = false): Pair[] {
  const pairs: Pair[] = [];
  if (!/(?:^|[\s(—–.!?,;:])['‘]\S/u.test(text)) return pairs;
  // (an apostrophe between letters may stand inside: "‘We’re fed up’")
  const pattern =
    /(^|[\s(—–]|[.!?,;:])(['‘])(?=\S)((?:[^'‘’\n]|(?<=\p{L})['’](?=\p{L})|(?<=(?:^|\s)a)['’](?=\s\p{L}))*?[^\s'‘’])(['’])(?=$|[\s.,;:!?)—–])/gu;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const open = match.index + (match[1] ?? '').length;
    const content = match[3] ?? '';
    const close = open + 1 + content.length;
    if (taken.some(([s, e]) => open >= s && open < e)) continue;
    const words = content.trim().split(/\s+/).length;
    const sentenceLike = /[.!?,]$/.test(content) && words >= 3;
    const shortTerm = words <= 3 && !/[.!?,]$/.test(content);
    // "‘No such order exists’" as a crosshead: the whole paragraph in single marks.
    const wholeParagraph = text.trim() === match[0].slice((match[1] ?? '').length).trim();
    // A curly opening mark is never an apostrophe: "that ‘any death in our care is reviewed’ and".
    const curlyOpening = match[2] === '‘';
    // A headline drops its full stops: "Mayor on calls: 'I have never told officers to ignore a call'".
    const headlineWords = headline && words >= 2;
    if (!sentenceLike && !shortTerm && !wholeParagraph && !curlyOpening && !headlineWords) continue;
    pairs.push({ open, openLength: 1, close, closeLength: 1 });
  }
  return pairs;
}

/**
 * Single quotation marks as the primary marks (British style): paired by context like double marks,
 * but a mark with letters on both sides is an apostrophe ("son's") and never opens or closes.
 */
function pairSingleMarks(text: string): Pair[] {
  const pairs: Pair[] = [];
  let current: Pair | undefined;
  const pattern = /['‘’]/gu;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const before = match.index === 0 ? ' ' : (text[match.index - 1] ?? ' ');
    const after = match.index + 1 >= text.length ? ' ' : (text[match.index + 1] ?? ' ');
    if (/\p{L}/u.test(before) && /\p{L}/u.test(after)) continue;
    if (elidedArticle(text, match.index)) continue;
    // "‘They talk about the guards’ children. What about his children?’": after a plural "s" and
    // before a lower-case word, a mark followed by another closing mark before any opening one is
    // a possessive apostrophe.
    // … and so is one in a quotation that opens the paragraph and closes nowhere in it ("'… at a
    // few hours' notice. …", running on into the next paragraph).
    if (
      current &&
      before === 's' &&
      /^\s\p{Ll}/u.test(text.slice(match.index + 1, match.index + 3))
    )
      if (
        closesLater(text, match.index + 1) ||
        (/^\s*$/u.test(text.slice(0, current.open)) && !closesAnywhereAfter(text, match.index + 1))
      )
        continue;
    const role = roleOf(text, match.index, 1);
    if (!current) {
      if (role === 'open')
        current = { open: match.index, openLength: 1, close: undefined, closeLength: 0 };
      continue;
    }
    if (role === 'close' || (role === 'either' && !/\p{L}/u.test(after))) {
      current.close = match.index;
      current.closeLength = 1;
      pairs.push(current);
      current = undefined;
    }
  }
  if (current) pairs.push(current);
  return pairs;
}

/**
 * The Gaelic article elided to "a’" ("Cùm a’ Ghàidhlig", "Iain Mac a’ Phì"): a mark right after a
 * lone lower-case "a" and before a word is an apostrophe — no English quotation ends on "a".
 */
function elidedArticle(text: string, at: number): boolean {
  return (
    text[at - 1] === 'a' &&
    /^(?:|\s)$/u.test(text[at - 2] ?? '') &&
    /^\s\p{L}/u.test(text.slice(at + 1, at + 3))
  );
}

/** The roles of the single marks after `from` that are no apostrophes (between letters, or "a’"). */
function* markRolesAfter(text: string, from: number): Generator<Role> {
  const pattern = /['‘’]/gu;
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const before = text[match.index - 1] ?? ' ';
    const after = text[match.index + 1] ?? ' ';
    if ((/\p{L}/u.test(before) && /\p{L}/u.test(after)) || elidedArticle(text, match.index))
      continue;
    yield roleOf(text, match.index, 1);
  }
}

/** Whether any mark after `from` can close a quotation. */
function closesAnywhereAfter(text: string, from: number): boolean {
  for (const role of markRolesAfter(text, from)) if (role !== 'open') return true;
  return false;
}

/** Whether a closing single mark comes after `from` before any opening one. */
function closesLater(text: string, from: number): boolean {
  for (const role of markRolesAfter(text, from)) {
    if (role === 'open') return false;
    if (role === 'close') return true;
  }
  return false;
}

/**
 * True when a text uses single quotation marks as its primary marks (British style): more
 * quotations open with a single mark before a capital than with a double one. Double marks are
 * then nested quotations (‘Residents were promised “a better service”,’ she said).
 */
function singleMarksArePrimary(body: string): boolean {
  const singles = body.match(/(?:^|[\s(—–:])['‘]\p{Lu}/gmu)?.length ?? 0;
  if (singles === 0) return false;
  // A double mark before a lower-case word counts too when no single mark opened before it in its
  // paragraph: a partial quotation ("described it as "well-established authority"") is no nested one.
  let doubles = 0;
  for (const line of body.split('\n'))
    for (const match of line.matchAll(/(?:^|[\s(—–:])(?:["“„«]|'')(\p{L})/gu))
      if (
        /\p{Lu}/u.test(match[1] ?? '') ||
        !/(?:^|[\s(—–:])['‘]\p{L}/u.test(line.slice(0, match.index))
      )
        doubles++;
  return singles > doubles;
}

/**
 * Finds quotations in every paragraph.
 * @example findQuotes('He said "yes, indeed."', [{ index: 0, start: 0, end: 22, kind: 'body', sentences: [], rule: '' }]).quotes[0]
 */
export function findQuotes(
  body: string,
  paragraphs: Paragraph[],
): { quotes: RawQuote[]; warnings: QuoteWarning[] } {
  const quotes: RawQuote[] = [];
  const warnings: QuoteWarning[] = [];
  let carryFromPrevious = false;
  const singlePrimary = singleMarksArePrimary(body);
  for (let p = 0; p < paragraphs.length; p++) {
    const paragraph = paragraphs[p] as Paragraph;
    const text = body.slice(paragraph.start, paragraph.end);
    const paragraphWarnings: QuoteWarning[] = [];
    const pairs = singlePrimary ? [] : pairDoubleMarks(text, paragraphWarnings, paragraph.start);
    const taken = pairs.map((pair): [number, number] => [
      pair.open,
      (pair.close ?? text.length) + pair.closeLength,
    ]);
    const singles = (
      singlePrimary
        ? pairSingleMarks(text)
        : singleQuotePairs(text, taken, headlineLike(paragraph.kind, text))
    ).map((pair) => ({ ...pair, single: true }));
    const all = [...pairs.map((pair) => ({ ...pair, single: false })), ...singles].sort(
      (a, b) => a.open - b.open,
    );
    const next = paragraphs[p + 1];
    const nextOpensQuote =
      next !== undefined &&
      (singlePrimary ? /^\s*['‘]\p{L}/u : /^\s*(?:''|["“”„«])/u).test(
        body.slice(next.start, next.start + 3),
      );
    let continuing = false;
    for (let i = 0; i < all.length; i++) {
      const pair = all[i] as Pair & { single: boolean };
      const closed = pair.close !== undefined;
      const isLast = i === all.length - 1;
      const continuesInNext = !closed && isLast && nextOpensQuote;
      if (!closed && !continuesInNext) {
        if (!paragraphWarnings.some((w) => w.offset === paragraph.start + pair.open)) {
          paragraphWarnings.push({
            code: 'unbalanced-quote',
            offset: paragraph.start + pair.open,
            message: 'quotation mark opened and not closed in its paragraph',
          });
        }
      }
      const contentEnd = pair.close ?? text.length;
      const span = contentSpan(text, paragraph.start, pair.open + pair.openLength, contentEnd);
      if (span.end <= span.start) continue;
      quotes.push({
        ...span,
        outerStart: paragraph.start + pair.open,
        outerEnd:
          paragraph.start +
          (pair.close !== undefined ? pair.close + pair.closeLength : text.length),
        paragraphIndex: paragraph.index,
        closed,
        continuesInNext,
        continuesFromPrevious: i === 0 && carryFromPrevious && pair.open <= 1,
        marks: pair.single ? 'single' : 'double',
      });
      if (continuesInNext) continuing = true;
    }
    carryFromPrevious = continuing;
    warnings.push(...paragraphWarnings);
  }
  return {
    quotes: quotes.sort((a, b) => a.start - b.start),
    warnings: warnings.sort((a, b) => a.offset - b.offset),
  };
}
