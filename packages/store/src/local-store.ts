/**
 * `LocalStore`: a dataset held in memory by Oxigraph's WASM build and queried with SPARQL 1.1,
 * the union of all named graphs (and the default graph) acting as the default graph. It loads
 * Turtle, TriG, N-Triples, N-Quads and JSON-LD, reporting malformed input with file, line and
 * column; keeps the original text so that exports and validation see the data exactly as
 * written (Oxigraph's store normalises literals, e.g. `"01"^^xsd:integer` becomes `"1"`); and
 * runs time-limited queries in a worker thread that it can terminate.
 */
import { readFile } from 'node:fs/promises';
import type { Quad } from '@rdfjs/types';
import { DataFactory, Parser as N3Parser } from 'n3';
import oxigraph from 'oxigraph';
import { injectBindings } from './bindings.js';
import { describePosition, positionInMessage, StoreError } from './errors.js';
import { formatForPath, MEDIA_TYPES, N3_FORMATS, type RdfFormat } from './formats.js';
import { queryForm, type QueryForm } from './query-form.js';
import { QueryWorker, type WorkerDataset } from './query-worker.js';
import { resultFromJson, resultFromNTriples, resultFromTsv } from './results.js';
import type { QueryOptions, QueryResult, SparqlSource } from './types.js';

const QUERY_OPTIONS = { use_default_graph_as_union: true } as const;
/** The longest delay Node's timers accept (about 24.8 days); longer limits are capped to it. */
const MAX_TIMER_MS = 2_147_483_647;
/** What Oxigraph is asked to write for each form (see `results.ts` for why TSV for SELECT). */
const RESULT_FORMATS: Readonly<Record<QueryForm, string>> = {
  select: 'text/tab-separated-values',
  ask: 'application/sparql-results+json',
  construct: 'application/n-triples',
  describe: 'application/n-triples',
  unknown: 'application/sparql-results+json',
  update: 'application/sparql-results+json',
};

/** An empty store, used to check a query's syntax with Oxigraph's own parser at no cost. */
let syntaxChecker: oxigraph.Store | undefined;

/** An in-memory dataset queried with Oxigraph. */
export class LocalStore implements SparqlSource {
  readonly description: string;
  private readonly store: oxigraph.Store;
  private text: string;
  private format: RdfFormat;
  private readonly baseIri: string | undefined;
  private parsedQuads: Quad[] | undefined;
  private worker: QueryWorker | undefined;

  private constructor(
    store: oxigraph.Store,
    text: string,
    format: RdfFormat,
    description: string,
    baseIri?: string,
  ) {
    this.store = store;
    this.text = text;
    this.format = format;
    this.description = description;
    this.baseIri = baseIri;
  }

