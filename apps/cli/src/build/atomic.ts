/**
 * Writes files so that readers never see half of one: the text goes to a
 * temporary file next to the target, which is then renamed over it (rename is
 * atomic within a file system). On failure the temporary file is removed and
 * the old target, if any, stays as it was. Large outputs can be written as a
 * sequence of chunks, so that they are never held as one string.
 */
import { mkdir, open, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';

/**
 * Atomically replaces `path` with `content`, creating its folder if needed.
 * @example await writeFileAtomic('data/graph/claimgraph.trig', text);
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(temporary, content);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Chunks are gathered up to this many UTF-16 units before each write. */
const BATCH_LENGTH = 1 << 20;

/**
 * Atomically replaces `path` with the concatenation of `chunks`, written in
 * batches as they are produced.
 * @example await writeChunksAtomic('out.trig', trigChunks(model.graphs));
 */
export async function writeChunksAtomic(path: string, chunks: Iterable<string>): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  const file = await open(temporary, 'w');
  try {
    let batch: string[] = [];
    let length = 0;
    for (const chunk of chunks) {
      batch.push(chunk);
      length += chunk.length;
      if (length >= BATCH_LENGTH) {
        await file.write(batch.join(''));
        batch = [];
        length = 0;
      }
    }
    if (batch.length > 0) await file.write(batch.join(''));
    await file.close();
    await rename(temporary, path);
  } catch (error) {
    await file.close().catch(() => undefined);
    await rm(temporary, { force: true });
    throw error;
  }
}
