/**
 * Stable blank node labels for output. Parsers name blank nodes after their position or a
 * process-wide counter, so the same data can carry different labels. Here each blank node gets
 * a key from its surroundings — the predicates and non-blank terms it is linked to — and the
 * blank nodes are renamed `b0`, `b1`, … in the order of those keys (ties keep input order).
 * Output therefore does not depend on the labels the parser chose or on the quads' order
 * unless two blank nodes look exactly alike.
 */
import { createHash } from 'node:crypto';
import type { Quad, Term } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { termToNTriples } from './terms.js';

function neighbourhood(term: Term): string {
  return term.termType === 'BlankNode' ? '_' : termToNTriples(term);
}

/**
 * Renames every blank node to `b<n>` in an order that depends on the data, not on labels.
 * @example relabelBlankNodes(parsedQuads)
 */
export function relabelBlankNodes(quads: readonly Quad[]): Quad[] {
  const signatures = new Map<string, string[]>();
  const note = (node: Term, entry: string) => {
    if (node.termType !== 'BlankNode') return;
    let list = signatures.get(node.value);
    if (!list) signatures.set(node.value, (list = []));
    list.push(entry);
  };
  for (const quad of quads) {
    const blank = (term: Term) => term.termType === 'BlankNode';
    if (!blank(quad.subject) && !blank(quad.object) && !blank(quad.graph)) continue;
    const graph = neighbourhood(quad.graph);
    note(
      quad.subject,
      `out ${termToNTriples(quad.predicate)} ${neighbourhood(quad.object)} ${graph}`,
    );
    note(
      quad.object,
      `in ${neighbourhood(quad.subject)} ${termToNTriples(quad.predicate)} ${graph}`,
    );
    note(
      quad.graph,
      `graph ${neighbourhood(quad.subject)} ${termToNTriples(quad.predicate)} ${neighbourhood(quad.object)}`,
    );
  }
  if (signatures.size === 0) return [...quads];
  const keyed = [...signatures].map(([label, entries], order) => ({
    label,
    order,
    key: createHash('sha256').update(entries.sort().join('\n')).digest('hex'),
  }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.order - b.order));
  const renamed = new Map(
    keyed.map(({ label }, index) => [label, DataFactory.blankNode(`b${index}`)]),
  );
  const rename = <T extends Term>(term: T): T =>
    term.termType === 'BlankNode' ? (renamed.get(term.value) as unknown as T) : term;
  return quads.map(
    (quad) =>
      DataFactory.quad(
        rename(quad.subject),
        quad.predicate,
        rename(quad.object),
        rename(quad.graph),
      ) as Quad,
  );
}
