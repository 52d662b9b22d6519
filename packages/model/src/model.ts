/**
 * Maps a converted corpus to RDF in the claimgraph ontology. Inputs are the
 * parsed documents with their extraction results, the cross-document actors,
 * and the analyst annotations; the output is a canonically ordered list of
 * quads in three kinds of named graph: one per document (what that article
 * says: its reports, mentions, and the statements and actors drawn from it),
 * `curated` (what analysts added, each item backed by an evidence anchor) and
 * `metadata` (articles with their body text, outlets, activities). Quotes
 * that render the same utterance in several articles become one statement
 * with several reports (see `statements.ts`).
 */
import type {
  CorpusActors,
  DocumentExtraction,
  ParsedDocument,
  Quote,
  QuoteSource,
} from '@claimgraph/extract';
import { ActorRegistry } from './actors.js';
import type { AnnotationSet, StatementRef } from './annotations.js';
import { AnnotationError } from './annotations.js';
import { locateEvidence, type LocatedEvidence } from './evidence.js';
import { graphs, iri } from './iris.js';
import { slug } from '@claimgraph/ontology';
import { QuadSink, dateLiteral, node, toQuads, type GraphRows, type Row } from './quads.js';
import { clusterQuotes, matchTokens } from './statements.js';
import {
  addAnchorRows,
  addArticleRows,
  addLocalRows,
  addProvenance,
  localDigest,
  localRows,
  type AddRow,
  type DocumentFacts,
} from './document-parts.js';
import { spanMessage, type WarningSpan } from './quote-warnings.js';
import { codePointLength, codePointSlicer, excerpt, type CodePointSlicer } from './text.js';
import { V } from './vocabulary.js';

/** One document of the corpus, parsed and extracted: the parts of both that the model reads. */
export interface CorpusDocument {
  parsed: Pick<ParsedDocument, 'id' | 'body' | 'metadata'>;
  extraction: Pick<DocumentExtraction, 'actors' | 'quotes'>;
}

/** Everything the model needs. */
export interface ModelInput {
  documents: readonly CorpusDocument[];
  corpus: CorpusActors;
  annotations: readonly AnnotationSet[];
  /** Name and version of the tool, recorded on the extraction activity. */
  generator?: string;
  /** Lets a caller keep the document-local part of unchanged document graphs (see `GraphReuse`). */
  reuse?: GraphReuse;
}

/**
 * Reuse of document graphs between builds. A document graph holds two parts:
 * what is local to its article (mentions, reports, their anchors, which actors
 * it mentions) and the statements whose best report it holds. The local part
 * depends only on the article (its key) and on a few results of cross-document
 * resolution: the actor each of its local actors became, and the statement each
 * of its quotes became. For every document with a key, the model hashes exactly
 * these into a digest and hands the local part back apart from the dataset
 * (`ModelResult.localParts`), mapped only when the caller asks for its rows — a
 * caller that kept the serialised part of an earlier build under the same
 * digest need not map it again. Statements are always made afresh.
 */
export interface GraphReuse {
  /** A key of a document's content and of the code that extracts and maps it; undefined: never reused. */
  documentKey(document: CorpusDocument): string | undefined;
}

/** The document-local part of a document graph. */
export interface LocalPart {
  /** A digest of everything the rows depend on (see `GraphReuse`). */
  readonly digest: string;
  /** Maps the part: its rows in canonical order, without duplicates (made anew on every call). */
  rows(): readonly Row[];
}

/** Counts of what was written. */
export interface ModelSummary {
  documents: number;
  actors: number;
  statements: number;
  reports: number;
  mentions: number;
  policies: number;
  disputes: number;
  stances: number;
  events: number;
  /** Distinct quads of `ModelResult.graphs`; with `reuse`, the rows of the local parts come on top. */
  quads: number;
}

/** Something the model skipped or doubted, with where it came from. */
export interface ModelWarning {
  code: 'unattributed-quote' | 'unknown-speaker' | 'correction-unmatched' | 'speaker-disagreement';
  message: string;
  doc?: string;
  file?: string;
  line?: number;
  column?: number;
  /** For a warning about one quote of `doc`: where its message names the quote's span. */
  span?: WarningSpan;
}

/** The dataset and its summary. */
export interface ModelResult {
  /** Every quad as RDF/JS quads in canonical order (made on first use). */
  readonly quads: ReturnType<QuadSink['quads']>;
  /** The same dataset as named graphs of rows, in canonical order (what `writeTrig` serialises). */
  readonly graphs: readonly GraphRows[];
  /**
   * With `reuse`: the local part of each keyed document graph, by graph IRI —
   * its digest and, on demand, its rows. These rows are not in `graphs` (nor in
   * `quads`, nor counted in `summary.quads`).
   */
  readonly localParts: ReadonlyMap<string, LocalPart>;
  /** What each document's own parts took from the corpus-wide work (see `document-parts.ts`). */
  readonly facts: ReadonlyMap<CorpusDocument, DocumentFacts>;
  summary: ModelSummary;
  warnings: ModelWarning[];
}

const EXTRACTION = iri.activity('extraction');
const CURATION = iri.activity('curation');
const LABEL_LENGTH = 80;

const MEDIUM_CLASS: Record<string, keyof typeof V> = {
  letter: 'Letter',
  email: 'Email',
  tweet: 'Tweet',
  'text-message': 'TextMessage',
  statement: 'PressStatement',
  interview: 'Interview',
  speech: 'Speech',
};

