import { describe, expect, it } from 'vitest';
import { defaultLexicon, perLexicon } from './lexicon.js';

describe('perLexicon', () => {
  it('builds once per lexicon and again for another lexicon', () => {
    let builds = 0;
    const words = perLexicon((lexicon) => {
      builds++;
      return lexicon.personNouns.size;
    });
    const lexicon = defaultLexicon();
    const other = { ...lexicon, personNouns: new Set(['nurse']) };
    expect([words(lexicon), words(lexicon), words(other)]).toEqual([
      lexicon.personNouns.size,
      lexicon.personNouns.size,
      1,
    ]);
    expect(builds).toBe(2);
  });
});
