/**
 * Reading a document: validates the raw input (empty, binary, invalid UTF-8, oversized), splits off
 * optional YAML front matter (`---` … `---`) and derives the metadata — from the front matter when it
 * has a field, otherwise from the body. The first line is the headline. The header lines below it
 * give the author, outlet and date: bylines in their many forms ("By Jane Roe and John Doe | Outlet |
 * date", "Outlet / By Jane Roe", "Posted by Jane Roe on …", "Author:", a name alone beside the
 * outlet or a date), masthead and stamp lines, wire datelines ("SALEM, Ore. (AP) —") and date lines
 * ("Tue 4 Mar 2025 18.42 GMT"); job lines ("Staff writer") and section labels ("Exclusive") are
 * never outlets. Failing those, the footer (copyright, the outlet describing itself, a tagline, the
 * reporter's beat, a press release's notes, a closing "Published" line) and then the text naming
 * its own outlet ("told the Advertiser", widened to the longest form the article writes). Every
 * metadata value records the rule that found it. Offsets in the result are code points. Word lists
 * come from `lexicon/mastheads.json`.
 */
import { readFileSync } from 'node:fs';
import { parseDocument as parseYaml } from 'yaml';
import { ExtractError } from './errors.js';
import { findDates, formatIsoDate, parseIsoDate } from './dates.js';
import { defaultLexicon, type Lexicon } from './lexicon.js';
import { ECLIPSIS_PREFIX } from './mentions.js';
import { codePointConverter, lineColumnAt } from './offsets.js';
import type { DateMention, DocumentMetadata, MetadataField, ParsedDocument } from './types.js';

/** Largest accepted document, in bytes (UTF-8) or UTF-16 units for strings. */
export const MAX_DOCUMENT_SIZE = 20 * 1024 * 1024;

/** Options of {@link parseDocument}. */
export interface ParseOptions {
  lexicon?: Lexicon;
}

function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

function checkRawText(fileName: string, text: string): void {
  if (text.length > MAX_DOCUMENT_SIZE) {
    throw new ExtractError(
      'too-large',
      fileName,
      1,
      1,
      `document is ${text.length} characters, more than the ${MAX_DOCUMENT_SIZE} limit (20 MB)`,
    );
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const { line, column } = lineColumnAt(text, nul);
    throw new ExtractError(
      'binary',
      fileName,
      line,
      column,
      'binary content (NUL byte): not a text document',
    );
  }
  const replacement = text.indexOf('\uFFFD');
  if (replacement >= 0) {
    const { line, column } = lineColumnAt(text, replacement);
    throw new ExtractError(
      'invalid-utf8',
      fileName,
      line,
      column,
      'invalid UTF-8 (U+FFFD replacement character): re-encode the file as UTF-8',
    );
  }
  if (text.trim() === '') throw new ExtractError('empty', fileName, 1, 1, 'empty document');
}

/**
 * Decodes raw bytes as strict UTF-8 and parses the document. Invalid UTF-8 is rejected with the
 * line and column of the first bad byte.
 * @example decodeDocument('a.txt', new TextEncoder().encode('Headline\n\nBody.')).metadata.title?.value // 'Headline'
 */
export function decodeDocument(
  fileName: string,
  bytes: Uint8Array,
  options: ParseOptions = {},
): ParsedDocument {
  if (bytes.length > MAX_DOCUMENT_SIZE) {
    throw new ExtractError(
      'too-large',
      fileName,
      1,
      1,
      `document is ${bytes.length} bytes, more than the ${MAX_DOCUMENT_SIZE} limit (20 MB)`,
    );
  }
  const badByte = firstInvalidUtf8Byte(bytes);
  if (badByte >= 0) {
    const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, badByte));
    const { line, column } = lineColumnAt(prefix, prefix.length);
    throw new ExtractError(
      'invalid-utf8',
      fileName,
      line,
      column,
      `invalid UTF-8 at byte offset ${badByte}`,
    );
  }
  return parseDocument(fileName, new TextDecoder('utf-8').decode(bytes), options);
}

/** Returns the offset of the first byte that is not part of a valid UTF-8 sequence, or -1. */
function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i] ?? 0;
    let length: number;
    let min: number;
    if (byte < 0x80) {
      i++;
      continue;
    } else if (byte >= 0xc2 && byte <= 0xdf) {
      length = 2;
      min = 0x80;
    } else if (byte >= 0xe0 && byte <= 0xef) {
      length = 3;
      min = 0x800;
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      length = 4;
      min = 0x10000;
    } else return i;
    if (i + length > bytes.length) return i;
    let codePoint = byte & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k] ?? 0;
      if ((next & 0xc0) !== 0x80) return i;
      codePoint = (codePoint << 6) | (next & 0x3f);
    }
    if (codePoint < min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff))
      return i;
    i += length;
  }
  return -1;
}

interface FrontMatterSplit {
  frontMatter: Record<string, unknown> | null;
  body: string;
  bodyStartLine: number;
}

function splitFrontMatter(fileName: string, text: string): FrontMatterSplit {
  if (!/^---[ \t]*\r?\n/.test(text)) return { frontMatter: null, body: text, bodyStartLine: 1 };
  const open = text.indexOf('\n') + 1;
  const close = /^---[ \t]*$/m;
  close.lastIndex = 0;
  const rest = text.slice(open);
  const match = close.exec(rest);
  if (!match)
    throw new ExtractError(
      'front-matter-unclosed',
      fileName,
      1,
      1,
      'front matter opened with --- is never closed',
    );
  const yamlText = rest.slice(0, match.index);
  const yamlDocument = parseYaml(yamlText, { prettyErrors: true });
  const error = yamlDocument.errors[0];
  if (error) {
    const position = error.linePos?.[0] ?? { line: 1, col: 1 };
    const firstLine = error.message.split('\n')[0] ?? error.message;
    throw new ExtractError(
      'front-matter-syntax',
      fileName,
      position.line + 1,
      position.col,
      `front matter YAML: ${firstLine}`,
    );
  }
  const value: unknown = yamlDocument.toJS();
  if (value !== null && (typeof value !== 'object' || Array.isArray(value))) {
    throw new ExtractError(
      'front-matter-not-a-map',
      fileName,
      2,
      1,
      'front matter must be a YAML mapping of keys to values',
    );
  }
  let bodyStart = open + match.index + match[0].length;
  if (text[bodyStart] === '\r') bodyStart++;
  if (text[bodyStart] === '\n') bodyStart++;
  const bodyStartLine = lineColumnAt(text, bodyStart).line;
  return {
    frontMatter: (value ?? {}) as Record<string, unknown>,
    body: text.slice(bodyStart),
    bodyStartLine,
  };
}

