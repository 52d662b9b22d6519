/**
 * What the store-backed commands (`query`, `validate`, `export`, `stats`) share: resolving paths
 * against the working directory, turning store errors into exit codes (query syntax and bad
 * `--bind` values are usage errors, exit 2; everything else exit 1), checking enumerated
 * options, and writing an output file atomically (a temporary file renamed into place, so a
 * failure never leaves a half-written file).
 */
import { randomBytes } from 'node:crypto';
import { rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { StoreError } from '@claimgraph/store';
import { CliError, UsageError } from '../errors.js';
import type { CliIO } from '../io.js';

/** Resolves a path given on the command line against the CLI's working directory. */
export function resolvePath(io: CliIO, path: string): string {
  return resolve(io.cwd, path);
}

/** Turns any failure of a store command into a `CliError` with the right exit code. */
export function storeFailure(command: string, error: unknown): CliError {
  if (error instanceof CliError) return error;
  if (error instanceof StoreError) {
    const message = `kg ${command}: ${error.message}`;
    const usage =
      error.code === 'query-syntax' ||
      error.code === 'bad-binding' ||
      error.code === 'bad-argument';
    return usage ? new UsageError(message) : new CliError(message);
  }
  return new CliError(`kg ${command}: ${error instanceof Error ? error.message : String(error)}`);
}

/** Runs a command body, converting failures with {@link storeFailure}. */
export async function withStoreErrors<T>(command: string, body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    throw storeFailure(command, error);
  }
}

/** Checks that an option's value is one of the allowed names (exit 2 otherwise). */
export function choice<T extends string>(
  command: string,
  option: string,
  value: unknown,
  allowed: readonly T[],
): T {
  const text = String(value);
  if (!(allowed as readonly string[]).includes(text)) {
    throw new UsageError(
      `kg ${command}: --${option} must be one of ${allowed.join(', ')}, not "${text}"`,
    );
  }
  return text as T;
}

/**
 * Writes text to a file atomically: a temporary file in the same directory, then a rename.
 * @example await writeFileAtomically('out/graph.ttl', turtle);
 */
export async function writeFileAtomically(path: string, text: string): Promise<void> {
  const temporary = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw new CliError(
      `cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
}
