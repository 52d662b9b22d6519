/**
 * The package's error type: every message starts with `claimgraph-projection:`
 * and says what was wrong with the input, so callers can show it as is.
 */

/** An error raised on input the projection cannot use. */
export class ProjectionError extends Error {
  override readonly name = 'ProjectionError';
  constructor(message: string) {
    super(`claimgraph-projection: ${message}`);
  }
}
