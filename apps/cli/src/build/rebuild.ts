/**
 * A rebuild that skips the corpus-wide work. Cross-document resolution,
 * quote clustering, statements and everything the metadata graph says of
 * actors, posts and sources depend on each document only through what
 * `crossDocumentKey` covers, which leaves out the title, the body, the
 * mentions and the offsets (but for their order, and the start of a quote
 * that names an unnamed speaker); an edit that leaves that key as it was —
 * prose added or fixed anywhere, a sentence inserted before a quote, a new
 * headline — changes nothing in the output but the edited article's rows in
 * the metadata graph and the local part of its own graph, both remade from
 * the document and the facts the last build recorded for it
 * (`build-record.ts`), and the spans the model's warnings name in it. Every
 * other block is the last build's text or is copied from the last output. A
 * document the annotations quote, a document added, removed or unreadable, or
 * any edit that changes a document's key makes a full build instead.
 */
import {
  articleDigest,
  articleRows,
  crossDocumentKey,
  graphs,
  iri,
  localDigest,
  localRows,
  mentionCount,
  spanMessage,
  type DocumentFacts,
  type ModelResult,
  type SubjectGroup,
  type TrigSerialiser,
} from '@claimgraph/model';
import type { BuildRecord, DocumentRecord, GraphRecord } from './build-record.js';
import type { CorpusFiles } from './corpus.js';
import { blockDigest, type CopyableGroup, type DatasetWrite, type GraphBlock } from './dataset.js';
import { warningLines, type CachedExtraction } from './extract-cache.js';

/** A key of a document's content and of the code that maps it (`GraphReuse.documentKey`). */
export type DocumentKey = (contentKey: string) => string;

/**
 * The documents that changed since the record, when they are all that changed: the same files
 * under the same names, none of the changed ones quoted by the annotations; otherwise undefined.
 * @example const changed = changedSince(record, files, documentsQuoted(annotations));
 */
export function changedSince(
  record: BuildRecord,
  files: CorpusFiles,
  quoted: ReadonlySet<string>,
): number[] | undefined {
  if (record.documents.length !== files.ids.length) return undefined;
  const changed: number[] = [];
  for (const [index, document] of record.documents.entries()) {
    if (document.id !== files.ids[index]) return undefined;
    const contentKey = files.contentKeys[index];
    if (contentKey === undefined) return undefined;
    if (contentKey === document.contentKey) continue;
    if (quoted.has(document.id)) return undefined;
    changed.push(index);
  }
  return changed;
}

/** A rebuild planned from a record: the blocks to write, and the record once they are written. */
export interface Rebuild {
  blocks: GraphBlock[];
  record(written: DatasetWrite): BuildRecord;
}

/**
 * Plans a rebuild in which only the given documents changed; undefined when one of them changed
 * in a way that reaches other documents (its `crossDocumentKey` differs).
 * @param load gives any other document, for a block or group that cannot be copied
 */