/** A byline that credits a newsroom, not a person: "KHBK 6 News Staff", "Metro Desk". */
const STAFF_CREDIT =
  /(?<![\p{L}\p{N}])(?:staff|staff\s+reports?|newsroom|news\s+desk|desk|editorial\s+board|editors|reporters|wire\s+services?)$/iu;

interface Occurrence {
  id: string;
  doc: CorpusDocument;
  quote: Quote;
  /** The index of the quote in its document's extraction. */
  index: number;
  /** Length of the quote's text in code points. */
  points: number;
  speakerKey: string | null;
  onBehalfOfKey: string | null;
  curatedSpeaker: boolean;
}

interface StatementPlan {
  speakerKey: string;
  members: Occurrence[];
  iri: string;
}

/** A post of a corpus actor, with the document that names it. */
type CorpusPost = CorpusActors['actors'][number]['posts'][number];

/** What the local part of a document graph is made of (see `GraphReuse`). */
interface LocalPlan {
  /** Each report of the document, with the statement it reports. */
  reports: Array<{ member: Occurrence; statement: string }>;
  /** The IRI of every local actor in extraction order ('' for one that resolved to none). */
  actorIris: string[];
  /** The IRIs of the outlet and the author the article names. */
  outlet: string | null;
  author: string | null;
  /** The quotes whose start names an unnamed speaker, by index. */
  pinned: number[];
}

interface StatementRecord {
  iri: string;
  graph: string;
  speakerKey: string;
  occurrences: Occurrence[];
}

/**
 * Builds the RDF dataset of a corpus.
 * @throws AnnotationError when an annotation's evidence is not in its document.
 * @example const { quads, summary } = buildModel({ documents, corpus, annotations: [] });
 */
export function buildModel(input: ModelInput): ModelResult {
  const builder = new ModelBuilder(input);
  return builder.run();
}

class ModelBuilder {
  private readonly sink = new QuadSink();
  /** The local part of each document's graph, by document id, filled as statements and mentions are planned. */
  private readonly localPlans = new Map<CorpusDocument, LocalPlan>();
  private readonly warnings: ModelWarning[] = [];
  private readonly actors: ActorRegistry;
  private readonly documents: CorpusDocument[];
  private readonly bodies = new Map<string, string>();
  private readonly slicers = new Map<string, CodePointSlicer>();
  private readonly occurrencesByDoc = new Map<string, Occurrence[]>();
  private readonly statementOf = new Map<string, StatementRecord>();
  private readonly emittedActors = new Set<string>();
  private readonly postsWithProvenance = new Set<string>();
  /** Spans (`start-end`) of each document whose anchor is written. */
  private readonly writtenAnchors = new Map<string, Set<string>>();
  /** Actor IRIs by key. */
  private readonly actorIris = new Map<string, string>();
  /** Post IRIs by actor key, role and organisation key. */
  private readonly postIris = new Map<string, string>();
  private readonly writtenPosts = new Set<string>();
  private readonly curatedSpans: Array<{
    doc: string;
    start: number;
    end: number;
    record: StatementRecord;
  }> = [];
  private readonly counts = {
    statements: 0,
    reports: 0,
    mentions: 0,
    policies: 0,
    disputes: 0,
    stances: 0,
    events: 0,
  };

  constructor(private readonly input: ModelInput) {
    this.documents = [...input.documents].sort((a, b) => (a.parsed.id < b.parsed.id ? -1 : 1));
    for (const doc of this.documents) {
      this.bodies.set(doc.parsed.id, doc.parsed.body);
      this.localPlans.set(doc, {
        reports: [],
        actorIris: [],
        outlet: null,
        author: null,
        pinned: [],
      });
    }
    this.actors = ActorRegistry.fromCorpus(input.corpus);
  }

  run(): ModelResult {
    this.applyActorAnnotations();
    this.writeActivities();
    this.writeOutletsAndAuthors();
    this.collectOccurrences();
    this.applyCorrections();
    const plans = this.planStatements();
    for (const plan of plans) this.writeStatement(plan.speakerKey, plan.members);
    this.writeMentionsAndPosts();
    this.writeCuration();
    const facts = this.documentFacts();
    this.writeArticles(facts);
    const localParts = this.writeLocalParts(facts);
    const datasetGraphs = this.sink.graphs();
    let quads: ReturnType<QuadSink['quads']> | undefined;
    return {
      get quads() {
        return (quads ??= toQuads(datasetGraphs));
      },
      graphs: datasetGraphs,
      localParts,
      facts,
      warnings: this.warnings,
      summary: {
        documents: this.documents.length,
        actors: this.emittedActors.size,
        ...this.counts,
        quads: this.sink.size,
      },
    };
  }

  // ---- actors -------------------------------------------------------------------------------

  private applyActorAnnotations(): void {
    for (const set of this.input.annotations) {
      for (const actor of set.actors) {
        const key = this.actors.findOrCreate(actor.name, actor.kind ?? 'Person');
        // Merges first: an alias added before would make the other actor's name find this one.
        for (const other of actor.sameAs) {
          const otherKey = this.actors.find(other);
          if (otherKey === undefined) {
            throw new AnnotationError(
              actor.where,
              `sameAs names '${other}', which no document mentions`,
            );
          }
          this.actors.merge(otherKey, key);
        }
        for (const alias of actor.aliases) this.actors.addAlias(key, alias);
      }
    }
  }

  /** Corpus key of a document-local actor key, after merges. */
  private corpusKey(docId: string, localKey: string | undefined | null): string | null {
    if (!localKey) return null;
    const mapped = this.input.corpus.keyMap[docId]?.[localKey] ?? localKey;
    const resolved = this.actors.resolve(mapped);
    return this.actors.get(resolved) ? resolved : null;
  }

