/**
 * Sigma display settings and reducers, as plain data and functions (this
 * package does not depend on sigma). The reducers hide what the filters hide
 * (`visible`), fade everything outside the focused node's neighbourhood, keep
 * contested statements' labels on screen, and draw disputes above other edges.
 * Pass them to `new Sigma(graph, container, { ...SIGMA_SETTINGS, ...createReducers(graph, getState) })`.
 */
import type { MultiDirectedGraph } from 'graphology';
import type { GraphEdgeAttributes, GraphNodeAttributes } from './graph.js';

/** What the reducers read on every frame. */
export interface ReducerState {
  /** Ids of visible nodes (from `visibleNodeIds`, so a subset of the graph's nodes), or null for all. */
  visible: ReadonlySet<string> | null;
  /** The hovered or selected node whose neighbourhood stays in colour, or null. */
  focus: string | null;
}

/** Node display data the reducers produce (a subset of sigma's NodeDisplayData). */
export interface NodeDisplay extends GraphNodeAttributes {
  hidden?: boolean;
  forceLabel?: boolean;
  highlighted?: boolean;
  zIndex?: number;
}

/** Edge display data the reducers produce (a subset of sigma's EdgeDisplayData). */
export interface EdgeDisplay extends GraphEdgeAttributes {
  hidden?: boolean;
  zIndex?: number;
}

/** Faded colours for nodes and edges outside the focused neighbourhood. */
export const FADED_NODE_COLOR = '#E4E7EC';
export const FADED_EDGE_COLOR = '#EEF0F3';

/** Sigma settings for claimgraph views (labels on a grid, z-ordering for disputes). */
export const SIGMA_SETTINGS = {
  renderEdgeLabels: false,
  labelDensity: 0.6,
  labelGridCellSize: 90,
  labelRenderedSizeThreshold: 7,
  zIndex: true,
  minEdgeThickness: 0.6,
  stagePadding: 40,
  defaultEdgeType: 'arrow',
} as const;

/**
 * Builds sigma node and edge reducers over `graph` that read `getState()` on each render.
 * Sigma hands reducers a shallow copy of the attributes, so they change and return it
 * rather than allocating a new object per node and edge.
 * @example
 * const reducers = createReducers(graph, () => ({ visible, focus: hovered }));
 * const sigma = new Sigma(graph, container, { ...SIGMA_SETTINGS, ...reducers });
 */
export function createReducers(
  graph: MultiDirectedGraph<GraphNodeAttributes, GraphEdgeAttributes>,
  getState: () => ReducerState,
): {
  nodeReducer: (node: string, data: GraphNodeAttributes) => NodeDisplay;
  edgeReducer: (edge: string, data: GraphEdgeAttributes) => EdgeDisplay;
} {
  let cachedFocus: string | null = null;
  let cachedNeighbourhood: Set<string> | null = null;
  const neighbourhood = (focus: string | null): Set<string> | null => {
    if (focus !== cachedFocus) {
      cachedFocus = focus;
      cachedNeighbourhood = focus && graph.hasNode(focus) ? new Set([focus, ...graph.neighbors(focus)]) : null;
    }
    return cachedNeighbourhood;
  };
  /** The visible set, or null when it keeps every node (so edges need no end lookups). */
  const hidingSome = (visible: ReadonlySet<string> | null) => (visible && visible.size < graph.order ? visible : null);
  return {
    nodeReducer(node, data) {
      const display: NodeDisplay = data;
      const state = getState();
      const visible = hidingSome(state.visible);
      if (visible && !visible.has(node)) {
        display.hidden = true;
        return display;
      }
      const around = neighbourhood(state.focus);
      if (around && !around.has(node)) {
        display.color = FADED_NODE_COLOR;
        display.label = '';
      } else if (node === state.focus) {
        display.highlighted = true;
        display.forceLabel = true;
        display.zIndex = 3;
      } else if (around) {
        display.forceLabel = true;
        display.zIndex = 2;
      } else if (data.contested && data.kind === 'statement') {
        display.zIndex = 1;
      }
      return display;
    },
    edgeReducer(edge, data) {
      const display: EdgeDisplay = data;
      const state = getState();
      const visible = hidingSome(state.visible);
      const around = neighbourhood(state.focus);
      if (visible || around) {
        const source = graph.source(edge);
        const target = graph.target(edge);
        if (visible && (!visible.has(source) || !visible.has(target))) {
          display.hidden = true;
          return display;
        }
        if (around && source !== state.focus && target !== state.focus) {
          display.color = FADED_EDGE_COLOR;
          return display;
        }
        if (around) {
          display.size = data.size * 1.6;
          display.zIndex = 2;
          return display;
        }
      }
      if (data.kind === 'disputes') display.zIndex = 1;
      return display;
    },
  };
}
