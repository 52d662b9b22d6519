import { isomorphic } from 'rdf-isomorphic';
import { describe, expect, it } from 'vitest';
import { StoreError } from './errors.js';
import { EXPORT_FORMATS, exportDataset } from './export.js';
import { LocalStore } from './local-store.js';
import { DEFAULT_PREFIXES } from './prefixes.js';

/** A small dataset with the awkward parts: blank nodes, languages, datatypes, escapes, graphs. */
const TRIG = `@prefix cg: <https://w3id.org/claimgraph/ontology#> .
@prefix cgid: <https://w3id.org/claimgraph/id/> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/claimgraph/graph/document/d1> {
  <https://w3id.org/claimgraph/id/actor/a> rdfs:label "Ann \\"the\\" <Speaker>"@en ; a cg:Person .
  <https://w3id.org/claimgraph/id/anchor/d1/0-3> a oa:SpecificResource ;
    oa:hasSelector [ a oa:TextPositionSelector ; oa:start "0"^^xsd:nonNegativeInteger ; oa:end "3"^^xsd:nonNegativeInteger ] ,
                   [ a oa:TextQuoteSelector ; oa:exact "Ann\\nline" ] .
}
<https://w3id.org/claimgraph/graph/curated> {
  <https://w3id.org/claimgraph/id/actor/a> cg:confidence "0.50"^^xsd:decimal ; cg:count "01"^^xsd:int .
  _:x rdfs:label "shared" .
}
<https://w3id.org/claimgraph/id/actor/a> rdfs:comment "in the default graph" .
`;

const store = LocalStore.fromText(TRIG, 'trig');
const quads = store.quads();

describe('exportDataset', () => {
  it.each(['trig', 'nquads', 'jsonld'] as const)(
    'round-trips %s to an isomorphic dataset (blank nodes included)',
    (format) => {
      const text = exportDataset(quads, { format });
      const back = LocalStore.fromText(text, format).quads();
      expect(isomorphic(back, quads)).toBe(true);
    },
  );

  it.each(['turtle', 'ntriples'] as const)('round-trips %s to the merged graph', (format) => {
    const text = exportDataset(quads, { format });
    const back = LocalStore.fromText(text, format).quads();
    const merged = LocalStore.fromText(
      exportDataset(quads, { format: 'nquads' }).replace(/ <[^>]*> \.$/gm, ' .'),
      'ntriples',
    );
    expect(isomorphic(back, merged.quads())).toBe(true);
  });

  it('writes readable Turtle: used prefixes only, each subject once, rdf:type first', () => {
    const turtle = exportDataset(quads, { format: 'turtle', prefixes: DEFAULT_PREFIXES });
    expect(turtle).toMatch(/^@prefix cg: <https:\/\/w3id\.org\/claimgraph\/ontology#>\.$/m);
    expect(turtle).not.toContain('@prefix prov:');
    expect(turtle.match(/^<https:\/\/w3id\.org\/claimgraph\/id\/actor\/a>/gm)).toHaveLength(1);
    expect(turtle).toMatch(/actor\/a> a cg:Person;/);
    expect(turtle).toContain('"01"^^xsd:int');
  });

  it('is deterministic: the same data in another order gives the same bytes', () => {
    const reversed = [...quads].reverse();
    for (const format of EXPORT_FORMATS) {
      expect(exportDataset(reversed, { format })).toBe(exportDataset(quads, { format }));
    }
  });

  it('is deterministic: copies of quads change nothing, blank nodes included', () => {
    const blankNodeQuads = quads.filter(
      (item) => item.subject.termType === 'BlankNode' || item.object.termType === 'BlankNode',
    );
    expect(blankNodeQuads.length).toBeGreaterThan(0);
    const withCopies = [...blankNodeQuads, ...quads, ...blankNodeQuads.slice(0, 3)];
    for (const format of EXPORT_FORMATS) {
      expect(exportDataset(withCopies, { format })).toBe(exportDataset(quads, { format }));
    }
  });

  it('exports one named graph, given by prefixed name or IRI', () => {
    const curated = exportDataset(quads, { format: 'nquads', graph: 'cggraph:curated' });
    expect(curated.trim().split('\n')).toHaveLength(3);
    expect(
      exportDataset(quads, {
        format: 'nquads',
        graph: '<https://w3id.org/claimgraph/graph/curated>',
      }),
    ).toBe(curated);
  });

  it('exports one named graph as Turtle and TriG, read back to that graph alone', () => {
    const curated = quads.filter(
      (item) => item.graph.value === 'https://w3id.org/claimgraph/graph/curated',
    );
    const turtle = exportDataset(quads, { format: 'turtle', graph: 'cggraph:curated' });
    expect(turtle).not.toContain('in the default graph');
    const merged = LocalStore.fromText(
      exportDataset(curated, { format: 'ntriples' }),
      'ntriples',
    ).quads();
    expect(isomorphic(LocalStore.fromText(turtle, 'turtle').quads(), merged)).toBe(true);
    const trig = exportDataset(quads, { format: 'trig', graph: 'cggraph:curated' });
    expect(trig).toMatch(/^cggraph:curated \{$/m);
    expect(isomorphic(LocalStore.fromText(trig, 'trig').quads(), curated)).toBe(true);
  });

  it('writes an empty dataset as empty text', () => {
    for (const format of ['turtle', 'trig', 'ntriples', 'nquads'] as const) {
      expect(exportDataset([], { format })).toBe('');
    }
  });

  it('names the graphs there are when asked for one that is missing', () => {
    expect(() => exportDataset(quads, { format: 'trig', graph: 'cggraph:nope' })).toThrow(
      StoreError,
    );
    expect(() => exportDataset(quads, { format: 'trig', graph: 'cggraph:nope' })).toThrow(
      /graph\/curated/,
    );
  });

  it('writes JSON-LD with the prefixes as its context and one @graph per named graph', () => {
    const document = JSON.parse(exportDataset(quads, { format: 'jsonld' })) as {
      '@context': Record<string, string>;
      '@graph': Array<Record<string, unknown>>;
    };
    expect(document['@context']['cg']).toBe('https://w3id.org/claimgraph/ontology#');
    const graphs = document['@graph'].filter((node) => '@graph' in node).map((node) => node['@id']);
    expect(graphs).toEqual(['cggraph:curated', 'cggraph:document/d1']);
  });
});
