/**
 * Writes the TriG file of a dataset, one named graph at a time in canonical
 * order, from a list of graph blocks. A graph is its subject groups; a
 * subject group may be copyable (an article in the metadata graph), and a
 * document graph is its statements' groups merged with the local part of its
 * article. The block of a document graph and a copyable group are each known
 * by a digest of what they are made from, and are copied from the previous
 * output when something made from the same digest is there (`BlockIndex`),
 * or made and encoded otherwise. The file is exactly the text of a build
 * without any cache, written atomically.
 */
import { createHash } from 'node:crypto';
import {
  BLOCK_CLOSING,
  GROUP_SEPARATOR,
  mergeGroups,
  type ModelResult,
  type Row,
  type SubjectGroup,
  type TrigSerialiser,
} from '@claimgraph/model';
import { AtomicFile } from './atomic.js';
import type { BlockIndex } from './block-index.js';

/** A subject group that may be copied from the previous output: a key, a digest, the group on demand. */
export interface CopyableGroup {
  readonly key: string;
  readonly digest: string;
  group(): SubjectGroup;
}

/** One named graph of the file. */
export interface GraphBlock {
  readonly graph: string;
  /** Its subject groups in subject order; for a document graph, those of its statements. */
  groups(): ReadonlyArray<SubjectGroup | CopyableGroup>;
  /** For a document graph: the digest of its block (`blockDigest`) and the rows of its local part. */
  readonly local?: { readonly digest: string; rows(): readonly Row[] };
}

/** What writing the dataset found. */
export interface DatasetWrite {
  /** Rows of the local parts, copied or mapped (they are not in `ModelResult.summary.quads`). */
  localRows: number;
  /** The rows of each document graph's local part. */
  localRowsOf: Map<string, number>;
  /** Document graphs whose block was copied from the previous output. */
  copied: number;
}

/**
 * The graph blocks of a built model, in the order of the file, each graph's groups encoded once.
 * @param copyable the digest of each subject group that may be copied, by subject
 * @example writeDataset('out.trig', serialiser, modelBlocks(model, serialiser, articles));
 */
export function modelBlocks(
  model: Pick<ModelResult, 'graphs' | 'localParts'>,
  serialiser: TrigSerialiser,
  copyable: ReadonlyMap<string, string> = new Map(),
): GraphBlock[] {
  const rowsOf = new Map<string, readonly Row[]>(model.graphs.map((g) => [g.graph, g.rows]));
  const names = [...new Set([...rowsOf.keys(), ...model.localParts.keys()])].sort((a, b) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  return names.map((graph) => {
    const rows = rowsOf.get(graph) ?? [];
    const local = model.localParts.get(graph);
    if (local) {
      const encoded = serialiser.groups(rows);
      const digest = blockDigest(local.digest, encoded);
      return { graph, groups: () => encoded, local: { digest, rows: () => local.rows() } };
    }
    if (!rows.some((row) => copyable.has(row.subject)))
      // Encoded when written, and not kept: without a cache this is every row of the dataset.
      return { graph, groups: () => serialiser.groups(rows) };
    const groups = withCopyable(rows, serialiser, copyable);
    return { graph, groups: () => groups };
  });
}

/**
 * The groups of a graph's rows (sorted), those whose subject has a digest made copyable: each of
 * these is encoded only when it is not copied (an article's group holds its whole body text).
 */
export function withCopyable(
  rows: readonly Row[],
  serialiser: TrigSerialiser,
  copyable: ReadonlyMap<string, string>,
): Array<SubjectGroup | CopyableGroup> {
  const groups: Array<SubjectGroup | CopyableGroup> = [];
  // A loop, not a spread: a graph may have more groups than a call has room for arguments.
  const encode = (from: number, to: number) => {
    for (const group of serialiser.groups(rows.slice(from, to))) groups.push(group);
  };
  let pending = 0;
  let at = 0;
  while (at < rows.length) {
    const subject = rows[at]!.subject;
    let end = at + 1;
    while (end < rows.length && rows[end]!.subject === subject) end += 1;
    const digest = copyable.get(subject);
    if (digest !== undefined) {
      if (pending < at) encode(pending, at);
      const own = rows.slice(at, end);
      let encoded: SubjectGroup | undefined;
      groups.push({ key: subject, digest, group: () => (encoded ??= serialiser.groups(own)[0]!) });
      pending = end;
    }
    at = end;
  }
  if (pending < rows.length) encode(pending, rows.length);
  return groups;
}

/**
 * Writes the dataset to `out` (atomically), copying unchanged blocks and groups when an index of
 * the previous output is given, and recording every one of them in it.
 * @example const { copied } = writeDataset('out.trig', serialiser, blocks, index);
 */
export function writeDataset(
  out: string,
  serialiser: TrigSerialiser,
  graphs: Iterable<GraphBlock>,
  index?: BlockIndex,
): DatasetWrite {
  const file = AtomicFile.open(out);
  const result: DatasetWrite = { localRows: 0, localRowsOf: new Map(), copied: 0 };
  try {
    file.write(serialiser.header);
    for (const block of graphs) {
      if (block.local) writeDocumentGraph(file, serialiser, block, block.local, result, index);
      else writeGraph(file, serialiser, block, index);
    }
    // The previous output is closed before the new one takes its name.
    index?.close();
  } catch (error) {
    file.abort();
    throw error;
  }
  file.commit();
  return result;
}

/** The digest of a document-graph block: its local part's digest and its statements' text. */
export function blockDigest(localDigest: string, statements: readonly SubjectGroup[]): string {
  const hash = createHash('sha256').update(localDigest);
  for (const [, text] of statements) hash.update('\n').update(text);
  return hash.digest('hex').slice(0, 32);
}

function writeDocumentGraph(
  file: AtomicFile,
  serialiser: TrigSerialiser,
  block: GraphBlock,
  local: NonNullable<GraphBlock['local']>,
  result: DatasetWrite,
  index: BlockIndex | undefined,
): void {
  let rows = index?.copy(file, block.graph, local.digest);
  if (rows !== undefined) result.copied += 1;
  else {
    const localRows = local.rows();
    const statements = block.groups().map(groupOf);
    const offset = file.position;
    const bytes = file.write(
      serialiser.block(block.graph, mergeGroups(statements, serialiser.groups(localRows))),
    );
    index?.record(block.graph, local.digest, offset, bytes, localRows.length);
    rows = localRows.length;
  }
  result.localRows += rows;
  result.localRowsOf.set(block.graph, rows);
}

function writeGraph(
  file: AtomicFile,
  serialiser: TrigSerialiser,
  block: GraphBlock,
  index: BlockIndex | undefined,
): void {
  const groups = block.groups();
  if (!groups.some((group) => !Array.isArray(group))) {
    file.write(serialiser.block(block.graph, groups as readonly SubjectGroup[]));
    return;
  }
  file.write(serialiser.opening(block.graph));
  groups.forEach((group, at) => {
    if (at > 0) file.write(GROUP_SEPARATOR);
    if (Array.isArray(group)) {
      file.write((group as SubjectGroup)[1]);
      return;
    }
    const { key, digest } = group as CopyableGroup;
    if (index?.copy(file, key, digest) !== undefined) return;
    const offset = file.position;
    const bytes = file.write((group as CopyableGroup).group()[1]);
    index?.record(key, digest, offset, bytes, 0);
  });
  file.write(BLOCK_CLOSING);
}

const groupOf = (group: SubjectGroup | CopyableGroup): SubjectGroup =>
  Array.isArray(group) ? (group as SubjectGroup) : (group as CopyableGroup).group();
