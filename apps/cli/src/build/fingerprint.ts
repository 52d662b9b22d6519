/**
 * Fingerprints of the code a cache entry depends on: hashes of a package's
 * sources, build output, lexicons and manifest (tests left out), so that a
 * change to the extractor, to the model or to the code that assembles the
 * output makes every entry that code produced a miss.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Hash of the extractor's code and lexicons: changes whenever the extractor does. */
export function extractorFingerprint(): string {
  return packageFingerprint(import.meta.resolve('@claimgraph/extract'));
}

/**
 * Hash of the code that maps extractions to RDF and writes TriG (the model and
 * the ontology it names terms from): changes whenever either does.
 */
export function modelFingerprint(): string {
  return createHash('sha256')
    .update(packageFingerprint(import.meta.resolve('@claimgraph/model')))
    .update(packageFingerprint(import.meta.resolve('@claimgraph/ontology')))
    .digest('hex')
    .slice(0, 16);
}

/** Hash of this folder of the CLI (the caches and the code that assembles the dataset file). */
export function writerFingerprint(): string {
  const hash = createHash('sha256');
  hashFolder(hash, dirname(fileURLToPath(import.meta.url)));
  return hash.digest('hex').slice(0, 16);
}

/** Hash of a package's sources, build output, lexicons and manifest, from its resolved entry URL. */
function packageFingerprint(entryUrl: string): string {
  let packageDir = dirname(fileURLToPath(entryUrl));
  while (!existsSync(join(packageDir, 'package.json')) && dirname(packageDir) !== packageDir)
    packageDir = dirname(packageDir);
  const hash = createHash('sha256');
  for (const part of ['src', 'dist', 'lexicon']) hashFolder(hash, join(packageDir, part));
  hash.update(readFileSync(join(packageDir, 'package.json')));
  return hash.digest('hex').slice(0, 16);
}

function hashFolder(hash: ReturnType<typeof createHash>, dir: string): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) hashFolder(hash, full);
    else if (!/\.test\.[cm]?[jt]s$/.test(name) && !name.endsWith('.map'))
      hash.update(name).update(readFileSync(full));
  }
}
