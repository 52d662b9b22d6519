/**
 * Converts a view model into a graphology graph whose attributes sigma reads
 * directly: nodes carry x, y, size, color, label and kind; edges carry kind,
 * label, color, size and a sigma edge program `type`: "arrow" where the
 * direction carries meaning (who said, what is about what, who denies whom),
 * "line" for symmetric or self-evident links (mutual disputes, publication,
 * posts, mentions), which is also cheaper to draw. The graph is directed and
 * allows parallel edges, since two nodes can be linked by several relations.
 */
import { MultiDirectedGraph } from 'graphology';
import { ProjectionError } from './errors.js';
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

/** Edge kinds whose direction matters to a reader, drawn with an arrow head. */
const ARROW_KINDS = new Set<EdgeKind>([
  'said',
  'on-behalf-of',
  'in-capacity-of',
  'stated-in',
  'about',
  'describes',
  'supports',
  'stance',
  'reported-in',
  'enacted-by',
  'applies-to',
]);

/**
 * Builds a graphology graph from a view model, ready for `new Sigma(graph, container)`.
 * @example
 * const graph = toGraphology(projectDataset(quads));
 * new Sigma(graph, document.getElementById('graph')!);
 */
export function toGraphology(view: ViewModel): MultiDirectedGraph<GraphNodeAttributes, GraphEdgeAttributes> {
  const graph = new MultiDirectedGraph<GraphNodeAttributes, GraphEdgeAttributes>({ allowSelfLoops: false });
  for (const node of view.nodes) {
    if (graph.hasNode(node.id)) throw new ProjectionError(`view has two nodes with id ${node.id}`);
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
    if (!style) throw new ProjectionError(`edge ${edge.id} has an unknown kind "${String(edge.kind)}"`);
    for (const end of [edge.source, edge.target]) {
      if (!graph.hasNode(end)) throw new ProjectionError(`edge ${edge.id} refers to a node that is not in the view: ${end}`);
    }
    if (graph.hasEdge(edge.id)) throw new ProjectionError(`view has two edges with id ${edge.id}`);
    const directed = ARROW_KINDS.has(edge.kind) || (edge.kind === 'disputes' && edge.label !== style.label);
    graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, {
      kind: edge.kind,
      label: edge.label,
      color: style.color,
      size: edge.kind === 'disputes' ? 2.5 : 1,
      type: directed ? 'arrow' : 'line',
      dashed: style.dashed === true,
    });
  }
  return graph;
}
