/**
 * The list view: every statement the filters let through as a table row —
 * speaker, date, words, reporting outlets, disputed or not — an accessible
 * alternative to the canvas. Activating a row selects the statement.
 */
import { el, replaceChildren } from './dom.js';
import type { ViewerStore } from './store.js';

/** Mounts the statement table in `container`; `select` selects a node. */
export function mountStatementList(container: HTMLElement, store: ViewerStore, select: (nodeId: string) => void): void {
  const body = el('tbody');
  replaceChildren(
    container,
    el(
      'table',
      { class: 'statement-table', 'aria-label': 'Statements' },
      el(
        'thead',
        {},
        el('tr', {}, el('th', { scope: 'col' }, 'Speaker'), el('th', { scope: 'col' }, 'Date'), el('th', { scope: 'col' }, 'Statement'), el('th', { scope: 'col' }, 'Reported by')),
      ),
      body,
    ),
  );
  const render = (): void => {
    const rows = store.view.statements
      .filter((statement) => store.visible.has(statement.id))
      .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id))
      .map((statement) => {
        const outlets = [...new Set(statement.reports.map((report) => report.outlet).filter((o): o is string => !!o))];
        const open = el('button', { type: 'button', class: 'row-link', 'data-node-id': statement.id }, `“${statement.text}”`);
        open.addEventListener('click', () => select(statement.id));
        const speaker = statement.speaker;
        const speakerLink = speaker ? el('button', { type: 'button', class: 'node-link', 'data-node-id': speaker.id }, speaker.label) : '—';
        if (speaker && typeof speakerLink !== 'string') speakerLink.addEventListener('click', () => select(speaker.id));
        const row = el(
          'tr',
          { class: statement.id === store.state.selected ? 'selected' : '', 'aria-selected': String(statement.id === store.state.selected) },
          el('td', {}, speakerLink),
          el('td', { class: 'nowrap' }, statement.date ?? '—'),
          el('td', {}, open, statement.disputes.length > 0 ? el('span', { class: 'contested-badge' }, 'disputed') : null),
          el('td', {}, outlets.join(', ') || '—'),
        );
        return row;
      });
    replaceChildren(body, ...(rows.length > 0 ? rows : [el('tr', {}, el('td', { colspan: 4, class: 'muted' }, 'No statement matches the filters.'))]));
  };
  render();
  store.subscribe((changed) => {
    if (changed.has('filters') || changed.has('selected')) render();
  });
}
