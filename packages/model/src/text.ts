/**
 * Slicing of document bodies by code-point offsets. Offsets in the model count
 * Unicode code points while JavaScript strings index UTF-16 units; walking the
 * body from its start for every slice makes each anchor cost the length of its
 * document. Most bodies have no character outside the Basic Multilingual
 * Plane, where both counts agree and a plain `slice` gives the same text.
 */
import { sliceCodePoints } from '@claimgraph/extract';

/** Slices one text by code-point offsets (end exclusive). */
export type CodePointSlicer = (start: number, end: number) => string;

const HIGH_SURROGATE = /[\uD800-\uDBFF]/;

/**
 * A slicer for `text`: a direct `slice` when the text has no surrogate pairs,
 * `sliceCodePoints` otherwise — the same result either way.
 * @example codePointSlicer('a😀b')(1, 3) // '😀b'
 */
export function codePointSlicer(text: string): CodePointSlicer {
  if (HIGH_SURROGATE.test(text)) return (start, end) => sliceCodePoints(text, start, end);
  const clamp = (offset: number) => (offset > 0 ? Math.min(offset, text.length) : 0);
  return (start, end) => text.slice(clamp(start), clamp(end));
}
