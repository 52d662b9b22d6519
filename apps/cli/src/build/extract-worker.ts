/**
 * Worker-thread entry for parallel extraction: receives documents as bytes,
 * answers with the parsed document and its extraction, or with the error that
 * rejected it. Documents are independent, so a large corpus is spread over
 * every core.
 */
import { parentPort } from 'node:worker_threads';
import { extractOne, type ExtractJob } from './extract-one.js';

parentPort?.on('message', (job: ExtractJob) => {
  parentPort?.postMessage(extractOne(job));
});
