/**
 * The record of the last build of an output, what a rebuild after a few edits
 * needs to skip the corpus-wide work (see `rebuild.ts`): for every document
 * its content key, the key of what the corpus-wide work read of it
 * (`crossDocumentKey`), the facts its own parts took from that work, the
 * digest of its local part and the counts it adds to the summary; for every
 * named graph the text of its subject groups (for a document graph, those of
 * its statements, an article's group left to be copied from the last
 * output); and the summary and warnings of the model (for one that names a
 * quote by its span, where). It lives in
 * `<output folder>/.cache/<output name>.build` as a header, a SHA-256 of the
 * payload and the payload (`v8.serialize`), and names the code and the
 * annotations it was made with: a damaged record, or one made by other code or
 * from other annotations, is no record — it costs a full build, never a
 * different output.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { ModelSummary } from '@claimgraph/model';
import { AtomicFile } from './atomic.js';

/** One document as the build saw it. */
export interface DocumentRecord {
  id: string;
  contentKey: string;
  /** `crossDocumentKey` of the document. */
  crossKey: string;
  /** Its `DocumentFacts`, as JSON (read only for a document that changed). */
  facts: string;
  /** The digests of its graph's local part (`localDigest`), of its graph's block and of its article's group. */
  localDigest: string;
  blockDigest: string;
  articleDigest: string;
  /** Its extraction warnings, as the build prints them. */
  warnings: string[];
  /** The mentions, article rows and local-part rows it adds to the summary. */
  mentions: number;
  articleRows: number;
  localRows: number;
}

/** One named graph of the output. */
export interface GraphRecord {
  graph: string;
  /**
   * Its subject groups as JSON (`SubjectGroup[]`; for a document graph, those of its statements),
   * an article's group given as the index of its document.
   */
  groups: string;
  /** For a document graph: the index of its document in `BuildRecord.documents`. */
  document?: number;
}

/** The record of one build. */
export interface BuildRecord {
  fingerprint: string;
  /** In the order of the files. */
  documents: DocumentRecord[];
  /** In the order of the output. */
  graphs: GraphRecord[];
  /** The model's warnings, as printed. */
  warnings: string[];
  /**
   * Where the warnings name a quote by its span, five numbers for each such warning: its index,
   * the index of its document, the index of the quote in the document's extraction, and the
   * lengths of the message before and after the span.
   */
  warningSpans: number[];
  /** Actors after cross-document resolution. */
  actors: number;
  /** The model's summary, `quads` counting every row of the output. */
  summary: ModelSummary;
}

const HEADER = 'claimgraph build record 2\n';

/** Where the record of an output file lives. */
export function buildRecordFile(outputFile: string): string {
  return join(dirname(outputFile), '.cache', `${basename(outputFile)}.build`);
}

/**
 * The record of the last build of `outputFile` if there is an intact one made with `fingerprint`.
 * @example const record = loadBuildRecord('out.trig', fingerprint);
 */
export function loadBuildRecord(outputFile: string, fingerprint: string): BuildRecord | undefined {
  try {
    const bytes = readFileSync(buildRecordFile(outputFile));
    const start = HEADER.length + 65;
    if (bytes.toString('latin1', 0, HEADER.length) !== HEADER) return undefined;
    const payload = bytes.subarray(start);
    const sum = bytes.toString('latin1', HEADER.length, start - 1);
    if (createHash('sha256').update(payload).digest('hex') !== sum) return undefined;
    const record = deserialize(payload) as BuildRecord;
    return record.fingerprint === fingerprint &&
      Array.isArray(record.documents) &&
      Array.isArray(record.graphs) &&
      Array.isArray(record.warningSpans)
      ? record
      : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the record of the build of `outputFile` (atomically). */
export function saveBuildRecord(outputFile: string, record: BuildRecord): void {
  const payload = serialize(record);
  const file = AtomicFile.open(buildRecordFile(outputFile));
  try {
    file.write(HEADER);
    file.write(`${createHash('sha256').update(payload).digest('hex')}\n`);
    file.write(payload);
  } catch (error) {
    file.abort();
    throw error;
  }
  file.commit();
}

/** Removes the record of an output file (after a build that did not make one). */
export function removeBuildRecord(outputFile: string): void {
  rmSync(buildRecordFile(outputFile), { force: true });
}
