/**
 * Serves the built viewer (`dist/web`) as static files: resolves a URL path to
 * a file inside the build folder (never outside it), picks its content type,
 * and lets hashed assets be cached for good while `index.html` is always
 * revalidated.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** A file ready to send. */
export interface StaticFile {
  readonly body: Buffer;
  /** Identifies this version of the file (path and modification time). */
  readonly version: string;
  readonly contentType: string;
  readonly cacheControl: string;
}

/**
 * Reads the file that `urlPath` names inside `root`, or returns null when
 * there is none (or the path tries to leave `root`). `/` is `index.html`.
 * @example await readStaticFile('/srv/dist/web', '/assets/index-abc.js')
 */
export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const normalRoot = normalize(root.endsWith(sep) ? root : root + sep);
  const filePath = normalize(join(normalRoot, relative));
  if (!filePath.startsWith(normalRoot)) return null;
  try {
    const info = await stat(filePath);
    if (!info.isFile()) return null;
    const body = await readFile(filePath);
    const extension = extname(filePath).toLowerCase();
    return {
      body,
      version: `${filePath}@${info.mtimeMs}`,
      contentType: CONTENT_TYPES[extension] ?? 'application/octet-stream',
      cacheControl: relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
  } catch {
    return null;
  }
}