function frontMatterString(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return String(value);
  return undefined;
}

const KNOWN_KEYS = ['title', 'outlet', 'author', 'published', 'language'] as const;

function metadataFromFrontMatter(frontMatter: Record<string, unknown>): {
  metadata: DocumentMetadata;
  explicitNull: Set<string>;
} {
  const metadata: DocumentMetadata = { extra: {} };
  const explicitNull = new Set<string>();
  for (const key of Object.keys(frontMatter).sort()) {
    const raw = frontMatter[key];
    if ((KNOWN_KEYS as readonly string[]).includes(key)) {
      if (raw === null) {
        explicitNull.add(key);
        continue;
      }
      let value = frontMatterString(raw);
      if (value === undefined) continue;
      if (key === 'published') {
        const date = parseIsoDate(value);
        if (!date) continue;
        value = formatIsoDate(date);
      }
      metadata[key as (typeof KNOWN_KEYS)[number]] = { value, rule: 'front-matter', confidence: 1 };
    } else {
      metadata.extra[key] = raw instanceof Date ? raw.toISOString().slice(0, 10) : raw;
    }
  }
  return { metadata, explicitNull };
}

/** The masthead word lists of `lexicon/mastheads.json`, lower case. */
interface Mastheads {
  newspaperWords: Set<string>;
  newspaperFirstWords: Set<string>;
  bylineRoles: Set<string>;
  sectionLabels: Set<string>;
  footerWords: string[];
}

let mastheadCache: Mastheads | undefined;

function mastheads(): Mastheads {
  if (mastheadCache) return mastheadCache;
  const raw = JSON.parse(
    readFileSync(new URL('../lexicon/mastheads.json', import.meta.url), 'utf8'),
  ) as Record<
    'newspaperWords' | 'newspaperFirstWords' | 'bylineRoles' | 'sectionLabels' | 'footerWords',
    string[]
  >;
  const lower = (words: string[]) => new Set(words.map((word) => word.toLowerCase()));
  mastheadCache = {
    newspaperWords: lower(raw.newspaperWords),
    newspaperFirstWords: lower(raw.newspaperFirstWords),
    bylineRoles: lower(raw.bylineRoles),
    sectionLabels: lower(raw.sectionLabels),
    footerWords: raw.footerWords.map((word) => word.toLowerCase()),
  };
  return mastheadCache;
}

/** One word of a person's name as a byline writes it: "Anh", "O'Brien", "J.", "ECHEVERRI-BLAIN". */
const NAME_WORD = String.raw`(?!(?:AND|BY)\b)[\p{Lu}][\p{L}'’.-]*`;
// (… and Welsh, Irish and Gaelic particles and eclipsed surnames: "Tomos ap Iorwerth", "Niall Mac
// an t-Saoir", "Ruairí Ó hAodha".)
const PERSON = String.raw`${NAME_WORD}(?:\s+(?:(?:de|del|da|di|van|von|der|den|le|la|du|bin|al|ap|ab|an|na|nan|a’|a')\s+)?(?:${NAME_WORD}|${ECLIPSIS_PREFIX}[\p{Lu}][\p{Ll}'’-]*)){0,3}`;
/** "Jane Roe", "Jane Roe and John Doe", "Jane Roe, John Doe & Ann Poe". */
const AUTHORS = new RegExp(
  String.raw`^(${PERSON}(?:(?:,\s*${PERSON})*,?\s+(?:and|AND|&)\s+${PERSON})?)`,
  'u',
);
/** What opens a byline: "By", "Story by", "Posted by", "Author:", "Words:". */
const BYLINE_PREFIX =
  /^(?:(?:(?:story|words|reporting|text|report|written|posted|compiled)\s+)?by:?|author:|byline:|words:|text:|(?:posted|published)\s[^|]{0,60}?\sby|[^|]{0,30}?\d{4}\s+by)\s+/iu;
const NAME_THEN_DATE =
  /^(?:By\s+)?([A-Z][\p{L}'’.-]+(?:\s+[A-Z][\p{L}'’.-]+){1,3})\s+(\d{1,2}\s+\p{L}+\.?\s+\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4})$/u;
