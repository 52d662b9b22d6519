/**
 * Turns a document's highlighted spans into pieces of text a reader can show.
 * Span offsets count Unicode code points (as the RDF anchors do), while
 * JavaScript strings index UTF-16 code units; characters outside the Basic
 * Multilingual Plane (emoji, some CJK) take two units, so the offsets are
 * converted through a code-point index table, never used directly.
 */
import type { ViewSpan } from '@claimgraph/projection';

/**
 * The UTF-16 index of every code point of `text`, plus one past the end:
 * `table[n]` is where code point `n` starts.
 * @example codePointIndexTable('a😀b') // [0, 1, 3, 4]
 */
export function codePointIndexTable(text: string): Uint32Array {
  const table = new Uint32Array([...text].length + 1);
  let codePoint = 0;
  for (let index = 0; index < text.length; index += 1) {
    table[codePoint] = index;
    codePoint += 1;
    const unit = text.charCodeAt(index);
    if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) index += 1;
    }
  }
  table[codePoint] = text.length;
  return table;
}

/** One run of text and the spans that cover all of it (empty for plain text). */
export interface TextPiece {
  text: string;
  /** UTF-16 start index in the document text. */
  from: number;
  spans: ViewSpan[];
}

/**
 * Cuts `text` at every span boundary into pieces, each carrying the spans that
 * cover it. Spans outside the text or empty are ignored; overlapping spans
 * both cover the overlap.
 * @example splitIntoPieces('a😀b', [{ start: 1, end: 2, nodeId: 'n', kind: 'mention' }])
 * // [{ text: 'a', … spans: [] }, { text: '😀', … spans: [span] }, { text: 'b', … spans: [] }]
 */
export function splitIntoPieces(text: string, spans: readonly ViewSpan[]): TextPiece[] {
  const table = codePointIndexTable(text);
  const codePoints = table.length - 1;
  const valid = spans.filter((span) => span.start >= 0 && span.end <= codePoints && span.start < span.end);
  const cuts = new Set<number>([0, codePoints]);
  for (const span of valid) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const boundaries = [...cuts].sort((a, b) => a - b);
  // Sweep: spans enter at their start and leave at their end, so every span
  // active in a piece covers all of it (the pieces are cut at every boundary).
  const order = new Map(valid.map((span, index) => [span, index]));
  const byStart = [...valid].sort((a, b) => a.start - b.start);
  let next = 0;
  let active: ViewSpan[] = [];
  const pieces: TextPiece[] = [];
  for (let i = 0; i + 1 < boundaries.length; i += 1) {
    const start = boundaries[i]!;
    const end = boundaries[i + 1]!;
    active = active.filter((span) => span.end > start);
    while (next < byStart.length && byStart[next]!.start <= start) active.push(byStart[next++]!);
    const from = table[start]!;
    pieces.push({
      text: text.slice(from, table[end]),
      from,
      spans: [...active].sort((a, b) => order.get(a)! - order.get(b)!),
    });
  }
  return pieces;
}

const KIND_PRIORITY: Readonly<Record<ViewSpan['kind'], number>> = { report: 0, evidence: 1, mention: 2 };

/**
 * The span a click on a piece should follow: the focused node's span when it
 * is one of them, else a report before evidence before a mention, the
 * shortest first.
 */
export function primarySpan(spans: readonly ViewSpan[], focusNodeId: string | null): ViewSpan | null {
  if (spans.length === 0) return null;
  const focused = spans.find((span) => span.nodeId === focusNodeId);
  if (focused) return focused;
  return [...spans].sort(
    (a, b) => KIND_PRIORITY[a.kind] - KIND_PRIORITY[b.kind] || a.end - a.start - (b.end - b.start),
  )[0]!;
}
