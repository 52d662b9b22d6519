/**
 * Terms in Turtle and TriG syntax, written as n3's Writer writes them — the same escapes, the
 * same bare numbers and booleans, the same choice between a prefixed name and a full IRI — so
 * that a writer can build each distinct term's text once and reuse it for every quad it is in.
 * The one deliberate difference: an IRI whose scheme happens to be a declared prefix
 * (`ex:thing` with `ex:` declared) stays `<ex:thing>`, where n3 writes it bare and so changes it
 * to the prefix's namespace on reading.
 */
import type { BaseQuad, Literal, Term } from '@rdfjs/types';
import { LITERAL_ESCAPES, RDF_TYPE, TERM_RANK, XSD, XSD_STRING } from './terms.js';

/**
 * What n3 escapes in Turtle strings and IRIs: quotes, backslashes, U+0000–U+0019 (not
 * U+001A–U+001F, which Turtle allows as they are) and characters outside the Basic Multilingual
 * Plane. The test is the quick check; the replacement pattern is applied only when it passes.
 */
// eslint-disable-next-line no-control-regex -- control characters are what is escaped
const NEEDS_ESCAPE = /["\\\t\n\r\b\f\u0000-\u0019\ud800-\udbff]/;
// eslint-disable-next-line no-control-regex -- control characters are what is escaped
const ESCAPED = /["\\\t\n\r\b\f\u0000-\u0019]|[\ud800-\udbff][\udc00-\udfff]/g;

/** The local part of a prefixed name that n3 writes: ASCII letters, digits, `_`, `-` and inner dots. */
const LOCAL_NAME = '([_a-zA-Z0-9](?:\\.?[\\-_a-zA-Z0-9])*)$';

/** Datatypes whose literals are written bare when their value has the plain lexical form. */
const BARE_FORMS: ReadonlyMap<string, RegExp> = new Map([
  [`${XSD}boolean`, /^(?:true|false)$/],
  [`${XSD}integer`, /^[+-]?\d+$/],
  [`${XSD}decimal`, /^[+-]?\d*\.\d+$/],
  [`${XSD}double`, /^[+-]?(?:\d+\.\d*|\.?\d+)[eE][+-]?\d+$/],
]);

function escapeCharacter(character: string): string {
  const short = LITERAL_ESCAPES[character];
  if (short !== undefined) return short;
  return character.length === 1
    ? `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`
    : `\\U${character.codePointAt(0)!.toString(16).padStart(8, '0')}`;
}

function escape(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(ESCAPED, escapeCharacter) : text;
}

/**
 * Turtle/TriG syntax with a fixed set of declared prefixes (see `createTurtleTerms`): a plain
 * record used through the functions below, for the reason `term-table.ts` gives.
 */
export interface TurtleTerms {
  /** The `@prefix` lines and the blank line after them; empty without prefixes. */
  readonly declarations: string;
  /**
   * The namespaces in declaration order, each with its `prefix:` (a later prefix of the same
   * namespace wins).
   */
  readonly names: ReadonlyMap<string, string>;
  /**
   * One pattern of every namespace followed by a local name, tried in declaration order as n3
   * tries them (without prefixes, a pattern that never matches).
   */
  readonly namespaces: RegExp;
  /** The texts of datatype IRIs written so far. */
  readonly datatypes: Map<string, string>;
  /** The namespaces that IRIs have been shortened with so far. */
  readonly shortened: Set<string>;
}

/**
 * Turtle/TriG syntax for terms with the given prefixes, declared in the order given.
 * @param prefixes prefix → namespace, in the order they are declared
 * @example turtleTerm(createTurtleTerms({ ex: 'http://e/' }), namedNode('http://e/a')) // 'ex:a'
 */
export function createTurtleTerms(prefixes: Readonly<Record<string, string>>): TurtleTerms {
  const names = new Map<string, string>();
  for (const [prefix, namespace] of Object.entries(prefixes)) names.set(namespace, `${prefix}:`);
  const alternatives = [...names.keys()].map((namespace) =>
    namespace.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'),
  );
  const lines = Object.entries(prefixes).map(
    ([prefix, namespace]) => `@prefix ${prefix}: <${namespace}>.\n`,
  );
  return {
    declarations: lines.length > 0 ? `${lines.join('')}\n` : '',
    names,
    namespaces:
      alternatives.length > 0 ? new RegExp(`^(${alternatives.join('|')})${LOCAL_NAME}`) : /$0^/,
    datatypes: new Map(),
    shortened: new Set(),
  };
}

/**
 * An IRI as a prefixed name when a namespace leaves a plain local name, else in brackets.
 * @example turtleIri(createTurtleTerms({ ex: 'http://e/' }), 'http://e/a/b') // '<http://e/a/b>'
 */
export function turtleIri(syntax: TurtleTerms, value: string): string {
  const iri = escape(value);
  const match = syntax.namespaces.exec(iri);
  if (!match?.[1]) return `<${iri}>`;
  syntax.shortened.add(match[1]);
  return syntax.names.get(match[1])! + match[2]!;
}

/** A term as a subject, object or graph name. */
export function turtleTerm(syntax: TurtleTerms, term: Term): string {
  switch (term.termType) {
    case 'NamedNode':
      return turtleIri(syntax, term.value);
    case 'Literal':
      return turtleLiteral(syntax, term);
    case 'Quad':
      return tripleTerm(syntax, term);
    case 'Variable':
      return `?${term.value}`;
    case 'DefaultGraph':
      return '';
    case 'BlankNode':
      return `_:${term.value}`;
  }
}

/** A term as a predicate: `rdf:type` is `a`. */
export function turtlePredicate(syntax: TurtleTerms, term: Term): string {
  return term.termType === 'NamedNode' && term.value === RDF_TYPE ? 'a' : turtleTerm(syntax, term);
}

function turtleLiteral(syntax: TurtleTerms, literal: Literal): string {
  return literalText(
    syntax,
    literal.value,
    literal.language,
    literal.direction,
    literal.language ? undefined : literal.datatype.value,
  );
}

/** A literal from its parts; `datatype` is only read when there is no language. */
function literalText(
  syntax: TurtleTerms,
  text: string,
  language: string,
  direction: string | null | undefined,
  datatype: string | undefined,
): string {
  const value = escape(text);
  if (language) return `"${value}"@${language}${direction ? `--${direction}` : ''}`;
  if (datatype === XSD_STRING) return `"${value}"`;
  if (BARE_FORMS.get(datatype!)?.test(value)) return value;
  let name = syntax.datatypes.get(datatype!);
  if (name === undefined) syntax.datatypes.set(datatype!, (name = turtleIri(syntax, datatype!)));
  return `"${value}"^^${name}`;
}

/**
 * The text of the term at `index` of a table, from what ranking read from the terms: `kinds`
 * (`TERM_RANK`), the values of IRIs and literals, and literals' languages and datatypes.
 */
export function termText(
  syntax: TurtleTerms,
  index: number,
  terms: readonly Term[],
  kinds: Uint8Array,
  values: ReadonlyArray<string | undefined>,
  languages: ReadonlyArray<string | undefined>,
  datatypes: ReadonlyArray<string | undefined>,
): string {
  const kind = kinds[index];
  if (kind === TERM_RANK.NamedNode) return turtleIri(syntax, values[index]!);
  if (kind !== TERM_RANK.Literal) return turtleTerm(syntax, terms[index]!);
  const language = languages[index]!;
  const direction = language ? (terms[index] as Literal).direction : undefined;
  return literalText(syntax, values[index]!, language, direction, datatypes[index]);
}

function tripleTerm(syntax: TurtleTerms, { subject, predicate, object, graph }: BaseQuad): string {
  const graphText = graph.termType === 'DefaultGraph' ? '' : ` ${turtleTerm(syntax, graph)}`;
  return `<<(${turtleTerm(syntax, subject)} ${turtlePredicate(syntax, predicate)} ${turtleTerm(syntax, object)}${graphText})>>`;
}
