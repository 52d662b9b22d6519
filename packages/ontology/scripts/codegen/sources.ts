/**
 * Locates and reads the generator's inputs — `ontology/claimgraph.ttl`, `ontology/shapes.ttl`,
 * `ontology/queries/*.rq`, `ontology/examples/*.{ttl,trig}` — and names its outputs, all relative
 * to the repository root. Files are listed in sorted order so generation is deterministic.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file's location (packages/ontology/scripts/codegen). */
export const REPOSITORY_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** Where the generator writes, relative to the repository root. */
export const OUTPUT_FILES = {
  vocabulary: 'packages/ontology/src/generated/vocabulary.ts',
  assets: 'packages/ontology/src/generated/assets.ts',
  reference: 'ontology/docs/reference.md',
} as const;

/** A source file: its path relative to the repository root and its text. */
export interface SourceFile {
  readonly file: string;
  readonly text: string;
}

/** Every input of the generator. */
export interface GeneratorSources {
  readonly ontology: SourceFile;
  readonly shapes: SourceFile;
  readonly queries: readonly SourceFile[];
  readonly examples: readonly SourceFile[];
}

function read(root: string, file: string): SourceFile {
  return { file, text: readFileSync(join(root, file), 'utf8') };
}

function list(root: string, dir: string, pattern: RegExp): SourceFile[] {
  return readdirSync(join(root, dir), { withFileTypes: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => entry.name)
    .sort()
    .map((name) => read(root, `${dir}/${name}`));
}

/** Reads the generator's inputs from a repository checkout. */
export function readSources(root: string = REPOSITORY_ROOT): GeneratorSources {
  return {
    ontology: read(root, 'ontology/claimgraph.ttl'),
    shapes: read(root, 'ontology/shapes.ttl'),
    queries: list(root, 'ontology/queries', /\.rq$/),
    examples: list(root, 'ontology/examples', /\.(ttl|trig)$/),
  };
}
