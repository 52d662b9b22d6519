import { DataFactory } from 'n3';
import sparqljs from 'sparqljs';
import { describe, expect, it } from 'vitest';
import { injectBindings, parseBinding, parseTermValue } from './bindings.js';
import { StoreError } from './errors.js';
import { DEFAULT_PREFIXES } from './prefixes.js';

const { literal, namedNode } = DataFactory;
const XSD = 'http://www.w3.org/2001/XMLSchema#';

/** Asserts that `value` reads as `expected`. */
function shouldRead(
  value: string,
  expected: ReturnType<typeof literal> | ReturnType<typeof namedNode>,
) {
  const term = parseTermValue(value, DEFAULT_PREFIXES);
  expect(term.equals(expected), `${value} → ${JSON.stringify(term)}`).toBe(true);
}

describe('parseTermValue', () => {
  it('reads RDF terms in Turtle syntax', () => {
    shouldRead('<http://example.org/x>', namedNode('http://example.org/x'));
    shouldRead('cg:Actor', namedNode('https://w3id.org/claimgraph/ontology#Actor'));
    shouldRead('cgid:actor/jane-doe', namedNode('https://w3id.org/claimgraph/id/actor/jane-doe'));
    shouldRead('"bonjour"@fr', literal('bonjour', 'fr'));
    shouldRead('"5"^^xsd:int', literal('5', namedNode(`${XSD}int`)));
    shouldRead('"5"^^<http://www.w3.org/2001/XMLSchema#int>', literal('5', namedNode(`${XSD}int`)));
    shouldRead('42', literal('42', namedNode(`${XSD}integer`)));
    shouldRead('-1.5', literal('-1.5', namedNode(`${XSD}decimal`)));
    shouldRead('true', literal('true', namedNode(`${XSD}boolean`)));
    shouldRead('"with \\"escapes\\""', literal('with "escapes"'));
  });

  it('reads anything else as one plain string literal', () => {
    shouldRead('Jane Doe', literal('Jane Doe'));
    shouldRead('He said "no" <loudly>', literal('He said "no" <loudly>'));
    shouldRead('"a" . <x> <y> "b"', literal('"a" . <x> <y> "b"'));
    shouldRead('unknown:prefix', literal('unknown:prefix'));
    shouldRead('_:blank', literal('_:blank'));
    shouldRead('"two"\n"lines"', literal('"two"\n"lines"'));
    shouldRead('', literal(''));
  });
});

describe('parseBinding', () => {
  it('splits name=value at the first equals sign and accepts ?name', () => {
    const binding = parseBinding('?expr=a=b', DEFAULT_PREFIXES);
    expect(binding.name).toBe('expr');
    expect(binding.term.equals(literal('a=b'))).toBe(true);
  });

  it.each(['novalue', '=x', '1abc=x', 'a-b=x'])('refuses "%s"', (spec) => {
    expect(() => parseBinding(spec, DEFAULT_PREFIXES)).toThrow(StoreError);
  });
});

describe('injectBindings', () => {
  const parse = (text: string) => new sparqljs.Parser().parse(text) as sparqljs.SelectQuery;

  it('adds a VALUES block to the parsed query, keeping a hostile literal one term', () => {
    const hostile = literal('x" } ; DROP ALL ; SELECT * { "');
    const text = injectBindings('SELECT ?s WHERE { ?s ?p ?o }', [{ name: 'o', term: hostile }]);
    const query = parse(text);
    expect(query.where?.[0]).toMatchObject({ type: 'values' });
    const row = (query.where?.[0] as sparqljs.ValuesPattern).values[0] as Record<string, unknown>;
    expect((row['?o'] as { value: string }).value).toBe(hostile.value);
    expect(query.where).toHaveLength(2);
  });

  it('leaves the query alone without bindings', () => {
    expect(injectBindings('ASK {}', [])).toBe('ASK {}');
  });

  it('refuses a variable the query does not use, and updates', () => {
    expect(() =>
      injectBindings('SELECT ?s { ?s ?p ?o }', [{ name: 'x', term: literal('1') }]),
    ).toThrow(/no variable \?x/);
    expect(() =>
      injectBindings('INSERT DATA { <a:b> <a:c> ?x }', [{ name: 'x', term: literal('1') }]),
    ).toThrow(StoreError);
  });

  it('reports a syntax error with line and column', () => {
    try {
      injectBindings('SELECT ?s WHERE {\n  ?s ?p ?o FILTR }', [{ name: 's', term: literal('1') }]);
      throw new Error('expected a syntax error');
    } catch (error) {
      expect(error).toBeInstanceOf(StoreError);
      expect((error as StoreError).code).toBe('query-syntax');
      expect((error as StoreError).line).toBe(2);
    }
  });
});
