/**
 * Builds the statement and document records of the view model: each
 * statement with its speaker, capacity, medium, date, the reports that render
 * it (quoted words, quote type, character span) and the statements it is in
 * conflict with; each article with its body text and the spans a reader can
 * highlight (reports, mentions, evidence for curated assertions).
 */
import { anchorSource, mentionsOf, stancesOf, stanceTargets } from './edges.js';
import type { TripleIndex } from './dataset.js';
import { mediumKind } from './kinds.js';
import { resourceLabel } from './labels.js';
import type { NodeKind, ViewDocument, ViewRef, ViewReport, ViewSpan, ViewStatement } from './types.js';
import { CG, OA } from './vocab.js';

/** Where an anchor points: its article and code-point span. */
export interface AnchorSpan {
  source: string | undefined;
  start: number;
  end: number;
}

function integer(index: TripleIndex, subject: string, predicate: string): number | undefined {
  const value = index.literal(subject, predicate);
  if (value === undefined) return undefined;
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed >= 0 ? parsed : undefined;
}

/** Resolves an oa:SpecificResource to its source and TextPositionSelector offsets. */
export function resolveAnchor(index: TripleIndex, anchor: string): AnchorSpan | undefined {
  for (const holder of [anchor, ...index.resources(anchor, OA.hasSelector)]) {
    const start = integer(index, holder, OA.start);
    const end = integer(index, holder, OA.end);
    if (start !== undefined && end !== undefined && end >= start) {
      return { source: anchorSource(index, anchor), start, end };
    }
  }
  return undefined;
}

/** Label used for an article's outlet in filters: its outlet, else its headline, else its document id. */
export function outletKey(index: TripleIndex, article: string): string {
  const outlet = index.resources(article, CG.publishedBy)[0];
  if (outlet) return resourceLabel(index, outlet);
  return index.literal(article, CG.headline) ?? index.literal(article, CG.documentId) ?? article;
}

function ref(index: TripleIndex, iri: string | undefined): ViewRef | undefined {
  return iri === undefined ? undefined : { id: iri, label: resourceLabel(index, iri) };
}

function reportArticle(index: TripleIndex, report: string): string | undefined {
  const direct = index.resources(report, CG.reportedIn)[0];
  if (direct) return direct;
  for (const anchor of index.resources(report, CG.anchor)) {
    const source = anchorSource(index, anchor);
    if (source) return source;
  }
  return undefined;
}

/** The reports of a statement, sorted by document id and offset. */
export function reportsOf(index: TripleIndex, statement: string): ViewReport[] {
  const reports: ViewReport[] = [];
  for (const report of index.subjectsOf(CG.reports, statement)) {
    const article = reportArticle(index, report);
    const span = index.resources(report, CG.anchor).map((anchor) => resolveAnchor(index, anchor)).find(Boolean);
    const outlet = article ? index.resources(article, CG.publishedBy)[0] : undefined;
    reports.push({
      docId: article ? (index.literal(article, CG.documentId) ?? article) : '',
      articleIri: article ?? '',
      outlet: outlet ? resourceLabel(index, outlet) : null,
      quotedText: index.literal(report, CG.quotedText) ?? '',
      quoteType: index.literal(report, CG.quoteType) ?? '',
      start: span?.start ?? -1,
      end: span?.end ?? -1,
    });
  }
  return reports.sort((a, b) => (a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : a.start - b.start || a.end - b.end));
}

/** Statements in conflict with `statement`: cg:disputes/cg:denies either way, or together in a cg:Dispute. */
export function conflictsOf(index: TripleIndex, statement: string): { statements: string[]; disputes: string[] } {
  const others = new Set<string>();
  for (const property of [CG.disputes, CG.denies]) {
    for (const other of index.resources(statement, property)) others.add(other);
    for (const other of index.subjectsOf(property, statement)) others.add(other);
  }
  const disputes = index.subjectsOf(CG.involvesStatement, statement);
  for (const dispute of disputes) {
    for (const other of index.resources(dispute, CG.involvesStatement)) others.add(other);
  }
  others.delete(statement);
  return { statements: [...others].sort(), disputes };
}

