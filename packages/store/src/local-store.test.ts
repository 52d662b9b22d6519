import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataFactory } from 'n3';
import { afterAll, describe, expect, it } from 'vitest';
import { StoreError } from './errors.js';
import { LocalStore } from './local-store.js';

const { literal, namedNode } = DataFactory;

const TRIG = `@prefix ex: <http://example.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
ex:g1 { ex:alice a ex:Person ; ex:name "Alice" ; ex:age "01"^^xsd:integer . }
ex:g2 { ex:bob a ex:Person ; ex:name "Bob"@en ; ex:knows ex:alice . }
`;

async function expectStoreError(action: () => unknown, code: string): Promise<StoreError> {
  try {
    await action();
  } catch (error) {
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe(code);
    return error as StoreError;
  }
  throw new Error(`expected a ${code} StoreError`);
}

describe('LocalStore loading', () => {
  const directory = mkdtemp(join(tmpdir(), 'cg-store-'));

  it('loads TriG, Turtle, N-Triples, N-Quads and JSON-LD', () => {
    expect(LocalStore.fromText(TRIG, 'trig').size).toBe(6);
    expect(LocalStore.fromText('<http://e/a> <http://e/b> "c" .', 'turtle').size).toBe(1);
    expect(LocalStore.fromText('<http://e/a> <http://e/b> "c" .\n', 'ntriples').size).toBe(1);
    expect(
      LocalStore.fromText('<http://e/a> <http://e/b> "c" <http://e/g> .\n', 'nquads').size,
    ).toBe(1);
    const jsonld = '{"@context":{"ex":"http://e/"},"@id":"ex:a","ex:b":"c"}';
    const store = LocalStore.fromText(jsonld, 'jsonld');
    expect(store.size).toBe(1);
    expect(store.quads()[0]?.object.equals(literal('c'))).toBe(true);
  });

  it('reports malformed Turtle with file, line and column', async () => {
    const error = await expectStoreError(
      () =>
        LocalStore.fromText(
          '@prefix ex: <http://e/> .\nex:a ex:b ex:c .\nex:a ex:b "open\n',
          'turtle',
          { file: 'bad.ttl' },
        ),
      'data-syntax',
    );
    expect(error.file).toBe('bad.ttl');
    expect(error.line).toBe(3);
    expect(error.column).toBe(11);
    expect(error.message).toMatch(/^claimgraph-store: bad\.ttl:3:11: invalid turtle: /);
  });

  it('reports malformed TriG read from a file with its path, line and column', async () => {
    const path = join(await directory, 'bad.trig');
    await writeFile(
      path,
      '<http://e/g> {\n  <http://e/a> <http://e/b> <http://e/c> .\n  <http://e/a> <http://e/b> .\n}\n',
    );
    const error = await expectStoreError(() => LocalStore.fromFile(path), 'data-syntax');
    expect(error.message).toContain(`${path}:3:`);
    expect(error.line).toBe(3);
    expect(error.column).toBeGreaterThan(0);
  });

  it('counts columns in characters, not bytes', async () => {
    const error = await expectStoreError(
      () => LocalStore.fromText('<http://e/a> <http://e/b> "éé😀" ; <x', 'turtle'),
      'data-syntax',
    );
    expect(error.column).toBe(35);
  });

  it('says plainly when the data file does not exist', async () => {
    const path = join(await directory, 'missing.trig');
    const error = await expectStoreError(() => LocalStore.fromFile(path), 'not-found');
    expect(error.message).toContain(`${path}: no such data file`);
  });

  it('refuses a file whose extension names no RDF format', async () => {
    await expectStoreError(() => LocalStore.fromFile('graph.xml'), 'unsupported-format');
  });

  it('keeps literals as written in quads() although Oxigraph normalises them', () => {
    const store = LocalStore.fromText(TRIG, 'trig');
    const age = store.quads().find((quad) => quad.predicate.value === 'http://example.org/age');
    expect(age?.object.value).toBe('01');
  });
});