  /**
   * The organisation a key stands for when it is used as one ("spokesperson with
   * the mayor's office", "on behalf of the mayor"): an organisation stays itself,
   * a person stands for their office.
   */
  private organisation(key: string | null): string | null {
    if (!key) return null;
    const record = this.actors.get(key);
    if (!record || record.kind === 'Organization') return key;
    return this.actors.findOrCreate(`Office of ${record.name}`, 'Organization');
  }

  /**
   * Writes an actor's type and names once for the whole dataset: in the metadata
   * graph, or in the curated graph for an actor that only annotations name. (Writing
   * them into every article's graph would repeat them in the union of the graphs and
   * multiply every join on actors.)
   */
  private ensureActor(key: string): string {
    const record = this.actors.get(key);
    const subject = this.iriOfActor(record?.key ?? key);
    if (!record || this.emittedActors.has(subject)) return subject;
    this.emittedActors.add(subject);
    const graph = record.curated ? graphs.curated : graphs.metadata;
    this.sink.add(
      graph,
      subject,
      V.type,
      node((record.kind === 'Person' ? V.Person : V.Organization).value),
    );
    this.sink.add(graph, subject, V.label, record.name);
    for (const alias of [...record.aliases].sort())
      this.sink.add(graph, subject, V.altLabel, alias);
    if (record.curated) this.sink.add(graph, subject, V.wasGeneratedBy, node(CURATION));
    return subject;
  }

  // ---- metadata -----------------------------------------------------------------------------

  private writeActivities(): void {
    const g = graphs.metadata;
    this.sink.add(g, EXTRACTION, V.type, V.ExtractionActivity);
    this.sink.add(
      g,
      EXTRACTION,
      V.label,
      `automatic extraction (${this.input.generator ?? 'claimgraph'})`,
    );
    this.sink.add(g, CURATION, V.type, V.CurationActivity);
    this.sink.add(g, CURATION, V.label, 'analyst annotations (data/annotations)');
  }

  /** Registers the outlet and the author each article names (the article rows come last). */
  private writeOutletsAndAuthors(): void {
    for (const doc of this.documents) {
      const { parsed } = doc;
      const plan = this.localPlans.get(doc)!;
      const meta = parsed.metadata;
      if (meta.outlet?.value) {
        const outletKey = this.actors.findOrCreate(meta.outlet.value, 'Organization');
        const outlet = this.ensureActor(outletKey);
        this.sink.add(graphs.metadata, outlet, V.type, V.Outlet);
        plan.outlet = outlet;
      }
      // cg:author is a person: a staff credit ("By Council Bulletin Staff") or a byline that
      // names an organisation the articles know is none (the credit stays in the body text).
      const byline = meta.author?.value;
      const named = byline === undefined ? undefined : this.actors.find(byline);
      if (
        byline &&
        !STAFF_CREDIT.test(byline) &&
        (named === undefined || this.actors.get(named)?.kind === 'Person')
      ) {
        const authorKey = this.actors.findOrCreate(byline, 'Person');
        plan.author = this.ensureActor(authorKey);
      }
    }
  }

  /** Writes each article's rows into the metadata graph. */
  private writeArticles(facts: ReadonlyMap<CorpusDocument, DocumentFacts>): void {
    for (const doc of this.documents) addArticleRows(this.add, doc, facts.get(doc)!);
  }

  // ---- anchors ------------------------------------------------------------------------------

  /** Slices a document's body by code-point offsets ('' for an unknown document). */
  private slicer(docId: string): CodePointSlicer {
    return this.slicerOf(this.bodies.get(docId) ?? '');
  }

  /** Slices a text by code-point offsets (one slicer per distinct text). */
  private slicerOf(text: string): CodePointSlicer {
    let slicer = this.slicers.get(text);
    if (!slicer) {
      slicer = codePointSlicer(text);
      this.slicers.set(text, slicer);
    }
    return slicer;
  }

  /**
   * Writes a Web Annotation anchor for a span of a document into the curated graph and returns its
   * IRI. One anchor per span, in the first graph that needs it: a report or mention of the
   * document (in the document's graph, registered before curation) and the evidence of a curated
   * dispute often quote the same words.
   */
  private anchor(graph: string, docId: string, start: number, end: number): string {
    if (!this.markAnchor(docId, start, end)) return iri.anchor(docId, start, end);
    return addAnchorRows(this.add, graph, docId, this.slicer(docId), start, end);
  }

  /** Records that the anchor of a span is written; false when it already was. */
  private markAnchor(docId: string, start: number, end: number): boolean {
    let spans = this.writtenAnchors.get(docId);
    if (!spans) {
      spans = new Set();
      this.writtenAnchors.set(docId, spans);
    }
    const span = `${start}-${end}`;
    if (spans.has(span)) return false;
    spans.add(span);
    return true;
  }

  /** Adds a row to the dataset. */
  private readonly add: AddRow = (graph, subject, predicate, object) =>
    this.sink.add(graph, subject, predicate, object);

  // ---- statements and reports ---------------------------------------------------------------

  private collectOccurrences(): void {
    for (const doc of this.documents) {
      const list: Occurrence[] = [];
      doc.extraction.quotes.forEach((quote, index) => {
        const speakerKey = this.corpusKey(doc.parsed.id, quote.speakerKey);
        const occurrence: Occurrence = {
          id: occurrenceId(doc.parsed.id, quote.start),
          doc,
          quote,
          index,
          points: codePointLength(quote.text),
          speakerKey: speakerKey ?? this.corpusKey(doc.parsed.id, quote.source?.authorKey),
          onBehalfOfKey: this.corpusKey(doc.parsed.id, quote.source?.onBehalfOfKey),
          curatedSpeaker: false,
        };
        if (quote.speakerKey && !speakerKey) {
          this.warnAbout(
            'unknown-speaker',
            occurrence,
            `speaker '${quote.speakerKey}' of quote at `,
            ' is not a known actor',
          );
        }
        list.push(occurrence);
      });
      this.occurrencesByDoc.set(doc.parsed.id, list);
    }
  }

