import { sliceCodePoints } from '@claimgraph/extract';
import { describe, expect, it } from 'vitest';
import { codePointSlicer } from './text.js';

describe('codePointSlicer', () => {
  it('gives what sliceCodePoints gives, with and without characters beyond the BMP', () => {
    for (const text of ['plain text, “curly” quotes — dashes', 'a😀b 𝄞 music', '', 'end 😀']) {
      const slice = codePointSlicer(text);
      const length = [...text].length;
      for (let start = -2; start <= length + 2; start += 1)
        for (let end = -2; end <= length + 3; end += 1)
          expect(slice(start, end)).toBe(sliceCodePoints(text, start, end));
    }
  });
});
