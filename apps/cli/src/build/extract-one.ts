/**
 * Extraction of one document from its bytes, shared by the main thread and
 * the worker threads. Errors that reject the document are returned as data
 * (file, line, column, message), not thrown, so that one bad file does not
 * stop the corpus.
 */
import { ExtractError, decodeDocument, extractDocument } from '@claimgraph/extract';
import type { CachedExtraction } from './extract-cache.js';

/** A document to extract. */
export interface ExtractJob {
  index: number;
  fileName: string;
  bytes: Uint8Array;
}

/** The outcome for one document. */
export type ExtractOutcome =
  | { index: number; ok: true; value: CachedExtraction; json?: string }
  | { index: number; ok: false; message: string };

/** What a worker thread answers: the result as JSON text (for the cache, parsed once), or the error. */
export type WorkerAnswer =
  { index: number; ok: true; json: string } | { index: number; ok: false; message: string };

/** Parses and extracts one document. */
export function extractOne(job: ExtractJob): ExtractOutcome {
  try {
    const parsed = decodeDocument(job.fileName, job.bytes);
    return { index: job.index, ok: true, value: { parsed, extraction: extractDocument(parsed) } };
  } catch (error) {
    if (error instanceof ExtractError)
      return { index: job.index, ok: false, message: error.message };
    const message = error instanceof Error ? error.message : String(error);
    return {
      index: job.index,
      ok: false,
      message: `${job.fileName}: extraction failed: ${message}`,
    };
  }
}
