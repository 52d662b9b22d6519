/**
 * Turns what Oxigraph serialises — SPARQL 1.1 Query Results JSON for SELECT and ASK, N-Triples
 * for CONSTRUCT and DESCRIBE — into a `QueryResult` of n3 RDF/JS terms. Going through these
 * strings instead of Oxigraph's WASM term objects is faster for large results, frees the WASM
 * memory at once, and is what a worker thread can send back.
 */
import type { Term } from '@rdfjs/types';
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
