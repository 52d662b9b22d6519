/**
 * @claimgraph/store — public entry point. Everything other packages may use from the store
 * (local Oxigraph store, remote endpoints, result formatters, validation, export, statistics)
 * is re-exported from here; nothing else in `src/` is public.
 */
export type { QueryResult, QueryOptions, SparqlSource } from './types.js';
export { StoreError, type StoreErrorCode } from './errors.js';
export { LocalStore, checkQuerySyntax } from './local-store.js';
export { type RdfFormat, formatForPath, isRdfFormat } from './formats.js';
export { parseBinding, parseTermValue, injectBindings, type Binding } from './bindings.js';
export { queryForm, type QueryForm } from './query-form.js';
export { DEFAULT_PREFIXES, shortenIri, type PrefixMap } from './prefixes.js';
export {
  formatResults,
  displayTerm,
  termToJson,
  RESULT_FORMATS,
  type ResultFormat,
} from './format-results.js';
export { writeTurtle, writeTrig, sortQuads } from './rdf-writer.js';
export {
  exportDataset,
  expandIri,
  selectGraph,
  EXPORT_FORMATS,
  type ExportFormat,
  type ExportOptions,
} from './export.js';
export { datasetStats, formatStats, type DatasetStats } from './stats.js';
export {
  validateDataset,
  formatValidationReport,
  type ValidationReport,
} from './validate/report.js';
export {
  checkAnchors,
  type AnchorProblem,
  type AnchorProblemKind,
  type AnchorReport,
} from './validate/anchors.js';
export { validateShacl, type ShaclResult, type ShaclOutcome } from './validate/shacl.js';
export { openSource, loadRemote, DEFAULT_DATA_FILE, type OpenSourceOptions } from './open.js';
export { ontologyShapes } from './validate/shapes.js';
