/**
 * Worker-thread entry for parallel extraction: receives documents as bytes,
 * answers with what a build reads of the parsed document and its extraction
 * (`cachedForm`) as JSON text — what the per-document cache stores, so
 * serialising results is parallel too — or with the error that rejected the
 * document.
 */
import { parentPort } from 'node:worker_threads';
import { cachedForm } from './extract-cache.js';
import { extractOne, type ExtractJob, type WorkerAnswer } from './extract-one.js';

parentPort?.on('message', (job: ExtractJob) => {
  const outcome = extractOne(job);
  const answer: WorkerAnswer = outcome.ok
    ? { index: outcome.index, ok: true, json: JSON.stringify(cachedForm(outcome.value)) }
    : outcome;
  parentPort?.postMessage(answer);
});
