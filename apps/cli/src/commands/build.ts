/**
 * `kg build`: converts the documents and the analyst annotations into an RDF
 * dataset (TriG). Documents are extracted (`@claimgraph/extract`, cached per
 * document, on worker threads for large corpora), resolved across documents,
 * combined with the annotations and mapped to RDF (`@claimgraph/model`); the
 * TriG file is written atomically — the blocks of article graphs that did not
 * change copied from the previous output (`build/block-index.ts`) — and a
 * summary goes to stderr. When the documents edited since the last build did
 * not change anything the corpus-wide work reads of them, that work is skipped
 * and only their own parts are made again (`build/rebuild.ts`). A document
 * that cannot be read is reported and left out (exit 1, the rest is still
 * converted); an annotation that does not hold stops the build before
 * anything is written.
 */
import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { resolveCorpus, type DocumentExtraction } from '@claimgraph/extract';
import {
  AnnotationError,
  buildModel,
  documentsQuoted,
  TrigSerialiser,
  type AnnotationSet,
} from '@claimgraph/model';
import { SingleBar, Presets } from 'cli-progress';
import type { CommandDefinition } from '../command.js';
import { DEFAULT_DATA_FILE } from '../command.js';
import { CliError } from '../errors.js';
import type { CliIO } from '../io.js';
import { loadAnnotations } from '../build/annotations.js';
import { BlockIndex } from '../build/block-index.js';
import {
  loadBuildRecord,
  removeBuildRecord,
  saveBuildRecord,
  type BuildRecord,
  type DocumentRecord,
} from '../build/build-record.js';
import { convertCorpus, readCorpus, type CorpusFiles, type CorpusResult } from '../build/corpus.js';
import { modelBlocks, writeDataset, type DatasetWrite } from '../build/dataset.js';
import { ExtractCache, warningLines, type CachedExtraction } from '../build/extract-cache.js';
import { extractOne } from '../build/extract-one.js';
import { extractorFingerprint, modelFingerprint, writerFingerprint } from '../build/fingerprint.js';
import { articleDigests, changedSince, planRebuild, recordBuild } from '../build/rebuild.js';
import { CLI_VERSION } from '../version.js';

export const buildCommand: CommandDefinition = {
  name: 'build',
  summary: 'convert documents and annotations into an RDF dataset (TriG)',
  configure: (command) =>
    command
      .option('-i, --input <dir>', 'folder of .txt/.md documents', 'data/documents')
      .option(
        '-a, --annotations <dir|none>',
        "folder of analyst annotations, or 'none'",
        'data/annotations',
      )
      .option('-o, --out <file>', 'where to write the dataset', DEFAULT_DATA_FILE)
      .option('--no-cache', 'extract every document again, ignoring the cache')
      .option(
        '-w, --workers <n>',
        'threads that extract in parallel, the main thread included (default: one per core for large corpora)',
      ),
  run: async ({ options, io }) => {
    const input = resolve(io.cwd, String(options['input']));
    const out = resolve(io.cwd, String(options['out']));
    const annotationsDir =
      options['annotations'] === 'none' ? null : resolve(io.cwd, String(options['annotations']));
    const workers = options['workers'] === undefined ? undefined : Number(options['workers']);
    if (workers !== undefined && (!Number.isInteger(workers) || workers < 0)) {
      throw new CliError(
        `kg build: --workers must be a whole number, not '${String(options['workers'])}'`,
        2,
      );
    }

    const started = performance.now();
    const annotations = await loadAnnotations(annotationsDir).catch((error: unknown) => {
      if (error instanceof AnnotationError) throw new CliError(`kg build: ${error.message}`);
      throw error;
    });
    const useCache = options['cache'] !== false;
    const cache = useCache ? new ExtractCache(out, extractorFingerprint()) : undefined;
    const files = await readCorpus(input, cache).catch(failed);
    const settings: BuildSettings = {
      input,
      out,
      files,
      annotations,
      generator: `claimgraph ${CLI_VERSION}`,
      mapping: useCache ? modelFingerprint() : '',
      fingerprint: '',
      ...(cache ? { cache } : {}),
      ...(workers !== undefined ? { workers } : {}),
    };
    if (useCache) settings.fingerprint = recordFingerprint(settings);
    const attempt: RebuildAttempt = useCache ? rebuild(settings) : { extracted: new Map() };
    const outcome =
      attempt.outcome ?? (await buildAll(settings, attempt.extracted, io, attempt.record));
    await cache?.save();
    if (useCache) {
      // The cache of serialised graph parts that earlier versions kept.
      await rm(join(dirname(out), '.cache', 'graphs.pack'), { force: true });
    } else {
      BlockIndex.remove(out);
      removeBuildRecord(out);
    }

    const { record, written, corpus } = outcome;
    for (const message of corpus.errors) io.stderr(`error: ${message} (document skipped)\n`);
    const extractWarnings = record.documents.flatMap((d) => d.warnings);
    for (const line of [...new Set(extractWarnings)]) io.stderr(`warning: ${line}\n`);
    for (const warning of record.warnings) io.stderr(`warning: ${warning}\n`);
    const s = record.summary;

    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    io.stderr(
      `kg build: wrote ${out}\n` +
        `  documents ${s.documents} (${corpus.extracted} extracted, ${corpus.cached} from cache), actors ${record.actors}, ` +
        `statements ${s.statements}, reports ${s.reports}, mentions ${s.mentions}, policies ${s.policies}, ` +
        `disputes ${s.disputes}, stances ${s.stances}, events ${s.events}\n` +
        `  ${s.quads} quads (${written.copied} of ${written.localRowsOf.size} article graphs copied from the cache${outcome.reused ? '; resolution and statements reused from the last build' : ''}), ${extractWarnings.length + record.warnings.length} warnings, ${corpus.errors.length} documents skipped, ${seconds}s\n`,
    );
    if (corpus.errors.length > 0) {
      throw new CliError(
        `kg build: ${corpus.errors.length} document(s) could not be used (see above); the rest was converted`,
      );
    }
  },
};

