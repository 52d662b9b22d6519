/**
 * A per-document cache of extraction results, keyed by a hash of the
 * document's bytes and of the extraction code itself (its sources and
 * lexicons), so that a rebuild after editing one document re-extracts only
 * that document, and a change to the extractor invalidates everything.
 * Entries live in `<output folder>/.cache/extract/`; a corrupt entry is
 * treated as a miss.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocumentExtraction, ParsedDocument } from '@claimgraph/extract';
import { writeFileAtomic } from './atomic.js';

/** What the cache stores for one document. */
export interface CachedExtraction {
  parsed: ParsedDocument;
  extraction: DocumentExtraction;
}

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

/** Hash of a package's sources, build output, lexicons and manifest, from its resolved entry URL. */
function packageFingerprint(entryUrl: string): string {
  const entry = fileURLToPath(entryUrl);
  let packageDir = dirname(entry);
  while (!existsSync(join(packageDir, 'package.json')) && dirname(packageDir) !== packageDir)
    packageDir = dirname(packageDir);
  const hash = createHash('sha256');
  const visit = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) visit(full);
      else if (!name.endsWith('.test.ts') && !name.endsWith('.map'))
        hash.update(name).update(readFileSync(full));
    }
  };
  for (const part of ['src', 'dist', 'lexicon']) visit(join(packageDir, part));
  hash.update(readFileSync(join(packageDir, 'package.json')));
  return hash.digest('hex').slice(0, 16);
}

/** The cache of one output folder. */
export class ExtractCache {
  readonly dir: string;

  constructor(
    outputFile: string,
    private readonly fingerprint: string,
  ) {
    this.dir = join(dirname(outputFile), '.cache', 'extract');
  }

  /** A key of a document's bytes and of the extractor that reads them. */
  keyOf(bytes: Uint8Array): string {
    return createHash('sha256').update(this.fingerprint).update(bytes).digest('hex').slice(0, 24);
  }

  /** The file that holds (or will hold) the entry of these bytes. */
  fileFor(docId: string, bytes: Uint8Array): string {
    return this.path(docId, bytes);
  }

  private path(docId: string, bytes: Uint8Array): string {
    return join(this.dir, `${docId}.${this.keyOf(bytes)}.json`);
  }

  /** The cached result for these bytes, or undefined. */
  async get(docId: string, bytes: Uint8Array): Promise<CachedExtraction | undefined> {
    try {
      return JSON.parse(await readFile(this.path(docId, bytes), 'utf8')) as CachedExtraction;
    } catch {
      return undefined;
    }
  }

  private folderReady: Promise<unknown> | undefined;

  async set(docId: string, bytes: Uint8Array, value: CachedExtraction): Promise<void> {
    await (this.folderReady ??= mkdir(this.dir, { recursive: true }));
    await writeFileAtomic(this.path(docId, bytes), JSON.stringify(value));
  }

  /** Removes entries of documents that are gone or changed. */
  async prune(keep: ReadonlyMap<string, Uint8Array>): Promise<void> {
    if (!existsSync(this.dir)) return;
    const wanted = new Set([...keep].map(([docId, bytes]) => this.path(docId, bytes)));
    for (const name of await readdir(this.dir)) {
      const full = join(this.dir, name);
      if (!wanted.has(full)) await rm(full, { force: true });
    }
  }
}
