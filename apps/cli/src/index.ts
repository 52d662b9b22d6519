/**
 * Public API of the `kg` CLI package: run the program in-process (for tests
 * and embedding) and the building blocks commands are made of.
 */
export { runCli, createProgram, CLI_VERSION } from './program.js';
export { processIO, memoryIO, type CliIO } from './io.js';
export {
  CliError,
  UsageError,
  CommandUnavailableError,
  EXIT_FAILURE,
  EXIT_USAGE,
} from './errors.js';
export type { CommandDefinition, CommandContext } from './command.js';
