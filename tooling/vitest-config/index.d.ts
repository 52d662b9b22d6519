import type { ViteUserConfig } from 'vitest/config';

/** Builds a vitest config with the shared claimgraph defaults, merged with `overrides`. */
export function claimgraphVitest(overrides?: ViteUserConfig): ViteUserConfig;
