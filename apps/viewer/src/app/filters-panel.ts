/**
 * The left panel: the legend (one toggle per node class, with its colour and
 * count), one toggle per outlet, a timeline over the statements' dates, a
 * "contested only" switch and a minimum number of reporting outlets. Every
 * control is a native form element, so all of it works from the keyboard.
 */
import { DEFAULT_FILTERS, type FilterState, type NodeKind } from '@claimgraph/projection';
import { el, replaceChildren } from './dom.js';
import type { ViewerStore } from './store.js';

/** Mounts the filter panel in `container` and keeps it in step with the store. */
export function mountFiltersPanel(container: HTMLElement, store: ViewerStore): void {
  const view = store.view;
  const set = (patch: Partial<FilterState>): void => store.update({ filters: { ...store.state.filters, ...patch } });
  const dates = [...new Set(view.statements.map((statement) => statement.date).filter((d): d is string => !!d))].sort();
  const maxOutlets = Math.max(1, view.outlets.length);

  const summary = el('p', { class: 'filter-summary', role: 'status', 'aria-live': 'polite' });
  const legendList = el('ul', { class: 'legend', 'aria-label': 'Node classes (toggle to show or hide)' });
  const outletList = el('ul', { class: 'toggle-list', 'aria-label': 'Outlets (toggle to show or hide)' });
  const contested = el('input', { type: 'checkbox', id: 'filter-contested' });
  contested.addEventListener('change', () => set({ contestedOnly: contested.checked }));
  const minOutlets = el('input', { type: 'range', id: 'filter-min-outlets', min: 0, max: maxOutlets, step: 1 });
  const minOutletsValue = el('output', { for: 'filter-min-outlets', class: 'range-value' });
  minOutlets.addEventListener('input', () => set({ minOutlets: Number(minOutlets.value) }));
  const dateFrom = el('input', { type: 'range', id: 'filter-date-from', min: 0, max: Math.max(0, dates.length - 1), step: 1, 'aria-label': 'Earliest statement date' });
  const dateTo = el('input', { type: 'range', id: 'filter-date-to', min: 0, max: Math.max(0, dates.length - 1), step: 1, 'aria-label': 'Latest statement date' });
  const dateLabel = el('output', { class: 'range-value', id: 'filter-date-label' });
  const histogram = dateHistogram(view.statements.map((statement) => statement.date).filter((d): d is string => !!d));
  const onDates = (): void => {
    let from = Number(dateFrom.value);
    let to = Number(dateTo.value);
    if (from > to) [from, to] = [to, from];
    set({
      dateFrom: from === 0 ? null : (dates[from] ?? null),
      dateTo: to === dates.length - 1 ? null : (dates[to] ?? null),
    });
  };
  dateFrom.addEventListener('input', onDates);
  dateTo.addEventListener('input', onDates);
  const reset = el('button', { type: 'button', class: 'link-button' }, 'Reset filters');
  reset.addEventListener('click', () => store.update({ filters: DEFAULT_FILTERS }));

  const timeline =
    dates.length > 1
      ? el(
          'fieldset',
          { class: 'filter-group' },
          el('legend', {}, 'Statement dates'),
          histogram.element,
          el('div', { class: 'timeline' }, dateFrom, dateTo),
          dateLabel,
        )
      : null;

  replaceChildren(
    container,
    el('section', { class: 'filter-group', 'aria-labelledby': 'legend-heading' }, el('h2', { id: 'legend-heading' }, 'Classes'), legendList),
    el(
      'fieldset',
      { class: 'filter-group' },
      el('legend', {}, 'Claims'),
      el('label', { class: 'check' }, contested, ' Contested only'),
      el('label', { for: 'filter-min-outlets', class: 'range-label' }, 'Reported by at least ', minOutletsValue),
      minOutlets,
    ),
    timeline,
    view.outlets.length > 0
      ? el('section', { class: 'filter-group', 'aria-labelledby': 'outlets-heading' }, el('h2', { id: 'outlets-heading' }, 'Outlets'), outletList)
      : null,
    el('div', { class: 'filter-footer' }, summary, reset),
  );

  const render = (): void => {
    const filters = store.state.filters;
    replaceChildren(
      legendList,
      ...view.legend.map((entry) => legendItem(entry, !filters.hiddenKinds.includes(entry.kind), () => toggleKind(entry.kind))),
    );
    replaceChildren(
      outletList,
      ...view.outlets.map((outlet) => {
        const box = el('input', { type: 'checkbox', checked: !filters.hiddenOutlets.includes(outlet) });
        box.addEventListener('change', () => {
          const hidden = new Set(store.state.filters.hiddenOutlets);
          if (box.checked) hidden.delete(outlet);
          else hidden.add(outlet);
          set({ hiddenOutlets: view.outlets.filter((name) => hidden.has(name)) });
        });
        return el('li', {}, el('label', { class: 'check' }, box, ` ${outlet}`));
      }),
    );
    contested.checked = filters.contestedOnly;
    minOutlets.value = String(filters.minOutlets);
    minOutletsValue.textContent = `${filters.minOutlets} outlet${filters.minOutlets === 1 ? '' : 's'}`;
    const fromIndex = filters.dateFrom ? Math.max(0, dates.findIndex((date) => date >= filters.dateFrom!)) : 0;
    const toIndex = filters.dateTo ? lastIndexAtMost(dates, filters.dateTo) : dates.length - 1;
    dateFrom.value = String(fromIndex);
    dateTo.value = String(toIndex);
    dateLabel.textContent = dates.length > 1 ? `${dates[fromIndex] ?? ''} – ${dates[toIndex] ?? ''}` : '';
    histogram.mark(dates[fromIndex] ?? '', dates[toIndex] ?? '');
    summary.textContent = `Showing ${store.visible.size} of ${view.nodes.length} nodes`;
  };
  const toggleKind = (kind: NodeKind): void => {
    const hidden = new Set(store.state.filters.hiddenKinds);
    if (hidden.has(kind)) hidden.delete(kind);
    else hidden.add(kind);
    set({ hiddenKinds: view.legend.map((entry) => entry.kind).filter((k) => hidden.has(k)) });
  };
  render();
  store.subscribe((changed) => {
    if (changed.has('filters')) render();
  });
}

