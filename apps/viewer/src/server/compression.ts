/**
 * Gzip for the viewer server's larger answers (the view model, the dataset,
 * scripts and the SPARQL engine's WebAssembly), which shrink about ninefold.
 * Compressed bodies are kept in a small cache keyed by what they were made
 * from, so the same file or dataset version is compressed once.
 */
import type { IncomingMessage } from 'node:http';
import { gzipSync } from 'node:zlib';

/** Bodies smaller than this are sent as they are. */
const MINIMUM_SIZE = 1024;
/** How many compressed bodies are kept. */
const CACHE_ENTRIES = 64;

const cache = new Map<string, Buffer>();

/** True when the client accepts gzip. */
export function acceptsGzip(request: IncomingMessage): boolean {
  const header = request.headers['accept-encoding'];
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  return /\bgzip\b(?!;q=0(\.0*)?\b)/.test(value);
}

/**
 * The gzip form of `body`, or null when it is too small to gain. `key` names
 * the exact content (e.g. a path and its modification time).
 * @example gzipOnce('view@1700000000', json)
 */
export function gzipOnce(key: string, body: string | Buffer): Buffer | null {
  if (Buffer.byteLength(body) < MINIMUM_SIZE) return null;
  const cached = cache.get(key);
  if (cached) return cached;
  const compressed = gzipSync(body, { level: 6 });
  if (cache.size >= CACHE_ENTRIES) cache.delete(cache.keys().next().value as string);
  cache.set(key, compressed);
  return compressed;
}
