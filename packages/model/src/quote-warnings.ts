/**
 * Warnings that name a quote by its span. A message such as "a: no speaker
 * found for the quote at 120-164 …" holds the quote's offsets, and they are
 * the only part of it that an edit moving text above the quote changes: the
 * warning keeps the text around the span apart (`WarningSpan`), so that a
 * rebuild that keeps the corpus-wide work can write the message again with
 * the quote's new offsets (`spanMessage`) and print what a full build prints.
 */
import type { Span } from '@claimgraph/extract';

/** Where a warning's message names a quote: message = before + `start-end` + after. */
export interface WarningSpan {
  /** The index of the quote in its document's extraction. */
  readonly quote: number;
  readonly before: string;
  readonly after: string;
}

/**
 * The message of a warning about a quote, with the quote's span as it is now.
 * @example spanMessage({ quote: 0, before: 'a: quote at ', after: ' unattributed' }, { start: 3, end: 9 }) // 'a: quote at 3-9 unattributed'
 */
export function spanMessage(span: WarningSpan, quote: Span): string {
  return `${span.before}${quote.start}-${quote.end}${span.after}`;
}
