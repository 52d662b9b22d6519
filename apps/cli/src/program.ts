/**
 * The `kg` program: a commander tree built from the command definitions in
 * `commands/`, wired so that help goes to stdout, errors to stderr, and every
 * outcome becomes an exit code instead of a `process.exit` call — which keeps
 * the whole CLI testable in-process.
 */
import { Command, CommanderError, Option } from 'commander';
import type { CommandDefinition } from './command.js';
import { commandDefinitions } from './commands/index.js';
import { CliError, EXIT_FAILURE, EXIT_USAGE } from './errors.js';
import type { CliIO } from './io.js';
import { CLI_VERSION } from './version.js';

export { CLI_VERSION };

/**
 * Builds the commander program for the given IO and command definitions.
 * @example const program = createProgram(memoryIO());
 */
export function createProgram(
  io: CliIO,
  definitions: readonly CommandDefinition[] = commandDefinitions,
): Command {
  const program = new Command('kg')
    .description(
      'claimgraph: turn news articles into a knowledge graph of who said what, reported by whom, disputed by whom.',
    )
    .version(CLI_VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout(text),
      writeErr: (text) => io.stderr(text),
      outputError: (text, write) => write(text),
    });
  program.addHelpCommand('help [command]', 'show help for a command');
  program.addOption(new Option('--no-color', 'plain output without colour').hideHelp());

  for (const definition of definitions) {
    const command = program
      .command(definition.name)
      .description(definition.summary)
      .helpOption('-h, --help', 'show help for this command')
      .exitOverride()
      .configureOutput({
        writeOut: (text) => io.stdout(text),
        writeErr: (text) => io.stderr(text),
        outputError: (text, write) => write(text),
      });
    definition.configure(command);
    command.action(async (...received: unknown[]) => {
      // commander passes: ...positional args, options object, the command itself.
      const self = received.at(-1) as Command;
      const args = received.slice(0, -2);
      await definition.run({ args, options: self.opts(), io });
    });
  }
  return program;
}

/**
 * Runs `kg` with the given arguments (without `node` and the script name)
 * and resolves to the process exit code.
 * @example const code = await runCli(['stats', '--data', 'g.trig'], processIO());
 */
export async function runCli(
  argv: readonly string[],
  io: CliIO,
  definitions: readonly CommandDefinition[] = commandDefinitions,
): Promise<number> {
  const program = createProgram(io, definitions);
  if (argv.length === 0) {
    program.outputHelp({ error: true });
    return EXIT_USAGE;
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    return exitCodeFor(error, io);
  }
}

function exitCodeFor(error: unknown, io: CliIO): number {
  if (error instanceof CommanderError) {
    if (
      error.code === 'commander.helpDisplayed' ||
      error.code === 'commander.help' ||
      error.code === 'commander.version'
    ) {
      return 0;
    }
    // commander has already printed its message (unknown command/option, missing argument …).
    return EXIT_USAGE;
  }
  if (error instanceof CliError) {
    io.stderr(`${error.message}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.stderr(`kg: unexpected error: ${message}\n`);
  return EXIT_FAILURE;
}
