/**
 * Labels as the canvas draws them: long statement texts are cut at a word so
 * that labels stay short enough for sigma's label grid to keep them apart.
 */

/** Longest label drawn on the canvas; the details panel shows the whole text. */
const CANVAS_LABEL_LENGTH = 36;

/**
 * Shortens a label for the canvas at a word boundary, with an ellipsis.
 * @example canvasLabel('a very long statement …') // 'a very long …'
 */
export function canvasLabel(label: string): string {
  if (label.length <= CANVAS_LABEL_LENGTH) return label;
  const cut = label.slice(0, CANVAS_LABEL_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > CANVAS_LABEL_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:…]+$/, '')}…`;
}
