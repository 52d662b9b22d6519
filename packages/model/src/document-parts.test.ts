import { describe, expect, it } from 'vitest';
import { actorIn, corpusOf, documentOf, quoteIn } from './_fixtures.js';
import { crossDocumentKey } from './cross-document-key.js';
import { articleRows, localRows, mentionCount } from './document-parts.js';
import { graphs, iri } from './iris.js';
import { buildModel, type CorpusDocument } from './model.js';

const body = (tail = '') =>
  `"We will close the library at the end of the month," Jane Roe said. Sam Poe disagreed.${tail}`;

function docOf(text: string, title = 'Library row'): CorpusDocument {
  const doc = documentOf(
    'a',
    text,
    [quoteIn(text, 'We will close the library at the end of the month,', 'person:jane-roe')],
    [actorIn(text, 'person:jane-roe', 'Jane Roe'), actorIn(text, 'person:sam-poe', 'Sam Poe')],
    'Town Gazette',
  );
  doc.parsed.metadata.title = { value: title, rule: 'test', confidence: 1 };
  return doc;
}

describe('the parts of one document', () => {
  it('are the rows the dataset holds for its article and its local part, made from its facts alone', () => {
    const doc = docOf(body());
    const model = buildModel({
      documents: [doc],
      corpus: corpusOf([doc]),
      annotations: [],
      reuse: { documentKey: () => 'key' },
    });
    const facts = model.facts.get(doc)!;
    expect(localRows([{ doc, facts }])).toEqual(model.localParts.get(graphs.document('a'))!.rows());
    const metadata = model.graphs.find((g) => g.graph === graphs.metadata)!.rows;
    expect(articleRows(doc, facts)).toEqual(
      metadata.filter((row) => row.subject === iri.document('a')),
    );
    expect(mentionCount(doc, facts)).toBe(model.summary.mentions);
  });

  it('have a cross-document key that ignores the title, the body and the mentions, not the quotes or the actors', () => {
    const key = crossDocumentKey(docOf(body()));
    expect(crossDocumentKey(docOf(body(' The meeting ended.'), 'Another title'))).toBe(key);
    const moreMentions = docOf(body());
    moreMentions.extraction.actors[1]!.mentions.push({ start: 80, end: 83, text: 'Poe' });
    expect(crossDocumentKey(moreMentions)).toBe(key);
    const otherQuote = docOf(body());
    otherQuote.extraction.quotes[0]!.text = 'We will close the library at the end of the year,';
    expect(crossDocumentKey(otherQuote)).not.toBe(key);
    const otherName = docOf(body());
    otherName.extraction.actors[1]!.aliases.push('Samuel Poe');
    expect(crossDocumentKey(otherName)).not.toBe(key);
    const otherOutlet = docOf(body());
    otherOutlet.parsed.metadata.outlet = { value: 'City Post', rule: 'test', confidence: 1 };
    expect(crossDocumentKey(otherOutlet)).not.toBe(key);
  });
});
