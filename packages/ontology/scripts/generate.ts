/**
 * `pnpm --filter @claimgraph/ontology generate`: regenerates the vocabulary module, the assets
 * module and `ontology/docs/reference.md` from the files in `ontology/`. Each file is written to a
 * temporary file and renamed into place, and only when its content changed. With `--check` it
 * writes nothing and exits 1 if any generated file is stale.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateAll } from './codegen/generate-all.js';
import { REPOSITORY_ROOT, readSources } from './codegen/sources.js';

function current(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

function main(argv: readonly string[]): number {
  const check = argv.includes('--check');
  const files = generateAll(readSources(REPOSITORY_ROOT));
  let stale = 0;
  for (const { file, text } of files) {
    const path = join(REPOSITORY_ROOT, file);
    if (current(path) === text) {
      console.log(`unchanged ${file}`);
      continue;
    }
    stale += 1;
    if (check) {
      console.error(`claimgraph-ontology: ${file} is stale; run the generate script`);
      continue;
    }
    mkdirSync(dirname(path), { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, text);
    renameSync(temporary, path);
    console.log(`wrote ${file}`);
  }
  return check && stale > 0 ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
