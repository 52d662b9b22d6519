/**
 * Starts the viewer page: loads the view model from the server (or shows why
 * it cannot), restores the state a shared link carries, mounts the panels
 * (search, filters and legend, canvas or statement list, details and reader,
 * SPARQL on demand) and keeps the URL in step with what the user looks at.
 */
import { fetchView, ViewerLoadError } from './dataset-source.js';
import { mountDetailsPanel } from './details-panel.js';
import { byId, el, replaceChildren } from './dom.js';
import { exportDataset, exportPng, exportVisibleTurtle } from './exports.js';
import { mountFiltersPanel } from './filters-panel.js';
import { mountGraphView } from './graph-view.js';
import { createLayoutControl } from './layout-control.js';
import { mountSearchBox } from './search-box.js';
import { mountStatementList } from './statement-list.js';
import { ViewerStore, type ViewerFields } from './store.js';
import { decodeUrlState, encodeUrlState } from './url-state.js';

/** Loads the data and mounts the whole page. */
export async function startApp(): Promise<void> {
  const app = byId('app');
  let view;
  try {
    view = await fetchView();
  } catch (error) {
    showFatal(error);
    return;
  }
  if (view.nodes.length === 0) {
    showFatal(new ViewerLoadError('The dataset holds nothing the viewer can show (no actors, statements or articles).'));
    return;
  }
  const initial = decodeUrlState(location.hash);
  const store = new ViewerStore(view, {
    filters: initial.filters,
    selected: initial.selected,
    hovered: null,
    highlighted: new Set(),
    query: initial.query,
    camera: initial.camera,
    tab: initial.tab,
    reader: null,
  });

  const graphView = mountGraphView(byId('graph'), store);
  const select = (nodeId: string): void => {
    store.update({ selected: nodeId, highlighted: new Set() });
    if (store.state.tab === 'graph') graphView.focusNode(nodeId);
  };
  mountSearchBox(byId('search'), store, (nodeId) => {
    store.update({ selected: nodeId, tab: 'graph', highlighted: new Set() });
    graphView.focusNode(nodeId);
  });
  mountFiltersPanel(byId('filters'), store);
  mountDetailsPanel(byId('details'), byId('reader'), store, select);
  mountStatementList(byId('list'), store, select);
  wireTabs(store, (nodeId) => graphView.focusNode(nodeId));
  wireLayout(store, graphView);
  wireExports(store, graphView);
  wireSparql(store, select);
  wireZoom(graphView);

  store.subscribe((changed) => {
    if (changed.has('filters') || changed.has('selected') || changed.has('hovered') || changed.has('highlighted')) {
      graphView.refresh();
    }
    if (URL_FIELDS.some((field) => changed.has(field))) writeUrl(store);
  });
  if (initial.selected && !initial.camera && store.nodesById.has(initial.selected)) graphView.focusNode(initial.selected);
  document.addEventListener('keydown', (event) => {
    const typing = event.target instanceof HTMLElement && (event.target.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(event.target.tagName));
    if (typing) return;
    if (event.key === '/') {
      event.preventDefault();
      byId('search-input').focus();
    } else if (event.key === 'Escape' && (store.state.selected || store.state.highlighted.size > 0)) {
      store.update({ selected: null, highlighted: new Set() });
    }
  });
  window.addEventListener('hashchange', () => {
    // A link to another view opened in this tab: apply it (our own writes use replaceState and fire no event).
    const next = decodeUrlState(location.hash);
    store.update({ selected: next.selected, filters: next.filters, query: next.query, tab: next.tab, camera: next.camera });
    if (next.camera) graphView.sigma.getCamera().setState(next.camera);
    else if (next.selected) graphView.focusNode(next.selected);
  });
  byId('loading').remove();
  app.dataset['ready'] = 'true';
}

const URL_FIELDS: ReadonlyArray<keyof ViewerFields> = ['selected', 'filters', 'query', 'camera', 'tab'];

function writeUrl(store: ViewerStore): void {
  const { selected, filters, query, camera, tab } = store.state;
  const fragment = encodeUrlState({ selected, filters, query, camera, tab });
  const target = fragment ? `#${fragment}` : location.pathname + location.search;
  if (`#${fragment}` !== location.hash) history.replaceState(null, '', target);
}

