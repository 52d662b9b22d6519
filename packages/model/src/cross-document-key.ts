/**
 * A key of what the corpus-wide work — cross-document resolution, quote
 * clustering, statements (their words, speaker, graph), what the metadata
 * graph says of actors, posts and sources — reads of a document, so that two
 * versions of it with the same key leave all of that as it was and only the
 * document's own parts (`document-parts.ts`) need making again. The key holds
 * the document's id, the outlet and author it names, its actors without their
 * mentions and its quotes, all without their offsets (`start`, `end` at any
 * depth, `paragraphIndex`): the title, the date, the body and the mentions are
 * read only for the document's own parts. Offsets reach the corpus-wide work
 * in three ways only, and the key holds exactly what each of them reads:
 * - the order of the quotes' occurrence ids (`occurrenceId`): clustering, the
 *   words and the graph of a statement break ties by comparing ids, and the ids
 *   of two documents compare by their ids alone (a document id has no `/`), so
 *   only the order of one document's own ids counts — kept as their ranks;
 * - the order of the starts of the posts: resolution sorts an actor's posts by
 *   document, then start, and a statement takes the first — kept as ranks;
 * - the start of a quote that names an unnamed speaker (`person:unnamed-<doc>-
 *   <start>`, in the speaker's IRI and every statement of theirs): kept for
 *   the quotes the last build pinned (`DocumentFacts.pinned`), so an edit that
 *   moves one of those is not a rebuild of the document alone.
 * Warnings name quotes by their span as well; those are written again with
 * the new offsets (`quote-warnings.ts`).
 */
import { createHash } from 'node:crypto';
import type { CorpusDocument } from './model.js';
import { occurrenceId } from './model.js';

/** The fields of an extraction that hold a position in the body. */
const POSITIONS = new Set(['start', 'end', 'paragraphIndex']);

/**
 * The key of what the corpus-wide work reads of a document (see the module's banner).
 * @param pinned the quotes whose start the corpus-wide output names (`DocumentFacts.pinned`)
 * @example crossDocumentKey(doc, facts.pinned) === record.crossKey // only the document's own parts changed
 */
export function crossDocumentKey(doc: CorpusDocument, pinned: readonly number[] = []): string {
  const { parsed, extraction } = doc;
  const actors = extraction.actors.map(({ mentions: _mentions, ...rest }) => rest);
  const quoteOrder = ranks(extraction.quotes.map((quote) => occurrenceId(parsed.id, quote.start)));
  const postOrder = ranks(extraction.actors.flatMap((actor) => actor.posts.map((p) => p.start)));
  const pinnedStarts = pinned.map((index) => [index, extraction.quotes[index]?.start ?? null]);
  const key = JSON.stringify(
    [
      parsed.id,
      parsed.metadata.outlet?.value ?? null,
      parsed.metadata.author?.value ?? null,
      actors,
      extraction.quotes,
      quoteOrder,
      postOrder,
    ],
    (name, value: unknown) => (POSITIONS.has(name) ? undefined : value),
  );
  return createHash('sha256')
    .update(key)
    .update(JSON.stringify(pinnedStarts))
    .digest('hex')
    .slice(0, 32);
}

/** The rank of each value among the distinct values (equal values share one). */
function ranks<T extends string | number>(values: readonly T[]): number[] {
  const distinct = [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const rank = new Map(distinct.map((value, index) => [value, index]));
  return values.map((value) => rank.get(value)!);
}
