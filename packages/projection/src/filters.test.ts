import { describe, expect, it } from 'vitest';
import { FIXTURE, parseTrig } from './_fixture.js';
import { DEFAULT_FILTERS, dateInterval, filtersFromQuery, filtersToQuery, visibleNodeIds } from './filters.js';
import { projectDataset } from './project.js';
import type { FilterState } from './types.js';

const ID = 'https://w3id.org/claimgraph/id/';
const view = projectDataset(parseTrig(FIXTURE), { layout: false });
const all = view.nodes.map((node) => node.id);

function hidden(filters: Partial<FilterState>): string[] {
  const visible = visibleNodeIds(view, { ...DEFAULT_FILTERS, ...filters });
  return all.filter((id) => !visible.has(id)).map((id) => id.slice(ID.length));
}

describe('visibleNodeIds', () => {
  it('keeps everything with the default filters', () => {
    expect(hidden({})).toEqual([]);
  });

  it('hides node kinds', () => {
    expect(hidden({ hiddenKinds: ['article', 'outlet'] })).toEqual([
      'document/d1',
      'document/d2',
      'document/d3',
      'outlet/daily-post',
      'outlet/evening-star',
    ]);
  });

  it('hides what only hidden outlets report, and keeps what another outlet also reports', () => {
    expect(hidden({ hiddenOutlets: ['Evening Star'] })).toEqual(['document/d2', 'outlet/evening-star']);
    expect(hidden({ hiddenOutlets: ['Evening Star', 'Blog: a note'] })).toEqual([
      'actor/bram',
      'document/d2',
      'document/d3',
      'outlet/evening-star',
      'statement/s2',
    ]);
  });

  it('hides dated nodes outside the date range, treating partial dates as intervals', () => {
    expect(hidden({ dateFrom: '2024-03-02' })).toEqual(['statement/s1']);
    expect(hidden({ dateTo: '2024-03-31' })).toEqual(['statement/s3']);
    expect(hidden({ dateFrom: '2024-03-06', dateTo: '2024-03-31' })).toEqual(['event/protest', 'statement/s1', 'statement/s3']);
    expect(hidden({ dateFrom: '2024-04', dateTo: '2024' })).toEqual(['event/protest', 'statement/s1', 'statement/s2']);
  });

  it('keeps only contested nodes', () => {
    expect(hidden({ contestedOnly: true })).toEqual(['event/protest', 'statement/s3']);
  });

  it('hides statements reported by fewer outlets than asked', () => {
    expect(hidden({ minOutlets: 1 })).toEqual(['statement/s3']);
    expect(hidden({ minOutlets: 3 })).toEqual(['statement/s1', 'statement/s2', 'statement/s3']);
  });

  it('combines filters (a node must pass every one)', () => {
    expect(hidden({ contestedOnly: true, hiddenKinds: ['article'], dateTo: '2024-03-01', hiddenOutlets: ['Daily Post'] })).toEqual([
      'document/d1',
      'document/d2',
      'document/d3',
      'event/protest',
      'outlet/daily-post',
      'statement/s3',
    ]);
  });
});

describe('dateInterval', () => {
  it('expands years and months to their first and last day', () => {
    expect(dateInterval('2024')).toEqual(['2024-01-01', '2024-12-31']);
    expect(dateInterval('2024-02')).toEqual(['2024-02-01', '2024-02-31']);
    expect(dateInterval('2024-02-03T10:00:00Z')).toEqual(['2024-02-03', '2024-02-03']);
  });
});

describe('filters in the URL', () => {
  const state: FilterState = {
    hiddenKinds: ['post', 'article'],
    hiddenOutlets: ['Evening Star', 'A & B "News"'],
    dateFrom: '2024-03',
    dateTo: '2024-04-10',
    contestedOnly: true,
    minOutlets: 2,
  };

  it('round-trips through a query string', () => {
    const text = filtersToQuery(state).toString();
    const back = filtersFromQuery(new URLSearchParams(text));
    expect(back).toEqual({ ...state, hiddenKinds: ['article', 'post'], hiddenOutlets: ['A & B "News"', 'Evening Star'] });
    expect(filtersToQuery(back).toString()).toBe(text);
  });

  it('writes nothing for the defaults and reads the defaults from an empty query', () => {
    expect(filtersToQuery(DEFAULT_FILTERS).toString()).toBe('');
    expect(filtersFromQuery(new URLSearchParams())).toEqual(DEFAULT_FILTERS);
  });

  it('ignores unknown kinds, malformed dates and numbers instead of failing', () => {
    const back = filtersFromQuery(new URLSearchParams('hide=unicorn&hide=post&from=yesterday&to=2024-13-99x&minOutlets=-3&contested=maybe'));
    expect(back).toEqual({ ...DEFAULT_FILTERS, hiddenKinds: ['post'] });
  });
});
