import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CommandDefinition } from './command.js';
import { CliError } from './errors.js';
import { memoryIO } from './io.js';
import { runCli } from './program.js';

const commandNames = ['build', 'query', 'validate', 'export', 'stats', 'push', 'serve'];

describe('kg help', () => {
  it('lists every command with --help and exits 0', async () => {
    const io = memoryIO();
    expect(await runCli(['--help'], io)).toBe(0);
    for (const name of commandNames) expect(io.out).toMatch(new RegExp(`^  ${name}\\b`, 'm'));
    expect(io.err).toBe('');
  });

  it('lists every option of a command with <command> --help', async () => {
    const io = memoryIO();
    expect(await runCli(['query', '--help'], io)).toBe(0);
    for (const option of ['--data', '--endpoint', '--format', '--bind', '--timeout']) {
      expect(io.out).toContain(option);
    }
  });

  it('prints help to stderr and exits 2 when no command is given', async () => {
    const io = memoryIO();
    expect(await runCli([], io)).toBe(2);
    expect(io.err).toContain('Usage: kg');
    expect(io.out).toBe('');
  });

  it('prints the version', async () => {
    const io = memoryIO();
    expect(await runCli(['--version'], io)).toBe(0);
    expect(io.out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('kg argument errors', () => {
  it('rejects an unknown command with exit 2 and a suggestion', async () => {
    const io = memoryIO();
    expect(await runCli(['biuld'], io)).toBe(2);
    expect(io.err).toContain("unknown command 'biuld'");
    expect(io.err).toContain('build');
  });

  it('rejects an unknown option with exit 2', async () => {
    const io = memoryIO();
    expect(await runCli(['stats', '--colour'], io)).toBe(2);
    expect(io.err).toContain("unknown option '--colour'");
  });

  it('rejects a missing required option with exit 2', async () => {
    const io = memoryIO();
    expect(await runCli(['export'], io)).toBe(2);
    expect(io.err).toContain('--format');
  });

  it('rejects a missing argument with exit 2', async () => {
    const io = memoryIO();
    expect(await runCli(['query'], io)).toBe(2);
    expect(io.err).toContain("missing required argument 'query'");
  });
});

describe('kg command dispatch', () => {
  const recorded: unknown[] = [];
  const echo: CommandDefinition = {
    name: 'echo',
    summary: 'test command',
    configure: (command) =>
      command.argument('<word>').option('--times <n>', 'repeat', '1').option('--fail', 'fail'),
    run: async ({ args, options, io }) => {
      recorded.push({ args, options });
      if (options['fail']) throw new CliError('kg echo: asked to fail');
      io.stdout(`${String(args[0])}\n`.repeat(Number(options['times'])));
    },
  };

  it('passes positional arguments and parsed options to the command', async () => {
    const io = memoryIO();
    expect(await runCli(['echo', 'hi', '--times', '2'], io, [echo])).toBe(0);
    expect(io.out).toBe('hi\nhi\n');
    expect(recorded.at(-1)).toEqual({ args: ['hi'], options: { times: '2' } });
  });

  it('turns a CliError into its message on stderr and exit 1', async () => {
    const io = memoryIO();
    expect(await runCli(['echo', 'hi', '--fail'], io, [echo])).toBe(1);
    expect(io.err).toBe('kg echo: asked to fail\n');
    expect(io.out).toBe('');
  });
});

describe('kg as a process', () => {
  const main = fileURLToPath(new URL('./main.ts', import.meta.url));
  const run = (...args: string[]) =>
    spawnSync(
      process.execPath,
      ['--conditions=claimgraph-source', '--import', 'tsx', main, ...args],
      {
        encoding: 'utf8',
      },
    );

  it('keeps stdout to the command output and exits with the right code', () => {
    const ok = run('--version');
    expect(ok.status).toBe(0);
    expect(ok.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const bad = run('--nope');
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain("unknown option '--nope'");
  });
});

describe('kg in a pipeline', () => {
  it('ends quietly when the reader closes stdout early', () => {
    const main = fileURLToPath(new URL('./main.ts', import.meta.url));
    const data = join(mkdtempSync(join(tmpdir(), 'kg-pipe-')), 'big.nt');
    writeFileSync(
      data,
      Array.from(
        { length: 20_000 },
        (_, i) => `<http://e/s${i}> <http://e/p> "value number ${i}" .`,
      ).join('\n'),
    );
    const result = spawnSync(
      'sh',
      [
        '-c',
        `"${process.execPath}" --conditions=claimgraph-source --import tsx "${main}" query "SELECT * WHERE { ?s ?p ?o }" --data "${data}" --format tsv | head -c 3`,
      ],
      { encoding: 'utf8' },
    );
    expect(result.stdout).toMatch(/^\?[spo]\t/);
    expect(result.stderr).not.toContain('EPIPE');
  });
});
