/**
 * Turns what Oxigraph serialises — SPARQL 1.1 Query Results TSV for SELECT, JSON for ASK,
 * N-Triples for CONSTRUCT and DESCRIBE — into a `QueryResult` of n3 RDF/JS terms. Going through
 * text instead of Oxigraph's WASM term objects is what a worker thread can send back, frees the
 * WASM memory at once, and is cheaper: every property of a WASM term (`termType`, `value`,
 * `language`, `datatype`) is a call into WebAssembly that copies a string out, so reading the
 * terms of a large answer costs about as much again as the query (measured in
 * `bench/results/store.md`). For SELECT the TSV text is preferred to JSON because Oxigraph writes
 * it in about two thirds of the time (no variable names or type keys repeated per value, a
 * shorter string to decode); both carry every term exactly, since Oxigraph writes a number or a
 * boolean bare only when its lexical form is already the one Turtle reads back.
 */
import type { BlankNode, NamedNode, Term } from '@rdfjs/types';
import { DataFactory, Parser } from 'n3';
import { StoreError } from './errors.js';
import type { QueryResult } from './types.js';
import { RDF_LANG_STRING, XSD_STRING } from './terms.js';

const { namedNode, blankNode, literal } = DataFactory;

/** A term in the SPARQL 1.1 Query Results JSON format. */
export interface JsonResultTerm {
  type: 'uri' | 'bnode' | 'literal' | 'typed-literal' | 'triple';
  value: string | { subject: JsonResultTerm; predicate: JsonResultTerm; object: JsonResultTerm };
  datatype?: string;
  'xml:lang'?: string;
}

/** The SPARQL 1.1 Query Results JSON document. */
export interface JsonResults {
  head: { vars?: string[] };
  results?: { bindings: Array<Record<string, JsonResultTerm>> };
  boolean?: boolean;
}

/** Converts one SPARQL JSON term to an RDF/JS term. */
export function termFromJson(term: JsonResultTerm): Term {
  if (typeof term.value !== 'string') {
    const { subject, predicate, object } = term.value;
    return DataFactory.quad(
      termFromJson(subject) as never,
      termFromJson(predicate) as never,
      termFromJson(object) as never,
    );
  }
  switch (term.type) {
    case 'uri':
      return namedNode(term.value);
    case 'bnode':
      return blankNode(term.value);
    default: {
      const language = term['xml:lang'];
      if (language) return literal(term.value, language);
      const datatype = term.datatype;
      if (datatype && datatype !== XSD_STRING && datatype !== RDF_LANG_STRING) {
        return literal(term.value, namedNode(datatype));
      }
      return literal(term.value);
    }
  }
}

/**
 * Parses a SPARQL JSON results document (SELECT or ASK). Oxigraph names blank nodes with random
 * hashes, so they are renamed `b0`, `b1`, … in order of first appearance: the same answer prints
 * the same way every time, and equal labels still mean the same node.
 */
export function resultFromJson(text: string): QueryResult {
  const document = JSON.parse(text) as JsonResults;
  if (typeof document.boolean === 'boolean') return { type: 'boolean', value: document.boolean };
  const variables = document.head.vars ?? [];
  const blankLabels = new Map<string, string>();
  const stable = (term: Term): Term => {
    if (term.termType !== 'BlankNode') return term;
    let label = blankLabels.get(term.value);
    if (label === undefined) blankLabels.set(term.value, (label = `b${blankLabels.size}`));
    return blankNode(label);
  };
  const rows = (document.results?.bindings ?? []).map((binding) => {
    const row: Record<string, Term> = {};
    for (const name of variables) {
      const term = binding[name];
      if (term) row[name] = stable(termFromJson(term));
    }
    return row;
  });
  return { type: 'bindings', variables, rows };
}

