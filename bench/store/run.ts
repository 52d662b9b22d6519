/**
 * Store benchmark: generates claimgraph-shaped datasets (100k and 1M triples by default) and
 * times what `@claimgraph/store` does — load, every competency query of `ontology/queries`,
 * `quads()`, Turtle export, validation — each next to the underlying library doing the same
 * work directly (Oxigraph, the n3 parser and Writer, shacl-engine), with the wrapper's ratio
 * and each size's peak RSS. Each size runs in a child process so that peak RSS belongs to it.
 *
 *   node --conditions=claimgraph-source --import tsx bench/store/run.ts [--sizes 100000,1000000]
 *     [--validate-up-to 100000] [--queries-up-to 100000] [--repeats N] [--only export]
 *     [--out bench/results/store.md]
 *
 * `--repeats` sets how often each query and the export run at every size, and validation up to
 * three times (default 3 below
 * 500,000 triples, 1 from there); load keeps that default, since each repeat holds one more
 * copy of the dataset. `--only export` loads each dataset once, untimed, and times only the
 * export rows.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Quad } from '@rdfjs/types';
import {
  DEFAULT_PREFIXES,
  exportDataset,
  LocalStore,
  ontologyShapes,
  validateDataset,
  validateShacl,
} from '@claimgraph/store';
import { DataFactory, Parser, Store, Writer } from 'n3';
import oxigraph from 'oxigraph';
// @ts-expect-error shacl-engine ships no type declarations
import { Validator } from 'shacl-engine';
import { generateDataset } from './generate.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Untimed runs of each query, through the store and directly, before the timed ones. */
const QUERY_WARM_UPS = 2;

/** One measured operation: the wrapper and the library doing the same work directly. */
interface Row {
  operation: string;
  /** CPU milliseconds (user + system), the figure the ratio uses. */
  wrapperMs: number;
  directMs: number;
  wrapperWallMs: number;
  directWallMs: number;
  note?: string;
}

/** What one child process reports for one size. */
interface SizeResult {
  triples: number;
  documents: number;
  trigBytes: number;
  /** Repeats of load (and of validation's wrapper and direct run: always 1 at most). */
  loadRepeats: number;
  /** Repeats of each query and of the export. */
  repeats: number;
  rows: Row[];
  peakRssMb: number;
  /** False when validation was skipped for this size (--validate-up-to). */
  validated: boolean;
  /** False when the competency queries were skipped for this size (--queries-up-to). */
  queried: boolean;
  /** True when only the export was timed (--only export). */
  exportOnly: boolean;
}

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

/** Wall-clock and CPU (user + system) milliseconds of one run. */
interface Timing {
  wallMs: number;
  cpuMs: number;
}

async function once<T>(action: () => T | Promise<T>): Promise<Timing & { value: T }> {
  // Collect the previous run's garbage first (the child runs with --expose-gc), so that one
  // path does not pay for what the other left behind; then let the event loop turn once, so
  // that the finalisers which free the WebAssembly memory behind Oxigraph's JS terms run now
  // rather than inside the next timing.
  (globalThis as { gc?: () => void }).gc?.();
  await new Promise((resolve) => setImmediate(resolve));
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = await action();
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000, value };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Runs the wrapper and the direct call alternately `repeats` times (so load from other processes
 * hits both alike) and returns the medians of each, with the last results.
 */
async function compare<W, D>(
  repeats: number,
  wrapper: () => W | Promise<W>,
  direct: () => D | Promise<D>,
): Promise<{ wrapper: Timing & { value: W }; direct: Timing & { value: D } }> {
  const wrapperRuns: Array<Timing & { value: W }> = [];
  const directRuns: Array<Timing & { value: D }> = [];
  for (let run = 0; run < repeats; run++) {
    directRuns.push(await once(direct));
    wrapperRuns.push(await once(wrapper));
  }
  const summarise = <T>(runs: Array<Timing & { value: T }>) => ({
    wallMs: median(runs.map((run) => run.wallMs)),
    cpuMs: median(runs.map((run) => run.cpuMs)),
    value: runs.at(-1)!.value,
  });
  return { wrapper: summarise(wrapperRuns), direct: summarise(directRuns) };
}

