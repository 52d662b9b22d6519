#!/usr/bin/env node
/**
 * Makes sure the Debian packages some test suites need are installed before the
 * tests run. When a package is missing and we are root with apt-get, it is
 * installed (non-interactively); otherwise the script says which suites will be
 * skipped and how to install what they need — it never fails the run by itself,
 * and the suites themselves report as skipped (never as a silent pass).
 * Set KG_NO_APT=1 to forbid installing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const { packages } = JSON.parse(
  readFileSync(new URL('./system-packages.json', import.meta.url), 'utf8'),
);
const missing = packages.filter((pkg) => !existsSync(pkg.binary));
if (missing.length === 0) process.exit(0);

const names = missing.map((pkg) => pkg.name);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;

if (isRoot && hasApt && process.env.KG_NO_APT !== '1') {
  console.error(`ensure-system-packages: installing ${names.join(', ')} with apt-get …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env,
  });
  const install =
    update.status === 0 &&
    spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...names], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env,
    });
  if (install && install.status === 0) process.exit(0);
  console.error('ensure-system-packages: apt-get failed; the suites below will be skipped.');
}
for (const pkg of missing.filter((p) => !existsSync(p.binary))) {
  console.error(
    `SKIPPED: ${pkg.neededBy} — needs ${pkg.binary} from the Debian package '${pkg.name}'. Install it with: sudo apt-get install -y ${pkg.name}`,
  );
}