const XSD_INTEGER = 'http://www.w3.org/2001/XMLSchema#integer';
const XSD_DECIMAL = 'http://www.w3.org/2001/XMLSchema#decimal';
const XSD_DOUBLE = 'http://www.w3.org/2001/XMLSchema#double';
const XSD_BOOLEAN = 'http://www.w3.org/2001/XMLSchema#boolean';
const ESCAPED: Readonly<Record<string, string>> = {
  t: '\t',
  b: '\b',
  n: '\n',
  r: '\r',
  f: '\f',
  '"': '"',
  "'": "'",
  '\\': '\\',
};
const ESCAPE_SEQUENCE = /\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))/gs;

/** Undoes N-Triples string escapes (`\n`, `\"`, `\u00e9` …). */
function unescapeString(text: string): string {
  return text.replace(
    ESCAPE_SEQUENCE,
    (sequence, short: string | undefined, long: string | undefined, character: string) => {
      const code = short ?? long;
      if (code !== undefined) return String.fromCodePoint(Number.parseInt(code, 16));
      const replacement = ESCAPED[character];
      if (replacement === undefined) {
        throw new StoreError('query-failed', `unknown escape ${sequence} in a query result`);
      }
      return replacement;
    },
  );
}

/**
 * Reads the RDF terms of Oxigraph's TSV results: `<iri>`, `_:label`, `"text"`, `"text"@lang`,
 * `"text"^^<datatype>`, bare `true`/`false`/integers/decimals/doubles, and triple terms
 * `<<( subject predicate object )>>`. One reader serves a whole answer; `read` starts at
 * `position` and leaves it after the term.
 */
class TsvTermReader {
  text = '';
  position = 0;
  private readonly datatypes = new Map<string, NamedNode>();

  /** The term that makes up all of `cell`. */
  readCell(cell: string): Term {
    this.text = cell;
    this.position = 0;
    const term = this.read();
    if (this.position !== cell.length) this.fail();
    return term;
  }

  read(): Term {
    const { text, position } = this;
    switch (text.charCodeAt(position)) {
      case 0x3c /* < */:
        return text.startsWith('<<(', position) ? this.readTriple() : namedNode(this.readIri());
      case 0x5f /* _ */: {
        const end = this.tokenEnd(position);
        this.position = end;
        return blankNode(text.slice(position + 2, end));
      }
      case 0x22 /* " */:
        return this.readLiteral();
      default:
        return this.readBare();
    }
  }

  private readIri(): string {
    const end = this.text.indexOf('>', this.position);
    if (end < 0) this.fail();
    const iri = this.text.slice(this.position + 1, end);
    this.position = end + 1;
    return iri;
  }

  private readLiteral(): Term {
    const { text } = this;
    const start = this.position + 1;
    // The closing quote is the first one not escaped by an odd number of backslashes.
    let close = text.indexOf('"', start);
    for (;;) {
      if (close < 0) this.fail();
      let backslashes = 0;
      while (text.charCodeAt(close - 1 - backslashes) === 0x5c /* \ */) backslashes++;
      if (backslashes % 2 === 0) break;
      close = text.indexOf('"', close + 1);
    }
    const raw = text.slice(start, close);
    const value = raw.includes('\\') ? unescapeString(raw) : raw;
    this.position = close + 1;
    if (text.charCodeAt(this.position) === 0x40 /* @ */) {
      const end = this.tokenEnd(this.position);
      const tag = text.slice(this.position + 1, end);
      this.position = end;
      // n3's terms carry no base direction (RDF 1.2 `@en--ltr`), so only the language is kept.
      const direction = tag.indexOf('--');
      return literal(value, direction < 0 ? tag : tag.slice(0, direction));
    }
    if (text.startsWith('^^<', this.position)) {
      this.position += 2;
      const datatype = this.readIri();
      if (datatype === XSD_STRING) return literal(value);
      return literal(value, this.datatype(datatype));
    }
    return literal(value);
  }

