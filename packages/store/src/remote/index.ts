/**
 * The remote half of @claimgraph/store: query a remote SPARQL 1.1 endpoint (`RemoteEndpoint`)
 * and replace a dataset's named graphs on it through the Graph Store Protocol (`pushDataset`).
 * Loaded lazily by `openSource()` so that local-only use never pulls in HTTP code.
 */
export { RemoteEndpoint, type RemoteEndpointOptions } from './endpoint.js';
export { RemoteStoreError, type RemoteErrorKind } from './errors.js';
export { maskUrl, type Credentials } from './credentials.js';
export type { FetchLike } from './http-auth.js';
export {
  pushDataset,
  groupByGraph,
  countTriples,
  type PushOptions,
  type PushProgress,
  type PushReport,
  type GraphPushResult,
} from './push.js';
export { deriveGraphStoreUrl, graphUrl } from './graph-store.js';
