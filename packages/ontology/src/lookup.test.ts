import { describe, expect, it } from 'vitest';
import { CG } from './generated/vocabulary.js';
import { cgTerm, compactIri, expandIri, isCgTerm } from './lookup.js';

describe('cgTerm', () => {
  it('describes a term of the ontology', () => {
    const statedBy = cgTerm(CG.statedBy);
    expect(statedBy).toMatchObject({
      name: 'statedBy',
      kind: 'objectProperty',
      label: 'stated by',
    });
    expect(statedBy?.domain).toEqual([CG.Statement]);
    expect(statedBy?.range).toEqual([CG.Actor]);
  });

  it('lists the allowed values of enumerated properties', () => {
    expect(cgTerm(CG.quoteType)?.values).toEqual(['direct', 'indirect', 'mixed']);
    expect(cgTerm(CG.stanceValue)?.values).toContain('denies-existence');
  });

  it('knows nothing of IRIs the ontology does not define', () => {
    expect(cgTerm('https://w3id.org/claimgraph/ontology#saidBy')).toBeUndefined();
    expect(cgTerm('https://w3id.org/claimgraph/ontology#toString')).toBeUndefined();
    expect(isCgTerm('http://www.w3.org/ns/prov#Agent')).toBe(false);
    expect(isCgTerm(CG.Dispute)).toBe(true);
  });
});

describe('compactIri / expandIri', () => {
  it('uses the longest matching claimgraph prefix', () => {
    expect(compactIri(CG.Statement)).toBe('cg:Statement');
    expect(compactIri('https://w3id.org/claimgraph/id/actor/x')).toBe('cgid:actor/x');
    expect(compactIri('https://w3id.org/claimgraph/graph/curated')).toBe('cggraph:curated');
    expect(compactIri('https://example.org/x')).toBe('https://example.org/x');
  });

  it('expands known prefixes and rejects unknown ones', () => {
    expect(expandIri('oa:hasSelector')).toBe('http://www.w3.org/ns/oa#hasSelector');
    expect(expandIri('cgid:actor/x')).toBe('https://w3id.org/claimgraph/id/actor/x');
    expect(() => expandIri('ex:thing')).toThrow(
      /claimgraph-ontology: "ex:thing" has no known prefix/,
    );
  });
});
