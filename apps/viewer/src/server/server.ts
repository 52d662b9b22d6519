/**
 * The viewer's HTTP server: serves the built app and two endpoints,
 * `api/view.json` (the projected view model) and `api/dataset.trig` (the
 * dataset itself, for in-browser SPARQL and export). The dataset is loaded at
 * start and reloaded when the file changes; when it cannot be read, both
 * endpoints answer with an error JSON that the page shows as a message.
 * Listens on 127.0.0.1 unless told otherwise.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve as resolvePath } from 'node:path';
import { BUILD_COMMAND, DEFAULT_APP_DIR, isAppBuilt } from './app-build.js';
import { acceptsGzip, gzipOnce } from './compression.js';
import { DatasetCache, DatasetError } from './dataset.js';
import { SECURITY_HEADERS } from './security.js';
import { readStaticFile } from './static-files.js';

/** How to start the viewer server. */
export interface ViewerServerOptions {
  /** The TriG dataset to show. */
  readonly dataFile: string;
  /** Address to listen on (default `127.0.0.1`). */
  readonly host?: string;
  /** Port to listen on; `0` (the default) picks a free one. */
  readonly port?: number;
  /** Receives one line per notable event (start, dataset reloads, errors). */
  readonly log?: (line: string) => void;
  /** The built app's folder (default: this package's `dist/web`). */
  readonly appDir?: string;
  /**
   * When true (the default) the server refuses to start on a dataset it
   * cannot show and rejects with a {@link DatasetError}. When false it starts
   * anyway and the page shows the error.
   */
  readonly requireValidData?: boolean;
}

/** A running viewer server. */
export interface ViewerServer {
  /** The page's address, e.g. `http://127.0.0.1:5173/`. */
  readonly url: string;
  /** Stops listening and closes open connections. */
  close(): Promise<void>;
}

/** The built app is missing: the message says which command builds it. */
export class AppNotBuiltError extends Error {
  constructor(readonly appDir: string) {
    super(`claimgraph-viewer: the viewer app is not built (no ${appDir}index.html); run \`${BUILD_COMMAND}\`.`);
    this.name = 'AppNotBuiltError';
  }
}

/**
 * Starts the viewer server on a dataset.
 * @example
 * const server = await startViewerServer({ dataFile: 'data/graph/claimgraph.trig', port: 0 });
 * console.log(server.url);
 * await server.close();
 */
export async function startViewerServer(options: ViewerServerOptions): Promise<ViewerServer> {
  const appDir = withSlash(options.appDir ?? DEFAULT_APP_DIR);
  const log = options.log ?? (() => {});
  const dataFile = resolvePath(options.dataFile);
  if (!isAppBuilt(appDir)) throw new AppNotBuiltError(appDir);
  const cache = new DatasetCache(dataFile);
  if (options.requireValidData ?? true) {
    const data = await cache.current();
    const { nodes, edges, quads } = data.counts;
    log(`claimgraph-viewer: ${dataFile}: ${quads === null ? 'precomputed view, ' : `${quads} quads, `}${nodes} nodes, ${edges} edges`);
  }

  const server = createServer((request, response) => {
    handle(request, response, appDir, cache, log).catch((error: unknown) => {
      log(`claimgraph-viewer: ${(error as Error).message}`);
      if (!response.headersSent) sendJson(response, 500, { error: { message: 'internal server error' } });
      else response.end();
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}/`;
  return {
    url,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  appDir: string,
  cache: DatasetCache,
  log: (line: string) => void,
): Promise<void> {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    sendJson(response, 405, { error: { message: `method ${request.method} not allowed` } });
    return;
  }
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (path === '/api/view.json' || path === '/api/dataset.trig') {
    try {
      const data = await cache.current();
      response.setHeader('Cache-Control', 'no-cache');
      if (path === '/api/view.json') send(response, 200, 'application/json; charset=utf-8', data.viewJson, request, `view@${data.modifiedMs}`);
      else send(response, 200, 'application/trig; charset=utf-8', data.trig, request, `trig@${data.modifiedMs}`);
    } catch (error) {
      if (!(error instanceof DatasetError)) throw error;
      log(error.message);
      sendJson(response, 500, error.toJSON());
    }
    return;
  }
  const file = await readStaticFile(appDir, path);
  if (!file) {
    send(response, 404, 'text/plain; charset=utf-8', `not found: ${path}\n`, request);
    return;
  }
  response.setHeader('Cache-Control', file.cacheControl);
  send(response, 200, file.contentType, file.body, request, file.version);
}

function send(
  response: ServerResponse,
  status: number,
  contentType: string,
  body: string | Buffer,
  request: IncomingMessage,
  version?: string,
): void {
  response.statusCode = status;
  response.setHeader('Content-Type', contentType);
  if (version && !contentType.startsWith('image/png')) {
    response.setHeader('Vary', 'Accept-Encoding');
    const compressed = acceptsGzip(request) ? gzipOnce(version, body) : null;
    if (compressed) {
      response.setHeader('Content-Encoding', 'gzip');
      body = compressed;
    }
  }
  response.setHeader('Content-Length', Buffer.byteLength(body));
  response.end(request.method === 'HEAD' ? undefined : body);
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  response.statusCode = status;
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.setHeader('Cache-Control', 'no-store');
  response.setHeader('Content-Length', Buffer.byteLength(body));
  response.end(body);
}

function withSlash(path: string): string {
  return path.endsWith('/') ? path : `${path}/`;
}
