/**
 * Synthetic view models for the viewer benchmark: `nodeCount` nodes and
 * `2 × nodeCount` edges with a claimgraph-like mix of node kinds, grouped in
 * communities laid out on a grid (so edges are mostly short, as after
 * ForceAtlas2), coloured and sized exactly as the projection does. Seeded, so
 * every run and both benchmark pages draw the same graph.
 */
import { random } from '../shared/random.js';
import { EDGE_STYLE, NODE_STYLE, sizeForDegree, type EdgeKind, type NodeKind, type ViewEdge, type ViewModel, type ViewNode } from '@claimgraph/projection';

/** A small, fast, seedable PRNG (mulberry32), shared by the benchmark generators. */
export const prng = random;

const KIND_MIX: Array<[NodeKind, number]> = [
  ['statement', 0.42],
  ['article', 0.2],
  ['person', 0.14],
  ['organization', 0.05],
  ['post', 0.05],
  ['policy', 0.03],
  ['dispute', 0.03],
  ['event', 0.03],
  ['source-document', 0.04],
  ['outlet', 0.01],
];

const EDGE_KINDS = Object.keys(EDGE_STYLE) as EdgeKind[];

function pickKind(random: () => number): NodeKind {
  let roll = random();
  for (const [kind, share] of KIND_MIX) {
    if (roll < share) return kind;
    roll -= share;
  }
  return 'statement';
}

/** Builds a synthetic, laid-out view with `nodeCount` nodes and twice as many edges. */
export function syntheticView(nodeCount: number, seed = 42): ViewModel {
  const random = prng(seed);
  const communitySize = 60;
  const communities = Math.max(1, Math.ceil(nodeCount / communitySize));
  const side = Math.ceil(Math.sqrt(communities));
  const nodes: ViewNode[] = [];
  for (let i = 0; i < nodeCount; i += 1) {
    const kind = pickKind(random);
    const community = Math.floor(i / communitySize);
    const angle = random() * Math.PI * 2;
    const radius = Math.sqrt(random()) * 40;
    nodes.push({
      id: `https://w3id.org/claimgraph/id/synthetic/${i}`,
      kind,
      label: `${NODE_STYLE[kind].label} ${i}`,
      aliases: [],
      x: (community % side) * 100 + Math.cos(angle) * radius,
      y: Math.floor(community / side) * 100 + Math.sin(angle) * radius,
      size: 0,
      color: NODE_STYLE[kind].color,
      degree: 0,
      details: [],
      dates: [],
      outlets: [],
      contested: kind === 'dispute',
    });
  }
  const edges: ViewEdge[] = [];
  const seen = new Set<string>();
  while (edges.length < nodeCount * 2 && nodeCount > 1) {
    const source = Math.floor(random() * nodeCount);
    const local = random() < 0.9;
    const base = Math.floor(source / communitySize) * communitySize;
    const target = local ? Math.min(nodeCount - 1, base + Math.floor(random() * communitySize)) : Math.floor(random() * nodeCount);
    if (target === source || seen.has(`${source}|${target}`)) continue;
    seen.add(`${source}|${target}`);
    const kind = EDGE_KINDS[Math.floor(random() * EDGE_KINDS.length)] ?? 'about';
    const from = nodes[source]!;
    const to = nodes[target]!;
    edges.push({ id: `e${edges.length}`, source: from.id, target: to.id, kind, label: EDGE_STYLE[kind].label });
    from.degree += 1;
    to.degree += 1;
  }
  for (const node of nodes) node.size = sizeForDegree(node.degree);
  return { nodes, edges, statements: [], documents: [], outlets: [], dateRange: null, legend: [] };
}
