/**
 * The competency queries on Virtuoso: loads the example dataset into a private Virtuoso (one named
 * graph per graph of the TriG) and checks that every query returns the same rows as Oxigraph with
 * the union default graph, and the timeline in the same order. Skipped, with a printed reason, when
 * Virtuoso is not installed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPETENCY_QUERIES } from '../src/generated/assets.js';
import { EXAMPLE_FILES, oxigraphStore, parseFiles } from './_support.js';
import {
  VIRTUOSO_SKIP_MESSAGE,
  startVirtuoso,
  virtuosoAvailable,
  type Virtuoso,
} from './_virtuoso.js';

const available = virtuosoAvailable();
if (!available) console.warn(VIRTUOSO_SKIP_MESSAGE);

function oxigraphRows(query: string): Record<string, string>[] {
  const results = oxigraphStore(EXAMPLE_FILES).query(query, { use_default_graph_as_union: true });
  return (results as Map<string, { value: string }>[]).map((bindings) =>
    Object.fromEntries([...bindings].map(([name, term]) => [name, term.value])),
  );
}

const canonical = (rows: Record<string, string>[]): string[] =>
  rows.map((row) => JSON.stringify(Object.entries(row).sort())).sort();

describe.skipIf(!available)('the competency queries on Virtuoso', () => {
  let virtuoso: Virtuoso;

  beforeAll(async () => {
    virtuoso = await startVirtuoso();
    await virtuoso.load(parseFiles(EXAMPLE_FILES));
  }, 90_000);

  afterAll(async () => {
    await virtuoso?.stop();
  });

  it.each(COMPETENCY_QUERIES.map((q) => [q.file, q.text] as const))(
    '%s returns the same rows as on Oxigraph',
    async (_file, text) => {
      const expected = oxigraphRows(text);
      expect(expected.length).toBeGreaterThan(0);
      expect(canonical(await virtuoso.select(text))).toEqual(canonical(expected));
    },
  );

  it('orders the timeline as Oxigraph does', async () => {
    const text = COMPETENCY_QUERIES.find((q) => q.name === 'timeline')?.text ?? '';
    const dates = (rows: Record<string, string>[]) => rows.map((r) => r.date);
    expect(dates(await virtuoso.select(text))).toEqual(dates(oxigraphRows(text)));
  });
});
