/**
 * Worker thread for queries with a time limit. Oxigraph's WASM build runs a query synchronously
 * and cannot be interrupted, so the store loads its dataset into a second Oxigraph store in
 * this worker and runs time-limited queries here; when the limit passes, the main thread
 * terminates the worker. Plain JavaScript so that it runs unchanged from `src/` and `dist/`.
 * Messages: {type:'load', text, mediaType, baseIri} → {type:'loaded'};
 * {type:'query', sparql, resultsFormat} → {type:'result', output}; failures → {type:'error', message}.
 */
import { parentPort } from 'node:worker_threads';
import oxigraph from 'oxigraph';

let store = new oxigraph.Store();

parentPort.on('message', (message) => {
  try {
    if (message.type === 'load') {
      store = new oxigraph.Store();
      const options = { format: message.mediaType };
      if (message.baseIri) options.base_iri = message.baseIri;
      store.load(message.text, options);
      parentPort.postMessage({ type: 'loaded' });
    } else if (message.type === 'query') {
      const output = store.query(message.sparql, {
        use_default_graph_as_union: true,
        results_format: message.resultsFormat,
      });
      parentPort.postMessage({ type: 'result', output });
    }
  } catch (error) {
    parentPort.postMessage({
      type: 'error',
      message: error instanceof Error ? error.message : String(error),
    });
  }
});
