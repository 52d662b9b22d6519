/**
 * Test helper: a small hand-written claimgraph dataset (two outlets, three
 * articles, two speakers with posts, three statements — two of them in a
 * dispute — a policy, a stance and an event) and a parser for TriG text.
 */
import { Parser } from 'n3';
import type { Quad } from '@rdfjs/types';

export const PREFIXES = `
@prefix cg: <https://w3id.org/claimgraph/ontology#> .
@prefix cgid: <https://w3id.org/claimgraph/id/> .
@prefix cggraph: <https://w3id.org/claimgraph/graph/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
`;

export const FIXTURE = `${PREFIXES}
cggraph:metadata {
  <https://w3id.org/claimgraph/id/outlet/daily-post> a cg:Outlet ; rdfs:label "Daily Post" .
  <https://w3id.org/claimgraph/id/outlet/evening-star> a cg:Outlet ; rdfs:label "Evening Star" .
  <https://w3id.org/claimgraph/id/document/d1> a cg:Article ; cg:documentId "d1" ; cg:headline "Mayor defends curfew" ;
    cg:publishedBy <https://w3id.org/claimgraph/id/outlet/daily-post> ; cg:publishedOn "2024-03-02"^^xsd:date ;
    cg:bodyText "Mayor Zoë Ångström said: “The curfew is lawful.” Critics disagree." .
  <https://w3id.org/claimgraph/id/document/d2> a cg:Article ; cg:documentId "d2" ; cg:headline "Curfew row deepens" ;
    cg:publishedBy <https://w3id.org/claimgraph/id/outlet/evening-star> ; cg:publishedOn "2024-03-03"^^xsd:date ;
    cg:bodyText "The curfew is lawful, the mayor insisted. Councillor Bram Ode said it was not." .
  <https://w3id.org/claimgraph/id/document/d3> a cg:Article ; cg:documentId "d3" ; cg:headline "Blog: a note" ;
    cg:bodyText "Ode said it was not." .
}
<https://w3id.org/claimgraph/graph/document/d1> {
  <https://w3id.org/claimgraph/id/actor/zoe> a cg:Person ; rdfs:label "Zoë Ångström" ; skos:altLabel "Mayor Ångström" ;
    org:holds <https://w3id.org/claimgraph/id/post/mayor> ; cg:mentionedIn <https://w3id.org/claimgraph/id/document/d1> .
  <https://w3id.org/claimgraph/id/post/mayor> a cg:Post ; rdfs:label "Mayor of Riverton" ; cg:roleLabel "Mayor" ; org:postIn <https://w3id.org/claimgraph/id/actor/council> .
  <https://w3id.org/claimgraph/id/actor/council> a cg:Organization ; rdfs:label "Riverton Council" .
  <https://w3id.org/claimgraph/id/statement/s1> a cg:Statement ; cg:text "The curfew is lawful and it will stay in place for as long as the emergency lasts." ;
    cg:statedBy <https://w3id.org/claimgraph/id/actor/zoe> ; cg:onBehalfOf <https://w3id.org/claimgraph/id/actor/council> ; cg:inCapacityOf <https://w3id.org/claimgraph/id/post/mayor> ;
    cg:statedOn "2024-03-01"^^xsd:date ; cg:statedIn <https://w3id.org/claimgraph/id/source/letter-1> ; cg:describes <https://w3id.org/claimgraph/id/policy/curfew> .
  <https://w3id.org/claimgraph/id/source/letter-1> a cg:Letter ; rdfs:label "Letter to residents" ; cg:sentBy <https://w3id.org/claimgraph/id/actor/zoe> .
  <https://w3id.org/claimgraph/id/report/d1/27-47> a cg:Report ; cg:reports <https://w3id.org/claimgraph/id/statement/s1> ; cg:reportedIn <https://w3id.org/claimgraph/id/document/d1> ;
    cg:quotedText "The curfew is lawful." ; cg:quoteType "direct" ; cg:anchor <https://w3id.org/claimgraph/id/anchor/d1/27-47> .
  <https://w3id.org/claimgraph/id/anchor/d1/27-47> a oa:SpecificResource ; oa:hasSource <https://w3id.org/claimgraph/id/document/d1> ;
    oa:hasSelector [ a oa:TextPositionSelector ; oa:start 27 ; oa:end 47 ] .
  <https://w3id.org/claimgraph/id/mention/d1/6-18> a cg:Mention ; cg:refersTo <https://w3id.org/claimgraph/id/actor/zoe> ; cg:anchor <https://w3id.org/claimgraph/id/anchor/d1/6-18> .
  <https://w3id.org/claimgraph/id/anchor/d1/6-18> a oa:SpecificResource ; oa:hasSource <https://w3id.org/claimgraph/id/document/d1> ;
    oa:hasSelector [ a oa:TextPositionSelector ; oa:start 6 ; oa:end 18 ] .
}
<https://w3id.org/claimgraph/graph/document/d2> {
  <https://w3id.org/claimgraph/id/report/d2/0-20> a cg:Report ; cg:reports <https://w3id.org/claimgraph/id/statement/s1> ; cg:reportedIn <https://w3id.org/claimgraph/id/document/d2> ;
    cg:quotedText "The curfew is lawful" ; cg:quoteType "indirect" ; cg:anchor <https://w3id.org/claimgraph/id/anchor/d2/0-20> .
  <https://w3id.org/claimgraph/id/anchor/d2/0-20> a oa:SpecificResource ; oa:hasSource <https://w3id.org/claimgraph/id/document/d2> ;
    oa:hasSelector [ a oa:TextPositionSelector ; oa:start 0 ; oa:end 20 ] .
  <https://w3id.org/claimgraph/id/actor/bram> a cg:Person ; rdfs:label "Bram Ode" .
  <https://w3id.org/claimgraph/id/statement/s2> a cg:Statement ; cg:text "It was not lawful." ; cg:statedBy <https://w3id.org/claimgraph/id/actor/bram> ;
    cg:statedOn "2024-03"^^xsd:gYearMonth ; cg:denies <https://w3id.org/claimgraph/id/statement/s1> .
  <https://w3id.org/claimgraph/id/report/d2/60-78> a cg:Report ; cg:reports <https://w3id.org/claimgraph/id/statement/s2> ; cg:reportedIn <https://w3id.org/claimgraph/id/document/d2> ;
    cg:quotedText "it was not" ; cg:quoteType "indirect" .
  <https://w3id.org/claimgraph/id/statement/s3> a cg:Statement ; cg:text "Shops may open at noon." ; cg:statedBy <https://w3id.org/claimgraph/id/actor/zoe> ;
    cg:statedOn "2024-04-10"^^xsd:date .
}
<https://w3id.org/claimgraph/graph/document/d3> {
  <https://w3id.org/claimgraph/id/report/d3/0-19> a cg:Report ; cg:reports <https://w3id.org/claimgraph/id/statement/s2> ; cg:reportedIn <https://w3id.org/claimgraph/id/document/d3> ;
    cg:quotedText "it was not" ; cg:quoteType "indirect" .
}
cggraph:curated {
  <https://w3id.org/claimgraph/id/policy/curfew> a cg:Policy ; rdfs:label "Night curfew" ; cg:policyStatus "asserted" .
  <https://w3id.org/claimgraph/id/dispute/curfew-legality> a cg:Dispute ; rdfs:label "Is the curfew lawful?" ;
    cg:involvesStatement <https://w3id.org/claimgraph/id/statement/s1>, <https://w3id.org/claimgraph/id/statement/s2> ;
    cg:hasParty <https://w3id.org/claimgraph/id/actor/zoe>, <https://w3id.org/claimgraph/id/actor/bram> ; cg:about <https://w3id.org/claimgraph/id/policy/curfew> ;
    cg:evidence <https://w3id.org/claimgraph/id/anchor/d2/0-20> .
  <https://w3id.org/claimgraph/id/stance/x1> a cg:Stance ; cg:stanceOf <https://w3id.org/claimgraph/id/actor/bram> ; cg:stanceOn <https://w3id.org/claimgraph/id/policy/curfew> ;
    cg:stanceValue "opposes" ; cg:expressedIn <https://w3id.org/claimgraph/id/statement/s2> .
  <https://w3id.org/claimgraph/id/event/protest> a cg:Event ; rdfs:label "Protest at the town hall" ;
    cg:occurredOn "2024-03-05"^^xsd:date ; cg:involves <https://w3id.org/claimgraph/id/actor/bram> .
}
`;

/** Parses TriG into quads. */
export function parseTrig(text: string): Quad[] {
  return new Parser({ format: 'application/trig' }).parse(text) as Quad[];
}
