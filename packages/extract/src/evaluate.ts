/**
 * Evaluation against gold annotations: matches extracted quotations to gold ones by span overlap
 * (at least half of each span) and scores quote + speaker precision, recall and F1 (a match counts
 * only with the right speaker; `alt` lists other acceptable speakers), plus span-only scores and the
 * same for indirect speech. Gold quotes are given by their text; they are located in the body in
 * order of appearance. Used by the corpus test and usable on any annotated collection.
 */
import { toCodePointOffset } from './offsets.js';
import type { DocumentExtraction, Quote } from './types.js';

/** One gold quotation. `speaker: null` means the speaker is unnamed in the text. */
export interface GoldQuote {
  text: string;
  speaker: string | null;
  type?: 'direct' | 'mixed' | 'indirect';
  alt?: Array<string | null>;
  medium?: string;
  date?: string;
  /** The text is only the beginning of the quotation: a quotation starting there (±2) and containing it matches. */
  prefix?: boolean;
}

/** Gold annotations of one document. */
export interface GoldDocument {
  quotes: GoldQuote[];
  scareQuotes?: string[];
  indirect?: Array<{ text: string; speaker: string | null }>;
  metadata?: Record<string, string>;
}

/** A disagreement between extraction and gold. */
export interface EvaluationError {
  kind: 'missed' | 'spurious' | 'wrong-speaker';
  docId: string;
  text: string;
  expected?: string | null;
  got?: string | null;
}

/** Scores of one evaluation. */
export interface Scores {
  truePositives: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EvaluationResult {
  /** Quote + speaker. */
  quoteSpeaker: Scores;
  /** Quote span only. */
  quoteSpan: Scores;
  /** Indirect speech, span + speaker (only documents whose gold lists indirect speech). */
  indirect: Scores;
  /** Matched quotations whose gold names a medium: how many carry that medium in `source`. */
  medium: { correct: number; total: number };
  errors: EvaluationError[];
}

function scores(truePositives: number, predicted: number, gold: number): Scores {
  const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : truePositives / predicted;
  const recall = gold === 0 ? 1 : truePositives / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, predicted, gold, precision, recall, f1 };
}

interface GoldSpan {
  start: number;
  end: number;
  speakers: Array<string | null>;
  text: string;
  prefix: boolean;
  medium?: string;
}

function locate(
  body: string,
  items: Array<{
    text: string;
    speaker: string | null;
    alt?: Array<string | null>;
    prefix?: boolean;
    medium?: string;
  }>,
): GoldSpan[] {
  const spans: GoldSpan[] = [];
  let from = 0;
  for (const item of items) {
    let at = body.indexOf(item.text, from);
    if (at < 0) at = body.indexOf(item.text);
    if (at < 0)
      throw new Error(
        `claimgraph-extract: gold text not found in the document: ${item.text.slice(0, 60)}`,
      );
    from = at + 1;
    spans.push({
      start: toCodePointOffset(body, at),
      end: toCodePointOffset(body, at + item.text.length),
      speakers: [item.speaker, ...(item.alt ?? [])],
      text: item.text,
      prefix: item.prefix === true,
      ...(item.medium ? { medium: item.medium } : {}),
    });
  }
  return spans;
}

function overlaps(a: { start: number; end: number }, b: GoldSpan): boolean {
  if (b.prefix && Math.abs(a.start - b.start) <= 2 && a.end >= b.end - 2) return true;
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return overlap > 0 && overlap >= 0.5 * (a.end - a.start) && overlap >= 0.5 * (b.end - b.start);
}

function match(
  docId: string,
  predicted: Quote[],
  gold: GoldSpan[],
  errors: EvaluationError[] | undefined,
): { speaker: number; span: number; medium: { correct: number; total: number } } {
  const used = new Set<number>();
  let speaker = 0;
  let span = 0;
  const medium = { correct: 0, total: 0 };
  for (const goldSpan of gold) {
    const index = predicted.findIndex((quote, i) => !used.has(i) && overlaps(quote, goldSpan));
    const quote = predicted[index];
    if (!quote) {
      errors?.push({
        kind: 'missed',
        docId,
        text: goldSpan.text,
        expected: goldSpan.speakers[0] ?? null,
      });
      continue;
    }
    used.add(index);
    span++;
    if (goldSpan.medium) {
      medium.total++;
      if (quote.source?.medium === goldSpan.medium) medium.correct++;
    }
    if (goldSpan.speakers.includes(quote.speakerKey)) speaker++;
    else
      errors?.push({
        kind: 'wrong-speaker',
        docId,
        text: goldSpan.text,
        expected: goldSpan.speakers[0] ?? null,
        got: quote.speakerKey,
      });
  }
  predicted.forEach((quote, i) => {
    if (!used.has(i))
      errors?.push({ kind: 'spurious', docId, text: quote.text, got: quote.speakerKey });
  });
  return { speaker, span, medium };
}

/**
 * Scores one extraction against its gold annotations.
 * @example evaluateDocument(doc.body, extractDocument(doc), gold).quoteSpeaker.f1
 */
export function evaluateDocument(
  body: string,
  extraction: DocumentExtraction,
  gold: GoldDocument,
): EvaluationResult {
  const errors: EvaluationError[] = [];
  const direct = extraction.quotes.filter((q) => q.quoteType !== 'indirect');
  const goldDirect = locate(body, gold.quotes);
  const direct_ = match(extraction.docId, direct, goldDirect, errors);
  let indirect = scores(0, 0, 0);
  if (gold.indirect) {
    const predictedIndirect = extraction.quotes.filter((q) => q.quoteType === 'indirect');
    const goldIndirect = locate(body, gold.indirect);
    const result = match(extraction.docId, predictedIndirect, goldIndirect, undefined);
    indirect = scores(result.speaker, predictedIndirect.length, goldIndirect.length);
  }
  return {
    quoteSpeaker: scores(direct_.speaker, direct.length, goldDirect.length),
    quoteSpan: scores(direct_.span, direct.length, goldDirect.length),
    indirect,
    medium: direct_.medium,
    errors,
  };
}

/** Micro-averages several evaluations. */
export function combineEvaluations(results: EvaluationResult[]): EvaluationResult {
  const sum = (pick: (r: EvaluationResult) => Scores): Scores =>
    scores(
      results.reduce((n, r) => n + pick(r).truePositives, 0),
      results.reduce((n, r) => n + pick(r).predicted, 0),
      results.reduce((n, r) => n + pick(r).gold, 0),
    );
  return {
    quoteSpeaker: sum((r) => r.quoteSpeaker),
    quoteSpan: sum((r) => r.quoteSpan),
    indirect: sum((r) => r.indirect),
    medium: {
      correct: results.reduce((n, r) => n + r.medium.correct, 0),
      total: results.reduce((n, r) => n + r.medium.total, 0),
    },
    errors: results.flatMap((r) => r.errors),
  };
}