  private readBare(): Term {
    const { text, position } = this;
    const end = this.tokenEnd(position);
    const token = text.slice(position, end);
    this.position = end;
    if (token === 'true' || token === 'false') return literal(token, this.datatype(XSD_BOOLEAN));
    if (!/^[+-]?(?:\d|\.\d)/.test(token)) this.fail();
    const datatype = /[eE]/.test(token)
      ? XSD_DOUBLE
      : token.includes('.')
        ? XSD_DECIMAL
        : XSD_INTEGER;
    return literal(token, this.datatype(datatype));
  }

  private readTriple(): Term {
    this.position += 3;
    const subject = this.readAfterSpaces();
    const predicate = this.readAfterSpaces();
    const object = this.readAfterSpaces();
    this.skipSpaces();
    if (!this.text.startsWith(')>>', this.position)) this.fail();
    this.position += 3;
    return DataFactory.quad(subject as never, predicate as never, object as never);
  }

  private readAfterSpaces(): Term {
    this.skipSpaces();
    return this.read();
  }

  private skipSpaces(): void {
    while (this.text.charCodeAt(this.position) === 0x20) this.position++;
  }

  /** Where a label, language tag or bare literal ends: at a space, a `)` or the end. */
  private tokenEnd(from: number): number {
    const { text } = this;
    let end = from;
    while (end < text.length) {
      const code = text.charCodeAt(end);
      if (code === 0x20 || code === 0x29 /* ) */) break;
      end++;
    }
    return end;
  }

  private datatype(iri: string): NamedNode {
    let node = this.datatypes.get(iri);
    if (node === undefined) this.datatypes.set(iri, (node = namedNode(iri)));
    return node;
  }

  private fail(): never {
    throw new StoreError(
      'query-failed',
      `could not read the query result term ${JSON.stringify(this.text.slice(0, 200))}`,
    );
  }
}

/**
 * Parses the SPARQL 1.1 Query Results TSV that Oxigraph writes for SELECT: a header of `?name`
 * columns, then one line per solution, an empty cell for an unbound variable. Blank nodes are
 * renamed `b0`, `b1`, … in order of first appearance, as in `resultFromJson`.
 * @example resultFromTsv('?s\n<http://e/a>\n').rows[0]?.s?.value // 'http://e/a'
 */
export function resultFromTsv(text: string): QueryResult {
  const headerEnd = text.indexOf('\n');
  const header = headerEnd < 0 ? text : text.slice(0, headerEnd);
  const variables = header === '' ? [] : header.split('\t').map((name) => name.slice(1));
  const rows: Array<Record<string, Term>> = [];
  if (headerEnd < 0) return { type: 'bindings', variables, rows };
  const reader = new TsvTermReader();
  const blankLabels = new Map<string, BlankNode>();
  const width = variables.length;
  for (let start = headerEnd + 1; start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const row: Record<string, Term> = {};
    if (width > 0) {
      const cells = text.slice(start, end).split('\t');
      for (let column = 0; column < width; column++) {
        const cell = cells[column];
        if (!cell) continue;
        const term = reader.readCell(cell);
        if (term.termType === 'BlankNode') {
          let renamed = blankLabels.get(term.value);
          if (renamed === undefined) {
            blankLabels.set(term.value, (renamed = blankNode(`b${blankLabels.size}`)));
          }
          row[variables[column]!] = renamed;
        } else {
          row[variables[column]!] = term;
        }
      }
    }
    rows.push(row);
    start = end + 1;
  }
  return { type: 'bindings', variables, rows };
}

/** Parses N-Triples (the answer to CONSTRUCT or DESCRIBE) into quads. */
export function resultFromNTriples(text: string): QueryResult {
  try {
    return { type: 'quads', quads: new Parser({ format: 'application/n-triples' }).parse(text) };
  } catch (error) {
    throw new StoreError(
      'query-failed',
      `could not read the query's graph result: ${(error as Error).message}`,
    );
  }
}
