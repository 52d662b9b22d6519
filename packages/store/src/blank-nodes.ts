/**
 * Stable blank node labels for output. Parsers name blank nodes after their position or a
 * process-wide counter, so the same data can carry different labels. Here each blank node gets
 * a key from its surroundings — the predicates and non-blank terms it is linked to — and the
 * blank nodes are renamed `b0`, `b1`, … in the order of those keys (ties keep input order).
 * Output therefore does not depend on the labels the parser chose or on the quads' order
 * unless two blank nodes look exactly alike. The work is done on a `TermTable`, so each
 * neighbour's N-Triples text is built once however many blank nodes it touches.
 */
import { hash } from 'node:crypto';
import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { indexQuads, type TermTable } from './term-table.js';

/**
 * Renames the blank nodes of an indexed dataset in its table to `b<n>`, in an order that
 * depends on the data, not on labels. `ids` holds four term indices per quad (subject,
 * predicate, object, graph) in input order, as `indexQuads` returns them. Returns false when
 * there is no blank node to rename.
 */
export function relabelTableBlankNodes(table: TermTable, ids: Uint32Array): boolean {
  if (table.blankNodes.length === 0) return false;
  // Insertion order is the order in which blank nodes are first met: ties keep it.
  const entries = new Map<number, string[]>();
  const note = (node: number, entry: string) => {
    const list = entries.get(node);
    if (list) list.push(entry);
    else entries.set(node, [entry]);
  };
  const neighbour = (index: number) => (table.isBlankNode(index) ? '_' : table.nTriples(index));
  for (let at = 0; at < ids.length; at += 4) {
    const subject = ids[at]!;
    const object = ids[at + 2]!;
    const graph = ids[at + 3]!;
    const blankSubject = table.isBlankNode(subject);
    const blankObject = table.isBlankNode(object);
    const blankGraph = table.isBlankNode(graph);
    if (!blankSubject && !blankObject && !blankGraph) continue;
    const predicate = table.nTriples(ids[at + 1]!);
    if (blankSubject) note(subject, `out ${predicate} ${neighbour(object)} ${neighbour(graph)}`);
    if (blankObject) note(object, `in ${neighbour(subject)} ${predicate} ${neighbour(graph)}`);
    if (blankGraph) note(graph, `graph ${neighbour(subject)} ${predicate} ${neighbour(object)}`);
  }
  const keyed = [...entries].map(([index, list], order) => ({
    index,
    order,
    key: hash('sha256', list.sort().join('\n')),
  }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.order - b.order));
  keyed.forEach(({ index }, position) =>
    table.replace(index, DataFactory.blankNode(`b${position}`)),
  );
  return true;
}

/**
 * Renames every blank node to `b<n>` in an order that depends on the data, not on labels.
 * Quads without blank nodes are returned as they are.
 * @example relabelBlankNodes(parsedQuads)
 */
export function relabelBlankNodes(quads: readonly Quad[]): Quad[] {
  const { table, ids } = indexQuads(quads, false);
  if (!relabelTableBlankNodes(table, ids)) return [...quads];
  return quads.map((quad, position) => {
    const [subject, , object, graph] = ids.subarray(4 * position, 4 * position + 4);
    const renamed = (index: number) => table.isBlankNode(index);
    if (!renamed(subject!) && !renamed(object!) && !renamed(graph!)) return quad;
    return DataFactory.quad(
      (renamed(subject!) ? table.terms[subject!] : quad.subject) as Quad['subject'],
      quad.predicate,
      (renamed(object!) ? table.terms[object!] : quad.object) as Quad['object'],
      (renamed(graph!) ? table.terms[graph!] : quad.graph) as Quad['graph'],
    ) as Quad;
  });
}
