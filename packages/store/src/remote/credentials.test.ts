import { describe, expect, it } from 'vitest';
import { maskUrl, redact, splitCredentials } from './credentials.js';

describe('credentials', () => {
  it('masks the user and password of a URL', () => {
    expect(maskUrl('http://dba:s3cret@host:8890/sparql?x=1')).toBe(
      'http://***@host:8890/sparql?x=1',
    );
    expect(maskUrl('http://host/sparql')).toBe('http://host/sparql');
    expect(maskUrl('not a url://u:p@x')).not.toContain('u:p');
  });

  it('splits credentials out of a URL, decoding them', () => {
    expect(splitCredentials('http://a%40b:p%3Aw@host/sparql')).toEqual({
      url: 'http://host/sparql',
      credentials: { user: 'a@b', password: 'p:w' },
    });
    expect(splitCredentials('http://host/sparql')).toEqual({ url: 'http://host/sparql' });
    expect(() => splitCredentials('host:no-scheme')).toThrow(
      /claimgraph-store: not an http\(s\) URL/,
    );
    expect(() => splitCredentials('::')).toThrow(/claimgraph-store: not a URL/);
  });

  it('redacts every occurrence of a secret and ignores empty ones', () => {
    expect(redact('pw=hunter2; again hunter2', ['hunter2', '', undefined])).toBe(
      'pw=***; again ***',
    );
  });
});
