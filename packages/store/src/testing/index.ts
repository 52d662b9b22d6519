/**
 * `@claimgraph/store/testing`: support for integration tests and benchmarks that need a real
 * SPARQL store — a private Virtuoso started on 127.0.0.1 in a temporary directory.
 */
export {
  startVirtuoso,
  virtuosoAvailable,
  virtuosoSkipMessage,
  VIRTUOSO_BINARY,
  VIRTUOSO_INSTALL_HINT,
  type VirtuosoServer,
  type StartVirtuosoOptions,
} from './virtuoso.js';
