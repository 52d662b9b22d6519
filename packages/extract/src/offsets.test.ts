import { describe, expect, it } from 'vitest';
import {
  codePointConverter,
  lineColumnAt,
  sliceCodePoints,
  toCodePointOffset,
  toUtf16Offset,
} from './offsets.js';

describe('offsets', () => {
  const text = 'a😀b — “c”';
  it('converts between UTF-16 indices and code points', () => {
    expect(toCodePointOffset(text, 3)).toBe(2);
    expect(toUtf16Offset(text, 2)).toBe(3);
    expect(sliceCodePoints(text, 1, 3)).toBe('😀b');
    const convert = codePointConverter(text);
    for (let i = 0; i <= text.length; i++)
      if (i !== 2) expect(convert(i)).toBe(toCodePointOffset(text, i));
  });
  it('gives 1-based lines and columns', () => {
    expect(lineColumnAt('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