/** What a build works from. */
interface BuildSettings {
  input: string;
  out: string;
  files: CorpusFiles;
  annotations: AnnotationSet[];
  generator: string;
  /** With a cache: the fingerprint of the model's code (part of every document key). */
  mapping: string;
  /** With a cache: what a build record must have been made with (`recordFingerprint`). */
  fingerprint: string;
  cache?: ExtractCache;
  workers?: number;
}

/** What a build did: the output's record (made whether or not it is kept), the write, the documents. */
interface BuildOutcome {
  record: Pick<BuildRecord, 'warnings' | 'actors' | 'summary'> & {
    documents: ReadonlyArray<Pick<DocumentRecord, 'warnings'>>;
  };
  written: DatasetWrite;
  corpus: Pick<CorpusResult, 'errors' | 'extracted' | 'cached'>;
  /** True when the corpus-wide work was skipped (see `build/rebuild.ts`). */
  reused: boolean;
}

/** The code, generator and annotations a build record is valid for. */
function recordFingerprint(settings: BuildSettings): string {
  return createHash('sha256')
    .update(JSON.stringify([writerFingerprint(), settings.mapping, settings.generator]))
    .update(JSON.stringify(settings.annotations))
    .digest('hex')
    .slice(0, 32);
}

const failed = (error: unknown): never => {
  throw new CliError(`kg build: ${error instanceof Error ? error.message : String(error)}`);
};

/**
 * A rebuild from the record of the last build: what it wrote, or the documents it extracted
 * trying and the record it read (a full build takes what it can of it, see `recordBuild`).
 */
interface RebuildAttempt {
  outcome?: BuildOutcome;
  extracted: Map<number, CachedExtraction>;
  record?: BuildRecord;
}

/**
 * Rebuilds from the record of the last build when the documents that changed since did not
 * change what the corpus-wide work reads (see `build/rebuild.ts`).
 */
function rebuild(settings: BuildSettings): RebuildAttempt {
  const { out, files, cache } = settings;
  const extracted = new Map<number, CachedExtraction>();
  const record = loadBuildRecord(out, settings.fingerprint);
  if (!record || !cache) return { extracted };
  const changed = changedSince(record, files, documentsQuoted(settings.annotations));
  if (!changed) return { extracted, record };
  const documents = new Map<number, CachedExtraction>();
  for (const index of changed) {
    const hit = cache.get(files.ids[index]!, files.contentKeys[index]!);
    if (hit) {
      documents.set(index, hit);
      continue;
    }
    const outcome = extractOne({
      index,
      fileName: files.files[index]!,
      bytes: files.bytes[index]!,
    });
    if (!outcome.ok) return { extracted, record };
    cache.set(files.ids[index]!, files.contentKeys[index]!, outcome.value);
    documents.set(index, outcome.value);
    extracted.set(index, outcome.value);
  }
  const load = (index: number): CachedExtraction => {
    const hit = cache.get(files.ids[index]!, files.contentKeys[index]!);
    if (hit) return hit;
    const outcome = extractOne({
      index,
      fileName: files.files[index]!,
      bytes: files.bytes[index]!,
    });
    if (!outcome.ok) throw new Error(outcome.message);
    return outcome.value;
  };
  const serialiser = new TrigSerialiser();
  const plan = planRebuild(record, files, documents, load, serialiser, documentKeyOf(settings));
  if (!plan) return { extracted, record };
  files.ids.forEach((id, index) => {
    if (!documents.has(index)) cache.keep(id, files.contentKeys[index]!);
  });
  const index = new BlockIndex(out, writerFingerprint());
  index.load();
  let written;
  try {
    written = writeDataset(out, serialiser, plan.blocks, index);
  } catch {
    // A document that must be read again and cannot be: the full build says why.
    return { extracted, record };
  } finally {
    index.close();
  }
  index.save();
  const next = plan.record(written);
  saveBuildRecord(out, next);
  return {
    outcome: {
      record: next,
      written,
      corpus: { errors: [], extracted: extracted.size, cached: files.ids.length - extracted.size },
      reused: true,
    },
    extracted,
  };
}

