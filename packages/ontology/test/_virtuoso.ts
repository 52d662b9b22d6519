/**
 * Test helper: a private, throw-away Virtuoso (Debian's `virtuoso-opensource`) to check that the
 * competency queries run on Virtuoso as they do on Oxigraph. It copies the system `virtuoso.ini`
 * with the database files in a temporary directory and both ports on free local ports, starts
 * `virtuoso-t +foreground` in its own process group, loads each named graph as N-Triples with
 * `isql-vt` (`DB.DBA.TTLP_MT`), queries `/sparql` (whose default graph is the union of all graphs),
 * and on `stop()` kills the group and removes the directory.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writer, type Quad } from 'n3';

const BINARY = '/usr/bin/virtuoso-t';
const ISQL = '/usr/bin/isql-vt';
const SYSTEM_INI = '/etc/virtuoso-opensource-7/virtuoso.ini';

/** Whether Virtuoso and its SQL client are installed. */
export function virtuosoAvailable(): boolean {
  return [BINARY, ISQL, SYSTEM_INI].every((path) => existsSync(path));
}

/** The message printed when the Virtuoso suite is skipped. */
export const VIRTUOSO_SKIP_MESSAGE =
  'claimgraph-ontology: SKIPPING the Virtuoso query check: /usr/bin/virtuoso-t is missing ' +
  '(apt-get install -y --no-install-recommends virtuoso-opensource)';

/** A running private Virtuoso. */
export interface Virtuoso {
  /** Loads quads, each into its named graph. */
  load(quads: readonly Quad[]): Promise<void>;
  /** Runs a SELECT query on `/sparql`; rows map variable names to plain values. */
  select(query: string): Promise<Record<string, string>[]>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

function rewriteIni(ini: string, directory: string, sqlPort: number, httpPort: number): string {
  const files = [
    'DatabaseFile',
    'ErrorLogFile',
    'LockFile',
    'TransactionFile',
    'xa_persistent_file',
  ];
  let section = '';
  return ini
    .split('\n')
    .map((line) => {
      const header = /^\s*\[([^\]]+)\]/.exec(line);
      if (header) {
        section = header[1] ?? '';
        return line;
      }
      const entry = /^(\s*)(\w+)(\s*=\s*)([^;]*?)(\s*(;.*)?)$/.exec(line);
      if (!entry) return line;
      const [, indent = '', key = '', equals = '', value = ''] = entry;
      const set = (v: string): string => `${indent}${key}${equals}${v}`;
      if ((section === 'Database' || section === 'TempDatabase') && files.includes(key)) {
        return set(join(directory, value.split('/').at(-1) ?? value));
      }
      if (section === 'Parameters' && key === 'ServerPort') return set(`127.0.0.1:${sqlPort}`);
      if (section === 'HTTPServer' && key === 'ServerPort') return set(`127.0.0.1:${httpPort}`);
      return line;
    })
    .join('\n');
}

function run(command: string, args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) =>
      code === 0 && !/\*\*\* Error/.test(output) ? resolve(output) : reject(new Error(output)),
    );
  });
}

function toNTriples(quads: readonly Quad[]): Promise<string> {
  const writer = new Writer({ format: 'N-Triples' });
  for (const q of quads) writer.addQuad(q.subject, q.predicate, q.object);
  return new Promise((resolve, reject) =>
    writer.end((error, text) => (error ? reject(error) : resolve(text))),
  );
}

/** Starts a private Virtuoso with a fresh database. */
export async function startVirtuoso(): Promise<Virtuoso> {
  const directory = await mkdtemp(join(tmpdir(), 'claimgraph-ontology-virtuoso-'));
  const sqlPort = await freePort();
  const httpPort = await freePort();
  await writeFile(
    join(directory, 'virtuoso.ini'),
    rewriteIni(await readFile(SYSTEM_INI, 'utf8'), directory, sqlPort, httpPort),
  );
  const child = spawn(BINARY, ['+configfile', join(directory, 'virtuoso.ini'), '+foreground'], {
    cwd: directory,
    detached: true,
    stdio: 'ignore',
  });
  const stop = async (): Promise<void> => {
    if (child.pid !== undefined && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      process.kill(-child.pid, 'SIGKILL');
      await exited;
    }
    await rm(directory, { recursive: true, force: true });
  };
  const endpoint = `http://127.0.0.1:${httpPort}/sparql`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const response = await fetch(`${endpoint}?query=${encodeURIComponent('ASK {}')}`);
      await response.arrayBuffer();
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline || child.exitCode !== null) {
      await stop();
      throw new Error('claimgraph-ontology: Virtuoso did not start within 60 s');
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  let loaded = 0;
  return {
    async load(quads) {
      const graphs = new Map<string, Quad[]>();
      for (const q of quads) graphs.set(q.graph.value, [...(graphs.get(q.graph.value) ?? []), q]);
      for (const [graph, graphQuads] of graphs) {
        const file = `graph-${(loaded += 1)}.nt`;
        await writeFile(join(directory, file), await toNTriples(graphQuads));
        const load = `exec=DB.DBA.TTLP_MT(file_to_string_output('./${file}'), '', '${graph}', 0);`;
        await run(ISQL, [String(sqlPort), 'dba', 'dba', load], directory);
      }
    },
    async select(query) {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'application/sparql-results+json',
        },
        body: `query=${encodeURIComponent(query)}`,
      });
      const text = await response.text();
      if (!response.ok)
        throw new Error(`claimgraph-ontology: Virtuoso rejected the query: ${text.slice(0, 500)}`);
      const json = JSON.parse(text) as {
        results: { bindings: Record<string, { value: string }>[] };
      };
      return json.results.bindings.map((b) =>
        Object.fromEntries(Object.entries(b).map(([name, term]) => [name, term.value])),
      );
    },
    stop,
  };
}
