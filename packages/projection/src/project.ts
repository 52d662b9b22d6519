/**
 * The projection entry point: RDF quads in, a {@link ViewModel} out. It
 * classifies resources into node kinds, derives typed edges, collects each
 * node's literal and link properties as readable details, computes dates,
 * reporting outlets, the contested flag, degree-based sizes and colours, then
 * (unless told not to) runs the deterministic layout. Works on any iterable
 * of RDF/JS quads (n3, Oxigraph, rdf-ext) in Node and in the browser.
 */
import type { Quad } from '@rdfjs/types';
import { TripleIndex } from './dataset.js';
import { deriveEdges } from './edges.js';
import { classifyResources } from './kinds.js';
import { excerpt, propertyLabel, resourceLabel } from './labels.js';
import { layoutView } from './layout.js';
import { buildDocuments, buildStatements, outletKey } from './records.js';
import { NODE_KINDS, NODE_STYLE, sizeForDegree } from './style.js';
import type { NodeKind, ProjectionOptions, ViewDetail, ViewEdge, ViewModel, ViewNode, ViewStatement } from './types.js';
import { CG, RDF, SKOS } from './vocab.js';

/**
 * Projects an RDF dataset (all named graphs merged) onto a view model with
 * nodes, edges, statements, documents, outlets, date range and legend.
 * @example
 * const quads = new N3.Parser().parse(trig);
 * const view = projectDataset(quads);            // laid out, ready to draw
 * const fast = projectDataset(quads, { layout: false });
 */
export function projectDataset(quads: Iterable<Quad>, options: ProjectionOptions = {}): ViewModel {
  const index = TripleIndex.from(quads);
  const kinds = classifyResources(index);
  const edges = deriveEdges(index, kinds);
  const statements = buildStatements(index, kinds);
  const nodes = buildNodes(index, kinds, edges, statements, options.statementLabelLength ?? 60);
  const view: ViewModel = {
    nodes,
    edges,
    statements,
    documents: buildDocuments(index, kinds),
    outlets: [...new Set(nodes.filter((node) => node.kind === 'statement' || node.kind === 'article').flatMap((node) => node.outlets))].sort(),
    dateRange: dateRange(nodes),
    legend: NODE_KINDS.map((kind) => ({
      kind,
      label: NODE_STYLE[kind].label,
      color: NODE_STYLE[kind].color,
      count: nodes.filter((node) => node.kind === kind).length,
    })).filter((entry) => entry.count > 0),
  };
  if (options.layout !== false) {
    layoutView(view, options.iterations === undefined ? {} : { iterations: options.iterations });
  }
  return view;
}

function details(index: TripleIndex, subject: string): ViewDetail[] {
  return index.predicates(subject).map((property) => ({
    property: property === RDF.type ? 'type' : propertyLabel(index, property),
    iri: property,
    values: index.objects(subject, property).map((term) => {
      if (term.kind === 'literal') return { value: term.value };
      const label = resourceLabel(index, term.value);
      return { value: label, iri: term.value, label };
    }),
  }));
}

function nodeLabel(index: TripleIndex, id: string, kind: NodeKind, statementLength: number, statement?: ViewStatement): string {
  if (kind === 'statement' && statement?.text) return excerpt(statement.text, statementLength);
  return resourceLabel(index, id, statementLength);
}

function buildNodes(
  index: TripleIndex,
  kinds: Map<string, NodeKind>,
  edges: ViewEdge[],
  statements: ViewStatement[],
  statementLength: number,
): ViewNode[] {
  const statementById = new Map(statements.map((statement) => [statement.id, statement]));
  const neighbours = new Map<string, Set<string>>();
  for (const edge of edges) {
    for (const [from, to] of [[edge.source, edge.target], [edge.target, edge.source]] as const) {
      let set = neighbours.get(from);
      if (!set) neighbours.set(from, (set = new Set()));
      set.add(to);
    }
  }
  const degree = new Map<string, number>();
  for (const edge of edges) {
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
  }
  const nodes = new Map<string, ViewNode>();
  for (const [id, kind] of kinds) {
    const nodeDegree = degree.get(id) ?? 0;
    const statement = statementById.get(id);
    nodes.set(id, {
      id,
      kind,
      label: nodeLabel(index, id, kind, statementLength, statement),
      aliases: [...new Set([...literals(index, id, SKOS.altLabel), ...(kind === 'post' ? literals(index, id, CG.roleLabel) : [])])].sort(),
      x: 0,
      y: 0,
      size: sizeForDegree(nodeDegree),
      color: NODE_STYLE[kind].color,
      degree: nodeDegree,
      details: details(index, id),
      dates: literals(index, id, kind === 'event' ? CG.occurredOn : CG.statedOn).sort(),
      outlets: ownOutlets(index, id, kind, statement),
      contested: kind === 'dispute' || (statement !== undefined && (statement.disputes.length > 0 || statement.disputeIds.length > 0)),
    });
  }
  propagateToNeighbours(nodes, neighbours);
  return [...nodes.values()];
}

function literals(index: TripleIndex, subject: string, predicate: string): string[] {
  return index.objects(subject, predicate).filter((term) => term.kind === 'literal').map((term) => term.value);
}

function ownOutlets(index: TripleIndex, id: string, kind: NodeKind, statement?: ViewStatement): string[] {
  if (kind === 'outlet') return [resourceLabel(index, id)];
  if (kind === 'article') return [outletKey(index, id)];
  if (!statement) return [];
  const articles = new Set(statement.reports.map((report) => report.articleIri).filter(Boolean));
  return [...new Set([...articles].map((article) => outletKey(index, article)))].sort();
}

/**
 * Other kinds inherit outlets and the contested flag from their neighbours:
 * an actor is reported by the outlets reporting its statements or mentioning
 * it, and is contested when a neighbouring statement or dispute is; an outlet
 * is contested when one of its articles is.
 */
function propagateToNeighbours(nodes: Map<string, ViewNode>, neighbours: Map<string, Set<string>>): void {
  for (const node of nodes.values()) {
    if (node.kind === 'statement' || node.kind === 'article' || node.kind === 'outlet') continue;
    const outlets = new Set<string>();
    for (const id of [...(neighbours.get(node.id) ?? [])].sort()) {
      const other = nodes.get(id);
      if (!other) continue;
      if (other.kind === 'statement' || other.kind === 'article') other.outlets.forEach((outlet) => outlets.add(outlet));
      if ((other.kind === 'statement' && other.contested) || other.kind === 'dispute') node.contested = true;
    }
    node.outlets = [...outlets].sort();
  }
  for (const node of nodes.values()) {
    if (node.kind !== 'article') continue;
    node.contested = [...(neighbours.get(node.id) ?? [])].some((id) => nodes.get(id)?.kind === 'statement' && nodes.get(id)?.contested);
  }
  for (const node of nodes.values()) {
    if (node.kind !== 'outlet') continue;
    node.contested = [...(neighbours.get(node.id) ?? [])].some((id) => nodes.get(id)?.kind === 'article' && nodes.get(id)?.contested);
  }
}

function dateRange(nodes: ViewNode[]): [string, string] | null {
  const dates = nodes.flatMap((node) => node.dates).sort();
  const first = dates[0];
  const last = dates[dates.length - 1];
  return first !== undefined && last !== undefined ? [first, last] : null;
}
