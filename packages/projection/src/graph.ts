/**
 * Converts a view model into a graphology graph whose attributes sigma reads
 * directly: nodes carry x, y, size, color, label and kind; edges carry kind,
 * label, color, size and a sigma edge program `type` ("arrow" for directed
 * relations, "line" for the symmetric cg:disputes). The graph is directed and
 * allows parallel edges, since two nodes can be linked by several relations.
 */
import { MultiDirectedGraph } from 'graphology';
import { EDGE_STYLE } from './style.js';
import type { EdgeKind, NodeKind, ViewModel } from './types.js';

/** Node attributes of the graphology graph. */
export interface GraphNodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  kind: NodeKind;
  contested: boolean;
  degree: number;
}

/** Edge attributes of the graphology graph. */
export interface GraphEdgeAttributes {
  kind: EdgeKind;
  label: string;
  color: string;
  size: number;
  /** The sigma edge program. */
  type: 'arrow' | 'line';
  dashed: boolean;
}

/** Edge kinds drawn without an arrow head because the relation goes both ways. */
const UNDIRECTED_KINDS = new Set<EdgeKind>(['disputes']);

/**
 * Builds a graphology graph from a view model, ready for `new Sigma(graph, container)`.
 * @example
 * const graph = toGraphology(projectDataset(quads));
 * new Sigma(graph, document.getElementById('graph')!);
 */
export function toGraphology(view: ViewModel): MultiDirectedGraph<GraphNodeAttributes, GraphEdgeAttributes> {
  const graph = new MultiDirectedGraph<GraphNodeAttributes, GraphEdgeAttributes>({ allowSelfLoops: false });
  for (const node of view.nodes) {
    graph.addNode(node.id, {
      x: node.x,
      y: node.y,
      size: node.size,
      color: node.color,
      label: node.label,
      kind: node.kind,
      contested: node.contested,
      degree: node.degree,
    });
  }
  for (const edge of view.edges) {
    const style = EDGE_STYLE[edge.kind];
    const symmetric = UNDIRECTED_KINDS.has(edge.kind) && edge.label === style.label;
    graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, {
      kind: edge.kind,
      label: edge.label,
      color: style.color,
      size: edge.kind === 'disputes' ? 2.5 : 1,
      type: symmetric ? 'line' : 'arrow',
      dashed: style.dashed === true,
    });
  }
  return graph;
}
