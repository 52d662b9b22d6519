/**
 * Benchmark of IRI minting in @claimgraph/ontology: hashing statement keys with the pure-JS 64-bit
 * FNV-1a (`hashKey`) against node:crypto SHA-256 on the same input, slugging names against a bare
 * lowercase-and-replace, and minting span IRIs. Synthetic, deterministic inputs; prints the median
 * of 5 runs per operation and the ratio to the baseline.
 *
 * Run: node --conditions=claimgraph-source --import tsx bench/ontology/iri.ts
 */
import { createHash } from 'node:crypto';
import { hashKey, instanceIri, slug } from '@claimgraph/ontology';

const COUNT = 100_000;
const RUNS = 5;

const WORDS = [
  'council',
  'library',
  'branch',
  'police',
  'union',
  'budget',
  'closure',
  'Eastside',
  'staff',
  'mayor',
];
function sentence(i: number): string {
  const words: string[] = [];
  for (let w = 0; w < 20; w += 1) words.push(WORDS[(i * 7 + w * 3) % WORDS.length] ?? '');
  return `${words.join(' ')} ${i}.`;
}
const speakers = Array.from(
  { length: COUNT },
  (_, i) => `https://w3id.org/claimgraph/id/actor/person-${i % 500}`,
);
const texts = Array.from({ length: COUNT }, (_, i) => sentence(i));
const names = Array.from(
  { length: COUNT },
  (_, i) => `Dr. José Núñez-García ${i} of the Town Council`,
);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function time(run: () => unknown): number {
  const times: number[] = [];
  for (let r = 0; r < RUNS; r += 1) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

let sink = 0;
const results: [string, number, string, number][] = [];

const fnv = time(() => {
  for (let i = 0; i < COUNT; i += 1) sink += hashKey(speakers[i] ?? '', texts[i] ?? '').length;
});
const sha = time(() => {
  for (let i = 0; i < COUNT; i += 1) {
    const digest = createHash('sha256').update(`${speakers[i]}\u001f${texts[i]}`).digest('hex');
    sink += digest.slice(0, 16).length;
  }
});
results.push(['hashKey (FNV-1a 64, pure JS)', fnv, 'node:crypto sha256', sha]);

const slugs = time(() => {
  for (const name of names) sink += slug(name).length;
});
const naive = time(() => {
  for (const name of names) sink += name.toLowerCase().replace(/[^a-z0-9]+/g, '-').length;
});
results.push([
  'slug (NFKD, transliteration, hash of long names)',
  slugs,
  'toLowerCase + replace',
  naive,
]);

const spans = time(() => {
  for (let i = 0; i < COUNT; i += 1)
    sink += instanceIri('report', '001_b6047d1f9e8a733a', i, i + 40).length;
});
const concat = time(() => {
  for (let i = 0; i < COUNT; i += 1) {
    sink += `https://w3id.org/claimgraph/id/report/001_b6047d1f9e8a733a/${i}-${i + 40}`.length;
  }
});
results.push(['instanceIri("report", docId, start, end)', spans, 'template string', concat]);

console.log(
  `${COUNT.toLocaleString('en')} items, median of ${RUNS} runs (checksum ${sink % 1000})`,
);
console.log('| operation | ms | µs/item | baseline | ms | ratio |');
console.log('|---|---|---|---|---|---|');
for (const [name, ms, baseline, baseMs] of results) {
  console.log(
    `| ${name} | ${ms.toFixed(1)} | ${((ms * 1000) / COUNT).toFixed(2)} | ${baseline} | ${baseMs.toFixed(1)} | ${(ms / baseMs).toFixed(2)}× |`,
  );
}