function legendItem(
  entry: { kind: NodeKind; label: string; color: string; count: number },
  shown: boolean,
  toggle: () => void,
): HTMLLIElement {
  const button = el(
    'button',
    { type: 'button', class: 'legend-item', 'aria-pressed': String(shown), 'data-kind': entry.kind, title: `${shown ? 'Hide' : 'Show'} ${entry.label}` },
    swatch(entry.color),
    el('span', { class: 'legend-label' }, entry.label),
    el('span', { class: 'legend-count' }, String(entry.count)),
  );
  button.addEventListener('click', toggle);
  return el('li', {}, button);
}

/** A coloured dot for a class (colour set through CSSOM, which the CSP allows). */
export function swatch(color: string): HTMLSpanElement {
  const dot = el('span', { class: 'swatch', 'aria-hidden': 'true' });
  dot.style.backgroundColor = color;
  return dot;
}

/** Bars of statements per period over the date range, in at most 24 buckets. */
function dateHistogram(statementDates: readonly string[]): { element: HTMLElement; mark: (from: string, to: string) => void } {
  const sorted = [...statementDates].sort();
  const element = el('div', { class: 'histogram', 'aria-hidden': 'true' });
  if (sorted.length === 0) return { element, mark: () => {} };
  const day = (date: string): number => Date.parse(date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);
  const first = day(sorted[0]!);
  const last = day(sorted[sorted.length - 1]!);
  const buckets = Math.min(24, Math.max(1, sorted.length));
  const width = Math.max(1, (last - first) / buckets);
  const counts = new Array<number>(buckets).fill(0);
  const starts = Array.from({ length: buckets }, (_, i) => first + i * width);
  for (const date of sorted) counts[Math.min(buckets - 1, Math.floor((day(date) - first) / width))]! += 1;
  const max = Math.max(...counts);
  const bars = counts.map((count) => {
    const bar = el('span');
    bar.style.height = `${Math.round((count / max) * 100)}%`;
    element.appendChild(bar);
    return bar;
  });
  return {
    element,
    mark: (from, to) => {
      const lower = from ? day(from) : first;
      const upper = to ? day(to) : last;
      bars.forEach((bar, i) => bar.classList.toggle('in-range', starts[i]! + width >= lower && starts[i]! <= upper));
    },
  };
}

function lastIndexAtMost(sorted: readonly string[], limit: string): number {
  let index = -1;
  for (let i = 0; i < sorted.length; i += 1) if (sorted[i]! <= limit) index = i;
  return Math.max(0, index);
}
