/**
 * Converts a folder of documents into extraction results: lists the `.txt`
 * and `.md` files (sorted, so the order never depends on the file system),
 * serves unchanged documents from the cache, extracts the rest — on worker
 * threads when there are many — and reports progress. Rejected documents are
 * returned as errors beside the results; the caller decides what they mean.
 */
import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { CachedExtraction, ExtractCache } from './extract-cache.js';
import { extractOne, type ExtractJob, type ExtractOutcome } from './extract-one.js';
import { extractInParallel } from './extract-pool.js';

/** Extensions of the files a corpus folder may hold. */
export const DOCUMENT_EXTENSIONS = ['.txt', '.md'];

/** Options of a corpus conversion. */
export interface CorpusOptions {
  cache?: ExtractCache;
  /**
   * Threads that extract in parallel, the main thread being one of them (so 2 means the main
   * thread and one worker thread); 0 or 1 extracts on the main thread only. Default: one per core
   * when there are many documents.
   */
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
  /** With a cache: each document's content key (`ExtractCache.keyOf`). */
  keys: Map<CachedExtraction, string>;
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
  const cacheLoaded = options.cache?.load();
  // Read one after the other: thousands of small reads in flight at once cost ten times the CPU.
  const bytesByFile = files.map((file) => readFileSync(file));
  const outcomes: Array<ExtractOutcome | undefined> = new Array(files.length);
  let done = 0;
  let cached = 0;
  const tick = () => options.onProgress?.((done += 1), files.length);

  const ids = files.map((file) => docIdOf(file));
  const contentKeys = bytesByFile.map((bytes) => options.cache?.keyOf(bytes));
  await cacheLoaded;
  const hits = files.map((_, index) => options.cache?.get(ids[index]!, contentKeys[index]!));
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
      ? await extractInParallel(jobs, workers, tick)
      : jobs.map((job) => {
          const outcome = extractOne(job);
          tick();
          return outcome;
        });
  for (const outcome of fresh) {
    outcomes[outcome.index] = outcome;
    if (outcome.ok)
      options.cache?.set(
        ids[outcome.index]!,
        contentKeys[outcome.index]!,
        outcome.json ?? outcome.value,
      );
  }

  const documents: CachedExtraction[] = [];
  const errors: string[] = [];
  const keys = new Map<CachedExtraction, string>();
  for (const [index, outcome] of outcomes.entries()) {
    if (!outcome) continue;
    if (outcome.ok) {
      documents.push(outcome.value);
      const contentKey = contentKeys[index];
      if (contentKey !== undefined) keys.set(outcome.value, contentKey);
    } else errors.push(outcome.message);
  }
  await options.cache?.save();
  const bytes = bytesByFile.reduce((sum, b) => sum + b.length, 0);
  return { documents, errors, cached, extracted: jobs.length, bytes, keys };
}

/** A document's identifier: its file name without folder and extension. */
export function docIdOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).at(-1) ?? fileName;
  return base.slice(0, base.length - extname(base).length);
}
