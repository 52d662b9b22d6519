import { describe, expect, it } from 'vitest';
import { deriveGraphStoreUrl, graphParameterFor, graphUrl } from './graph-store.js';

describe('Graph Store URLs', () => {
  it('derives Virtuoso’s authenticated and anonymous CRUD endpoints from /sparql', () => {
    expect(deriveGraphStoreUrl('http://h:8890/sparql', true)).toBe(
      'http://h:8890/sparql-graph-crud-auth',
    );
    expect(deriveGraphStoreUrl('http://h:8890/sparql/?default-graph-uri=x', false)).toBe(
      'http://h:8890/sparql-graph-crud',
    );
  });

  it('derives Oxigraph server’s /store from /query and refuses to guess otherwise', () => {
    expect(deriveGraphStoreUrl('http://h:7878/query', true)).toBe('http://h:7878/store');
    expect(() => deriveGraphStoreUrl('http://h/ds/q', true)).toThrow(
      /cannot tell the Graph Store URL .*pass it explicitly/,
    );
  });

  it('names the graph with graph-uri on Virtuoso and graph elsewhere, percent-encoded', () => {
    expect(graphParameterFor('http://h/sparql-graph-crud-auth')).toBe('graph-uri');
    expect(graphParameterFor('http://h/ds/data')).toBe('graph');
    expect(
      graphUrl('http://h/sparql-graph-crud-auth', 'https://w3id.org/claimgraph/graph/curated'),
    ).toBe(
      'http://h/sparql-graph-crud-auth?graph-uri=https%3A%2F%2Fw3id.org%2Fclaimgraph%2Fgraph%2Fcurated',
    );
    expect(graphUrl('http://h/store?x=1', 'urn:g')).toBe('http://h/store?x=1&graph=urn%3Ag');
  });
});
