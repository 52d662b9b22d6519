/**
 * Parsing of what a SPARQL 1.1 Protocol server sends back into the store's `QueryResult`:
 * SPARQL 1.1 Query Results JSON (including the SPARQL 1.0 `typed-literal` that Virtuoso still
 * emits) for SELECT and ASK, and Turtle / N-Triples (parsed with n3) for CONSTRUCT and
 * DESCRIBE. Terms are built with n3's DataFactory, so remote rows compare equal to local ones.
 */
import type { Quad, Term } from '@rdfjs/types';
import { DataFactory, Parser } from 'n3';
import type { QueryResult } from '../types.js';

const { namedNode, blankNode, literal } = DataFactory;
const RDF_LANG_STRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';
const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';

/** A term as the SPARQL JSON results format writes it. */
interface JsonTerm {
  type: string;
  value: string;
  datatype?: string;
  'xml:lang'?: string;
}

/** Converts one SPARQL JSON term into an RDF/JS term. */
export function termFromJson(term: JsonTerm): Term {
  switch (term.type) {
    case 'uri':
      return namedNode(term.value);
    case 'bnode':
      return blankNode(term.value);
    case 'literal':
    case 'typed-literal': {
      const language = term['xml:lang'];
      if (language) return literal(term.value, language);
      if (term.datatype && term.datatype !== XSD_STRING && term.datatype !== RDF_LANG_STRING) {
        return literal(term.value, namedNode(term.datatype));
      }
      return literal(term.value);
    }
    default:
      throw new Error(`unknown term type "${term.type}"`);
  }
}

/**
 * Parses a SPARQL 1.1 Query Results JSON document.
 * @throws with a `claimgraph-store:` message naming `origin` when the text is not one
 */
export function parseJsonResults(text: string, origin: string): QueryResult {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new Error(
      `claimgraph-store: ${origin} sent malformed SPARQL JSON results: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
  const fail = (why: string): never => {
    throw new Error(
      `claimgraph-store: ${origin} sent something that is not SPARQL JSON results (${why})`,
    );
  };
  if (document === null || typeof document !== 'object') return fail('not an object');
  const { head, boolean, results } = document as {
    head?: { vars?: unknown };
    boolean?: unknown;
    results?: { bindings?: unknown };
  };
  if (typeof boolean === 'boolean') return { type: 'boolean', value: boolean };
  if (!results || !Array.isArray(results.bindings)) return fail('no "results.bindings"');
  const variables = Array.isArray(head?.vars) ? head.vars.map(String) : [];
  const rows = (results.bindings as Array<Record<string, JsonTerm>>).map((binding, index) => {
    const row: Record<string, Term> = {};
    for (const [name, term] of Object.entries(binding)) {
      try {
        row[name] = termFromJson(term);
      } catch (error) {
        fail(`row ${index + 1}, ?${name}: ${(error as Error).message}`);
      }
      if (!variables.includes(name)) variables.push(name);
    }
    return row;
  });
  return { type: 'bindings', variables, rows };
}

/**
 * Parses a CONSTRUCT/DESCRIBE answer in Turtle or N-Triples.
 * @throws with the line of the first syntax error
 */
export function parseGraphResult(text: string, mediaType: string, origin: string): QueryResult {
  const format = /n-triples|text\/plain/.test(mediaType) ? 'N-Triples' : 'Turtle';
  try {
    const quads: Quad[] = new Parser({ format }).parse(text);
    return { type: 'quads', quads };
  } catch (error) {
    throw new Error(
      `claimgraph-store: ${origin} sent ${format} that does not parse: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
}
