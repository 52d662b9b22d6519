/**
 * The seed corpus end to end: `kg build` on data/documents + data/annotations,
 * read back through the competency queries. Seed names appear here, in the
 * expectations, never in the converter's source.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { competencyQuery, type CompetencyQueryName } from '@claimgraph/ontology';
import { LocalStore, validateDataset } from '@claimgraph/store';
import { Parser } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { memoryIO } from '../io.js';
import { runCli } from '../program.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
let store: LocalStore;
let trigPath: string;

const rows = async (name: CompetencyQueryName) => {
  const result = await store.query(competencyQuery(name).text);
  if (result.type !== 'bindings') throw new Error('expected bindings');
  return result.rows.map((row) =>
    Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v.value])),
  );
};

beforeAll(async () => {
  trigPath = join(mkdtempSync(join(tmpdir(), 'kg-seeds-')), 'claimgraph.trig');
  const io = memoryIO({ cwd: root });
  const code = await runCli(['build', '--out', trigPath, '--no-cache'], io);
  expect(code, io.err).toBe(0);
  store = await LocalStore.fromFile(trigPath);
}, 120_000);

describe('kg build on the seed corpus', () => {
  it('merges a quote reported by several articles into one statement with a report in each', async () => {
    const quotes = await rows('quotes');
    const docsOf = (start: string) => {
      const statements = new Set(
        quotes.filter((r) => r['text']!.startsWith(start)).map((r) => r['statement']),
      );
      expect(statements.size, `one statement for "${start}"`).toBe(1);
      return [
        ...new Set(quotes.filter((r) => statements.has(r['statement'])).map((r) => r['doc'])),
      ].sort();
    };
    expect(docsOf('Your current policy forbidding')).toEqual([
      '001_b6047d1f9e8a733a',
      '002_f4674476916391f9',
    ]);
    expect(docsOf('At this time I am denying your request')).toEqual([
      '001_b6047d1f9e8a733a',
      '002_f4674476916391f9',
    ]);
    expect(docsOf('We would like to avoid federal litigation')).toEqual([
      '001_b6047d1f9e8a733a',
      '004_7dc0b1a87110e614',
    ]);
    expect(docsOf('I want to be very clear')).toContain('003_1ee5a51bd1cc28a4');
  });

  it('links the mayor’s "no such policy exists" and the captain’s email as one dispute', async () => {
    const disputes = await rows('disputes');
    const byDispute = new Map<string, string[]>();
    for (const row of disputes)
      byDispute.set(row['dispute']!, [...(byDispute.get(row['dispute']!) ?? []), row['text']!]);
    const linked = [...byDispute.values()].find((texts) =>
      texts.some((t) => t.includes('no such policy exists')),
    );
    expect(linked?.some((t) => t.startsWith('The PPB will only respond to calls'))).toBe(true);
  });

  it('keeps each person one node across the articles', async () => {
    const actors = await rows('actors');
    const mayor = new Set(actors.filter((r) => r['name'] === 'Ted Wheeler').map((r) => r['actor']));
    expect(mayor.size).toBe(1);
    const docs = new Set(actors.filter((r) => mayor.has(r['actor'])).map((r) => r['doc']));
    expect(docs.size).toBe(5);
  });

  it('conforms to the shapes, and every anchor matches its document', async () => {
    const report = await validateDataset(
      new Parser({ format: 'application/trig' }).parse(readFileSync(trigPath, 'utf8')),
    );
    expect(report.conforms, JSON.stringify(report).slice(0, 2000)).toBe(true);
  });

  it('is byte-identical when built twice', async () => {
    const again = join(mkdtempSync(join(tmpdir(), 'kg-seeds-')), 'claimgraph.trig');
    expect(await runCli(['build', '--out', again, '--no-cache'], memoryIO({ cwd: root }))).toBe(0);
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(trigPath, 'utf8'));
  });
});
