/**
 * HTTP authentication for the remote store: RFC 7616 Digest (MD5, SHA-256, SHA-512-256 and
 * their `-sess` variants, `qop=auth`) and RFC 7617 Basic, wrapped around any `fetch`. The
 * wrapper answers the server's `WWW-Authenticate` challenge, keeps the nonce and counts `nc`
 * so later requests authenticate on the first try, and — before sending a large body with no
 * challenge known yet — asks for one with a bodiless HEAD, so a multi-megabyte upload is not
 * sent twice. Written here rather than taken from `digest-fetch` because that library ignores
 * the algorithm the server asks for, makes its cnonce with `Math.random`, and cannot be given
 * the `fetch` to wrap (which the tests use to cut connections).
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Credentials } from './credentials.js';

/** The subset of `fetch` the remote client uses; tests pass wrappers that fail on purpose. */
export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

/** One challenge of a `WWW-Authenticate` header. */
export interface AuthChallenge {
  /** Lower-cased scheme, e.g. `digest` or `basic`. */
  scheme: string;
  /** Parameters with lower-cased names and unquoted values. */
  params: Record<string, string>;
}

/**
 * Parses a `WWW-Authenticate` value (several challenges may be joined by commas).
 * @example parseChallenges('Digest realm="x", nonce="n", qop="auth"')
 * // [{ scheme: 'digest', params: { realm: 'x', nonce: 'n', qop: 'auth' } }]
 */
