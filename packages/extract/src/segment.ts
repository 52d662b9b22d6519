/**
 * Segmentation: splits a body into paragraphs and sentences with offsets, and labels paragraphs as
 * headline, byline, dateline, caption, excerpt header ("June 20 Jane Roe tweet:"), boilerplate or
 * body. Paragraphs are blank-line separated blocks; a block whose lines each end a sentence (or are
 * short) is split into one paragraph per line, while hard-wrapped prose stays one paragraph.
 * Sentences end at . ! ? (plus closing quotes/brackets) unless the token is a known abbreviation
 * or an initial. Offsets are UTF-16 indices of the body.
 */
import { perLexicon, type Lexicon } from './lexicon.js';
import type { Paragraph, ParagraphKind, Sentence } from './types.js';

interface Block {
  start: number;
  end: number;
}

function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 160 ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0xfeff ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x3000
  );
}

function trimmedSpan(body: string, start: number, end: number): Block | undefined {
  let s = start;
  let e = end;
  while (s < e && isSpace(body.charCodeAt(s))) s++;
  while (e > s && isSpace(body.charCodeAt(e - 1))) e--;
  return s < e ? { start: s, end: e } : undefined;
}

function blocksOf(body: string): Block[] {
  const blocks: Block[] = [];
  const separator = /\n[ \t\r]*\n/g;
  let last = 0;
  for (let match = separator.exec(body); match; match = separator.exec(body)) {
    const span = trimmedSpan(body, last, match.index);
    if (span) blocks.push(span);
    last = match.index + match[0].length;
  }
  const tail = trimmedSpan(body, last, body.length);
  if (tail) blocks.push(tail);
  return blocks;
}

function linesOf(body: string, block: Block): Block[] {
  const lines: Block[] = [];
  let lineStart = block.start;
  for (let i = block.start; i <= block.end; i++) {
    if (i === block.end || body[i] === '\n') {
      const span = trimmedSpan(body, lineStart, i);
      if (span) lines.push(span);
      lineStart = i + 1;
    }
  }
  return lines;
}

