/**
 * Viewer filters as data: a {@link FilterState}, its defaults, the set of
 * nodes it keeps, and a lossless round trip through URL query parameters so a
 * filtered view can be shared as a link. Dates compare as intervals, so a
 * statement dated "2023-05" overlaps a range starting "2023-05-15".
 */
import { NODE_KINDS } from './style.js';
import type { FilterState, NodeKind, ViewModel, ViewNode } from './types.js';

/** Nothing hidden. */
export const DEFAULT_FILTERS: FilterState = Object.freeze({
  hiddenKinds: [],
  hiddenOutlets: [],
  dateFrom: null,
  dateTo: null,
  contestedOnly: false,
  minOutlets: 0,
}) as FilterState;

/** The first and last day covered by an ISO date of year, month or day precision. */
export function dateInterval(date: string): [string, string] {
  const day = date.slice(0, 10);
  if (/^\d{4}$/.test(day)) return [`${day}-01-01`, `${day}-12-31`];
  if (/^\d{4}-\d{2}$/.test(day)) return [`${day}-01`, `${day}-31`];
  return [day, day];
}

function inDateRange(node: ViewNode, from: string | null, to: string | null): boolean {
  if (node.dates.length === 0 || (from === null && to === null)) return true;
  const low = from === null ? null : dateInterval(from)[0];
  const high = to === null ? null : dateInterval(to)[1];
  return node.dates.some((date) => {
    const [start, end] = dateInterval(date);
    return (low === null || end >= low) && (high === null || start <= high);
  });
}

/**
 * The ids of the nodes that the filters keep; an edge is visible when both its ends are.
 * - `hiddenKinds`: nodes of these kinds are hidden;
 * - `hiddenOutlets`: nodes reported only by hidden outlets (and those outlets' nodes) are hidden;
 * - `dateFrom`/`dateTo`: dated nodes (statements, events) outside the range are hidden;
 * - `contestedOnly`: only contested nodes stay (disputed statements, disputes and their neighbours);
 * - `minOutlets`: statements reported by fewer distinct outlets are hidden.
 * @example visibleNodeIds(view, { ...DEFAULT_FILTERS, contestedOnly: true })
 */
export function visibleNodeIds(view: ViewModel, filters: FilterState): Set<string> {
  const hiddenKinds = new Set(filters.hiddenKinds);
  const hiddenOutlets = new Set(filters.hiddenOutlets);
  const visible = new Set<string>();
  for (const node of view.nodes) {
    if (hiddenKinds.has(node.kind)) continue;
    if (node.outlets.length > 0 && node.outlets.every((outlet) => hiddenOutlets.has(outlet))) continue;
    if (!inDateRange(node, filters.dateFrom, filters.dateTo)) continue;
    if (filters.contestedOnly && !node.contested) continue;
    if (node.kind === 'statement' && node.outlets.length < filters.minOutlets) continue;
    visible.add(node.id);
  }
  return visible;
}

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * Encodes the non-default filters as query parameters (`hide`, `hideOutlet`,
 * `from`, `to`, `contested`, `minOutlets`), sorted so equal states give equal URLs.
 * @example filtersToQuery({ ...DEFAULT_FILTERS, hiddenKinds: ['post'] }).toString() // 'hide=post'
 */
export function filtersToQuery(filters: FilterState): URLSearchParams {
  const query = new URLSearchParams();
  for (const kind of [...new Set(filters.hiddenKinds)].sort()) query.append('hide', kind);
  for (const outlet of [...new Set(filters.hiddenOutlets)].sort()) query.append('hideOutlet', outlet);
  if (filters.dateFrom) query.set('from', filters.dateFrom);
  if (filters.dateTo) query.set('to', filters.dateTo);
  if (filters.contestedOnly) query.set('contested', '1');
  if (filters.minOutlets > 0) query.set('minOutlets', String(filters.minOutlets));
  return query;
}

/**
 * Reads filters from query parameters; unknown kinds, malformed dates and
 * numbers are ignored (a shared link never breaks the viewer).
 */
export function filtersFromQuery(query: URLSearchParams): FilterState {
  const knownKinds = new Set<string>(NODE_KINDS);
  const date = (value: string | null) => (value !== null && ISO_DATE.test(value) ? value : null);
  const minOutlets = Number(query.get('minOutlets') ?? '0');
  const contested = query.get('contested');
  return {
    hiddenKinds: [...new Set(query.getAll('hide').filter((kind) => knownKinds.has(kind)))].sort() as NodeKind[],
    hiddenOutlets: [...new Set(query.getAll('hideOutlet'))].sort(),
    dateFrom: date(query.get('from')),
    dateTo: date(query.get('to')),
    contestedOnly: contested === '1' || contested === 'true',
    minOutlets: Number.isInteger(minOutlets) && minOutlets > 0 ? minOutlets : 0,
  };
}
