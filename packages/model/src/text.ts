/**
 * Slicing of document bodies by code-point offsets. Offsets in the model count
 * Unicode code points while JavaScript strings index UTF-16 units; walking the
 * body from its start for every slice makes each anchor cost the length of its
 * document. Most bodies have no character outside the Basic Multilingual
 * Plane, where both counts agree and a plain `slice` gives the same text.
 * Also the length of a text in code points, and its one-line excerpt.
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

/** Length of a text in code points (as `[...text].length`). */
export function codePointLength(text: string): number {
  return HIGH_SURROGATE.test(text) ? [...text].length : text.length;
}

/** The first `length` characters of a text, on one line, with an ellipsis when cut. */
export function excerpt(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (!HIGH_SURROGATE.test(flat))
    return flat.length <= length ? flat : `${flat.slice(0, length - 1).trimEnd()}…`;
  const points = [...flat];
  return points.length <= length
    ? flat
    : `${points
        .slice(0, length - 1)
        .join('')
        .trimEnd()}…`;
}
