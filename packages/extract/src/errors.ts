/**
 * The one error type of @claimgraph/extract. Every rejection of an input names the file, the 1-based
 * line and column where the problem is, and a stable `code` that callers and tests can switch on.
 * Messages start with `claimgraph-extract:` so they can be traced to this package.
 */

/** Stable codes for rejected inputs. */
export type ExtractErrorCode =
  | 'empty'
  | 'binary'
  | 'invalid-utf8'
  | 'too-large'
  | 'front-matter-syntax'
  | 'front-matter-unclosed'
  | 'front-matter-not-a-map';

/** A document that cannot be parsed. */
export class ExtractError extends Error {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly code: ExtractErrorCode;

  constructor(code: ExtractErrorCode, file: string, line: number, column: number, detail: string) {
    super(`claimgraph-extract: ${file}:${line}:${column}: ${detail}`);
    this.name = 'ExtractError';
    this.code = code;
    this.file = file;
    this.line = line;
    this.column = column;
  }
}
