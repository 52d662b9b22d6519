import { describe, expect, it } from 'vitest';
import { FIXTURE, parseTrig } from './_fixture.js';
import { projectDataset } from './project.js';
import { foldText, searchIndex } from './search.js';

const view = projectDataset(parseTrig(FIXTURE), { layout: false });
const search = searchIndex(view);
const labels = (query: string, limit?: number) => search(query, limit).map((hit) => hit.label);

describe('searchIndex', () => {
  it('ignores case and diacritics', () => {
    expect(labels('zoe angstrom')).toEqual(['Zoë Ångström']);
    expect(foldText('  Zoë\tÅngström ')).toBe('zoe angstrom');
  });

  it('finds nodes by alias and reports which name matched', () => {
    expect(search('mayor ang')).toEqual([
      { id: 'https://w3id.org/claimgraph/id/actor/zoe', label: 'Zoë Ångström', kind: 'person', matched: 'Mayor Ångström' },
    ]);
  });

  it('ranks exact names before prefixes, prefixes before word starts, word starts before substrings', () => {
    expect(labels('mayor')).toEqual(['Mayor of Riverton', 'Zoë Ångström', 'Mayor defends curfew']);
    expect(search('mayor')[0]?.matched).toBe('Mayor');
    expect(labels('riverton')).toEqual(['Riverton Council', 'Mayor of Riverton']);
    expect(labels('iverton')).toEqual(['Mayor of Riverton', 'Riverton Council']);
    const ranked = labels('o', 50);
    expect(ranked.slice(0, 2)).toEqual(['Bram Ode', 'Mayor of Riverton']);
    expect(ranked.indexOf('Zoë Ångström')).toBeGreaterThan(ranked.indexOf('Mayor of Riverton'));
  });

  it('breaks ties by degree, then label', () => {
    expect(labels('curfew').slice(1, 3)).toEqual(['The curfew is lawful and it will stay in place for as long…', 'Is the curfew lawful?']);
    expect(labels('lawful')).toEqual([
      'The curfew is lawful and it will stay in place for as long…',
      'Is the curfew lawful?',
      'It was not lawful.',
    ]);
  });

  it('returns nothing for an empty query and respects the limit', () => {
    expect(search('   ')).toEqual([]);
    expect(search('e', 2)).toHaveLength(2);
  });
});
