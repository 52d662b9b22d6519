/**
 * Browser tests of the viewer (e2e/*.e2e.test.ts) in Debian's Chromium via
 * playwright-core. The global setup builds the app once and the seed graph
 * once; files run one after another (one browser at a time on a small machine).
 */
import { claimgraphVitest } from '@claimgraph/vitest-config';

const config = claimgraphVitest({
  test: {
    globalSetup: ['e2e/_global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
    // Camera animations and debounced URL updates take most of a second on a loaded CI machine.
    expect: { poll: { timeout: 10_000, interval: 50 } },
  },
});
// Replace (not extend) the shared include list: only the browser suites run here.
config.test = { ...config.test, include: ['e2e/**/*.e2e.test.ts'] };

export default config;