export function parseChallenges(header: string): AuthChallenge[] {
  const challenges: AuthChallenge[] = [];
  let position = 0;
  const skip = (pattern: RegExp) => {
    while (position < header.length && pattern.test(header[position]!)) position++;
  };
  const readToken = () => {
    const start = position;
    while (position < header.length && /[^\s,="]/.test(header[position]!)) position++;
    return header.slice(start, position);
  };
  while (position < header.length) {
    skip(/[\s,]/);
    const token = readToken();
    if (token === '') {
      position++;
      continue;
    }
    skip(/\s/);
    if (header[position] === '=' && challenges.length > 0) {
      position++;
      skip(/\s/);
      let value: string;
      if (header[position] === '"') {
        position++;
        value = '';
        while (position < header.length && header[position] !== '"') {
          if (header[position] === '\\') position++;
          value += header[position] ?? '';
          position++;
        }
        position++;
      } else {
        value = readToken();
      }
      challenges.at(-1)!.params[token.toLowerCase()] = value;
    } else {
      challenges.push({ scheme: token.toLowerCase(), params: {} });
    }
  }
  return challenges;
}

const HASHES: Record<string, string> = {
  md5: 'md5',
  'sha-256': 'sha256',
  'sha-512-256': 'sha512-256',
};

/** The inputs of one Digest `Authorization` header. */
export interface DigestInput {
  challenge: Record<string, string>;
  credentials: Credentials;
  method: string;
  /** The request target: path and query, as sent on the request line. */
  uri: string;
  /** Request counter, 1 for the first use of a nonce. */
  nc: number;
  /** Client nonce. */
  cnonce: string;
}

/**
 * Computes an RFC 7616 Digest `Authorization` header value.
 * @throws if the challenge asks for an algorithm or qop this client does not implement
 */
export function digestAuthorization(input: DigestInput): string {
  const { challenge, credentials, method, uri, cnonce } = input;
  const algorithm = challenge['algorithm'] ?? 'MD5';
  const session = /-sess$/i.test(algorithm);
  const hashName = HASHES[algorithm.replace(/-sess$/i, '').toLowerCase()];
  if (hashName === undefined) {
    throw new Error(
      `claimgraph-store: the server asks for Digest algorithm ${algorithm}, which is not supported`,
    );
  }
  const hash = (text: string) => createHash(hashName).update(text, 'utf8').digest('hex');
  const realm = challenge['realm'] ?? '';
  const nonce = challenge['nonce'] ?? '';
  const offered = (challenge['qop'] ?? '').split(',').map((qop) => qop.trim().toLowerCase());
  const qop = offered.includes('auth') ? 'auth' : undefined;
  if (qop === undefined && challenge['qop'] !== undefined) {
    throw new Error(
      `claimgraph-store: the server offers Digest qop="${challenge['qop']}" only, which is not supported`,
    );
  }
  const nc = input.nc.toString(16).padStart(8, '0');
  let ha1 = hash(`${credentials.user}:${realm}:${credentials.password}`);
  if (session) ha1 = hash(`${ha1}:${nonce}:${cnonce}`);
  const ha2 = hash(`${method.toUpperCase()}:${uri}`);
  const response = qop
    ? hash(`${ha1}:${nonce}:${nc}:${cnonce}:${qop}:${ha2}`)
    : hash(`${ha1}:${nonce}:${ha2}`);
  const quote = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;
  const parts = [
    `username=${quote(credentials.user)}`,
    `realm=${quote(realm)}`,
    `uri=${quote(uri)}`,
    `algorithm=${algorithm}`,
    `nonce=${quote(nonce)}`,
  ];
  if (qop) parts.push(`nc=${nc}`, `cnonce=${quote(cnonce)}`, `qop=${qop}`);
  parts.push(`response=${quote(response)}`);
  if (challenge['opaque'] !== undefined) parts.push(`opaque=${quote(challenge['opaque'])}`);
  return `Digest ${parts.join(', ')}`;
}

/** Computes an RFC 7617 Basic `Authorization` header value. */
export function basicAuthorization(credentials: Credentials): string {
  return `Basic ${Buffer.from(`${credentials.user}:${credentials.password}`, 'utf8').toString('base64')}`;
}

/** Bodies above this size are not sent before a challenge is known. */
const PROBE_ABOVE_BYTES = 16 * 1024;

/**
 * Wraps `fetch` so that requests authenticate with Digest or Basic, whichever the server asks
 * for. Without credentials it returns `baseFetch` itself. A request answered 401 is repeated
 * once with fresh credentials when the server sent a new or stale nonce; a second 401 is
 * returned to the caller (wrong user name or password).
 * @example
 * const authFetch = authenticatingFetch({ user: 'dba', password: 'dba' });
 * await authFetch(url, { method: 'PUT', body, headers: { 'content-type': 'application/n-triples' } });
 */
export function authenticatingFetch(
  credentials: Credentials | undefined,
  baseFetch: FetchLike = fetch,
): FetchLike {
  if (credentials === undefined) return baseFetch;
  let digest: { params: Record<string, string>; nc: number; cnonce: string } | undefined;
  let basic = false;
  let probed = false;

  const authorize = (url: string, init: RequestInit): RequestInit => {
    const headers = new Headers(init.headers);
    if (digest) {
      digest.nc += 1;
      const target = new URL(url);
      headers.set(
        'authorization',
        digestAuthorization({
          challenge: digest.params,
          credentials,
          method: init.method ?? 'GET',
          uri: `${target.pathname}${target.search}`,
          nc: digest.nc,
          cnonce: digest.cnonce,
        }),
      );
    } else if (basic) {
      headers.set('authorization', basicAuthorization(credentials));
    }
    return { ...init, headers };
  };

  /** Learns the challenge from a 401; true when a retry could succeed. */
  const learn = (response: Response): boolean => {
    const challenges = parseChallenges(response.headers.get('www-authenticate') ?? '');
    const offeredDigest = challenges.find((challenge) => challenge.scheme === 'digest');
    if (offeredDigest) {
      const fresh =
        digest === undefined || digest.params['nonce'] !== offeredDigest.params['nonce'];
      const stale = offeredDigest.params['stale']?.toLowerCase() === 'true';
      if (!fresh && !stale) return false;
      digest = { params: offeredDigest.params, nc: 0, cnonce: randomBytes(16).toString('hex') };
      return true;
    }
    if (challenges.some((challenge) => challenge.scheme === 'basic') && !basic) {
      basic = true;
      return true;
    }
    return false;
  };

  return async (url, init = {}) => {
    if (!probed && !digest && !basic && bodySize(init.body) > PROBE_ABOVE_BYTES) {
      probed = true;
      const probe = await baseFetch(url, { method: 'HEAD', signal: init.signal ?? null });
      await probe.arrayBuffer().catch(() => undefined);
      if (probe.status === 401) learn(probe);
    }
    const response = await baseFetch(url, authorize(url, init));
    if (response.status !== 401 || !learn(response)) return response;
    await response.arrayBuffer().catch(() => undefined);
    return baseFetch(url, authorize(url, init));
  };
}

function bodySize(body: RequestInit['body']): number {
  if (typeof body === 'string') return body.length;
  if (body instanceof Uint8Array) return body.byteLength;
  if (body instanceof ArrayBuffer) return body.byteLength;
  return 0;
}