/** n3's Writer on the quads as they come, with all the prefixes: the export's baseline. */
function writeTurtleDirectly(quads: readonly Quad[]): string {
  const writer = new Writer({ format: 'Turtle', prefixes: { ...DEFAULT_PREFIXES } });
  for (const quad of quads) writer.addQuad(quad.subject, quad.predicate, quad.object);
  let text = '';
  writer.end((_error: unknown, result: string) => (text = result));
  return text;
}

/** Records one measured row (see `measureSize`). */
type AddRow = (
  operation: string,
  timing: { wrapper: Timing; direct: Timing },
  note?: string,
) => void;

/**
 * Times `LocalStore.quads()` against n3's parser and returns the store's quads; the parser's
 * copy is dropped here, so that it does not stay in memory through validation.
 */
async function measureQuads(local: LocalStore, trig: string, add: AddRow): Promise<Quad[]> {
  const quads = await compare(
    1,
    () => local.quads(),
    () => new Parser({ format: 'TriG' }).parse(trig),
  );
  add('dataset as RDF/JS quads', quads, 'LocalStore.quads() vs n3 Parser on the same text');
  return quads.wrapper.value;
}

/**
 * Times the Turtle export against n3's Writer on the quads as they come, and against the same
 * Writer after an ordinary Array.sort on the terms' values: the least that sorted output costs
 * (no de-duplication, no blank-node labels). The texts are dropped on return.
 */
async function measureExport(data: readonly Quad[], repeats: number, add: AddRow): Promise<void> {
  // One untimed run of each path first, so that neither pays alone for JIT compilation or for
  // growing the heap.
  exportDataset(data, { format: 'turtle' });
  writeTurtleDirectly(data);
  const turtle = await compare(
    repeats,
    () => exportDataset(data, { format: 'turtle' }),
    () => writeTurtleDirectly(data),
  );
  add('export Turtle', turtle, 'exportDataset (sorted, deterministic) vs n3 Writer (input order)');
  const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const sortedTurtle = await compare(
    repeats,
    () => exportDataset(data, { format: 'turtle' }),
    () =>
      writeTurtleDirectly(
        [...data].sort(
          (a, b) =>
            text(a.subject.value, b.subject.value) ||
            text(a.predicate.value, b.predicate.value) ||
            text(a.object.value, b.object.value),
        ),
      ),
  );
  add(
    'export Turtle vs sorted Writer',
    sortedTurtle,
    'exportDataset vs n3 Writer after Array.sort by subject, predicate, object value',
  );
}

