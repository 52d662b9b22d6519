/**
 * The extraction pipeline: runs the stages over a parsed document and returns one
 * `DocumentExtraction`. Each stage is a pure function passed in `options.stages`, so any of them can
 * be swapped (N3.js style). Stages work in UTF-16 indices; the final step converts every emitted
 * start/end to Unicode code points and sorts every list by offset for deterministic output.
 */
import { findDates, parseIsoDate } from './dates.js';
import { defaultLexicon, type Lexicon } from './lexicon.js';
import { codePointConverter } from './offsets.js';
import { segment } from './segment.js';
import type { DocumentExtraction, ParsedDocument } from './types.js';

/** The swappable stages of the pipeline. */
export interface PipelineStages {
  segment: typeof segment;
  findDates: typeof findDates;
}

/** Options of {@link extractDocument}. */
export interface ExtractOptions {
  lexicon?: Lexicon;
  stages?: Partial<PipelineStages>;
}

const DEFAULT_STAGES: PipelineStages = { segment, findDates };

function convertOffsets(value: unknown, convert: (index: number) => number): void {
  if (Array.isArray(value)) {
    for (const item of value) convertOffsets(item, convert);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const field = record[key];
    if ((key === 'start' || key === 'end' || key === 'offset') && typeof field === 'number') record[key] = convert(field);
    else if (typeof field === 'object') convertOffsets(field, convert);
  }
}

/**
 * Runs the extraction pipeline on a parsed document.
 * @example
 * const extraction = extractDocument(parseDocument('a.txt', 'Headline\n\n"We will win," Jane Roe said.'));
 * extraction.quotes[0].speakerKey; // 'person:jane-roe'
 */
export function extractDocument(doc: ParsedDocument, options: ExtractOptions = {}): DocumentExtraction {
  const lexicon = options.lexicon ?? defaultLexicon();
  const stages = { ...DEFAULT_STAGES, ...options.stages };
  const body = doc.body;
  const published = doc.metadata.published ? parseIsoDate(doc.metadata.published.value) : undefined;
  const paragraphs = stages.segment(body, lexicon, { title: doc.metadata.title?.value });
  const dates = stages.findDates(body, lexicon, published);
  const extraction: DocumentExtraction = {
    docId: doc.id,
    offsetUnit: 'code-point',
    metadata: doc.metadata,
    paragraphs,
    mentions: [],
    actors: [],
    quotes: [],
    scareQuotes: [],
    dates,
    money: [],
    policies: [],
    disputes: [],
    warnings: [...doc.warnings],
  };
  const { metadata: _metadata, ...spans } = extraction;
  convertOffsets(spans, codePointConverter(body));
  return extraction;
}
