/**
 * Where the browser tests find Chromium, and what they say when it is not
 * installed: the tests are then skipped, loudly, naming the Debian package.
 */
import { existsSync } from 'node:fs';

/** The Chromium binary (override with CLAIMGRAPH_CHROMIUM). */
export const CHROMIUM_PATH = process.env['CLAIMGRAPH_CHROMIUM'] ?? '/usr/bin/chromium';

/** True when the binary is there. */
export const chromiumAvailable = existsSync(CHROMIUM_PATH);

/** The message printed (and used as the skipped test's name) without Chromium. */
export const CHROMIUM_MISSING = `claimgraph-viewer e2e SKIPPED: no Chromium at ${CHROMIUM_PATH}. Install the Debian package chromium (apt-get install -y chromium) to run the browser tests.`;

/** Chromium flags for a headless run on a CI machine without a GPU. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
