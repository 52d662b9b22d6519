/**
 * The parts of the dataset that belong to one document alone: its article's
 * rows in the metadata graph, and the local part of its own graph (reports,
 * mentions, their anchors, the actors it mentions). Both are pure functions of
 * the document and of a few results of the corpus-wide work, its
 * `DocumentFacts` (the actor each local actor became, the statement each quote
 * reports, the outlet and author it names), so a caller that kept the facts of
 * an earlier build can make them again for an edited document without
 * rebuilding the corpus. `crossDocumentKey` (`cross-document-key.ts`) says
 * when it may.
 */
import { createHash } from 'node:crypto';
import type { NamedNode } from 'n3';
import type { CorpusDocument } from './model.js';
import { graphs, iri } from './iris.js';
import {
  QuadSink,
  confidenceLiteral,
  countLiteral,
  dateLiteral,
  node,
  type ObjectValue,
  type Row,
} from './quads.js';
import { codePointSlicer, excerpt } from './text.js';
import { V } from './vocabulary.js';

/** Adds one row to a named graph (an undefined object adds nothing). */
export type AddRow = (
  graph: string,
  subject: string,
  predicate: NamedNode,
  object: ObjectValue | undefined | null,
) => void;

/** What a document's own parts take from the corpus-wide work. */
export interface DocumentFacts {
  /** The IRI of every local actor, in extraction order ('' for one that resolved to no actor). */
  readonly actorIris: readonly string[];
  /** Each report of the document, in the order they were planned: [quote index, statement IRI]. */
  readonly reports: ReadonlyArray<readonly [quote: number, statement: string]>;
  /** The IRI of the outlet the article names, or null. */
  readonly outlet: string | null;
  /** The IRI of the article's author, or null. */
  readonly author: string | null;
  /**
   * The quotes whose start the corpus-wide output names (an unnamed speaker's key is made of the
   * document and the start of the quote that describes them), by index.
   */
  readonly pinned: readonly number[];
}

const EXTRACTION = iri.activity('extraction');
const CONTEXT_LENGTH = 32;

/**
 * Adds the rows of an article (its type, identifier, title, date, body text, outlet and author)
 * to the metadata graph.
 */
export function addArticleRows(add: AddRow, doc: CorpusDocument, facts: DocumentFacts): void {
  const g = graphs.metadata;
  const { parsed } = doc;
  const article = iri.document(parsed.id);
  const meta = parsed.metadata;
  add(g, article, V.type, V.Article);
  add(g, article, V.documentId, parsed.id);
  add(g, article, V.label, meta.title?.value ?? parsed.id);
  add(g, article, V.headline, meta.title?.value);
  add(g, article, V.publishedOn, dateLiteral(meta.published?.value));
  add(g, article, V.bodyText, parsed.body);
  if (facts.outlet !== null) add(g, article, V.publishedBy, node(facts.outlet));
  if (facts.author !== null) add(g, article, V.author, node(facts.author));
}

/**
 * Adds the rows of a document's local part — its reports and mentions with their anchors, the
 * actors it mentions — to its graph.
 */
export function addLocalRows(add: AddRow, doc: CorpusDocument, facts: DocumentFacts): void {
  const docId = doc.parsed.id;
  const graph = graphs.document(docId);
  const article = node(iri.document(docId));
  const slice = codePointSlicer(doc.parsed.body);
  const quotes = doc.extraction.quotes;
  for (const [index, statement] of facts.reports) {
    const quote = quotes[index]!;
    const { start, end } = quote;
    const report = iri.report(docId, start, end);
    add(graph, report, V.type, V.Report);
    add(graph, report, V.label, `${excerpt(quote.text, 48)} — in ${docId}`);
    add(graph, report, V.reports, node(statement));
    add(graph, report, V.reportedIn, article);
    add(graph, report, V.quotedText, slice(start, end));
    add(graph, report, V.quoteType, quote.quoteType);
    add(graph, report, V.anchor, node(addAnchorRows(add, graph, docId, slice, start, end)));
    addProvenance(add, graph, report, quote.rule, quote.confidence);
  }
  doc.extraction.actors.forEach((local, index) => {
    const actor = facts.actorIris[index];
    if (!actor) return;
    if (local.mentions.length > 0) add(graph, actor, V.mentionedIn, article);
    for (const mention of local.mentions) {
      const subject = iri.mention(docId, mention.start, mention.end);
      add(graph, subject, V.type, V.Mention);
      add(graph, subject, V.label, mention.text);
      add(graph, subject, V.refersTo, node(actor));
      add(
        graph,
        subject,
        V.anchor,
        node(addAnchorRows(add, graph, docId, slice, mention.start, mention.end)),
      );
      addProvenance(add, graph, subject, local.rule, local.confidence);
    }
  });
}

