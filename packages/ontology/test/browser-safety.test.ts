/**
 * The main entry point must run in the browser (the Vite viewer imports it): every module reachable
 * from `src/index.ts` may import only other modules of this package — no `node:` built-ins, no file
 * system, no n3. The `./terms` entry point may add n3, and nothing else.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './_support.js';

const SRC = join(ROOT, 'packages/ontology/src');

/** Every import specifier reachable from `entry`, as `module → specifier`. */
function reachableImports(entry: string): string[] {
  const seen = new Set<string>();
  const external: string[] = [];
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/gm)) {
      const specifier = match[1] ?? '';
      if (specifier.startsWith('.')) visit(join(dirname(file), specifier.replace(/\.js$/, '.ts')));
      else if (!/^import\s+type\s/.test(match[0].trim()))
        external.push(`${relative(SRC, file)} → ${specifier}`);
    }
  };
  visit(entry);
  return external;
}

describe('browser safety', () => {
  it('the main entry imports nothing outside the package', () => {
    expect(reachableImports(join(SRC, 'index.ts'))).toEqual([]);
  });

  it('the ./terms entry imports only n3', () => {
    expect(reachableImports(join(SRC, 'terms.ts'))).toEqual(['terms.ts → n3']);
  });

  it('no module of the package reads files at run time', () => {
    for (const file of ['index.ts', 'iri.ts', 'hash.ts', 'lookup.ts', 'queries.ts', 'terms.ts']) {
      expect(readFileSync(join(SRC, file), 'utf8')).not.toMatch(
        /readFile|import\.meta\.url|require\(/,
      );
    }
  });
});
