/**
 * Node benchmark of the projection: projectDataset (without layout) and
 * layoutView on the seed corpus graph (if built), a seed-sized synthetic
 * dataset and a synthetic 10k-node dataset, each beside the underlying
 * library doing comparable work: loading the same quads into an n3 Store,
 * and graphology's ForceAtlas2 alone with the same start and iterations
 * (layoutView adds building the graph and the noverlap passes).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Quad } from '@rdfjs/types';
import forceAtlas2Import from 'graphology-layout-forceatlas2';
import { Parser, Store } from 'n3';
import { defaultIterations, initialPosition, layoutView, projectDataset, toGraphology } from '@claimgraph/projection';
import { syntheticDataset } from './synthetic-rdf.js';

/** One benchmarked dataset. */
export interface ProjectionRow {
  dataset: string;
  quads: number;
  nodes: number;
  edges: number;
  projectMs: number;
  n3StoreMs: number;
  iterations: number;
  layoutMs: number;
  rawFa2Ms: number;
}

/** The layout function, whether the CommonJS module arrives as a namespace or as the function itself. */
type ForceAtlas2 = typeof forceAtlas2Import.default;
const forceAtlas2 = ((forceAtlas2Import as unknown as { default?: ForceAtlas2 }).default ?? forceAtlas2Import) as ForceAtlas2;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function time(runs: number, work: () => void): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return Math.round(median(samples) * 10) / 10;
}

function benchOne(name: string, quads: Quad[], runs: number): ProjectionRow {
  projectDataset(quads, { layout: false });
  const view = projectDataset(quads, { layout: false });
  const iterations = defaultIterations(view.nodes.length);
  const projectMs = time(runs, () => projectDataset(quads, { layout: false }));
  const n3StoreMs = time(runs, () => new Store(quads));
  const layoutMs = time(runs, () => layoutView(view));
  const rawFa2Ms = time(runs, () => {
    const graph = toGraphology(view);
    graph.forEachNode((node: string) => graph.mergeNodeAttributes(node, initialPosition(node, graph.order)));
    forceAtlas2.assign(graph, { iterations, settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order >= 1_000 } });
  });
  return { dataset: name, quads: quads.length, nodes: view.nodes.length, edges: view.edges.length, projectMs, n3StoreMs, iterations, layoutMs, rawFa2Ms };
}

/**
 * Runs the projection benchmark on the built seed graph (`seedGraph`, by
 * default data/graph/claimgraph.trig, skipped when absent) and the synthetic datasets.
 */
export function benchProjection(seedGraph: string): ProjectionRow[] {
  const rows: ProjectionRow[] = [];
  if (existsSync(seedGraph)) {
    const quads = new Parser({ format: 'application/trig' }).parse(readFileSync(seedGraph, 'utf8')) as Quad[];
    rows.push(benchOne('seed corpus (`kg build` of data/)', quads, 7));
  } else {
    console.warn(`bench/viewer: no built seed graph at ${seedGraph}; run \`pnpm kg build\` first to include it`);
  }
  rows.push(benchOne('synthetic, seed-sized (5 documents)', syntheticDataset(5), 7));
  rows.push(benchOne('synthetic, 1,250 documents (≈10k nodes)', syntheticDataset(1250), 3));
  return rows;
}