async function measureSize(
  targetTriples: number,
  validateUpTo: number,
  queriesUpTo: number,
  repeatsOption: number | undefined,
  exportOnly: boolean,
): Promise<SizeResult> {
  const { trig, triples, documents } = generateDataset(targetTriples);
  const loadRepeats = targetTriples >= 500_000 ? 1 : 3;
  const repeats = repeatsOption ?? loadRepeats;
  const rows: Row[] = [];
  const add: AddRow = (operation, timing, note) =>
    rows.push({
      operation,
      wrapperMs: timing.wrapper.cpuMs,
      directMs: timing.direct.cpuMs,
      wrapperWallMs: timing.wrapper.wallMs,
      directWallMs: timing.direct.wallMs,
      ...(note ? { note } : {}),
    });
  if (exportOnly) {
    const local = LocalStore.fromText(trig, 'trig');
    await measureExport(local.quads(), repeats, add);
    await local.close();
    return finish();
  }

  const load = await compare(
    loadRepeats,
    () => LocalStore.fromText(trig, 'trig'),
    () => {
      const store = new oxigraph.Store();
      store.load(trig, { format: 'application/trig' });
      return store;
    },
  );
  add('load TriG', load, 'LocalStore.fromText vs oxigraph Store.load');
  const local = load.wrapper.value;
  const directStore = load.direct.value;

  const queryDirectory = join(root, 'ontology/queries');
  const queryFiles =
    targetTriples > queriesUpTo
      ? []
      : readdirSync(queryDirectory)
          .filter((name) => name.endsWith('.rq'))
          .sort();
  if (targetTriples > queriesUpTo) {
    process.stderr.write(`  queries skipped above ${queriesUpTo} triples (--queries-up-to)\n`);
  }
  for (const file of queryFiles) {
    const sparql = readFileSync(join(queryDirectory, file), 'utf8');
    const throughStore = () => local.query(sparql);
    const directly = () =>
      Array.from(
        directStore.query(sparql, { use_default_graph_as_union: true }) as Iterable<unknown>,
      );
    // Untimed runs of both paths first: V8 compiles Oxigraph's WebAssembly to optimised code
    // only once a function is hot, on background threads whose CPU time counts for this process,
    // so the first runs of a query pay for compiling whatever code it reaches first.
    for (let warmUp = 0; warmUp < QUERY_WARM_UPS; warmUp++) {
      directly();
      await throughStore();
    }
    const query = await compare(repeats, throughStore, directly);
    const rowsReturned =
      query.wrapper.value.type === 'bindings' ? query.wrapper.value.rows.length : 0;
    add(
      `query ${file}`,
      query,
      `${rowsReturned} rows; direct = oxigraph query, results as JS objects`,
    );
  }
  (directStore as unknown as { free?: () => void }).free?.();

  const data = await measureQuads(local, trig, add);
  await measureExport(data, repeats, add);
  await local.close();
  if (targetTriples > validateUpTo) {
    process.stderr.write(`  validation skipped above ${validateUpTo} triples (--validate-up-to)\n`);
    return finish();
  }
  const shapes = ontologyShapes();
  const shaclDirectly = async (input: readonly Quad[]) => {
    const factory = { ...DataFactory, dataset: (items?: Quad[]) => new Store(items) };
    const union = new Store();
    for (const quad of input) union.addQuad(quad.subject, quad.predicate, quad.object);
    const validator = new Validator(new Store(shapes), { factory });
    return (await validator.validate({ dataset: union })) as {
      conforms: boolean;
      results: unknown[];
    };
  };
  // Warm both paths up on a small slice so that neither pays for JIT compilation alone.
  await validateDataset(data.slice(0, 2_000), shapes);
  await shaclDirectly(data.slice(0, 2_000));
  // (three alternating repeats at most: one validation of 1M triples takes about a minute)
  const shacl = await compare(
    Math.min(repeats, 3),
    () => validateShacl(data, shapes),
    () => shaclDirectly(data),
  );
  add(
    'validate SHACL',
    shacl,
    `validateShacl vs shacl-engine Validator; conforms ${shacl.wrapper.value.conforms} / ${shacl.direct.value.conforms}, ${shacl.wrapper.value.results.length} results`,
  );
  const full = await once(() => validateDataset(data, shapes));
  add(
    'validate SHACL + anchors',
    { wrapper: full, direct: shacl.direct },
    `validateDataset; ${full.value.anchors.checked} anchors checked, ${full.value.anchors.problems.length} problems`,
  );
  return finish();

  function finish(): SizeResult {
    return {
      triples,
      documents,
      trigBytes: Buffer.byteLength(trig),
      loadRepeats,
      repeats,
      rows,
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      validated: !exportOnly && targetTriples <= validateUpTo,
      queried: !exportOnly && targetTriples <= queriesUpTo,
      exportOnly,
    };
  }
}

function repeatsText(result: SizeResult): string {
  const times = (count: number) => `${count} repeat${count > 1 ? 's' : ''}`;
  if (result.exportOnly) return `export only, ${times(result.repeats)}`;
  return result.repeats === result.loadRepeats
    ? times(result.repeats)
    : `load ${times(result.loadRepeats)}, queries and export ${times(result.repeats)}`;
}