  private applyCorrections(): void {
    for (const set of this.input.annotations) {
      for (const correction of set.corrections) {
        const evidence = locateEvidence(correction.statement, this.bodies);
        const list = this.occurrencesByDoc.get(evidence.doc) ?? [];
        const match = bestOverlap(list, evidence);
        if (!match) {
          this.warnings.push({
            code: 'correction-unmatched',
            ...correction.where,
            message: `${correction.where.file}:${correction.where.line}:${correction.where.column}: the correction's words are not an extracted quote; nothing corrected`,
          });
          continue;
        }
        if (correction.notAStatement) {
          list.splice(list.indexOf(match), 1);
          continue;
        }
        if (correction.speaker) {
          match.speakerKey = this.actors.findOrCreate(correction.speaker, 'Person');
          match.curatedSpeaker = true;
        }
        if (correction.onBehalfOf)
          match.onBehalfOfKey = this.actors.findOrCreate(correction.onBehalfOf, 'Organization');
      }
    }
  }

  /** Clusters the quotes into statements and elects their speakers (warning about the rest). */
  private planStatements(): StatementPlan[] {
    const plans: StatementPlan[] = [];
    const all = [...this.occurrencesByDoc.values()].flat();
    const byId = new Map(all.map((occurrence) => [occurrence.id, occurrence]));
    const clusters = clusterQuotes(
      all.map((o) => ({
        id: o.id,
        text: o.quote.text,
        speakerKey: o.speakerKey,
        confidence: o.quote.confidence,
      })),
    );
    for (const cluster of clusters) {
      const members = cluster.map((id) => byId.get(id)!);
      let speakerKey = electSpeaker(members) ?? this.unnamedSpeaker(members);
      if (!speakerKey) {
        speakerKey = this.unidentifiedSpeaker(members);
        for (const member of members) {
          this.warnAbout(
            'unattributed-quote',
            member,
            'no speaker found for the quote at ',
            ` ("${excerpt(member.quote.text, 60)}"); it is stated by an unidentified source`,
          );
        }
      }
      const disagreeing = members.filter((m) => m.speakerKey && m.speakerKey !== speakerKey);
      for (const member of disagreeing) {
        this.warnAbout(
          'speaker-disagreement',
          member,
          'the quote at ',
          ` is attributed to '${member.speakerKey}' here but to '${speakerKey}' by most reports`,
        );
      }
      plans.push({ speakerKey, members, iri: statementIri(speakerKey, members) });
    }
    return plans;
  }

  /** Warns about one quote; the message names it as `<doc>: <before><start>-<end><after>`. */
  private warnAbout(
    code: ModelWarning['code'],
    member: Occurrence,
    before: string,
    after: string,
  ): void {
    const docId = member.doc.parsed.id;
    const span: WarningSpan = { quote: member.index, before: `${docId}: ${before}`, after };
    this.warnings.push({ code, doc: docId, message: spanMessage(span, member.quote), span });
  }

  /**
   * A speaker the articles describe without naming ("a charge nurse", "one patrol officer"):
   * a person of its own, labelled with the description of the first report that has one.
   */
  private unnamedSpeaker(members: readonly Occurrence[]): string | null {
    const described = members.find((member) => member.quote.speakerDescription);
    const description = described?.quote.speakerDescription;
    if (!described || !description) return null;
    const text = description.text.replace(/^\p{Lu}(?=\p{Ll}*\s)/u, (letter) =>
      letter.toLowerCase(),
    );
    const key = this.actors.addUnnamed(
      `person:unnamed-${slug(described.doc.parsed.id)}-${described.quote.start}`,
      `unnamed source (${text})`,
    );
    this.localPlans.get(described.doc)!.pinned.push(described.index);
    for (const member of members) member.speakerKey ??= key;
    return key;
  }

  /**
   * A quotation no article gives a speaker for (a chant, a sign, words the extractor could not
   * attribute) stays in the graph, traceable like any other, stated by an unidentified source of
   * its own — for an analyst to name with a correction. Its key is made of the quote's place in the
   * order of its document's quotes, which the cross-document key already holds, not of its offset.
   */
  private unidentifiedSpeaker(members: readonly Occurrence[]): string {
    const first = members[0]!;
    const key = this.actors.addUnnamed(
      `person:unidentified-${slug(first.doc.parsed.id)}-${first.index}`,
      'unidentified source',
    );
    for (const member of members) member.speakerKey ??= key;
    return key;
  }

  /** What each document's own parts take from the corpus-wide work, from its plan. */
  private documentFacts(): Map<CorpusDocument, DocumentFacts> {
    const facts = new Map<CorpusDocument, DocumentFacts>();
    for (const doc of this.documents) {
      const plan = this.localPlans.get(doc)!;
      const quoteIndex = new Map(doc.extraction.quotes.map((quote, index) => [quote, index]));
      facts.set(doc, {
        actorIris: plan.actorIris,
        reports: plan.reports.map(
          ({ member, statement }) => [quoteIndex.get(member.quote)!, statement] as const,
        ),
        outlet: plan.outlet,
        author: plan.author,
        pinned: plan.pinned,
      });
    }
    return facts;
  }

