/**
 * `kg stats`: counts triples, graphs, instances per class and uses of each
 * property. Implemented by `@claimgraph/store`.
 */
import type { CommandDefinition } from '../command.js';
import { DEFAULT_DATA_FILE } from '../command.js';
import { CommandUnavailableError } from '../errors.js';

export const statsCommand: CommandDefinition = {
  name: 'stats',
  summary: 'count triples, graphs, instances per class and properties used',
  configure: (command) =>
    command
      .option('-d, --data <file>', 'dataset to describe', DEFAULT_DATA_FILE)
      .option('-f, --format <format>', 'table | json', 'table'),
  run: async () => {
    throw new CommandUnavailableError('stats', 'the store (@claimgraph/store)');
  },
};
