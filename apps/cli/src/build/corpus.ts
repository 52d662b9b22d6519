/**
 * Converts a folder of documents into extraction results: lists the `.txt`
 * and `.md` files (sorted, so the order never depends on the file system),
 * reads them and computes their content keys, serves unchanged documents from
 * the cache, extracts the rest — on worker threads when there are many — and
 * reports progress; a caller may convert only some of the files read. Rejected
 * documents are returned as errors beside the results; the caller decides what
 * they mean, and saves the cache.
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

/** The files of a corpus folder, read: names, ids, bytes and (with a cache) content keys. */
export interface CorpusFiles {
  files: string[];
  ids: string[];
  bytes: Buffer[];
  /** With a cache: each document's content key (`ExtractCache.keyOf`). */
  contentKeys: Array<string | undefined>;
}

/**
 * Lists and reads the documents of a folder, and loads the cache.
 * @example const files = await readCorpus('data/documents', cache);
 */
export async function readCorpus(dir: string, cache?: ExtractCache): Promise<CorpusFiles> {
  const files = await listDocuments(dir);
  const cacheLoaded = cache?.load();
  // Read one after the other: thousands of small reads in flight at once cost ten times the CPU.
  const bytes = files.map((file) => readFileSync(file));
  const ids = files.map((file) => docIdOf(file));
  const contentKeys = bytes.map((b) => cache?.keyOf(b));
  await cacheLoaded;
  return { files, ids, bytes, contentKeys };
}

/**
 * Extracts every document of a folder, or of its files already read (`only`: just these
 * indexes of them, in that order).
 * @example const { documents, errors } = await convertCorpus('data/documents', { cache });
 */
export async function convertCorpus(
  source: string | CorpusFiles,
  options: CorpusOptions & {
    only?: readonly number[];
    /** Results already at hand, by index (neither extracted nor counted again). */
    known?: ReadonlyMap<number, CachedExtraction>;
  } = {},
): Promise<CorpusResult> {
  const corpus = typeof source === 'string' ? await readCorpus(source, options.cache) : source;
  const { files, ids, contentKeys } = corpus;
  const indexes = options.only ?? files.map((_, index) => index);
  const jobs: ExtractJob[] = [];
  const outcomes: Array<ExtractOutcome | undefined> = new Array(files.length);
  let done = 0;
  let cached = 0;
  const tick = () => options.onProgress?.((done += 1), indexes.length);

  for (const index of indexes) {
    const value = options.known?.get(index);
    if (value) {
      outcomes[index] = { index, ok: true, value };
      tick();
      continue;
    }
    const hit = options.cache?.get(ids[index]!, contentKeys[index]!);
    if (hit) {
      outcomes[index] = { index, ok: true, value: hit };
      cached += 1;
      tick();
    } else {
      jobs.push({ index, fileName: files[index]!, bytes: new Uint8Array(corpus.bytes[index]!) });
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
  for (const index of indexes) {
    const outcome = outcomes[index];
    if (!outcome) continue;
    if (outcome.ok) {
      documents.push(outcome.value);
      const contentKey = contentKeys[index];
      if (contentKey !== undefined) keys.set(outcome.value, contentKey);
    } else errors.push(outcome.message);
  }
  const bytes = indexes.reduce((sum, index) => sum + corpus.bytes[index]!.length, 0);
  return { documents, errors, cached, extracted: jobs.length, bytes, keys };
}

/** A document's identifier: its file name without folder and extension. */
export function docIdOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).at(-1) ?? fileName;
  return base.slice(0, base.length - extname(base).length);
}
