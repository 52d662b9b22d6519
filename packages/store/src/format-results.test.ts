import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { formatResults } from './format-results.js';
import { DEFAULT_PREFIXES } from './prefixes.js';
import type { QueryResult } from './types.js';

const { literal, namedNode, blankNode, quad } = DataFactory;
const XSD = 'http://www.w3.org/2001/XMLSchema#';

const result: QueryResult = {
  type: 'bindings',
  variables: ['who', 'said', 'when'],
  rows: [
    {
      who: namedNode('https://w3id.org/claimgraph/id/actor/a'),
      said: literal('line one\nline "two", three'),
      when: literal('2026-02-12', namedNode(`${XSD}date`)),
    },
    { who: blankNode('b1'), said: literal('ça', 'fr') },
  ],
};

describe('formatResults', () => {
  it('writes W3C SPARQL JSON: unbound variables omitted, xml:lang and datatype as specified', () => {
    expect(JSON.parse(formatResults(result, 'json', DEFAULT_PREFIXES))).toEqual({
      head: { vars: ['who', 'said', 'when'] },
      results: {
        bindings: [
          {
            who: { type: 'uri', value: 'https://w3id.org/claimgraph/id/actor/a' },
            said: { type: 'literal', value: 'line one\nline "two", three' },
            when: { type: 'literal', value: '2026-02-12', datatype: `${XSD}date` },
          },
          {
            who: { type: 'bnode', value: 'b1' },
            said: { type: 'literal', value: 'ça', 'xml:lang': 'fr' },
          },
        ],
      },
    });
  });

  it('writes W3C CSV: plain values, quoted when needed, CRLF line ends', () => {
    expect(formatResults(result, 'csv', DEFAULT_PREFIXES)).toBe(
      'who,said,when\r\nhttps://w3id.org/claimgraph/id/actor/a,"line one\nline ""two"", three",2026-02-12\r\n_:b1,ça,\r\n',
    );
  });

  it('writes W3C TSV: ?variables and RDF term syntax with escapes', () => {
    expect(formatResults(result, 'tsv', DEFAULT_PREFIXES)).toBe(
      `?who\t?said\t?when\n<https://w3id.org/claimgraph/id/actor/a>\t"line one\\nline \\"two\\", three"\t"2026-02-12"^^<${XSD}date>\n_:b1\t"ça"@fr\t\n`,
    );
  });

  it('writes an aligned table with prefixed names, one line per row', () => {
    const table = formatResults(result, 'table', DEFAULT_PREFIXES);
    expect(table).toBe(
      [
        'who          │ said                       │ when',
        '─────────────┼────────────────────────────┼───────────────────────',
        'cgid:actor/a │ line one line "two", three │ "2026-02-12"^^xsd:date',
        '_:b1         │ "ça"@fr                    │',
        '2 rows',
        '',
      ].join('\n'),
    );
  });

  it('keeps terminal control sequences in the data from reaching the terminal', () => {
    const hostile: QueryResult = {
      type: 'bindings',
      variables: ['x'],
      rows: [{ x: literal('\u001b[2J\u0007gone') }],
    };
    const table = formatResults(hostile, 'table', DEFAULT_PREFIXES);
    expect(table).not.toContain('\u001b');
    expect(table).not.toContain('\u0007');
    expect(table).toContain('gone');
  });

  it('writes ASK answers and graphs', () => {
    expect(formatResults({ type: 'boolean', value: true }, 'table', DEFAULT_PREFIXES)).toBe(
      'true\n',
    );
    expect(formatResults({ type: 'boolean', value: false }, 'json', DEFAULT_PREFIXES)).toBe(
      '{"head":{},"boolean":false}\n',
    );
    const graph: QueryResult = {
      type: 'quads',
      quads: [
        quad(
          namedNode('https://w3id.org/claimgraph/ontology#A'),
          namedNode('http://www.w3.org/2000/01/rdf-schema#label'),
          literal('A'),
        ),
      ],
    };
    expect(formatResults(graph, 'json', DEFAULT_PREFIXES)).toBe(
      '@prefix cg: <https://w3id.org/claimgraph/ontology#>.\n@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#>.\n\ncg:A rdfs:label "A".\n',
    );
  });
});
