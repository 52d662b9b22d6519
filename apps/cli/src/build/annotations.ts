/**
 * Reads the analyst layer: every `.yaml`/`.yml` file of the annotations
 * folder, in name order. A missing folder is an empty layer; `none` turns the
 * layer off.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { parseAnnotations, type AnnotationSet } from '@claimgraph/model';

/**
 * Parses every annotation file of a folder.
 * @throws AnnotationError naming the file, line and column of the first problem.
 */
export async function loadAnnotations(dir: string | null): Promise<AnnotationSet[]> {
  if (dir === null || !existsSync(dir)) return [];
  const names = (await readdir(dir))
    .filter((name) => ['.yaml', '.yml'].includes(extname(name).toLowerCase()))
    .sort();
  const sets: AnnotationSet[] = [];
  for (const name of names) {
    const file = join(dir, name);
    sets.push(parseAnnotations(file, await readFile(file, 'utf8')));
  }
  return sets;
}
