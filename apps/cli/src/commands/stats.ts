/**
 * `kg stats`: counts a dataset's quads, distinct triples, graphs (with their triple counts),
 * instances per class and uses of each property, as a readable table or as JSON.
 */
import { datasetStats, DEFAULT_PREFIXES, formatStats, LocalStore } from '@claimgraph/store';
import type { CommandDefinition } from '../command.js';
import { DEFAULT_DATA_FILE } from '../command.js';
import { choice, resolvePath, withStoreErrors } from './store-support.js';

export const statsCommand: CommandDefinition = {
  name: 'stats',
  summary: 'count triples, graphs, instances per class and properties used',
  configure: (command) =>
    command
      .option('-d, --data <file>', 'dataset to describe', DEFAULT_DATA_FILE)
      .option('-f, --format <format>', 'table | json', 'table'),
  run: async ({ options, io }) => {
    const format = choice('stats', 'format', options['format'] ?? 'table', [
      'table',
      'json',
    ] as const);
    await withStoreErrors('stats', async () => {
      const store = await LocalStore.fromFile(
        resolvePath(io, String(options['data'] ?? DEFAULT_DATA_FILE)),
      );
      io.stdout(formatStats(datasetStats(store.quads()), format, DEFAULT_PREFIXES));
    });
  },
};
