/**
 * @claimgraph/conformance — the harness that runs the W3C SPARQL 1.1 query tests against the
 * claimgraph store (`pnpm --filter @claimgraph/conformance test:conformance`). Exported for its
 * own tests and for anyone who wants to drive rdf-test-suite with the store's engine.
 */
export { storeEngine, toNQuads, toTestResult } from './engine.js';
export {
  sparql11Directory,
  summarise,
  readKnownFailures,
  renderReport,
  SPARQL11_BASE_URL,
  type Outcome,
  type Summary,
} from './suite.js';
