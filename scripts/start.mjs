#!/usr/bin/env node
/**
 * The README's main job: build what is needed, convert `data/` into the graph
 * when the graph is missing or older than its inputs, then serve the viewer on
 * 127.0.0.1 and print its URL. Each step is an ordinary command a user could
 * run by hand (`pnpm build`, `pnpm kg build`, `pnpm kg serve`); this script only
 * chains them and stops at the first failure with that step's exit code.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const graph = join(root, 'data/graph/claimgraph.trig');
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1' };
// Under `pnpm start`, pnpm names its own executable; otherwise fetch the pinned pnpm with npx.
const pnpm = process.env.npm_execpath?.includes('pnpm')
  ? [process.execPath, [process.env.npm_execpath]]
  : ['npx', ['-y', 'pnpm@10.34.9']];

function run(label, args) {
  console.error(`start: ${label}`);
  const result = spawnSync(pnpm[0], [...pnpm[1], ...args], { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`start: '${label}' failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

function newestInput() {
  let newest = 0;
  for (const dir of ['data/documents', 'data/annotations']) {
    const full = join(root, dir);
    if (!existsSync(full)) continue;
    for (const name of readdirSync(full))
      newest = Math.max(newest, statSync(join(full, name)).mtimeMs);
  }
  return newest;
}

run('building packages and the viewer (turbo build)', [
  'turbo',
  'run',
  'build',
  '--output-logs=errors-only',
]);
if (!existsSync(graph) || statSync(graph).mtimeMs < newestInput()) {
  run('converting data/ into data/graph/claimgraph.trig', ['--silent', 'kg', 'build']);
} else {
  console.error('start: data/graph/claimgraph.trig is up to date');
}
run('serving the viewer', ['--silent', 'kg', 'serve', ...process.argv.slice(2)]);
