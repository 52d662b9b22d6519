/**
 * Seeded pseudo-random numbers for the benchmark generators (mulberry32): small, fast, and the
 * same sequence for the same seed in Node and in the browser, so every generated corpus, dataset
 * and graph is reproducible.
 */

/**
 * A generator of numbers in [0, 1) for a seed.
 * @example const next = random(42); next(); // 0.6011…
 */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
