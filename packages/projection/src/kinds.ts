/**
 * Decides which resources become view nodes and of which kind: first from
 * their rdf:type (most specific class wins, so an Outlet is not drawn as a
 * plain Organization), then, for untyped resources, from the range of a
 * property that points at them (the object of cg:statedBy is an actor, of
 * cg:publishedBy an outlet…). Reports, mentions, propositions, stances,
 * anchors and activities are not nodes: they become edges, details and spans.
 */
import type { TripleIndex } from './dataset.js';
import type { NodeKind } from './types.js';
import { CG } from './vocab.js';

const KIND_BY_CLASS: ReadonlyArray<readonly [string, NodeKind]> = [
  [CG.Outlet, 'outlet'],
  [CG.Person, 'person'],
  [CG.Organization, 'organization'],
  [CG.Post, 'post'],
  [CG.Statement, 'statement'],
  [CG.Policy, 'policy'],
  [CG.Dispute, 'dispute'],
  [CG.Event, 'event'],
  [CG.Article, 'article'],
  [CG.SourceDocument, 'source-document'],
  [CG.Letter, 'source-document'],
  [CG.Email, 'source-document'],
  [CG.Tweet, 'source-document'],
  [CG.TextMessage, 'source-document'],
  [CG.PressStatement, 'source-document'],
  [CG.Interview, 'source-document'],
  [CG.Speech, 'source-document'],
  [CG.Actor, 'person'],
];

/** Classes whose instances never become nodes even if they also carry a node class. */
const NON_NODE_CLASSES = new Set<string>([CG.Report, CG.Mention, CG.Proposition, CG.Stance]);

/** For untyped objects: the kind implied by the property pointing at them. */
const KIND_BY_INCOMING: ReadonlyArray<readonly [string, NodeKind]> = [
  [CG.publishedBy, 'outlet'],
  [CG.statedBy, 'person'],
  [CG.onBehalfOf, 'organization'],
  [CG.inCapacityOf, 'post'],
  [CG.statedIn, 'source-document'],
  [CG.reportedIn, 'article'],
  [CG.describes, 'policy'],
  [CG.involvesStatement, 'statement'],
  [CG.reports, 'statement'],
];

/** The node kind of a resource with these rdf:types, or undefined if it is not a node. */
export function kindFromTypes(types: Set<string>): NodeKind | undefined {
  for (const type of types) if (NON_NODE_CLASSES.has(type)) return undefined;
  for (const [cls, kind] of KIND_BY_CLASS) if (types.has(cls)) return kind;
  return undefined;
}

/** The most specific medium class local name of a source document (e.g. "Letter"). */
export function mediumKind(types: Set<string>): string {
  for (const [cls] of KIND_BY_CLASS.filter(([, kind]) => kind === 'source-document').reverse()) {
    if (types.has(cls)) return cls.slice(cls.lastIndexOf('#') + 1);
  }
  return 'SourceDocument';
}

/** Every resource that becomes a node, with its kind. Sorted by IRI. */
export function classifyResources(index: TripleIndex): Map<string, NodeKind> {
  const kinds = new Map<string, NodeKind>();
  for (const subject of index.subjects()) {
    const kind = kindFromTypes(index.types(subject));
    if (kind) kinds.set(subject, kind);
  }
  for (const [property, kind] of KIND_BY_INCOMING) {
    for (const subject of index.subjectsWith(property)) {
      for (const object of index.resources(subject, property)) {
        if (!kinds.has(object) && index.types(object).size === 0 && !object.startsWith('_:')) {
          kinds.set(object, kind);
        }
      }
    }
  }
  return new Map([...kinds].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
