/**
 * Test helpers: the repository's ontology files, an Oxigraph store loaded with example data and
 * queried with the union of named graphs as default graph (as `kg query` and Virtuoso do), and a
 * SHACL run with shacl-engine over the union of all named graphs (one set of triples), reporting
 * each violation's focus node, source shape and result path as compact names.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import oxigraph from 'oxigraph';
import { DataFactory, Parser, Store, type Quad, type Term } from 'n3';
import { Validator } from 'shacl-engine';
import { compactIri } from '../src/lookup.js';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Reads a file relative to the repository root. */
export function readRepoFile(file: string): string {
  return readFileSync(join(ROOT, file), 'utf8');
}

/** Lists the files of a repository folder whose names match `pattern`, sorted. */
export function listRepoFiles(dir: string, pattern: RegExp): string[] {
  return readdirSync(join(ROOT, dir))
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => `${dir}/${name}`);
}

/** The valid example datasets. */
export const EXAMPLE_FILES = listRepoFiles('ontology/examples', /\.(ttl|trig)$/);

function formatOf(file: string): string {
  return file.endsWith('.trig') ? 'application/trig' : 'text/turtle';
}

/** Parses repository files into quads (graph names kept). */
export function parseFiles(files: readonly string[]): Quad[] {
  return files.flatMap((file) => new Parser({ format: formatOf(file) }).parse(readRepoFile(file)));
}

/** An Oxigraph store holding `files`. */
export function oxigraphStore(files: readonly string[]): oxigraph.Store {
  const store = new oxigraph.Store();
  for (const file of files) store.load(readRepoFile(file), { format: formatOf(file) });
  return store;
}

/** One result row with every bound value as a compact string (`cgid:actor/x`, literal values). */
export type Row = Record<string, string>;

/** Runs a SELECT query over the union of named graphs and returns compact rows. */
export function select(store: oxigraph.Store, query: string): Row[] {
  const results = store.query(query, { use_default_graph_as_union: true });
  if (!Array.isArray(results)) throw new Error('expected SELECT results');
  return (results as Map<string, oxigraph.Term>[]).map((bindings) => {
    const row: Row = {};
    for (const [name, term] of bindings) {
      row[name] = term.termType === 'NamedNode' ? compactIri(term.value) : term.value;
    }
    return row;
  });
}

/** One SHACL violation, by compact names. */
export interface Violation {
  readonly focus: string;
  readonly shape: string;
  readonly path: string | undefined;
  readonly component: string;
}

const SH = 'http://www.w3.org/ns/shacl#';
const factory = { ...DataFactory, dataset: (quads?: Quad[]) => new Store(quads) };

function one(store: Store, subject: Term, predicate: string): Term | undefined {
  return store.getObjects(subject, predicate, null)[0];
}

/** Validates the union of all graphs of `quads` against the shapes; returns the violations, sorted. */
export async function validate(shapesTurtle: string, quads: readonly Quad[]): Promise<Violation[]> {
  const shapes = new Store(new Parser().parse(shapesTurtle));
  const union = new Store();
  for (const q of quads) union.addQuad(q.subject, q.predicate, q.object);
  const report = await new Validator(shapes, { factory }).validate({ dataset: union });
  const reportStore = new Store([...(report.dataset as Iterable<Quad>)]);
  const violations = reportStore.getObjects(null, `${SH}result`, null).map((result) => {
    const path = one(reportStore, result, `${SH}resultPath`);
    const inverse = path && one(reportStore, path, `${SH}inversePath`);
    return {
      focus: compactIri(one(reportStore, result, `${SH}focusNode`)?.value ?? ''),
      shape: compactIri(one(reportStore, result, `${SH}sourceShape`)?.value ?? ''),
      path: inverse
        ? `^${compactIri(inverse.value)}`
        : path?.termType === 'NamedNode'
          ? compactIri(path.value)
          : undefined,
      component: compactIri(
        one(reportStore, result, `${SH}sourceConstraintComponent`)?.value ?? '',
      ),
    };
  });
  if (report.conforms !== (violations.length === 0)) throw new Error('report and results disagree');
  return violations.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}
