/**
 * Writes a `QueryResult` for people and for other tools: `table` (aligned columns, IRIs
 * shortened with the prefixes, control characters from the data neutralised so that text
 * cannot drive the terminal), `json` (W3C SPARQL 1.1 Query Results JSON), `csv` and `tsv`
 * (W3C SPARQL 1.1 Query Results CSV and TSV). ASK answers print as true/false (or the JSON
 * boolean document); CONSTRUCT and DESCRIBE graphs print as Turtle in every format.
 */
import type { Term } from '@rdfjs/types';
import { escapeLiteral, termToNTriples, XSD, XSD_STRING } from './terms.js';
import { shortenIri, type PrefixMap } from './prefixes.js';
import { writeTurtle } from './rdf-writer.js';
import type { QueryResult } from './types.js';

/** The output formats of `formatResults`. */
export type ResultFormat = 'table' | 'json' | 'csv' | 'tsv';

/** The names `formatResults` accepts. */
export const RESULT_FORMATS: readonly ResultFormat[] = ['table', 'json', 'csv', 'tsv'];

const MAX_CELL_WIDTH = 80;
const PLAIN_DATATYPES = new Set([
  `${XSD}integer`,
  `${XSD}decimal`,
  `${XSD}double`,
  `${XSD}boolean`,
  XSD_STRING,
]);

/**
 * Formats a query result.
 * @example formatResults(await store.query('SELECT * { ?s ?p ?o } LIMIT 3'), 'table', DEFAULT_PREFIXES)
 */
export function formatResults(
  result: QueryResult,
  format: ResultFormat,
  prefixes: PrefixMap,
): string {
  switch (result.type) {
    case 'quads':
      return writeTurtle(result.quads, prefixes);
    case 'boolean':
      return format === 'json'
        ? `${JSON.stringify({ head: {}, boolean: result.value })}\n`
        : `${result.value}\n`;
    case 'bindings':
      switch (format) {
        case 'json':
          return toJson(result.variables, result.rows);
        case 'csv':
          return toCsv(result.variables, result.rows);
        case 'tsv':
          return toTsv(result.variables, result.rows);
        case 'table':
          return toTable(result.variables, result.rows, prefixes);
      }
  }
}

type Rows = ReadonlyArray<Readonly<Record<string, Term>>>;

/** One term in SPARQL 1.1 Query Results JSON. */
export function termToJson(term: Term): Record<string, unknown> {
  switch (term.termType) {
    case 'NamedNode':
      return { type: 'uri', value: term.value };
    case 'BlankNode':
      return { type: 'bnode', value: term.value };
    case 'Literal':
      if (term.language) return { type: 'literal', value: term.value, 'xml:lang': term.language };
      if (term.datatype.value !== XSD_STRING)
        return { type: 'literal', value: term.value, datatype: term.datatype.value };
      return { type: 'literal', value: term.value };
    case 'Quad':
      return {
        type: 'triple',
        value: {
          subject: termToJson(term.subject),
          predicate: termToJson(term.predicate),
          object: termToJson(term.object),
        },
      };
    default:
      return { type: 'literal', value: term.value };
  }
}

function toJson(variables: readonly string[], rows: Rows): string {
  const bindings = rows.map((row) => {
    const binding: Record<string, unknown> = {};
    for (const name of variables) {
      const term = row[name];
      if (term) binding[name] = termToJson(term);
    }
    return binding;
  });
  return `${JSON.stringify({ head: { vars: variables }, results: { bindings } })}\n`;
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function toCsv(variables: readonly string[], rows: Rows): string {
  const lines = [variables.map(csvField).join(',')];
  for (const row of rows) {
    lines.push(
      variables
        .map((name) => {
          const term = row[name];
          if (!term) return '';
          return csvField(term.termType === 'BlankNode' ? `_:${term.value}` : term.value);
        })
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

function toTsv(variables: readonly string[], rows: Rows): string {
  const lines = [variables.map((name) => `?${name}`).join('\t')];
  for (const row of rows) {
    lines.push(variables.map((name) => (row[name] ? termToNTriples(row[name]) : '')).join('\t'));
  }
  return `${lines.join('\n')}\n`;
}

/** Shows a term compactly: prefixed IRIs, plain strings and numbers, `"x"@en`, `"v"^^xsd:date`. */
export function displayTerm(term: Term, prefixes: PrefixMap): string {
  switch (term.termType) {
    case 'NamedNode':
      return shortenIri(term.value, prefixes);
    case 'BlankNode':
      return `_:${term.value}`;
    case 'Literal':
      if (term.language) return `"${escapeLiteral(term.value)}"@${term.language}`;
      if (PLAIN_DATATYPES.has(term.datatype.value)) return term.value;
      return `"${escapeLiteral(term.value)}"^^${shortenIri(term.datatype.value, prefixes)}`;
    case 'Quad':
      return `<< ${displayTerm(term.subject, prefixes)} ${displayTerm(term.predicate, prefixes)} ${displayTerm(term.object, prefixes)} >>`;
    default:
      return term.value;
  }
}

/** Makes text safe and one-line for a terminal cell: no control characters, at most `width` characters. */
function cell(text: string, width = MAX_CELL_WIDTH): string {
  // eslint-disable-next-line no-control-regex
  const safe = text.replace(/[\r\n\t]+/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD');
  const characters = [...safe];
  return characters.length > width ? `${characters.slice(0, width - 1).join('')}…` : safe;
}

function toTable(variables: readonly string[], rows: Rows, prefixes: PrefixMap): string {
  const header = variables.map((name) => cell(name));
  const body = rows.map((row) =>
    variables.map((name) => (row[name] ? cell(displayTerm(row[name], prefixes)) : '')),
  );
  const widths = header.map((title, column) =>
    Math.max([...title].length, ...body.map((cells) => [...(cells[column] ?? '')].length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((text, column) => text + ' '.repeat((widths[column] ?? 0) - [...text].length))
      .join(' │ ')
      .trimEnd();
  const rule = widths.map((width) => '─'.repeat(width)).join('─┼─');
  const count = `${rows.length} ${rows.length === 1 ? 'row' : 'rows'}`;
  if (variables.length === 0) return `${count}\n`;
  return `${[line(header), rule, ...body.map(line)].join('\n')}\n${count}\n`;
}