const DATELINE =
  /^([A-Z][A-Z .'-]{2,}(?:,\s*[A-Z][\p{L}.]+(?:\s(?:[A-Z][\p{L}.]+|\d{1,2}))?)?)\s*(?:\(([^)]{1,40})\))?\s*[—–-]{1,2}\s*/u;
/**
 * A wire dateline with its date: "KETTERING FORD, Iowa, July 17, 2025 (Meridian Newswire) -",
 * "SHIRASAGI, Japan, Nov. 14, 2025 (Kaiyo) --", "PORT ALDEN, Aug. 19, 2025 —".
 */
const DATED_DATELINE =
  /^[A-Z][A-Z .'/-]{2,}(?:,\s*[A-Z][\p{L}.]+(?:\s[A-Z][\p{L}.]+)?){0,2},\s*((?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})|(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}))\s*(?:\(([^)]{1,40})\))?\s*[—–-]{1,2}\s/u;
/**
 * "Ludwigsfeld, 10 February 2025", "Harlowe Gazette, Thursday 16 January 2025", "Sarimulya ●
 * Thu, August 28, 2025", "KALYANPURI, April 3, 2025": a short name (a place or the outlet) then the
 * day, and nothing else but a time.
 */
const NAME_BEFORE_DATE =
  /^\s*[\p{Lu}][\p{L}'’.-]*(?:[\s/]+[\p{Lu}][\p{L}'’.-]*){0,4}\s*[,●•|—–-]\s*(?:\p{L}+day,?\s*|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s*)?$/iu;
/** Separators between the parts of a masthead line ("Outlet | By Jane Roe | May 8, 2025"). */
const PART_SEPARATOR = /\s*[|·•]\s*|\s+\/\s+/gu;
const STAMP_WORD = /^(?:first\s+)?(?:published|posted|updated|last\s+updated)\b/iu;

interface LineInfo {
  text: string;
  start: number;
  end: number;
}

interface Part {
  text: string;
  start: number;
}

function firstLines(body: string, count: number): LineInfo[] {
  const lines: LineInfo[] = [];
  const pattern = /[^\n]*/g;
  for (let match = pattern.exec(body); match && lines.length < count; match = pattern.exec(body)) {
    const raw = match[0].replace(/\r$/, '');
    if (raw.trim() !== '') {
      const leading = raw.length - raw.trimStart().length;
      lines.push({
        text: raw.trim(),
        start: match.index + leading,
        end: match.index + leading + raw.trim().length,
      });
    }
    pattern.lastIndex = match.index + match[0].length + 1;
    if (pattern.lastIndex > body.length) break;
  }
  return lines;
}

/** The last `count` non-empty lines of the body, in order. */
function lastLines(body: string, count: number): LineInfo[] {
  const lines: LineInfo[] = [];
  let end = body.length;
  while (end > 0 && lines.length < count) {
    const start = body.lastIndexOf('\n', end - 1) + 1;
    const raw = body.slice(start, end).replace(/\r$/, '');
    if (raw.trim() !== '') {
      const leading = raw.length - raw.trimStart().length;
      lines.unshift({
        text: raw.trim(),
        start: start + leading,
        end: start + leading + raw.trim().length,
      });
    }
    end = start - 1;
  }
  return lines;
}

/** Splits a masthead line into its parts, with their offsets. */
function splitParts(line: LineInfo): Part[] {
  const parts: Part[] = [];
  let at = 0;
  for (const separator of line.text.matchAll(PART_SEPARATOR)) {
    parts.push({ text: line.text.slice(at, separator.index), start: line.start + at });
    at = separator.index + separator[0].length;
  }
  parts.push({ text: line.text.slice(at), start: line.start + at });
  return parts.filter((part) => part.text.trim() !== '');
}

function setIfMissing(
  metadata: DocumentMetadata,
  explicitNull: Set<string>,
  key: 'title' | 'outlet' | 'author' | 'published',
  field: MetadataField,
): void {
  if (metadata[key] || explicitNull.has(key)) return;
  metadata[key] = field;
}

/** A field read from `text` written at `start` (its value `text` itself unless given). */
function fieldAt(
  text: string,
  start: number,
  rule: string,
  confidence: number,
  value = text,
): MetadataField {
  return { value, rule, confidence, start, end: start + text.length };
}

/** "HOUSTON, March 4 (Reuters) -": the agency in a dateline's brackets is the outlet. */
function setDatelineAgency(
  metadata: DocumentMetadata,
  explicitNull: Set<string>,
  line: { text: string; start: number },
  written: string,
): void {
  const agency = written.trim();
  if (!agency) return;
  const agencyStart = line.start + line.text.indexOf(agency);
  setIfMissing(
    metadata,
    explicitNull,
    'outlet',
    fieldAt(agency, agencyStart, 'dateline-agency', 0.7),
  );
}

/** Records the publication date found at `offset + date.start`, unless one is already known. */
function setPublished(
  metadata: DocumentMetadata,
  explicitNull: Set<string>,
  date: DateMention | undefined,
  offset: number,
  rule: string,
  confidence: number,
): void {
  if (!date?.iso) return;
  setIfMissing(metadata, explicitNull, 'published', {
    value: date.iso,
    rule,
    confidence,
    start: offset + date.start,
    end: offset + date.end,
  });
}

/** The first calendar day in a piece of header or footer text. */
function firstDay(text: string, lexicon: Lexicon): DateMention | undefined {
  return datesIn(text, lexicon).find((date) => date.iso && date.precision === 'day');
}

/** "TOMAS ECHEVERRI-BLAIN" → "Tomas Echeverri-Blain"; a name with lower-case letters stays as written. */
function nameCase(name: string): string {
  if (/\p{Ll}/u.test(name.replace(/\band\b/gu, ''))) return name;
  return name
    .toLowerCase()
    .replace(
      /(^|[\s'’-])(\p{Ll})/gu,
      (_, before: string, letter: string) => before + letter.toUpperCase(),
    )
    .replace(/ And /gu, ' and ');
}

/** Words of a phrase, hyphenated parts included ("Herald-Dispatch" → herald, dispatch), lower case. */
function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[\s-]+/u)
    .map((word) => word.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, ''))
    .filter(Boolean);
}

function hasNewspaperWord(text: string): boolean {
  const words = mastheads().newspaperWords;
  return wordsOf(text).some((word) => words.has(word));
}

/** "Staff writer", "Chief Reporter", "Courier-Ledger staff writers": a reporter's job, not an outlet. */
function isRoleLine(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  const last = (words[words.length - 1] ?? '').toLowerCase().replace(/[.,]$/, '');
  return !/^the\s/iu.test(text) && words.length <= 6 && mastheads().bylineRoles.has(last);
}

function isSectionLabel(text: string): boolean {
  return mastheads().sectionLabels.has(text.trim().toLowerCase().replace(/[:.]$/, ''));
}

/** Whether a line holds nothing but `date` and stamp words, times and time zones. */
function onlyDateIn(text: string, date: { start: number; end: number }): boolean {
  const rest = `${text.slice(0, date.start)} ${text.slice(date.end)}`
    .replace(/\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\b\.?)?/giu, '')
    .replace(/\b\d{1,2}\s*[ap]\.?m\b\.?/giu, '')
    .replace(/\b(?:[A-Z]{1,4}T|GMT|UTC)(?:[+-]\d{1,2})?\b/gu, '')
    .replace(/\b\d+\s+(?:hours?|minutes?|days?)\s+ago\b|\bpage\s+\d+\b|@/giu, '')
    .replace(
      /\b(?:first|last|updated|published|posted|on|at)\b|\b\p{L}+day\b|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b\.?/giu,
      '',
    );
  return rest.replace(/[\s,.|•·:—–/-]/gu, '') === '';
}

/**
 * The dates in a piece of header text. Metadata needs calendar dates, which always have a digit,
 * so text without one is not searched (the date pattern is costly on every header line).
 */
function datesIn(text: string, lexicon: Lexicon): DateMention[] {
  return /\d/u.test(text) ? findDates(text, lexicon) : [];
}

/** The publication date a line (or part of one) consists of: "Tue 4 Mar 2025 18.42 GMT". */
function soleDate(text: string, lexicon: Lexicon): DateMention | undefined {
  // A stamp is short; a paragraph of running text is never a date line.
  if (text.length > 120) return undefined;
  const dates = datesIn(text, lexicon).filter((date) => date.iso && date.precision === 'day');
  const date = dates[0];
  if (!date) return undefined;
  if (dates.length === 1 && onlyDateIn(text, date)) return date;
  // "Mar 4, 2025 Updated Mar 5, 2025 6:02 p.m.": the first date, then the stamp of an update.
  const update = /^\W*(?:last\s+)?(?:updated|modified)\b/iu.exec(text.slice(date.end));
  return update && onlyDateIn(text.slice(0, date.end), date) ? date : undefined;
}

