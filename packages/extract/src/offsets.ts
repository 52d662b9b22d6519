/**
 * Offset arithmetic. JavaScript strings index UTF-16 code units, while the RDF layer (and every
 * start/end this package emits) counts Unicode code points. These helpers convert between the two
 * and turn offsets into 1-based line/column pairs for error messages.
 */

/**
 * Converts a UTF-16 index of `text` into a code-point offset.
 * @example toCodePointOffset('a😀b', 3) // → 2
 */
export function toCodePointOffset(text: string, utf16Index: number): number {
  let codePoints = 0;
  for (let i = 0; i < utf16Index && i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < utf16Index) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    codePoints++;
  }
  return codePoints;
}

/**
 * Converts a code-point offset of `text` into a UTF-16 index (for `slice`).
 * @example toUtf16Offset('a😀b', 2) // → 3
 */
export function toUtf16Offset(text: string, codePointOffset: number): number {
  let index = 0;
  for (let cp = 0; cp < codePointOffset && index < text.length; cp++) {
    const unit = text.charCodeAt(index);
    index += unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length ? 2 : 1;
  }
  return index;
}

/** Slices `text` by code-point offsets (end exclusive). */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return text.slice(toUtf16Offset(text, start), toUtf16Offset(text, end));
}

/**
 * Builds a fast UTF-16 → code-point converter for one text (O(n) once, O(1) per lookup).
 * Returns the identity when the text has no surrogate pairs.
 */
export function codePointConverter(text: string): (utf16Index: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (index) => index;
  const table = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = cp;
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        table[i + 1] = cp;
        i++;
      }
    }
    cp++;
  }
  table[text.length] = cp;
  return (index) => table[Math.max(0, Math.min(index, text.length))] ?? cp;
}

/** 1-based line and column (in code points) of a UTF-16 index. */
export function lineColumnAt(text: string, utf16Index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < utf16Index && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return {
    line,
    column: toCodePointOffset(text.slice(lineStart, utf16Index), utf16Index - lineStart) + 1,
  };
}
