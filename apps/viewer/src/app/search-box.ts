/**
 * The search box in the header: a combobox that suggests nodes by name or
 * alias as the user types (arrow keys move through the suggestions, Enter
 * picks one, Escape closes the list). Picking a node selects it and flies the
 * camera to it.
 */
import { NODE_STYLE, searchIndex, type SearchHit } from '@claimgraph/projection';
import { el, replaceChildren } from './dom.js';
import { swatch } from './filters-panel.js';
import type { ViewerStore } from './store.js';

/** Mounts the search combobox in `container`; `onPick` runs after a node is chosen. */
export function mountSearchBox(container: HTMLElement, store: ViewerStore, onPick: (nodeId: string) => void): HTMLInputElement {
  const search = searchIndex(store.view);
  const input = el('input', {
    type: 'search',
    id: 'search-input',
    class: 'search-input',
    placeholder: 'Search people, organisations, statements…  ( / )',
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': 'search-results',
    'aria-label': 'Search the graph by name or alias',
    autocomplete: 'off',
    spellcheck: 'false',
  });
  const list = el('ul', { id: 'search-results', class: 'search-results', role: 'listbox', 'aria-label': 'Matches', hidden: true });
  replaceChildren(container, input, list);

  let hits: SearchHit[] = [];
  let active = -1;
  const close = (): void => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const pick = (hit: SearchHit | undefined): void => {
    if (!hit) return;
    input.value = hit.label;
    close();
    onPick(hit.id);
  };
  const render = (): void => {
    replaceChildren(
      list,
      ...hits.map((hit, index) => {
        const item = el(
          'li',
          { id: `search-hit-${index}`, role: 'option', class: 'search-hit', 'aria-selected': String(index === active) },
          swatch(NODE_STYLE[hit.kind]?.color ?? '#888'),
          el('span', { class: 'hit-label' }, hit.label),
          hit.matched !== hit.label ? el('span', { class: 'hit-alias' }, `“${hit.matched}”`) : null,
          el('span', { class: 'hit-kind' }, NODE_STYLE[hit.kind]?.label ?? hit.kind),
        );
        item.addEventListener('mousedown', (event) => {
          event.preventDefault();
          pick(hit);
        });
        return item;
      }),
    );
    if (active >= 0) input.setAttribute('aria-activedescendant', `search-hit-${active}`);
    else input.removeAttribute('aria-activedescendant');
    list.querySelector('[aria-selected="true"]')?.scrollIntoView?.({ block: 'nearest' });
  };
  input.addEventListener('input', () => {
    const query = input.value.trim();
    hits = query ? search(query, 8) : [];
    active = hits.length > 0 ? 0 : -1;
    list.hidden = hits.length === 0;
    input.setAttribute('aria-expanded', String(hits.length > 0));
    render();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (hits.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      active = (active + step + hits.length) % hits.length;
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      pick(hits[Math.max(0, active)]);
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', close);
  return input;
}
