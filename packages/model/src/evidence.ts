/**
 * Checks the analyst layer against the corpus: every evidence quote must be
 * the document's own words. A quote is located by exact search in the body
 * (its n-th occurrence when `occurrence` is given) and turned into a span of
 * Unicode code points, the unit of every offset in the graph.
 */
import { toCodePointOffset } from '@claimgraph/extract';
import { AnnotationError, type EvidenceRef } from './annotations.js';

/** A located evidence quote. */
export interface LocatedEvidence {
  doc: string;
  start: number;
  end: number;
  exact: string;
}

/**
 * Finds an evidence quote in its document's body.
 * @throws AnnotationError when the document is unknown or the words are not in it.
 * @example locateEvidence(ref, new Map([['doc1', body]]));
 */
export function locateEvidence(
  ref: EvidenceRef,
  bodies: ReadonlyMap<string, string>,
): LocatedEvidence {
  const body = bodies.get(ref.doc);
  if (body === undefined) {
    const known = [...bodies.keys()].sort();
    throw new AnnotationError(
      ref.where,
      `evidence names document '${ref.doc}', which is not in the corpus (documents: ${known.slice(0, 8).join(', ')}${known.length > 8 ? ', …' : ''})`,
    );
  }
  let from = 0;
  let index = -1;
  for (let seen = 0; seen < ref.occurrence; seen += 1) {
    index = body.indexOf(ref.quote, from);
    if (index < 0) break;
    from = index + 1;
  }
  if (index < 0) {
    const shown = ref.quote.length > 80 ? `${ref.quote.slice(0, 77)}…` : ref.quote;
    throw new AnnotationError(
      ref.where,
      ref.occurrence > 1
        ? `evidence quote occurs fewer than ${ref.occurrence} times in document '${ref.doc}': "${shown}"`
        : `evidence quote is not in document '${ref.doc}' (it must be the document's exact words): "${shown}"`,
    );
  }
  const start = toCodePointOffset(body, index);
  return { doc: ref.doc, start, end: start + [...ref.quote].length, exact: ref.quote };
}