export function planRebuild(
  record: BuildRecord,
  files: CorpusFiles,
  changed: ReadonlyMap<number, CachedExtraction>,
  load: (index: number) => CachedExtraction,
  serialiser: TrigSerialiser,
  documentKey: DocumentKey,
): Rebuild | undefined {
  const documents = [...record.documents];
  const statementsOf = new Map<number, string>();
  for (const { groups, document } of record.graphs)
    if (document !== undefined) statementsOf.set(document, groups);
  for (const [index, doc] of changed) {
    const old = record.documents[index]!;
    const facts = JSON.parse(old.facts) as DocumentFacts;
    if (crossDocumentKey(doc, facts.pinned) !== old.crossKey || !statementsOf.has(index))
      return undefined;
    const key = documentKey(files.contentKeys[index]!);
    const local = localDigest([{ key, docId: old.id, facts }]);
    const statements = JSON.parse(statementsOf.get(index)!) as SubjectGroup[];
    documents[index] = {
      ...old,
      contentKey: files.contentKeys[index]!,
      localDigest: local,
      blockDigest: blockDigest(local, statements),
      articleDigest: articleDigest(key, old.id, facts),
      warnings: warningLines(doc),
      mentions: mentionCount(doc, facts),
      articleRows: articleRows(doc, facts).length,
    };
  }
  const documentAt = (index: number) => changed.get(index) ?? load(index);
  const factsAt = (index: number) => JSON.parse(documents[index]!.facts) as DocumentFacts;
  const blocks = record.graphs.map(({ graph, groups, document }): GraphBlock => {
    if (document === undefined) {
      return {
        graph,
        groups: () =>
          (JSON.parse(groups) as Array<SubjectGroup | number>).map((group) => {
            if (typeof group !== 'number') return group;
            return {
              key: iri.document(documents[group]!.id),
              digest: documents[group]!.articleDigest,
              group: () => serialiser.groups(articleRows(documentAt(group), factsAt(group)))[0]!,
            };
          }),
      };
    }
    return {
      graph,
      groups: () => JSON.parse(groups) as SubjectGroup[],
      local: {
        digest: documents[document]!.blockDigest,
        rows: () => localRows([{ doc: documentAt(document), facts: factsAt(document) }]),
      },
    };
  });
  return {
    blocks,
    record: (written) => {
      const next = withLocalRows(documents, record.graphs, written);
      let { mentions, quads } = record.summary;
      for (const [index, old] of record.documents.entries()) {
        const now = next[index]!;
        mentions += now.mentions - old.mentions;
        quads += now.articleRows - old.articleRows + now.localRows - old.localRows;
      }
      const warnings = respanned(record, changed);
      return {
        ...record,
        documents: next,
        warnings,
        summary: { ...record.summary, mentions, quads },
      };
    },
  };
}

/** The model's warnings, those that name a quote of a changed document by its span as it is now. */
function respanned(
  record: Pick<BuildRecord, 'warnings' | 'warningSpans'>,
  changed: ReadonlyMap<number, CachedExtraction>,
): string[] {
  const warnings = [...record.warnings];
  const spans = record.warningSpans;
  for (let at = 0; at < spans.length; at += 5) {
    const [warning, document, quote, before, after] = spans.slice(at, at + 5) as [
      number,
      number,
      number,
      number,
      number,
    ];
    const doc = changed.get(document);
    if (!doc) continue;
    const message = warnings[warning]!;
    const span = {
      quote,
      before: message.slice(0, before),
      after: message.slice(message.length - after),
    };
    warnings[warning] = spanMessage(span, doc.extraction.quotes[quote]!);
  }
  return warnings;
}

/**
 * The digest of each article's group in the metadata graph, by subject, for the groups that may be
 * copied from the last output (none when documents share an id, and so a subject).
 */
export function articleDigests(
  documents: readonly CachedExtraction[],
  contentKeys: ReadonlyMap<CachedExtraction, string>,
  facts: ModelResult['facts'],
  documentKey: DocumentKey,
): Map<string, string> {
  const digests = new Map<string, string>();
  for (const doc of documents) {
    const contentKey = contentKeys.get(doc);
    const own = facts.get(doc);
    if (contentKey === undefined || !own) return new Map();
    const subject = iri.document(doc.parsed.id);
    if (digests.has(subject)) return new Map();
    digests.set(subject, articleDigest(documentKey(contentKey), doc.parsed.id, own));
  }
  return digests;
}

/**
 * The record of a full build; undefined when a rebuild could not use it (documents that share an
 * id, or that could not be read). With the record of the last build (`previous`), a document with
 * the same id, content key and facts keeps the `crossDocumentKey` recorded then instead of having
 * it computed again: the key is a function of the document, which its id and content key fix, and
 * of the quotes its facts pin, under the code both records name (their fingerprint).
 */
