/**
 * The analyst layer: `data/annotations/*.yaml` files in which a person adds
 * what the automatic extraction cannot know or got wrong — policies, stances,
 * disputes, events, actor aliases and merges, and corrections of attributions.
 * This module parses one file into typed annotations, rejecting unknown keys,
 * missing fields and malformed values with the file, line and column of the
 * offending YAML node. Evidence quotes are checked against the documents
 * later (see `evidence.ts`), when the corpus is known.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/** Where in an annotation file something was written (1-based). */
export interface SourcePosition {
  file: string;
  line: number;
  column: number;
}

/** A quote of a document's own words that backs an annotation. */
export interface EvidenceRef {
  /** Document identifier (file name without extension). */
  doc: string;
  /** The exact words, as they stand in the document body. */
  quote: string;
  /** Which occurrence when the words appear more than once (1-based, default 1). */
  occurrence: number;
  where: SourcePosition;
}

/** Evidence that designates a statement: the one reported at that span, or a curated one. */
export interface StatementRef extends EvidenceRef {
  /** Speaker's name: required when no extracted statement covers the evidence. */
  speaker?: string;
  onBehalfOf?: string;
  /** Original medium (letter, email, tweet, text-message, statement, interview, speech). */
  medium?: string;
  /** ISO date the words were said or written. */
  date?: string;
}

export type ActorKindName = 'Person' | 'Organization';

export interface ActorAnnotation {
  name: string;
  kind?: ActorKindName;
  aliases: string[];
  /** Other names in the corpus that denote the same actor (merged into this one). */
  sameAs: string[];
  /** Posts this actor holds: role title and organisation name. */
  posts: Array<{ role: string; org?: string }>;
  where: SourcePosition;
}

export type PolicyStatus = 'asserted' | 'denied' | 'confirmed';

export interface PolicyAnnotation {
  id: string;
  label: string;
  enactedBy?: string;
  appliesTo: string[];
  constraint?: string;
  status?: PolicyStatus;
  /** Statements that describe the policy. */
  describedIn: StatementRef[];
  where: SourcePosition;
}

export type StanceValue = 'supports' | 'opposes' | 'denies-existence' | 'describes';

export interface StanceAnnotation {
  actor: string;
  /** A policy id of this annotation set. */
  on: string;
  value: StanceValue;
  statement: StatementRef;
  where: SourcePosition;
}

export interface DisputeAnnotation {
  id: string;
  label: string;
  /** A policy id the dispute is about. */
  about?: string;
  statements: StatementRef[];
  /** Parties' names; defaults to the statements' speakers. */
  parties: string[];
  where: SourcePosition;
}

export interface EventAnnotation {
  id: string;
  label: string;
  date: string;
  involves: string[];
  evidence: EvidenceRef[];
  where: SourcePosition;
}

export interface CorrectionAnnotation {
  statement: StatementRef;
  /** The right speaker (replaces the extracted one). */
  speaker?: string;
  onBehalfOf?: string;
  /** True when the extracted "quote" is not a statement at all (e.g. a scare quote). */
  notAStatement: boolean;
  note?: string;
  where: SourcePosition;
}

/** Everything one annotation file says. */
export interface AnnotationSet {
  file: string;
  actors: ActorAnnotation[];
  policies: PolicyAnnotation[];
  stances: StanceAnnotation[];
  disputes: DisputeAnnotation[];
  events: EventAnnotation[];
  corrections: CorrectionAnnotation[];
}

/** A problem in an annotation file, with its position. */
export class AnnotationError extends Error {
  constructor(
    readonly where: SourcePosition,
    readonly reason: string,
  ) {
    super(`${where.file}:${where.line}:${where.column}: ${reason}`);
    this.name = 'AnnotationError';
  }
}

const ISO_DATE = /^\d{4}-\d{2}(-\d{2})?$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const STANCES: readonly StanceValue[] = ['supports', 'opposes', 'denies-existence', 'describes'];
const STATUSES: readonly PolicyStatus[] = ['asserted', 'denied', 'confirmed'];

/**
 * The documents whose words the annotations quote as evidence (of statements, policies, stances,
 * disputes, events and corrections).
 * @example documentsQuoted(sets).has('doc-1')
 */
