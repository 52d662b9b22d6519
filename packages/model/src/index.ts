/**
 * @claimgraph/model — maps extraction results and analyst annotations to RDF
 * quads in the claimgraph ontology, with deterministic IRIs, one named graph
 * per document plus `curated` and `metadata`, and Web Annotation anchors for
 * every report and mention; serialises them as TriG.
 */
export {
  buildModel,
  type CorpusDocument,
  type ModelInput,
  type ModelResult,
  type ModelSummary,
  type ModelWarning,
  type GraphReuse,
  type LocalPart,
} from './model.js';
export {
  parseAnnotations,
  documentsQuoted,
  AnnotationError,
  type AnnotationSet,
  type EvidenceRef,
  type StatementRef,
  type SourcePosition,
} from './annotations.js';
export {
  articleDigest,
  articleRows,
  localRows,
  localDigest,
  mentionCount,
  type AddRow,
  type DocumentFacts,
} from './document-parts.js';
export { crossDocumentKey } from './cross-document-key.js';
export { spanMessage, type WarningSpan } from './quote-warnings.js';
export { locateEvidence, type LocatedEvidence } from './evidence.js';
export {
  clusterQuotes,
  matchTokens,
  DEFAULT_MERGE_SETTINGS,
  type QuoteOccurrence,
  type MergeSettings,
} from './statements.js';
export { iri, graphs } from './iris.js';
export {
  toTrig,
  trigChunks,
  mergeGroups,
  TrigSerialiser,
  TRIG_PREFIXES,
  GROUP_SEPARATOR,
  BLOCK_CLOSING,
  type SubjectGroup,
} from './trig.js';
export type { GraphRows, Row, ObjectValue, LiteralTerm } from './quads.js';
