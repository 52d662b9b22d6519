/**
 * Initial bindings for queries (`kg query --bind name=value`). A value is read as one RDF term
 * in Turtle syntax — `<iri>`, a prefixed name, `"text"@en`, `"5"^^xsd:int`, a bare number or
 * boolean — and anything that is not exactly one such term becomes a plain string literal. The
 * bindings reach the query as a VALUES block added to its parsed algebra (sparqljs) and
 * regenerated, never by pasting text, so quotes or angle brackets in a value cannot change the
 * query.
 */
import type { Term } from '@rdfjs/types';
import { DataFactory, Lexer, Parser as TurtleParser } from 'n3';
import sparqljs from 'sparqljs';
import { positionInMessage, StoreError } from './errors.js';
import type { PrefixMap } from './prefixes.js';

/** A variable name and the term it is bound to. */
export interface Binding {
  name: string;
  term: Term;
}

const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/u;
/** `prefix:local` as tables print IRIs, where the local part may hold `/` (not valid Turtle). */
const DISPLAYED_NAME = /^([A-Za-z][\w.-]*):([^\s<>"{}|\\^`]+)$/u;
const SINGLE_TERM_SHAPES = new Set([
  'IRI',
  'prefixed',
  'literal',
  'literal langcode',
  'literal type',
  'literal typeIRI',
]);

/**
 * Reads `name=value` into a variable name and a term.
 * @example parseBinding('who=<https://w3id.org/claimgraph/id/actor/x>', {}).term.termType // 'NamedNode'
 * @example parseBinding('n=5', {}).term.value // '5' (an xsd:integer)
 * @example parseBinding('text=He said "no" <loudly>', {}).term.value // the whole text, one literal
 */
export function parseBinding(spec: string, prefixes: PrefixMap): Binding {
  const equals = spec.indexOf('=');
  if (equals <= 0) {
    throw new StoreError('bad-binding', `--bind "${spec}": expected name=value`);
  }
  const name = spec.slice(0, equals).trim().replace(/^[?$]/, '');
  if (!VARIABLE_NAME.test(name)) {
    throw new StoreError(
      'bad-binding',
      `--bind "${spec}": "${name}" is not a SPARQL variable name`,
    );
  }
  return { name, term: parseTermValue(spec.slice(equals + 1), prefixes) };
}

/**
 * Reads one RDF term in Turtle syntax, or else the whole text as a plain string literal.
 * @example parseTermValue('"5"^^xsd:int', { xsd: 'http://www.w3.org/2001/XMLSchema#' })
 */
export function parseTermValue(value: string, prefixes: PrefixMap): Term {
  const plain = DataFactory.literal(value);
  const trimmed = value.trim();
  const displayed = DISPLAYED_NAME.exec(trimmed);
  const namespace = displayed ? prefixes[displayed[1] as string] : undefined;
  if (displayed && namespace !== undefined)
    return DataFactory.namedNode(namespace + (displayed[2] as string));
  if (!isSingleTurtleTerm(trimmed)) return plain;
  const prologue = Object.entries(prefixes)
    .map(([prefix, namespace]) => `@prefix ${prefix}: <${namespace}> .\n`)
    .join('');
  try {
    const quads = new TurtleParser().parse(
      `${prologue}<urn:x-bind:s> <urn:x-bind:p> ${trimmed} .\n`,
    );
    const object = quads.length === 1 ? quads[0]?.object : undefined;
    if (object && (object.termType === 'NamedNode' || object.termType === 'Literal')) return object;
  } catch {
    // not valid Turtle (e.g. an undeclared prefix): the value is a plain string
  }
  return plain;
}

function isSingleTurtleTerm(value: string): boolean {
  if (value === '' || /[\n\r]/.test(value)) return false;
  try {
    const tokens = new Lexer().tokenize(`${value}\n`).filter((token) => token.type !== 'eof');
    return SINGLE_TERM_SHAPES.has(tokens.map((token) => token.type).join(' '));
  } catch {
    return false;
  }
}

type SparqlQuery = sparqljs.SparqlQuery;

/**
 * Returns the query with a VALUES block binding each variable, added to the query's WHERE
 * pattern through the sparqljs algebra. Throws a `query-syntax` error for a query sparqljs
 * cannot parse, `read-only` for updates and `bad-binding` for a variable the query never uses.
 * @example injectBindings('SELECT ?s { ?s ?p ?o }', [{ name: 'o', term: literal('x') }])
 */
export function injectBindings(sparql: string, bindings: readonly Binding[]): string {
  if (bindings.length === 0) return sparql;
  let parsed: SparqlQuery;
  try {
    parsed = new sparqljs.Parser().parse(sparql);
  } catch (error) {
    const { message, line, column } = sparqljsFailure(error);
    throw new StoreError(
      'query-syntax',
      `query syntax error at line ${line ?? '?'}, column ${column ?? '?'}: ${message}`,
      {
        ...(line === undefined ? {} : { line }),
        ...(column === undefined ? {} : { column }),
      },
    );
  }
  if (parsed.type === 'update') {
    throw new StoreError(
      'read-only',
      'bindings apply to queries only, and this is a SPARQL Update',
    );
  }
  const used = variablesIn(parsed);
  for (const { name } of bindings) {
    if (!used.has(name)) {
      throw new StoreError('bad-binding', `--bind ${name}: the query has no variable ?${name}`);
    }
  }
  const row: Record<string, sparqljs.ValuePatternRow[string]> = {};
  for (const { name, term } of bindings) row[`?${name}`] = term as sparqljs.ValuePatternRow[string];
  const values: sparqljs.ValuesPattern = { type: 'values', values: [row] };
  parsed.where = [values, ...(parsed.where ?? [])];
  return new sparqljs.Generator().stringify(parsed);
}

function variablesIn(query: SparqlQuery): Set<string> {
  const names = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
    } else if (node !== null && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record['termType'] === 'Variable' && typeof record['value'] === 'string')
        names.add(record['value']);
      for (const value of Object.values(record)) visit(value);
    }
  };
  visit(query);
  return names;
}

function sparqljsFailure(error: unknown): { message: string; line?: number; column?: number } {
  const message = error instanceof Error ? error.message : String(error);
  const hash = (error as { hash?: { loc?: { first_line?: number; first_column?: number } } }).hash;
  const summary = message
    .split('\n')
    .filter((line) => line.trim() !== '' && !/^-*\^$/.test(line.trim()));
  const text = summary.at(-1)?.slice(0, 200) ?? message;
  if (hash?.loc?.first_line !== undefined) {
    return { message: text, line: hash.loc.first_line, column: (hash.loc.first_column ?? 0) + 1 };
  }
  return { message: text, ...positionInMessage(message) };
}
