/**
 * The SPARQL panel, loaded only when first opened: a CodeMirror 6 editor with
 * SPARQL highlighting, the competency queries to pick from, and a Run button
 * (or Ctrl/Cmd+Enter) that answers the query in the browser with Oxigraph's
 * WebAssembly build over the same dataset the server serves (named graphs
 * queried as their union). Results show as a table whose nodes link into the
 * graph; "Show in graph" highlights every node a result names. Syntax errors
 * are shown with their line and column.
 */
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { StreamLanguage, defaultHighlightStyle, syntaxHighlighting, bracketMatching } from '@codemirror/language';
import { sparql } from '@codemirror/legacy-modes/mode/sparql';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, placeholder } from '@codemirror/view';
import init, * as ox from 'oxigraph/web.js';
import { COMPETENCY_QUERIES } from './competency-queries.js';
import { fetchDatasetText } from './dataset-source.js';
import { el, replaceChildren } from './dom.js';
import type { ViewerStore } from './store.js';

/** A query offered in the picker. */
export interface NamedQuery {
  name: string;
  question: string;
  text: string;
}

/** A SELECT result: variable names and rows of cells. */
export interface ResultTable {
  variables: string[];
  rows: Array<Array<{ value: string; termType: string } | null>>;
}

let storePromise: Promise<ox.Store> | null = null;

/** Loads Oxigraph and the dataset once. */
function oxigraphStore(): Promise<ox.Store> {
  storePromise ??= (async () => {
    const [trig] = await Promise.all([fetchDatasetText(), init()]);
    const store = new ox.Store();
    store.load(trig, { format: 'application/trig' });
    return store;
  })();
  storePromise.catch(() => {
    storePromise = null;
  });
  return storePromise;
}

/**
 * Reads a position from an Oxigraph error message ("error at 3:14: …").
 * @example errorPosition('error at 2:9: expected …') // { line: 2, column: 9 }
 */
export function errorPosition(message: string): { line: number; column: number } | null {
  const match = /at (\d+):(\d+)/.exec(message);
  return match ? { line: Number(match[1]), column: Number(match[2]) } : null;
}

/** Runs a query and turns its answer into a table (ASK and CONSTRUCT included). */
export async function runQuery(query: string): Promise<ResultTable> {
  const store = await oxigraphStore();
  const result = store.query(query, { use_default_graph_as_union: true });
  if (typeof result === 'boolean') return { variables: ['answer'], rows: [[{ value: String(result), termType: 'Literal' }]] };
  if (typeof result === 'string') return { variables: ['result'], rows: [[{ value: result, termType: 'Literal' }]] };
  if (result.length > 0 && 'subject' in (result[0] as object)) {
    const quads = result as ox.Quad[];
    return {
      variables: ['subject', 'predicate', 'object'],
      rows: quads.map((quad) => [quad.subject, quad.predicate, quad.object].map((term) => ({ value: term.value, termType: term.termType }))),
    };
  }
  const bindings = result as Map<string, ox.Term>[];
  const variables = variablesOf(query, bindings);
  return {
    variables,
    rows: bindings.map((binding) =>
      variables.map((name) => {
        const term = binding.get(name);
        return term ? { value: term.value, termType: term.termType } : null;
      }),
    ),
  };
}

function variablesOf(query: string, bindings: Map<string, ox.Term>[]): string[] {
  const names: string[] = [];
  for (const binding of bindings) for (const name of binding.keys()) if (!names.includes(name)) names.push(name);
  const projection = /select\s+(?:distinct\s+|reduced\s+)?([\s\S]*?)\s*(?:from|where)?\s*\{/i.exec(query)?.[1] ?? '';
  const declared = [...projection.matchAll(/(?:\bas\s+)?[?$]([A-Za-z_][\w]*)\s*\)?/gi)].map((m) => m[1]!);
  const order = declared.filter((name, index) => declared.indexOf(name) === index && names.includes(name));
  return [...order, ...names.filter((name) => !order.includes(name))];
}

