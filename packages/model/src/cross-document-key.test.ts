import { extractDocument, parseDocument, resolveCorpus } from '@claimgraph/extract';
import { describe, expect, it } from 'vitest';
import { actorIn, documentOf, quoteIn } from './_fixtures.js';
import { crossDocumentKey } from './cross-document-key.js';
import { iri } from './iris.js';
import { buildModel, type CorpusDocument } from './model.js';
import { spanMessage } from './quote-warnings.js';

const article = (title: string, body: string) =>
  `${title}\n\nBy Dana Fox 3 March 2021\n\n${body}\n\nThe council will vote next week.\n`;

const texts: Record<string, string> = {
  a: article(
    'Town hall quarrel over the pool',
    'The meetting ran late.\n\n"We will keep the pool open all summer for every family in town," Mayor Ann Lee said on Monday.\n\nLee added: "The budget has room for it and we have checked twice."',
  ),
  b: article(
    'Council doubts the pool plan',
    '"The pool budget is a fantasy and everyone at the council knows it," Councillor Bo Ray said.\n\nMayor Ann Lee said: "We will keep the pool open all summer for every family in town."',
  ),
  n: article(
    'Nurses walk out',
    '"We cannot keep working double shifts without a break," said a charge nurse at the hospital.\n\n"The ward has been short of staff since the spring," Mayor Ann Lee said.\n\n"Nobody knows what comes next for the pool."',
  ),
};

const extracted = (name: string, text: string): CorpusDocument => {
  const parsed = parseDocument(`${name}.txt`, text);
  return { parsed, extraction: extractDocument(parsed) };
};

/** The model of the corpus with one document's text replaced. */
function modelWith(name: string, text: string) {
  const documents = Object.entries({ ...texts, [name]: text }).map(([id, t]) => extracted(id, t));
  const model = buildModel({
    documents,
    corpus: resolveCorpus(
      documents.map((d) => d.extraction as Parameters<typeof resolveCorpus>[0][number]),
    ),
    annotations: [],
    reuse: { documentKey: () => 'key' },
  });
  const doc = documents.find((d) => d.parsed.id === name)!;
  return { model, doc, facts: model.facts.get(doc)! };
}

/** Everything the model made but the document's own parts (its article's rows, its local part). */
function sharedParts(model: ReturnType<typeof buildModel>, name: string) {
  const article = iri.document(name);
  return model.graphs.map(({ graph, rows }) => ({
    graph,
    rows: rows.filter((row) => row.subject !== article),
  }));
}

describe('the cross-document key', () => {
  const doc = () => {
    const body =
      '"We will close the library at the end of the month," Jane Roe said. Sam Poe agreed.';
    return documentOf(
      'a',
      body,
      [
        quoteIn(body, 'We will close the library at the end of the month,', 'person:jane-roe'),
        quoteIn(body, 'Sam Poe agreed', 'person:sam-poe'),
      ],
      [actorIn(body, 'person:jane-roe', 'Jane Roe'), actorIn(body, 'person:sam-poe', 'Sam Poe')],
      'Town Gazette',
    );
  };
  const shifted = (document: CorpusDocument, by: number): CorpusDocument =>
    JSON.parse(JSON.stringify(document), (name, value: unknown) =>
      name === 'start' || name === 'end' ? (value as number) + by : value,
    ) as CorpusDocument;

  it('ignores the offsets, but for the order of the quotes and of the posts and the starts it pins', () => {
    const original = doc();
    original.extraction.actors[0]!.posts.push(
      { roleLabel: 'mayor', start: 1, end: 2, rule: 'test', confidence: 1 },
      { roleLabel: 'chair', start: 5, end: 6, rule: 'test', confidence: 1 },
    );
    const key = crossDocumentKey(original);
    expect(crossDocumentKey(shifted(original, 40))).toBe(key);
    expect(crossDocumentKey(shifted(original, 40), [1])).not.toBe(crossDocumentKey(original, [1]));
    const swappedQuotes = doc();
    swappedQuotes.extraction.actors[0]!.posts.push(...original.extraction.actors[0]!.posts);
    const [first, second] = swappedQuotes.extraction.quotes;
    [first!.start, second!.start] = [second!.start, first!.start];
    expect(crossDocumentKey(swappedQuotes)).not.toBe(key);
    const swappedPosts = shifted(original, 0);
    const posts = swappedPosts.extraction.actors[0]!.posts;
    [posts[0]!.start, posts[1]!.start] = [posts[1]!.start, posts[0]!.start];
    expect(crossDocumentKey(swappedPosts)).not.toBe(key);
  });

  it.each([
    ['a typo fixed above the quotes', 'a', texts.a!.replace('meetting', 'meeting')],
    [
      'a sentence inserted before a quote',
      'b',
      texts.b!.replace('2021\n\n', '2021\n\nTempers ran high at the meeting.\n\n'),
    ],
    ['a new headline', 'b', texts.b!.replace('Council doubts', 'Council has doubts about')],
    [
      'prose inserted below the quote that names an unnamed speaker, above others',
      'n',
      texts.n!.replace('hospital.\n\n', 'hospital.\n\nThe strike began at dawn.\n\n'),
    ],
  ])(
    'after %s, is kept, and so is everything the model makes outside the document’s own parts',
    (_, name, text) => {
      const before = modelWith(name, texts[name]!);
      const after = modelWith(name, text);
      expect(after.doc.extraction.quotes.at(-1)!.start).not.toBe(
        before.doc.extraction.quotes.at(-1)!.start,
      );
      expect(crossDocumentKey(after.doc, before.facts.pinned)).toBe(
        crossDocumentKey(before.doc, before.facts.pinned),
      );
      expect(after.facts).toEqual(before.facts);
      expect(sharedParts(after.model, name)).toEqual(sharedParts(before.model, name));
      expect(after.model.summary).toEqual(before.model.summary);
      // The warnings differ by the spans they name, which a rebuild writes again.
      expect(
        before.model.warnings.map((warning) =>
          warning.span && warning.doc === name
            ? spanMessage(warning.span, after.doc.extraction.quotes[warning.span.quote]!)
            : warning.message,
        ),
      ).toEqual(after.model.warnings.map((warning) => warning.message));
    },
  );

  it('changes when an edit moves the quote that names an unnamed speaker, whose IRI holds its start', () => {
    const text = texts.n!.replace('2021\n\n', '2021\n\nThe strike began at dawn.\n\n');
    const before = modelWith('n', texts.n!);
    const after = modelWith('n', text);
    expect(before.facts.pinned).toEqual([0]);
    expect(crossDocumentKey(after.doc)).toBe(crossDocumentKey(before.doc));
    expect(crossDocumentKey(after.doc, before.facts.pinned)).not.toBe(
      crossDocumentKey(before.doc, before.facts.pinned),
    );
    expect(sharedParts(after.model, 'n')).not.toEqual(sharedParts(before.model, 'n'));
  });
});
