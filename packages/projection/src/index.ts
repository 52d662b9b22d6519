/**
 * @claimgraph/projection — turns a claimgraph RDF dataset into a view model
 * and a sigma-ready graphology graph (actors, statements, policies, disputes,
 * articles, outlets, events), with a deterministic layout, viewer filters that
 * round-trip through URLs, name search, and GEXF/GraphML export. Runs in Node
 * and in the browser (no file system access).
 */
export type {
  EdgeKind,
  FilterState,
  LayoutOptions,
  NodeKind,
  ProjectionOptions,
  SearchHit,
  ViewDetail,
  ViewDetailValue,
  ViewDocument,
  ViewEdge,
  ViewLegendEntry,
  ViewModel,
  ViewNode,
  ViewRef,
  ViewReport,
  ViewSpan,
  ViewStatement,
} from './types.js';
export { projectDataset } from './project.js';
export { ProjectionError } from './errors.js';
export { defaultIterations, defaultNoverlapIterations, initialPosition, layoutView } from './layout.js';
export { toGraphology } from './graph.js';
export type { GraphEdgeAttributes, GraphNodeAttributes } from './graph.js';
export { DEFAULT_FILTERS, filtersFromQuery, filtersToQuery, visibleNodeIds } from './filters.js';
export { foldText, searchIndex } from './search.js';
export { toGexf } from './gexf.js';
export { toGraphml } from './graphml.js';
export { EDGE_STYLE, NODE_KINDS, NODE_STYLE, sizeForDegree } from './style.js';
export { FADED_EDGE_COLOR, FADED_NODE_COLOR, SIGMA_SETTINGS, createReducers } from './reducers.js';
export type { EdgeDisplay, NodeDisplay, ReducerState } from './reducers.js';