  /**
   * Writes the local part of every document graph: into the dataset, or — for a graph whose every
   * document has a key (see `GraphReuse`) — apart from it, with its digest, mapped on demand.
   */
  private writeLocalParts(
    facts: ReadonlyMap<CorpusDocument, DocumentFacts>,
  ): Map<string, LocalPart> {
    const reuse = this.input.reuse;
    const byGraph = new Map<string, Array<{ doc: CorpusDocument; key: string | undefined }>>();
    for (const doc of this.documents) {
      const graph = graphs.document(doc.parsed.id);
      const list = byGraph.get(graph) ?? [];
      list.push({ doc, key: reuse?.documentKey(doc) });
      byGraph.set(graph, list);
    }
    const parts = new Map<string, LocalPart>();
    for (const [graph, list] of byGraph) {
      if (!reuse || list.some(({ key }) => key === undefined)) {
        for (const { doc } of list) addLocalRows(this.add, doc, facts.get(doc)!);
        continue;
      }
      const keyed = list.map(({ doc, key }) => ({
        doc,
        key: key!,
        docId: doc.parsed.id,
        facts: facts.get(doc)!,
      }));
      parts.set(graph, {
        digest: localDigest(keyed),
        rows: () => localRows(keyed),
      });
    }
    return parts;
  }

  /** The IRI `ensureActor` gives an actor key. */
  private actorIri(key: string): string {
    return this.iriOfActor(this.actors.get(key)?.key ?? key);
  }

  /** `iri.post`, remembered. */
  private postIri(actorKey: string, roleLabel: string, orgKey: string | null | undefined): string {
    const key = `${actorKey}\u0000${roleLabel}\u0000${orgKey ?? ''}`;
    let known = this.postIris.get(key);
    if (known === undefined) {
      known = iri.post(actorKey, roleLabel, orgKey ?? undefined);
      this.postIris.set(key, known);
    }
    return known;
  }

  /** `iri.actor`, remembered. */
  private iriOfActor(key: string): string {
    let known = this.actorIris.get(key);
    if (known === undefined) {
      known = iri.actor(key);
      this.actorIris.set(key, known);
    }
    return known;
  }

  private writeStatement(speakerKey: string, members: Occurrence[]): StatementRecord {
    const canonical = canonicalMember(members);
    const best = [...members]
      .filter((m) => m.speakerKey === speakerKey)
      .sort((a, b) => b.quote.confidence - a.quote.confidence || (a.id < b.id ? -1 : 1))[0]!;
    const words = matchTokens(canonical.quote.text).join(' ');
    const statement = iri.statement(speakerKey, words);
    const docId = best.doc.parsed.id;
    const graph = best.curatedSpeaker ? graphs.curated : graphs.document(docId);
    const record: StatementRecord = { iri: statement, graph, speakerKey, occurrences: members };

    const speaker = this.ensureActor(speakerKey);
    this.sink.add(graph, statement, V.type, V.Statement);
    this.sink.add(graph, statement, V.label, excerpt(canonical.quote.text, LABEL_LENGTH));
    this.sink.add(graph, statement, V.text, canonical.quote.text);
    this.sink.add(graph, statement, V.statedBy, node(speaker));
    if (best.curatedSpeaker) this.sink.add(graph, statement, V.wasGeneratedBy, node(CURATION));
    else addProvenance(this.add, graph, statement, best.quote.rule, best.quote.confidence);

    const dated = members.find((m) => m.quote.date ?? m.quote.source?.date);
    this.sink.add(
      graph,
      statement,
      V.statedOn,
      dateLiteral(
        best.quote.date ??
          best.quote.source?.date ??
          dated?.quote.date ??
          dated?.quote.source?.date,
      ),
    );

    const post = this.postOf(speakerKey, docId);
    if (post) {
      this.writePost(graphs.metadata, speakerKey, post.roleLabel, post.orgKey);
      this.sink.add(
        graph,
        statement,
        V.inCapacityOf,
        node(this.postIri(speakerKey, post.roleLabel, post.orgKey)),
      );
    }
    const onBehalfOf = this.organisation(
      best.onBehalfOfKey ??
        members.find((m) => m.onBehalfOfKey)?.onBehalfOfKey ??
        post?.orgKey ??
        null,
    );
    if (onBehalfOf && onBehalfOf !== speakerKey) {
      this.sink.add(graph, statement, V.onBehalfOf, node(this.ensureActor(onBehalfOf)));
    }
    const sourced = best.quote.source ? best : members.find((m) => m.quote.source);
    if (sourced?.quote.source) {
      const source = this.writeSource(
        graphs.metadata,
        sourced.quote.source,
        sourced.doc.parsed.id,
        speakerKey,
        onBehalfOf,
      );
      this.sink.add(graph, statement, V.statedIn, node(source));
    }
    const proposition = iri.proposition(speakerKey, words);
    this.sink.add(graph, proposition, V.type, V.Proposition);
    this.sink.add(graph, proposition, V.label, excerpt(canonical.quote.text, LABEL_LENGTH));
    this.sink.add(graph, statement, V.asserts, node(proposition));

    for (const member of members) this.writeReport(member, statement);
    for (const member of members) this.statementOf.set(member.id, record);
    this.counts.statements += 1;
    return record;
  }

  /** Plans a report in its document's local part (see `addLocalRows`). */
  private writeReport(member: Occurrence, statement: string): void {
    const docId = member.doc.parsed.id;
    this.localPlans.get(member.doc)!.reports.push({ member, statement });
    this.markAnchor(docId, member.quote.start, member.quote.end);
    this.counts.reports += 1;
  }