function render(results: SizeResult[], command: string, wallSeconds: number): string {
  const format = (ms: number) =>
    ms >= 100 ? Math.round(ms).toLocaleString('en-US') : ms.toFixed(1);
  const lines = [
    '## Store benchmark (`bench/store/run.ts`)',
    '',
    '```sh',
    command,
    '```',
    '',
    `Node ${process.version}, ${process.platform}/${process.arch}, 2 cores shared with other work (figures are noisy). Total run ${Math.round(wallSeconds)} s. ` +
      'Synthetic claimgraph-shaped data (`bench/store/generate.ts`): one named graph per article with actors, posts, statements, reports, mentions and anchors (two blank-node selectors each), plus metadata and curated graphs. ' +
      "Each operation runs alternately through the store and directly, after a full garbage collection and one turn of the event loop, so that neither pays for the other's garbage or for the finalisers that free the WebAssembly memory behind Oxigraph's JS terms; figures are medians of the repeats shown. " +
      `Before the timed runs each query runs ${QUERY_WARM_UPS} times through each path and the export once each, untimed: V8 compiles Oxigraph's WebAssembly to optimised code on background threads once a function is hot, and that CPU time would otherwise land on whichever path runs next. ` +
      "The direct query baseline only builds Oxigraph's JS terms and reads none of their values (each value read would be another call into WebAssembly), while the store's n3 terms hold their values as JS strings. The finalisers of the direct path's terms run between timings, charged to neither path. " +
      'The ratio compares CPU time (user + system of this process), which other processes on the machine disturb far less than wall time; wall times are shown too.',
    '',
  ];
  for (const result of results) {
    lines.push(
      `### ${result.triples.toLocaleString('en-US')} triples (${result.documents} documents, ${(result.trigBytes / 1e6).toFixed(1)} MB TriG; ${repeatsText(result)}; peak RSS ${result.peakRssMb} MB)`,
      '',
      '| operation | store CPU ms | direct CPU ms | ratio | store wall ms | direct wall ms | note |',
      '|---|---:|---:|---:|---:|---:|---|',
      ...result.rows.map(
        (row) =>
          `| ${row.operation} | ${format(row.wrapperMs)} | ${format(row.directMs)} | ${(row.wrapperMs / row.directMs).toFixed(2)} | ${format(row.wrapperWallMs)} | ${format(row.directWallMs)} | ${row.note ?? ''} |`,
      ),
      ...(result.queried || result.exportOnly
        ? []
        : [
            '| competency queries | – | – | – | – | – | skipped at this size (`--queries-up-to`): see the note below the tables |',
          ]),
      ...(result.validated || result.exportOnly
        ? []
        : [
            '| validate | – | – | – | – | – | skipped at this size to keep the run short (`--validate-up-to`) |',
          ]),
      '',
    );
  }
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  if (option('--only') !== undefined && option('--only') !== 'export') {
    process.stderr.write('bench/store: --only takes one value, export\n');
    process.exitCode = 2;
    return;
  }
  const child = option('--child');
  if (child) {
    process.stdout.write(
      `${JSON.stringify(
        await measureSize(
          Number(child),
          Number(option('--validate-up-to') ?? 100_000),
          Number(option('--queries-up-to') ?? 100_000),
          option('--repeats') === undefined ? undefined : Number(option('--repeats')),
          option('--only') === 'export',
        ),
      )}\n`,
    );
    return;
  }
  const started = performance.now();
  const sizes = (option('--sizes') ?? '100000,1000000').split(',').map(Number);
  const results: SizeResult[] = [];
  for (const size of sizes) {
    process.stderr.write(`bench/store: ${size.toLocaleString('en-US')} triples …\n`);
    const childArguments = [
      '--child',
      String(size),
      '--validate-up-to',
      option('--validate-up-to') ?? '100000',
      '--queries-up-to',
      option('--queries-up-to') ?? '100000',
      ...(option('--repeats') === undefined ? [] : ['--repeats', option('--repeats')!]),
      ...(option('--only') === undefined ? [] : ['--only', option('--only')!]),
    ];
    const output = execFileSync(
      process.execPath,
      ['--expose-gc', ...process.execArgv, fileURLToPath(import.meta.url), ...childArguments],
      {
        encoding: 'utf8',
        maxBuffer: 16 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const result = JSON.parse(output.trim().split('\n').at(-1)!) as SizeResult;
    results.push(result);
    for (const row of result.rows) {
      process.stderr.write(
        `  ${row.operation.padEnd(32)} CPU ${row.wrapperMs.toFixed(1).padStart(10)} ms  direct ${row.directMs.toFixed(1).padStart(10)} ms  ×${(row.wrapperMs / row.directMs).toFixed(2)}  (wall ${row.wrapperWallMs.toFixed(0)} / ${row.directWallMs.toFixed(0)})\n`,
      );
    }
    process.stderr.write(`  peak RSS ${result.peakRssMb} MB\n`);
  }
  const command = `node --conditions=claimgraph-source --import tsx bench/store/run.ts${process.argv.slice(2).length ? ` ${process.argv.slice(2).join(' ')}` : ''}`;
  const out = option('--out');
  const markdown = render(results, command, (performance.now() - started) / 1000);
  if (out) {
    const path = resolve(root, out);
    writeFileSync(`${path}.tmp`, markdown);
    renameSync(`${path}.tmp`, path);
  }
  process.stdout.write(markdown);
}

await main();
