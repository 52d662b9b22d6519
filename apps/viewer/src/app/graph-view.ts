/**
 * The canvas: a sigma renderer over a graphology copy of the view model.
 * Nodes are coloured by class and sized by degree (both precomputed by the
 * projection); edges take their type's colour, disputes are thick red double
 * arrows. Reducers hide what the filters hide, fade everything outside the
 * hovered or selected node's neighbourhood, and ring the nodes a SPARQL result
 * highlighted. Labels use sigma's label grid so they do not overlap.
 */
import type { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeDoubleArrowProgram, EdgeLineProgram } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import {
  toGraphology,
  type GraphEdgeAttributes as ProjectedEdgeAttributes,
  type GraphNodeAttributes as ProjectedNodeAttributes,
  type ViewModel,
} from '@claimgraph/projection';
import { canvasLabel } from './canvas-label.js';
import type { ViewerStore } from './store.js';

const FADED_NODE = '#e4e7ec';
const FADED_EDGE = '#eef0f3';
/** How many of a focused node's neighbours (the biggest) always show their label. */
const FORCED_LABELS_UP_TO = 10;

/** Node attributes in the renderer's graph: the projection's. */
export type GraphNodeAttributes = ProjectedNodeAttributes;

/** Edge attributes in the renderer's graph: the projection's, plus sigma's double arrow for disputes. */
export type GraphEdgeAttributes = Omit<ProjectedEdgeAttributes, 'type'> & {
  type: ProjectedEdgeAttributes['type'] | 'double';
};

/**
 * Builds the renderer's graph from the view model: the projection's graphology graph (positions,
 * sizes, colours and edge types precomputed), with labels shortened for the canvas and disputes
 * drawn as thick double arrows.
 */
export function buildGraph(
  view: ViewModel,
): MultiDirectedGraph<GraphNodeAttributes, GraphEdgeAttributes> {
  const graph = toGraphology(view) as unknown as MultiDirectedGraph<
    GraphNodeAttributes,
    GraphEdgeAttributes
  >;
  graph.updateEachNodeAttributes((_node, attributes) => ({
    ...attributes,
    label: canvasLabel(attributes.label),
  }));
  graph.updateEachEdgeAttributes((_edge, attributes) =>
    attributes.kind === 'disputes' ? { ...attributes, size: 4, type: 'double' } : attributes,
  );
  return graph;
}

/** The canvas and what other panels may ask of it. */
export interface GraphView {
  readonly sigma: Sigma<GraphNodeAttributes, GraphEdgeAttributes>;
  readonly graph: MultiDirectedGraph<GraphNodeAttributes, GraphEdgeAttributes>;
  /** Animates the camera to a node. */
  focusNode(nodeId: string): void;
  /** Animates the camera back to the whole graph. */
  resetCamera(): void;
  /** Redraws after a change to the state. */
  refresh(): void;
}

/**
 * Mounts sigma in `container` and wires it to the store: clicking a node
 * selects it, hovering highlights its neighbourhood, moving the camera is
 * written back to the store (for the shareable URL).
 */
