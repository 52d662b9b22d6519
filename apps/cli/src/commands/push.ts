/**
 * `kg push`: replaces each named graph of a local dataset on a remote SPARQL store through the
 * SPARQL 1.1 Graph Store Protocol and verifies every graph's triple count through the query
 * endpoint (`pushDataset` of `@claimgraph/store/remote`). Credentials come from `--user` /
 * `--password` or `KG_USER` / `KG_PASSWORD` and are never printed; progress and a per-graph
 * summary (graph, triples sent, triples verified) go to stderr. Any failure ends with exit 1.
 */
import type { CommandDefinition } from '../command.js';
import { DEFAULT_DATA_FILE } from '../command.js';
import { CliError, UsageError } from '../errors.js';
import type { CliIO } from '../io.js';
import { resolve } from 'node:path';

export const pushCommand: CommandDefinition = {
  name: 'push',
  summary: 'replace each named graph on a remote SPARQL store and verify the counts',
  configure: (command) =>
    command
      .requiredOption('-e, --endpoint <url>', 'SPARQL endpoint (query URL) of the remote store')
      .option('-d, --data <file>', 'dataset to push', DEFAULT_DATA_FILE)
      .option(
        '--graph-store <url>',
        'Graph Store Protocol URL (default: derived from the endpoint; Virtuoso …/sparql → …/sparql-graph-crud-auth)',
      )
      .option('-u, --user <name>', 'user name (or KG_USER)')
      .option('-p, --password <password>', 'password (or KG_PASSWORD); never printed'),
  run: async ({ options, io }) => {
    const endpoint = String(options['endpoint']);
    const dataFile = resolve(io.cwd, String(options['data'] ?? DEFAULT_DATA_FILE));
    const graphStore =
      options['graphStore'] === undefined ? undefined : String(options['graphStore']);
    const { user, password } = credentialsFrom(options, io);

    const { LocalStore } = await import('@claimgraph/store');
    const { pushDataset, groupByGraph, maskUrl } = await import('@claimgraph/store/remote');
    let quadsByGraph: ReturnType<typeof groupByGraph>;
    try {
      const store = await LocalStore.fromFile(dataFile);
      try {
        quadsByGraph = groupByGraph(store.quads());
      } finally {
        await store.close();
      }
    } catch (error) {
      throw new CliError(`kg push: ${(error as Error).message}`);
    }
    const total = [...quadsByGraph.values()].reduce((sum, quads) => sum + quads.length, 0);
    io.stderr(
      `kg push: replacing ${quadsByGraph.size} graphs (${total} triples) from ${String(options['data'])} on ${maskUrl(endpoint)}\n`,
    );
    const table = new SummaryTable(
      io,
      Math.max(5, ...[...quadsByGraph.keys()].map((graph) => graph.length)),
    );
    try {
      const report = await pushDataset(quadsByGraph, {
        endpoint,
        ...(graphStore === undefined ? {} : { graphStore }),
        ...(user === undefined ? {} : { user, password: password ?? '' }),
        onProgress: (event) => {
          if (event.type === 'retry') {
            io.stderr(
              `kg push: retrying <${event.graph}> in ${event.delayMs} ms (attempt ${event.attempt + 1}): ${event.reason}\n`,
            );
          } else if (event.type === 'verified') {
            table.row(event.graph, event.sent, event.verified);
          }
        },
      });
      io.stderr(
        `kg push: ${report.graphs.length} graphs, ${total} triples replaced and verified via ${report.graphStore}\n`,
      );
    } catch (error) {
      throw new CliError(`kg push: ${(error as Error).message}`);
    }
  },
};

/** Reads the user and password from the options or the environment; a password needs a user. */
function credentialsFrom(
  options: Readonly<Record<string, unknown>>,
  io: CliIO,
): { user?: string; password?: string } {
  const user = (options['user'] as string | undefined) ?? io.env['KG_USER'];
  const password = (options['password'] as string | undefined) ?? io.env['KG_PASSWORD'];
  if (password !== undefined && (user === undefined || user === '')) {
    throw new UsageError(
      'kg push: a password was given without a user name (pass --user or set KG_USER)',
    );
  }
  if (user !== undefined && user !== '' && password === undefined) {
    throw new UsageError(
      `kg push: user "${user}" needs a password (pass --password or set KG_PASSWORD)`,
    );
  }
  return user === undefined || user === '' ? {} : { user, password: password ?? '' };
}

/** Prints one aligned row per verified graph as the push goes. */
class SummaryTable {
  private headed = false;
  constructor(
    private readonly io: CliIO,
    private readonly width: number,
  ) {}

  row(graph: string, sent: number, verified: number): void {
    if (!this.headed) {
      this.io.stderr(
        `${'graph'.padEnd(this.width)} ${'sent'.padStart(9)} ${'verified'.padStart(9)}\n`,
      );
      this.headed = true;
    }
    const mark = sent === verified ? '' : '  MISMATCH';
    this.io.stderr(
      `${graph.padEnd(this.width)} ${String(sent).padStart(9)} ${String(verified).padStart(9)}${mark}\n`,
    );
  }
}
