/**
 * The seed documents in data/documents: every direct quotation listed in
 * test/fixtures/seed-quotes.json (read by hand) must be found, and found with its speaker.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  combineEvaluations,
  evaluateDocument,
  extractDocument,
  parseDocument,
  type GoldDocument,
} from '../src/index.js';

const documents = new URL('../../../data/documents/', import.meta.url);
const fixture = JSON.parse(
  readFileSync(new URL('./fixtures/seed-quotes.json', import.meta.url), 'utf8'),
) as { documents: Record<string, GoldDocument> };

describe('seed documents', () => {
  const results = Object.entries(fixture.documents).map(([id, gold]) => {
    const doc = parseDocument(`${id}.txt`, readFileSync(new URL(`${id}.txt`, documents), 'utf8'));
    const extraction = extractDocument(doc);
    return { id, extraction, result: evaluateDocument(doc.body, extraction, gold) };
  });
  const all = combineEvaluations(results.map((r) => r.result));

  it('finds the hand-listed quotations (span recall ≥ 0.95) with their speakers (at most one wrong)', () => {
    const s = all.quoteSpeaker;
    console.log(
      `seeds quote+speaker P=${s.precision.toFixed(3)} R=${s.recall.toFixed(3)} F1=${s.f1.toFixed(3)}; span recall=${all.quoteSpan.recall.toFixed(3)}; medium ${all.medium.correct}/${all.medium.total}`,
    );
    for (const error of all.errors)
      console.log(
        `  ${error.kind} ${error.docId}: "${error.text.slice(0, 50)}" expected ${error.expected} got ${error.got}`,
      );
    expect(all.quoteSpan.recall).toBeGreaterThanOrEqual(0.95);
    // 37 of the 38 listed quotations carry the right speaker: one more miss fails the build.
    expect(s.gold - s.truePositives).toBeLessThanOrEqual(1);
    expect(s.predicted - s.truePositives).toBeLessThanOrEqual(1);
  });

  it('reads the block excerpts of 003 with medium and date', () => {
    const extraction = results.find((r) => r.id === '003_1ee5a51bd1cc28a4')?.extraction;
    const excerpts = extraction?.quotes
      .filter((q) => q.source?.rule === 'source-excerpt-header')
      .map((q) => [q.speakerKey, q.source?.medium, q.source?.date]);
    expect(excerpts).toEqual([
      ['person:ted-wheeler', 'tweet', '2018-06-20'],
      ['person:mike-frome', 'email', '2018-06-20'],
      ['person:berk-nelson', 'text-message', '2018-06-21'],
      ['person:ted-wheeler', 'response', '2018-07-31'],
    ]);
  });

  it('refers only to actors it emits', () => {
    for (const { extraction } of results) {
      const keys = new Set(extraction.actors.map((actor) => actor.key));
      const referenced = [
        ...extraction.quotes.flatMap((q) => [
          q.speakerKey,
          q.source?.authorKey,
          q.source?.onBehalfOfKey,
          q.source?.recipientKey,
        ]),
        ...extraction.actors.flatMap((a) => a.posts.map((p) => p.orgKey)),
        ...extraction.mentions.map((m) => m.actorKey),
        ...extraction.disputes.flatMap((d) => [d.speakerKey, d.targetKey]),
      ].filter((key): key is string => typeof key === 'string');
      for (const key of referenced) expect(keys, key).toContain(key);
    }
  });

  it('emits offsets that point at the quoted words in the body', () => {
    for (const { id, extraction } of results) {
      const body = parseDocument(
        `${id}.txt`,
        readFileSync(new URL(`${id}.txt`, documents), 'utf8'),
      ).body;
      const codePoints = [...body];
      for (const quote of extraction.quotes)
        expect(codePoints.slice(quote.start, quote.end).join('')).toBe(quote.text);
    }
  });
});
