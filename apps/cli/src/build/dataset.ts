/**
 * The TriG text of a built model as chunks, one named graph at a time in
 * canonical order. A document graph whose local part has a digest is written
 * as its statements merged with that part — made in this build (and handed to
 * the graph cache) or copied from the cache. Joined, the chunks are exactly
 * the text of a build without any cache.
 */
import { mergeGroups, TrigSerialiser, type ModelResult, type Row } from '@claimgraph/model';
import type { GraphCache } from './graph-cache.js';

/**
 * Yields the prefixes, then one block per named graph.
 * @example await writeChunksAtomic(out, datasetChunks(model, graphCache));
 */
export function* datasetChunks(
  model: Pick<ModelResult, 'graphs' | 'localParts'>,
  cache?: GraphCache,
): Generator<string> {
  const serialiser = new TrigSerialiser();
  yield serialiser.header;
  const rowsOf = new Map<string, readonly Row[]>(model.graphs.map((g) => [g.graph, g.rows]));
  const names = [...new Set([...rowsOf.keys(), ...model.localParts.keys()])].sort((a, b) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  for (const graph of names) {
    const groups = serialiser.groups(rowsOf.get(graph) ?? []);
    const part = model.localParts.get(graph);
    if (!part) {
      yield serialiser.block(graph, groups);
      continue;
    }
    let local;
    if (part.rows) {
      local = serialiser.groups(part.rows);
      cache?.remember(graph, part.digest, part.rows.length, local);
    } else if (cache) {
      local = cache.take(part.digest);
    } else {
      throw new Error(`kg build: the local part of ${graph} is held by a cache that is not there`);
    }
    yield serialiser.block(graph, mergeGroups(groups, local));
  }
}
