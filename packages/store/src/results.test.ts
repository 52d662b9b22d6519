import type { Term } from '@rdfjs/types';
import { DataFactory } from 'n3';
import oxigraph from 'oxigraph';
import { describe, expect, it } from 'vitest';
import { StoreError } from './errors.js';
import { resultFromJson, resultFromTsv } from './results.js';
import type { QueryResult } from './types.js';

const { literal, namedNode, blankNode } = DataFactory;
const XSD = 'http://www.w3.org/2001/XMLSchema#';

/** Data whose terms stress the TSV syntax: escapes, languages, numbers, blank and triple terms. */
const AWKWARD_TURTLE = `@prefix ex: <http://example.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
ex:s ex:text "tab\\there", "new\\nline \\"quoted\\" back\\\\slash \\\\", "cr\\r bell\\u0007 \\b \\f end",
    "", "é 😀 \\u00e9", "ends with a backslash \\\\", "\\\\\\"", "looks like \\"x\\"@en", "a ) b >> c",
    "Ça"@fr, "x"@EN-gb, "rtl"@ar--rtl, "ltr"@en--ltr,
    "+5"^^xsd:integer, "-3"^^xsd:integer, "007"^^xsd:integer, "1.50"^^xsd:decimal, "-.5"^^xsd:decimal,
    "1e3"^^xsd:double, "NaN"^^xsd:double, "-INF"^^xsd:double, "1.0"^^xsd:float,
    "1"^^xsd:boolean, "false"^^xsd:boolean, " true"^^xsd:boolean, "abc"^^xsd:integer,
    "2026-02-12"^^xsd:date, "x"^^<http://example.org/type>, "plain"^^xsd:string,
    _:node, <http://example.org/path(1)?q=a&b#frag> .
_:node ex:next _:other .
<< ex:a ex:says "a quote \\"with\\" spaces ) and >> marks"@en >> ex:reportedBy _:node .
<< _:other ex:rel << ex:c ex:d 42 >> >> ex:p ex:o .
`;

const store = new oxigraph.Store();
store.load(AWKWARD_TURTLE, { format: 'text/turtle' });

function both(sparql: string): { tsv: QueryResult; json: QueryResult } {
  const run = (format: string) =>
    store.query(sparql, { use_default_graph_as_union: true, results_format: format }) as string;
  return {
    tsv: resultFromTsv(run('text/tab-separated-values')),
    json: resultFromJson(run('application/sparql-results+json')),
  };
}

/** Each term written out with its kind, value, language and datatype, nested triples included. */
function describeTerm(term: Term | undefined): unknown {
  if (term === undefined) return undefined;
  if (term.termType === 'Quad') {
    return [describeTerm(term.subject), describeTerm(term.predicate), describeTerm(term.object)];
  }
  if (term.termType === 'Literal') {
    return [term.termType, term.value, term.language, term.datatype.value];
  }
  return [term.termType, term.value];
}

function described(result: QueryResult): unknown {
  if (result.type !== 'bindings') return result;
  return {
    variables: result.variables,
    rows: result.rows.map((row) =>
      Object.fromEntries(Object.entries(row).map(([name, term]) => [name, describeTerm(term)])),
    ),
  };
}

describe('resultFromTsv', () => {
  it.each([
    ['every object', 'SELECT ?o WHERE { ?s ?p ?o } ORDER BY STR(?o)'],
    ['every triple', 'SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY STR(?s) STR(?p) STR(?o)'],
    [
      'unbound variables',
      'SELECT ?s ?missing ?o WHERE { ?s <http://example.org/next> ?o OPTIONAL { ?o ?none ?missing } }',
    ],
    ['no variables, one solution', 'SELECT * WHERE {}'],
    ['no variables, no solution', 'SELECT * WHERE { FILTER(false) }'],
    ['no solution', 'SELECT ?s WHERE { ?s ?p "absent" }'],
    [
      'computed values',
      'PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> SELECT ?a ?b ?c ?d ?e WHERE { BIND(STRDT("+7", xsd:integer) AS ?a) BIND(1.0e0 AS ?b) BIND(STRLANG("y", "DE") AS ?c) BIND(BNODE() AS ?d) BIND(CONCAT("t\\tu", "\\n") AS ?e) }',
    ],
  ])('reads %s exactly as the JSON results say', (_name, sparql) => {
    const { tsv, json } = both(sparql);
    expect(described(tsv)).toEqual(described(json));
  });

  it('renames blank nodes b0, b1, … in order of first appearance, equal labels kept equal', () => {
    const result = resultFromTsv('?a\t?b\n_:f00\t_:e11\n_:e11\t<http://e/x>\n');
    expect(result).toEqual({
      type: 'bindings',
      variables: ['a', 'b'],
      rows: [
        { a: blankNode('b0'), b: blankNode('b1') },
        { a: blankNode('b1'), b: namedNode('http://e/x') },
      ],
    });
  });

  it('reads bare numbers and booleans with their Turtle datatypes', () => {
    const result = resultFromTsv('?n\n12\n-1.5\n2.0E3\ntrue\n');
    expect(result.type === 'bindings' && result.rows.map((row) => row['n'])).toEqual([
      literal('12', namedNode(`${XSD}integer`)),
      literal('-1.5', namedNode(`${XSD}decimal`)),
      literal('2.0E3', namedNode(`${XSD}double`)),
      literal('true', namedNode(`${XSD}boolean`)),
    ]);
  });

  it('refuses text that is not a term', () => {
    expect(() => resultFromTsv('?x\n"open\n')).toThrow(StoreError);
    expect(() => resultFromTsv('?x\nnonsense\n')).toThrow(/could not read the query result term/);
    expect(() => resultFromTsv('?x\n<<( <http://e/a> <http://e/b> )>>\n')).toThrow(StoreError);
  });
});
