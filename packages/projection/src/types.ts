/**
 * The view model: what the projection hands to viewers and exporters. It is a
 * plain, JSON-serialisable description of the graph (nodes with readable
 * details, typed edges, statements with their reports, documents with their
 * highlighted spans) that knows nothing about RDF terms or any renderer.
 */

/** What a node stands for. */
export type NodeKind =
  | 'person'
  | 'organization'
  | 'outlet'
  | 'post'
  | 'statement'
  | 'policy'
  | 'dispute'
  | 'article'
  | 'source-document'
  | 'event';

/** What an edge says, in words people understand. */
export type EdgeKind =
  | 'said'
  | 'on-behalf-of'
  | 'in-capacity-of'
  | 'holds-post'
  | 'post-in'
  | 'member-of'
  | 'reported-in'
  | 'published-by'
  | 'stated-in'
  | 'about'
  | 'describes'
  | 'disputes'
  | 'supports'
  | 'party-to'
  | 'stance'
  | 'involves'
  | 'authored'
  | 'mentioned-in'
  | 'enacted-by'
  | 'applies-to';

/** One value of a node property: a literal, or a link to another resource. */
export interface ViewDetailValue {
  value: string;
  iri?: string;
  label?: string;
}

/** One property of a node, with every value it has. */
export interface ViewDetail {
  /** Readable property name, e.g. "stated on". */
  property: string;
  iri: string;
  values: ViewDetailValue[];
}

/** A node of the view graph. */
export interface ViewNode {
  /** The IRI of the resource. */
  id: string;
  kind: NodeKind;
  label: string;
  aliases: string[];
  x: number;
  y: number;
  size: number;
  color: string;
  degree: number;
  details: ViewDetail[];
  /** ISO dates (statements: cg:statedOn, events: cg:occurredOn). */
  dates: string[];
  /** Labels of the outlets whose articles report (or are) this node. */
  outlets: string[];
  contested: boolean;
}

/** A typed edge between two view nodes. */
export interface ViewEdge {
  id: string;
  source: string;
  target: string;
  kind: EdgeKind;
  label: string;
}

/** A reference to a node by id and label. */
export interface ViewRef {
  id: string;
  label: string;
}

/** One article's rendering of a statement. */
export interface ViewReport {
  docId: string;
  articleIri: string;
  outlet: string | null;
  quotedText: string;
  quoteType: string;
  /** Code-point offsets into the article's body text; -1 when the report has no anchor. */
  start: number;
  end: number;
}

/** A statement with everything known about it. */
export interface ViewStatement {
  id: string;
  text: string;
  speaker?: ViewRef;
  onBehalfOf?: ViewRef;
  post?: ViewRef;
  date?: string;
  medium?: ViewRef & { kind: string };
  reports: ViewReport[];
  /** Ids of the statements this one is in conflict with. */
  disputes: string[];
  /** Ids of the cg:Dispute nodes that involve this statement. */
  disputeIds: string[];
}

/** A highlighted span of a document body. */
export interface ViewSpan {
  start: number;
  end: number;
  nodeId: string;
  kind: 'report' | 'mention' | 'evidence';
}

/** An article with its body text and highlighted spans. */
export interface ViewDocument {
  docId: string;
  iri: string;
  title: string;
  outlet: string | null;
  published: string | null;
  /** cg:bodyText: untrusted, render as text, never as HTML. */
  text: string;
  spans: ViewSpan[];
}

/** One legend entry per node kind present in the view. */
export interface ViewLegendEntry {
  kind: NodeKind;
  label: string;
  color: string;
  count: number;
}

/** Everything a viewer needs, sorted deterministically. */
export interface ViewModel {
  nodes: ViewNode[];
  edges: ViewEdge[];
  statements: ViewStatement[];
  documents: ViewDocument[];
  outlets: string[];
  dateRange: [string, string] | null;
  legend: ViewLegendEntry[];
}

/** Options of {@link projectDataset}. */
export interface ProjectionOptions {
  /** Run the deterministic layout (default true). */
  layout?: boolean;
  /** Layout iterations; default depends on the graph size. */
  iterations?: number;
  /** Maximum length of a statement label before it is cut with "…" (default 60). */
  statementLabelLength?: number;
}

/** Options of {@link layoutView}. */
export interface LayoutOptions {
  /** ForceAtlas2 iterations (default depends on the node count, see `defaultIterations`). */
  iterations?: number;
  /** Barnes-Hut approximation (default: on from 1,000 nodes). */
  barnesHut?: boolean;
  /** noverlap passes after ForceAtlas2 (default depends on the node count, see `defaultNoverlapIterations`). */
  noverlapIterations?: number;
}

/** What the viewer hides; see {@link visibleNodeIds}. */
export interface FilterState {
  hiddenKinds: NodeKind[];
  hiddenOutlets: string[];
  /** Inclusive ISO date (YYYY, YYYY-MM or YYYY-MM-DD). */
  dateFrom: string | null;
  dateTo: string | null;
  contestedOnly: boolean;
  /** Statements reported by fewer distinct outlets are hidden. */
  minOutlets: number;
}

/** A search hit. */
export interface SearchHit {
  id: string;
  label: string;
  kind: NodeKind;
  /** The name or alias that matched. */
  matched: string;
}