/** A capitalised phrase that can name an outlet: "The Tallgrass Observer", "KRVN 8 News". */
function looksLikeOutlet(text: string, lexicon: Lexicon): boolean {
  const trimmed = text.trim();
  // "RAJAPURAM" alone on a line is a dateline's place; a call sign ("KMRV") or a known wire
  // ("REUTERS") is an outlet.
  const placeInCapitals =
    /^\p{Lu}{6,}$/u.test(trimmed) &&
    !lexicon.newsOrganizations.has(trimmed.toLowerCase()) &&
    !hasNewspaperWord(trimmed);
  return (
    !placeInCapitals &&
    /^(?:The\s+)?(?:[\p{Lu}\d][\p{L}\d'’&.-]*\s*){1,6}$/u.test(trimmed) &&
    !isRoleLine(trimmed) &&
    !isSectionLabel(trimmed) &&
    !STAMP_WORD.test(trimmed) &&
    !/\bcomments?\b/iu.test(trimmed) &&
    !datesIn(trimmed, lexicon).some((date) => date.iso)
  );
}

interface Byline {
  /** The author or authors as written ("Jane Roe and John Doe"); none in "By The Associated Press". */
  authors?: string;
  start: number;
  /** The other parts of the line: outlet, date, job. */
  parts: Part[];
}

/**
 * "Jane Roe Staff Writer" → "Jane Roe": a job title ("Reporter", "Staff Writer", "Chief Reporter")
 * written after the names without a comma, as long as the last name keeps two words.
 */
function withoutRole(names: string): string {
  const roles = mastheads().bylineRoles;
  const words = names.split(/\s+/u);
  const role = (word: string | undefined) => roles.has((word ?? '').toLowerCase());
  if (!role(words[words.length - 1])) return names;
  const cut = role(words[words.length - 2]) ? 2 : 1;
  const kept = words.slice(0, -cut).join(' ');
  const lastName = kept.split(/,|\band\b|&/iu).pop() ?? '';
  return lastName.trim().split(/\s+/u).length >= 2 ? kept : names;
}

/**
 * Reads a byline — "By Jane Roe", "Story by Jane Roe | The Observer | May 8, 2025", "Outlet / By Jane
 * Roe and John Doe", "Posted by Jane Roe on September 18, 2025 | 14 Comments", "Author: Jane Roe".
 */
function readByline(line: LineInfo, lexicon: Lexicon): Byline | undefined {
  const parts = splitParts(line);
  for (const [index, part] of parts.entries()) {
    const prefix = BYLINE_PREFIX.exec(part.text);
    if (!prefix) continue;
    const afterPrefix = part.text.slice(prefix[0].length);
    const start = part.start + prefix[0].length;
    const others = parts.filter((_, other) => other !== index);
    // "By The Associated Press": an outlet, no author.
    const outlet = afterPrefix.replace(/\.$/u, '');
    if (
      lexicon.newsOrganizations.has(outlet.toLowerCase()) ||
      (/^The\s/u.test(outlet) && hasNewspaperWord(outlet) && looksLikeOutlet(outlet, lexicon))
    )
      return { start, parts: [...others, { text: outlet, start }] };
    const names = AUTHORS.exec(afterPrefix);
    if (!names?.[1]) continue;
    const firstWord = (names[1].split(/\s+/u)[0] ?? '').toLowerCase();
    if (lexicon.nonNameWords.has(firstWord) || lexicon.months[firstWord] !== undefined) continue;
    // "JANE ROE and TOM LEE Associated Press": capitals name the people, the rest is the outlet.
    const capitals =
      /^(?:[\p{Lu}'’.-]{2,}\s+(?:(?:and|AND|&)\s+)?)*[\p{Lu}'’.-]{2,}(?=\s+[\p{Lu}][\p{Ll}])/u.exec(
        names[1],
      );
    const authors = withoutRole((capitals?.[0] ?? names[1]).replace(/[,.]$/, ''));
    const rest = afterPrefix.slice(authors.length);
    const restStart = start + authors.length;
    // What follows the names: "on <date>", ", <outlet, job or date>", "for the <outlet>",
    // "(<outlet>)", or "in <place>", which is dropped.
    const tail =
      /^(\s+on\s+|\s*[,—–-]\s*(?=[\p{Lu}\d])|\s+for\s+(?:the\s+(?=\p{Lu}))?|\s*\(|\s+(?=\p{Lu}))(.*?)\)?\s*$/u.exec(
        rest,
      );
    if (tail?.[1] && tail[2]) others.push({ text: tail[2], start: restStart + tail[1].length });
    else if (!/^(?:[.,]?\s*|\s+(?:in|at|from)\s+\p{Lu}.*|\s+\d+\s+comments?)$/iu.test(rest))
      continue;
    return { authors, start, parts: others.sort((a, b) => a.start - b.start) };
  }
  return undefined;
}

/**
 * "Jane Roe" alone on a line, or "Jane Roe, Local government correspondent": the name of a person
 * (two to four capitalised words that are no organisation, place, title or newspaper word).
 */
function personLine(text: string, lexicon: Lexicon): { name: string; role: boolean } | undefined {
  const separated = new RegExp(String.raw`^(${PERSON})(?:\s*(?:,|\||·|•|—|–)\s*(.+))?$`, 'u').exec(
    text,
  );
  let name = separated?.[1];
  let role = separated?.[2];
  // "Peter Walker Political correspondent": the job follows a two- or three-word name, no comma.
  const all = text.split(/\s+/u);
  for (let count = 2; count <= 3 && role === undefined; count++) {
    const rest = all.slice(count).join(' ');
    if (rest && isRoleLine(rest)) [name, role] = [all.slice(0, count).join(' '), rest];
  }
  if (!name || !/\p{Ll}/u.test(name)) return undefined;
  if (role !== undefined && !isRoleLine(role)) return undefined;
  const words = name.split(/\s+/u);
  const first = (words[0] ?? '').toLowerCase();
  if (words.length < 2 || words.length > 4 || first === 'the') return undefined;
  if (
    lexicon.nonNameWords.has(first) ||
    lexicon.titles.preNominal[first] !== undefined ||
    lexicon.placeFirstWords.has(first) ||
    hasNewspaperWord(name) ||
    wordsOf(name).some(
      (word) =>
        lexicon.organizationSuffixes.has(word) ||
        lexicon.organizationWords.has(word) ||
        (role === undefined && lexicon.placeSuffixes.has(word)),
    ) ||
    words.every((word) => lexicon.places.has(word.toLowerCase()))
  )
    return undefined;
  return { name, role: role !== undefined };
}

/** What each line of the header says. */
interface HeaderLine extends LineInfo {
  byline?: Byline;
  /** A person's name standing as the byline ("Jane Roe" above "The Daily Beacon"). */
  nameLine?: string;
  stamp: boolean;
}

/** Whether two lines are in the same block (no blank line between them). */
function sameBlock(body: string, a: LineInfo, b: LineInfo): boolean {
  return !body.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)).includes('\n\n');
}

function readHeaderLines(body: string, lines: LineInfo[], lexicon: Lexicon): HeaderLine[] {
  const header: HeaderLine[] = lines.map((line) => {
    // A paragraph of running text is no byline, stamp or name line.
    if (line.text.length > 200) return { ...line, stamp: false };
    const byline = readByline(line, lexicon);
    return {
      ...line,
      ...(byline ? { byline } : {}),
      stamp: Boolean(byline) || STAMP_WORD.test(line.text),
    };
  });
  for (const [position, line] of header.entries()) {
    if (line.stamp || line.text.length > 200) continue;
    const person = personLine(line.text, lexicon);
    if (!person) continue;
    const neighbours = [header[position - 1], header[position + 1]].filter(
      (other): other is HeaderLine => other !== undefined && sameBlock(body, other, line),
    );
    const supported =
      person.role ||
      neighbours.some(
        (other) =>
          soleDate(other.text, lexicon) !== undefined ||
          isRoleLine(other.text) ||
          (looksLikeOutlet(outletBeforePlace(other.text), lexicon) &&
            (/^The\s/u.test(other.text) || hasNewspaperWord(other.text))),
      );
    if (supported) {
      line.nameLine = person.name;
      line.stamp = true;
    }
  }
  // "By Jane Roe" / "Bureau Chief" / "The Daily Clarion": a job line belongs to the byline's block.
  for (const [position, line] of header.entries())
    if (
      !line.stamp &&
      isRoleLine(line.text) &&
      [header[position - 1], header[position + 1]].some(
        (other) => other?.stamp === true && sameBlock(body, other, line),
      )
    )
      line.stamp = true;
  return header;
}

/** "BBC News, Leeds" → "BBC News": a newspaper-like name before a comma and a place. */
function outletBeforePlace(text: string): string {
  const comma = /^([^,]+),\s*[\p{Lu}][\p{L}\s.'’-]*$/u.exec(text);
  return comma?.[1] && hasNewspaperWord(comma[1]) ? comma[1] : text;
}

/**
 * "KALD 7 News" / "By Tessa Lindqvist" / "Updated Oct. 22, 2025": a short name on its own line in
 * the block of lines that holds the byline or the publication stamp is the outlet (not a job line
 * such as "Staff writer", nor a section label such as "Exclusive").
 */
function outletInHeaderBlock(
  body: string,
  header: HeaderLine[],
  metadata: DocumentMetadata,
  explicitNull: Set<string>,
  lexicon: Lexicon,
): void {
  const candidates = header.filter(
    (line, position) =>
      !line.stamp &&
      [header[position - 1], header[position + 1]].some(
        (other) => other?.stamp === true && sameBlock(body, other, line),
      ) &&
      looksLikeOutlet(outletBeforePlace(line.text), lexicon),
  );
  const line =
    candidates.find((other) => /^The\s/u.test(other.text) || hasNewspaperWord(other.text)) ??
    candidates[0];
  if (!line) return;
  const value = outletBeforePlace(line.text);
  setIfMissing(
    metadata,
    explicitNull,
    'outlet',
    fieldAt(value, line.start, 'outlet-in-header-block', 0.6),
  );
}

/** The outlet and the date among the other parts of a byline or masthead line. */
function outletAndDateInParts(
  parts: Part[],
  outletRule: string,
  dateRule: string,
  metadata: DocumentMetadata,
  explicitNull: Set<string>,
  lexicon: Lexicon,
): void {
  for (const part of parts) {
    const text = part.text.trim();
    const date = soleDate(text, lexicon);
    if (date?.iso) {
      setPublished(metadata, explicitNull, date, part.start, dateRule, 0.85);
    } else if (looksLikeOutlet(text, lexicon)) {
      setIfMissing(metadata, explicitNull, 'outlet', fieldAt(text, part.start, outletRule, 0.6));
    }
  }
}

function readHeader(
  body: string,
  header: HeaderLine[],
  metadata: DocumentMetadata,
  explicitNull: Set<string>,
  lexicon: Lexicon,
): void {
  outletInHeaderBlock(body, header, metadata, explicitNull, lexicon);
  for (const line of header) {
    if (line.byline) {
      const { authors, start } = line.byline;
      if (authors)
        setIfMissing(
          metadata,
          explicitNull,
          'author',
          fieldAt(authors, start, 'byline', 0.9, nameCase(authors)),
        );
      // "Posted on May 14, 2026 by Jane Roe": the date before the name.
      const lead = line.text.slice(0, start - line.start);
      setPublished(
        metadata,
        explicitNull,
        firstDay(lead, lexicon),
        line.start,
        'byline-date',
        0.85,
      );
      // "By Jane Roe | The American Courant | September 17, 2025": an outlet and a date, in any order.
      outletAndDateInParts(
        line.byline.parts,
        'byline-outlet',
        'byline-date',
        metadata,
        explicitNull,
        lexicon,
      );
    }
    if (line.nameLine) {
      setIfMissing(
        metadata,
        explicitNull,
        'author',
        fieldAt(line.nameLine, line.start, 'name-line', 0.75),
      );
    }
    const nameDate = NAME_THEN_DATE.exec(line.text);
    if (nameDate?.[1] && nameDate[2]) {
      const date = datesIn(nameDate[2], lexicon)[0];
      if (date?.iso) {
        const nameStart = line.start + line.text.indexOf(nameDate[1]);
        setIfMissing(
          metadata,
          explicitNull,
          'author',
          fieldAt(nameDate[1], nameStart, 'byline', 0.8),
        );
        const dateStart = line.start + line.text.lastIndexOf(nameDate[2]);
        setIfMissing(
          metadata,
          explicitNull,
          'published',
          fieldAt(nameDate[2], dateStart, 'byline-date', 0.9, date.iso),
        );
      }
    }
    // "Coastline Public Radio News · Posted: Apr 14, 2026": the outlet (less a "News" section
    // label after a name of three words or more) before the separator.
    const stamped = /^(.{3,80}?)\s*[·•|]\s*(?:published|posted|updated)\b/iu.exec(line.text);
    if (stamped?.[1] && !line.byline && looksLikeOutlet(stamped[1], lexicon)) {
      const outlet = stamped[1].replace(/^((?:\S+\s+){2,}\S+)\s+News$/u, '$1');
      setIfMissing(
        metadata,
        explicitNull,
        'outlet',
        fieldAt(outlet, line.start, 'stamp-outlet', 0.6),
      );
    }
    // "Union Hall Wire | Releases | September 16, 2025": a masthead line of name, section and date.
    const parts = splitParts(line);
    if (
      !line.byline &&
      !stamped &&
      !STAMP_WORD.test(line.text) &&
      parts.length > 1 &&
      parts.some((part) => soleDate(part.text, lexicon))
    )
      outletAndDateInParts(
        parts,
        'masthead-outlet',
        'masthead-date',
        metadata,
        explicitNull,
        lexicon,
      );
    // "Published 6:42 PM EST, November 17, 2025" / "Updated March 3, 2024".
    if (stamped || STAMP_WORD.test(line.text)) {
      const date = firstDay(line.text, lexicon);
      setPublished(metadata, explicitNull, date, line.start, 'published-line', 0.9);
    }
    const dateline = DATELINE.exec(line.text);
    if (dateline?.[2]) setDatelineAgency(metadata, explicitNull, line, dateline[2]);
    const datedDateline = DATED_DATELINE.exec(line.text);
    if (datedDateline?.[1]) {
      setPublished(
        metadata,
        explicitNull,
        firstDay(datedDateline[1], lexicon),
        line.start + line.text.indexOf(datedDateline[1]),
        'dateline-date',
        0.85,
      );
      if (datedDateline[2]) setDatelineAgency(metadata, explicitNull, line, datedDateline[2]);
    }
    const placedDate = line.text.length <= 120 ? firstDay(line.text, lexicon) : undefined;
    if (
      placedDate &&
      NAME_BEFORE_DATE.test(line.text.slice(0, placedDate.start)) &&
      onlyDateIn(line.text.slice(placedDate.start), {
        start: 0,
        end: placedDate.end - placedDate.start,
      })
    ) {
      setPublished(metadata, explicitNull, placedDate, line.start, 'dateline-place-date', 0.8);
      // ("Glenalder Advertiser, 21 November 2024": the name before the date is the outlet's.)
      const name = /^\s*([\p{Lu}][^,●•|—–]*?)\s*[,●•|—–-]/u.exec(line.text)?.[1];
      if (name && hasNewspaperWord(name) && looksLikeOutlet(name, lexicon))
        setIfMissing(
          metadata,
          explicitNull,
          'outlet',
          fieldAt(name, line.start + line.text.indexOf(name), 'outlet-before-date', 0.6),
        );
    }
    // A line that is only a date, perhaps with its weekday and a time ("Thursday, October 16, 2025",
    // "Tue 4 Mar 2025 18.42 GMT", "Sept. 16, 2025 — Updated 6:14 p.m.").
    setPublished(
      metadata,
      explicitNull,
      soleDate(line.text, lexicon),
      line.start,
      'dateline',
      0.85,
    );
  }
}

/** Capitalised words of a name, "and", "of" and "&" between them: "United Schools and Services Union". */
const NAME_RUN = String.raw`[\p{Lu}\d][\p{L}\d'’&.-]*(?:\s+(?:(?:and|of|for|&)\s+)?[\p{Lu}\d][\p{L}\d'’&.-]*){0,6}`;

/** The leading capitalised words of `text`, up to the end of a sentence: "KVRB-TV. All rights …" → "KVRB-TV". */
function leadingName(text: string, lexicon: Lexicon): string {
  const words: string[] = [];
  for (const word of text.split(/\s+/u)) {
    if (!/^[\p{Lu}\d&]/u.test(word) && !/^(?:and|of|for)$/u.test(word)) break;
    const bare = word.replace(/[.,;:]+$/u, '');
    const endsSentence = /[.,;:]$/u.test(word) && !lexicon.abbreviations.has(word.toLowerCase());
    words.push(endsSentence ? bare : word);
    if (endsSentence) break;
  }
  while (words.length && /^(?:and|of|for|&)$/u.test(words[words.length - 1] ?? '')) words.pop();
  return words.join(' ');
}

/**
 * The outlet as its footer names it: a copyright line ("© 2025 Port Anselm Courier-Ledger"), the
 * outlet describing itself ("The Millrace is Carver Point's independent news weekly", "Union Hall
 * Wire publishes …"), a closing tagline ("The Liberty Lantern — Keeping the light on since 2009"),
 * the reporter's beat ("… covers City Hall for the Herald-Dispatch") or the notes of a press release
 * ("Notes to editors: 1. The United Schools and Services Union (USSU) represents …").
 */
function outletInFooter(
  body: string,
  metadata: DocumentMetadata,
  explicitNull: Set<string>,
  lexicon: Lexicon,
): void {
  const footer = lastLines(body, 6);
  const set = (value: string, rule: string, start: number, confidence: number) =>
    setIfMissing(metadata, explicitNull, 'outlet', fieldAt(value, start, rule, confidence));
  for (const line of footer) {
    const copyright =
      /(?:©|\(c\)|\bCopyright\b)\s*(?:©\s*)?(\d{4}(?:\s*[-–]\s*\d{4})?)?[,\s]*/u.exec(line.text);
    if (copyright && (copyright[1] || copyright[0].includes('©'))) {
      const after = line.text.slice(copyright.index + copyright[0].length);
      // ("© The Hebridean Courier 2025": the year may come after the name.)
      const name = leadingName(after, lexicon)?.replace(/\s+\d{4}$/u, '');
      if (name && !/^all$/iu.test(name))
        set(name, 'copyright', line.start + copyright.index + copyright[0].length, 0.75);
    }
  }
  const names = mastheads();
  const newsName = (name: string) =>
    hasNewspaperWord(name) ||
    (/^The\s/u.test(name) &&
      !wordsOf(name).some(
        (word) => lexicon.organizationSuffixes.has(word) || lexicon.placeSuffixes.has(word),
      ));
  for (const line of footer) {
    for (const sentence of line.text.matchAll(/(?:^|(?<=[.!?;]\s))[^.!?;]+(?:[.!?;]|$)/gu)) {
      const own = new RegExp(
        String.raw`^\s*((?:The\s+)?${NAME_RUN})\s+(is|publishes)\b(.*)$`,
        'u',
      ).exec(sentence[0]);
      const name = own?.[1];
      if (!own || !name || !newsName(name)) continue;
      const predicate = (own[3] ?? '').toLowerCase();
      if (
        own[2] === 'is' &&
        !names.footerWords.some((word) =>
          new RegExp(String.raw`(?<![\p{L}-])${word}(?![\p{L}-])`, 'u').test(predicate),
        )
      )
        continue;
      set(
        name,
        'footer-self-description',
        line.start + sentence.index + sentence[0].indexOf(name),
        0.65,
      );
    }
  }
  const last = footer[footer.length - 1];
  const tagline =
    last && new RegExp(String.raw`^((?:The\s+)?${NAME_RUN})\s+[—–|]\s+\p{Lu}`, 'u').exec(last.text);
  if (last && tagline?.[1] && newsName(tagline[1]) && !/contribut|report/iu.test(last.text))
    set(tagline[1], 'footer-tagline', last.start, 0.6);
  for (const line of footer) {
    // "This article first appeared in the Coldwell & District Voice", "This article is published
    // by the Amberley Vale Standard", "… appears in the spring 2026 issue of Northern Edge".
    const appeared = new RegExp(
      String.raw`\bThis\s+(?:article|story|piece|report)\s+(?:first\s+)?(?:appeared|appears|was\s+(?:first\s+)?published|is\s+published|was\s+originally\s+published)\s+(?:in|by|on)\s+(?:the\s+(?:[\p{Ll}\d]+\s+){0,3}(?:issue|edition)\s+of\s+)?(?:the\s+)?(${NAME_RUN})`,
      'u',
    ).exec(line.text);
    if (appeared?.[1]) {
      const name = leadingName(appeared[1], lexicon);
      set(
        name,
        'footer-appeared-in',
        line.start + appeared.index + appeared[0].lastIndexOf(appeared[1]),
        0.6,
      );
    }
    // "Nadia Roe is the Stourleigh Gazette's education reporter."
    const staff = new RegExp(
      String.raw`\bis\s+(?:the|a)\s+(${NAME_RUN})['’]s\s+(?:[\p{Ll}-]+\s+){0,3}(?:reporter|correspondent|editor|writer)\b`,
      'u',
    ).exec(line.text);
    if (staff?.[1])
      set(staff[1], 'footer-staff', line.start + staff.index + staff[0].indexOf(staff[1]), 0.55);
    const beat = new RegExp(
      String.raw`\b(?:covers|writes about|reports on)\b[^.]{1,80}?\bfor\s+(?:the\s+)?(${NAME_RUN})`,
      'u',
    ).exec(line.text);
    if (beat?.[1]) {
      const name = leadingName(beat[1], lexicon);
      set(name, 'footer-beat', line.start + beat.index + beat[0].lastIndexOf(beat[1]), 0.55);
    }
  }
  const release =
    /for immediate release|^(?:media|press) contact|^notes? to editors?\b|^#{3}\s*$/imu.test(body);
  const notes = /^(?:notes? to editors?\b.*|about (?:the )?\p{Lu}.{0,80})$/imu.exec(body);
  if (release && notes) {
    const after = body.slice(notes.index + notes[0].length, notes.index + notes[0].length + 600);
    const org = new RegExp(
      String.raw`\bThe\s+(${NAME_RUN})\s*(?:\([\p{Lu}\d&]{2,10}\)\s*)?(?:represents|is)\b`,
      'u',
    ).exec(after);
    const name = org?.[1];
    if (org && name && wordsOf(name).some((word) => lexicon.organizationSuffixes.has(word)))
      set(
        name,
        'press-release-notes',
        notes.index + notes[0].length + org.index + org[0].indexOf(name),
        0.55,
      );
  }
}

let selfReferenceCache: RegExp | undefined;

/** A newspaper-like name after a phrase by which an outlet refers to itself ("told the Daily Meridian"). */
function selfReference(): RegExp {
  if (selfReferenceCache) return selfReferenceCache;
  const { newspaperWords, newspaperFirstWords } = mastheads();
  const capitalised = (set: Set<string>) =>
    [...set]
      .map((word) => (word === 'tv' ? 'TV' : word[0]?.toUpperCase() + word.slice(1)))
      .join('|');
  const word = String.raw`[A-Z][\w'’&.-]*`;
  const paper = `(?:${capitalised(newspaperWords)})`;
  selfReferenceCache = new RegExp(
    String.raw`\b(?:[Tt]old|[Ss]poke to|[Ss]peaking to|[Tt]alking to|obtained by|reviewed by|provided to|shared with|seen by|interview with|contacted by|[Cc]ontact|print edition of|Picture:|Photo:|Photograph:)\s+(?:the\s+)?` +
      String.raw`((?<=the\s)[A-Z]{2,6}(?![\w'’-])|(?:${capitalised(newspaperFirstWords)})(?:\s${word}){1,2}(?=[\s,.;:!?)]|$)|(?:${word}\s){0,3}${paper}(?:-${paper})?(?![\w'’-]|\s[A-Z]))`,
    'gu',
  );
  return selfReferenceCache;
}

/**
 * "the Democrat", "the Ohio Democrat", "the State Republican": a word that also names a person's party
 * or post, after nothing but places and titles, is no newspaper.
 */
function politicianLike(name: string, lexicon: Lexicon): boolean {
  const words = name.trim().split(/\s+/u);
  const last = (words[words.length - 1] ?? '').toLowerCase();
  return (
    lexicon.nonNameWords.has(last) &&
    words
      .slice(0, -1)
      .every(
        (word) =>
          lexicon.places.has(word.toLowerCase()) ||
          lexicon.titles.preNominal[word.toLowerCase()] !== undefined ||
          ['state', 'local', 'county', 'city'].includes(word.toLowerCase()),
      )
  );
}

/**
 * "Herald-Dispatch" → "The Brennerton Herald-Dispatch": the longest form in which the article writes
 * a short name, capitalised words before it (a leading "The" included).
 */
function fullName(
  body: string,
  name: string,
  lexicon: Lexicon,
): { value: string; start: number } | undefined {
  const core = name.replace(/^The\s+/u, '');
  const escaped = core.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  let best: { value: string; start: number } | undefined;
  for (const match of body.matchAll(
    new RegExp(String.raw`(?<![\p{L}\d-])${escaped}(?![\p{L}\d-])`, 'gu'),
  )) {
    let start = match.index;
    const lineStart = body.lastIndexOf('\n', match.index - 1) + 1;
    for (;;) {
      // ("The Ardmhor & Isles Record": through an ampersand between capitalised words.)
      const before =
        /(?:^|[ \t])([\p{Lu}][\p{L}'’&.-]*)[ \t]$/u.exec(body.slice(lineStart, start)) ??
        /(?:^|[ \t])([\p{Lu}][\p{L}'’.-]*[ \t]&)[ \t]$/u.exec(body.slice(lineStart, start));
      const word = before?.[1];
      if (!word || (lexicon.nonNameWords.has(word.toLowerCase()) && word !== 'The')) break;
      start -= word.length + 1;
      if (word === 'The') break;
    }
    const value = body.slice(start, match.index + core.length);
    if (value.split(/\s+/u).length > (best?.value ?? name).split(/\s+/u).length)
      best = { value, start };
  }
  return best;
}

/** Fills metadata the front matter does not give from the first and last lines of the body (UTF-16 offsets). */
function metadataFromBody(
  body: string,
  metadata: DocumentMetadata,
  explicitNull: Set<string>,
  lexicon: Lexicon,
): void {
  const lines = firstLines(body, 10);
  const first = lines[0];
  if (!first) return;
  const heading = /^#{1,6}\s+/.exec(first.text);
  const looksLikeHeadline =
    first.text.length <= 200 && !/^by\s/i.test(first.text) && !DATELINE.test(first.text);
  if (looksLikeHeadline) {
    const offset = heading ? heading[0].length : 0;
    setIfMissing(metadata, explicitNull, 'title', {
      value: first.text.slice(offset).trim(),
      rule: heading ? 'markdown-headline' : 'first-line-headline',
      confidence: heading ? 0.95 : 0.8,
      start: first.start + offset,
      end: first.end,
    });
  }
  const header = readHeaderLines(body, lines.slice(looksLikeHeadline ? 1 : 0, 9), lexicon);
  const hadOutlet = Boolean(metadata.outlet);
  readHeader(body, header, metadata, explicitNull, lexicon);
  outletInFooter(body, metadata, explicitNull, lexicon);
  // The outlet naming itself: "said in an interview with the Ellery Weekly", "obtained by the Courier".
  const self = [...body.matchAll(selfReference())].find(
    (match) => match[1] && !politicianLike(match[1], lexicon),
  );
  if (self?.[1]) {
    const name = self[1].trim();
    const at = self.index + self[0].indexOf(self[1]);
    setIfMissing(metadata, explicitNull, 'outlet', fieldAt(name, at, 'self-reference', 0.5));
  }
  const outlet = metadata.outlet;
  if (outlet && !hadOutlet) {
    // A short name found in the text ("the Advertiser") becomes the longest form the article gives.
    if (['self-reference', 'footer-beat', 'footer-self-description'].includes(outlet.rule)) {
      const longer = fullName(body, outlet.value, lexicon);
      if (longer)
        metadata.outlet = {
          value: longer.value,
          rule: `${outlet.rule}+full-name`,
          confidence: outlet.confidence,
          start: longer.start,
          end: longer.start + longer.value.length,
        };
    }
    // "NBS Western Plains / By …" with "seen by NBS News" in the text: the network's newsroom
    // publishes the regional desk's story.
    const desk = /^([A-Z]{2,6})\s+(?:[\p{Lu}][\p{Ll}]+\s*){1,3}$/u.exec(outlet.value);
    const network = desk?.[1] && new RegExp(String.raw`\b${desk[1]} News\b`, 'u').exec(body);
    if (network && !hasNewspaperWord(outlet.value))
      metadata.outlet = {
        value: network[0],
        rule: 'network-news',
        confidence: 0.55,
        start: network.index,
        end: network.index + network[0].length,
      };
  }
  // A wire footer: "This report by The Canadian Press was first published April 10, 2026."
  const footer = /\bfirst published\s+(?:on\s+)?([^\n]{6,40})/iu.exec(body.slice(-400));
  if (footer?.[1]) {
    const at =
      body.length - Math.min(400, body.length) + footer.index + footer[0].indexOf(footer[1]);
    setPublished(
      metadata,
      explicitNull,
      firstDay(footer[1], lexicon),
      at,
      'footer-first-published',
      0.85,
    );
  }
  // "Published Sept. 15, 2025" on a line of its own at the end.
  for (const line of lastLines(body, 6)) {
    const date = STAMP_WORD.test(line.text) ? soleDate(line.text, lexicon) : undefined;
    setPublished(metadata, explicitNull, date, line.start, 'footer-published-line', 0.8);
  }
}

function convertMetadataOffsets(metadata: DocumentMetadata, body: string): void {
  const convert = codePointConverter(body);
  for (const key of KNOWN_KEYS) {
    const field = metadata[key];
    if (field?.start !== undefined && field.end !== undefined) {
      field.start = convert(field.start);
      field.end = convert(field.end);
    }
  }
}

/**
 * Parses a document: front matter, body and metadata.
 * @throws ExtractError for empty, binary, invalid or oversized input and front-matter syntax errors.
 * @example
 * const doc = parseDocument('001.txt', '---\ntitle: T\n---\nBody text.');
 * doc.id; // '001'
 * doc.body; // 'Body text.'
 */
export function parseDocument(
  fileName: string,
  fileText: string,
  options: ParseOptions = {},
): ParsedDocument {
  const lexicon = options.lexicon ?? defaultLexicon();
  checkRawText(fileName, fileText);
  const text = fileText.charCodeAt(0) === 0xfeff ? fileText.slice(1) : fileText;
  const split = splitFrontMatter(fileName, text);
  const { metadata, explicitNull } = split.frontMatter
    ? metadataFromFrontMatter(split.frontMatter)
    : { metadata: { extra: {} }, explicitNull: new Set<string>() };
  if (split.body.trim() === '')
    throw new ExtractError(
      'empty',
      fileName,
      split.bodyStartLine,
      1,
      'the document has no body text',
    );
  metadataFromBody(split.body, metadata, explicitNull, lexicon);
  convertMetadataOffsets(metadata, split.body);
  return {
    id: baseName(fileName),
    fileName,
    body: split.body,
    bodyStartLine: split.bodyStartLine,
    frontMatter: split.frontMatter,
    metadata,
    warnings: [],
  };
}
