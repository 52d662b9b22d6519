/**
 * Parallel extraction of many documents. `threads - 1` worker threads and the
 * main thread take documents from one queue, so every core extracts and the
 * main thread is working — not waiting — while the workers start (from the
 * TypeScript sources each worker first loads tsx and compiles the extractor).
 * A worker answers with JSON text, which is what the cache stores, so that
 * serialising results happens in parallel too. Each worker is handed a few
 * documents ahead of its answers: the main thread reads answers only between
 * two documents of its own, and a worker that waited for each next document
 * would sit idle for most of one.
 */
import { Worker } from 'node:worker_threads';
import type { CachedExtraction } from './extract-cache.js';
import {
  extractOne,
  type ExtractJob,
  type ExtractOutcome,
  type WorkerAnswer,
} from './extract-one.js';

/** Documents handed to a worker ahead of its answers. */
const AHEAD = 4;

/**
 * Extracts `jobs` on `threads` threads (the main thread included); the outcomes
 * come back in any order, each naming its job's index.
 * @example const outcomes = await extractInParallel(jobs, 2, () => bar.increment());
 */
export async function extractInParallel(
  jobs: readonly ExtractJob[],
  threads: number,
  tick: () => void,
): Promise<ExtractOutcome[]> {
  const outcomes: ExtractOutcome[] = [];
  let next = 0;
  const take = (): ExtractJob | undefined => jobs[next++];
  const record = (outcome: ExtractOutcome) => {
    outcomes.push(outcome);
    tick();
  };
  const pool: Worker[] = [];
  const workersDone = Promise.all(
    Array.from({ length: Math.max(0, Math.min(threads - 1, jobs.length - 1)) }, () =>
      runWorker(pool, take, record),
    ),
  );
  try {
    for (let job = take(); job; job = take()) {
      record(extractOne(job));
      // Lets the workers' answers in and hands them their next document.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await workersDone;
  } catch (error) {
    await Promise.all(pool.map((worker) => worker.terminate()));
    throw error;
  }
  return outcomes;
}

function runWorker(
  pool: Worker[],
  take: () => ExtractJob | undefined,
  record: (outcome: ExtractOutcome) => void,
): Promise<void> {
  const worker = startWorker();
  pool.push(worker);
  return new Promise((resolve, reject) => {
    let handed = 0;
    const feed = () => {
      while (handed < AHEAD) {
        const job = take();
        if (!job) break;
        worker.postMessage(job);
        handed += 1;
      }
      if (handed === 0) void worker.terminate().then(() => resolve());
    };
    worker.on('message', (answer: WorkerAnswer) => {
      handed -= 1;
      record(
        answer.ok
          ? {
              index: answer.index,
              ok: true,
              value: JSON.parse(answer.json) as CachedExtraction,
              json: answer.json,
            }
          : answer,
      );
      feed();
    });
    worker.on('error', reject);
    feed();
  });
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
