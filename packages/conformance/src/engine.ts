/**
 * The adapter between rdf-test-suite's `IQueryEngine` and the claimgraph store: each query
 * evaluation test loads its data (default graph and named graphs, as N-Quads) into a fresh
 * `LocalStore` and runs the test's query through `LocalStore.query`, exactly as `kg query` does
 * — including the store's choice to treat the union of all graphs as the default graph — and
 * converts the answer to rdf-test-suite's result classes. Syntax tests go through
 * `checkQuerySyntax`. Nothing here is tuned to pass particular tests.
 */
import type { Quad, Term } from '@rdfjs/types';
import { checkQuerySyntax, LocalStore, queryForm, type QueryResult } from '@claimgraph/store';
import { DataFactory, Parser, Writer } from 'n3';
import oxigraph from 'oxigraph';
import {
  QueryResultBindings,
  QueryResultBoolean,
  QueryResultQuads,
  type IQueryEngine,
  type IQueryResult,
} from 'rdf-test-suite';

/** Serialises quads as N-Quads (the store's loader reads them back with their graphs). */
export function toNQuads(quads: readonly Quad[]): string {
  const writer = new Writer({ format: 'N-Quads' });
  return quads
    .map((quad) => writer.quadToString(quad.subject, quad.predicate, quad.object, quad.graph))
    .join('');
}

/** Converts a store answer into the result object rdf-test-suite compares with the expected one. */
export function toTestResult(result: QueryResult, checkOrder: boolean): IQueryResult {
  switch (result.type) {
    case 'boolean':
      return new QueryResultBoolean(result.value);
    case 'quads':
      return new QueryResultQuads(result.quads);
    case 'bindings':
      return new QueryResultBindings(
        result.variables.map((name) => `?${name}`),
        result.rows.map((row) =>
          Object.fromEntries(
            Object.entries(row).map(([name, term]): [string, Term] => [`?${name}`, term]),
          ),
        ),
        checkOrder,
      );
  }
}

/**
 * Oxigraph called directly, with SPARQL's own default graph (not the union): the baseline that
 * tells which failures come from the store's union-default-graph choice and which from Oxigraph.
 */
export const oxigraphEngine: IQueryEngine = {
  async parse(queryString, options) {
    const baseIri = typeof options['baseIRI'] === 'string' ? options['baseIRI'] : undefined;
    new oxigraph.Store().query(queryString, baseIri ? { base_iri: baseIri } : {});
  },
  async query(data, queryString, options) {
    const baseIri = typeof options['baseIRI'] === 'string' ? options['baseIRI'] : undefined;
    const store = new oxigraph.Store();
    store.load(toNQuads(data), { format: 'application/n-quads' });
    const json = store.query(queryString, {
      ...(baseIri ? { base_iri: baseIri } : {}),
      results_format: ['construct', 'describe'].includes(queryForm(queryString))
        ? 'application/n-triples'
        : 'application/sparql-results+json',
    }) as string;
    return toTestResult(fromOxigraphAnswer(json), options['checkOrder'] === true);
  },
};

/** Oxigraph answers CONSTRUCT with N-Triples and SELECT/ASK with JSON when asked for JSON. */
function fromOxigraphAnswer(text: string): QueryResult {
  if (text.trimStart().startsWith('{')) {
    const parsed = JSON.parse(text) as {
      boolean?: boolean;
      head: { vars?: string[] };
      results?: {
        bindings: Array<
          Record<string, { type: string; value: string; datatype?: string; 'xml:lang'?: string }>
        >;
      };
    };
    if (typeof parsed.boolean === 'boolean') return { type: 'boolean', value: parsed.boolean };
    const term = (value: {
      type: string;
      value: string;
      datatype?: string;
      'xml:lang'?: string;
    }): Term =>
      value.type === 'uri'
        ? DataFactory.namedNode(value.value)
        : value.type === 'bnode'
          ? DataFactory.blankNode(value.value)
          : DataFactory.literal(
              value.value,
              value['xml:lang'] ??
                (value.datatype ? DataFactory.namedNode(value.datatype) : undefined),
            );
    return {
      type: 'bindings',
      variables: parsed.head.vars ?? [],
      rows: (parsed.results?.bindings ?? []).map((row) =>
        Object.fromEntries(Object.entries(row).map(([name, value]) => [name, term(value)])),
      ),
    };
  }
  return { type: 'quads', quads: new Parser({ format: 'N-Triples' }).parse(text) };
}

/** The engine rdf-test-suite drives. */
export const storeEngine: IQueryEngine = {
  async parse(queryString, options) {
    const baseIri = typeof options['baseIRI'] === 'string' ? options['baseIRI'] : undefined;
    if (baseIri === undefined) {
      checkQuerySyntax(queryString);
      return;
    }
    // checkQuerySyntax takes no base IRI; an empty store with one parses relative IRIs too.
    const store = LocalStore.fromText('', 'nquads', { baseIri });
    try {
      await store.query(queryString);
    } finally {
      await store.close();
    }
  },
  async query(data, queryString, options) {
    const baseIri = typeof options['baseIRI'] === 'string' ? options['baseIRI'] : undefined;
    const store = LocalStore.fromText(toNQuads(data), 'nquads', baseIri ? { baseIri } : {});
    try {
      return toTestResult(await store.query(queryString), options['checkOrder'] === true);
    } finally {
      await store.close();
    }
  },
};
