import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { oxigraphEngine, storeEngine, toNQuads } from './engine.js';
import { readKnownFailures, sparql11Directory, summarise } from './suite.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const { namedNode, literal, quad, defaultGraph } = DataFactory;
const data = [
  quad(namedNode('urn:a'), namedNode('urn:p'), literal('in default'), defaultGraph()),
  quad(namedNode('urn:b'), namedNode('urn:p'), literal('in g'), namedNode('urn:g')),
];

describe('storeEngine (the adapter rdf-test-suite drives)', () => {
  it('answers SELECT as rdf-test-suite bindings with ?-prefixed variables, over the union of graphs', async () => {
    const result = await storeEngine.query(data, 'SELECT ?o WHERE { ?s <urn:p> ?o } ORDER BY ?o', {
      checkOrder: true,
    });
    expect(result.type).toBe('bindings');
    if (result.type !== 'bindings') return;
    expect(result.variables).toEqual(['?o']);
    expect(result.value.map((row) => row['?o']!.value)).toEqual(['in default', 'in g']);
    expect(result.checkOrder).toBe(true);
  });

  it('keeps SPARQL’s own default graph when Oxigraph is called directly', async () => {
    const result = await oxigraphEngine.query(data, 'SELECT ?o WHERE { ?s <urn:p> ?o }', {});
    expect(result.type === 'bindings' && result.value.map((row) => row['?o']!.value)).toEqual([
      'in default',
    ]);
  });

  it('answers ASK and CONSTRUCT in rdf-test-suite’s result classes, comparable with expected results', async () => {
    const ask = await storeEngine.query(data, 'ASK { GRAPH <urn:g> { ?s ?p ?o } }', {});
    expect(ask.type === 'boolean' && ask.value).toBe(true);
    const construct = await storeEngine.query(
      data,
      'CONSTRUCT { ?s <urn:q> ?o } WHERE { GRAPH ?g { ?s ?p ?o } }',
      {},
    );
    expect(construct.type === 'quads' && construct.value.map((q) => q.subject.value)).toEqual([
      'urn:b',
    ]);
    expect(construct.equals(construct)).toBe(true);
  });

  it('parses with the test’s base IRI and rejects bad syntax', async () => {
    await expect(
      storeEngine.parse('SELECT * WHERE { ?s ?p <relative> }', { baseIRI: 'http://example/' }),
    ).resolves.toBeUndefined();
    await expect(storeEngine.parse('SELECT * WHERE { ?s ?p }', {})).rejects.toThrow();
  });

  it('writes quads with their graphs as N-Quads', () => {
    expect(toNQuads(data)).toBe(
      '<urn:a> <urn:p> "in default" .\n<urn:b> <urn:p> "in g" <urn:g> .\n',
    );
  });
});

describe('suite bookkeeping', () => {
  it('reads known failures (URIs contain #) and tells regressions from fixed tests', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'conf-')), 'known.txt');
    writeFileSync(file, '# comment\nhttp://t/m#a\n\nhttp://t/m#b\n');
    const known = readKnownFailures(file);
    expect([...known]).toEqual(['http://t/m#a', 'http://t/m#b']);
    const summary = summarise(
      [
        { uri: 'http://t/m#a', name: 'a', status: 'failed' },
        { uri: 'http://t/m#b', name: 'b', status: 'passed' },
        { uri: 'http://t/m#c', name: 'c', status: 'failed' },
        { uri: 'http://t/m#d', name: 'd', status: 'skipped' },
      ],
      known,
    );
    expect(summary).toMatchObject({ passed: 1, failed: 2, skipped: 1, fixed: ['http://t/m#b'] });
    expect(summary.unexpected.map((outcome) => outcome.uri)).toEqual(['http://t/m#c']);
  });

  it('names W3C_RDF_TESTS when the suite is missing', () => {
    expect(() => sparql11Directory({ W3C_RDF_TESTS: '/nonexistent' })).toThrow(
      /claimgraph-conformance: no W3C SPARQL 1.1 manifests in \/nonexistent\/sparql\/sparql11.*W3C_RDF_TESTS/,
    );
  });
});
