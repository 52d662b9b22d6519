/**
 * The extraction pipeline: runs the stages over a parsed document and returns one
 * `DocumentExtraction`. Each stage is a pure function passed in `options.stages`, so any of them can
 * be swapped (N3.js style). Stages work in UTF-16 indices; the final step converts every emitted
 * start/end to Unicode code points and sorts every list by offset for deterministic output.
 */
import { attributeQuotes } from './attribution.js';
import { findCues } from './cues.js';
import { findDates, parseIsoDate } from './dates.js';
import { linkDescriptions, markOutlet, resolveEntities, slugify } from './entities.js';
import { inheritRepeatedWords } from './repeats.js';
import { findIndirectSpeech } from './indirect.js';
import { defaultLexicon, type Lexicon } from './lexicon.js';
import { findMentions, findMoney } from './mentions.js';
import { codePointConverter, lineColumnAt } from './offsets.js';
import { findQuotes, type RawQuote } from './quotes.js';
import { findPosts } from './roles.js';
import { segment } from './segment.js';
import { findSourceDocuments } from './sources.js';
import type {
  DocumentActor,
  DocumentExtraction,
  ExtractWarning,
  Mention,
  ParsedDocument,
  Paragraph,
} from './types.js';

/** The swappable stages of the pipeline, in the order they run. */
export interface PipelineStages {
  segment: typeof segment;
  findDates: typeof findDates;
  findMentions: typeof findMentions;
  findQuotes: typeof findQuotes;
  resolveEntities: typeof resolveEntities;
  findPosts: typeof findPosts;
  findSourceDocuments: typeof findSourceDocuments;
  attributeQuotes: typeof attributeQuotes;
  findIndirectSpeech: typeof findIndirectSpeech;
  findCues: typeof findCues;
}

/** Options of {@link extractDocument}. */
export interface ExtractOptions {
  lexicon?: Lexicon;
  stages?: Partial<PipelineStages>;
}

/** The default stages. */
export const DEFAULT_STAGES: PipelineStages = {
  segment,
  findDates,
  findMentions,
  findQuotes,
  resolveEntities,
  findPosts,
  findSourceDocuments,
  attributeQuotes,
  findIndirectSpeech,
  findCues,
};

function convertOffsets(value: unknown, convert: (index: number) => number): void {
  if (Array.isArray(value)) {
    for (const item of value) convertOffsets(item, convert);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const field = record[key];
    if ((key === 'start' || key === 'end' || key === 'offset') && typeof field === 'number')
      record[key] = convert(field);
    else if (typeof field === 'object') convertOffsets(field, convert);
  }
}

