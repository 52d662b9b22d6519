/**
 * `openSource`: one place that turns "a data file or an endpoint" into a `SparqlSource` — a
 * `LocalStore` for a file, or a `RemoteEndpoint` for a URL. The remote client is imported
 * lazily, so local use never loads HTTP code.
 */
import { StoreError } from './errors.js';
import { LocalStore } from './local-store.js';
import type * as Remote from './remote/index.js';
import type { SparqlSource } from './types.js';

/** The dataset file used when neither a file nor an endpoint is given. */
export const DEFAULT_DATA_FILE = 'data/graph/claimgraph.trig';

/** Where to read from: a local file, or a remote endpoint (optionally with credentials). */
export interface OpenSourceOptions {
  data?: string;
  endpoint?: string;
  user?: string;
  password?: string;
}

/** Loads the remote half of the store (`RemoteEndpoint`, `pushDataset`, …) on demand. */
export function loadRemote(): Promise<typeof Remote> {
  return import('./remote/index.js');
}

/**
 * Opens a local dataset file or a remote SPARQL endpoint.
 * @example const source = await openSource({ data: 'data/graph/claimgraph.trig' });
 * @example const source = await openSource({ endpoint: 'http://localhost:8890/sparql' });
 */
export async function openSource(options: OpenSourceOptions = {}): Promise<SparqlSource> {
  if (options.endpoint !== undefined) {
    let remote: typeof Remote;
    try {
      remote = await loadRemote();
    } catch (error) {
      throw new StoreError(
        'unavailable',
        `remote endpoints are not available in this build (${(error as Error).message})`,
      );
    }
    return new remote.RemoteEndpoint({
      url: options.endpoint,
      ...(options.user === undefined ? {} : { user: options.user }),
      ...(options.password === undefined ? {} : { password: options.password }),
    });
  }
  return LocalStore.fromFile(options.data ?? DEFAULT_DATA_FILE);
}
