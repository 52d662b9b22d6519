/**
 * Quality on the invented corpus in test/corpus (gold written before the rules were tuned on it):
 * the whole corpus, most of it studied since, must stay at quote + speaker F1 ≥ 0.90 — a floor
 * against regressions, not the figure for unseen articles. That figure is the pooled first-run
 * score of the held-out rounds (`firstRun`, each batch scored once before anyone read it) and the
 * fresh split (never studied), both printed here. `corpus/splits.json` records how each article
 * was used: tuning, diagnosed (held out, scored once, then studied) and fresh.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  combineEvaluations,
  evaluateDocument,
  extractDocument,
  parseDocument,
  type EvaluationResult,
  type GoldDocument,
} from '../src/index.js';

const corpus = new URL('./corpus/', import.meta.url);
const splits = JSON.parse(readFileSync(new URL('splits.json', corpus), 'utf8')) as {
  tuning: string[];
  diagnosed: string[];
  fresh: string[];
  firstRun: Record<string, { truePositives: number; predicted: number; gold: number }>;
  /** Articles numbered below this have their metadata checked exactly. */
  exactMetadataBefore: number;
};
const files = readdirSync(corpus)
  .filter((name) => name.endsWith('.txt'))
  .sort();

function metadataOf(name: string): {
  expected: Record<string, string>;
  actual: Record<string, string | undefined>;
} {
  const doc = parseDocument(name, readFileSync(new URL(name, corpus), 'utf8'));
  const gold = JSON.parse(
    readFileSync(new URL(name.replace(/\.txt$/, '.gold.json'), corpus), 'utf8'),
  ) as GoldDocument;
  const expected = gold.metadata ?? {};
  const actual = Object.fromEntries(
    Object.keys(expected).map((key) => [
      key,
      (doc.metadata as unknown as Record<string, { value: string } | undefined>)[key]?.value,
    ]),
  );
  return { expected, actual };
}

function evaluate(name: string): EvaluationResult {
  const doc = parseDocument(name, readFileSync(new URL(name, corpus), 'utf8'));
  const gold = JSON.parse(
    readFileSync(new URL(name.replace(/\.txt$/, '.gold.json'), corpus), 'utf8'),
  ) as GoldDocument;
  return evaluateDocument(doc.body, extractDocument(doc), gold);
}

function line(label: string, result: EvaluationResult): string {
  const s = result.quoteSpeaker;
  return `${label.padEnd(10)} quote+speaker P=${s.precision.toFixed(3)} R=${s.recall.toFixed(3)} F1=${s.f1.toFixed(3)} (${s.truePositives}/${s.predicted} predicted, ${s.gold} gold) | span F1=${result.quoteSpan.f1.toFixed(3)} | indirect F1=${result.indirect.f1.toFixed(3)} | medium ${result.medium.correct}/${result.medium.total}`;
}

describe('invented test corpus', () => {
  const results = new Map(files.map((name) => [name, evaluate(name)]));
  const all = combineEvaluations([...results.values()]);
  const split = (names: string[]): EvaluationResult =>
    combineEvaluations(names.map((name) => results.get(`${name}.txt`) as EvaluationResult));
  const tuning = split(splits.tuning);
  const diagnosed = split(splits.diagnosed);
  const fresh = split(splits.fresh);

  it('has at least eight annotated articles, every one assigned to a split', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
    expect(
      [...splits.tuning, ...splits.diagnosed, ...splits.fresh].map((name) => `${name}.txt`).sort(),
    ).toEqual(files);
  });

  it('reads the metadata the gold lists (headline, byline, dateline, front matter)', () => {
    // Articles written before the newer blind batches are read exactly; across the whole corpus
    // (whose newer writers do not agree on, say, capitals in a wire byline) at least 90 %.
    let right = 0;
    let total = 0;
    for (const name of files) {
      const { expected, actual } = metadataOf(name);
      if (Number.parseInt(name, 10) < splits.exactMetadataBefore)
        expect(actual, name).toEqual(expected);
      for (const [key, value] of Object.entries(expected)) {
        total++;
        if (actual[key] === value) right++;
        else console.log(`  metadata ${name} ${key}: expected ${value} got ${actual[key]}`);
      }
    }
    console.log(`metadata: ${right}/${total} values read as the gold gives them`);
    expect(right / total).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps the first-run scores of the held-out rounds on record', () => {
    const firstRuns = Object.values(splits.firstRun);
    const pooled = firstRuns.reduce(
      (sum, run) => ({
        tp: sum.tp + run.truePositives,
        predicted: sum.predicted + run.predicted,
        gold: sum.gold + run.gold,
      }),
      { tp: 0, predicted: 0, gold: 0 },
    );
    const precision = pooled.tp / pooled.predicted;
    const recall = pooled.tp / pooled.gold;
    console.log(
      `held-out first runs (${firstRuns.length} rounds): P=${precision.toFixed(3)} R=${recall.toFixed(3)} F1=${((2 * precision * recall) / (precision + recall)).toFixed(3)}`,
    );
    expect(firstRuns.length).toBeGreaterThanOrEqual(1);
  });

  it('stays at quote + speaker F1 ≥ 0.90 over the whole corpus (a floor against regressions)', () => {
    console.log(
      [
        line('all', all),
        line('tuning', tuning),
        line('diagnosed', diagnosed),
        ...(splits.fresh.length ? [line('fresh', fresh)] : []),
      ].join('\n'),
    );
    for (const error of all.errors)
      console.log(
        `  ${error.kind} ${error.docId}: "${error.text.slice(0, 50)}" expected ${error.expected} got ${error.got}`,
      );
    expect(all.quoteSpeaker.f1).toBeGreaterThanOrEqual(0.9);
  });
});
