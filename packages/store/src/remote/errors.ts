/**
 * The errors of the remote-store client. Each carries a `kind` that callers (the CLI, the push
 * retry loop) act on — an unreachable host, an HTTP status, a timeout, a refused login or an
 * answer that is not SPARQL — and a message that names the package and the (masked) URL, so the
 * user sees what failed without ever seeing a credential.
 */
import { maskUrl } from './credentials.js';

/** What went wrong talking to a remote store. */
export type RemoteErrorKind =
  'unreachable' | 'timeout' | 'http' | 'auth' | 'protocol' | 'truncated';

/** A failure talking to a remote SPARQL store. */
export class RemoteStoreError extends Error {
  constructor(
    message: string,
    readonly kind: RemoteErrorKind,
    readonly url: string,
    /** The HTTP status, for `http` and `auth` errors. */
    readonly status?: number,
    /** The network error code (`ECONNREFUSED`, `ECONNRESET` …), for `unreachable` errors. */
    readonly code?: string,
  ) {
    super(message);
    this.name = 'RemoteStoreError';
  }

  /** True for failures worth another try: 5xx, 429, dropped connections, timeouts. */
  get transient(): boolean {
    if (this.kind === 'timeout') return true;
    if (this.kind === 'http')
      return this.status !== undefined && (this.status >= 500 || this.status === 429);
    if (this.kind === 'unreachable')
      return this.code !== 'ECONNREFUSED' && this.code !== 'ENOTFOUND';
    return false;
  }
}

/** The network error code behind a failed `fetch` (undici wraps it in `cause`). */
export function networkErrorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== null && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && code !== 'ABORT_ERR') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Turns an exception thrown by `fetch` into a {@link RemoteStoreError}. */
export function fetchFailure(
  error: unknown,
  url: string,
  timedOut: boolean,
  timeoutMs?: number,
): RemoteStoreError {
  const shown = maskUrl(url);
  if (error instanceof RemoteStoreError) return error;
  if (timedOut) {
    return new RemoteStoreError(
      `claimgraph-store: ${shown} did not answer within ${timeoutMs} ms`,
      'timeout',
      shown,
    );
  }
  const code = networkErrorCode(error);
  const cause =
    error instanceof Error && error.cause instanceof Error ? error.cause.message : undefined;
  const reason = code ?? cause ?? (error instanceof Error ? error.message : String(error));
  return new RemoteStoreError(
    `claimgraph-store: cannot reach ${shown} (${reason})`,
    'unreachable',
    shown,
    undefined,
    code,
  );
}

/** Builds the error for a non-2xx answer: status, status text and the first line of the body. */
export async function httpFailure(
  response: Response,
  url: string,
  action: string,
): Promise<RemoteStoreError> {
  const shown = maskUrl(url);
  const body = await response.text().catch(() => '');
  const firstLine = body
    .replace(/<[^>]*>/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line.length > 0);
  const detail = firstLine ? `: ${firstLine.slice(0, 300)}` : '';
  const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
  if (response.status === 401 || response.status === 403) {
    return new RemoteStoreError(
      `claimgraph-store: ${action} ${shown} was refused (HTTP ${status}): check the user name and password${detail}`,
      'auth',
      shown,
      response.status,
    );
  }
  return new RemoteStoreError(
    `claimgraph-store: ${action} ${shown} failed with HTTP ${status}${detail}`,
    'http',
    shown,
    response.status,
  );
}
