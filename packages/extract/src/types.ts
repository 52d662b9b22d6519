/**
 * The result types of @claimgraph/extract: what a parsed document looks like and everything the
 * extraction pipeline finds in it. These are plain, JSON-serialisable objects — no classes, no RDF.
 * OFFSETS: every `start`/`end` emitted by `parseDocument`/`extractDocument` counts Unicode code points
 * from the first character of the document body (end exclusive), the unit of `oa:TextPositionSelector`.
 * Use `toUtf16Offset(body, cp)` to slice the body with JS string methods (or `sliceCodePoints`).
 * Every extracted item carries `rule` (the id of the rule that produced it) and `confidence` in [0, 1].
 */

/** A half-open span of the body, in Unicode code points. */
export interface Span {
  start: number;
  end: number;
}

/** A span together with the text it covers. */
export interface TextSpan extends Span {
  text: string;
}

/** A problem that did not stop extraction (e.g. an unbalanced quote mark). Line/column are 1-based in the file. */
export interface ExtractWarning {
  code: string;
  message: string;
  line: number;
  column: number;
  /** Code-point offset in the body, when the warning is about the body. */
  offset?: number;
}

/** One metadata value and how it was found. */
export interface MetadataField<T = string> {
  value: T;
  /**
   * How it was found: `front-matter`; the headline from `first-line-headline` or
   * `markdown-headline`; the author from `byline` or `name-line`; the date from `byline-date`,
   * `dateline`, `dateline-date` (a wire dateline's), `dateline-place-date` (a place or outlet, then
   * the day), `published-line`, `masthead-date` or `footer-first-published`/`footer-published-line`;
   * the outlet from `byline-outlet`, `dateline-agency`, `masthead-outlet`, `outlet-in-header-block`,
   * `stamp-outlet`, `network-news`, `copyright`, `footer-self-description`, `footer-tagline`,
   * `footer-beat`, `press-release-notes` or `self-reference` (with `+full-name` when a fuller
   * form of the name was found in the text).
   */
  rule: string;
  confidence: number;
  /** Where in the body it was found (absent for front matter). */
  start?: number;
  end?: number;
}

/** Document metadata. `published` is ISO `YYYY-MM-DD` or `YYYY-MM`. */
export interface DocumentMetadata {
  title?: MetadataField;
  outlet?: MetadataField;
  author?: MetadataField;
  published?: MetadataField;
  language?: MetadataField;
  /** Any other front-matter keys, verbatim. */
  extra: Record<string, unknown>;
}

/** A document split into front matter and body. */
export interface ParsedDocument {
  /** File name without directory and extension. */
  id: string;
  fileName: string;
  /** The text after the front matter; all offsets count from its first character. */
  body: string;
  /** 1-based line of the file on which the body starts (for warnings). */
  bodyStartLine: number;
  /** The front matter as parsed YAML, or null when the file has none. */
  frontMatter: Record<string, unknown> | null;
  metadata: DocumentMetadata;
  warnings: ExtractWarning[];
}

/** Kinds of paragraph the segmenter recognises. */
export type ParagraphKind =
  'headline' | 'byline' | 'dateline' | 'caption' | 'excerpt-header' | 'body' | 'boilerplate';

export interface Sentence extends Span {
  paragraphIndex: number;
}

export interface Paragraph extends Span {
  index: number;
  kind: ParagraphKind;
  sentences: Sentence[];
  rule: string;
}

export type MentionKind =
  'Person' | 'Organization' | 'Place' | 'Date' | 'Money' | 'Title' | 'Pronoun' | 'Description';

/** A place where the text names something. */
export interface Mention extends TextSpan {
  kind: MentionKind;
  /** The actor this mention was resolved to (Person/Organization/Pronoun/Description), if any. */
  actorKey?: string;
  /** For Title/Description mentions: the normalised role, e.g. "mayor". */
  role?: string;
  rule: string;
  confidence: number;
}

/** A position held, as written ("Deputy Chief" of "Riverton Police"). */
export interface Post extends Span {
  roleLabel: string;
  orgName?: string;
  orgKey?: string;
  rule: string;
  confidence: number;
}

export type ActorKind = 'Person' | 'Organization';