export function documentsQuoted(sets: readonly AnnotationSet[]): Set<string> {
  const docs = new Set<string>();
  for (const set of sets) {
    const refs: EvidenceRef[] = [
      ...set.policies.flatMap((policy) => policy.describedIn),
      ...set.stances.map((stance) => stance.statement),
      ...set.disputes.flatMap((dispute) => dispute.statements),
      ...set.events.flatMap((event) => event.evidence),
      ...set.corrections.map((correction) => correction.statement),
    ];
    for (const ref of refs) docs.add(ref.doc);
  }
  return docs;
}

/**
 * Parses one annotation file.
 * @throws AnnotationError naming the file, line and column of the first problem.
 * @example const set = parseAnnotations('data/annotations/a.yaml', text);
 */
export function parseAnnotations(file: string, text: string): AnnotationSet {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (node: Node | null | undefined): SourcePosition => {
    const offset = node?.range?.[0] ?? 0;
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  const firstError = document.errors[0];
  if (firstError) {
    const { line, col } = lineCounter.linePos(firstError.pos[0]);
    throw new AnnotationError(
      { file, line, column: col },
      `YAML syntax error: ${firstError.message.split('\n')[0]}`,
    );
  }
  const reader = new NodeReader(at);
  const set: AnnotationSet = {
    file,
    actors: [],
    policies: [],
    stances: [],
    disputes: [],
    events: [],
    corrections: [],
  };
  const rootNode = document.contents;
  if (rootNode === null || (isScalar(rootNode) && rootNode.value === null)) return set;
  const top = reader.map(rootNode, 'the file', [
    'actors',
    'policies',
    'stances',
    'disputes',
    'events',
    'corrections',
  ]);
  for (const node of reader.list(top.get('actors'), 'actors'))
    set.actors.push(readActor(reader, node));
  for (const node of reader.list(top.get('policies'), 'policies'))
    set.policies.push(readPolicy(reader, node));
  for (const node of reader.list(top.get('stances'), 'stances'))
    set.stances.push(readStance(reader, node));
  for (const node of reader.list(top.get('disputes'), 'disputes'))
    set.disputes.push(readDispute(reader, node));
  for (const node of reader.list(top.get('events'), 'events'))
    set.events.push(readEvent(reader, node));
  for (const node of reader.list(top.get('corrections'), 'corrections'))
    set.corrections.push(readCorrection(reader, node));
  checkReferences(set, reader);
  return set;
}

function readActor(reader: NodeReader, node: Node): ActorAnnotation {
  const fields = reader.map(node, 'an actor', ['name', 'kind', 'aliases', 'sameAs', 'posts']);
  const kind = reader.optionalString(fields.get('kind'), 'kind');
  if (kind !== undefined && kind !== 'Person' && kind !== 'Organization') {
    throw reader.error(fields.get('kind'), `kind must be Person or Organization, not '${kind}'`);
  }
  return {
    name: reader.string(fields.get('name'), 'name', node),
    ...(kind ? { kind } : {}),
    aliases: reader.strings(fields.get('aliases'), 'aliases'),
    sameAs: reader.strings(fields.get('sameAs'), 'sameAs'),
    posts: reader.list(fields.get('posts'), 'posts').map((postNode) => {
      const post = reader.map(postNode, 'a post', ['role', 'org']);
      const org = reader.optionalString(post.get('org'), 'org');
      return { role: reader.string(post.get('role'), 'role', postNode), ...(org ? { org } : {}) };
    }),
    where: reader.at(node),
  };
}

function readPolicy(reader: NodeReader, node: Node): PolicyAnnotation {
  const fields = reader.map(node, 'a policy', [
    'id',
    'label',
    'enactedBy',
    'appliesTo',
    'constraint',
    'status',
    'describedIn',
  ]);
  const status = reader.optionalString(fields.get('status'), 'status');
  if (status !== undefined && !STATUSES.includes(status as PolicyStatus)) {
    throw reader.error(
      fields.get('status'),
      `status must be one of ${STATUSES.join(', ')}, not '${status}'`,
    );
  }
  const enactedBy = reader.optionalString(fields.get('enactedBy'), 'enactedBy');
  const constraint = reader.optionalString(fields.get('constraint'), 'constraint');
  return {
    id: reader.slug(fields.get('id'), node),
    label: reader.string(fields.get('label'), 'label', node),
    ...(enactedBy ? { enactedBy } : {}),
    appliesTo: reader.strings(fields.get('appliesTo'), 'appliesTo'),
    ...(constraint ? { constraint } : {}),
    ...(status ? { status: status as PolicyStatus } : {}),
    describedIn: reader
      .list(fields.get('describedIn'), 'describedIn')
      .map((n) => readStatementRef(reader, n)),
    where: reader.at(node),
  };
}

function readStance(reader: NodeReader, node: Node): StanceAnnotation {
  const fields = reader.map(node, 'a stance', ['actor', 'on', 'value', 'statement']);
  const value = reader.string(fields.get('value'), 'value', node);
  if (!STANCES.includes(value as StanceValue)) {
    throw reader.error(
      fields.get('value'),
      `value must be one of ${STANCES.join(', ')}, not '${value}'`,
    );
  }
  const statement = fields.get('statement');
  if (!statement)
    throw reader.error(node, "a stance needs 'statement' (the words that express it)");
  return {
    actor: reader.string(fields.get('actor'), 'actor', node),
    on: reader.slug(fields.get('on'), node, 'on'),
    value: value as StanceValue,
    statement: readStatementRef(reader, statement),
    where: reader.at(node),
  };
}

function readDispute(reader: NodeReader, node: Node): DisputeAnnotation {
  const fields = reader.map(node, 'a dispute', ['id', 'label', 'about', 'statements', 'parties']);
  const statements = reader
    .list(fields.get('statements'), 'statements')
    .map((n) => readStatementRef(reader, n));
  if (statements.length < 2)
    throw reader.error(fields.get('statements') ?? node, 'a dispute needs at least two statements');
  const about = fields.get('about') ? reader.slug(fields.get('about'), node, 'about') : undefined;
  return {
    id: reader.slug(fields.get('id'), node),
    label: reader.string(fields.get('label'), 'label', node),
    ...(about ? { about } : {}),
    statements,
    parties: reader.strings(fields.get('parties'), 'parties'),
    where: reader.at(node),
  };
}

function readEvent(reader: NodeReader, node: Node): EventAnnotation {
  const fields = reader.map(node, 'an event', ['id', 'label', 'date', 'involves', 'evidence']);
  return {
    id: reader.slug(fields.get('id'), node),
    label: reader.string(fields.get('label'), 'label', node),
    date: reader.date(fields.get('date'), node),
    involves: reader.strings(fields.get('involves'), 'involves'),
    evidence: reader
      .list(fields.get('evidence'), 'evidence')
      .map((n) => readEvidence(reader, n, [])),
    where: reader.at(node),
  };
}

function readCorrection(reader: NodeReader, node: Node): CorrectionAnnotation {
  const fields = reader.map(node, 'a correction', [
    'statement',
    'speaker',
    'onBehalfOf',
    'notAStatement',
    'note',
  ]);
  const statement = fields.get('statement');
  if (!statement)
    throw reader.error(node, "a correction needs 'statement' (the words it corrects)");
  const speaker = reader.optionalString(fields.get('speaker'), 'speaker');
  const onBehalfOf = reader.optionalString(fields.get('onBehalfOf'), 'onBehalfOf');
  const note = reader.optionalString(fields.get('note'), 'note');
  const notAStatement = reader.boolean(fields.get('notAStatement'));
  if (!speaker && !onBehalfOf && !notAStatement) {
    throw reader.error(
      node,
      "a correction must set 'speaker', 'onBehalfOf' or 'notAStatement: true'",
    );
  }
  return {
    statement: readStatementRef(reader, statement),
    ...(speaker ? { speaker } : {}),
    ...(onBehalfOf ? { onBehalfOf } : {}),
    notAStatement,
    ...(note ? { note } : {}),
    where: reader.at(node),
  };
}

function readStatementRef(reader: NodeReader, node: Node): StatementRef {
  const extra = ['speaker', 'onBehalfOf', 'medium', 'date'];
  const evidence = readEvidence(reader, node, extra);
  const fields = reader.map(node, 'a statement reference', [
    'doc',
    'quote',
    'occurrence',
    ...extra,
  ]);
  const ref: StatementRef = { ...evidence };
  for (const key of ['speaker', 'onBehalfOf', 'medium'] as const) {
    const value = reader.optionalString(fields.get(key), key);
    if (value) ref[key] = value;
  }
  if (fields.get('date')) ref.date = reader.date(fields.get('date'), node);
  return ref;
}

function readEvidence(reader: NodeReader, node: Node, extraKeys: string[]): EvidenceRef {
  const fields = reader.map(node, 'an evidence quote', [
    'doc',
    'quote',
    'occurrence',
    ...extraKeys,
  ]);
  const occurrenceNode = fields.get('occurrence');
  let occurrence = 1;
  if (occurrenceNode) {
    const value = isScalar(occurrenceNode) ? occurrenceNode.value : undefined;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
      throw reader.error(occurrenceNode, 'occurrence must be a whole number from 1');
    }
    occurrence = value;
  }
  return {
    doc: reader.string(fields.get('doc'), 'doc', node),
    quote: reader.string(fields.get('quote'), 'quote', node),
    occurrence,
    where: reader.at(fields.get('quote') ?? node),
  };
}

