/**
 * Span lookups that keep the pipeline linear on long documents: binary searches over lists sorted
 * by start offset, so that "the mentions between two offsets" or "is this offset inside a
 * quotation" cost O(log n) instead of a scan of the whole document.
 */

/** Index of the first item whose start is ≥ `position` in a list sorted by start. */
export function lowerBound(items: ReadonlyArray<{ start: number }>, position: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((items[middle] as { start: number }).start < position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Items (sorted by start) that start in [from, to). */
export function startingIn<T extends { start: number }>(
  items: readonly T[],
  from: number,
  to: number,
): T[] {
  const found: T[] = [];
  for (let i = lowerBound(items, from); i < items.length; i++) {
    const item = items[i] as T;
    if (item.start >= to) break;
    found.push(item);
  }
  return found;
}

/** Whether `position` lies inside one of `spans` ([start, end) pairs sorted by start, not nested). */
export function insideSorted(
  spans: ReadonlyArray<readonly [number, number]>,
  position: number,
): boolean {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((spans[middle] as readonly [number, number])[0] <= position) low = middle + 1;
    else high = middle;
  }
  const candidate = spans[low - 1];
  return candidate !== undefined && position >= candidate[0] && position < candidate[1];
}
