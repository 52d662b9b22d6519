/**
 * The index of the document-graph blocks of the last dataset a build wrote:
 * for each graph, the digest of what its block was made from (see
 * `dataset.ts`), where the block lies in the output file, a SHA-256 of its
 * bytes and the number of rows of its local part. A rebuild copies the
 * bytes of every block whose digest is unchanged straight from the previous
 * output into the new one — no decoding, no mapping, no encoding — after
 * checking that they still hash to what was written, so a file changed since
 * (or an index that does not describe it) costs only speed, never
 * correctness. The index lives in `<output folder>/.cache/<output name>.blocks.json`
 * and names the code that assembles blocks (`writerFingerprint`); another
 * version of that code starts from an empty index.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AtomicFile } from './atomic.js';

/** One block of the output: [digest, offset, length, SHA-256 of the bytes, rows of the local part]. */
type BlockEntry = [digest: string, offset: number, length: number, sha256: string, rows: number];

interface IndexFile {
  fingerprint: string;
  blocks: Record<string, BlockEntry>;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The blocks of the previous output of one file, and those of the output being written. */
export class BlockIndex {
  private readonly file: string;
  private previous: Map<string, BlockEntry> = new Map();
  private readonly next = new Map<string, BlockEntry>();
  /** The previous output, open for reading, or undefined when there is none to copy from. */
  private fd: number | undefined;

  constructor(
    private readonly outputFile: string,
    private readonly fingerprint: string,
  ) {
    this.file = BlockIndex.fileOf(outputFile);
  }

  /** Where the index of an output file lives. */
  static fileOf(outputFile: string): string {
    return join(dirname(outputFile), '.cache', `${basename(outputFile)}.blocks.json`);
  }

  /** Removes the index of an output file (after a build that did not record its blocks). */
  static remove(outputFile: string): void {
    rmSync(BlockIndex.fileOf(outputFile), { force: true });
  }

  /** Reads the index and opens the previous output; a missing or unreadable one is empty. */
  load(): void {
    try {
      const index = JSON.parse(readFileSync(this.file, 'utf8')) as IndexFile;
      if (index.fingerprint !== this.fingerprint) return;
      this.previous = new Map(Object.entries(index.blocks));
      this.fd = openSync(this.outputFile, 'r');
    } catch {
      this.previous = new Map();
    }
  }

  /**
   * Copies the previous output's block of `graph` into `file` when it was made from `digest` and
   * its bytes are intact; returns the rows of its local part, or undefined (nothing copied).
   */
  copy(file: AtomicFile, graph: string, digest: string): number | undefined {
    const entry = this.previous.get(graph);
    if (this.fd === undefined || entry?.[0] !== digest) return undefined;
    const [, offset, length, hash, rows] = entry;
    const at = file.position;
    if (!file.copy(this.fd, offset, length, (bytes) => sha256(bytes) === hash)) return undefined;
    this.next.set(graph, [digest, at, length, hash, rows]);
    return rows;
  }

  /** Records a block just written at `offset` of the new output. */
  record(graph: string, digest: string, offset: number, bytes: Uint8Array, rows: number): void {
    this.next.set(graph, [digest, offset, bytes.length, sha256(bytes), rows]);
  }

  /** Closes the previous output. */
  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  /** Writes the index of the new output (once that output is in place). */
  save(): void {
    this.close();
    const index: IndexFile = {
      fingerprint: this.fingerprint,
      blocks: Object.fromEntries(this.next),
    };
    const file = AtomicFile.open(this.file);
    try {
      file.write(JSON.stringify(index));
    } catch (error) {
      file.abort();
      throw error;
    }
    file.commit();
  }
}
