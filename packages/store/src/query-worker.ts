/**
 * The main-thread side of time-limited queries: a `QueryWorker` owns one worker thread
 * (`worker/query-worker.mjs`) holding a copy of the dataset, sends it queries one at a time, and
 * terminates it when a query outlives its time limit. A terminated worker is replaced by a new
 * one on the next query, which loads the dataset again.
 */
import { Worker } from 'node:worker_threads';
import { StoreError } from './errors.js';

const WORKER_URL = new URL('../worker/query-worker.mjs', import.meta.url);

/** The dataset a worker loads: its text and Oxigraph media type. */
export interface WorkerDataset {
  text: string;
  mediaType: string;
  baseIri?: string;
}

type WorkerReply =
  { type: 'loaded' } | { type: 'result'; output: string } | { type: 'error'; message: string };

/** Runs queries in a worker thread so that they can be stopped. */
export class QueryWorker {
  private worker: Worker | undefined;
  private ready: Promise<void> | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly dataset: () => WorkerDataset) {}

  /**
   * Runs a query and resolves to Oxigraph's serialised answer, or rejects with a `timeout`
   * StoreError after `timeoutMs` (the dataset's loading time is not counted).
   */
  run(sparql: string, resultsFormat: string, timeoutMs: number): Promise<string> {
    const next = this.queue.then(() => this.runNow(sparql, resultsFormat, timeoutMs));
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Stops the worker thread. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.ready = undefined;
    if (worker) await worker.terminate();
  }

  private async runNow(sparql: string, resultsFormat: string, timeoutMs: number): Promise<string> {
    const worker = await this.start();
    let timer: NodeJS.Timeout | undefined;
    try {
      const reply = await new Promise<WorkerReply>((resolve, reject) => {
        timer = setTimeout(() => {
          void this.close();
          reject(
            new StoreError(
              'timeout',
              `the query did not finish within ${timeoutMs} ms and was stopped`,
            ),
          );
        }, timeoutMs);
        this.nextReply(worker).then(resolve, reject);
        worker.postMessage({ type: 'query', sparql, resultsFormat });
      });
      if (reply.type === 'error') throw new Error(reply.message);
      if (reply.type !== 'result') throw new Error(`unexpected worker reply ${reply.type}`);
      return reply.output;
    } finally {
      clearTimeout(timer);
    }
  }

  private start(): Promise<Worker> {
    if (this.worker && this.ready) {
      const worker = this.worker;
      return this.ready.then(() => worker);
    }
    const worker = new Worker(WORKER_URL);
    worker.unref();
    this.worker = worker;
    const dataset = this.dataset();
    this.ready = this.nextReply(worker).then((reply) => {
      if (reply.type === 'error')
        throw new StoreError(
          'query-failed',
          `the query worker could not load the dataset: ${reply.message}`,
        );
    });
    worker.postMessage({ type: 'load', ...dataset });
    return this.ready.then(() => worker);
  }

  private nextReply(worker: Worker): Promise<WorkerReply> {
    return new Promise((resolve, reject) => {
      const cleanup = () => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      const onMessage = (reply: WorkerReply) => {
        cleanup();
        resolve(reply);
      };
      const onError = (error: Error) => {
        cleanup();
        reject(new StoreError('query-failed', `the query worker failed: ${error.message}`));
      };
      const onExit = () => {
        cleanup();
        reject(new StoreError('query-failed', 'the query worker stopped'));
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
    });
  }
}
