/**
 * The shape every `kg` subcommand takes: a name, a one-line summary, a
 * function that declares its arguments and options on a commander command,
 * and a function that runs it. The program (`program.ts`) registers the
 * definitions from `commands/`; each command lives in a module of its own.
 */
import type { Command } from 'commander';
import type { CliIO } from './io.js';

/** What a command receives when it runs. */
export interface CommandContext {
  /** Positional arguments, in declaration order. */
  readonly args: readonly unknown[];
  /** Parsed options (camelCased names, as commander gives them). */
  readonly options: Readonly<Record<string, unknown>>;
  /** Where to write and which environment to read. */
  readonly io: CliIO;
}

/** One `kg` subcommand. */
export interface CommandDefinition {
  readonly name: string;
  readonly summary: string;
  /** Declares arguments and options; returns the same command. */
  configure(command: Command): Command;
  /** Runs the command. Throw a `CliError` to fail with a message and exit code. */
  run(context: CommandContext): Promise<void>;
}

/** The default dataset path every reading command uses. */
export const DEFAULT_DATA_FILE = 'data/graph/claimgraph.trig';
