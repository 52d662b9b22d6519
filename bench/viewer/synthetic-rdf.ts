/**
 * Synthetic claimgraph RDF datasets for the projection benchmark, shaped like
 * the converter's output (see ontology/TERMS.md): outlets, articles with body
 * text, persons and organisations with aliases and posts, statements with
 * reports anchored by TextPositionSelectors, mentions, disputes, policies,
 * stances, events and source documents, spread over document/curated/metadata
 * named graphs. Seeded; about 9–10 view nodes per document.
 */
import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { prng } from './synthetic-view.js';

const { namedNode, literal, quad, blankNode } = DataFactory;
const CG = 'https://w3id.org/claimgraph/ontology#';
const ID = 'https://w3id.org/claimgraph/id/';
const GRAPH = 'https://w3id.org/claimgraph/graph/';
const RDF_TYPE = namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type');
const LABEL = namedNode('http://www.w3.org/2000/01/rdf-schema#label');
const ALT = namedNode('http://www.w3.org/2004/02/skos/core#altLabel');
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const OA = 'http://www.w3.org/ns/oa#';
const ORG = 'http://www.w3.org/ns/org#';

const WORDS = 'the council said budget plan would not change before spring while critics argued that funding was cut without any notice to residents or staff'.split(' ');

/** Generates a dataset with `documents` articles (≈ 9.5 view nodes each). */
export function syntheticDataset(documents: number, seed = 7): Quad[] {
  const random = prng(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!;
  const quads: Quad[] = [];
  const add = (graph: string, s: string, p: string, o: ReturnType<typeof namedNode> | ReturnType<typeof literal>) =>
    quads.push(quad(namedNode(s), p === 'a' ? RDF_TYPE : p === 'label' ? LABEL : namedNode(p), o, namedNode(GRAPH + graph)));
  const sentence = (length: number) => Array.from({ length }, () => pick(WORDS)).join(' ');

  const outlets = Array.from({ length: Math.max(3, Math.round(documents / 40)) }, (_, i) => `${ID}outlet/outlet-${i}`);
  outlets.forEach((outlet, i) => {
    add('metadata', outlet, 'a', namedNode(`${CG}Outlet`));
    add('metadata', outlet, 'label', literal(`Outlet ${i}`));
  });
  const orgs = Array.from({ length: Math.max(2, Math.round(documents * 0.3)) }, (_, i) => `${ID}actor/org-${i}`);
  const persons = Array.from({ length: Math.max(3, Math.round(documents * 1.5)) }, (_, i) => `${ID}actor/person-${i}`);
  const posts = Array.from({ length: Math.max(1, Math.round(documents * 0.5)) }, (_, i) => `${ID}post/post-${i}`);
  const policies = Array.from({ length: Math.max(1, Math.round(documents * 0.2)) }, (_, i) => `${ID}policy/policy-${i}`);
  orgs.forEach((org, i) => {
    add('curated', org, 'a', namedNode(`${CG}Organization`));
    add('curated', org, 'label', literal(`Organisation ${i}`));
  });
  persons.forEach((person, i) => {
    add('curated', person, 'a', namedNode(`${CG}Person`));
    add('curated', person, 'label', literal(`Person Zoë ${i}`));
    add('curated', person, ALT.value, literal(`P. ${i}`));
    if (i < posts.length) add('curated', person, `${ORG}holds`, namedNode(posts[i]!));
  });
  posts.forEach((post, i) => {
    add('curated', post, 'a', namedNode(`${CG}Post`));
    add('curated', post, 'label', literal(`Director ${i}`));
    add('curated', post, `${ORG}postIn`, namedNode(pick(orgs)));
  });
  policies.forEach((policy, i) => {
    add('curated', policy, 'a', namedNode(`${CG}Policy`));
    add('curated', policy, 'label', literal(`Policy ${i}`));
    add('curated', policy, `${CG}constraintText`, literal(sentence(8)));
  });

  const statements: string[] = [];
  for (let d = 0; d < documents; d += 1) {
    const docId = `${String(d).padStart(4, '0')}_synthetic`;
    const article = `${ID}document/${docId}`;
    const graph = `document/${docId}`;
    const body = Array.from({ length: 12 }, () => `${sentence(14)}.`).join(' ');
    add('metadata', article, 'a', namedNode(`${CG}Article`));
    add('metadata', article, `${CG}documentId`, literal(docId));
    add('metadata', article, `${CG}headline`, literal(`Headline ${d}: ${sentence(5)}`));
    add('metadata', article, `${CG}publishedBy`, namedNode(pick(outlets)));
    add('metadata', article, `${CG}publishedOn`, literal(`2024-0${1 + (d % 9)}-1${d % 10}`, namedNode(`${XSD}date`)));
    add('metadata', article, `${CG}bodyText`, literal(body));
    const anchor = (start: number, end: number) => {
      const iri = `${ID}anchor/${docId}/${start}-${end}`;
      const selector = blankNode(`sel-${docId}-${start}-${end}`);
      add(graph, iri, 'a', namedNode(`${OA}SpecificResource`));
      add(graph, iri, `${OA}hasSource`, namedNode(article));
      quads.push(quad(namedNode(iri), namedNode(`${OA}hasSelector`), selector, namedNode(GRAPH + graph)));
      quads.push(quad(selector, namedNode(`${OA}start`), literal(String(start), namedNode(`${XSD}nonNegativeInteger`)), namedNode(GRAPH + graph)));
      quads.push(quad(selector, namedNode(`${OA}end`), literal(String(end), namedNode(`${XSD}nonNegativeInteger`)), namedNode(GRAPH + graph)));
      return namedNode(iri);
    };
    for (let s = 0; s < 5; s += 1) {
      const reused = statements.length > 10 && random() < 0.25;
      const statement = reused ? pick(statements) : `${ID}statement/${docId}-${s}`;
      if (!reused) {
        statements.push(statement);
        add(graph, statement, 'a', namedNode(`${CG}Statement`));
        add(graph, statement, `${CG}text`, literal(sentence(16)));
        add(graph, statement, `${CG}statedBy`, namedNode(pick(persons)));
        if (random() < 0.5) add(graph, statement, `${CG}inCapacityOf`, namedNode(pick(posts)));
        if (random() < 0.5) add(graph, statement, `${CG}onBehalfOf`, namedNode(pick(orgs)));
        add(graph, statement, `${CG}statedOn`, literal(`2024-0${1 + (d % 9)}-0${1 + s}`, namedNode(`${XSD}date`)));
        if (random() < 0.3) add(graph, statement, `${CG}describes`, namedNode(pick(policies)));
      }
      const start = s * 40;
      const report = `${ID}report/${docId}/${start}-${start + 30}`;
      add(graph, report, 'a', namedNode(`${CG}Report`));
      add(graph, report, `${CG}reports`, namedNode(statement));
      add(graph, report, `${CG}reportedIn`, namedNode(article));
      add(graph, report, `${CG}quotedText`, literal(body.slice(start, start + 30)));
      add(graph, report, `${CG}quoteType`, literal(random() < 0.5 ? 'direct' : 'indirect'));
      add(graph, report, `${CG}anchor`, anchor(start, start + 30));
    }
    for (let m = 0; m < 4; m += 1) {
      const start = 200 + m * 20;
      const mention = `${ID}mention/${docId}/${start}-${start + 10}`;
      add(graph, mention, 'a', namedNode(`${CG}Mention`));
      add(graph, mention, `${CG}refersTo`, namedNode(pick(persons)));
      add(graph, mention, `${CG}anchor`, anchor(start, start + 10));
    }
  }
  for (let i = 0; i < Math.round(documents * 0.3); i += 1) {
    const dispute = `${ID}dispute/dispute-${i}`;
    add('curated', dispute, 'a', namedNode(`${CG}Dispute`));
    add('curated', dispute, 'label', literal(`Dispute ${i}`));
    const a = pick(statements);
    const b = pick(statements);
    add('curated', dispute, `${CG}involvesStatement`, namedNode(a));
    add('curated', dispute, `${CG}involvesStatement`, namedNode(b));
    add('curated', dispute, `${CG}about`, namedNode(pick(policies)));
    add('curated', a, `${CG}denies`, namedNode(b));
    const stance = `${ID}stance/stance-${i}`;
    add('curated', stance, 'a', namedNode(`${CG}Stance`));
    add('curated', stance, `${CG}stanceOf`, namedNode(pick(persons)));
    add('curated', stance, `${CG}stanceOn`, namedNode(pick(policies)));
    add('curated', stance, `${CG}stanceValue`, literal(random() < 0.5 ? 'supports' : 'opposes'));
  }
  for (let i = 0; i < Math.round(documents * 0.2); i += 1) {
    const event = `${ID}event/event-${i}`;
    add('curated', event, 'a', namedNode(`${CG}Event`));
    add('curated', event, 'label', literal(`Event ${i}`));
    add('curated', event, `${CG}occurredOn`, literal(`2024-02-${10 + (i % 18)}`, namedNode(`${XSD}date`)));
    add('curated', event, `${CG}involves`, namedNode(pick(persons)));
  }
  for (let i = 0; i < Math.round(documents * 0.3); i += 1) {
    const source = `${ID}source/letter-${i}`;
    add('curated', source, 'a', namedNode(`${CG}Letter`));
    add('curated', source, 'label', literal(`Letter ${i}`));
    add('curated', pick(statements), `${CG}statedIn`, namedNode(source));
  }
  return quads;
}
