/**
 * The errors of the local store. Every `StoreError` carries a `code` that callers act on (the
 * CLI turns `query-syntax`, `bad-binding` and `bad-argument` into usage errors, exit 2, and
 * everything else into failures, exit 1) and, where the problem is in a file or a query text,
 * the line and column it was found at. Messages start with `claimgraph-store:` so users can tell which part failed.
 */

/** What went wrong in the local store. */
export type StoreErrorCode =
  | 'not-found'
  | 'data-syntax'
  | 'unsupported-format'
  | 'query-syntax'
  | 'read-only'
  | 'bad-binding'
  | 'bad-argument'
  | 'timeout'
  | 'unavailable'
  | 'query-failed';

/** Where in a file or text a problem was found (1-based line and column). */
export interface SourcePosition {
  file?: string;
  line?: number;
  column?: number;
}

/** A failure of the local store, with a machine-readable code and a position when known. */
export class StoreError extends Error {
  readonly code: StoreErrorCode;
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly column: number | undefined;

  constructor(code: StoreErrorCode, message: string, position: SourcePosition = {}) {
    super(message.startsWith('claimgraph-store:') ? message : `claimgraph-store: ${message}`);
    this.name = 'StoreError';
    this.code = code;
    this.file = position.file;
    this.line = position.line;
    this.column = position.column;
  }
}

/**
 * Reads the first line/column pair out of an Oxigraph or sparqljs error message. Oxigraph
 * writes `line 3 column 11`, `line 2 between columns 45 and 48` or `error at 2:9`; all of them
 * count from 1.
 * @example positionInMessage('Parser error at line 2 column 45: Unexpected end') // { line: 2, column: 45 }
 */
export function positionInMessage(message: string): { line?: number; column?: number } {
  const lineColon = /\bat (\d+):(\d+)\b/.exec(message);
  if (lineColon) return { line: Number(lineColon[1]), column: Number(lineColon[2]) };
  const line = /\bline (\d+)/.exec(message);
  const column = /\bcolumns? (\d+)/.exec(message);
  const position: { line?: number; column?: number } = {};
  if (line) position.line = Number(line[1]);
  if (column) position.column = Number(column[1]);
  return position;
}

/** `file:line:column` (as far as known) for messages. */
export function describePosition(position: SourcePosition): string {
  let text = position.file ?? '<input>';
  if (position.line !== undefined) {
    text += `:${position.line}`;
    if (position.column !== undefined) text += `:${position.column}`;
  }
  return text;
}
