/**
 * Benchmark of `kg build` after one edit of one synthetic article, by kind of
 * edit, for this checkout and, with `--before <dir>`, for another checkout of
 * the code (say, a copy of main) in the same rounds: each round makes the edit
 * (or undoes it), then rebuilds from each checkout's own caches and output,
 * in alternating order, each build in a fresh process (its wall and CPU time,
 * all threads, and whether it skipped the corpus-wide work). After the last
 * round of a kind it builds cold (`--no-cache`) and compares the bytes of
 * every output with it. Kinds that keep the article's `crossDocumentKey`:
 * `append` (a sentence after the last paragraph), `typo` (a letter added to a
 * word of the first paragraph above the quotes), `sentence` (a paragraph
 * inserted before the first quote), `title` (the headline changed); kinds
 * that change it: `words` (a quote's words), `rename` (the union's attorney
 * renamed everywhere), `actor` (a sentence naming a new person appended),
 * `byline` (a second author), `quote-added` (a quote of the mayor's added),
 * `quote-deleted` (the attorney's paragraph and quote removed), and, for the
 * corpus, `doc-added` (one more article) and `doc-deleted` (the edited
 * article removed). Prints a Markdown table.
 *
 * Run: node --conditions=claimgraph-source --import tsx bench/build/edits.ts \
 *        [--size 10000] [--rounds 6] [--kinds append,typo,sentence,title] [--before /path/to/main-copy]
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { syntheticArticle, writeSyntheticCorpus } from './generate.js';
import { HERE, spawnBuild, type BuildRun } from './spawn-build.js';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '10000' },
    rounds: { type: 'string', default: '6' },
    kinds: { type: 'string', default: 'append,typo,sentence,title' },
    before: { type: 'string' },
  },
});
const size = Number(values.size);
const rounds = Number(values.rounds);

/**
 * An edit that moves the corpus between two versions: `make` gives the edited text of the article
 * (undefined: the article is removed); `extra`, one more article.
 */
interface Edit {
  make?(text: string): string | undefined;
  extra?: boolean;
}

/** The first match of a group of a pattern in a text (the edit cannot be made without it). */
const found = (text: string, pattern: RegExp): string => {
  const match = pattern.exec(text)?.[1];
  if (match === undefined) throw new Error(`the article has no ${String(pattern)}`);
  return match;
};

const ATTORNEY = /\n\n([^\n,]+), an attorney for the union, said:/u;

