import { describe, expect, it } from 'vitest';
import {
  authenticatingFetch,
  digestAuthorization,
  parseChallenges,
  type FetchLike,
} from './http-auth.js';

const rfc7616 = {
  realm: 'http-auth@example.org',
  qop: 'auth, auth-int',
  nonce: '7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v',
  opaque: 'FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS',
};
const mufasa = { user: 'Mufasa', password: 'Circle of Life' };

function responseOf(header: string): string {
  return /response="([0-9a-f]+)"/.exec(header)?.[1] ?? '';
}

describe('digestAuthorization', () => {
  const request = {
    credentials: mufasa,
    method: 'GET',
    uri: '/dir/index.html',
    nc: 1,
    cnonce: 'f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ',
  };

  it('reproduces the MD5 example of RFC 7616 §3.9.1', () => {
    const header = digestAuthorization({ ...request, challenge: { ...rfc7616, algorithm: 'MD5' } });
    expect(responseOf(header)).toBe('8ca523f5e9506fed4657c9700eebdbec');
    expect(header).toContain('nc=00000001');
    expect(header).toContain('qop=auth,');
    expect(header).toContain(`opaque="${rfc7616.opaque}"`);
  });

  it('reproduces the SHA-256 example of RFC 7616 §3.9.1', () => {
    const header = digestAuthorization({
      ...request,
      challenge: { ...rfc7616, algorithm: 'SHA-256' },
    });
    expect(responseOf(header)).toBe(
      '753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1',
    );
  });

  it('reproduces the RFC 2617 example (MD5 without an algorithm parameter)', () => {
    const header = digestAuthorization({
      challenge: {
        realm: 'testrealm@host.com',
        qop: 'auth,auth-int',
        nonce: 'dcd98b7102dd2f0e8b11d0f600bfb0c093',
        opaque: '5ccc069c403ebaf9f0171e9517f40e41',
      },
      credentials: { user: 'Mufasa', password: 'Circle Of Life' },
      method: 'GET',
      uri: '/dir/index.html',
      nc: 1,
      cnonce: '0a4f113b',
    });
    expect(responseOf(header)).toBe('6629fae49393a05397450978507c4ef1');
  });

  it('refuses an algorithm it does not implement', () => {
    expect(() =>
      digestAuthorization({ ...request, challenge: { ...rfc7616, algorithm: 'SHA-1' } }),
    ).toThrow(/SHA-1.*not supported/);
  });
});

describe('parseChallenges', () => {
  it('reads Virtuoso’s Digest challenge', () => {
    const [challenge] = parseChallenges(
      'Digest realm="SPARQL", domain="/sparql-graph-crud-auth", nonce="d7cb", opaque="5ebe", stale="false", qop="auth", algorithm="MD5"',
    );
    expect(challenge).toEqual({
      scheme: 'digest',
      params: {
        realm: 'SPARQL',
        domain: '/sparql-graph-crud-auth',
        nonce: 'd7cb',
        opaque: '5ebe',
        stale: 'false',
        qop: 'auth',
        algorithm: 'MD5',
      },
    });
  });

  it('separates several challenges joined in one header, with commas inside quotes', () => {
    const challenges = parseChallenges(
      'Basic realm="a, b", Digest realm="c", nonce=xyz, qop="auth,auth-int"',
    );
    expect(challenges.map((challenge) => challenge.scheme)).toEqual(['basic', 'digest']);
    expect(challenges[0]!.params['realm']).toBe('a, b');
    expect(challenges[1]!.params).toEqual({ realm: 'c', nonce: 'xyz', qop: 'auth,auth-int' });
  });
});