/** The key of a document's content and of the code that maps it. */
const documentKeyOf = (settings: BuildSettings) => (contentKey: string) =>
  `${contentKey}.${settings.mapping}`;

/**
 * Extracts (or reads from the cache) every document, resolves, maps and writes them.
 * @param extracted documents extracted already, by index
 * @param previous the record of the last build, if one was read (see `recordBuild`)
 */
async function buildAll(
  settings: BuildSettings,
  extracted: ReadonlyMap<number, CachedExtraction>,
  io: CliIO,
  previous?: BuildRecord,
): Promise<BuildOutcome> {
  const { out, files, cache } = settings;
  const bar = io.interactive
    ? new SingleBar(
        { format: 'extracting {bar} {value}/{total} documents', stream: process.stderr },
        Presets.shades_classic,
      )
    : undefined;
  let barStarted = false;
  const converted = await convertCorpus(files, {
    known: extracted,
    ...(cache ? { cache } : {}),
    ...(settings.workers !== undefined ? { workers: settings.workers } : {}),
    onProgress: (done, total) => {
      if (!bar || total < 20) return;
      if (!barStarted) bar.start(total, 0);
      barStarted = true;
      bar.update(done);
    },
  }).catch(failed);
  if (barStarted) bar?.stop();
  const corpus = { ...converted, extracted: converted.extracted + extracted.size };
  if (corpus.documents.length === 0) {
    for (const message of corpus.errors) io.stderr(`error: ${message} (document skipped)\n`);
    throw new CliError(`kg build: no usable documents in ${settings.input}; nothing written`);
  }

  // Cross-document resolution reads only each extraction's docId and actors, which the cached form keeps.
  const actors = resolveCorpus(corpus.documents.map((d) => d.extraction as DocumentExtraction));
  const documentKey = documentKeyOf(settings);
  let model;
  try {
    model = buildModel({
      documents: corpus.documents,
      corpus: actors,
      annotations: settings.annotations,
      generator: settings.generator,
      ...(cache
        ? {
            reuse: {
              documentKey: (document) => {
                const key = corpus.keys.get(document as (typeof corpus.documents)[number]);
                return key === undefined ? undefined : documentKey(key);
              },
            },
          }
        : {}),
    });
  } catch (error) {
    if (error instanceof AnnotationError)
      throw new CliError(`kg build: ${error.message}; nothing written`);
    throw error;
  }
  const serialiser = new TrigSerialiser();
  const articles = cache
    ? articleDigests(corpus.documents, corpus.keys, model.facts, documentKey)
    : new Map<string, string>();
  const blocks = modelBlocks(model, serialiser, articles);
  const index = cache ? new BlockIndex(out, writerFingerprint()) : undefined;
  index?.load();
  let written;
  try {
    written = writeDataset(out, serialiser, blocks, index);
  } finally {
    index?.close();
  }
  index?.save();
  const record = {
    documents: corpus.documents.map((doc) => ({ warnings: warningLines(doc) })),
    warnings: model.warnings.map((warning) => warning.message),
    actors: actors.actors.length,
    summary: { ...model.summary, quads: model.summary.quads + written.localRows },
  };
  if (cache) {
    const kept = recordBuild({
      fingerprint: settings.fingerprint,
      files,
      documents: corpus.documents,
      model,
      blocks,
      articles,
      written,
      actors: actors.actors.length,
      ...(previous ? { previous } : {}),
    });
    if (kept) saveBuildRecord(out, kept);
    else removeBuildRecord(out);
  }
  return { record, written, corpus, reused: false };
}
