/** Root ESLint flat config: every package lints with the shared claimgraph config. */
import config from '@claimgraph/eslint-config';

export default config;
