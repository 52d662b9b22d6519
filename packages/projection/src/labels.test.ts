import { describe, expect, it } from 'vitest';
import { excerpt, humanize, localName } from './labels.js';

describe('labels', () => {
  it('cuts excerpts at a word boundary and marks the cut', () => {
    expect(excerpt('We will not comment on that at all', 20)).toBe('We will not comment…');
    expect(excerpt('  short\n text ', 20)).toBe('short text');
    expect(excerpt('Supercalifragilisticexpialidocious', 10)).toBe('Supercalif…');
  });

  it('turns property local names into words', () => {
    expect(humanize(localName('https://w3id.org/claimgraph/ontology#statedOn'))).toBe('stated on');
    expect(humanize(localName('http://www.w3.org/ns/org#postIn'))).toBe('post in');
  });
});
