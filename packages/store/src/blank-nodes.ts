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
  // First the links: a blank node and the position of its quad in `ids` plus its side (0 as
  // subject, 1 as object, 2 as graph). The text of each link is built only when its node's key
  // is computed, so that text is garbage at once instead of living through the whole pass.
  const nodes: number[] = [];
  const links: number[] = [];
  for (let at = 0; at < ids.length; at += 4) {
    for (let side = 0; side < 3; side++) {
      const node = ids[at + (side === 0 ? 0 : side === 1 ? 2 : 3)]!;
      if (table.isBlankNode(node)) {
        nodes.push(node);
        links.push(at + side);
      }
    }
  }
  // Group the links by node, nodes in the order they were first met (ties keep that order).
  const slot = new Int32Array(table.terms.length).fill(-1);
  const met: number[] = [];
  for (const node of nodes) if (slot[node] === -1) slot[node] = met.push(node) - 1;
  const starts = new Uint32Array(met.length + 1);
  for (const node of nodes) starts[slot[node]! + 1]!++;
  for (let index = 1; index <= met.length; index++) starts[index]! += starts[index - 1]!;
  const grouped = new Uint32Array(links.length);
  const next = starts.slice(0, met.length);
  nodes.forEach((node, index) => (grouped[next[slot[node]!]!++] = links[index]!));

  const neighbour = (index: number) => (table.isBlankNode(index) ? '_' : table.nTriples(index));
  const text = (link: number): string => {
    const side = link & 3;
    const at = link - side;
    const [subject, predicate, object, graph] = [
      ids[at]!,
      ids[at + 1]!,
      ids[at + 2]!,
      ids[at + 3]!,
    ];
    const verb = table.nTriples(predicate);
    if (side === 0) return `out ${verb} ${neighbour(object)} ${neighbour(graph)}`;
    if (side === 1) return `in ${neighbour(subject)} ${verb} ${neighbour(graph)}`;
    return `graph ${neighbour(subject)} ${verb} ${neighbour(object)}`;
  };
  const keyed = met.map((index, order) => {
    const entries: string[] = [];
    for (let link = starts[order]!; link < starts[order + 1]!; link++) {
      entries.push(text(grouped[link]!));
    }
    return { index, order, key: hash('sha256', entries.sort().join('\n')) };
  });
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