/** A fake server that wants Digest (nonce changes when `rotate` is called) or Basic. */
function fakeServer(scheme: 'digest' | 'basic') {
  let nonce = 'n1';
  const seen: Array<{ method: string; authorization: string | null; bodyLength: number }> = [];
  const fetchLike: FetchLike = async (_url, init = {}) => {
    const authorization = new Headers(init.headers).get('authorization');
    seen.push({
      method: init.method ?? 'GET',
      authorization,
      bodyLength: typeof init.body === 'string' ? init.body.length : 0,
    });
    const good =
      scheme === 'digest'
        ? authorization?.startsWith('Digest ') &&
          authorization.includes(`nonce="${nonce}"`) &&
          authorization.includes('username="dba"')
        : authorization === `Basic ${Buffer.from('dba:dba').toString('base64')}`;
    if (good) return new Response(null, { status: 201 });
    const challenge =
      scheme === 'digest'
        ? `Digest realm="SPARQL", nonce="${nonce}", qop="auth", algorithm="MD5"`
        : 'Basic realm="x"';
    return new Response(null, { status: 401, headers: { 'www-authenticate': challenge } });
  };
  return { fetch: fetchLike, seen, rotate: () => (nonce = `${nonce}x`) };
}

describe('authenticatingFetch', () => {
  it('answers a Digest challenge, then authenticates at once with the same nonce and a growing nc', async () => {
    const server = fakeServer('digest');
    const authFetch = authenticatingFetch({ user: 'dba', password: 'dba' }, server.fetch);
    expect(
      (await authFetch('http://h/crud?graph-uri=g', { method: 'PUT', body: 'x' })).status,
    ).toBe(201);
    expect(
      (await authFetch('http://h/crud?graph-uri=g', { method: 'PUT', body: 'x' })).status,
    ).toBe(201);
    expect(server.seen.map((request) => request.authorization === null)).toEqual([
      true,
      false,
      false,
    ]);
    expect(server.seen[1]!.authorization).toContain('nc=00000001');
    expect(server.seen[2]!.authorization).toContain('nc=00000002');
    expect(server.seen[2]!.authorization).toContain('uri="/crud?graph-uri=g"');
  });

  it('follows a new nonce once, and hands a repeated refusal back to the caller', async () => {
    const server = fakeServer('digest');
    const authFetch = authenticatingFetch({ user: 'dba', password: 'dba' }, server.fetch);
    await authFetch('http://h/x', { method: 'PUT', body: 'x' });
    server.rotate();
    expect((await authFetch('http://h/x', { method: 'PUT', body: 'x' })).status).toBe(201);
    const wrong = authenticatingFetch(
      { user: 'other', password: 'dba' },
      fakeServer('digest').fetch,
    );
    expect((await wrong('http://h/x', { method: 'PUT', body: 'x' })).status).toBe(401);
  });

  it('asks for the challenge with a bodiless HEAD before sending a large body', async () => {
    const server = fakeServer('digest');
    const authFetch = authenticatingFetch({ user: 'dba', password: 'dba' }, server.fetch);
    const body = 'x'.repeat(100_000);
    expect((await authFetch('http://h/x', { method: 'PUT', body })).status).toBe(201);
    expect(server.seen.map((request) => [request.method, request.bodyLength])).toEqual([
      ['HEAD', 0],
      ['PUT', 100_000],
    ]);
  });

  it('uses Basic when the server asks for Basic', async () => {
    const server = fakeServer('basic');
    const authFetch = authenticatingFetch({ user: 'dba', password: 'dba' }, server.fetch);
    expect((await authFetch('http://h/x', { method: 'PUT', body: 'x' })).status).toBe(201);
    expect((await authFetch('http://h/x', { method: 'PUT', body: 'x' })).status).toBe(201);
    expect(server.seen).toHaveLength(3);
  });

  it('sends no Authorization header without credentials', async () => {
    const server = fakeServer('digest');
    const plain = authenticatingFetch(undefined, server.fetch);
    expect((await plain('http://h/x')).status).toBe(401);
    expect(server.seen).toEqual([{ method: 'GET', authorization: null, bodyLength: 0 }]);
  });
});
