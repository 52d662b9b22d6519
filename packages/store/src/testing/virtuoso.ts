/**
 * Test support (`@claimgraph/store/testing`): starts a private, throw-away Virtuoso (Debian's `virtuoso-opensource`) for the
 * remote-store integration tests and benchmarks. It copies the system `virtuoso.ini`, points the
 * database, log and lock files at a fresh temporary directory and both ServerPorts at
 * `127.0.0.1:<free port>` (`[Parameters]` is the SQL port, `[HTTPServer]` the HTTP one), runs
 * `virtuoso-t +foreground` in a process group of its own, waits until `/sparql` answers, and on
 * `stop()` kills the group and removes the directory. A new database has the account `dba`
 * with password `dba`, which may write through `/sparql-graph-crud-auth` (HTTP Digest).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The Virtuoso server binary installed by Debian's `virtuoso-opensource` package. */
export const VIRTUOSO_BINARY = '/usr/bin/virtuoso-t';
/** The configuration the package installs; the helper copies and rewrites it. */
export const VIRTUOSO_SYSTEM_INI = '/etc/virtuoso-opensource-7/virtuoso.ini';
/** The command that installs Virtuoso on Debian (as root). */
export const VIRTUOSO_INSTALL_HINT =
  'apt-get install -y --no-install-recommends virtuoso-opensource';

/** True when the Virtuoso binary and its system configuration are installed. */
export function virtuosoAvailable(): boolean {
  return existsSync(VIRTUOSO_BINARY) && existsSync(VIRTUOSO_SYSTEM_INI);
}

/** Why remote-store tests are skipped, printed so that a skip is never silent. */
export function virtuosoSkipMessage(suite: string): string {
  return (
    `claimgraph-store: SKIPPING ${suite}: ${VIRTUOSO_BINARY} is missing. ` +
    `Install the Debian package virtuoso-opensource (${VIRTUOSO_INSTALL_HINT}) to run it.`
  );
}

/** A running private Virtuoso. */
export interface VirtuosoServer {
  /** Base URL, e.g. `http://127.0.0.1:41234`. */
  readonly baseUrl: string;
  /** The SPARQL query endpoint (`<baseUrl>/sparql`). */
  readonly sparqlUrl: string;
  /** The authenticated Graph Store endpoint (`<baseUrl>/sparql-graph-crud-auth`). */
  readonly graphStoreUrl: string;
  /** Administrator account of a fresh database. */
  readonly user: string;
  readonly password: string;
  /** Kills the server's process group and removes its database directory. */
  stop(): Promise<void>;
}

/** Options of {@link startVirtuoso}. */
export interface StartVirtuosoOptions {
  /** Give up when `/sparql` does not answer within this many milliseconds (default 60 s). */
  startTimeoutMs?: number;
  /** Raise `[SPARQL] ResultSetMaxRows` (the system default caps results at 10,000 rows). */
  resultSetMaxRows?: number;
}

/**
 * Starts a private Virtuoso on free local ports with a fresh database.
 * @example
 * const server = await startVirtuoso();
 * try { … server.sparqlUrl … } finally { await server.stop(); }
 */