/** Mounts the panel in `container`. */
export function mountSparqlPanel(
  container: HTMLElement,
  store: ViewerStore,
  select: (nodeId: string) => void,
  queries: readonly NamedQuery[] = COMPETENCY_QUERIES,
): void {
  const picker = el('select', { id: 'sparql-picker', 'aria-label': 'Competency queries' }, el('option', { value: '' }, 'Pick a question…'));
  for (const query of queries) picker.appendChild(el('option', { value: query.name }, query.question || query.name));
  const run = el('button', { type: 'button', class: 'primary', id: 'sparql-run' }, 'Run ▸');
  const showInGraph = el('button', { type: 'button', id: 'sparql-show', disabled: true }, 'Show in graph');
  const clear = el('button', { type: 'button', id: 'sparql-clear', class: 'link-button', disabled: true }, 'Clear highlight');
  const status = el('p', { class: 'sparql-status', role: 'status', 'aria-live': 'polite' });
  const results = el('div', { class: 'sparql-results', tabindex: 0, 'aria-label': 'Query results' });
  const editorHost = el('div', { class: 'sparql-editor' });
  replaceChildren(
    container,
    el('div', { class: 'sparql-toolbar' }, picker, run, showInGraph, clear, el('span', { class: 'muted kbd-hint' }, 'Ctrl+Enter runs')),
    el('div', { class: 'sparql-body' }, editorHost, el('div', { class: 'sparql-output' }, status, results)),
  );

  let lastNodes = new Set<string>();
  const execute = async (): Promise<void> => {
    const text = editor.state.doc.toString();
    store.update({ query: text });
    status.className = 'sparql-status';
    status.textContent = 'Running…';
    const started = performance.now();
    try {
      const table = await runQuery(text);
      lastNodes = new Set(table.rows.flat().filter((cell) => cell && cell.termType === 'NamedNode' && store.nodesById.has(cell.value)).map((cell) => cell!.value));
      status.textContent = `${table.rows.length} row${table.rows.length === 1 ? '' : 's'} in ${Math.round(performance.now() - started)} ms · ${lastNodes.size} graph node${lastNodes.size === 1 ? '' : 's'}`;
      showInGraph.disabled = lastNodes.size === 0;
      renderTable(table);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const position = errorPosition(message);
      status.className = 'sparql-status error';
      status.textContent = position ? `Syntax error at line ${position.line}, column ${position.column}: ${message}` : `Error: ${message}`;
      replaceChildren(results);
      showInGraph.disabled = true;
    }
  };

  const renderTable = (table: ResultTable): void => {
    const head = el('tr', {}, ...table.variables.map((name) => el('th', { scope: 'col' }, `?${name}`)));
    const rows = table.rows.slice(0, 1000).map((row) =>
      el(
        'tr',
        {},
        ...row.map((cell) => {
          if (!cell) return el('td', { class: 'muted' }, '—');
          if (cell.termType === 'NamedNode' && store.nodesById.has(cell.value)) {
            const link = el('button', { type: 'button', class: 'node-link', title: cell.value }, store.nodesById.get(cell.value)!.label);
            link.addEventListener('click', () => select(cell.value));
            return el('td', {}, link);
          }
          return el('td', { title: cell.termType === 'NamedNode' ? cell.value : null }, cell.termType === 'NamedNode' ? `<${cell.value}>` : cell.value);
        }),
      ),
    );
    replaceChildren(results, el('table', { class: 'result-table' }, el('thead', {}, head), el('tbody', {}, ...rows)));
  };

  // Inside a shadow root CodeMirror styles itself with constructed style
  // sheets instead of a <style> element, which the strict CSP would block.
  const shadow = editorHost.attachShadow({ mode: 'open' });
  const editorParent = document.createElement('div');
  shadow.appendChild(editorParent);
  const editor = new EditorView({
    root: shadow,
    parent: editorParent,
    state: EditorState.create({
      doc: store.state.query ?? queries[0]?.text ?? 'SELECT * WHERE { ?s ?p ?o } LIMIT 20',
      extensions: [
        lineNumbers(),
        history(),
        bracketMatching(),
        StreamLanguage.define(sparql),
        syntaxHighlighting(defaultHighlightStyle),
        placeholder('SELECT …'),
        keymap.of([{ key: 'Mod-Enter', run: () => (void execute(), true) }, ...defaultKeymap, ...historyKeymap]),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ 'aria-label': 'SPARQL query' }),
        EditorView.theme({
          '&': { height: '100%', fontSize: '13px', backgroundColor: '#ffffff' },
          '.cm-scroller': { fontFamily: "ui-monospace, 'DejaVu Sans Mono', monospace" },
          '.cm-gutters': { backgroundColor: '#f6f7f9', border: 'none', color: '#9ca3af' },
        }),
      ],
    }),
  });

  picker.addEventListener('change', () => {
    const query = queries.find((candidate) => candidate.name === picker.value);
    if (!query) return;
    editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: query.text } });
    void execute();
  });
  run.addEventListener('click', () => void execute());
  showInGraph.addEventListener('click', () => {
    store.update({ highlighted: lastNodes, selected: null, tab: 'graph' });
    clear.disabled = false;
  });
  clear.addEventListener('click', () => {
    store.update({ highlighted: new Set() });
    clear.disabled = true;
  });
  void oxigraphStore().then(
    () => {
      if (!status.textContent) status.textContent = 'Ready: the dataset is loaded in the browser.';
    },
    (error: unknown) => {
      status.className = 'sparql-status error';
      status.textContent = `Cannot load the dataset for SPARQL: ${(error as Error).message}`;
    },
  );
}
