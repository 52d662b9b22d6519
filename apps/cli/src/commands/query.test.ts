import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { memoryIO } from '../io.js';
import { runCli } from '../program.js';
import { queryCommand } from './query.js';

// Only the command under test is registered; the rest of the registry is not loaded.
vi.mock('./index.js', () => ({ commandDefinitions: [] }));

const DATA = `@prefix ex: <http://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
ex:g1 { ex:a rdfs:label "He said \\"no\\" <loudly>" ; ex:n 5 . }
ex:g2 { ex:b rdfs:label "Plain, with comma" ; ex:n 7 . }
`;

let directory: string;
let data: string;
const kg = async (...argv: string[]) => {
  const io = memoryIO({ cwd: directory });
  const code = await runCli(argv, io, [queryCommand]);
  return { code, out: io.out, err: io.err };
};

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'kg-query-'));
  data = join(directory, 'g.trig');
  await writeFile(data, DATA);
  await writeFile(
    join(directory, 'labels.rq'),
    'SELECT ?s ?label WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label } ORDER BY ?s',
  );
  await writeFile(
    join(directory, 'bad.trig'),
    '<http://e/g> {\n  <http://e/a> <http://e/b> "open .\n}\n',
  );
});

describe('kg query', () => {
  it('prints a table over the union of all graphs, reading the query from @file', async () => {
    const { code, out } = await kg('query', '@labels.rq', '--data', 'g.trig');
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toMatch(/^s\s+│ label$/);
    expect(out).toMatch(/^<http:\/\/example\.org\/a> │ He said "no" <loudly>$/m);
    expect(out).toContain('2 rows');
  });

  it('prints W3C SPARQL JSON results', async () => {
    const { out } = await kg('query', '@labels.rq', '-d', data, '-f', 'json');
    const document = JSON.parse(out) as {
      head: { vars: string[] };
      results: { bindings: unknown[] };
    };
    expect(document.head.vars).toEqual(['s', 'label']);
    expect(document.results.bindings[1]).toEqual({
      s: { type: 'uri', value: 'http://example.org/b' },
      label: { type: 'literal', value: 'Plain, with comma' },
    });
  });

  it('prints CSV with CRLF and quoting, and TSV in RDF term syntax', async () => {
    const csv = (await kg('query', '@labels.rq', '-d', data, '-f', 'csv')).out;
    expect(csv).toBe(
      's,label\r\nhttp://example.org/a,"He said ""no"" <loudly>"\r\nhttp://example.org/b,"Plain, with comma"\r\n',
    );
    const tsv = (await kg('query', '@labels.rq', '-d', data, '-f', 'tsv')).out;
    expect(tsv).toBe(
      '?s\t?label\n<http://example.org/a>\t"He said \\"no\\" <loudly>"\n<http://example.org/b>\t"Plain, with comma"\n',
    );
  });

  it('prints ASK as true/false and CONSTRUCT as Turtle', async () => {
    expect((await kg('query', 'ASK { ?s ?p 7 }', '-d', data)).out).toBe('true\n');
    expect((await kg('query', 'ASK { ?s ?p 8 }', '-d', data, '-f', 'json')).out).toBe(
      '{"head":{},"boolean":false}\n',
    );
    const { out } = await kg(
      'query',
      'CONSTRUCT { ?s a <http://example.org/Thing> } WHERE { ?s ?p ?o }',
      '-d',
      data,
    );
    expect(out).toBe(
      '<http://example.org/a> a <http://example.org/Thing>.\n<http://example.org/b> a <http://example.org/Thing>.\n',
    );
  });

  it('binds a value with quotes and angle brackets as one literal', async () => {
    const { code, out } = await kg(
      'query',
      'SELECT ?s WHERE { ?s ?p ?label }',
      '-d',
      data,
      '-b',
      'label=He said "no" <loudly>',
      '-f',
      'csv',
    );
    expect(code).toBe(0);
    expect(out).toBe('s\r\nhttp://example.org/a\r\n');
    const injection = await kg(
      'query',
      'SELECT ?s WHERE { ?s ?p ?label }',
      '-d',
      data,
      '-b',
      'label="x" } ?s ?p ?o {',
      '-f',
      'csv',
    );
    expect(injection.out).toBe('s\r\n');
  });

  it('binds IRIs, numbers and several variables, placed before or after the query', async () => {
    const { out } = await kg(
      'query',
      '-b',
      'n=7',
      '-b',
      's=<http://example.org/b>',
      'SELECT ?s ?n WHERE { ?s <http://example.org/n> ?n }',
      '-d',
      data,
      '-f',
      'csv',
    );
    expect(out).toBe('s,n\r\nhttp://example.org/b,7\r\n');
  });

  it('exits 2 with line and column on a syntax error', async () => {
    const { code, err, out } = await kg('query', 'SELECT * WHERE {\n  ?s ?p }', '-d', data);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/^kg query: claimgraph-store: query syntax error at line 2, column \d+: /);
  });

  it('exits 2 for a bad --bind, an unknown format or a bad timeout', async () => {
    expect((await kg('query', 'ASK { ?s ?p ?o }', '-d', data, '-b', 'novalue')).code).toBe(2);
    expect((await kg('query', 'ASK { ?s ?p ?o }', '-d', data, '-b', 'zz=1')).err).toContain(
      'no variable ?zz',
    );
    expect((await kg('query', 'ASK { ?s ?p ?o }', '-d', data, '-f', 'xml')).code).toBe(2);
    expect((await kg('query', 'ASK { ?s ?p ?o }', '-d', data, '-t', 'soon')).code).toBe(2);
  });

  it('refuses SPARQL Update with exit 1 and a clear message', async () => {
    const { code, err } = await kg('query', 'DELETE WHERE { ?s ?p ?o }', '-d', data);
    expect(code).toBe(1);
    expect(err).toContain('SPARQL Update');
    expect(err).toContain('read-only');
  });

  it('names the missing data file, and the malformed one with line and column', async () => {
    const missing = await kg('query', 'ASK {}', '-d', 'nope.trig');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain(`${join(directory, 'nope.trig')}: no such data file`);
    const malformed = await kg('query', 'ASK {}', '-d', 'bad.trig');
    expect(malformed.code).toBe(1);
    expect(malformed.err).toMatch(/bad\.trig:\d+:\d+: invalid trig: /);
  });

  it('stops a query that runs past --timeout with exit 1', async () => {
    const many = Array.from(
      { length: 300 },
      (_, index) => `<http://e/n${index}> <http://e/v> ${index} .`,
    ).join('\n');
    await writeFile(join(directory, 'many.ttl'), many);
    const started = Date.now();
    const { code, err } = await kg(
      'query',
      'SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z . ?d ?s ?w FILTER(?x + ?y + ?z + ?w < 0) }',
      '-d',
      'many.ttl',
      '-t',
      '300',
    );
    expect(code).toBe(1);
    expect(err).toContain('did not finish within 300 ms');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('answers within --timeout when the query is quick', async () => {
    const { code, out } = await kg('query', 'ASK { ?s ?p 5 }', '-d', data, '-t', '5000');
    expect(code).toBe(0);
    expect(out).toBe('true\n');
  });
});
