/**
 * Layout controls: runs ForceAtlas2 in a web worker on the displayed graph
 * (Barnes-Hut from 1,000 nodes, where it starts to pay off) and puts the
 * nodes back at the projection's precomputed positions on request.
 */
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type Graph from 'graphology';
import type { ViewModel } from '@claimgraph/projection';

/** From this many nodes on the layout uses the Barnes-Hut approximation. */
export const BARNES_HUT_FROM = 1000;

/** Start, stop and reset of the live layout. */
export interface LayoutControl {
  readonly running: boolean;
  start(): void;
  stop(): void;
  /** Stops the layout and restores the precomputed positions. */
  reset(): void;
  kill(): void;
}

/** Creates the layout control for `graph`, whose precomputed positions are in `view`. */
export function createLayoutControl(graph: Graph, view: ViewModel, onChange: () => void): LayoutControl {
  let layout: FA2Layout | null = null;
  const ensure = (): FA2Layout => {
    layout ??= new FA2Layout(graph, {
      settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order >= BARNES_HUT_FROM },
    });
    return layout;
  };
  return {
    get running() {
      return layout?.isRunning() ?? false;
    },
    start() {
      ensure().start();
      onChange();
    },
    stop() {
      layout?.stop();
      onChange();
    },
    reset() {
      layout?.stop();
      for (const node of view.nodes) {
        if (graph.hasNode(node.id)) graph.mergeNodeAttributes(node.id, { x: node.x, y: node.y });
      }
      onChange();
    },
    kill() {
      layout?.kill();
      layout = null;
    },
  };
}
