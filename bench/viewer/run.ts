/**
 * Viewer benchmark runner. Builds the benchmark page with Vite into a temp
 * directory, serves it with `vite preview` on 127.0.0.1, and opens it in
 * headless Debian Chromium (playwright-core, fresh profile per run) for each
 * graph size, once with claimgraph's projection/settings ("ours") and once
 * with a bare sigma; then times the projection in Node. Prints the figures
 * and writes bench/results/viewer.md (temp file + rename).
 *
 * node --conditions=claimgraph-source --import tsx bench/viewer/run.ts [--sizes 10000,50000,100000] [--repeat 2]
 *   [--seed data/graph/claimgraph.trig] [--skip-browser] [--skip-node]
 *   [--ablation bare,x=1,reducers=0,zIndex=0,lines=1]   (diagnosis: ours with one feature off, first size only)
 */
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { benchProjection, type ProjectionRow } from './projection-bench.js';

interface PageResult {
  mode: string;
  nodes: number;
  edges: number;
  firstRenderMs: number;
  pan: { frames: number; medianMs: number; p95Ms: number; meanMs: number };
  fa2: { iterations: number; seconds: number; perSecond: number };
  fa2Attached: { iterations: number; seconds: number; perSecond: number };
}

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const here = new URL('.', import.meta.url);
const repoRoot = new URL('../../', here);

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

