/**
 * `kg push`: replaces each named graph on a remote SPARQL store through the
 * Graph Store Protocol and verifies the counts. Implemented by
 * `@claimgraph/store`.
 */
import type { CommandDefinition } from '../command.js';
import { DEFAULT_DATA_FILE } from '../command.js';
import { CommandUnavailableError } from '../errors.js';

export const pushCommand: CommandDefinition = {
  name: 'push',
  summary: 'replace each named graph on a remote SPARQL store and verify the counts',
  configure: (command) =>
    command
      .requiredOption('-e, --endpoint <url>', 'SPARQL endpoint (query URL) of the remote store')
      .option('-d, --data <file>', 'dataset to push', DEFAULT_DATA_FILE)
      .option('--graph-store <url>', 'Graph Store Protocol URL (default: derived from the endpoint)')
      .option('-u, --user <name>', 'user name (or KG_USER)')
      .option('-p, --password <password>', 'password (or KG_PASSWORD); never printed'),
  run: async () => {
    throw new CommandUnavailableError('push', 'the store (@claimgraph/store)');
  },
};
