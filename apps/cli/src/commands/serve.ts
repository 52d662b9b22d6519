/**
 * `kg serve`: serves the viewer on a built dataset and prints its URL.
 * Implemented by the viewer app (`apps/viewer`).
 */
import type { CommandDefinition } from '../command.js';
import { DEFAULT_DATA_FILE } from '../command.js';
import { CommandUnavailableError } from '../errors.js';

export const serveCommand: CommandDefinition = {
  name: 'serve',
  summary: 'serve the graph viewer on a built dataset and print its URL',
  configure: (command) =>
    command
      .option('-d, --data <file>', 'dataset to show', DEFAULT_DATA_FILE)
      .option('--host <host>', 'address to listen on', '127.0.0.1')
      .option('--port <port>', 'port to listen on (0 picks a free one)', '5173'),
  run: async () => {
    throw new CommandUnavailableError('serve', 'the viewer (apps/viewer)');
  },
};