export function mountGraphView(container: HTMLElement, store: ViewerStore): GraphView {
  const graph = buildGraph(store.view);
  const sigma = new Sigma<GraphNodeAttributes, GraphEdgeAttributes>(graph, container, {
    allowInvalidContainer: true,
    renderEdgeLabels: false,
    labelDensity: 0.35,
    labelGridCellSize: 150,
    labelRenderedSizeThreshold: 8,
    labelFont: 'Inter, system-ui, sans-serif',
    labelSize: 13,
    labelWeight: '500',
    labelColor: { color: '#1f2937' },
    defaultEdgeType: 'line',
    edgeProgramClasses: {
      line: EdgeLineProgram,
      arrow: EdgeArrowProgram,
      double: EdgeDoubleArrowProgram,
    },
    zIndex: true,
    minEdgeThickness: 0.6,
    enableEdgeEvents: true,
    stagePadding: 40,
  });

  let neighbourhood: { center: string; nodes: Set<string>; labelled: Set<string> } | null = null;
  const computeNeighbourhood = (): void => {
    const center = store.state.hovered ?? store.state.selected;
    if (!center || !graph.hasNode(center)) {
      neighbourhood = null;
      return;
    }
    const neighbours = graph.neighbors(center).filter((node) => store.visible.has(node));
    const biggest = [...neighbours].sort(
      (a, b) => graph.getNodeAttribute(b, 'size') - graph.getNodeAttribute(a, 'size'),
    );
    neighbourhood = {
      center,
      nodes: new Set([center, ...neighbours]),
      labelled: new Set([center, ...biggest.slice(0, FORCED_LABELS_UP_TO)]),
    };
  };

  sigma.setSetting('nodeReducer', (node, data) => {
    const result: Partial<NodeDisplayData> = { ...data };
    if (!store.visible.has(node)) return { ...result, hidden: true };
    const highlighted = store.state.highlighted;
    if (neighbourhood && !neighbourhood.nodes.has(node)) {
      return { ...result, color: FADED_NODE, label: '', zIndex: 0 };
    }
    if (highlighted.size > 0 && !neighbourhood) {
      if (!highlighted.has(node)) return { ...result, color: FADED_NODE, label: '', zIndex: 0 };
      return { ...result, highlighted: true, forceLabel: true, zIndex: 2 };
    }
    if (node === store.state.selected)
      return { ...result, highlighted: true, forceLabel: true, zIndex: 3 };
    // The biggest neighbours always show their label; a hub's other neighbours leave theirs to the label grid.
    if (neighbourhood)
      return { ...result, forceLabel: neighbourhood.labelled.has(node), zIndex: 2 };
    return { ...result, zIndex: 1 };
  });
  sigma.setSetting('edgeReducer', (edge, data) => {
    const result: Partial<EdgeDisplayData> = { ...data };
    const [source, target] = graph.extremities(edge);
    if (!store.visible.has(source) || !store.visible.has(target))
      return { ...result, hidden: true };
    if (neighbourhood) {
      if (source !== neighbourhood.center && target !== neighbourhood.center)
        return { ...result, color: FADED_EDGE, zIndex: 0 };
      return { ...result, size: (data.size ?? 1) * 1.6, zIndex: 2 };
    }
    if (
      store.state.highlighted.size > 0 &&
      !(store.state.highlighted.has(source) && store.state.highlighted.has(target))
    ) {
      return { ...result, color: FADED_EDGE, zIndex: 0 };
    }
    return { ...result, zIndex: graph.getEdgeAttribute(edge, 'kind') === 'disputes' ? 2 : 1 };
  });

  sigma.on('enterNode', ({ node }) => {
    container.style.cursor = 'pointer';
    store.update({ hovered: node });
  });
  sigma.on('leaveNode', () => {
    container.style.cursor = '';
    store.update({ hovered: null });
  });
  sigma.on('clickNode', ({ node }) => store.update({ selected: node, hovered: null }));
  // Hovering an edge names its type and its two ends.
  const edgeTip = document.createElement('div');
  edgeTip.className = 'edge-tip';
  edgeTip.hidden = true;
  edgeTip.setAttribute('role', 'tooltip');
  container.appendChild(edgeTip);
  sigma.on('enterEdge', ({ edge, event }) => {
    const [source, target] = graph.extremities(edge);
    edgeTip.textContent = `${graph.getNodeAttribute(source, 'label')} — ${graph.getEdgeAttribute(edge, 'label')} → ${graph.getNodeAttribute(target, 'label')}`;
    edgeTip.style.left = `${event.x + 12}px`;
    edgeTip.style.top = `${event.y + 12}px`;
    edgeTip.hidden = false;
  });
  sigma.on('leaveEdge', () => {
    edgeTip.hidden = true;
  });
  sigma.on('clickStage', () => store.update({ selected: null }));

  const camera = sigma.getCamera();
  let cameraTimer: ReturnType<typeof setTimeout> | undefined;
  camera.on('updated', (state) => {
    clearTimeout(cameraTimer);
    cameraTimer = setTimeout(
      () => store.update({ camera: { x: state.x, y: state.y, ratio: state.ratio } }),
      250,
    );
  });
  if (store.state.camera) camera.setState(store.state.camera);

  const refresh = (): void => {
    computeNeighbourhood();
    container.dataset['highlighted'] = String(store.state.highlighted.size);
    container.dataset['selected'] = store.state.selected ?? '';
    sigma.refresh({ skipIndexation: true });
  };
  refresh();
  new ResizeObserver(() => {
    sigma.resize();
    sigma.refresh({ skipIndexation: true });
  }).observe(container);

  return {
    sigma,
    graph,
    refresh,
    focusNode(nodeId) {
      const position = sigma.getNodeDisplayData(nodeId);
      if (!position) return;
      // Zoom so that the node's visible neighbours stay on screen.
      let radius = 0;
      for (const neighbour of graph.neighbors(nodeId)) {
        const other = store.visible.has(neighbour)
          ? sigma.getNodeDisplayData(neighbour)
          : undefined;
        if (other)
          radius = Math.max(radius, Math.hypot(other.x - position.x, other.y - position.y));
      }
      const ratio = Math.min(1, Math.max(0.12, radius * 2.4 || 0.3));
      void camera.animate({ x: position.x, y: position.y, ratio }, { duration: 600 });
    },
    resetCamera() {
      void camera.animatedReset({ duration: 400 });
    },
  };
}
