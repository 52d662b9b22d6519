import { describe, expect, it } from 'vitest';
import { fnv1a64, hashKey } from './hash.js';

describe('fnv1a64', () => {
  it('matches the published FNV-1a 64-bit test vectors', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  it('hashes the UTF-8 bytes, so accented and astral characters are stable', () => {
    expect(fnv1a64('é')).not.toBe(fnv1a64('e'));
    expect(fnv1a64('😀')).toMatch(/^[0-9a-f]{16}$/);
    expect(fnv1a64('😀')).toBe(fnv1a64('\u{1F600}'));
  });
});

describe('hashKey', () => {
  it('keeps part boundaries apart', () => {
    expect(hashKey('ab', 'c')).not.toBe(hashKey('a', 'bc'));
  });

  it('is deterministic and treats numbers as their decimal text', () => {
    expect(hashKey('doc', 12)).toBe(hashKey('doc', '12'));
    expect(hashKey('x')).toBe(hashKey('x'));
  });
});

describe('fnv1a64 against a BigInt reference', () => {
  const reference = (text: string): string => {
    let hash = 0xcbf29ce484222325n;
    for (const byte of new TextEncoder().encode(text)) {
      hash = ((hash ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
    }
    return hash.toString(16).padStart(16, '0');
  };

  it.each([
    '',
    'a',
    'Dana Okafor',
    'Straße – “quoted” ’s',
    '東京都',
    '😀 and 𝔘',
    'x'.repeat(1000),
    'lone \ud800 surrogate',
  ])('agrees on %j', (text) => {
    expect(fnv1a64(text)).toBe(reference(text));
  });
});
