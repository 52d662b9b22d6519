import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { parseGraphResult, parseJsonResults } from './sparql-results.js';

const { namedNode, literal, blankNode } = DataFactory;

describe('parseJsonResults', () => {
  it('reads bindings, including Virtuoso’s typed-literal and language tags, into RDF/JS terms', () => {
    const result = parseJsonResults(
      JSON.stringify({
        head: { vars: ['s', 'n', 'label', 'b', 'unbound'] },
        results: {
          bindings: [
            {
              s: { type: 'uri', value: 'https://w3id.org/claimgraph/id/actor/a' },
              n: {
                type: 'typed-literal',
                datatype: 'http://www.w3.org/2001/XMLSchema#integer',
                value: '3',
              },
              label: { type: 'literal', 'xml:lang': 'en', value: 'café' },
              b: { type: 'bnode', value: 'nodeID://b1' },
            },
          ],
        },
      }),
      'test',
    );
    expect(result).toEqual({
      type: 'bindings',
      variables: ['s', 'n', 'label', 'b', 'unbound'],
      rows: [
        {
          s: namedNode('https://w3id.org/claimgraph/id/actor/a'),
          n: literal('3', namedNode('http://www.w3.org/2001/XMLSchema#integer')),
          label: literal('café', 'en'),
          b: blankNode('nodeID://b1'),
        },
      ],
    });
  });

  it('reads an xsd:string literal as a plain literal and an ASK answer as a boolean', () => {
    const row = parseJsonResults(
      '{"head":{"vars":["x"]},"results":{"bindings":[{"x":{"type":"literal","datatype":"http://www.w3.org/2001/XMLSchema#string","value":"v"}}]}}',
      't',
    );
    expect(row.type === 'bindings' && row.rows[0]!['x']!.equals(literal('v'))).toBe(true);
    expect(parseJsonResults('{"head":{},"boolean":false}', 't')).toEqual({
      type: 'boolean',
      value: false,
    });
  });

  it('names the origin when the answer is not SPARQL JSON', () => {
    expect(() => parseJsonResults('<html>', 'http://h/sparql')).toThrow(
      /claimgraph-store: http:\/\/h\/sparql sent malformed/,
    );
    expect(() => parseJsonResults('{"a":1}', 'http://h/sparql')).toThrow(/not SPARQL JSON results/);
    expect(() =>
      parseJsonResults('{"results":{"bindings":[{"x":{"type":"weird","value":"1"}}]}}', 'o'),
    ).toThrow(/row 1, \?x/);
  });
});

describe('parseGraphResult', () => {
  it('parses N-Triples and Turtle answers into quads', () => {
    const nt = parseGraphResult('<urn:a> <urn:b> "c" .\n', 'application/n-triples', 'o');
    const ttl = parseGraphResult('@prefix x: <urn:> . x:a x:b "c" .', 'text/turtle', 'o');
    expect(nt.type === 'quads' && nt.quads).toHaveLength(1);
    expect(ttl.type === 'quads' && ttl.quads[0]!.subject.value).toBe('urn:a');
    expect(() => parseGraphResult('<urn:a> <urn:b> .', 'text/turtle', 'o')).toThrow(
      /Turtle that does not parse/,
    );
  });
});
