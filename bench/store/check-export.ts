/**
 * Checks the Turtle and TriG export on real-sized data against n3, its reference: for the seed
 * graph (`data/graph/claimgraph.trig`, made by `kg build`) and the generator's data (100k triples
 * by default), each of `exportDataset`'s Turtle and TriG must be byte-identical below its prefix
 * block to n3's Writer fed the same sorted quads (`sortQuads`) with every default prefix — the
 * same text, because every default namespace ends in `/` or `#`, so n3 shortens an IRI only with a
 * namespace the export declares — and n3's Parser must read it back to the same dataset (the
 * same sorted N-Quads after blank-node relabelling, which proves the datasets isomorphic).
 * With `--digests` it also prints the SHA-256 and length of every export format (whole dataset,
 * one named graph, and Turtle of the quads in reverse order) per dataset: run it on two versions
 * of the store and diff the lines to show their output is byte-identical.
 *
 *   node --conditions=claimgraph-source --import tsx bench/store/check-export.ts [--triples 100000]
 *     [--digests]
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Quad } from '@rdfjs/types';
import {
  DEFAULT_PREFIXES,
  EXPORT_FORMATS,
  exportDataset,
  LocalStore,
  sortQuads,
} from '@claimgraph/store';
import { DataFactory, Parser, Writer } from 'n3';
import { generateDataset } from './generate.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The text after the prefix block (which ends at the first blank line, when there is one). */
function body(text: string): string {
  return text.startsWith('@prefix') ? text.slice(text.indexOf('\n\n') + 2) : text;
}

function throughN3Writer(quads: readonly Quad[], format: 'turtle' | 'trig'): string {
  const writer = new Writer({
    format: format === 'turtle' ? 'text/turtle' : 'application/trig',
    prefixes: { ...DEFAULT_PREFIXES },
  });
  for (const quad of quads) {
    writer.addQuad(
      quad.subject,
      quad.predicate,
      quad.object,
      format === 'turtle' ? undefined : quad.graph,
    );
  }
  let text = '';
  writer.end((error: unknown, result: string) => {
    if (error) throw error;
    text = result;
  });
  return text;
}

/**
 * Prints `digest <dataset> <what> <sha256> <characters>` for every export format of the whole
 * dataset and of one named graph (the first in the data, by IRI), and for Turtle of the quads in
 * reverse order.
 */
function printDigests(name: string, quads: readonly Quad[]): void {
  const line = (what: string, text: string) =>
    process.stdout.write(
      `digest ${name.replaceAll(' ', '-')} ${what} ${createHash('sha256').update(text).digest('hex')} ${text.length}\n`,
    );
  const graphs = [
    ...new Set(
      quads.filter((quad) => quad.graph.termType === 'NamedNode').map((quad) => quad.graph.value),
    ),
  ].sort();
  for (const format of EXPORT_FORMATS) {
    line(format, exportDataset(quads, { format }));
    if (graphs.length > 0) {
      line(`${format}-graph`, exportDataset(quads, { format, graph: graphs[0]! }));
    }
  }
  line('turtle-reversed-input', exportDataset([...quads].reverse(), { format: 'turtle' }));
}

/** Returns the problems found in one dataset's Turtle and TriG. */
function check(name: string, trig: string): string[] {
  const quads = LocalStore.fromText(trig, 'trig').quads();
  if (process.argv.includes('--digests')) printDigests(name, quads);
  const problems: string[] = [];
  for (const format of ['turtle', 'trig'] as const) {
    const exported = exportDataset(quads, { format });
    // Turtle holds the union of the graphs: the reference sorts the triples without their graphs.
    const sorted = sortQuads(
      format === 'turtle'
        ? quads.map((quad) => DataFactory.quad(quad.subject, quad.predicate, quad.object) as Quad)
        : quads,
    );
    const reference = throughN3Writer(sorted, format);
    const identical = body(exported) === body(reference);
    const back = new Parser({ format: format === 'turtle' ? 'text/turtle' : 'application/trig' })
      .parse(exported)
      .map((quad) => quad as Quad);
    const lines = format === 'turtle' ? 'ntriples' : 'nquads';
    const readBack =
      exportDataset(back, { format: lines }) === exportDataset(quads, { format: lines });
    process.stdout.write(
      `${name} ${format}: ${quads.length} quads, ${exported.length} characters; ` +
        `same as n3's Writer: ${identical ? 'yes' : 'NO'}; read back by n3 to the same dataset: ${readBack ? 'yes' : 'NO'}\n`,
    );
    if (!identical) problems.push(`${name} ${format} differs from n3's Writer`);
    if (!readBack) problems.push(`${name} ${format} does not read back to the same dataset`);
  }
  return problems;
}

const index = process.argv.indexOf('--triples');
const triples = index >= 0 ? Number(process.argv[index + 1]) : 100_000;
const seed = resolve(root, 'data/graph/claimgraph.trig');
const problems = [
  ...(existsSync(seed)
    ? check('seed graph', readFileSync(seed, 'utf8'))
    : (process.stdout.write(`no ${seed}: run \`pnpm kg build\` first to check the seed graph\n`),
      [])),
  ...check(`generated ${triples.toLocaleString('en-US')}`, generateDataset(triples).trig),
];
if (problems.length > 0) {
  process.stderr.write(`${problems.join('\n')}\n`);
  process.exitCode = 1;
}
