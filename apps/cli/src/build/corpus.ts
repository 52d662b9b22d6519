/**
 * Converts a folder of documents into extraction results: lists the `.txt`
 * and `.md` files (sorted, so the order never depends on the file system),
 * serves unchanged documents from the cache, extracts the rest — on worker
 * threads when there are many — and reports progress. Rejected documents are
 * returned as errors beside the results; the caller decides what they mean.
 */
import { availableParallelism } from 'node:os';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CachedExtraction, ExtractCache } from './extract-cache.js';
import { extractOne, type ExtractJob, type ExtractOutcome } from './extract-one.js';

/** Extensions of the files a corpus folder may hold. */
export const DOCUMENT_EXTENSIONS = ['.txt', '.md'];

/** Options of a corpus conversion. */
export interface CorpusOptions {
  cache?: ExtractCache;
  /** Worker threads to use; 0 or 1 extracts on the main thread. Default: one per core when there are many documents. */
  workers?: number;
  /** Called after each document. */
  onProgress?: (done: number, total: number) => void;
}

/** The conversion of a corpus folder. */
export interface CorpusResult {
  documents: CachedExtraction[];
  errors: string[];
  cached: number;
  extracted: number;
  bytes: number;
}

/** Lists the document files of a folder, sorted by name. */
export async function listDocuments(dir: string): Promise<string[]> {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory())
    throw new Error(`the input folder '${dir}' does not exist or is not a folder`);
  const names = (await readdir(dir)).filter((name) =>
    DOCUMENT_EXTENSIONS.includes(extname(name).toLowerCase()),
  );
  return names.sort().map((name) => join(dir, name));
}

/**
 * Extracts every document of a folder.
 * @example const { documents, errors } = await convertCorpus('data/documents', { cache });
 */
export async function convertCorpus(
  dir: string,
  options: CorpusOptions = {},
): Promise<CorpusResult> {
  const files = await listDocuments(dir);
  const jobs: ExtractJob[] = [];
  const bytesByFile = await Promise.all(files.map((file) => readFile(file)));
  const outcomes: Array<ExtractOutcome | undefined> = new Array(files.length);
  let done = 0;
  let cached = 0;
  const tick = () => options.onProgress?.((done += 1), files.length);

  const ids = files.map((file) => docIdOf(file));
  const hits = await mapConcurrently(files, IO_CONCURRENCY, (_, index) =>
    options.cache
      ? options.cache.get(ids[index]!, bytesByFile[index]!)
      : Promise.resolve(undefined),
  );
  for (let index = 0; index < files.length; index += 1) {
    const hit = hits[index];
    if (hit) {
      outcomes[index] = { index, ok: true, value: hit };
      cached += 1;
      tick();
    } else {
      jobs.push({ index, fileName: files[index]!, bytes: new Uint8Array(bytesByFile[index]!) });
    }
  }

  const workers = options.workers ?? (jobs.length >= 64 ? availableParallelism() : 1);
  const fresh =
    workers > 1 && jobs.length > 1
      ? await extractInWorkers(jobs, workers, tick)
      : jobs.map((job) => {
          const outcome = extractOne(job);
          tick();
          return outcome;
        });
  const jobByIndex = new Map(jobs.map((job) => [job.index, job]));
  for (const outcome of fresh) outcomes[outcome.index] = outcome;
  const cache = options.cache;
  if (cache) {
    const stored = fresh.filter((outcome) => outcome.ok);
    await mapConcurrently(stored, IO_CONCURRENCY, (outcome) => {
      const job = jobByIndex.get(outcome.index)!;
      return cache.set(docIdOf(job.fileName), job.bytes, outcome.value);
    });
  }

  const documents: CachedExtraction[] = [];
  const errors: string[] = [];
  for (const outcome of outcomes) {
    if (!outcome) continue;
    if (outcome.ok) documents.push(outcome.value);
    else errors.push(outcome.message);
  }
  if (options.cache) {
    await options.cache.prune(new Map(files.map((_, i) => [ids[i]!, bytesByFile[i]!])));
  }
  const bytes = bytesByFile.reduce((sum, b) => sum + b.length, 0);
  return { documents, errors, cached, extracted: jobs.length, bytes };
}

/** Cache files read or written at the same time. */
const IO_CONCURRENCY = 32;

/** Maps `items` through an asynchronous function, at most `limit` at a time, keeping their order. */
async function mapConcurrently<T, R>(
  items: readonly T[],
  limit: number,
  run: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await run(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

/** A document's identifier: its file name without folder and extension. */
export function docIdOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).at(-1) ?? fileName;
  return base.slice(0, base.length - extname(base).length);
}

/**
 * Starts an extraction worker. From the compiled package it runs
 * `extract-worker.js`; from the TypeScript sources (`pnpm kg`) the worker first
 * registers tsx's loader, which Node does not carry over into workers.
 */
function startWorker(): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./extract-worker.js', here));
  const loader = import.meta.resolve('tsx/esm/api');
  const script = new URL('./extract-worker.ts', here).href;
  return new Worker(
    `(async () => { const { register } = await import(${JSON.stringify(loader)}); register(); await import(${JSON.stringify(script)}); })();`,
    { eval: true },
  );
}

function extractInWorkers(
  jobs: ExtractJob[],
  count: number,
  tick: () => void,
): Promise<ExtractOutcome[]> {
  const results: ExtractOutcome[] = [];
  let next = 0;
  return new Promise((resolve, reject) => {
    const pool = Array.from({ length: Math.min(count, jobs.length) }, () => startWorker());
    let finished = 0;
    const feed = (worker: Worker) => {
      const job = jobs[next];
      next += 1;
      if (job) worker.postMessage(job);
      else void worker.terminate().then(() => (finished += 1) === pool.length && resolve(results));
    };
    for (const worker of pool) {
      worker.on('message', (outcome: ExtractOutcome) => {
        results.push(outcome);
        tick();
        feed(worker);
      });
      worker.on('error', (error) => {
        for (const other of pool) void other.terminate();
        reject(error);
      });
      feed(worker);
    }
  });
}
