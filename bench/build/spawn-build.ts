/**
 * Runs one `kg build` in a fresh Node process (`_child.ts` of a checkout) and
 * returns what the child measured — wall time, CPU time of every thread, peak
 * memory and the build's summary lines — so that each build of a benchmark
 * has its own process, memory and module loading.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What one build measured of itself. */
export interface BuildRun {
  ms: number;
  cpuMs: number;
  maxRssMb: number;
  summary: string;
}

/** This checkout's root. */
export const HERE = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Runs `kg build <args>` with the code of the checkout at `root` (this one by default).
 * @throws Error with the build's stderr when it fails
 * @example spawnBuild(['--input', docs, '--annotations', 'none', '--out', out, '--no-cache']);
 */
export function spawnBuild(args: readonly string[], root: string = HERE): BuildRun {
  const result = spawnSync(
    process.execPath,
    [
      '--conditions=claimgraph-source',
      '--import',
      'tsx',
      join(root, 'bench/build/_child.ts'),
      ...args,
    ],
    { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  if (result.status !== 0) throw new Error(`kg build failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as BuildRun;
}
