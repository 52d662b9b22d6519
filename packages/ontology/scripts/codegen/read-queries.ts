/**
 * Reads the competency queries of `ontology/queries/*.rq`: each file's question (its leading `#`
 * comment lines), its result variables (from the SELECT clause, `(… AS ?v)` included) and the
 * prefixed names it uses. A query without a leading comment or without a SELECT clause is an error
 * naming the file and line.
 */
import { OntologySourceError } from './read-ontology.js';

/** A competency query as read from its file. */
export interface QuerySource {
  readonly name: string;
  readonly file: string;
  readonly question: string;
  readonly variables: readonly string[];
  readonly text: string;
}

/** Reads one `.rq` file; `file` is the path used in error messages, `name` the file's base name. */
export function readQuery(name: string, file: string, text: string): QuerySource {
  const lines = text.split('\n');
  const commentLines: string[] = [];
  for (const line of lines) {
    if (!line.startsWith('#')) break;
    commentLines.push(line.replace(/^#\s?/, '').trim());
  }
  const question = commentLines.join(' ').trim();
  if (!question) {
    throw new OntologySourceError(
      `${file}:1:1`,
      'a competency query must start with a # comment stating its question',
    );
  }
  return { name, file, question, variables: selectVariables(text, file), text };
}

/** The result variables of a SELECT query, in order. */
export function selectVariables(text: string, file: string): string[] {
  const body = text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('#'))
    .join('\n');
  const match = /\bSELECT\s+(?:DISTINCT\s+|REDUCED\s+)?([\s\S]*?)\bWHERE\b/i.exec(body);
  if (!match?.[1]) throw new OntologySourceError(file, 'no SELECT … WHERE clause');
  const clause = match[1];
  const variables: string[] = [];
  let depth = 0;
  let group = '';
  for (let i = 0; i < clause.length; i += 1) {
    const char = clause[i] ?? '';
    if (char === '(') {
      depth += 1;
      if (depth === 1) group = '';
    } else if (char === ')') {
      depth -= 1;
      if (depth === 0) {
        const alias = /\bAS\s+\?(\w+)\s*$/i.exec(group);
        if (alias?.[1]) variables.push(alias[1]);
      }
    } else if (depth === 0 && char === '?') {
      const name = /^\?(\w+)/.exec(clause.slice(i));
      if (name?.[1]) {
        variables.push(name[1]);
        i += name[1].length;
      }
    }
    if (depth > 0) group += char;
  }
  return variables;
}

/**
 * The IRIs a SPARQL or Turtle text writes as prefixed names, resolved with its own PREFIX /
 * @prefix declarations.
 */
export function prefixedIris(text: string): string[] {
  const prefixes = new Map<string, string>();
  for (const m of text.matchAll(/(?:PREFIX|@prefix)\s+([\w-]*):\s*<([^>]*)>/gi)) {
    prefixes.set(m[1] ?? '', m[2] ?? '');
  }
  const iris = new Set<string>();
  const code = text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('#'))
    .join('\n')
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .replace(/<[^>\s]*>/g, '<>');
  for (const m of code.matchAll(/(?<![\w:?$-])([A-Za-z][\w-]*)?:([A-Za-z_][\w-]*)/g)) {
    const base = prefixes.get(m[1] ?? '');
    if (base !== undefined) iris.add(`${base}${m[2] ?? ''}`);
  }
  return [...iris].sort();
}