/** A block is hard-wrapped prose when its lines (but the last) run long and end mid-sentence. */
function isHardWrapped(body: string, lines: Block[]): boolean {
  if (lines.length < 2) return false;
  const inner = lines.slice(0, -1);
  const midSentence = inner.filter(
    (line) => !/[.!?:"”’)\]]$/.test(body.slice(line.start, line.end)),
  ).length;
  const long = inner.filter((line) => line.end - line.start >= 40).length;
  return midSentence > inner.length / 2 && long === inner.length;
}

function paragraphSpans(body: string): Block[] {
  const spans: Block[] = [];
  for (const block of blocksOf(body)) {
    const lines = linesOf(body, block);
    if (isHardWrapped(body, lines)) spans.push(block);
    else spans.push(...lines);
  }
  return spans;
}

const CLOSERS = `"'”’»)]`;

/** Splits one paragraph into sentences. */
export function splitSentences(
  body: string,
  paragraph: Block,
  paragraphIndex: number,
  lexicon: Lexicon,
): Sentence[] {
  const sentences: Sentence[] = [];
  let start = paragraph.start;
  const text = body.slice(paragraph.start, paragraph.end);
  const boundary = /[.!?]+/g;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    let end = match.index + match[0].length;
    while (end < text.length && CLOSERS.includes(text[end] ?? '')) end++;
    const next = text.slice(end);
    const afterSpace = /^\s+(\S)/.exec(next);
    if (end < text.length && !afterSpace) continue;
    if (afterSpace) {
      const nextChar = afterSpace[1] ?? '';
      if (!/[\p{Lu}\d"“‘'([«—–-]/u.test(nextChar)) continue;
      if (match[0] === '.' && isAbbreviation(text, match.index, lexicon, nextChar)) continue;
    }
    const span = trimmedSpan(body, start, paragraph.start + end);
    if (span) sentences.push({ ...span, paragraphIndex });
    start = paragraph.start + end;
  }
  const tail = trimmedSpan(body, start, paragraph.end);
  if (tail) sentences.push({ ...tail, paragraphIndex });
  return sentences;
}

function isAbbreviation(
  text: string,
  dotIndex: number,
  lexicon: Lexicon,
  nextChar: string,
): boolean {
  const tokenMatch = /(\S+)$/.exec(text.slice(0, dotIndex));
  const token = (tokenMatch?.[1] ?? '').replace(/^[("“‘'[]+/, '');
  if (token === '') return false;
  const withDot = `${token.toLowerCase()}.`;
  if (/^\p{Lu}$/u.test(token)) return true;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(token)) return !/["“‘]/.test(nextChar);
  // "said no. 'The chief …'": "no." and "No." abbreviate "number" only before a number.
  if (withDot === 'no.' || withDot === 'nos.') return /\d/u.test(nextChar);
  return lexicon.abbreviations.has(withDot);
}

/**
 * The lexicon's fund-raising and contact phrases as whole words: "Donate today" is a footer, a
 * tent "donated by a stranger" is not.
 */
const boilerplatePhrase = perLexicon((lexicon) => {
  const phrases = lexicon.boilerplate
    .map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
});

/** The media the lexicon knows ("letter", "report", "ruling" …) plus words that announce an excerpt. */
const excerptMedium = perLexicon((lexicon) => {
  const nouns = [...Object.keys(lexicon.media), 'excerpts?', 'transcript', 'texts?', 'notes?']
    .map((noun) => noun.replace(/[.*+?^${}()|[\]\\]/g, (c) => (c === '?' ? c : `\\${c}`)))
    .sort((a, b) => b.length - a.length);
  return new RegExp(`\\b(?:${nouns.join('|')})s?\\b`, 'i');
});

/**
 * A longer paragraph ending in a colon introduces an excerpt when its last sentence names the
 * medium ("… drafted by Council counsel Jane Roe, can find it in full online. An excerpt follows:").
 */
function longHeader(text: string, lexicon: Lexicon): boolean {
  if (text.length > 400) return false;
  const boundaries = [...text.matchAll(/[.!?]["”’)]?\s+(?=\p{Lu})/gu)];
  const last = boundaries[boundaries.length - 1];
  const sentence = last ? text.slice((last.index ?? 0) + last[0].length) : text;
  return sentence.length <= 200 && excerptMedium(lexicon).test(sentence);
}

function classify(
  text: string,
  index: number,
  lexicon: Lexicon,
  title: string | undefined,
): { kind: ParagraphKind; rule: string } {
  if (
    index === 0 &&
    (title === undefined || normalise(text).includes(normalise(title)) || /^#{1,6}\s/.test(text)) &&
    text.length <= 250 &&
    !/^by\s/i.test(text)
  ) {
    return { kind: 'headline', rule: 'segment-first-line-headline' };
  }
  if (/^#{1,6}\s/.test(text)) return { kind: 'headline', rule: 'segment-markdown-heading' };
  if (text.length <= 80 && /^(?:by|written by)\s+\p{Lu}/iu.test(text))
    return { kind: 'byline', rule: 'segment-byline-by' };
  if (
    text.length <= 60 &&
    /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s+(?:\d{1,2}\s+\p{L}+\s+\d{4}|\p{L}+\.?\s+\d{1,2},\s+\d{4})$/u.test(
      text,
    )
  ) {
    return { kind: 'byline', rule: 'segment-byline-name-date' };
  }
  if (
    /^[A-Z][A-Z .'-]{2,}(?:,\s*[A-Z][\p{L}.]+(?:\s[A-Z][\p{L}.]+)?)?\s*(?:\([^)]{1,40}\))?\s*[—–]/u.test(
      text,
    )
  ) {
    return { kind: 'dateline', rule: 'segment-wire-dateline' };
  }
  if (
    /:$/.test(text) &&
    !/["“”]/.test(text) &&
    // "UPDATE (Sept. 24):" marks a later addition, not a document.
    !/^update[sd]?\b[^:]{0,40}:$/iu.test(text) &&
    (text.length <= 200 ? excerptMedium(lexicon).test(text) : longHeader(text, lexicon))
  ) {
    return { kind: 'excerpt-header', rule: 'segment-excerpt-header' };
  }
  if (boilerplatePhrase(lexicon).test(text) && !/["“]/.test(text)) {
    return { kind: 'boilerplate', rule: 'segment-boilerplate' };
  }
  if (
    /^(?:photo|image|caption)\b|\((?:photo|credit)[^)]*\)$|^[A-Z][A-Z .:-]+ - /i.test(text) ||
    (/^[A-Z][A-Z ]+:/.test(text) && text.includes(' - '))
  ) {
    return { kind: 'caption', rule: 'segment-caption' };
  }
  return { kind: 'body', rule: 'segment-paragraph' };
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Splits a body into labelled paragraphs with their sentences (UTF-16 offsets).
 * @example segment('Headline\n\nShe said so. He did not.', lexicon).map(p => p.kind) // ['headline', 'body']
 */
export function segment(
  body: string,
  lexicon: Lexicon,
  options: { title?: string } = {},
): Paragraph[] {
  return paragraphSpans(body).map((span, index) => {
    const text = body.slice(span.start, span.end);
    const { kind, rule } = classify(text, index, lexicon, options.title);
    return { ...span, index, kind, rule, sentences: splitSentences(body, span, index, lexicon) };
  });
}
