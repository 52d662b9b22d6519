import { describe, expect, it } from 'vitest';
import { findDates } from './dates.js';
import { defaultLexicon } from './lexicon.js';

const lexicon = defaultLexicon();
const published = { year: 2018, month: 8, day: 2 }; // a Thursday

function resolve(text: string): Array<[string, string | null]> {
  return findDates(text, lexicon, published).map((d) => [d.text, d.iso]);
}

describe('findDates', () => {
  it('resolves absolute and partial dates against the publication date', () => {
    expect(resolve('On June 20, 2018 and July 31st, then Aug. 15 and 7/31/18.')).toEqual([
      ['June 20, 2018', '2018-06-20'],
      ['July 31st', '2018-07-31'],
      ['Aug. 15', '2018-08-15'],
      ['7/31/18', '2018-07-31'],
    ]);
    expect(resolve('Kayla Costa 2 August 2018')).toEqual([['2 August 2018', '2018-08-02']]);
    expect(resolve('in June 2019')).toEqual([['June 2019', '2019-06']]);
  });
  it('resolves weekdays to the most recent one and relative days', () => {
    expect(resolve('sent Monday, replied on Thursday, and yesterday')).toEqual([
      ['Monday', '2018-07-30'],
      ['Thursday', '2018-08-02'],
      ['yesterday', '2018-08-01'],
    ]);
  });
  it('puts a month-day well after publication in the previous year', () => {
    expect(resolve('since December 12')).toEqual([['December 12', '2017-12-12']]);
  });
  it('leaves dates unresolved without a reference', () => {
    expect(findDates('on Monday', lexicon).map((d) => d.iso)).toEqual([null]);
  });
});
