/**
 * Shared vitest settings for claimgraph. Workspace packages export their
 * TypeScript sources under the `claimgraph-source` condition, so tests of one
 * package run against the current sources of the packages it depends on
 * without a build step. Test files sit next to the code they test; files
 * whose name starts with `_` are helpers, not suites.
 */
import { defineConfig, mergeConfig } from 'vitest/config';

const conditions = ['claimgraph-source', 'module', 'node', 'development|production'];

/**
 * Builds a vitest config with the shared defaults, merged with `overrides`.
 * @example export default claimgraphVitest({ test: { testTimeout: 20000 } });
 */
export function claimgraphVitest(overrides = {}) {
  return mergeConfig(
    defineConfig({
      resolve: { conditions },
      ssr: { resolve: { conditions, externalConditions: ['claimgraph-source'] } },
      test: {
        include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
        exclude: ['**/node_modules/**', '**/dist/**', '**/_*'],
      },
    }),
    overrides,
  );
}
