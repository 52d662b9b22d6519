/**
 * Turns the dataset's relations into typed view edges between nodes. Direct
 * properties map one to one (cg:onBehalfOf → "on behalf of"); some are drawn
 * from the actor's side (cg:statedBy becomes actor —said→ statement); and the
 * reified resources are collapsed: a Report becomes statement —reported in→
 * article, a Mention actor —mentioned in→ article, a Stance actor —stance→
 * policy, a Proposition's cg:about is lifted to the statements asserting it.
 * Edges are deduplicated by (kind, source, target, label); symmetric
 * cg:disputes is stored once per pair.
 */
import type { TripleIndex } from './dataset.js';
import { EDGE_STYLE } from './style.js';
import type { EdgeKind, NodeKind, ViewEdge } from './types.js';
import { CG, OA, ORG } from './vocab.js';

interface EdgeRule {
  /** Only subjects of this kind (any node kind when omitted). */
  from?: NodeKind[];
  property: string;
  kind: EdgeKind;
  /** Draw the edge object → subject instead of subject → object. */
  reverse?: boolean;
  /** Edge label, when it differs from the kind's label. */
  label?: string;
  symmetric?: boolean;
}

const ACTORS: NodeKind[] = ['person', 'organization', 'outlet'];

const DIRECT_RULES: EdgeRule[] = [
  { from: ['statement'], property: CG.statedBy, kind: 'said', reverse: true },
  { from: ['statement'], property: CG.onBehalfOf, kind: 'on-behalf-of' },
  { from: ['statement'], property: CG.inCapacityOf, kind: 'in-capacity-of' },
  { from: ['statement'], property: CG.statedIn, kind: 'stated-in' },
  { from: ['statement', 'dispute'], property: CG.about, kind: 'about' },
  { from: ['statement'], property: CG.describes, kind: 'describes' },
  { from: ['statement'], property: CG.disputes, kind: 'disputes', symmetric: true },
  { from: ['statement'], property: CG.denies, kind: 'disputes', label: 'denies' },
  { from: ['statement'], property: CG.supports, kind: 'supports' },
  { from: ['dispute'], property: CG.involvesStatement, kind: 'involves', label: 'involves statement' },
  { from: ['dispute'], property: CG.hasParty, kind: 'party-to', reverse: true },
  { from: ['event'], property: CG.involves, kind: 'involves' },
  { from: ['person'], property: ORG.holds, kind: 'holds-post' },
  { from: ['person'], property: ORG.memberOf, kind: 'member-of' },
  { from: ['post'], property: ORG.postIn, kind: 'post-in' },
  { from: ['article'], property: CG.publishedBy, kind: 'published-by' },
  { from: ['article', 'source-document'], property: CG.author, kind: 'authored', reverse: true },
  { from: ['source-document'], property: CG.sentBy, kind: 'authored', reverse: true, label: 'sent' },
  { from: ['source-document'], property: CG.sentTo, kind: 'involves', label: 'sent to' },
  { from: ['policy'], property: CG.enactedBy, kind: 'enacted-by' },
  { from: ['policy'], property: CG.appliesTo, kind: 'applies-to' },
  { from: ACTORS, property: CG.mentionedIn, kind: 'mentioned-in' },
];

/** Collects edges, dropping those whose ends are not nodes and duplicates. */
class EdgeSet {
  private readonly edges = new Map<string, ViewEdge>();
  constructor(private readonly kinds: Map<string, NodeKind>) {}

  add(kind: EdgeKind, source: string, target: string, label = EDGE_STYLE[kind].label, symmetric = false): void {
    if (!this.kinds.has(source) || !this.kinds.has(target) || source === target) return;
    const [from, to] = symmetric && target < source ? [target, source] : [source, target];
    const suffix = label === EDGE_STYLE[kind].label ? '' : `|${label}`;
    const id = `${kind}|${from}|${to}${suffix}`;
    if (!this.edges.has(id)) this.edges.set(id, { id, source: from, target: to, kind, label });
  }

  sorted(): ViewEdge[] {
    return [...this.edges.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}

/** The article an anchor points into (oa:hasSource). */
export function anchorSource(index: TripleIndex, anchor: string): string | undefined {
  return index.resources(anchor, OA.hasSource)[0];
}

/** Every view edge of the dataset, sorted by id. */
export function deriveEdges(index: TripleIndex, kinds: Map<string, NodeKind>): ViewEdge[] {
  const edges = new EdgeSet(kinds);
  for (const [subject, subjectKind] of kinds) {
    for (const rule of DIRECT_RULES) {
      if (rule.from && !rule.from.includes(subjectKind)) continue;
      for (const object of index.resources(subject, rule.property)) {
        const [source, target] = rule.reverse ? [object, subject] : [subject, object];
        edges.add(rule.kind, source, target, rule.label, rule.symmetric);
      }
    }
    if (subjectKind === 'statement') addStatementIndirections(index, subject, edges);
  }
  for (const mention of mentionsOf(index)) {
    for (const actor of index.resources(mention, CG.refersTo)) {
      for (const anchor of index.resources(mention, CG.anchor)) {
        const article = anchorSource(index, anchor);
        if (article) edges.add('mentioned-in', actor, article);
      }
    }
  }
  for (const stance of stancesOf(index)) addStanceEdges(index, stance, kinds, edges);
  return edges.sorted();
}

function addStatementIndirections(index: TripleIndex, statement: string, edges: EdgeSet): void {
  for (const report of index.subjectsOf(CG.reports, statement)) {
    const articles = index.resources(report, CG.reportedIn);
    const anchored = index.resources(report, CG.anchor).map((anchor) => anchorSource(index, anchor));
    for (const article of articles.length ? articles : anchored) {
      if (article) edges.add('reported-in', statement, article);
    }
  }
  for (const proposition of index.resources(statement, CG.asserts)) {
    for (const topic of index.resources(proposition, CG.about)) edges.add('about', statement, topic);
  }
}

/** Every Mention resource (recognisable by cg:refersTo). */
export function mentionsOf(index: TripleIndex): string[] {
  return index.subjectsWith(CG.refersTo);
}

/** Every Stance resource (recognisable by cg:stanceOf). */
export function stancesOf(index: TripleIndex): string[] {
  return index.subjectsWith(CG.stanceOf);
}

/** The nodes a stance is on: policies/nodes directly, propositions through the statements asserting them. */
export function stanceTargets(index: TripleIndex, stance: string, kinds: Map<string, NodeKind>): string[] {
  const targets: string[] = [];
  for (const target of index.resources(stance, CG.stanceOn)) {
    if (kinds.has(target)) targets.push(target);
    else targets.push(...index.subjectsOf(CG.asserts, target).filter((statement) => kinds.has(statement)));
  }
  return targets;
}

function addStanceEdges(index: TripleIndex, stance: string, kinds: Map<string, NodeKind>, edges: EdgeSet): void {
  const value = index.literal(stance, CG.stanceValue);
  const label = value ? `stance: ${value}` : EDGE_STYLE.stance.label;
  for (const actor of index.resources(stance, CG.stanceOf)) {
    for (const target of stanceTargets(index, stance, kinds)) edges.add('stance', actor, target, label);
  }
}
