import { claimgraphVitest } from '@claimgraph/vitest-config';

export default claimgraphVitest({ test: { testTimeout: 30_000 } });