function checkReferences(set: AnnotationSet, reader: NodeReader): void {
  const policyIds = new Set<string>();
  for (const policy of set.policies) {
    if (policyIds.has(policy.id))
      throw new AnnotationError(policy.where, `policy id '${policy.id}' is used twice`);
    policyIds.add(policy.id);
  }
  const known = (id: string, where: SourcePosition, what: string) => {
    if (!policyIds.has(id))
      throw new AnnotationError(
        where,
        `${what} refers to policy '${id}', which this file does not define`,
      );
  };
  for (const stance of set.stances) known(stance.on, stance.where, 'the stance');
  for (const dispute of set.disputes)
    if (dispute.about) known(dispute.about, dispute.where, 'the dispute');
  void reader;
}

/** Reads typed values out of YAML nodes, failing with positions. */
class NodeReader {
  constructor(readonly at: (node: Node | null | undefined) => SourcePosition) {}

  error(node: Node | null | undefined, reason: string): AnnotationError {
    return new AnnotationError(this.at(node), reason);
  }

  map(node: unknown, what: string, allowed: readonly string[]): Map<string, Node> {
    if (!isMap(node))
      throw this.error(node as Node, `expected ${what} as a mapping of keys to values`);
    const fields = new Map<string, Node>();
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!allowed.includes(key)) {
        throw this.error(
          pair.key as Node,
          `unknown key '${key}' in ${what} (expected one of: ${allowed.join(', ')})`,
        );
      }
      if (pair.value !== null && pair.value !== undefined) fields.set(key, pair.value as Node);
    }
    return fields;
  }

  list(node: Node | undefined, what: string): Node[] {
    if (node === undefined || (isScalar(node) && node.value === null)) return [];
    if (!isSeq(node)) throw this.error(node, `expected '${what}' to be a list`);
    return node.items as Node[];
  }

  string(node: Node | undefined, what: string, parent: Node): string {
    if (node === undefined) throw this.error(parent, `missing '${what}'`);
    const value = this.optionalString(node, what);
    if (value === undefined || value.trim() === '')
      throw this.error(node, `'${what}' must not be empty`);
    return value;
  }

  optionalString(node: Node | undefined, what: string): string | undefined {
    if (node === undefined) return undefined;
    if (!isScalar(node) || (typeof node.value !== 'string' && typeof node.value !== 'number')) {
      throw this.error(node, `'${what}' must be text`);
    }
    return String(node.value);
  }

  strings(node: Node | undefined, what: string): string[] {
    if (node === undefined) return [];
    if (isScalar(node)) return [this.string(node, what, node)];
    return this.list(node, what).map((item) => this.string(item, what, item));
  }

  boolean(node: Node | undefined): boolean {
    if (node === undefined) return false;
    if (!isScalar(node) || typeof node.value !== 'boolean')
      throw this.error(node, 'expected true or false');
    return node.value;
  }

  slug(node: Node | undefined, parent: Node, what = 'id'): string {
    const value = this.string(node, what, parent);
    if (!SLUG.test(value))
      throw this.error(
        node,
        `'${what}' must be lowercase words joined by '-' (e.g. 'hands-off-policy'), not '${value}'`,
      );
    return value;
  }

  date(node: Node | undefined, parent: Node): string {
    const value = this.string(node, 'date', parent);
    if (!ISO_DATE.test(value))
      throw this.error(node, `date must be YYYY-MM-DD or YYYY-MM, not '${value}'`);
    return value;
  }
}