  private writeSource(
    graph: string,
    source: QuoteSource,
    docId: string,
    speakerKey: string,
    onBehalfOf: string | null,
  ): string {
    const authorKey = this.corpusKey(docId, source.authorKey) ?? speakerKey;
    const orgKey = this.organisation(this.corpusKey(docId, source.onBehalfOfKey)) ?? onBehalfOf;
    const subject = iri.source(source.medium, orgKey ?? authorKey, source.date ?? 'undated');
    const medium = MEDIUM_CLASS[source.medium];
    this.sink.add(graph, subject, V.type, medium ? V[medium] : V.SourceDocument);
    if (medium) this.sink.add(graph, subject, V.type, V.SourceDocument);
    const by = this.actors.get(orgKey ?? authorKey)?.name ?? '';
    this.sink.add(
      graph,
      subject,
      V.label,
      `${source.medium.replace('-', ' ')}${by ? ` by ${by}` : ''}${source.date ? `, ${source.date}` : ''}`,
    );
    this.sink.add(graph, subject, V.sentBy, node(this.ensureActor(authorKey)));
    const recipient = this.corpusKey(docId, source.recipientKey);
    if (recipient) this.sink.add(graph, subject, V.sentTo, node(this.ensureActor(recipient)));
    this.sink.add(graph, subject, V.createdOn, dateLiteral(source.date));
    this.sink.add(graph, subject, V.extractionRule, source.rule);
    return subject;
  }

  // ---- actors, mentions, posts --------------------------------------------------------------

  private postsIndex:
    Map<string, { first: CorpusPost; byDoc: Map<string, CorpusPost> }> | undefined;

  /** The first post of every corpus actor, and its first post in each document, by surviving actor key (built once). */
  private postsByActor(): Map<string, { first: CorpusPost; byDoc: Map<string, CorpusPost> }> {
    if (!this.postsIndex) {
      this.postsIndex = new Map();
      for (const actor of this.input.corpus.actors) {
        if (actor.posts.length === 0) continue;
        const key = this.actors.resolve(actor.key);
        let posts = this.postsIndex.get(key);
        if (!posts) {
          posts = { first: actor.posts[0]!, byDoc: new Map() };
          this.postsIndex.set(key, posts);
        }
        for (const post of actor.posts)
          if (!posts.byDoc.has(post.docId)) posts.byDoc.set(post.docId, post);
      }
    }
    return this.postsIndex;
  }

  private postOf(
    actorKey: string,
    docId: string,
  ): { roleLabel: string; orgKey: string | null } | undefined {
    const posts = this.postsByActor().get(actorKey);
    if (!posts) return undefined;
    const post = posts.byDoc.get(docId) ?? posts.first;
    const orgKey = this.organisation(
      this.corpusKey(post.docId, post.orgKey) ??
        (post.orgName ? (this.actors.find(post.orgName) ?? null) : null),
    );
    return { roleLabel: post.roleLabel, orgKey };
  }

  private writePost(
    graph: string,
    actorKey: string,
    roleLabel: string,
    orgKey: string | null | undefined,
  ): string {
    const subject = this.postIri(actorKey, roleLabel, orgKey);
    // A post is described once: one the articles name and an annotation names too stays extracted.
    if (this.writtenPosts.has(subject)) return subject;
    this.writtenPosts.add(subject);
    const orgName = orgKey ? this.actors.get(orgKey)?.name : undefined;
    this.sink.add(graph, subject, V.type, V.Post);
    this.sink.add(graph, subject, V.label, orgName ? `${roleLabel}, ${orgName}` : roleLabel);
    this.sink.add(graph, subject, V.roleLabel, roleLabel);
    if (orgKey) this.sink.add(graph, subject, V.postIn, node(this.ensureActor(orgKey)));
    this.sink.add(graph, this.iriOfActor(actorKey), V.holds, node(subject));
    return subject;
  }

  /**
   * Writes what the documents' actors add to the metadata graph (names, posts) and plans their
   * mentions in each document's local part (see `addLocalRows`).
   */
  private writeMentionsAndPosts(): void {
    for (const doc of this.documents) {
      const docId = doc.parsed.id;
      const plan = this.localPlans.get(doc)!;
      for (const local of doc.extraction.actors) {
        const key = this.corpusKey(docId, local.key);
        plan.actorIris.push(key ? this.actorIri(key) : '');
        if (!key) continue;
        const actor = this.ensureActor(key);
        for (const alias of local.aliases)
          if (alias !== this.actors.get(key)?.name)
            this.sink.add(graphs.metadata, actor, V.altLabel, alias);
        for (const mention of local.mentions) {
          this.markAnchor(docId, mention.start, mention.end);
          this.counts.mentions += 1;
        }
        for (const post of local.posts) {
          const orgKey = this.organisation(
            this.corpusKey(docId, post.orgKey) ??
              (post.orgName ? (this.actors.find(post.orgName) ?? null) : null),
          );
          const subject = this.writePost(graphs.metadata, key, post.roleLabel, orgKey);
          if (!this.postsWithProvenance.has(subject))
            addProvenance(this.add, graphs.metadata, subject, post.rule, post.confidence);
          this.postsWithProvenance.add(subject);
        }
      }
    }
  }

  // ---- curation -----------------------------------------------------------------------------