  /**
   * Loads a dataset file; the format comes from the extension (.trig, .ttl, .nt, .nq, .jsonld).
   * @example const store = await LocalStore.fromFile('data/graph/claimgraph.trig');
   */
  static async fromFile(
    path: string,
    format: RdfFormat = formatForPath(path),
  ): Promise<LocalStore> {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') {
        throw new StoreError(
          'not-found',
          `${path}: no such data file (build one with \`kg build\`, or pass --data FILE)`,
          {
            file: path,
          },
        );
      }
      throw new StoreError(
        'not-found',
        `${path}: cannot read the data file (${code ?? (error as Error).message})`,
        {
          file: path,
        },
      );
    }
    return LocalStore.fromText(text, format, { file: path });
  }

  /**
   * Loads a dataset from text. `file` only names the source in messages.
   * @example const store = LocalStore.fromText('<urn:a> <urn:b> "c" .', 'ntriples');
   */
  static fromText(
    text: string,
    format: RdfFormat,
    options: { baseIri?: string; file?: string } = {},
  ): LocalStore {
    const store = new oxigraph.Store();
    const source = options.file ?? `<${format} text>`;
    try {
      store.load(text, {
        format: MEDIA_TYPES[format],
        ...(options.baseIri ? { base_iri: options.baseIri } : {}),
      });
    } catch (error) {
      const message = (error as Error).message;
      const position = { file: source, ...positionInMessage(message) };
      const reason = message.replace(/^Parser error (?:at|between) [^:]*: /, '');
      throw new StoreError(
        'data-syntax',
        `${describePosition(position)}: invalid ${format}: ${reason}`,
        position,
      );
    }
    return new LocalStore(store, text, format, source, options.baseIri);
  }

  /** Number of quads in the store. */
  get size(): number {
    return this.store.size;
  }

  /**
   * Runs a SPARQL 1.1 query (SELECT, ASK, CONSTRUCT, DESCRIBE). Updates are refused with a
   * `read-only` error; use {@link LocalStore.update}. With `timeoutMs` the query runs in a
   * worker thread and is stopped when the time is up.
   * @example const result = await store.query('SELECT ?s WHERE { ?s a ?class }');
   */
  async query(sparql: string, options: QueryOptions = {}): Promise<QueryResult> {
    const form = queryForm(sparql);
    if (form === 'update') {
      throw new StoreError(
        'read-only',
        'this is a SPARQL Update (INSERT, DELETE, LOAD, CLEAR …), but queries are read-only here; only SELECT, ASK, CONSTRUCT and DESCRIBE are allowed',
      );
    }
    let text = sparql;
    if (options.bindings && Object.keys(options.bindings).length > 0) {
      checkQuerySyntax(sparql);
      text = injectBindings(
        sparql,
        Object.entries(options.bindings).map(([name, term]) => ({ name, term })),
      );
    }
    const resultsFormat = RESULT_FORMATS[form];
    const output =
      options.timeoutMs === undefined
        ? this.runHere(text, resultsFormat)
        : await this.runInWorker(text, resultsFormat, options.timeoutMs);
    if (form === 'select') return resultFromTsv(output);
    return form === 'construct' || form === 'describe'
      ? resultFromNTriples(output)
      : resultFromJson(output);
  }

  /**
   * Applies a SPARQL 1.1 Update to the in-memory dataset (nothing is written to disk).
   * @example store.update('INSERT DATA { <urn:a> <urn:b> "c" }');
   */
  update(sparql: string): void {
    try {
      this.store.update(sparql, this.baseIri ? { base_iri: this.baseIri } : {});
    } catch (error) {
      throw queryFailure(error);
    }
    this.text = this.store.dump({ format: MEDIA_TYPES.nquads });
    this.format = 'nquads';
    this.parsedQuads = undefined;
    void this.worker?.close();
    this.worker = undefined;
  }

  /**
   * The dataset's quads as RDF/JS (n3) terms, parsed from the text as written, so literals keep
   * their original lexical form and datatype. Blank node labels are stable for the same text.
   */
  quads(): Quad[] {
    this.parsedQuads ??= parseQuads(this.text, this.format, this.description, this.baseIri);
    return this.parsedQuads;
  }

  /** Stops the query worker, if one was started. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.close();
  }

  private runHere(sparql: string, resultsFormat: string): string {
    try {
      return this.store.query(sparql, {
        ...QUERY_OPTIONS,
        ...this.baseOption(),
        results_format: resultsFormat,
      }) as string;
    } catch (error) {
      throw queryFailure(error);
    }
  }

  private async runInWorker(
    sparql: string,
    resultsFormat: string,
    timeoutMs: number,
  ): Promise<string> {
    if (Number.isNaN(timeoutMs) || timeoutMs <= 0) {
      throw new StoreError(
        'bad-argument',
        `the time limit must be a positive number of milliseconds, not ${timeoutMs}`,
      );
    }
    this.worker ??= new QueryWorker(() => this.workerDataset());
    try {
      return await this.worker.run(sparql, resultsFormat, Math.min(timeoutMs, MAX_TIMER_MS));
    } catch (error) {
      throw error instanceof StoreError ? error : queryFailure(error);
    }
  }

  private workerDataset(): WorkerDataset {
    return { text: this.text, mediaType: MEDIA_TYPES[this.format], ...this.baseOption() };
  }

  private baseOption(): { base_iri?: string; baseIri?: string } {
    return this.baseIri ? { base_iri: this.baseIri, baseIri: this.baseIri } : {};
  }
}

/** Checks a query's syntax with Oxigraph against an empty store; throws `query-syntax` errors. */
export function checkQuerySyntax(sparql: string): void {
  syntaxChecker ??= new oxigraph.Store();
  try {
    syntaxChecker.query(sparql);
  } catch (error) {
    throw queryFailure(error);
  }
}

function queryFailure(error: unknown): StoreError {
  const message = error instanceof Error ? error.message : String(error);
  const syntax = /^error at (\d+):(\d+): (.*)$/s.exec(message);
  if (syntax) {
    const line = Number(syntax[1]);
    const column = Number(syntax[2]);
    return new StoreError(
      'query-syntax',
      `query syntax error at line ${line}, column ${column}: ${syntax[3]}`,
      {
        line,
        column,
      },
    );
  }
  return new StoreError('query-failed', `the query failed: ${message}`);
}

function parseQuads(text: string, format: RdfFormat, source: string, baseIri?: string): Quad[] {
  const n3Format = N3_FORMATS[format];
  if (n3Format) {
    try {
      return new N3Parser({ format: n3Format, ...(baseIri ? { baseIRI: baseIri } : {}) }).parse(
        text,
      );
    } catch (error) {
      const message = (error as Error).message;
      throw new StoreError('data-syntax', `${source}: invalid ${format}: ${message}`, {
        file: source,
        ...positionInMessage(message),
      });
    }
  }
  return oxigraph
    .parse(text, { format: MEDIA_TYPES[format], ...(baseIri ? { base_iri: baseIri } : {}) })
    .map((quad) => DataFactory.fromQuad(quad as never) as Quad);
}
