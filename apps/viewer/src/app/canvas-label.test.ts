import { describe, expect, it } from 'vitest';
import { canvasLabel } from './canvas-label.js';

describe('canvas labels', () => {
  it('keeps short labels and cuts long ones at a word with an ellipsis', () => {
    expect(canvasLabel('Short name')).toBe('Short name');
    const cut = canvasLabel('At this time I am denying your request for additional resources from the bureau');
    expect(cut).toBe('At this time I am denying your…');
    expect(cut.length).toBeLessThanOrEqual(36);
  });

  it('cuts a label without spaces at the limit', () => {
    expect(canvasLabel('x'.repeat(50))).toBe(`${'x'.repeat(35)}…`);
  });
});