function wireTabs(store: ViewerStore, focusSelected: (nodeId: string) => void): void {
  const tabs = { graph: byId('tab-graph'), list: byId('tab-list') };
  const panes = { graph: byId('graph-pane'), list: byId('list') };
  const render = (): void => {
    for (const name of ['graph', 'list'] as const) {
      const active = store.state.tab === name;
      tabs[name].setAttribute('aria-selected', String(active));
      tabs[name].tabIndex = active ? 0 : -1;
      panes[name].hidden = !active;
    }
  };
  tabs.graph.addEventListener('click', () => store.update({ tab: 'graph' }));
  store.subscribe((changed) => {
    const selected = store.state.selected;
    if (changed.has('tab') && store.state.tab === 'graph' && selected) requestAnimationFrame(() => focusSelected(selected));
  });
  tabs.list.addEventListener('click', () => store.update({ tab: 'list' }));
  for (const tab of Object.values(tabs)) {
    tab.addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
      const next = store.state.tab === 'graph' ? 'list' : 'graph';
      store.update({ tab: next });
      tabs[next].focus();
    });
  }
  render();
  store.subscribe((changed) => {
    if (changed.has('tab')) render();
  });
}

function wireLayout(store: ViewerStore, graphView: ReturnType<typeof mountGraphView>): void {
  const toggle = byId<HTMLButtonElement>('layout-toggle');
  const reset = byId<HTMLButtonElement>('layout-reset');
  const layout = createLayoutControl(graphView.graph, store.view, () => {
    toggle.textContent = layout.running ? '■ Stop layout' : '▶ Run layout';
    toggle.setAttribute('aria-pressed', String(layout.running));
  });
  toggle.addEventListener('click', () => (layout.running ? layout.stop() : layout.start()));
  reset.addEventListener('click', () => {
    layout.reset();
    graphView.resetCamera();
  });
}

function wireExports(store: ViewerStore, graphView: ReturnType<typeof mountGraphView>): void {
  const status = byId('export-status');
  const menu = byId<HTMLDetailsElement>('export-menu');
  const run = (label: string, task: () => Promise<void>) => async () => {
    menu.open = false;
    status.textContent = `Preparing ${label}…`;
    try {
      await task();
      status.textContent = `${label} downloaded.`;
    } catch (error) {
      status.textContent = `Export failed: ${(error as Error).message}`;
    }
  };
  byId('export-turtle').addEventListener('click', run('Turtle of the visible subgraph', () => exportVisibleTurtle(store.visible)));
  byId('export-trig').addEventListener('click', run('the whole dataset (TriG)', exportDataset));
  byId('export-png').addEventListener('click', run('PNG of the view', () => exportPng(graphView.sigma)));
  byId('share-link').addEventListener('click', async () => {
    writeUrl(store);
    try {
      await navigator.clipboard.writeText(location.href);
      status.textContent = 'Link to this view copied.';
    } catch {
      status.textContent = `Link to this view: ${location.href}`;
    }
  });
}

function wireSparql(store: ViewerStore, select: (nodeId: string) => void): void {
  const toggle = byId<HTMLButtonElement>('sparql-toggle');
  const panel = byId('sparql');
  let mounted = false;
  const open = async (show: boolean): Promise<void> => {
    panel.hidden = !show;
    toggle.setAttribute('aria-expanded', String(show));
    document.body.classList.toggle('sparql-open', show);
    if (show && !mounted) {
      mounted = true;
      replaceChildren(panel, el('p', { class: 'muted' }, 'Loading the SPARQL engine…'));
      const { mountSparqlPanel } = await import('./sparql-panel.js');
      mountSparqlPanel(panel, store, select);
    }
  };
  toggle.addEventListener('click', () => void open(panel.hidden));
  if (store.state.query) void open(true);
}

function wireZoom(graphView: ReturnType<typeof mountGraphView>): void {
  const camera = graphView.sigma.getCamera();
  byId('zoom-in').addEventListener('click', () => void camera.animatedZoom({ duration: 250 }));
  byId('zoom-out').addEventListener('click', () => void camera.animatedUnzoom({ duration: 250 }));
  byId('zoom-reset').addEventListener('click', () => graphView.resetCamera());
}

/** Replaces the canvas with a message saying why there is nothing to show. */
function showFatal(error: unknown): void {
  const message = byId('message');
  const detail = error instanceof ViewerLoadError ? error.detail : {};
  const where = [detail.file, detail.line ? `line ${detail.line}` : null, detail.column ? `column ${detail.column}` : null].filter(Boolean).join(', ');
  replaceChildren(
    message,
    el('h2', {}, 'The graph cannot be shown'),
    el('p', { class: 'fatal-message' }, error instanceof Error ? error.message : String(error)),
    where ? el('p', { class: 'muted' }, where) : null,
    el('p', {}, 'Fix or rebuild the dataset (', el('code', {}, 'pnpm kg build'), '), then reload this page.'),
  );
  message.hidden = false;
  document.getElementById('loading')?.remove();
  byId('app').dataset['ready'] = 'error';
  document.body.classList.add('fatal');
}
