import { Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { selectSubgraph } from './subgraph.js';

const trig = `@prefix cg: <https://w3id.org/claimgraph/ontology#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix ex: <https://w3id.org/claimgraph/id/> .
ex:g1 {
  ex:s1 a cg:Statement ; cg:text "we never said that" ; cg:statedBy ex:ada .
  ex:s2 a cg:Statement ; cg:text "hidden words" .
  ex:ada a cg:Person ; rdfs:label "Ada" .
  ex:r1 a cg:Report ; cg:reports ex:s1 ; cg:quotedText "we never said that" ; cg:anchor ex:a1 .
  ex:a1 a oa:SpecificResource ; oa:hasSelector [ a oa:TextPositionSelector ; oa:start 3 ; oa:end 21 ] .
  ex:r2 a cg:Report ; cg:reports ex:s2 ; cg:anchor ex:a2 .
  ex:a2 a oa:SpecificResource .
  ex:m1 a cg:Mention ; cg:refersTo ex:ada ; cg:anchor ex:a3 .
  ex:a3 a oa:SpecificResource .
}
ex:g2 { ex:s1 cg:disputes ex:s2 . }
`;
const ID = 'https://w3id.org/claimgraph/id/';
const subjects = (quads: ReturnType<typeof selectSubgraph>) => [...new Set(quads.map((q) => (q.subject.termType === 'BlankNode' ? '_:selector' : q.subject.value.replace(ID, ''))))].sort();

describe('visible subgraph selection', () => {
  const quads = new Parser({ format: 'application/trig' }).parse(trig);

  it('keeps visible nodes with their reports, mentions, anchors and selectors', () => {
    const selected = selectSubgraph(quads, new Set([`${ID}s1`, `${ID}ada`]));
    expect(subjects(selected)).toEqual(['_:selector', 'a1', 'a3', 'ada', 'm1', 'r1', 's1']);
    expect(selected.some((q) => q.predicate.value.endsWith('#start') && q.object.value === '3')).toBe(true);
  });

  it('leaves out hidden nodes and the provenance of hidden statements', () => {
    const selected = selectSubgraph(quads, new Set([`${ID}s1`]));
    expect(subjects(selected)).not.toContain('s2');
    expect(subjects(selected)).not.toContain('r2');
    expect(subjects(selected)).not.toContain('a2');
    expect(selected.filter((q) => q.predicate.value.endsWith('#disputes'))).toHaveLength(1);
  });

  it('selects nothing when nothing is visible', () => {
    expect(selectSubgraph(quads, new Set())).toEqual([]);
  });
});
