/**
 * Deterministic layout: every node starts at a position derived from a hash of
 * its id (so adding a node does not move the others' starting points), then a
 * fixed number of ForceAtlas2 iterations and a noverlap pass spread the graph
 * and remove overlaps. Same view → same coordinates, so the first paint is
 * immediate and stable across reloads and machines.
 */
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import noverlapModule from 'graphology-layout-noverlap';
import { toGraphology } from './graph.js';
import { interopDefault } from './interop.js';
import type { LayoutOptions, ViewModel } from './types.js';

/** FNV-1a 32-bit hash of a string, with a seed mixed in. */
export function hashString(text: string, seed = 0): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** The starting position of a node: a point in a square whose side grows with the node count. */
export function initialPosition(id: string, nodeCount: number): { x: number; y: number } {
  const half = 10 * Math.sqrt(Math.max(1, nodeCount));
  const unit = (value: number) => value / 0xffffffff;
  return { x: (unit(hashString(id, 1)) * 2 - 1) * half, y: (unit(hashString(id, 2)) * 2 - 1) * half };
}

/** The default ForceAtlas2 iteration count for a graph of `nodeCount` nodes (fewer for big graphs). */
export function defaultIterations(nodeCount: number): number {
  if (nodeCount <= 500) return 300;
  if (nodeCount <= 2_000) return 150;
  if (nodeCount <= 20_000) return 50;
  return 20;
}

/**
 * The default number of noverlap passes: 50 for small graphs, fewer for big
 * ones (each pass costs about as much as a ForceAtlas2 iteration at 10k nodes).
 */
export function defaultNoverlapIterations(nodeCount: number): number {
  if (nodeCount <= 2_000) return 50;
  if (nodeCount <= 20_000) return 20;
  return 10;
}

/** noverlap's collision grid: finer for bigger graphs so each cell holds a handful of nodes. */
function noverlapGridSize(nodeCount: number): number {
  return Math.min(300, Math.max(20, Math.round(Math.sqrt(nodeCount))));
}

const forceAtlas2 = interopDefault(forceAtlas2Module);
const noverlap = interopDefault(noverlapModule);

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * Moves nodes that ended up on exactly the same point apart by a small
 * hash-derived offset (noverlap would otherwise separate them with random jitter).
 */
export function separateCoincidentNodes(graph: ReturnType<typeof toGraphology>): void {
  const taken = new Set<string>();
  graph.forEachNode((id: string, attributes: { x: number; y: number }) => {
    let { x, y } = attributes;
    let attempt = 0;
    while (taken.has(`${x},${y}`)) {
      attempt += 1;
      const angle = (hashString(id, 3 + attempt) / 0xffffffff) * 2 * Math.PI;
      x = attributes.x + Math.cos(angle) * attempt;
      y = attributes.y + Math.sin(angle) * attempt;
    }
    taken.add(`${x},${y}`);
    if (attempt > 0) graph.mergeNodeAttributes(id, { x, y });
  });
}

/**
 * Lays the view out in place (ForceAtlas2, then noverlap), deterministically.
 * @example
 * const view = projectDataset(quads, { layout: false });
 * layoutView(view, { iterations: 100 });
 */
export function layoutView(view: ViewModel, options: LayoutOptions = {}): void {
  if (view.nodes.length === 0) return;
  const graph = toGraphology(view);
  graph.forEachNode((id: string) => graph.mergeNodeAttributes(id, initialPosition(id, graph.order)));
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: options.barnesHut ?? graph.order >= 1_000,
  };
  const iterations = options.iterations ?? defaultIterations(graph.order);
  if (iterations > 0) forceAtlas2.assign(graph, { iterations, settings, getEdgeWeight: null });
  separateCoincidentNodes(graph);
  noverlap.assign(graph, {
    maxIterations: options.noverlapIterations ?? defaultNoverlapIterations(graph.order),
    settings: { margin: 1, ratio: 1.2, gridSize: noverlapGridSize(graph.order) },
  });
  for (const node of view.nodes) {
    const x = graph.getNodeAttribute(node.id, 'x');
    const y = graph.getNodeAttribute(node.id, 'y');
    node.x = Number.isFinite(x) ? round(x) : 0;
    node.y = Number.isFinite(y) ? round(y) : 0;
  }
}
