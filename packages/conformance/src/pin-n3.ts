/**
 * rdf-test-suite 2.8 subclasses n3's parser (`GeneralizedN3StreamParser`) against n3 2.0.3
 * internals that later n3 releases changed (with n3 2.13 it crashes in `_restoreContext`), yet
 * declares `n3: ^2.0.3`, so pnpm gives it the newest n3. This package depends on `n3@2.0.3`
 * exactly; this module makes every `require('n3')` coming from inside rdf-test-suite resolve to
 * that copy. Import it before rdf-test-suite. (A root `pnpm` override
 * `"rdf-test-suite>n3": "2.0.3"` would make it unnecessary.)
 */
import Module, { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const pinnedN3 = require.resolve('n3');
const pinnedVersion = (require('n3/package.json') as { version: string }).version;
if (pinnedVersion !== '2.0.3') {
  throw new Error(
    `claimgraph-conformance: expected n3 2.0.3 for rdf-test-suite, found ${pinnedVersion}`,
  );
}

type Resolve = (
  request: string,
  parent: { filename?: string } | undefined,
  ...rest: unknown[]
) => string;
const internals = Module as unknown as { _resolveFilename: Resolve };
const original = internals._resolveFilename;
internals._resolveFilename = function (request, parent, ...rest) {
  if (request === 'n3' && parent?.filename?.includes('/rdf-test-suite/')) return pinnedN3;
  return original.call(this, request, parent, ...rest);
};

/** The n3 version rdf-test-suite now loads. */
export const N3_VERSION_FOR_TEST_SUITE = pinnedVersion;
