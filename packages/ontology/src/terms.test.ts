import { DataFactory, Store } from 'n3';
import { describe, expect, it } from 'vitest';
import { CG, OA, RDF } from './generated/vocabulary.js';
import { cg, namedNodes, oa, rdf } from './terms.js';

describe('NamedNode vocabulary', () => {
  it('has one n3 NamedNode per IRI constant', () => {
    expect(Object.keys(cg)).toEqual(Object.keys(CG));
    expect(cg.Statement.equals(DataFactory.namedNode(CG.Statement))).toBe(true);
    expect(oa.hasSelector.value).toBe(OA.hasSelector);
    expect(rdf.type.value).toBe(RDF.type);
  });

  it('matches quads in an n3 Store', () => {
    const store = new Store();
    const statement = DataFactory.namedNode('https://w3id.org/claimgraph/id/statement/x');
    store.addQuad(statement, rdf.type, cg.Statement);
    expect(store.getSubjects(rdf.type, cg.Statement, null)).toHaveLength(1);
  });

  it('is frozen', () => {
    const ex = namedNodes({ thing: 'https://example.org/thing' });
    expect(Object.isFrozen(ex)).toBe(true);
    expect(ex.thing.value).toBe('https://example.org/thing');
  });
});
