/**
 * Reading a document: validates the raw input (empty, binary, invalid UTF-8, oversized), splits off
 * optional YAML front matter (`---` … `---`) and derives the metadata — from the front matter when it
 * has a field, otherwise from the body: the first line as headline, a byline ("By Jane Roe",
 * "Jane Roe 2 August 2018"), a wire dateline ("SALEM, Ore. (AP) —") or a standalone date line.
 * Every metadata value records the rule that found it. Offsets in the result are code points.
 */
import { parseDocument as parseYaml } from 'yaml';
import { ExtractError } from './errors.js';
import { findDates, formatIsoDate, parseIsoDate } from './dates.js';
import { defaultLexicon, type Lexicon } from './lexicon.js';
import { codePointConverter, lineColumnAt } from './offsets.js';
import type { DocumentMetadata, MetadataField, ParsedDocument } from './types.js';

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

const BYLINE_BY =
  /^(?:by|written by)\s+([A-Z][\p{L}'’.-]+(?:\s+[A-Z][\p{L}'’.-]+){0,3})(?:\s*(?:,|\||and|-|—|–)\s*(.+))?$/iu;
const NAME_THEN_DATE =
  /^([A-Z][\p{L}'’.-]+(?:\s+[A-Z][\p{L}'’.-]+){1,3})\s+(\d{1,2}\s+\p{L}+\.?\s+\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4})$/u;
