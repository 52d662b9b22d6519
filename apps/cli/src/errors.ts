/**
 * Errors the CLI turns into exit codes. Exit code 1 means the command ran and
 * failed (bad data, violations, an unreachable endpoint); exit code 2 means it
 * was asked the wrong thing (unknown command or option, malformed arguments or
 * query syntax). Every message names the command it comes from.
 */

/** Exit status: the command failed on its input or environment. */
export const EXIT_FAILURE = 1;
/** Exit status: the command line itself was wrong. */
export const EXIT_USAGE = 2;

/** An error with a message meant for the user and the exit code to end with. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_FAILURE,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** A usage error: wrong arguments or options (exit code 2). */
export class UsageError extends CliError {
  constructor(message: string) {
    super(message, EXIT_USAGE);
    this.name = 'UsageError';
  }
}

/** A command whose implementing package is not part of this build yet. */
export class CommandUnavailableError extends CliError {
  constructor(command: string, missing: string) {
    super(
      `kg ${command}: not available yet — it needs ${missing}, which this build does not have.`,
    );
    this.name = 'CommandUnavailableError';
  }
}