/** An actor within one document. `key` is `person:<slug>` / `org:<slug>` of the normalised full name. */
export interface DocumentActor {
  key: string;
  kind: ActorKind;
  name: string;
  aliases: string[];
  mentions: TextSpan[];
  posts: Post[];
  rule: string;
  confidence: number;
}

export type QuoteType = 'direct' | 'indirect' | 'mixed';

export type SourceMedium =
  | 'letter'
  | 'email'
  | 'tweet'
  | 'text-message'
  | 'statement'
  | 'interview'
  | 'speech'
  | 'response'
  | 'memo'
  | 'report'
  | 'post'
  | 'filing'
  | 'document';

/** The original medium a quote came from (a letter, an email, a tweet …). */
export interface QuoteSource {
  medium: SourceMedium;
  /** Actor who wrote/sent it. */
  authorKey?: string;
  /** Organisation on whose behalf it was written. */
  onBehalfOfKey?: string;
  /** Recipient actor, when named. */
  recipientKey?: string;
  /** ISO date of the source, when known. */
  date?: string;
  /** The header line introducing a block excerpt, or the phrase naming the medium. */
  header?: TextSpan;
  rule: string;
}

/** The speech verb (or phrase) that attributes a quote. */
export interface QuoteCue extends Span {
  verb: string;
}

/** A quotation and who said it. `start`/`end` cover the words WITHOUT the quote marks. */
export interface Quote extends Span {
  index: number;
  text: string;
  quoteType: QuoteType;
  speakerKey: string | null;
  speakerMention?: Span;
  /** When the speaker is unnamed ("a charge nurse", "a spokesperson for the county"): how the text describes them. */
  speakerDescription?: TextSpan;
  cue?: QuoteCue;
  source?: QuoteSource;
  /** ISO date the words were said/written, when the text says. */
  date?: string;
  paragraphIndex: number;
  rule: string;
  confidence: number;
}

/** A 1–3 word phrase in quote marks with no speaker: a scare quote or a term, not a statement. */
export interface ScareQuote extends TextSpan {
  rule: string;
  confidence: number;
}

export type DatePrecision = 'day' | 'month' | 'year';

/** A date expression, resolved against the article's publication date where possible. */
export interface DateMention extends TextSpan {
  iso: string | null;
  precision: DatePrecision;
  rule: string;
  confidence: number;
}

export interface MoneyMention extends TextSpan {
  amount: number | null;
  currency: string;
  rule: string;
  confidence: number;
}

/** A policy as described in the text ("policy of …", "ordered them not to …"). */
export interface PolicyCue extends TextSpan {
  rule: string;
  confidence: number;
  /** Who enacted it, when the sentence says. */
  actorKey?: string;
}

/** A cue of disagreement, proposing a dispute between statements or actors. */
export interface DisputeCue extends Span {
  cue: string;
  /** The quote whose sentence/paragraph holds the cue, if any. */
  quoteIndex?: number;
  /** Who disputes. */
  speakerKey?: string;
  /** What or whom is disputed, as a hint: an actor key or a text. */
  targetHint?: string;
  targetKey?: string;
  rule: string;
  confidence: number;
}

/** Everything extracted from one document. */
export interface DocumentExtraction {
  docId: string;
  /** Always `code-point`: the unit of every start/end in this object. */
  offsetUnit: 'code-point';
  metadata: DocumentMetadata;
  paragraphs: Paragraph[];
  mentions: Mention[];
  actors: DocumentActor[];
  quotes: Quote[];
  scareQuotes: ScareQuote[];
  dates: DateMention[];
  money: MoneyMention[];
  policies: PolicyCue[];
  disputes: DisputeCue[];
  warnings: ExtractWarning[];
}

/** An actor across the corpus. */
export interface CorpusActor {
  key: string;
  kind: ActorKind;
  name: string;
  aliases: string[];
  /** Documents that mention the actor, sorted. */
  documents: string[];
  posts: Array<Post & { docId: string }>;
  /** Why document actors were merged into this one. */
  evidence: Array<{ docId: string; localKey: string; rule: string }>;
}

export interface CorpusActors {
  actors: CorpusActor[];
  /** docId → document-local actor key → corpus actor key. */
  keyMap: Record<string, Record<string, string>>;
}
