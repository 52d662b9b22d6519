/**
 * The CLI's connection to the outside world. Commands never touch
 * `process.stdout` directly: they write through a {@link CliIO}, so that tests
 * can run the whole program in-process and `pnpm --silent kg …` carries only
 * a command's own output on stdout (diagnostics go to stderr).
 */

/** Where a command writes and what it knows about the terminal. */
export interface CliIO {
  /** Writes a command's own output (results, exported data). */
  stdout(text: string): void;
  /** Writes diagnostics: progress, summaries of side effects, warnings, errors. */
  stderr(text: string): void;
  /** True when stderr is an interactive terminal (progress bars allowed). */
  readonly interactive: boolean;
  /** Working directory that relative paths are resolved against. */
  readonly cwd: string;
  /** Environment variables (credentials, settings). */
  readonly env: Readonly<Record<string, string | undefined>>;
}

/**
 * The real process's streams. A reader that closes stdout early (`kg query … | head`)
 * ends the program quietly, as other command-line tools do, instead of crashing on EPIPE.
 */
export function processIO(): CliIO {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    interactive: Boolean(process.stderr.isTTY),
    cwd: process.env['INIT_CWD'] ?? process.cwd(),
    env: process.env,
  };
}

/** An in-memory IO for tests: everything written is collected in strings. */
export function memoryIO(
  options: { cwd?: string; env?: Record<string, string | undefined> } = {},
): CliIO & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    interactive: false,
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? {},
    stdout(text: string) {
      io.out += text;
    },
    stderr(text: string) {
      io.err += text;
    },
  };
  return io;
}