async function measurePage(baseUrl: string, mode: 'ours' | 'bare', nodes: number, extra = ''): Promise<PageResult> {
  const profile = mkdtempSync(join(tmpdir(), 'claimgraph-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${baseUrl}/?mode=${mode}&n=${nodes}${extra}`);
    await page.waitForFunction(() => window.__bench !== undefined, undefined, { timeout: 600_000, polling: 500 });
    const result = (await page.evaluate(() => window.__bench)) as PageResult | { error: string };
    if ('error' in result) throw new Error(`benchmark page failed (${mode}, ${nodes}): ${result.error}`);
    if (errors.length > 0) throw new Error(`benchmark page errors (${mode}, ${nodes}): ${errors.join('; ')}`);
    return result;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

async function benchBrowser(sizes: number[]): Promise<Array<{ ours: PageResult; bare: PageResult }>> {
  const outDir = mkdtempSync(join(tmpdir(), 'claimgraph-bench-viewer-'));
  const configFile = fileURLToPath(new URL('vite.config.ts', here));
  process.env.BENCH_OUT_DIR = outDir;
  await build({ configFile, logLevel: 'warn' });
  const server = await preview({ configFile, preview: { host: '127.0.0.1', port: 0, strictPort: false }, build: { outDir } });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('bench/viewer: preview server has no port');
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const results: Array<{ ours: PageResult; bare: PageResult }> = [];
  try {
    for (const variant of option('--ablation')?.split(',') ?? []) {
      const result = variant === 'bare' ? await measurePage(baseUrl, 'bare', sizes[0] ?? 10_000) : await measurePage(baseUrl, 'ours', sizes[0] ?? 10_000, `&${variant}`);
      console.log('ablation', variant, JSON.stringify(result));
    }
    const repeat = Number(option('--repeat') ?? '2');
    for (const size of process.argv.includes('--ablation') ? [] : sizes) {
      const runs: Array<{ ours: PageResult; bare: PageResult }> = [];
      for (let i = 0; i < repeat; i += 1) {
        const bare = await measurePage(baseUrl, 'bare', size);
        console.log('bare', JSON.stringify(bare));
        const ours = await measurePage(baseUrl, 'ours', size);
        console.log('ours', JSON.stringify(ours));
        runs.push({ ours, bare });
      }
      results.push({ ours: medianResult(runs.map((run) => run.ours)), bare: medianResult(runs.map((run) => run.bare)) });
    }
  } finally {
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
  return results;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(middle)]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The per-metric median of several runs of one page. */
function medianResult(runs: PageResult[]): PageResult {
  const pick = (get: (run: PageResult) => number) => Math.round(median(runs.map(get)) * 100) / 100;
  const fa2 = (get: (run: PageResult) => PageResult['fa2']) => ({
    iterations: pick((run) => get(run).iterations),
    seconds: pick((run) => get(run).seconds),
    perSecond: pick((run) => get(run).perSecond),
  });
  return {
    mode: runs[0]!.mode,
    nodes: runs[0]!.nodes,
    edges: runs[0]!.edges,
    firstRenderMs: pick((run) => run.firstRenderMs),
    pan: {
      frames: pick((run) => run.pan.frames),
      medianMs: pick((run) => run.pan.medianMs),
      p95Ms: pick((run) => run.pan.p95Ms),
      meanMs: pick((run) => run.pan.meanMs),
    },
    fa2: fa2((run) => run.fa2),
    fa2Attached: fa2((run) => run.fa2Attached),
  };
}

const ratio = (ours: number, bare: number) => (bare > 0 ? (ours / bare).toFixed(2) : '–');
const fmt = (value: number) => value.toLocaleString('en-US');

function browserTable(rows: Array<{ ours: PageResult; bare: PageResult }>): string {
  const lines = [
    '| nodes / edges | first render ours / bare (ms) | ratio | pan frame median ours / bare (ms) | p95 ours / bare (ms) | ratio (median) | FA2 worker it/s, renderer detached, ours / bare | ratio | FA2 worker it/s while sigma redraws, ours / bare | ratio |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const { ours, bare } of rows) {
    lines.push(
      `| ${fmt(ours.nodes)} / ${fmt(ours.edges)} | ${fmt(ours.firstRenderMs)} / ${fmt(bare.firstRenderMs)} | ${ratio(ours.firstRenderMs, bare.firstRenderMs)} | ${ours.pan.medianMs} / ${bare.pan.medianMs} | ${ours.pan.p95Ms} / ${bare.pan.p95Ms} | ${ratio(ours.pan.medianMs, bare.pan.medianMs)} | ${ours.fa2.perSecond} / ${bare.fa2.perSecond} | ${ratio(ours.fa2.perSecond, bare.fa2.perSecond)} | ${ours.fa2Attached.perSecond} / ${bare.fa2Attached.perSecond} | ${ratio(ours.fa2Attached.perSecond, bare.fa2Attached.perSecond)} |`,
    );
  }
  return lines.join('\n');
}

function projectionTable(rows: ProjectionRow[]): string {
  const lines = [
    '| dataset | quads | nodes / edges | projectDataset (no layout) ms | n3 Store load ms | ratio | layoutView ms (FA2 iterations) | graphology FA2 alone ms | ratio |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const row of rows) {
    lines.push(
      `| ${row.dataset} | ${fmt(row.quads)} | ${fmt(row.nodes)} / ${fmt(row.edges)} | ${row.projectMs} | ${row.n3StoreMs} | ${ratio(row.projectMs, row.n3StoreMs)} | ${row.layoutMs} (${row.iterations}) | ${row.rawFa2Ms} | ${ratio(row.layoutMs, row.rawFa2Ms)} |`,
    );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const sizes = (option('--sizes') ?? '10000,50000,100000').split(',').map(Number);
  const command = `node --conditions=claimgraph-source --import tsx bench/viewer/run.ts${process.argv.slice(2).length ? ` ${process.argv.slice(2).join(' ')}` : ''}`;
  const sections: string[] = [];
  const loadBefore = loadavg().map((value) => value.toFixed(1)).join(' / ');
  if (!process.argv.includes('--skip-node')) {
    const rows = benchProjection(option('--seed') ?? fileURLToPath(new URL('data/graph/claimgraph.trig', repoRoot)));
    console.log(projectionTable(rows));
    sections.push(`### Projection in Node (median)\n\n${projectionTable(rows)}`);
  }
  if (!process.argv.includes('--skip-browser')) {
    const rows = await benchBrowser(sizes);
    console.log(browserTable(rows));
    sections.push(`### Sigma in headless Chromium (SwiftShader WebGL, 1280×800)\n\n${browserTable(rows)}`);
  }
  if (process.argv.includes('--ablation')) return;
  const target = fileURLToPath(new URL('bench/results/viewer.md', repoRoot));
  const loadAfter = loadavg().map((value) => value.toFixed(1)).join(' / ');
  const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, load average (1/5/15 min) ${loadBefore} at the start and ${loadAfter} at the end — other engineers' test suites were running on the same 2 cores, so absolute times are inflated and noisy; the ours/bare ratios (pages run alternately) are the meaningful figures.`;
  const body = `## Viewer and projection\n\nCommand (from the repository root): \`${command}\`\n\nMachine: ${machine}\n\n${sections.join('\n\n')}\n`;
  writeFileSync(`${target}.tmp`, body);
  renameSync(`${target}.tmp`, target);
  console.log(`wrote ${target}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
