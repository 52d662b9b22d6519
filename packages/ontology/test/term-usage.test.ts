/**
 * Every cg: term that code, queries, shapes, examples or the TERMS.md contract mention must be
 * defined by the ontology. Scans `packages/*\/src` and `apps/*\/src` for `…/ontology#Name` IRIs and
 * `cg:Name` prefixed names in .ts and .rq files, and reports each unknown term with its file and
 * line. Generated code is skipped, and so are test files (`*.test.ts`, `_*` helpers), which may use
 * made-up terms on purpose (to test errors); a misspelt term in a real test fails that test anyway.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CG_NAMESPACE, CG_TERMS } from '../src/generated/vocabulary.js';
import { EXAMPLE_FILES, ROOT, listRepoFiles, readRepoFile } from './_support.js';

const DEFINED = new Set(Object.keys(CG_TERMS));
const FULL_IRI = /https:\/\/w3id\.org\/claimgraph\/ontology#([A-Za-z_][\w-]*)/g;
const PREFIXED = /(?<![\w/#-])cg:([A-Za-z_][\w-]*)/g;

/** Unknown cg: terms in `text`, as `file:line: cg:Name`. */
export function unknownTerms(file: string, text: string): string[] {
  const found: string[] = [];
  text.split('\n').forEach((line, index) => {
    for (const pattern of [FULL_IRI, PREFIXED]) {
      for (const match of line.matchAll(pattern)) {
        const name = match[1] ?? '';
        if (!DEFINED.has(name)) found.push(`${file}:${index + 1}: cg:${name}`);
      }
    }
  });
  return found;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (path: string): void => {
    for (const name of readdirSync(path)) {
      if (['node_modules', 'dist', 'generated'].includes(name) || name.startsWith('_')) continue;
      if (name.endsWith('.test.ts')) continue;
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(ts|rq)$/.test(name)) out.push(full);
    }
  };
  for (const workspace of ['packages', 'apps']) {
    for (const pkg of readdirSync(join(ROOT, workspace))) {
      const src = join(ROOT, workspace, pkg, dir);
      if (statSync(join(ROOT, workspace, pkg)).isDirectory() && safeIsDirectory(src)) walk(src);
    }
  }
  return out.sort();
}

function safeIsDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

describe('the term scanner', () => {
  it('finds unknown terms written either way, and accepts defined ones', () => {
    const text = `const a = '${CG_NAMESPACE}statedBy';\nconst b = 'cg:saidBy';\nconst c = '${CG_NAMESPACE}Speaker';`;
    expect(unknownTerms('x.ts', text)).toEqual(['x.ts:2: cg:saidBy', 'x.ts:3: cg:Speaker']);
  });

  it('ignores other prefixes that end in cg', () => {
    expect(unknownTerms('x.ts', "'cgid:actor/x' 'cggraph:curated' 'xcg:Thing'")).toEqual([]);
  });
});

describe('every cg: term in use is defined by the ontology', () => {
  it('in the source code of every package and app', () => {
    const files = sourceFiles('src');
    expect(files.length).toBeGreaterThan(0);
    const unknown = files.flatMap((file) =>
      unknownTerms(relative(ROOT, file), readFileSync(file, 'utf8')),
    );
    expect(unknown).toEqual([]);
  });

  it('in the competency queries', () => {
    const unknown = listRepoFiles('ontology/queries', /\.rq$/).flatMap((file) =>
      unknownTerms(file, readRepoFile(file)),
    );
    expect(unknown).toEqual([]);
  });

  it('in the shapes and the examples', () => {
    const files = [
      'ontology/shapes.ttl',
      ...EXAMPLE_FILES,
      ...listRepoFiles('ontology/examples/invalid', /\.ttl$/),
    ];
    expect(files.flatMap((file) => unknownTerms(file, readRepoFile(file)))).toEqual([]);
  });

  it('in the TERMS.md contract, which names only defined terms', () => {
    const terms = readRepoFile('ontology/TERMS.md');
    expect(unknownTerms('ontology/TERMS.md', terms)).toEqual([]);
    expect(terms.match(PREFIXED)?.length ?? 0).toBeGreaterThan(60);
  });
});
