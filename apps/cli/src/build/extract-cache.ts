/**
 * A per-document cache of extraction results, keyed by a hash of the
 * document's bytes and of the extraction code itself (its sources and
 * lexicons), so that a rebuild after editing one document re-extracts only
 * that document, and a change to the extractor invalidates everything.
 * Entries live in the pack `<output folder>/.cache/extract.pack` (see
 * `pack.ts`); a corrupt entry is treated as a miss.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocumentExtraction, ParsedDocument } from '@claimgraph/extract';
import { Pack } from './pack.js';

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
  private readonly pack: Pack;
  /** The folder of one file per entry that earlier versions wrote; removed on save. */
  private readonly legacyDir: string;

  constructor(
    outputFile: string,
    private readonly fingerprint: string,
  ) {
    this.pack = new Pack(join(dirname(outputFile), '.cache', 'extract.pack'));
    this.legacyDir = join(dirname(outputFile), '.cache', 'extract');
  }

  /** Reads the pack (a missing or unreadable pack is an empty cache). */
  load(): Promise<void> {
    return this.pack.load();
  }

  /** A key of a document's bytes and of the extractor that reads them. */
  keyOf(bytes: Uint8Array): string {
    return createHash('sha256').update(this.fingerprint).update(bytes).digest('hex').slice(0, 24);
  }

  /** The pack key of a document: its name and its content key. */
  private entryKey(docId: string, bytes: Uint8Array): string {
    return createHash('sha256')
      .update(docId)
      .update('\u0000')
      .update(this.keyOf(bytes))
      .digest('hex')
      .slice(0, 32);
  }

  /** The cached result for these bytes, or undefined (a malformed entry is a miss). */
  get(docId: string, bytes: Uint8Array): CachedExtraction | undefined {
    const key = this.entryKey(docId, bytes);
    const payload = this.pack.get(key);
    if (payload === undefined) return undefined;
    try {
      const value = JSON.parse(payload) as CachedExtraction;
      this.pack.keep(key);
      return value;
    } catch {
      return undefined;
    }
  }

  /** Stores a result, given as its JSON text (as worker threads hand it over) or as a value. */
  set(docId: string, bytes: Uint8Array, value: CachedExtraction | string): void {
    this.pack.add(
      this.entryKey(docId, bytes),
      typeof value === 'string' ? value : JSON.stringify(value),
    );
  }

  /** Writes the pack: the entries this build used or made (documents gone or changed drop out). */
  async save(): Promise<void> {
    await this.pack.save();
    await rm(this.legacyDir, { recursive: true, force: true });
  }
}
