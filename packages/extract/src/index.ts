/**
 * @claimgraph/extract — the extraction half of the converter. Plain-text news articles in, plain
 * objects with code-point offsets out: `parseDocument`/`decodeDocument` read a document,
 * `extractDocument` runs the pipeline (segment → mentions → entities → quotes → attribution →
 * roles/dates/policy and dispute cues), `resolveCorpus` merges actors across documents.
 * Pure functions: no file I/O (beyond the package's own lexicons), no RDF.
 */
export type * from './types.js';
export { ExtractError, type ExtractErrorCode } from './errors.js';
export { parseDocument, decodeDocument, MAX_DOCUMENT_SIZE, type ParseOptions } from './parse.js';
export {
  extractDocument,
  DEFAULT_STAGES,
  type ExtractOptions,
  type PipelineStages,
} from './extract.js';
export { resolveCorpus } from './corpus.js';
export { toCodePointOffset, toUtf16Offset, sliceCodePoints } from './offsets.js';
export { defaultLexicon, type Lexicon } from './lexicon.js';
export {
  evaluateDocument,
  combineEvaluations,
  type GoldDocument,
  type GoldQuote,
  type EvaluationResult,
  type EvaluationError,
  type Scores,
} from './evaluate.js';