/** "WHITLOCK: Chief, …", "THE COURT: Ms. Roe, …": a transcript's line, led by its speaker's label. */
const TRANSCRIPT_LINE = /^\p{Lu}[\p{Lu}.'’ -]*\p{Lu}:\s/u;

/**
 * Paragraphs after an excerpt header that carry no quote marks are quotations in their own right —
 * except the lines of a transcript, whose speakers the labels name.
 */
function blockExcerpts(body: string, paragraphs: Paragraph[], quotes: RawQuote[]): RawQuote[] {
  const blocks: RawQuote[] = [];
  const quoted = new Set(quotes.map((q) => q.paragraphIndex));
  for (const header of paragraphs) {
    if (header.kind !== 'excerpt-header') continue;
    const next = paragraphs[header.index + 1];
    if (!next || next.kind !== 'body' || quoted.has(next.index)) continue;
    if (TRANSCRIPT_LINE.test(body.slice(next.start, next.start + 60))) continue;
    blocks.push({
      start: next.start,
      end: next.end,
      outerStart: next.start,
      outerEnd: next.end,
      paragraphIndex: next.index,
      closed: true,
      continuesInNext: false,
      continuesFromPrevious: false,
      marks: 'none',
    });
  }
  return blocks;
}

function byOffset<T extends { start: number; end: number }>(items: T[]): T[] {
  return items.sort((a, b) => a.start - b.start || a.end - b.end);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Runs the extraction pipeline on a parsed document. All offsets in the result are Unicode code
 * points from the first character of `doc.body`.
 * @example
 * const extraction = extractDocument(parseDocument('a.txt', 'Headline\n\n"We will win," Jane Roe said.'));
 * extraction.quotes[0].speakerKey; // 'person:jane-roe'
 */
export function extractDocument(
  doc: ParsedDocument,
  options: ExtractOptions = {},
): DocumentExtraction {
  const lexicon = options.lexicon ?? defaultLexicon();
  const stages = { ...DEFAULT_STAGES, ...options.stages };
  const body = doc.body;
  const published = doc.metadata.published ? parseIsoDate(doc.metadata.published.value) : undefined;
  const paragraphs = stages.segment(body, lexicon, { title: doc.metadata.title?.value });
  const dates = stages.findDates(body, lexicon, published);
  const nameMentions = stages.findMentions(body, lexicon);
  const found = stages.findQuotes(body, paragraphs);
  const rawQuotes = [...found.quotes, ...blockExcerpts(body, paragraphs, found.quotes)].sort(
    (a, b) => a.start - b.start,
  );
  const quoteSpans = rawQuotes.map((q): [number, number] => [q.outerStart, q.outerEnd]);
  const index = stages.resolveEntities(body, nameMentions, paragraphs, lexicon, quoteSpans);
  markOutlet(index, doc.metadata.outlet?.value);
  stages.findPosts(body, index, lexicon);
  linkDescriptions(index, lexicon);
  const sources = stages.findSourceDocuments(body, paragraphs, index, dates, lexicon);
  const context = { body, paragraphs, index, sources, dates, lexicon };
  const attributed = stages.attributeQuotes(rawQuotes, context);
  const { quotes, scareQuotes } = inheritRepeatedWords(
    attributed.quotes,
    attributed.scareQuotes,
    (offset) => paragraphs.find((p) => p.start <= offset && offset < p.end)?.index ?? 0,
  );
  const indirect = stages.findIndirectSpeech(context, rawQuotes);
  const allQuotes = byOffset([...quotes, ...indirect]);
  allQuotes.forEach((quote, i) => (quote.index = i));
  const { policies, disputes } = stages.findCues(context, allQuotes);

  const warnings: ExtractWarning[] = [...doc.warnings];
  for (const warning of found.warnings) {
    const { line, column } = lineColumnAt(body, warning.offset);
    warnings.push({
      code: warning.code,
      message: `claimgraph-extract: ${doc.fileName}:${line + doc.bodyStartLine - 1}:${column}: ${warning.message}`,
      line: line + doc.bodyStartLine - 1,
      column,
      offset: warning.offset,
    });
  }

  const mentions: Mention[] = nameMentions.map((m) => {
    const mention: Mention = {
      start: m.start,
      end: m.end,
      text: m.text,
      kind: m.kind,
      rule: m.rule,
      confidence: m.confidence,
    };
    const key = index.mentionActor.get(m.start);
    if (key && (m.kind === 'Person' || m.kind === 'Organization')) mention.actorKey = key;
    if (m.role) mention.role = m.role;
    return mention;
  });
  for (const date of dates)
    mentions.push({
      start: date.start,
      end: date.end,
      text: date.text,
      kind: 'Date',
      rule: date.rule,
      confidence: date.confidence,
    });
  const money = findMoney(body);
  for (const amount of money)
    mentions.push({
      start: amount.start,
      end: amount.end,
      text: amount.text,
      kind: 'Money',
      rule: amount.rule,
      confidence: amount.confidence,
    });

  const actors: DocumentActor[] = [...index.actors.values()]
    .map((actor) => ({
      key: actor.key,
      kind: actor.kind,
      name: actor.name,
      aliases: [...actor.aliases].sort(compareText),
      mentions: byOffset([...actor.mentions]),
      posts: byOffset([...actor.posts]),
      rule: actor.rule,
      confidence: actor.confidence,
    }))
    .sort((a, b) => compareText(a.key, b.key));

  const extraction: DocumentExtraction = {
    docId: doc.id,
    offsetUnit: 'code-point',
    metadata: doc.metadata,
    paragraphs,
    mentions: byOffset(mentions),
    actors,
    quotes: allQuotes,
    scareQuotes: byOffset(scareQuotes),
    dates: byOffset(dates),
    money: byOffset(money),
    policies: byOffset(policies),
    disputes: byOffset(disputes),
    warnings: warnings.sort((a, b) => a.line - b.line || a.column - b.column),
  };
  const { metadata: _metadata, ...spans } = extraction;
  convertOffsets(spans, codePointConverter(body));
  return extraction;
}

export { slugify };
