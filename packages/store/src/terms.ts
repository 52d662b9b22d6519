/**
 * Small helpers over RDF/JS terms: writing a term in N-Triples syntax (for TSV output and
 * messages), the total order used to sort output deterministically, and the well-known IRIs the
 * store itself needs.
 */
import type { Quad, Term } from '@rdfjs/types';

export const XSD = 'http://www.w3.org/2001/XMLSchema#';
export const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
export const XSD_STRING = `${XSD}string`;
export const RDF_LANG_STRING = `${RDF}langString`;
export const RDF_TYPE = `${RDF}type`;

/** The short backslash escapes of characters in Turtle and N-Triples strings. */
export const LITERAL_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

/** Escapes a string for a double-quoted N-Triples/Turtle literal. */
export function escapeLiteral(value: string): string {
  return value.replace(/["\\\n\r\t\b\f]/g, (character) => LITERAL_ESCAPES[character] ?? character);
}

/**
 * Writes a term in N-Triples syntax.
 * @example termToNTriples(literal('hi', 'en')) // '"hi"@en'
 */
export function termToNTriples(term: Term): string {
  switch (term.termType) {
    case 'NamedNode':
      return `<${term.value}>`;
    case 'BlankNode':
      return `_:${term.value}`;
    case 'Literal': {
      const quoted = `"${escapeLiteral(term.value)}"`;
      if (term.language) return `${quoted}@${term.language}`;
      if (term.datatype.value === XSD_STRING) return quoted;
      return `${quoted}^^<${term.datatype.value}>`;
    }
    case 'DefaultGraph':
      return '';
    case 'Variable':
      return `?${term.value}`;
    case 'Quad':
      return `<< ${termToNTriples(term.subject)} ${termToNTriples(term.predicate)} ${termToNTriples(term.object)} >>`;
  }
}

/** The order of term kinds in `compareTerms`: the default graph, IRIs, blank nodes, literals, … */
export const TERM_RANK: Readonly<Record<Term['termType'], number>> = {
  DefaultGraph: 0,
  NamedNode: 1,
  BlankNode: 2,
  Literal: 3,
  Quad: 4,
  Variable: 5,
};

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A total order on terms: by kind (IRIs first), then value, then datatype and language. */
export function compareTerms(a: Term, b: Term): number {
  if (a.termType !== b.termType) return TERM_RANK[a.termType] - TERM_RANK[b.termType];
  if (a.termType === 'Quad' && b.termType === 'Quad') return compareQuads(a as Quad, b as Quad);
  const byValue = compareStrings(a.value, b.value);
  if (byValue !== 0 || a.termType !== 'Literal' || b.termType !== 'Literal') return byValue;
  return (
    compareStrings(a.datatype.value, b.datatype.value) || compareStrings(a.language, b.language)
  );
}

/** Orders quads by graph, subject, predicate, object (`rdf:type` first among predicates). */
export function compareQuads(a: Quad, b: Quad): number {
  return (
    compareTerms(a.graph, b.graph) ||
    compareTerms(a.subject, b.subject) ||
    comparePredicates(a.predicate, b.predicate) ||
    compareTerms(a.object, b.object)
  );
}

function comparePredicates(a: Term, b: Term): number {
  const aIsType = a.value === RDF_TYPE;
  const bIsType = b.value === RDF_TYPE;
  if (aIsType !== bIsType) return aIsType ? -1 : 1;
  return compareTerms(a, b);
}
