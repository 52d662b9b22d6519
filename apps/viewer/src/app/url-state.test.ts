import { DEFAULT_FILTERS } from '@claimgraph/projection';
import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, decodeUrlState, encodeUrlState, type UrlState } from './url-state.js';

describe('shareable URL state', () => {
  it('leaves the fragment empty for a fresh view', () => {
    expect(encodeUrlState(DEFAULT_URL_STATE)).toBe('');
    expect(decodeUrlState('')).toEqual(DEFAULT_URL_STATE);
  });

  it('round-trips selection, filters, query, camera and tab', () => {
    const state: UrlState = {
      selected: 'https://w3id.org/claimgraph/id/statement/abc#x',
      filters: { ...DEFAULT_FILTERS, hiddenKinds: ['post', 'article'], hiddenOutlets: ['Valley Post & Co'], contestedOnly: true, minOutlets: 2, dateFrom: '2021-03-01', dateTo: null },
      query: 'SELECT ?s WHERE {\n  ?s a <https://w3id.org/claimgraph/ontology#Statement> # all\n}',
      camera: { x: 0.25, y: 0.75, ratio: 0.5 },
      tab: 'list',
    };
    const decoded = decodeUrlState(`#${encodeUrlState(state)}`);
    expect(decoded).toEqual({ ...state, filters: { ...state.filters, hiddenKinds: ['article', 'post'] } });
  });

  it('rounds the camera to four decimals so links stay short', () => {
    const fragment = encodeUrlState({ ...DEFAULT_URL_STATE, camera: { x: 0.123456789, y: 1, ratio: 0.33333333 } });
    expect(new URLSearchParams(fragment).get('camera')).toBe('0.1235,1,0.3333');
  });

  it('ignores a malformed camera and an unknown tab', () => {
    expect(decodeUrlState('camera=1,2&tab=map')).toMatchObject({ camera: null, tab: 'graph' });
    expect(decodeUrlState('camera=1,2,-3').camera).toBeNull();
    expect(decodeUrlState('camera=a,b,c').camera).toBeNull();
  });
});