/** The rows of an article in the metadata graph, in canonical order. */
export function articleRows(doc: CorpusDocument, facts: DocumentFacts): readonly Row[] {
  const sink = new QuadSink();
  addArticleRows((...row) => sink.add(...row), doc, facts);
  return sink.graphs()[0]?.rows ?? [];
}

/** The rows of the local part of a graph (one document's, or those of documents sharing an id), in canonical order. */
export function localRows(
  documents: ReadonlyArray<{ doc: CorpusDocument; facts: DocumentFacts }>,
): readonly Row[] {
  const sink = new QuadSink();
  for (const { doc, facts } of documents) addLocalRows((...row) => sink.add(...row), doc, facts);
  return sink.graphs()[0]?.rows ?? [];
}

/** The mentions a document's local part holds (those of its actors that resolved to one). */
export function mentionCount(doc: CorpusDocument, facts: DocumentFacts): number {
  let count = 0;
  doc.extraction.actors.forEach((local, index) => {
    if (facts.actorIris[index]) count += local.mentions.length;
  });
  return count;
}

/**
 * A digest of everything the local part of a graph is made from: for each of its documents, a
 * key of its content (and of the code that maps it), its id and its facts.
 */
export function localDigest(
  documents: ReadonlyArray<{ key: string; docId: string; facts: DocumentFacts }>,
): string {
  const hash = createHash('sha256');
  documents.forEach(({ key, docId, facts }, index) => {
    if (index > 0) hash.update('\n');
    hash.update(JSON.stringify([key, docId, facts.actorIris, facts.reports]));
  });
  return hash.digest('hex').slice(0, 32);
}

/** A digest of everything an article's rows are made from: its content key, id, outlet and author. */
export function articleDigest(key: string, docId: string, facts: DocumentFacts): string {
  return createHash('sha256')
    .update(JSON.stringify([key, docId, facts.outlet, facts.author]))
    .digest('hex')
    .slice(0, 32);
}

/** Adds the rows of the Web Annotation anchor of a span to `graph` and returns its IRI. */
export function addAnchorRows(
  add: AddRow,
  graph: string,
  docId: string,
  slice: (start: number, end: number) => string,
  start: number,
  end: number,
): string {
  const subject = iri.anchor(docId, start, end);
  const quoteSelector = `${subject}/quote`;
  const positionSelector = `${subject}/position`;
  add(graph, subject, V.type, V.SpecificResource);
  add(graph, subject, V.hasSource, node(iri.document(docId)));
  add(graph, subject, V.hasSelector, node(quoteSelector));
  add(graph, subject, V.hasSelector, node(positionSelector));
  add(graph, quoteSelector, V.type, V.TextQuoteSelector);
  add(graph, quoteSelector, V.exact, slice(start, end));
  add(graph, quoteSelector, V.prefix, slice(Math.max(0, start - CONTEXT_LENGTH), start));
  add(graph, quoteSelector, V.suffix, slice(end, end + CONTEXT_LENGTH));
  add(graph, positionSelector, V.type, V.TextPositionSelector);
  add(graph, positionSelector, V.start, countLiteral(start));
  add(graph, positionSelector, V.end, countLiteral(end));
  return subject;
}

/** Adds what the extraction says of how it found something: the activity, the rule, the confidence. */
export function addProvenance(
  add: AddRow,
  graph: string,
  subject: string,
  rule: string,
  confidence: number,
): void {
  add(graph, subject, V.wasGeneratedBy, node(EXTRACTION));
  add(graph, subject, V.extractionRule, rule);
  add(graph, subject, V.confidence, confidenceLiteral(confidence));
}