export function recordBuild(input: {
  fingerprint: string;
  files: CorpusFiles;
  documents: readonly CachedExtraction[];
  model: Pick<ModelResult, 'facts' | 'localParts' | 'summary' | 'warnings'>;
  blocks: readonly GraphBlock[];
  articles: ReadonlyMap<string, string>;
  written: DatasetWrite;
  actors: number;
  previous?: BuildRecord;
}): BuildRecord | undefined {
  const { files, documents, model, written, articles } = input;
  if (documents.length !== files.ids.length || articles.size !== documents.length) return undefined;
  const before = recordedKeys(input.previous);
  const indexOfGraph = new Map<string, number>();
  const indexOfArticle = new Map<string, number>();
  const indexOfId = new Map<string, number>();
  const records: DocumentRecord[] = [];
  for (const [index, doc] of documents.entries()) {
    const facts = model.facts.get(doc);
    const graph = graphs.document(doc.parsed.id);
    const local = model.localParts.get(graph);
    const subject = iri.document(doc.parsed.id);
    const contentKey = files.contentKeys[index];
    if (!facts || !local || contentKey === undefined || doc.parsed.id !== files.ids[index])
      return undefined;
    indexOfGraph.set(graph, index);
    indexOfArticle.set(subject, index);
    indexOfId.set(doc.parsed.id, index);
    const factsText = JSON.stringify(facts);
    const earlier = before.get(doc.parsed.id);
    records.push({
      id: doc.parsed.id,
      contentKey,
      crossKey:
        earlier?.contentKey === contentKey && earlier.facts === factsText
          ? earlier.crossKey
          : crossDocumentKey(doc, facts.pinned),
      facts: factsText,
      localDigest: local.digest,
      blockDigest: '',
      articleDigest: articles.get(subject)!,
      warnings: warningLines(doc),
      mentions: mentionCount(doc, facts),
      articleRows: articleRows(doc, facts).length,
      localRows: 0,
    });
  }
  const warningSpans: number[] = [];
  for (const [index, { doc, span }] of model.warnings.entries()) {
    if (!span) continue;
    const document = doc === undefined ? undefined : indexOfId.get(doc);
    if (document === undefined) return undefined;
    warningSpans.push(index, document, span.quote, span.before.length, span.after.length);
  }
  const graphRecords = input.blocks.map(({ graph, groups, local }): GraphRecord => {
    const document = local ? indexOfGraph.get(graph) : undefined;
    if (document !== undefined) {
      records[document] = { ...records[document]!, blockDigest: local!.digest };
      return { graph, groups: JSON.stringify(groups()), document };
    }
    const kept = groups().map((group) =>
      Array.isArray(group) ? group : indexOfArticle.get((group as CopyableGroup).key)!,
    );
    return { graph, groups: JSON.stringify(kept) };
  });
  return {
    fingerprint: input.fingerprint,
    documents: withLocalRows(records, graphRecords, written),
    graphs: graphRecords,
    warnings: model.warnings.map((warning) => warning.message),
    warningSpans,
    actors: input.actors,
    summary: { ...model.summary, quads: model.summary.quads + written.localRows },
  };
}

/** The documents of a record by id (none of an id that more than one of them has). */
function recordedKeys(record: BuildRecord | undefined): Map<string, DocumentRecord> {
  const byId = new Map<string, DocumentRecord>();
  const shared = new Set<string>();
  for (const document of record?.documents ?? []) {
    if (byId.has(document.id)) shared.add(document.id);
    byId.set(document.id, document);
  }
  for (const id of shared) byId.delete(id);
  return byId;
}

/** The documents with the rows of their local parts as written. */
function withLocalRows(
  documents: readonly DocumentRecord[],
  graphRecords: readonly GraphRecord[],
  written: DatasetWrite,
): DocumentRecord[] {
  const next = [...documents];
  for (const { graph, document } of graphRecords) {
    if (document === undefined) continue;
    next[document] = { ...next[document]!, localRows: written.localRowsOf.get(graph) ?? 0 };
  }
  return next;
}
