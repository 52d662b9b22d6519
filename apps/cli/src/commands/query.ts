/**
 * `kg query`: runs a SPARQL 1.1 query (SELECT, ASK, CONSTRUCT, DESCRIBE) over a local dataset
 * or a remote endpoint, with the union of all named graphs as the default graph, and prints the
 * answer as a table, W3C SPARQL JSON, CSV or TSV (graphs as Turtle). `--bind name=value` binds
 * variables through a VALUES block; `--timeout` stops a query that runs too long. Updates are
 * refused. Query syntax errors and bad arguments exit 2; failures exit 1.
 */
import { readFile } from 'node:fs/promises';
import {
  DEFAULT_PREFIXES,
  formatResults,
  openSource,
  parseBinding,
  RESULT_FORMATS,
  type QueryOptions,
  type SparqlSource,
} from '@claimgraph/store';
import type { CommandDefinition } from '../command.js';
import { DEFAULT_DATA_FILE } from '../command.js';
import { CliError, UsageError } from '../errors.js';
import type { CliIO } from '../io.js';
import { choice, resolvePath, withStoreErrors } from './store-support.js';

async function queryText(argument: string, io: CliIO): Promise<string> {
  if (!argument.startsWith('@')) return argument;
  const path = resolvePath(io, argument.slice(1));
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new CliError(
      `kg query: cannot read the query file ${path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
}

function timeoutOption(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const milliseconds = Number(value);
  if (!Number.isInteger(milliseconds) || milliseconds <= 0) {
    throw new UsageError(
      `kg query: --timeout must be a positive whole number of milliseconds, not "${String(value)}"`,
    );
  }
  return milliseconds;
}

export const queryCommand: CommandDefinition = {
  name: 'query',
  summary: 'run a SPARQL 1.1 query (SELECT, ASK, CONSTRUCT, DESCRIBE)',
  configure: (command) =>
    command
      .argument('<query>', 'the query text, or @file.rq to read it from a file')
      .option('-d, --data <file>', 'dataset to query', DEFAULT_DATA_FILE)
      .option('-e, --endpoint <url>', 'query a remote SPARQL endpoint instead')
      .option('-f, --format <format>', 'table | json | csv | tsv', 'table')
      .option(
        '-b, --bind <name=value>',
        'bind a variable to a value: <iri>, prefix:name, "text"@en, "5"^^xsd:int, 5, true, or plain text (repeatable)',
        (value: string, previous: string[] = []) => [...previous, value],
      )
      .option('-t, --timeout <ms>', 'stop the query after this many milliseconds'),
  run: async ({ args, options, io }) => {
    const format = choice('query', 'format', options['format'] ?? 'table', RESULT_FORMATS);
    const timeoutMs = timeoutOption(options['timeout']);
    const sparql = await queryText(String(args[0]), io);
    await withStoreErrors('query', async () => {
      const queryOptions: QueryOptions = {};
      const binds = (options['bind'] as string[] | undefined) ?? [];
      if (binds.length > 0) {
        queryOptions.bindings = {};
        for (const spec of binds) {
          const { name, term } = parseBinding(spec, DEFAULT_PREFIXES);
          queryOptions.bindings[name] = term;
        }
      }
      if (timeoutMs !== undefined) queryOptions.timeoutMs = timeoutMs;
      const endpoint = options['endpoint'] as string | undefined;
      const source: SparqlSource = await openSource(
        endpoint === undefined
          ? { data: resolvePath(io, String(options['data'] ?? DEFAULT_DATA_FILE)) }
          : { endpoint, ...credentials(io) },
      );
      try {
        const result = await source.query(sparql, queryOptions);
        io.stdout(formatResults(result, format, DEFAULT_PREFIXES));
      } finally {
        await source.close();
      }
    });
  },
};

function credentials(io: CliIO): { user?: string; password?: string } {
  const user = io.env['KG_USER'];
  const password = io.env['KG_PASSWORD'];
  return { ...(user ? { user } : {}), ...(password ? { password } : {}) };
}
