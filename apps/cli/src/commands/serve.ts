/**
 * `kg serve`: serves the graph viewer (`@claimgraph/viewer`) on a built
 * dataset, prints the page's URL on stdout and runs until interrupted
 * (Ctrl+C). A dataset that cannot be shown — missing, malformed, empty — is
 * reported on stderr with exit code 1 before anything listens. When the
 * viewer app has not been built yet, it is built first.
 */
import { resolve } from 'node:path';
import {
  BUILD_COMMAND,
  DatasetError,
  buildApp,
  isAppBuilt,
  startViewerServer,
} from '@claimgraph/viewer/server';
import type { CommandDefinition } from '../command.js';
import { DEFAULT_DATA_FILE } from '../command.js';
import { CliError, UsageError } from '../errors.js';

/** What `kg serve` waits for before it stops the server. */
export type StopSignal = () => Promise<string>;

/** Resolves with the signal's name on the first SIGINT or SIGTERM. */
export function processStopSignal(): Promise<string> {
  return new Promise((resolveStop) => {
    const stop = (signal: NodeJS.Signals): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolveStop(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/**
 * Builds the `serve` command; `waitForStop` decides when the server stops
 * (tests pass their own).
 * @example const command = createServeCommand(() => Promise.resolve('test'));
 */
export function createServeCommand(waitForStop: StopSignal = processStopSignal): CommandDefinition {
  return {
    name: 'serve',
    summary: 'serve the graph viewer on a built dataset and print its URL',
    configure: (command) =>
      command
        .option('-d, --data <file>', 'dataset to show', DEFAULT_DATA_FILE)
        .option('--host <host>', 'address to listen on', '127.0.0.1')
        .option('--port <port>', 'port to listen on (0 picks a free one)', '5173'),
    run: async ({ options, io }) => {
      const port = parsePort(String(options['port']));
      const host = String(options['host']);
      const dataFile = resolve(io.cwd, String(options['data']));
      if (!isAppBuilt()) {
        io.stderr('kg serve: the viewer app is not built yet; building it (vite build)…\n');
        try {
          await buildApp((text) => io.stderr(text));
        } catch (error) {
          throw new CliError(
            `kg serve: ${(error as Error).message.replace(/^claimgraph-viewer: /, '')}`,
          );
        }
      }
      let server;
      try {
        server = await startViewerServer({
          dataFile,
          host,
          port,
          log: (line) => io.stderr(`${line}\n`),
        });
      } catch (error) {
        throw serveError(error, host, port);
      }
      io.stdout(`${server.url}\n`);
      io.stderr('kg serve: press Ctrl+C to stop.\n');
      const signal = await waitForStop();
      await server.close();
      io.stderr(`kg serve: stopped (${signal}).\n`);
    },
  };
}

/** The `kg serve` command as the CLI registers it. */
export const serveCommand: CommandDefinition = createServeCommand();

function parsePort(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65_535) {
    throw new UsageError(`kg serve: --port must be a whole number from 0 to 65535, not "${text}".`);
  }
  return port;
}

function serveError(error: unknown, host: string, port: number): CliError {
  if (error instanceof DatasetError) {
    return new CliError(`kg serve: ${error.message.replace(/^claimgraph-viewer: /, '')}`);
  }
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE')
    return new CliError(
      `kg serve: port ${port} on ${host} is already in use; pass another --port (0 picks a free one).`,
    );
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND')
    return new CliError(`kg serve: cannot listen on ${host}: no such local address.`);
  const message = (error as Error).message ?? String(error);
  if (/not built/.test(message))
    return new CliError(`kg serve: the viewer app is not built; run \`${BUILD_COMMAND}\`.`);
  return new CliError(`kg serve: ${message}`);
}
