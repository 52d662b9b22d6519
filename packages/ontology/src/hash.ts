/**
 * A small, pure-JavaScript hash for minting IRIs from text: 64-bit FNV-1a over the UTF-8 bytes,
 * written as 16 lowercase hex digits. It runs unchanged in Node and in the browser (plain number
 * arithmetic, no node:crypto), and is deterministic across platforms. It is not a
 * cryptographic hash: it only has to make accidental collisions between a corpus's statements
 * improbable (with 64 bits, about one in 10^8 for a million keys). It is computed in 16-bit limbs
 * rather than with BigInt, which is several times slower.
 */

// 64-bit arithmetic in four 16-bit limbs (least significant first) with plain numbers: several
// times faster than BigInt. The FNV-1a 64-bit prime is 2^40 + 0x1b3; its offset basis is
// 0xcbf29ce484222325.
const PRIME_LOW = 0x1b3;
const PRIME_SHIFT = 0x100; // 2^40 = limb 2 × 2^8

function hex4(limb: number): string {
  return limb.toString(16).padStart(4, '0');
}

/**
 * 64-bit FNV-1a of the UTF-8 encoding of `text`, as 16 hex digits. Lone surrogates are encoded as
 * U+FFFD, as TextEncoder does.
 * @example fnv1a64('') === 'cbf29ce484222325'
 */
export function fnv1a64(text: string): string {
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  const mix = (byte: number): void => {
    h0 ^= byte;
    const t0 = h0 * PRIME_LOW;
    const t1 = h1 * PRIME_LOW + (t0 >>> 16);
    const t2 = h2 * PRIME_LOW + h0 * PRIME_SHIFT + (t1 >>> 16);
    const t3 = h3 * PRIME_LOW + h1 * PRIME_SHIFT + (t2 >>> 16);
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  };
  for (let i = 0; i < text.length; i += 1) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) {
      const next = text.charCodeAt(i + 1);
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
        i += 1;
      } else {
        code = 0xfffd;
      }
    }
    if (code < 0x80) {
      mix(code);
    } else if (code < 0x800) {
      mix(0xc0 | (code >> 6));
      mix(0x80 | (code & 0x3f));
    } else if (code < 0x10000) {
      mix(0xe0 | (code >> 12));
      mix(0x80 | ((code >> 6) & 0x3f));
      mix(0x80 | (code & 0x3f));
    } else {
      mix(0xf0 | (code >> 18));
      mix(0x80 | ((code >> 12) & 0x3f));
      mix(0x80 | ((code >> 6) & 0x3f));
      mix(0x80 | (code & 0x3f));
    }
  }
  return hex4(h3) + hex4(h2) + hex4(h1) + hex4(h0);
}

/**
 * A hash key for a tuple of parts: the parts are joined with U+001F (unit separator), which does
 * not occur in text, so `('ab', 'c')` and `('a', 'bc')` hash differently.
 * @example hashKey('actor/dana-okafor', 'We cannot keep three branches open') // 16 hex digits
 */
export function hashKey(...parts: readonly (string | number)[]): string {
  return fnv1a64(parts.map(String).join('\u001f'));
}
