/**
 * The benchmark page. `?mode=ours|bare&n=<nodes>` draws the same synthetic
 * graph either with claimgraph's projection (toGraphology attributes,
 * SIGMA_SETTINGS, reducers, NODE_STYLE/EDGE_STYLE) or with a bare sigma
 * (plain graphology graph, default settings), then measures time to first
 * render, frame times while the camera pans, and ForceAtlas2 iterations per
 * second in a web worker. Results land in `window.__bench`.
 */
import { MultiDirectedGraph } from 'graphology';
import { inferSettings } from 'graphology-layout-forceatlas2';
import FA2LayoutImport from 'graphology-layout-forceatlas2/worker.js';
import Sigma from 'sigma';
import { DEFAULT_FILTERS, SIGMA_SETTINGS, createReducers, toGraphology, visibleNodeIds, type ReducerState } from '@claimgraph/projection';
import { syntheticView } from './synthetic-view.js';

interface BenchResult {
  mode: string;
  nodes: number;
  edges: number;
  firstRenderMs: number;
  pan: { frames: number; medianMs: number; p95Ms: number; meanMs: number };
  /** ForceAtlas2 in a worker with the renderer detached (pure layout throughput). */
  fa2: Fa2Result;
  /** ForceAtlas2 in a worker while sigma redraws every step (what a viewer user sees). */
  fa2Attached: Fa2Result;
}

declare global {
  interface Window {
    __bench?: BenchResult | { error: string };
  }
}

/** The worker supervisor class, whether the CommonJS module arrives as a namespace or as the class. */
type FA2LayoutClass = typeof FA2LayoutImport.default;
const FA2Layout = ((FA2LayoutImport as unknown as { default?: FA2LayoutClass }).default ?? FA2LayoutImport) as FA2LayoutClass;

interface Fa2Result {
  iterations: number;
  seconds: number;
  perSecond: number;
}

/**
 * Runs the ForceAtlas2 worker on `graph` for at least `minMs` and until it
 * has done `minIterations` (at most `maxMs`), counting the iterations it sends
 * back (one message per iteration), timed from the first message so worker
 * start-up is not counted.
 */
async function measureFa2(
  graph: MultiDirectedGraph,
  settings: ReturnType<typeof inferSettings>,
  budget: { minMs: number; maxMs: number; minIterations: number },
): Promise<Fa2Result> {
  const layout = new FA2Layout(graph, { settings });
  let messages = 0;
  let firstAt = 0;
  let lastAt = 0;
  (layout as unknown as { worker: Worker }).worker.addEventListener('message', () => {
    lastAt = performance.now();
    if (messages === 0) firstAt = lastAt;
    messages += 1;
  });
  const started = performance.now();
  layout.start();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const elapsed = performance.now() - started;
    if (elapsed >= budget.maxMs || (elapsed >= budget.minMs && messages - 1 >= budget.minIterations)) break;
  }
  layout.kill();
  const iterations = Math.max(0, messages - 1);
  const seconds = (lastAt - firstAt) / 1000;
  return { iterations, seconds: Math.round(seconds * 100) / 100, perSecond: seconds > 0 ? Math.round((iterations / seconds) * 100) / 100 : 0 };
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** Blocks until the GPU has finished drawing (reads one pixel back). */
function flushGpu(container: HTMLElement): void {
  for (const canvas of container.querySelectorAll('canvas')) {
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
    if (gl) gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
  }
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

async function run(): Promise<BenchResult> {
  const params = new URLSearchParams(location.search);
  const mode = params.get('mode') === 'bare' ? 'bare' : 'ours';
  const nodeCount = Number(params.get('n') ?? '10000');
  const panMs = Number(params.get('panMs') ?? '4000');
  const fa2Ms = Number(params.get('fa2Ms') ?? '6000');
  const container = document.getElementById('graph')!;
  const view = syntheticView(nodeCount);
  await nextFrame();

  const start = performance.now();
  let graph: MultiDirectedGraph;
  let renderer: Pick<Sigma, 'getCamera' | 'kill'>;
  if (mode === 'ours') {
    const ours = toGraphology(view);
    const visible = visibleNodeIds(view, DEFAULT_FILTERS);
    const state: ReducerState = { visible, focus: null };
    // Ablation knobs (off by default) to see where the overhead comes from.
    if (params.get('lines') === '1') ours.forEachEdge((edge) => ours.setEdgeAttribute(edge, 'type', 'line'));
    const settings = { ...SIGMA_SETTINGS, ...(params.get('reducers') === '0' ? {} : createReducers(ours, () => state)) };
    if (params.get('zIndex') === '0') settings.zIndex = false as true;
    renderer = new Sigma(ours, container, settings);
    graph = ours as unknown as MultiDirectedGraph;
  } else {
    graph = new MultiDirectedGraph();
    for (const node of view.nodes) graph.addNode(node.id, { x: node.x, y: node.y, size: node.size, label: node.label, color: node.color });
    for (const edge of view.edges) graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target);
    renderer = new Sigma(graph, container);
  }
  await nextFrame();
  flushGpu(container);
  const firstRenderMs = performance.now() - start;

  const camera = renderer.getCamera();
  const deltas: number[] = [];
  let panning = true;
  let last = await nextFrame();
  const sample = (now: number) => {
    deltas.push(now - last);
    last = now;
    if (panning) requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
  const panStart = performance.now();
  while (deltas.length < 12 && performance.now() - panStart < 60_000) {
    await camera.animate({ x: 0.8, y: 0.65 }, { duration: panMs / 2, easing: 'linear' });
    await camera.animate({ x: 0.2, y: 0.35 }, { duration: panMs / 2, easing: 'linear' });
  }
  panning = false;
  await nextFrame();
  const sorted = [...deltas].sort((a, b) => a - b);

  const settings = mode === 'ours' ? { ...inferSettings(graph), barnesHutOptimize: graph.order >= 1_000 } : inferSettings(graph);
  const fa2Attached = await measureFa2(graph, settings, { minMs: fa2Ms / 2, maxMs: 25_000, minIterations: 3 });
  renderer.kill();
  const fa2 = await measureFa2(graph, settings, { minMs: fa2Ms, maxMs: 40_000, minIterations: 10 });

  return {
    mode,
    nodes: graph.order,
    edges: graph.size,
    firstRenderMs: Math.round(firstRenderMs),
    pan: {
      frames: deltas.length,
      medianMs: Math.round(quantile(sorted, 0.5) * 10) / 10,
      p95Ms: Math.round(quantile(sorted, 0.95) * 10) / 10,
      meanMs: Math.round((deltas.reduce((sum, value) => sum + value, 0) / Math.max(1, deltas.length)) * 10) / 10,
    },
    fa2,
    fa2Attached,
  };
}

run().then(
  (result) => (window.__bench = result),
  (error: unknown) => (window.__bench = { error: error instanceof Error ? `${error.message}\n${error.stack}` : String(error) }),
);
