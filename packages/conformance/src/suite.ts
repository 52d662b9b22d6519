/**
 * Locating and summarising the W3C test suite. The suite (github w3c/rdf-tests) is not copied
 * into the repository: it lives in `shared/w3c-rdf-tests` beside the checkout (`../shared`
 * from the repository root, also in CI) or wherever `W3C_RDF_TESTS` points. Its manifests are
 * read through their public base URL, which rdf-test-suite maps onto that folder, so the run
 * is offline. Results are compared with a list of known failures so that the run fails on a
 * regression, not on the engine's documented gaps.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The public base URL of the SPARQL 1.1 manifests. */
export const SPARQL11_BASE_URL = 'http://w3c.github.io/rdf-tests/sparql/sparql11/';

/** The repository root (three levels above this file, in `src/` and in `dist/`). */
export const REPOSITORY_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * The folder that holds the SPARQL 1.1 manifests.
 * @throws naming both places looked at when the suite is not there
 */
export function sparql11Directory(
  env: Readonly<Record<string, string | undefined>> = process.env,
): string {
  const suite = env['W3C_RDF_TESTS']
    ? resolve(env['W3C_RDF_TESTS'])
    : resolve(REPOSITORY_ROOT, '../shared/w3c-rdf-tests');
  const directory = join(suite, 'sparql/sparql11');
  if (!existsSync(join(directory, 'manifest-sparql11-query.ttl'))) {
    throw new Error(
      `claimgraph-conformance: no W3C SPARQL 1.1 manifests in ${directory}; put github.com/w3c/rdf-tests at ../shared/w3c-rdf-tests beside the repository or set W3C_RDF_TESTS`,
    );
  }
  return `${directory}/`;
}

/** One test's outcome, reduced to what the report needs. */
export interface Outcome {
  uri: string;
  name: string;
  status: 'passed' | 'failed' | 'skipped';
  /** First line of the failure or skip reason. */
  reason?: string;
}

/** Counts and the comparison with the known failures. */
export interface Summary {
  passed: number;
  failed: number;
  skipped: number;
  /** Failures not in the known list: regressions. */
  unexpected: Outcome[];
  /** Known failures that now pass. */
  fixed: string[];
}

/** Reads a known-failures file: one test URI per line; lines starting with `#` are comments. */
export function readKnownFailures(path: string): Set<string> {
  if (!existsSync(path)) return new Set();
  return new Set(
    readFileSync(path, 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#')),
  );
}

/**
 * Summarises outcomes against the known failures.
 * @example summarise([{ uri: 'u', name: 'n', status: 'failed' }], new Set(['u'])).unexpected // []
 */
export function summarise(outcomes: readonly Outcome[], known: ReadonlySet<string>): Summary {
  const count = (status: Outcome['status']) =>
    outcomes.filter((outcome) => outcome.status === status).length;
  return {
    passed: count('passed'),
    failed: count('failed'),
    skipped: count('skipped'),
    unexpected: outcomes.filter(
      (outcome) => outcome.status === 'failed' && !known.has(outcome.uri),
    ),
    fixed: outcomes
      .filter((outcome) => outcome.status === 'passed' && known.has(outcome.uri))
      .map((outcome) => outcome.uri),
  };
}

/** Renders the Markdown report recorded in bench/results/conformance.md. */
export function renderReport(
  outcomes: readonly Outcome[],
  summary: Summary,
  command: string,
  manifest: string,
  oxigraphFailures: ReadonlySet<string>,
): string {
  const failures = outcomes.filter((outcome) => outcome.status === 'failed');
  const skipped = outcomes.filter((outcome) => outcome.status === 'skipped');
  const lines = [
    '## W3C SPARQL 1.1 query tests against the claimgraph store',
    '',
    `Engine: \`LocalStore\` of @claimgraph/store (Oxigraph, union of all graphs as the default graph), through rdf-test-suite, offline. Manifest: \`${manifest}\` (SPARQL 1.1 Query Language: evaluation and syntax tests).`,
    '',
    '```sh',
    command,
    '```',
    '',
    `**${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped** (of ${outcomes.length}). Oxigraph called directly fails ${oxigraphFailures.size} of the same tests (\`known-failures-oxigraph.txt\`).`,
    '',
    `### Failures (${failures.length})`,
    '',
    'The last column tells whether Oxigraph called directly, with SPARQL’s own default graph instead of the union, fails the test too (`--engine oxigraph`).',
    '',
    '| test | reason | Oxigraph direct |',
    '|---|---|---|',
    ...failures.map(
      (outcome) =>
        `| \`${outcome.uri.replace(/^.*data-sparql11\//, '')}\` (${outcome.name}) | ${(outcome.reason ?? '').replace(/\|/g, '\\|').slice(0, 160)} | ${oxigraphFailures.has(outcome.uri) ? 'fails too' : 'passes'} |`,
    ),
  ];
  if (skipped.length > 0) {
    lines.push(
      '',
      `### Skipped (${skipped.length})`,
      '',
      ...skipped.map((outcome) => `- \`${outcome.uri}\`: ${outcome.reason ?? ''}`),
    );
  }
  return `${lines.join('\n')}\n`;
}
