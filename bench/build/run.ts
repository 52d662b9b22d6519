/**
 * Benchmark of `kg build` on synthetic corpora (see `generate.ts`): for each
 * size it reports articles/s, MB/s and peak memory of a cold build on one
 * thread and on every core (the speed-up, wall and CPU time), a cold build that
 * fills the caches, a rebuild after editing one document (served from the
 * per-document caches, the unchanged article graphs copied from the previous
 * output), the floor of such a rebuild — copying the output file's bytes
 * alone — and, as the reference the issue asks for, the raw cost of
 * extraction alone and of an NLP library (compromise, tagging people and
 * organisations) alone on the same text. Each build runs in a fresh process
 * so peak memory is its own.
 *
 * Run: node --conditions=claimgraph-source --import tsx bench/build/run.ts [sizes…]
 */
import {
  appendFileSync,
  closeSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractDocument, parseDocument } from '@claimgraph/extract';
import nlp from 'compromise';
import { writeSyntheticCorpus } from './generate.js';
import { spawnBuild as build } from './spawn-build.js';

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const root = join(tmpdir(), 'claimgraph-bench-build');

function rawCosts(dir: string): { extractMs: number; nlpMs: number } {
  const files = readdirSync(dir)
    .sort()
    .map((name) => [name, readFileSync(join(dir, name), 'utf8')] as const);
  let started = performance.now();
  for (const [name, text] of files) extractDocument(parseDocument(name, text));
  const extractMs = performance.now() - started;
  started = performance.now();
  for (const [, text] of files) {
    const doc = nlp(text);
    doc.people().out('array');
    doc.organizations().out('array');
  }
  return { extractMs, nlpMs: performance.now() - started };
}

/** Copies a file's bytes to a new file in 8 MB pieces: the least any build that writes the file does. */
function copyFloor(file: string): { ms: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const buffer = Buffer.allocUnsafe(8 << 20);
  const from = openSync(file, 'r');
  const to = openSync(`${file}.copy`, 'w');
  for (let n = readSync(from, buffer); n > 0; n = readSync(from, buffer))
    writeSync(to, buffer, 0, n);
  closeSync(from);
  closeSync(to);
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  rmSync(`${file}.copy`);
  return { ms, cpuMs: (used.user + used.system) / 1000 };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const lines: string[] = [];
const say = (line: string) => {
  lines.push(line);
  console.log(line);
};
say(
  `| articles | MB | build, 1 thread (CPU) | articles/s | MB/s | peak RSS | build, ${availableParallelism()} threads (CPU) | speed-up | cold, filling caches | rebuild after 1 edit (CPU) | rebuild ÷ cold | peak RSS, rebuild | output | copying the output alone (CPU) | extract alone | compromise alone | build ÷ extract | build ÷ compromise |`,
);
say('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const size of sizes.length > 0 ? sizes : [100, 1000, 10000]) {
  const dir = join(root, String(size));
  rmSync(dir, { recursive: true, force: true });
  const docs = join(dir, 'documents');
  const bytes = writeSyntheticCorpus(docs, size);
  const out = join(dir, 'graph', 'claimgraph.trig');
  const common = ['--input', docs, '--annotations', 'none', '--out', out];
  const single = build([...common, '--no-cache', '--workers', '1']);
  const parallel = build([...common, '--no-cache', '--workers', String(availableParallelism())]);
  const filling = build([...common, '--workers', String(availableParallelism())]);
  appendFileSync(
    join(docs, 'synthetic-00000.txt'),
    '\nThe mayor did not answer further questions.\n',
  );
  const warm = build(common);
  const floor = copyFloor(out);
  const raw = rawCosts(docs);
  const mb = bytes / 1e6;
  say(
    `| ${size} | ${mb.toFixed(1)} | ${seconds(single.ms)} (${seconds(single.cpuMs)}) | ${((size * 1000) / single.ms).toFixed(0)} | ${((mb * 1000) / single.ms).toFixed(2)} | ${single.maxRssMb.toFixed(0)} MB | ${seconds(parallel.ms)} (${seconds(parallel.cpuMs)}) | ${(single.ms / parallel.ms).toFixed(2)}× | ${seconds(filling.ms)} | ${seconds(warm.ms)} (${seconds(warm.cpuMs)}) | ${(warm.ms / single.ms).toFixed(2)} | ${warm.maxRssMb.toFixed(0)} MB | ${(statSync(out).size / 1e6).toFixed(0)} MB | ${seconds(floor.ms)} (${seconds(floor.cpuMs)}) | ${seconds(raw.extractMs)} | ${seconds(raw.nlpMs)} | ${(single.ms / raw.extractMs).toFixed(2)} | ${(single.ms / raw.nlpMs).toFixed(2)} |`,
  );
}
const command = `node --conditions=claimgraph-source --import tsx bench/build/run.ts${sizes.length > 0 ? ` ${sizes.join(' ')}` : ''}`;
const report = `## \`kg build\` on synthetic corpora (\`bench/build/run.ts\`)

\`\`\`sh
${command}
\`\`\`

Node ${process.version}, ${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)} at the end. Each build runs in a fresh
process (\`--annotations none\`); "1 thread" is a cold build with \`--no-cache --workers 1\`, the parallel run is the same
with one thread per core (the main thread and worker threads taking documents from one queue); CPU time
(in brackets) adds up every thread. "cold, filling caches" is a cold build that writes the per-document caches
(extraction results, and an index of the article graphs' blocks in the output); "rebuild after 1 edit" then appends a sentence to one article and builds again; "copying the output alone" reads and writes the output file's bytes, the floor of any rebuild that writes it. "extract alone" is \`extractDocument\` over the same files in one process; "compromise alone" is
the NLP library compromise tagging people and organisations on the same text (the converter does not use it).

${lines.join('\n')}
`;
const target = new URL('../results/build.md', import.meta.url).pathname;
writeFileSync(`${target}.tmp`, report);
renameSync(`${target}.tmp`, target);
console.log(`\nwritten to bench/results/build.md`);