const EDITS: Record<string, Edit> = {
  append: { make: (text) => `${text}\nThe mayor did not answer further questions.\n` },
  typo: {
    make: (text) => {
      const first = text.split('\n\n').findIndex((p, i) => i >= 2 && !/["“]/u.test(p));
      const paragraphs = text.split('\n\n');
      paragraphs[first] = paragraphs[first]!.replace(' the ', ' thee ');
      return paragraphs.join('\n\n');
    },
  },
  sentence: {
    make: (text) => {
      const at = text.split('\n\n').findIndex((p) => /["“]/u.test(p));
      const paragraphs = text.split('\n\n');
      paragraphs.splice(at, 0, 'Tempers ran high at the meeting.');
      return paragraphs.join('\n\n');
    },
  },
  title: { make: (text) => text.replace('\n', ' as the council waits\n') },
  words: {
    make: (text) =>
      text.replace(
        'Our members deserve better than this.',
        'Our members deserve far better than this.',
      ),
  },
  rename: {
    make: (text) => text.replaceAll(found(text, ATTORNEY), 'Rosa Quintero'),
  },
  actor: {
    make: (text) => `${text}\nCouncil clerk Mia Park said the petition had 400 signatures.\n`,
  },
  byline: { make: (text) => text.replace(/^(By [^,\n]+),/mu, '$1 and Sam Green,') },
  'quote-added': {
    make: (text) => {
      const mayor = found(text, /Mayor (\S+ \S+) a letter/u);
      return `${text}\n"We will publish every comment before the hearing," Mayor ${mayor} said.\n`;
    },
  },
  'quote-deleted': {
    make: (text) =>
      text
        .split('\n\n')
        .filter((paragraph) => !paragraph.includes(', an attorney for the union, said:'))
        .join('\n\n'),
  },
  'doc-added': { extra: true },
  'doc-deleted': { make: () => undefined },
};

interface Checkout {
  name: string;
  root: string;
  out: string;
}

/** A rebuild with the code of a checkout, from its own caches and output. */
const build = (checkout: Checkout, docs: string, out: string, ...extra: string[]) =>
  spawnBuild(['--input', docs, '--annotations', 'none', '--out', out, ...extra], checkout.root);

const dir = join(tmpdir(), 'claimgraph-bench-edits', String(size));
rmSync(dir, { recursive: true, force: true });
const docs = join(dir, 'documents');
writeSyntheticCorpus(docs, size);
const checkouts: Checkout[] = [
  ...(values.before
    ? [{ name: 'before', root: resolve(values.before), out: join(dir, 'before', 'g.trig') }]
    : []),
  { name: 'after', root: HERE, out: join(dir, 'after', 'g.trig') },
];
const target = join(docs, 'synthetic-00000.txt');
const original = readFileSync(target, 'utf8');
const extra = join(docs, `synthetic-${String(size).padStart(5, '0')}.txt`);

/** Makes an edit of the corpus. */
const change = (edit: Edit) => {
  if (edit.extra) writeFileSync(extra, syntheticArticle(size));
  if (!edit.make) return;
  const text = edit.make(original);
  if (text === undefined) rmSync(target);
  else if (text === original) throw new Error('the edit changes nothing');
  else writeFileSync(target, text);
};

/** Undoes any edit. */
const restore = () => {
  writeFileSync(target, original);
  rmSync(extra, { force: true });
};
for (const checkout of checkouts) build(checkout, docs, checkout.out);

const seconds = (ms: number) => (ms / 1000).toFixed(2);
const range = (list: number[]) => {
  const sorted = [...list].sort((a, b) => a - b);
  return `${seconds(sorted[0]!)}–${seconds(sorted.at(-1)!)} (median ${seconds(sorted[Math.floor(sorted.length / 2)]!)})`;
};
console.log(
  `${size} articles, ${rounds} rounds, load average at start ${loadavg()[0]!.toFixed(1)}\n`,
);
console.log('| edit | code | rebuild, s | its CPU, s | skipped the corpus-wide work | = cold |');
console.log('|---|---|---|---|---|---|');
for (const kind of values.kinds.split(',')) {
  const edit = EDITS[kind];
  if (!edit) throw new Error(`unknown kind of edit: ${kind}`);
  const runs = new Map(checkouts.map((c) => [c.name, [] as BuildRun[]]));
  for (let round = 0; round < rounds; round += 1) {
    if (round % 2 === 0) change(edit);
    else restore();
    const order = round % 2 === 0 ? checkouts : [...checkouts].reverse();
    for (const checkout of order)
      runs.get(checkout.name)!.push(build(checkout, docs, checkout.out));
  }
  const cold = join(dir, 'cold', 'g.trig');
  build(checkouts.at(-1)!, docs, cold, '--no-cache');
  const coldBytes = readFileSync(cold);
  for (const checkout of checkouts) {
    const list = runs.get(checkout.name)!;
    const reused = list.filter((run) => /reused from the last build/.test(run.summary)).length;
    const same = readFileSync(checkout.out).equals(coldBytes) ? 'yes' : 'NO';
    console.log(
      `| ${kind} | ${checkout.name} | ${range(list.map((r) => r.ms))} | ${range(list.map((r) => r.cpuMs))} | ${reused} of ${list.length} | ${same} |`,
    );
  }
  restore();
  for (const checkout of checkouts) build(checkout, docs, checkout.out);
}
console.log(`\nload average at the end ${loadavg()[0]!.toFixed(1)}`);
