/**
 * `kg build`: converts the documents and the analyst annotations into an RDF
 * dataset (TriG). Documents are extracted (`@claimgraph/extract`, cached per
 * document, on worker threads for large corpora), resolved across documents,
 * combined with the annotations and mapped to RDF (`@claimgraph/model`); the
 * TriG file is written atomically — the blocks of article graphs that did not
 * change copied from the previous output (`build/block-index.ts`) — and a
 * summary goes to stderr. A document
 * that cannot be read is reported and left out (exit 1, the rest is still
 * converted); an annotation that does not hold stops the build before
 * anything is written.
 */
import { rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { resolveCorpus, type DocumentExtraction } from '@claimgraph/extract';
import { AnnotationError, buildModel } from '@claimgraph/model';
import { SingleBar, Presets } from 'cli-progress';
import type { CommandDefinition } from '../command.js';
import { DEFAULT_DATA_FILE } from '../command.js';
import { CliError } from '../errors.js';
import { loadAnnotations } from '../build/annotations.js';
import { BlockIndex } from '../build/block-index.js';
import { convertCorpus } from '../build/corpus.js';
import { writeDataset } from '../build/dataset.js';
import { ExtractCache } from '../build/extract-cache.js';
import { extractorFingerprint, modelFingerprint, writerFingerprint } from '../build/fingerprint.js';
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
    const bar = io.interactive
      ? new SingleBar(
          { format: 'extracting {bar} {value}/{total} documents', stream: process.stderr },
          Presets.shades_classic,
        )
      : undefined;
    let barStarted = false;
    const useCache = options['cache'] !== false;
    const corpus = await convertCorpus(input, {
      ...(useCache ? { cache: new ExtractCache(out, extractorFingerprint()) } : {}),
      ...(workers !== undefined ? { workers } : {}),
      onProgress: (done, total) => {
        if (!bar || total < 20) return;
        if (!barStarted) bar.start(total, 0);
        barStarted = true;
        bar.update(done);
      },
    }).catch((error: unknown) => {
      throw new CliError(`kg build: ${error instanceof Error ? error.message : String(error)}`);
    });
    if (barStarted) bar?.stop();
    for (const message of corpus.errors) io.stderr(`error: ${message} (document skipped)\n`);
    if (corpus.documents.length === 0) {
      throw new CliError(`kg build: no usable documents in ${input}; nothing written`);
    }

    // Cross-document resolution reads only each extraction's docId and actors, which the cached form keeps.
    const actors = resolveCorpus(corpus.documents.map((d) => d.extraction as DocumentExtraction));
    const mapping = useCache ? modelFingerprint() : '';
    let model;
    try {
      model = buildModel({
        documents: corpus.documents,
        corpus: actors,
        annotations,
        generator: `claimgraph ${CLI_VERSION}`,
        ...(useCache
          ? {
              reuse: {
                documentKey: (document) => {
                  const key = corpus.keys.get(document as (typeof corpus.documents)[number]);
                  return key === undefined ? undefined : `${key}.${mapping}`;
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
    const blocks = useCache ? new BlockIndex(out, writerFingerprint()) : undefined;
    blocks?.load();
    let written;
    try {
      written = writeDataset(out, model, blocks);
    } finally {
      blocks?.close();
    }
    if (blocks) {
      blocks.save();
      // The cache of serialised graph parts that earlier versions kept.
      await rm(join(dirname(out), '.cache', 'graphs.pack'), { force: true });
    } else BlockIndex.remove(out);

    const extractWarnings = corpus.documents.flatMap((d) =>
      [...d.parsed.warnings, ...d.extraction.warnings].map(
        (w) => `${d.parsed.fileName}:${w.line}:${w.column}: ${w.message}`,
      ),
    );
    for (const line of [...new Set(extractWarnings)]) io.stderr(`warning: ${line}\n`);
    for (const warning of model.warnings) io.stderr(`warning: ${warning.message}\n`);
    const s = model.summary;

    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    io.stderr(
      `kg build: wrote ${out}\n` +
        `  documents ${s.documents} (${corpus.extracted} extracted, ${corpus.cached} from cache), actors ${actors.actors.length}, ` +
        `statements ${s.statements}, reports ${s.reports}, mentions ${s.mentions}, policies ${s.policies}, ` +
        `disputes ${s.disputes}, stances ${s.stances}, events ${s.events}\n` +
        `  ${s.quads + written.localRows} quads (${written.copied} of ${model.localParts.size} article graphs copied from the cache), ${extractWarnings.length + model.warnings.length} warnings, ${corpus.errors.length} documents skipped, ${seconds}s\n`,
    );
    if (corpus.errors.length > 0) {
      throw new CliError(
        `kg build: ${corpus.errors.length} document(s) could not be used (see above); the rest was converted`,
      );
    }
  },
};
