/**
 * `kg validate`: checks a dataset against the SHACL shapes and checks every
 * text anchor against its document. Implemented by `@claimgraph/store`.
 */
import type { CommandDefinition } from '../command.js';
import { DEFAULT_DATA_FILE } from '../command.js';
import { CommandUnavailableError } from '../errors.js';

export const validateCommand: CommandDefinition = {
  name: 'validate',
  summary: 'check the dataset against the SHACL shapes and every anchor against its document',
  configure: (command) =>
    command
      .option('-d, --data <file>', 'dataset to validate', DEFAULT_DATA_FILE)
      .option('-f, --format <format>', 'text | json', 'text'),
  run: async () => {
    throw new CommandUnavailableError('validate', 'the store (@claimgraph/store)');
  },
};