describe('LocalStore queries', () => {
  const store = LocalStore.fromText(TRIG, 'trig');
  afterAll(() => store.close());

  it('answers SELECT over the union of all named graphs', async () => {
    const result = await store.query(
      'PREFIX ex: <http://example.org/> SELECT ?name WHERE { ?p a ex:Person ; ex:name ?name } ORDER BY ?name',
    );
    expect(result).toEqual({
      type: 'bindings',
      variables: ['name'],
      rows: [{ name: literal('Alice') }, { name: literal('Bob', 'en') }],
    });
  });

  it('answers ASK, CONSTRUCT and DESCRIBE', async () => {
    expect(await store.query('ASK { ?s <http://example.org/knows> ?o }')).toEqual({
      type: 'boolean',
      value: true,
    });
    expect(await store.query('ASK { ?s <http://example.org/hates> ?o }')).toEqual({
      type: 'boolean',
      value: false,
    });
    const constructed = await store.query(
      'CONSTRUCT { ?b <http://example.org/friendOf> ?a } WHERE { ?a <http://example.org/knows> ?b }',
    );
    expect(constructed.type).toBe('quads');
    if (constructed.type !== 'quads') return;
    expect(constructed.quads).toHaveLength(1);
    expect(constructed.quads[0]?.subject.equals(namedNode('http://example.org/alice'))).toBe(true);
    const described = await store.query('DESCRIBE <http://example.org/bob>');
    expect(described.type === 'quads' && described.quads.length).toBe(3);
  });

  it('reports a query syntax error with line and column', async () => {
    const error = await expectStoreError(
      () => store.query('SELECT * WHERE {\n ?s ?p ?o FILTR }'),
      'query-syntax',
    );
    expect(error.line).toBe(2);
    expect(error.column).toBe(18);
    expect(error.message).toContain('line 2, column 18');
  });

  it('refuses SPARQL Update as a query', async () => {
    const error = await expectStoreError(
      () => store.query('PREFIX ex: <http://example.org/>\nINSERT DATA { ex:a ex:b ex:c }'),
      'read-only',
    );
    expect(error.message).toContain('SPARQL Update');
    expect(store.size).toBe(6);
  });

  it('applies updates through update()', async () => {
    const copy = LocalStore.fromText(TRIG, 'trig');
    copy.update(
      'INSERT DATA { GRAPH <http://example.org/g3> { <http://example.org/carol> a <http://example.org/Person> } }',
    );
    const result = await copy.query(
      'SELECT (COUNT(*) AS ?n) WHERE { ?p a <http://example.org/Person> }',
    );
    expect(result.type === 'bindings' && result.rows[0]?.['n']?.value).toBe('3');
    expect(copy.quads()).toHaveLength(7);
  });

  it('binds variables through a VALUES block', async () => {
    const result = await store.query('SELECT ?p WHERE { ?p <http://example.org/name> ?name }', {
      bindings: { name: literal('Bob', 'en') },
    });
    expect(result).toEqual({
      type: 'bindings',
      variables: ['p'],
      rows: [{ p: namedNode('http://example.org/bob') }],
    });
  });

  it('runs a query with a time limit in a worker and gives the same answer', async () => {
    const sparql = 'SELECT ?name WHERE { ?p <http://example.org/name> ?name } ORDER BY ?name';
    expect(await store.query(sparql, { timeoutMs: 10_000 })).toEqual(await store.query(sparql));
  });

  it('accepts time limits beyond what timers hold, and refuses non-positive ones', async () => {
    expect(await store.query('ASK { ?s ?p ?o }', { timeoutMs: Number.POSITIVE_INFINITY })).toEqual({
      type: 'boolean',
      value: true,
    });
    await expectStoreError(() => store.query('ASK {}', { timeoutMs: 0 }), 'bad-argument');
  });

  it('stops a query that outlives its time limit', async () => {
    const numbers = Array.from(
      { length: 400 },
      (_, index) => `<http://e/n${index}> <http://e/v> ${index} .`,
    ).join('\n');
    const big = LocalStore.fromText(numbers, 'turtle');
    const started = Date.now();
    const error = await expectStoreError(
      () =>
        big.query(
          'SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z . ?d ?s ?w FILTER(?x + ?y + ?z + ?w < 0) }',
          {
            timeoutMs: 300,
          },
        ),
      'timeout',
    );
    expect(error.message).toContain('300 ms');
    expect(Date.now() - started).toBeLessThan(10_000);
    const after = await big.query('ASK { ?a ?p 5 }', { timeoutMs: 5_000 });
    expect(after).toEqual({ type: 'boolean', value: true });
    await big.close();
  });
});

describe('LocalStore blank nodes in answers', () => {
  it('labels blank nodes the same way on every load', async () => {
    const text = '<http://e/a> <http://e/p> [ <http://e/q> "x" ] , [ <http://e/q> "y" ] .';
    const answer = async () => {
      const store = LocalStore.fromText(text, 'turtle');
      return store.query(
        'SELECT ?b ?v WHERE { ?a <http://e/p> ?b . ?b <http://e/q> ?v } ORDER BY ?v',
      );
    };
    const first = await answer();
    expect(first).toEqual(await answer());
    expect(first.type === 'bindings' && first.rows.map((row) => row['b']?.value)).toEqual([
      'b0',
      'b1',
    ]);
  });
});
