/**
 * Builders of small parsed documents and extraction results for the model's
 * tests, so that each test states only what matters to it.
 */
import type {
  CorpusActors,
  DocumentActor,
  DocumentExtraction,
  ParsedDocument,
  Quote,
} from '@claimgraph/extract';
import type { CorpusDocument } from './model.js';

/** A quote of `words` as they first occur in `body`. */
export function quoteIn(
  body: string,
  words: string,
  speakerKey: string | null,
  extra: Partial<Quote> = {},
): Quote {
  const start = body.indexOf(words);
  if (start < 0) throw new Error(`fixture: '${words}' not in body`);
  return {
    index: 0,
    start,
    end: start + words.length,
    text: words,
    quoteType: 'direct',
    speakerKey,
    paragraphIndex: 0,
    rule: 'test-rule',
    confidence: 0.9,
    ...extra,
  };
}

/** A person or organisation with its mentions of `names` in `body`. */
export function actorIn(
  body: string,
  key: string,
  name: string,
  mentions: string[] = [name],
): DocumentActor {
  return {
    key,
    kind: key.startsWith('org:') ? 'Organization' : 'Person',
    name,
    aliases: [],
    mentions: mentions.map((text) => {
      const start = body.indexOf(text);
      return { start, end: start + text.length, text };
    }),
    posts: [],
    rule: 'test-actor',
    confidence: 0.8,
  };
}

/** A corpus document from a body, its quotes and actors. */
export function documentOf(
  id: string,
  body: string,
  quotes: Quote[],
  actors: DocumentActor[],
  outlet?: string,
): CorpusDocument {
  const parsed: ParsedDocument = {
    id,
    fileName: `${id}.txt`,
    body,
    bodyStartLine: 1,
    frontMatter: null,
    metadata: {
      title: { value: `Title of ${id}`, rule: 'test', confidence: 1 },
      ...(outlet ? { outlet: { value: outlet, rule: 'test', confidence: 1 } } : {}),
      published: { value: '2020-03-04', rule: 'test', confidence: 1 },
      extra: {},
    },
    warnings: [],
  };
  const extraction: DocumentExtraction = {
    docId: id,
    offsetUnit: 'code-point',
    metadata: parsed.metadata,
    paragraphs: [],
    mentions: [],
    actors,
    quotes: quotes.map((quote, index) => ({ ...quote, index })),
    scareQuotes: [],
    dates: [],
    money: [],
    policies: [],
    disputes: [],
    warnings: [],
  };
  return { parsed, extraction };
}

/** Corpus actors where every document-local key is already the corpus key. */
export function corpusOf(documents: CorpusDocument[]): CorpusActors {
  const byKey = new Map<string, CorpusActors['actors'][number]>();
  const keyMap: CorpusActors['keyMap'] = {};
  for (const { parsed, extraction } of documents) {
    keyMap[parsed.id] = {};
    for (const actor of extraction.actors) {
      keyMap[parsed.id]![actor.key] = actor.key;
      const known = byKey.get(actor.key) ?? {
        key: actor.key,
        kind: actor.kind,
        name: actor.name,
        aliases: [],
        documents: [],
        posts: [],
        evidence: [],
      };
      known.documents.push(parsed.id);
      byKey.set(actor.key, known);
    }
  }
  return { actors: [...byKey.values()], keyMap };
}
