/**
 * `pnpm --filter @claimgraph/conformance test:conformance [--report FILE] [--filter REGEX]`:
 * runs the W3C SPARQL 1.1 query tests against the store's engine with rdf-test-suite, offline,
 * prints one line per failure and a closing `N passed, N failed` line, optionally writes the
 * Markdown report, and exits 1 when a test fails that is not listed in `known-failures.txt`.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import './pin-n3.js';
import {
  readKnownFailures,
  renderReport,
  REPOSITORY_ROOT,
  sparql11Directory,
  SPARQL11_BASE_URL,
  summarise,
  type Outcome,
} from './suite.js';

const MANIFEST = 'manifest-sparql11-query.ttl';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<number> {
  const { TestSuiteRunner, Util } = await import('rdf-test-suite');
  // Offline, files get their media type from the extension; rdf-test-suite's table lacks `.rdf`
  // (a web server would have sent application/rdf+xml), which some subquery tests use.
  (Util as unknown as { extensionToContentType: Record<string, string> }).extensionToContentType[
    'rdf'
  ] ??= 'application/rdf+xml';
  const { storeEngine, oxigraphEngine } = await import('./engine.js');
  const engineName = option('--engine') ?? 'store';
  if (engineName !== 'store' && engineName !== 'oxigraph')
    throw new Error(
      `claimgraph-conformance: --engine must be store or oxigraph, not ${engineName}`,
    );
  const directory = sparql11Directory();
  const filter = option('--filter');
  const results = await new TestSuiteRunner().runManifest(
    `${SPARQL11_BASE_URL}${MANIFEST}`,
    engineName === 'store' ? storeEngine : oxigraphEngine,
    {
      exitWithStatusCode0: true,
      outputFormat: 'summary',
      timeOutDuration: 10_000,
      customEngingeOptions: {},
      urlToFileMapping: `${SPARQL11_BASE_URL}~${directory}`,
      ...(filter ? { testRegex: new RegExp(filter) } : {}),
    },
  );
  const outcomes: Outcome[] = results.map((result) => {
    const reason = result.error?.message
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim();
    return {
      uri: result.test.uri,
      name: result.test.name,
      status: result.skipped ? 'skipped' : result.ok ? 'passed' : 'failed',
      ...(reason ? { reason } : {}),
    };
  });
  const known = readKnownFailures(
    join(
      REPOSITORY_ROOT,
      `packages/conformance/known-failures${engineName === 'store' ? '' : `-${engineName}`}.txt`,
    ),
  );
  const summary = summarise(outcomes, known);
  for (const outcome of outcomes.filter((entry) => entry.status === 'failed')) {
    process.stdout.write(
      `${known.has(outcome.uri) ? 'known  ' : 'FAILED '} ${outcome.uri}: ${outcome.reason ?? ''}\n`,
    );
  }
  for (const uri of summary.fixed)
    process.stdout.write(`now passes (remove from known-failures.txt): ${uri}\n`);

  const report = option('--report');
  if (report) {
    const command = `npx -y pnpm@10.34.9 --filter @claimgraph/conformance test:conformance --report ${report}`;
    const path = resolve(REPOSITORY_ROOT, report);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(
      `${path}.tmp`,
      renderReport(
        outcomes,
        summary,
        command,
        MANIFEST,
        readKnownFailures(
          join(REPOSITORY_ROOT, 'packages/conformance/known-failures-oxigraph.txt'),
        ),
      ),
    );
    renameSync(`${path}.tmp`, path);
  }
  process.stdout.write(
    `conformance (${engineName}): ${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped\n`,
  );
  if (summary.unexpected.length > 0) {
    process.stdout.write(
      `conformance: ${summary.unexpected.length} failures are not in known-failures.txt\n`,
    );
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
