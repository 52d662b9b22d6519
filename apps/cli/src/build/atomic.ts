/**
 * Writes files so that readers never see half of one: the text goes to a
 * temporary file next to the target, which is then renamed over it (rename is
 * atomic within a file system). On failure the temporary file is removed and
 * the old target, if any, stays as it was.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
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