  private writeCuration(): void {
    const g = graphs.curated;
    for (const set of this.input.annotations) {
      for (const actor of set.actors) {
        const key = this.actors.findOrCreate(actor.name, actor.kind ?? 'Person');
        this.ensureActor(key);
        for (const post of actor.posts) {
          const orgKey = post.org ? this.actors.findOrCreate(post.org, 'Organization') : null;
          const orgKeyOrNull = orgKey ?? undefined;
          if (this.writtenPosts.has(this.postIri(key, post.role, orgKeyOrNull))) continue;
          const subject = this.writePost(g, key, post.role, orgKey);
          this.sink.add(g, subject, V.wasGeneratedBy, node(CURATION));
        }
      }
      const policyIri = (id: string) => iri.policy(id);
      for (const policy of set.policies) {
        const subject = policyIri(policy.id);
        this.sink.add(g, subject, V.type, V.Policy);
        this.sink.add(g, subject, V.label, policy.label);
        this.sink.add(g, subject, V.wasGeneratedBy, node(CURATION));
        this.sink.add(g, subject, V.constraintText, policy.constraint);
        this.sink.add(g, subject, V.policyStatus, policy.status);
        if (policy.enactedBy) {
          this.sink.add(
            g,
            subject,
            V.enactedBy,
            node(this.ensureActor(this.actors.findOrCreate(policy.enactedBy))),
          );
        }
        for (const name of policy.appliesTo) {
          this.sink.add(
            g,
            subject,
            V.appliesTo,
            node(this.ensureActor(this.actors.findOrCreate(name, 'Organization'))),
          );
        }
        for (const ref of policy.describedIn) {
          const statement = this.statementFor(ref);
          this.sink.add(g, statement.iri, V.describes, node(subject));
          this.sink.add(g, statement.iri, V.about, node(subject));
        }
        this.counts.policies += 1;
      }
      for (const stance of set.stances) {
        const statement = this.statementFor(stance.statement);
        const actorKey = this.actors.findOrCreate(stance.actor);
        const subject = iri.stance(actorKey, stance.on, stance.value, statement.iri);
        this.sink.add(g, subject, V.type, V.Stance);
        this.sink.add(
          g,
          subject,
          V.label,
          `${this.actors.get(actorKey)?.name ?? stance.actor} ${stance.value.replace('-', ' ')} ${stance.on}`,
        );
        this.sink.add(g, subject, V.stanceOf, node(this.ensureActor(actorKey)));
        this.sink.add(g, subject, V.stanceOn, node(policyIri(stance.on)));
        this.sink.add(g, subject, V.stanceValue, stance.value);
        this.sink.add(g, subject, V.expressedIn, node(statement.iri));
        this.sink.add(g, subject, V.evidence, node(this.curatedAnchor(stance.statement)));
        this.sink.add(g, subject, V.wasGeneratedBy, node(CURATION));
        this.counts.stances += 1;
      }
      for (const dispute of set.disputes) {
        const subject = iri.dispute(dispute.id);
        const statements = dispute.statements.map((ref) => this.statementFor(ref));
        this.sink.add(g, subject, V.type, V.Dispute);
        this.sink.add(g, subject, V.label, dispute.label);
        this.sink.add(g, subject, V.wasGeneratedBy, node(CURATION));
        if (dispute.about) this.sink.add(g, subject, V.about, node(policyIri(dispute.about)));
        for (const statement of statements)
          this.sink.add(g, subject, V.involvesStatement, node(statement.iri));
        for (const ref of dispute.statements)
          this.sink.add(g, subject, V.evidence, node(this.curatedAnchor(ref)));
        const parties =
          dispute.parties.length > 0
            ? dispute.parties.map((name) => this.actors.findOrCreate(name))
            : statements.map((s) => s.speakerKey);
        for (const party of [...new Set(parties)])
          this.sink.add(g, subject, V.hasParty, node(this.ensureActor(party)));
        const [first, ...others] = statements;
        for (const other of others)
          if (first && first.iri !== other.iri)
            this.sink.add(g, first.iri, V.disputes, node(other.iri));
        this.counts.disputes += 1;
      }
      for (const event of set.events) {
        const subject = iri.event(event.id);
        this.sink.add(g, subject, V.type, V.Event);
        this.sink.add(g, subject, V.label, event.label);
        this.sink.add(g, subject, V.occurredOn, dateLiteral(event.date));
        this.sink.add(g, subject, V.wasGeneratedBy, node(CURATION));
        for (const name of event.involves)
          this.sink.add(
            g,
            subject,
            V.involves,
            node(this.ensureActor(this.actors.findOrCreate(name))),
          );
        for (const ref of event.evidence)
          this.sink.add(g, subject, V.evidence, node(this.curatedAnchor(ref)));
        this.counts.events += 1;
      }
    }
  }

  private curatedAnchor(ref: StatementRef | Parameters<typeof locateEvidence>[0]): string {
    const evidence = locateEvidence(ref, this.bodies);
    return this.anchor(graphs.curated, evidence.doc, evidence.start, evidence.end);
  }

  /** The statement an annotation's evidence designates: the extracted one at that span, or a curated one. */
  private statementFor(ref: StatementRef): StatementRecord {
    const evidence = locateEvidence(ref, this.bodies);
    const match = bestOverlap(this.occurrencesByDoc.get(evidence.doc) ?? [], evidence);
    const existing =
      (match ? this.statementOf.get(match.id) : undefined) ?? this.curatedCovering(evidence);
    if (existing) {
      if (ref.speaker) {
        const named = this.actors.findOrCreate(ref.speaker);
        if (named !== existing.speakerKey) {
          throw new AnnotationError(
            ref.where,
            `these words are extracted as said by '${this.actors.get(existing.speakerKey)?.name}', not '${ref.speaker}'; add a correction to change the speaker`,
          );
        }
      }
      return existing;
    }
    if (!ref.speaker) {
      throw new AnnotationError(
        ref.where,
        `no extracted statement covers these words in '${ref.doc}'; add 'speaker' to record them as a curated statement`,
      );
    }
    return this.curatedStatement(ref, evidence);
  }

