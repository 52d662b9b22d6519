/**
 * Worker-thread entry for parallel extraction: receives documents as bytes,
 * answers with the parsed document and its extraction, or with the error that
 * rejected it. When the job names a cache file, the worker writes the result
 * there itself (atomically), so that serialising results is parallel too.
 */
import { parentPort } from 'node:worker_threads';
import { writeFileAtomicSync } from './atomic.js';
import { extractOne, type ExtractJob } from './extract-one.js';

parentPort?.on('message', (job: ExtractJob) => {
  const outcome = extractOne(job);
  if (outcome.ok && job.cacheFile) {
    writeFileAtomicSync(job.cacheFile, JSON.stringify(outcome.value));
    outcome.stored = true;
  }
  parentPort?.postMessage(outcome);
});