const DATELINE =
  /^([A-Z][A-Z .'-]{2,}(?:,\s*[A-Z][\p{L}.]+(?:\s(?:[A-Z][\p{L}.]+|\d{1,2}))?)?)\s*(?:\(([^)]{1,40})\))?\s*[—–-]{1,2}\s*/u;

interface LineInfo {
  text: string;
  start: number;
  end: number;
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

function setIfMissing(
  metadata: DocumentMetadata,
  explicitNull: Set<string>,
  key: 'title' | 'outlet' | 'author' | 'published',
  field: MetadataField,
): void {
  if (metadata[key] || explicitNull.has(key)) return;
  metadata[key] = field;
}

/** Fills metadata the front matter does not give from the first lines of the body (UTF-16 offsets). */
/**
 * "KALD 7 News" / "By Tessa Lindqvist" / "Updated Oct. 22, 2025": a short name on its own line in
 * the block of lines that holds the byline or the publication stamp is the outlet.
 */
function outletInHeaderBlock(
  body: string,
  lines: LineInfo[],
  metadata: DocumentMetadata,
  explicitNull: Set<string>,
): void {
  const stamp = (text: string) =>
    BYLINE_BY.test(text) || /^(?:published|posted|updated)\b/iu.test(text);
  for (const [position, line] of lines.entries()) {
    const neighbours = [lines[position - 1], lines[position + 1]].filter(
      (other): other is LineInfo =>
        other !== undefined &&
        !body
          .slice(Math.min(other.end, line.end), Math.max(other.start, line.start))
          .includes('\n\n'),
    );
    const text = line.text.trim();
    if (
      !stamp(text) &&
      neighbours.some((other) => stamp(other.text)) &&
      /^(?:The\s+)?(?:[\p{Lu}\d][\p{L}\d'’&.-]*\s*){1,5}$/u.test(text)
    ) {
      setIfMissing(metadata, explicitNull, 'outlet', {
        value: text,
        rule: 'outlet-in-header-block',
        confidence: 0.6,
        start: line.start,
        end: line.start + text.length,
      });
      return;
    }
  }
}

/** A newspaper-like name after a phrase by which an outlet refers to itself. */
const SELF_REFERENCE =
  /\b(?:told|spoke to|speaking to|obtained by|reviewed by|provided to|shared with|seen by|interview with)\s+(?:the\s+)?((?<=the\s)[A-Z]{2,6}(?![\w'’-])|(?:[A-Z][\w'’&.-]*\s){0,3}(?:Weekly|Times|Herald|Courier|Post|News|Tribune|Gazette|Ledger|Journal|Record|Examiner|Sentinel|Observer|Chronicle|Star|Sun|Daily|Mercury|Register|Bee|Inquirer|Dispatch|Monitor|Telegraph|Standard|Independent|Guardian|Review|Current|Beacon|Advocate|Reporter|Voice|Press))\b/u;

function metadataFromBody(
  body: string,
  metadata: DocumentMetadata,
  explicitNull: Set<string>,
  lexicon: Lexicon,
): void {
  const lines = firstLines(body, 6);
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
  const candidates = lines.slice(looksLikeHeadline ? 1 : 0, 5);
  outletInHeaderBlock(body, candidates, metadata, explicitNull);
  for (const line of candidates) {
    const by = BYLINE_BY.exec(line.text);
    if (by?.[1]) {
      const name = by[1].replace(/[,.]$/, '');
      const nameStart = line.start + line.text.indexOf(by[1]);
      setIfMissing(metadata, explicitNull, 'author', {
        value: name,
        rule: 'byline',
        confidence: 0.9,
        start: nameStart,
        end: nameStart + name.length,
      });
      // "By Jane Roe | The American Courant | September 17, 2025": an outlet and a date, in any order.
      const rest = by[2]?.trim() ?? '';
      const restStart = line.start + line.text.lastIndexOf(rest);
      let at = 0;
      for (const part of rest.split(/\s*[|·•]\s*/u)) {
        const partStart = restStart + rest.indexOf(part, at);
        at = partStart - restStart + part.length;
        const date = findDates(part, lexicon).find((d) => d.iso && d.precision === 'day');
        if (date?.iso && date.text.length >= part.length - 4) {
          setIfMissing(metadata, explicitNull, 'published', {
            value: date.iso,
            rule: 'byline-date',
            confidence: 0.85,
            start: partStart + date.start,
            end: partStart + date.end,
          });
        } else if (part && !findDates(part, lexicon).length && /^[A-Z]/.test(part)) {
          setIfMissing(metadata, explicitNull, 'outlet', {
            value: part,
            rule: 'byline-outlet',
            confidence: 0.6,
            start: partStart,
            end: partStart + part.length,
          });
        }
      }
    }
    const nameDate = NAME_THEN_DATE.exec(line.text);
    if (nameDate?.[1] && nameDate[2]) {
      const date = findDates(nameDate[2], lexicon)[0];
      if (date?.iso) {
        setIfMissing(metadata, explicitNull, 'author', {
          value: nameDate[1],
          rule: 'byline',
          confidence: 0.8,
          start: line.start,
          end: line.start + nameDate[1].length,
        });
        const dateStart = line.start + line.text.lastIndexOf(nameDate[2]);
        setIfMissing(metadata, explicitNull, 'published', {
          value: date.iso,
          rule: 'byline-date',
          confidence: 0.9,
          start: dateStart,
          end: dateStart + nameDate[2].length,
        });
      }
    }
    // "Coastline Public Radio News · Posted: Apr 14, 2026": the outlet (less a "News" section
    // label after a name of three words or more) before the separator.
    const stamped = /^(.{3,80}?)\s*[·•|]\s*(?:published|posted|updated)\b/iu.exec(line.text);
    if (stamped?.[1]) {
      const outlet = stamped[1].replace(/^((?:\S+\s+){2,}\S+)\s+News$/u, '$1');
      setIfMissing(metadata, explicitNull, 'outlet', {
        value: outlet,
        rule: 'stamp-outlet',
        confidence: 0.6,
        start: line.start,
        end: line.start + outlet.length,
      });
    }
    // "Published 6:42 PM EST, November 17, 2025" / "Updated March 3, 2024".
    if (stamped || /^(?:published|posted|first published|updated)\b/iu.test(line.text)) {
      const date = findDates(line.text, lexicon).find((d) => d.iso && d.precision === 'day');
      if (date?.iso)
        setIfMissing(metadata, explicitNull, 'published', {
          value: date.iso,
          rule: 'published-line',
          confidence: 0.9,
          start: line.start + date.start,
          end: line.start + date.end,
        });
    }
    const dateline = DATELINE.exec(line.text);
    if (dateline?.[2]) {
      const agency = dateline[2].trim();
      const agencyStart = line.start + line.text.indexOf(agency);
      setIfMissing(metadata, explicitNull, 'outlet', {
        value: agency,
        rule: 'dateline-agency',
        confidence: 0.7,
        start: agencyStart,
        end: agencyStart + agency.length,
      });
    }
    // A line that is only a date, perhaps with its weekday ("Thursday, October 16, 2025").
    const onlyDate = findDates(line.text, lexicon).filter(
      (date) => !/^\p{L}+day$/iu.test(date.text.trim()),
    );
    const soleDate = onlyDate[0];
    if (
      soleDate?.iso &&
      onlyDate.length === 1 &&
      line.text
        .replace(soleDate.text, '')
        .replace(/[\s,.|—–-]|updated|published|posted|\p{L}+day/giu, '') === ''
    ) {
      setIfMissing(metadata, explicitNull, 'published', {
        value: soleDate.iso,
        rule: 'dateline',
        confidence: 0.85,
        start: line.start + soleDate.start,
        end: line.start + soleDate.end,
      });
    }
  }
  // The outlet naming itself: "said in an interview with the Ellery Weekly", "obtained by the Courier".
  const self = SELF_REFERENCE.exec(body);
  if (self?.[1]) {
    const name = self[1].trim();
    const at = self.index + self[0].indexOf(self[1]);
    setIfMissing(metadata, explicitNull, 'outlet', {
      value: name,
      rule: 'self-reference',
      confidence: 0.5,
      start: at,
      end: at + name.length,
    });
  }
  // A wire footer: "This report by The Canadian Press was first published April 10, 2026."
  const footer = /\bfirst published\s+(?:on\s+)?([^\n]{6,40})/iu.exec(body.slice(-400));
  if (footer?.[1]) {
    const date = findDates(footer[1], lexicon).find((d) => d.iso && d.precision === 'day');
    const at =
      body.length - Math.min(400, body.length) + footer.index + footer[0].indexOf(footer[1]);
    if (date?.iso)
      setIfMissing(metadata, explicitNull, 'published', {
        value: date.iso,
        rule: 'footer-first-published',
        confidence: 0.85,
        start: at + date.start,
        end: at + date.end,
      });
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