  /** A curated statement recorded earlier whose span overlaps the evidence. */
  private curatedCovering(evidence: LocatedEvidence): StatementRecord | undefined {
    return this.curatedSpans
      .filter(
        (c) =>
          c.doc === evidence.doc &&
          Math.min(c.end, evidence.end) > Math.max(c.start, evidence.start),
      )
      .map((c) => c.record)[0];
  }

  private curatedStatement(ref: StatementRef, evidence: LocatedEvidence): StatementRecord {
    const g = graphs.curated;
    const speakerKey = this.actors.findOrCreate(ref.speaker!);
    const words = matchTokens(evidence.exact).join(' ');
    const statement = iri.statement(speakerKey, words);
    const record: StatementRecord = { iri: statement, graph: g, speakerKey, occurrences: [] };
    this.curatedSpans.push({ doc: evidence.doc, start: evidence.start, end: evidence.end, record });

    this.sink.add(g, statement, V.type, V.Statement);
    this.sink.add(g, statement, V.label, excerpt(evidence.exact, LABEL_LENGTH));
    this.sink.add(g, statement, V.text, evidence.exact);
    this.sink.add(g, statement, V.statedBy, node(this.ensureActor(speakerKey)));
    this.sink.add(g, statement, V.statedOn, dateLiteral(ref.date));
    this.sink.add(g, statement, V.wasGeneratedBy, node(CURATION));
    const onBehalfOf = ref.onBehalfOf
      ? this.organisation(this.actors.findOrCreate(ref.onBehalfOf, 'Organization'))
      : null;
    if (onBehalfOf) this.sink.add(g, statement, V.onBehalfOf, node(this.ensureActor(onBehalfOf)));
    if (ref.medium) {
      const source = this.writeSource(
        g,
        {
          medium: ref.medium as QuoteSource['medium'],
          rule: 'curated',
          ...(ref.date ? { date: ref.date } : {}),
        },
        evidence.doc,
        speakerKey,
        onBehalfOf,
      );
      this.sink.add(g, statement, V.statedIn, node(source));
    }
    const proposition = iri.proposition(speakerKey, words);
    this.sink.add(g, proposition, V.type, V.Proposition);
    this.sink.add(g, proposition, V.label, excerpt(evidence.exact, LABEL_LENGTH));
    this.sink.add(g, statement, V.asserts, node(proposition));

    const slice = this.slicer(evidence.doc);
    const report = iri.report(evidence.doc, evidence.start, evidence.end);
    const before = slice(Math.max(0, evidence.start - 1), evidence.start);
    const after = slice(evidence.end, evidence.end + 1);
    const quoted = /["“'‘]/.test(before) && /["”'’]/.test(after);
    this.sink.add(g, report, V.type, V.Report);
    this.sink.add(g, report, V.label, `${excerpt(evidence.exact, 48)} — in ${evidence.doc}`);
    this.sink.add(g, report, V.reports, node(statement));
    this.sink.add(g, report, V.reportedIn, node(iri.document(evidence.doc)));
    this.sink.add(g, report, V.quotedText, evidence.exact);
    this.sink.add(g, report, V.quoteType, quoted ? 'direct' : 'indirect');
    this.sink.add(
      g,
      report,
      V.anchor,
      node(this.anchor(g, evidence.doc, evidence.start, evidence.end)),
    );
    this.sink.add(g, report, V.wasGeneratedBy, node(CURATION));
    this.counts.statements += 1;
    this.counts.reports += 1;
    return record;
  }
}

/**
 * The identifier of a quote occurrence: its document and start. Clustering and the choice of a
 * statement's words and graph break ties by it, so within one document only the order of the
 * starts counts, never their values.
 */
export function occurrenceId(docId: string, start: number): string {
  return `${docId}/${String(start).padStart(9, '0')}`;
}

/** The member whose words name a statement: the longest quote (ties: the first id). */
function canonicalMember(members: readonly Occurrence[]): Occurrence {
  return [...members].sort((a, b) => b.points - a.points || (a.id < b.id ? -1 : 1))[0]!;
}

/** The IRI of the statement a cluster of quotes becomes. */
function statementIri(speakerKey: string, members: readonly Occurrence[]): string {
  return iri.statement(speakerKey, matchTokens(canonicalMember(members).quote.text).join(' '));
}

/** The occurrence whose span overlaps the evidence most (ties: the earliest). */
function bestOverlap(
  list: readonly Occurrence[],
  evidence: { start: number; end: number },
): Occurrence | undefined {
  let best: Occurrence | undefined;
  let bestOverlapLength = 0;
  for (const occurrence of list) {
    const overlap =
      Math.min(occurrence.quote.end, evidence.end) -
      Math.max(occurrence.quote.start, evidence.start);
    if (overlap > bestOverlapLength) {
      best = occurrence;
      bestOverlapLength = overlap;
    }
  }
  return best;
}

/** The speaker most reports agree on, weighted by confidence (ties: the smaller key). */
function electSpeaker(members: readonly Occurrence[]): string | null {
  if (members.length === 1) return members[0]!.speakerKey || null;
  const curated = members.find((m) => m.curatedSpeaker && m.speakerKey);
  if (curated) return curated.speakerKey;
  const votes = new Map<string, number>();
  for (const member of members) {
    if (member.speakerKey)
      votes.set(member.speakerKey, (votes.get(member.speakerKey) ?? 0) + member.quote.confidence);
  }
  const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return ranked[0]?.[0] ?? null;
}