export async function startVirtuoso(options: StartVirtuosoOptions = {}): Promise<VirtuosoServer> {
  if (!virtuosoAvailable()) throw new Error(virtuosoSkipMessage('startVirtuoso'));
  const directory = await mkdtemp(join(tmpdir(), 'claimgraph-virtuoso-'));
  const [sqlPort, httpPort] = await freePorts(2);
  const ini = rewriteVirtuosoIni(await readFile(VIRTUOSO_SYSTEM_INI, 'utf8'), {
    directory,
    sqlPort: sqlPort!,
    httpPort: httpPort!,
    resultSetMaxRows: options.resultSetMaxRows,
  });
  const iniPath = join(directory, 'virtuoso.ini');
  await writeFile(iniPath, ini);

  const child = spawn(VIRTUOSO_BINARY, ['+configfile', iniPath, '+foreground'], {
    cwd: directory,
    detached: true,
    stdio: 'ignore',
  });
  let exited = false;
  child.once('exit', () => (exited = true));
  const baseUrl = `http://127.0.0.1:${httpPort}`;
  const stop = async () => {
    await killGroup(child, () => exited);
    await rm(directory, { recursive: true, force: true });
  };
  try {
    await waitUntilAnswering(`${baseUrl}/sparql`, options.startTimeoutMs ?? 60_000, () => exited);
  } catch (error) {
    const log = await readFile(join(directory, 'virtuoso.log'), 'utf8').catch(() => '');
    await stop();
    throw new Error(
      `${(error as Error).message}\n--- virtuoso.log (tail) ---\n${log.slice(-2000)}`,
      {
        cause: error,
      },
    );
  }
  return {
    baseUrl,
    sparqlUrl: `${baseUrl}/sparql`,
    graphStoreUrl: `${baseUrl}/sparql-graph-crud-auth`,
    user: 'dba',
    password: 'dba',
    stop,
  };
}

/** Settings that {@link rewriteVirtuosoIni} changes. */
interface IniRewrite {
  directory: string;
  sqlPort: number;
  httpPort: number;
  resultSetMaxRows?: number | undefined;
}

/** Rewrites a virtuoso.ini: files into `directory`, ports onto 127.0.0.1. */
export function rewriteVirtuosoIni(ini: string, settings: IniRewrite): string {
  const fileKeys = new Set([
    'DatabaseFile',
    'ErrorLogFile',
    'LockFile',
    'TransactionFile',
    'xa_persistent_file',
  ]);
  let section = '';
  return ini
    .split('\n')
    .map((line) => {
      const header = /^\s*\[([^\]]+)\]/.exec(line);
      if (header) {
        section = header[1]!.trim();
        return line;
      }
      const entry = /^(\s*)([A-Za-z_0-9]+)(\s*=\s*)([^;]*?)(\s*(;.*)?)$/.exec(line);
      if (!entry) return line;
      const [, indent, key, equals] = entry;
      const set = (value: string) => `${indent}${key}${equals}${value}`;
      if ((section === 'Database' || section === 'TempDatabase') && fileKeys.has(key!)) {
        const base = entry[4]!.split('/').at(-1)!;
        return set(join(settings.directory, base));
      }
      if (section === 'Parameters' && key === 'ServerPort') {
        return set(`127.0.0.1:${settings.sqlPort}`);
      }
      if (section === 'HTTPServer' && key === 'ServerPort') {
        return set(`127.0.0.1:${settings.httpPort}`);
      }
      if (section === 'URIQA' && key === 'DefaultHost') {
        return set(`127.0.0.1:${settings.httpPort}`);
      }
      if (section === 'SPARQL' && key === 'ResultSetMaxRows' && settings.resultSetMaxRows) {
        return set(String(settings.resultSetMaxRows));
      }
      return line;
    })
    .join('\n');
}

async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<ReturnType<typeof createServer>>((resolve, reject) => {
          const server = createServer();
          server.once('error', reject);
          server.listen(0, '127.0.0.1', () => resolve(server));
        }),
    ),
  );
  const ports = servers.map((server) => {
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    return address.port;
  });
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

async function waitUntilAnswering(
  url: string,
  timeoutMs: number,
  hasExited: () => boolean,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const probe = `${url}?query=${encodeURIComponent('ASK {}')}`;
  while (Date.now() < deadline) {
    if (hasExited()) throw new Error('claimgraph-store: virtuoso-t exited during start-up');
    try {
      const response = await fetch(probe, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`claimgraph-store: Virtuoso did not answer at ${url} within ${timeoutMs} ms`);
}

async function killGroup(child: ChildProcess, hasExited: () => boolean): Promise<void> {
  if (child.pid === undefined || hasExited()) return;
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // already gone
    }
  };
  signal('SIGTERM');
  for (let waited = 0; waited < 10_000 && !hasExited(); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!hasExited()) signal('SIGKILL');
}