/** The statement records, one per statement node, sorted by id. */
export function buildStatements(index: TripleIndex, kinds: Map<string, NodeKind>): ViewStatement[] {
  const statements: ViewStatement[] = [];
  for (const [id, kind] of kinds) {
    if (kind !== 'statement') continue;
    const reports = reportsOf(index, id);
    const conflicts = conflictsOf(index, id);
    const record: ViewStatement = {
      id,
      text: index.literal(id, CG.text) ?? reports.find((report) => report.quotedText)?.quotedText ?? '',
      reports,
      disputes: conflicts.statements.filter((other) => kinds.get(other) === 'statement'),
      disputeIds: conflicts.disputes.filter((dispute) => kinds.has(dispute)),
    };
    const speaker = ref(index, index.resources(id, CG.statedBy)[0]);
    if (speaker) record.speaker = speaker;
    const onBehalfOf = ref(index, index.resources(id, CG.onBehalfOf)[0]);
    if (onBehalfOf) record.onBehalfOf = onBehalfOf;
    const post = ref(index, index.resources(id, CG.inCapacityOf)[0]);
    if (post) record.post = post;
    const date = index.literal(id, CG.statedOn);
    if (date) record.date = date;
    const medium = index.resources(id, CG.statedIn)[0];
    if (medium) record.medium = { id: medium, label: resourceLabel(index, medium), kind: mediumKind(index.types(medium)) };
    statements.push(record);
  }
  return statements;
}

function compareSpans(a: ViewSpan, b: ViewSpan): number {
  if (a.start !== b.start) return a.start - b.start;
  if (a.end !== b.end) return a.end - b.end;
  if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1;
  return a.nodeId < b.nodeId ? -1 : a.nodeId > b.nodeId ? 1 : 0;
}

/** Collects spans per article, dropping duplicates. */
class SpanCollector {
  private readonly byArticle = new Map<string, Map<string, ViewSpan>>();

  add(index: TripleIndex, anchor: string, nodeId: string, kind: ViewSpan['kind'], fallbackArticle?: string): void {
    const span = resolveAnchor(index, anchor);
    const article = span?.source ?? fallbackArticle;
    if (!span || !article) return;
    let spans = this.byArticle.get(article);
    if (!spans) this.byArticle.set(article, (spans = new Map()));
    spans.set(`${span.start}|${span.end}|${kind}|${nodeId}`, { start: span.start, end: span.end, nodeId, kind });
  }

  of(article: string): ViewSpan[] {
    return [...(this.byArticle.get(article)?.values() ?? [])].sort(compareSpans);
  }
}

function collectSpans(index: TripleIndex, kinds: Map<string, NodeKind>): SpanCollector {
  const spans = new SpanCollector();
  for (const [id, kind] of kinds) {
    if (kind === 'statement') {
      for (const report of index.subjectsOf(CG.reports, id)) {
        for (const anchor of index.resources(report, CG.anchor)) {
          spans.add(index, anchor, id, 'report', index.resources(report, CG.reportedIn)[0]);
        }
      }
    }
    for (const anchor of index.resources(id, CG.evidence)) spans.add(index, anchor, id, 'evidence');
    if (kind === 'dispute') for (const anchor of index.resources(id, CG.anchor)) spans.add(index, anchor, id, 'evidence');
  }
  for (const mention of mentionsOf(index)) {
    for (const actor of index.resources(mention, CG.refersTo).filter((iri) => kinds.has(iri))) {
      for (const anchor of index.resources(mention, CG.anchor)) spans.add(index, anchor, actor, 'mention');
    }
  }
  for (const stance of stancesOf(index)) {
    const targets = stanceTargets(index, stance, kinds);
    const nodeId = targets[0] ?? index.resources(stance, CG.stanceOf).find((iri) => kinds.has(iri));
    if (!nodeId) continue;
    for (const property of [CG.evidence, CG.anchor]) {
      for (const anchor of index.resources(stance, property)) spans.add(index, anchor, nodeId, 'evidence');
    }
  }
  return spans;
}

/** The document records, one per article node, sorted by document id. */
export function buildDocuments(index: TripleIndex, kinds: Map<string, NodeKind>): ViewDocument[] {
  const spans = collectSpans(index, kinds);
  const documents: ViewDocument[] = [];
  for (const [iri, kind] of kinds) {
    if (kind !== 'article') continue;
    const outlet = index.resources(iri, CG.publishedBy)[0];
    documents.push({
      docId: index.literal(iri, CG.documentId) ?? iri,
      iri,
      title: index.literal(iri, CG.headline) ?? resourceLabel(index, iri),
      outlet: outlet ? resourceLabel(index, outlet) : null,
      published: index.literal(iri, CG.publishedOn) ?? null,
      text: index.literal(iri, CG.bodyText) ?? '',
      spans: spans.of(iri),
    });
  }
  return documents.sort((a, b) => (a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : 0));
}
