/**
 * The shareable part of the viewer's state, kept in the URL fragment so that a
 * copied link reopens the same view: the selected node, the filters (in the
 * projection's own query format), the SPARQL query, the camera and the active
 * tab. The fragment is a URL-encoded query string, e.g.
 * `#node=https%3A%2F%2F…&camera=0.5,0.5,1&tab=list&hide=post`.
 */
import { DEFAULT_FILTERS, filtersFromQuery, filtersToQuery, type FilterState } from '@claimgraph/projection';

/** Where the camera looks (sigma's normalised coordinates) and how far it is zoomed. */
export interface CameraPosition {
  x: number;
  y: number;
  ratio: number;
}

/** Which main view is shown. */
export type MainTab = 'graph' | 'list';

/** Everything a shared link restores. */
export interface UrlState {
  selected: string | null;
  filters: FilterState;
  query: string | null;
  camera: CameraPosition | null;
  tab: MainTab;
}

/** The state of a fresh page. */
export const DEFAULT_URL_STATE: UrlState = {
  selected: null,
  filters: DEFAULT_FILTERS,
  query: null,
  camera: null,
  tab: 'graph',
};

const SELECTED = 'node';
const QUERY = 'sparql';
const CAMERA = 'camera';
const TAB = 'tab';
const OWN_KEYS = new Set([SELECTED, QUERY, CAMERA, TAB]);

/**
 * Writes the state as a fragment (without the leading `#`). Default values
 * are left out, so a fresh view has an empty fragment.
 * @example encodeUrlState({ ...DEFAULT_URL_STATE, selected: 'https://x/a' }) // 'node=https%3A%2F%2Fx%2Fa'
 */
export function encodeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.selected) params.set(SELECTED, state.selected);
  if (state.tab !== 'graph') params.set(TAB, state.tab);
  if (state.camera) params.set(CAMERA, [state.camera.x, state.camera.y, state.camera.ratio].map(round).join(','));
  if (state.query) params.set(QUERY, state.query);
  for (const [key, value] of filtersToQuery(state.filters)) params.append(key, value);
  return params.toString();
}

/**
 * Reads the state from a fragment (with or without `#`); anything missing or
 * malformed takes its default value.
 * @example decodeUrlState('#tab=list').tab // 'list'
 */
export function decodeUrlState(fragment: string): UrlState {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const filterParams = new URLSearchParams();
  for (const [key, value] of params) if (!OWN_KEYS.has(key)) filterParams.append(key, value);
  return {
    selected: params.get(SELECTED) || null,
    filters: filtersFromQuery(filterParams),
    query: params.get(QUERY) || null,
    camera: parseCamera(params.get(CAMERA)),
    tab: params.get(TAB) === 'list' ? 'list' : 'graph',
  };
}

function parseCamera(text: string | null): CameraPosition | null {
  if (!text) return null;
  const parts = text.split(',').map(Number);
  if (parts.length !== 3 || parts.some((part) => !Number.isFinite(part))) return null;
  const [x, y, ratio] = parts as [number, number, number];
  if (ratio <= 0) return null;
  return { x, y, ratio };
}

function round(value: number): string {
  return String(Math.round(value * 10_000) / 10_000);
}
