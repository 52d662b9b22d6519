/**
 * Runs once before the browser tests: builds the viewer app (vite build) and
 * the seed graph (`kg build` into a temporary file, or the dataset named by
 * CLAIMGRAPH_E2E_SEED), and hands the seed graph's path — or why it could not
 * be built — to the tests.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { buildApp } from '../src/server/app-build.js';
import { CHROMIUM_MISSING, chromiumAvailable } from './_chromium.js';

declare module 'vitest' {
  export interface ProvidedContext {
    seedDataset: string | null;
    seedProblem: string | null;
  }
}

const REPOSITORY = fileURLToPath(new URL('../../../', import.meta.url));

export default async function setup(project: TestProject): Promise<() => void> {
  if (!chromiumAvailable) {
    process.stderr.write(`\n${CHROMIUM_MISSING}\n\n`);
    project.provide('seedDataset', null);
    project.provide('seedProblem', 'Chromium is missing');
    return () => {};
  }
  await buildApp((text) => process.stderr.write(text));
  const given = process.env['CLAIMGRAPH_E2E_SEED'];
  if (given) {
    project.provide('seedDataset', given);
    project.provide('seedProblem', null);
    return () => {};
  }
  const dir = mkdtempSync(join(tmpdir(), 'viewer-e2e-seed-'));
  const out = join(dir, 'claimgraph.trig');
  const result = spawnSync(
    process.execPath,
    ['--conditions=claimgraph-source', '--import', 'tsx', 'apps/cli/src/main.ts', 'build', '--out', out],
    // kg resolves relative paths against INIT_CWD, which pnpm sets to the package folder.
    { cwd: REPOSITORY, env: { ...process.env, INIT_CWD: REPOSITORY }, encoding: 'utf8', timeout: 180_000 },
  );
  if (result.status === 0) {
    project.provide('seedDataset', out);
    project.provide('seedProblem', null);
  } else {
    project.provide('seedDataset', null);
    project.provide('seedProblem', `kg build failed (exit ${result.status}): ${(result.stderr || result.stdout).trim().slice(0, 600)}`);
  }
  return () => rmSync(dir, { recursive: true, force: true });
}
