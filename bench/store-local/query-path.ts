/**
 * How much the store's local query path costs on top of Oxigraph itself, on a seed-sized
 * dataset (default `data/graph/claimgraph.trig`; build it with `pnpm kg build`). For each
 * competency query of the ontology it times: Oxigraph directly (JS term objects, and the SPARQL
 * TSV string the store asks for), `LocalStore.query` in-process (TSV read into n3 terms), the
 * preparation of a `--bind` (syntax check + sparqljs VALUES injection), and the query with a
 * time limit (worker thread). It also times loading (Oxigraph load vs the extra n3 parse behind
 * `quads()`), worker start-up, validation and Turtle export.
 * Run: node --conditions=claimgraph-source --import tsx bench/store-local/query-path.ts [FILE]
 */
import { readFileSync } from 'node:fs';
import { COMPETENCY_QUERIES } from '@claimgraph/ontology';
import {
  checkQuerySyntax,
  exportDataset,
  injectBindings,
  LocalStore,
  validateDataset,
} from '@claimgraph/store';
import { DataFactory } from 'n3';
import oxigraph from 'oxigraph';

const file = process.argv[2] ?? 'data/graph/claimgraph.trig';
const text = readFileSync(file, 'utf8');
const ROUNDS = 30;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function time(rounds: number, action: () => unknown): Promise<number> {
  await action();
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    await action();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

const ms = (value: number) => value.toFixed(2).padStart(8);
const ratio = (value: number, base: number) => `${(value / base).toFixed(2)}×`.padStart(7);

const direct = new oxigraph.Store();
const loadDirect = await time(5, () => {
  const store = new oxigraph.Store();
  store.load(text, { format: 'application/trig' });
});
direct.load(text, { format: 'application/trig' });
const loadLocal = await time(5, () => LocalStore.fromText(text, 'trig'));
const parseQuads = await time(5, () => LocalStore.fromText(text, 'trig').quads());
const store = LocalStore.fromText(text, 'trig');

console.log(
  `dataset ${file}: ${store.size} quads, ${(text.length / 1024).toFixed(0)} KiB; median of ${ROUNDS} runs, ms`,
);
console.log(
  `load   oxigraph ${ms(loadDirect)}   LocalStore.fromText ${ms(loadLocal)} ${ratio(loadLocal, loadDirect)}   + quads() n3 parse ${ms(parseQuads - loadLocal)}`,
);
console.log('');
console.log(
  'query          rows  oxigraph-terms  oxigraph-tsv   LocalStore (ratio to tsv)   bind-prep  worker (ratio to LocalStore)',
);
const options = { use_default_graph_as_union: true } as const;
for (const query of COMPETENCY_QUERIES) {
  const objects = await time(ROUNDS, () => direct.query(query.text, options));
  const tsv = await time(ROUNDS, () =>
    direct.query(query.text, { ...options, results_format: 'text/tab-separated-values' }),
  );
  const local = await time(ROUNDS, () => store.query(query.text));
  const variable = query.variables[0] as string;
  const bound = await time(ROUNDS, () => {
    checkQuerySyntax(query.text);
    return injectBindings(query.text, [{ name: variable, term: DataFactory.literal('absent') }]);
  });
  const worker = await time(ROUNDS, () => store.query(query.text, { timeoutMs: 60_000 }));
  const result = await store.query(query.text);
  const rows = result.type === 'bindings' ? result.rows.length : 0;
  console.log(
    `${query.name.padEnd(14)} ${String(rows).padStart(4)}  ${ms(objects)}        ${ms(tsv)}       ${ms(local)} ${ratio(local, tsv)}         ${ms(bound)}  ${ms(worker)} ${ratio(worker, local)}`,
  );
}
await store.close();

const cold = await time(5, async () => {
  const fresh = LocalStore.fromText(text, 'trig');
  await fresh.query('ASK {}', { timeoutMs: 60_000 });
  await fresh.close();
});
console.log('');
console.log(`worker start-up (new worker loads the dataset, then ASK {}): ${ms(cold)}`);
const quads = store.quads();
console.log(
  `validateDataset (SHACL + anchors):                          ${ms(await time(3, () => validateDataset(quads)))}`,
);
console.log(
  `exportDataset turtle:                                       ${ms(await time(5, () => exportDataset(quads, { format: 'turtle' })))}`,
);
console.log(
  `oxigraph dump N-Quads (no prefixes, no sorting):            ${ms(await time(5, () => direct.dump({ format: 'application/n-quads' })))}`,
);
