/**
 * A per-document cache of extraction results, keyed by a hash of the
 * document's bytes and of the extraction code itself (its sources and
 * lexicons), so that a rebuild after editing one document re-extracts only
 * that document, and a change to the extractor invalidates everything. An
 * entry keeps what a build reads of a result (`CachedExtraction`: the body,
 * metadata, actors, quotes and warnings — half of the whole), as JSON in the
 * pack `<output folder>/.cache/extract.pack` (see `pack.ts`); a corrupt
 * entry is treated as a miss.
 */
import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { DocumentExtraction, ParsedDocument } from '@claimgraph/extract';
import { Pack } from './pack.js';

/**
 * What a build reads of a document's parse and extraction, and what the cache stores: the
 * parts the model reads (`CorpusDocument` of `@claimgraph/model`), the actors that cross-document
 * resolution reads, the file name and the warnings.
 */
export interface CachedExtraction {
  parsed: Pick<ParsedDocument, 'id' | 'fileName' | 'body' | 'metadata' | 'warnings'>;
  extraction: Pick<DocumentExtraction, 'docId' | 'actors' | 'quotes' | 'warnings'>;
}

/** The warnings of a document's parse and extraction, as a build prints them. */
export function warningLines({ parsed, extraction }: CachedExtraction): string[] {
  return [...parsed.warnings, ...extraction.warnings].map(
    (w) => `${parsed.fileName}:${w.line}:${w.column}: ${w.message}`,
  );
}

/** The version of the form of an entry: part of every key, so that another form is a miss. */
const ENTRY_FORM = 'cached-extraction-2';

/**
 * The part of a parse and extraction that a build reads (new objects holding the same values).
 * @example cache.set(id, bytes, cachedForm(result));
 */
export function cachedForm({ parsed, extraction }: CachedExtraction): CachedExtraction {
  return {
    parsed: {
      id: parsed.id,
      fileName: parsed.fileName,
      body: parsed.body,
      metadata: parsed.metadata,
      warnings: parsed.warnings,
    },
    extraction: {
      docId: extraction.docId,
      actors: extraction.actors,
      quotes: extraction.quotes,
      warnings: extraction.warnings,
    },
  };
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
    return createHash('sha256')
      .update(ENTRY_FORM)
      .update(this.fingerprint)
      .update(bytes)
      .digest('hex')
      .slice(0, 24);
  }

  /** The pack key of a document: its name and its content key. */
  private entryKey(docId: string, contentKey: string): string {
    return createHash('sha256')
      .update(docId)
      .update('\u0000')
      .update(contentKey)
      .digest('hex')
      .slice(0, 32);
  }

  /** The cached result for a document and its content key (`keyOf`), or undefined (a malformed entry is a miss). */
  get(docId: string, contentKey: string): CachedExtraction | undefined {
    const key = this.entryKey(docId, contentKey);
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

  /** Keeps a document's entry in the pack without reading it; false when there is none. */
  keep(docId: string, contentKey: string): boolean {
    const key = this.entryKey(docId, contentKey);
    this.pack.keep(key);
    return this.pack.has(key);
  }

  /**
   * Stores a result, given as the JSON text of its cached form (as worker threads hand it over)
   * or as a value.
   */
  set(docId: string, contentKey: string, value: CachedExtraction | string): void {
    this.pack.add(
      this.entryKey(docId, contentKey),
      typeof value === 'string' ? value : JSON.stringify(cachedForm(value)),
    );
  }

  /** Writes the pack: the entries this build used or made (documents gone or changed drop out). */
  async save(): Promise<void> {
    await this.pack.save();
    await rm(this.legacyDir, { recursive: true, force: true });
  }
}
