/**
 * `kg query`: runs a SPARQL 1.1 query over a local dataset or a remote
 * endpoint. Implemented by `@claimgraph/store`.
 */
import type { CommandDefinition } from '../command.js';
import { DEFAULT_DATA_FILE } from '../command.js';
import { CommandUnavailableError } from '../errors.js';

export const queryCommand: CommandDefinition = {
  name: 'query',
  summary: 'run a SPARQL 1.1 query (SELECT, ASK, CONSTRUCT, DESCRIBE)',
  configure: (command) =>
    command
      .argument('<query>', 'the query text, or @file.rq to read it from a file')
      .option('-d, --data <file>', 'dataset to query', DEFAULT_DATA_FILE)
      .option('-e, --endpoint <url>', 'query a remote SPARQL endpoint instead')
      .option('-f, --format <format>', 'table | json | csv | tsv', 'table')
      .option('-b, --bind <name=value...>', 'bind a variable to a value (repeatable)')
      .option('-t, --timeout <ms>', 'stop the query after this many milliseconds'),
  run: async () => {
    throw new CommandUnavailableError('query', 'the store (@claimgraph/store)');
  },
};
