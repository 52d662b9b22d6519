/**
 * `@claimgraph/viewer/server`: the Node side of the viewer — start a server
 * that shows a dataset in the browser, and build the app when it is missing.
 */
export { startViewerServer, AppNotBuiltError } from './server.js';
export type { ViewerServer, ViewerServerOptions } from './server.js';
export { DatasetError, loadDataset, viewCachePath } from './dataset.js';
export type { LoadedDataset } from './dataset.js';
export { buildApp, isAppBuilt, BUILD_COMMAND, DEFAULT_APP_DIR } from './app-build.js';
export { CONTENT_SECURITY_POLICY } from './security.js';
