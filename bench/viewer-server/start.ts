/**
 * How long the viewer server takes to get a dataset ready (read, parse with
 * n3, project with the deterministic layout, serialise the view model) and how
 * much gzip saves on the wire, next to n3 parsing the same TriG alone.
 * Synthetic datasets from bench/viewer/synthetic-rdf.ts, written as TriG.
 *
 * Run: node --conditions=claimgraph-source --import tsx bench/viewer-server/start.ts
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { Parser, Writer } from 'n3';
import { loadDataset } from '@claimgraph/viewer/server';
import { syntheticDataset } from '../viewer/synthetic-rdf.js';

const SIZES = [5, 125, 500];
const RUNS = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function toTrig(documents: number): Promise<string> {
  const writer = new Writer({ format: 'application/trig' });
  writer.addQuads(syntheticDataset(documents) as never);
  return new Promise((resolve, reject) => writer.end((error, text: string) => (error ? reject(error) : resolve(text))));
}

const dir = mkdtempSync(join(tmpdir(), 'bench-viewer-server-'));
console.log('| documents | quads | nodes / edges | n3 parse ms | loadDataset ms | ratio | view.json KB | gzip KB | TriG KB | gzip KB |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
try {
  for (const documents of SIZES) {
    const trig = await toTrig(documents);
    const file = join(dir, `d${documents}.trig`);
    writeFileSync(file, trig);
    const parse: number[] = [];
    const load: number[] = [];
    let quads = 0;
    let loaded = await loadDataset(file);
    for (let run = 0; run < RUNS; run += 1) {
      let start = performance.now();
      quads = new Parser({ format: 'application/trig' }).parse(trig).length;
      parse.push(performance.now() - start);
      start = performance.now();
      loaded = await loadDataset(file);
      load.push(performance.now() - start);
    }
    const kb = (bytes: number) => Math.round(bytes / 1024);
    console.log(
      `| ${documents} | ${quads} | ${loaded.counts.nodes} / ${loaded.counts.edges} | ${median(parse).toFixed(0)} | ${median(load).toFixed(0)} | ${(median(load) / median(parse)).toFixed(1)} | ${kb(Buffer.byteLength(loaded.viewJson))} | ${kb(gzipSync(loaded.viewJson).length)} | ${kb(Buffer.byteLength(trig))} | ${kb(gzipSync(trig).length)} |`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
