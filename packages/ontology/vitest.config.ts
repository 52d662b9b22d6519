import { claimgraphVitest } from '@claimgraph/vitest-config';

export default claimgraphVitest({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
