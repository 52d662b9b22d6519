/**
 * A small, pure-JavaScript hash for minting IRIs from text: 64-bit FNV-1a over the UTF-8 bytes,
 * written as 16 lowercase hex digits. It runs unchanged in Node and in the browser (BigInt and
 * TextEncoder only, no node:crypto), and is deterministic across platforms. It is not a
 * cryptographic hash: it only has to make accidental collisions between a corpus's statements
 * improbable (with 64 bits, about one in 10^8 for a million keys).
 */

const FNV_OFFSET_BASIS = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;
const encoder = new TextEncoder();

/**
 * 64-bit FNV-1a of the UTF-8 encoding of `text`, as 16 hex digits.
 * @example fnv1a64('') === 'cbf29ce484222325'
 */
export function fnv1a64(text: string): string {
  let hash = FNV_OFFSET_BASIS;
  for (const byte of encoder.encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * FNV_PRIME) & MASK_64;
  }
  return hash.toString(16).padStart(16, '0');
}

/**
 * A hash key for a tuple of parts: the parts are joined with U+001F (unit separator), which does
 * not occur in text, so `('ab', 'c')` and `('a', 'bc')` hash differently.
 * @example hashKey('actor/dana-okafor', 'We cannot keep three branches open') // 16 hex digits
 */
export function hashKey(...parts: readonly (string | number)[]): string {
  return fnv1a64(parts.map(String).join('\u001f'));
}
