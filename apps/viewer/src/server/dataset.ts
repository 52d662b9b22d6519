/**
 * Loads the dataset the viewer shows: reads a TriG file, parses it with n3,
 * projects it onto the view model with `@claimgraph/projection`, and keeps the
 * result until the file changes on disk. A precomputed `<name>.view.json`
 * beside the dataset is used instead of projecting when it is newer than the
 * dataset. Every failure — a missing file, a syntax error (with line and
 * column), an empty dataset — becomes a {@link DatasetError} whose message a
 * person can act on.
 */
import { readFile, stat } from 'node:fs/promises';
import { Parser, type Quad } from 'n3';
import { projectDataset, type ViewModel } from '@claimgraph/projection';

/** Where in the dataset file a problem is, when it is known. */
export interface DatasetErrorLocation {
  readonly line?: number;
  readonly column?: number;
}

/** A dataset that cannot be shown, with a message meant for the user. */
export class DatasetError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly location: DatasetErrorLocation = {},
  ) {
    super(message);
    this.name = 'DatasetError';
  }

  /** The JSON body the server answers with instead of the data. */
  toJSON(): { error: { message: string; file: string; line?: number; column?: number } } {
    return { error: { message: this.message, file: this.file, ...this.location } };
  }
}

/** What the server serves for one version of the dataset file. */
export interface LoadedDataset {
  /** The dataset exactly as stored (TriG). */
  readonly trig: string;
  /** The view model, serialised once. */
  readonly viewJson: string;
  /** Node and edge counts, for the log. */
  readonly counts: { nodes: number; edges: number; quads: number | null };
  /** Modification time of the dataset file this was read from. */
  readonly modifiedMs: number;
}

/**
 * The path of the precomputed view beside a dataset: `graph.trig` → `graph.view.json`.
 * @example viewCachePath('data/graph/claimgraph.trig') // 'data/graph/claimgraph.view.json'
 */
export function viewCachePath(dataFile: string): string {
  return `${dataFile.replace(/\.trig$/i, '')}.view.json`;
}

/**
 * Reads, parses and projects `dataFile`. Throws a {@link DatasetError} when the
 * file is missing, malformed or holds nothing to show.
 * @example const data = await loadDataset('data/graph/claimgraph.trig');
 */
export async function loadDataset(dataFile: string): Promise<LoadedDataset> {
  const modifiedMs = await modificationTime(dataFile);
  const trig = await readFile(dataFile, 'utf8');
  const cached = await readCachedView(dataFile, modifiedMs);
  if (cached) {
    const view = parseCachedView(cached, viewCachePath(dataFile));
    return { trig, viewJson: cached, counts: countsOf(view, null), modifiedMs };
  }
  const quads = parseTrig(trig, dataFile);
  if (quads.length === 0) {
    throw new DatasetError(
      `claimgraph-viewer: ${dataFile} holds no RDF statements. Build the graph first (pnpm kg build).`,
      dataFile,
    );
  }
  let view: ViewModel;
  try {
    view = projectDataset(quads);
  } catch (error) {
    throw new DatasetError(
      `claimgraph-viewer: cannot project ${dataFile} onto a graph: ${(error as Error).message}`,
      dataFile,
    );
  }
  if (view.nodes.length === 0) {
    throw new DatasetError(
      `claimgraph-viewer: ${dataFile} holds ${quads.length} RDF statements but none of the claimgraph classes the viewer shows (actors, statements, articles …). Is it a claimgraph dataset?`,
      dataFile,
    );
  }
  return { trig, viewJson: JSON.stringify(view), counts: countsOf(view, quads.length), modifiedMs };
}

/**
 * Keeps the loaded dataset in memory and reloads it when the file changes.
 * `current()` resolves to the data or rejects with a {@link DatasetError}.
 */
export class DatasetCache {
  private loaded: LoadedDataset | null = null;
  private pending: Promise<LoadedDataset> | null = null;

  constructor(readonly dataFile: string) {}

  /** The dataset as it is on disk now (reloaded only when its modification time changed). */
  async current(): Promise<LoadedDataset> {
    const modifiedMs = await modificationTime(this.dataFile);
    if (this.loaded && this.loaded.modifiedMs === modifiedMs) return this.loaded;
    this.pending ??= loadDataset(this.dataFile).finally(() => {
      this.pending = null;
    });
    this.loaded = await this.pending;
    return this.loaded;
  }
}

async function modificationTime(dataFile: string): Promise<number> {
  try {
    const info = await stat(dataFile);
    if (!info.isFile()) {
      throw new DatasetError(`claimgraph-viewer: ${dataFile} is not a file.`, dataFile);
    }
    return info.mtimeMs;
  } catch (error) {
    if (error instanceof DatasetError) throw error;
    throw new DatasetError(
      `claimgraph-viewer: no dataset at ${dataFile}. Build one with \`pnpm kg build\` or pass --data FILE.`,
      dataFile,
    );
  }
}

async function readCachedView(dataFile: string, dataModifiedMs: number): Promise<string | null> {
  const cachePath = viewCachePath(dataFile);
  try {
    const info = await stat(cachePath);
    if (info.mtimeMs <= dataModifiedMs) return null;
    return await readFile(cachePath, 'utf8');
  } catch {
    return null;
  }
}

function parseCachedView(json: string, cachePath: string): ViewModel {
  try {
    const view = JSON.parse(json) as ViewModel;
    if (!Array.isArray(view.nodes) || !Array.isArray(view.edges)) throw new Error('no nodes or edges');
    return view;
  } catch (error) {
    throw new DatasetError(
      `claimgraph-viewer: the precomputed view ${cachePath} is not a view model (${(error as Error).message}); delete it to recompute.`,
      cachePath,
    );
  }
}

function countsOf(view: ViewModel, quads: number | null): LoadedDataset['counts'] {
  return { nodes: view.nodes.length, edges: view.edges.length, quads };
}

/**
 * Parses TriG text, turning n3's syntax errors into a {@link DatasetError}
 * that names the file, line and (where it can be found) column.
 */
export function parseTrig(trig: string, dataFile: string): Quad[] {
  try {
    return new Parser({ format: 'application/trig' }).parse(trig);
  } catch (error) {
    const location = syntaxErrorLocation(error, trig);
    const where = location.line
      ? `line ${location.line}${location.column ? `, column ${location.column}` : ''}`
      : 'an unknown position';
    const reason = (error as Error).message.replace(/ on line \d+\.$/, '');
    throw new DatasetError(
      `claimgraph-viewer: ${dataFile} is not valid TriG (${where}): ${reason}`,
      dataFile,
      location,
    );
  }
}

interface N3SyntaxContext {
  line?: number;
  token?: { value?: unknown; type?: string };
}

function syntaxErrorLocation(error: unknown, text: string): DatasetErrorLocation {
  const context = (error as { context?: N3SyntaxContext }).context;
  const line = context?.line;
  if (!line) return {};
  const sourceLine = text.split('\n')[line - 1] ?? '';
  const unexpected = /Unexpected "(.*)" on line/.exec((error as Error).message)?.[1];
  const tokenValue = typeof context.token?.value === 'string' ? context.token.value : undefined;
  for (const needle of [unexpected, tokenValue]) {
    if (!needle) continue;
    const index = sourceLine.indexOf(needle.slice(0, 20));
    if (index >= 0) return { line, column: [...sourceLine.slice(0, index)].length + 1 };
  }
  return { line };
}
