/**
 * Chooses the RDF statements that describe the part of the graph a user can
 * see, with their provenance: every triple whose subject is a visible node,
 * the reports of visible statements and the mentions of visible actors, and
 * everything those point to through anchors, evidence and selectors (Web
 * Annotation resources and blank nodes), so that an exported subgraph still
 * says where each statement stands in which article.
 */
import type { Quad, Term } from '@rdfjs/types';

const CG = 'https://w3id.org/claimgraph/ontology#';
const OA = 'http://www.w3.org/ns/oa#';

/** Links from a report or mention back to the node it is about. */
const PROVENANCE_LINKS = new Set([`${CG}reports`, `${CG}refersTo`, `${CG}expressedIn`]);
/** Links followed from an included resource to its anchors and selectors. */
const ANCHOR_LINKS = new Set([`${CG}anchor`, `${CG}evidence`, `${OA}hasSelector`, `${OA}hasTarget`]);

/**
 * The quads of `quads` that describe the nodes in `visible` (IRIs), with
 * their provenance; in their original order, without duplicates.
 * @example selectSubgraph(parsedQuads, new Set(['https://w3id.org/claimgraph/id/statement/abc']))
 */
export function selectSubgraph(quads: readonly Quad[], visible: ReadonlySet<string>): Quad[] {
  const bySubject = new Map<string, Quad[]>();
  for (const quad of quads) {
    const key = termKey(quad.subject);
    const list = bySubject.get(key);
    if (list) list.push(quad);
    else bySubject.set(key, [quad]);
  }
  const included = new Set<string>();
  const queue: string[] = [];
  const include = (key: string): void => {
    if (included.has(key) || !bySubject.has(key)) return;
    included.add(key);
    queue.push(key);
  };
  for (const iri of visible) include(`<${iri}>`);
  for (const quad of quads) {
    if (PROVENANCE_LINKS.has(quad.predicate.value) && visible.has(quad.object.value)) include(termKey(quad.subject));
  }
  while (queue.length > 0) {
    for (const quad of bySubject.get(queue.pop()!) ?? []) {
      const followed = ANCHOR_LINKS.has(quad.predicate.value) || quad.object.termType === 'BlankNode';
      if (followed && quad.object.termType !== 'Literal') include(termKey(quad.object));
    }
  }
  return quads.filter((quad) => included.has(termKey(quad.subject)));
}

function termKey(term: Term): string {
  return term.termType === 'BlankNode' ? `_:${term.value}` : `<${term.value}>`;
}
