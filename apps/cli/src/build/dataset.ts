/**
 * Writes the TriG file of a built model, one named graph at a time in
 * canonical order. A document graph whose local part has a digest is its
 * statements merged with that part; its block is made from the digest of the
 * part and the text of the statements, and is copied from the previous
 * output when a block made from the same digest is there (`BlockIndex`), or
 * mapped and encoded otherwise. The file is exactly the text of a build
 * without any cache, written atomically.
 */
import { createHash } from 'node:crypto';
import {
  mergeGroups,
  TrigSerialiser,
  type ModelResult,
  type Row,
  type SubjectGroup,
} from '@claimgraph/model';
import { AtomicFile } from './atomic.js';
import type { BlockIndex } from './block-index.js';

/** What writing the dataset found. */
export interface DatasetWrite {
  /** Rows of the local parts, copied or mapped (they are not in `ModelResult.summary.quads`). */
  localRows: number;
  /** Document graphs whose block was copied from the previous output. */
  copied: number;
}

/**
 * Writes the dataset to `out` (atomically), copying unchanged blocks when an index of the
 * previous output is given, and recording every document-graph block in it.
 * @example const { copied } = writeDataset('out.trig', model, blocks);
 */
export function writeDataset(
  out: string,
  model: Pick<ModelResult, 'graphs' | 'localParts'>,
  blocks?: BlockIndex,
): DatasetWrite {
  const file = AtomicFile.open(out);
  const result: DatasetWrite = { localRows: 0, copied: 0 };
  try {
    const serialiser = new TrigSerialiser();
    file.write(serialiser.header);
    const rowsOf = new Map<string, readonly Row[]>(model.graphs.map((g) => [g.graph, g.rows]));
    const names = [...new Set([...rowsOf.keys(), ...model.localParts.keys()])].sort((a, b) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    for (const graph of names) {
      const groups = serialiser.groups(rowsOf.get(graph) ?? []);
      const part = model.localParts.get(graph);
      if (!part) {
        file.write(serialiser.block(graph, groups));
        continue;
      }
      const digest = blockDigest(part.digest, groups);
      const copiedRows = blocks?.copy(file, graph, digest);
      if (copiedRows !== undefined) {
        result.localRows += copiedRows;
        result.copied += 1;
        continue;
      }
      const rows = part.rows();
      const offset = file.position;
      const bytes = file.write(
        serialiser.block(graph, mergeGroups(groups, serialiser.groups(rows))),
      );
      blocks?.record(graph, digest, offset, bytes, rows.length);
      result.localRows += rows.length;
    }
    // The previous output is closed before the new one takes its name.
    blocks?.close();
  } catch (error) {
    file.abort();
    throw error;
  }
  file.commit();
  return result;
}

/** The digest of a document-graph block: its local part's digest and its statements' text. */
function blockDigest(localDigest: string, statements: readonly SubjectGroup[]): string {
  const hash = createHash('sha256').update(localDigest);
  for (const [, text] of statements) hash.update('\n').update(text);
  return hash.digest('hex').slice(0, 32);
}
