/**
 * Stable blank node labels for output. Parsers name blank nodes after their position or a
 * process-wide counter, so the same data can carry different labels. Here each blank node gets
 * a key from its surroundings — for every quad it is in, its place there (subject, object or
 * graph name) and the other terms of the quad, a neighbouring blank node counting only as "a
 * blank node" — and the blank nodes are renamed `b0`, `b1`, … in the order of those keys (ties
 * keep input order). Output therefore does not depend on the labels the parser chose, on the
 * quads' order or on duplicate quads, unless two blank nodes look exactly alike. A key is a
 * sorted list of integer tuples made of the neighbours' ranks (`term-ranks.ts`), compared
 * directly: no text is built and nothing is hashed.
 */
import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { indexQuads, type TermTable } from './term-table.js';
import { rankTerms } from './term-ranks.js';

/** What a neighbouring blank node counts as in a key: above every rank. */
const ANY_BLANK_NODE = 0xffffffff;
/** Numbers per link: the blank node's side (0 subject, 1 object, 2 graph) and three ranks. */
const LINK_WIDTH = 4;

/**
 * Renames the blank nodes of an indexed dataset in its table to `b<n>`, in an order that
 * depends on the data, not on labels. `ids` holds four term indices per quad (subject,
 * predicate, object, graph) in input order, as `indexQuads` returns them; `ranks` gives each
 * term's rank (`rankTerms`; the ranks of blank nodes are not used). Returns false when there
 * is no blank node to rename.
 */
export function relabelTableBlankNodes(
  table: TermTable,
  ids: Uint32Array,
  ranks: Uint32Array,
): boolean {
  if (table.blankNodes.length === 0) return false;
  // Every place a blank node takes in a quad: the node and the position of its quad in `ids`
  // plus its side.
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

  // Each link as a tuple: the side, then the quad's other three terms in quad order.
  const neighbour = (index: number) => (table.isBlankNode(index) ? ANY_BLANK_NODE : ranks[index]!);
  const tuples = new Uint32Array(LINK_WIDTH * grouped.length);
  grouped.forEach((link, position) => {
    const side = link & 3;
    const at = link - side;
    // The node's own place in the quad: subject (0), object (2) or graph (3).
    const own = side === 0 ? 0 : side + 1;
    let tuple = LINK_WIDTH * position;
    tuples[tuple++] = side;
    for (let place = 0; place < 4; place++) {
      if (place !== own) tuples[tuple++] = neighbour(ids[at + place]!);
    }
  });
  const compareTuples = (a: number, b: number): number => {
    for (let offset = 0; offset < LINK_WIDTH; offset++) {
      const difference = tuples[LINK_WIDTH * a + offset]! - tuples[LINK_WIDTH * b + offset]!;
      if (difference !== 0) return difference;
    }
    return 0;
  };
  // Links with equal tuples are put in the order of their quads' term indices, so that copies
  // of one quad come together; that order never shows in a key, which holds only tuples.
  const compareLinks = (a: number, b: number): number => {
    const byTuple = compareTuples(a, b);
    if (byTuple !== 0) return byTuple;
    const [first, second] = [grouped[a]! & ~3, grouped[b]! & ~3];
    for (let offset = 0; offset < 4; offset++) {
      const difference = ids[first + offset]! - ids[second + offset]!;
      if (difference !== 0) return difference;
    }
    return 0;
  };

  // Each node's key: its links sorted, each copy of a quad after the first dropped.
  const keys: number[][] = met.map((_node, order) => {
    const sorted: number[] = [];
    for (let link = starts[order]!; link < starts[order + 1]!; link++) sorted.push(link);
    sorted.sort(compareLinks);
    return sorted.filter(
      (link, position) => position === 0 || compareLinks(sorted[position - 1]!, link) !== 0,
    );
  });
  const compareKeys = (a: number, b: number): number => {
    const [first, second] = [keys[a]!, keys[b]!];
    const shared = Math.min(first.length, second.length);
    for (let position = 0; position < shared; position++) {
      const difference = compareTuples(first[position]!, second[position]!);
      if (difference !== 0) return difference;
    }
    return first.length - second.length || a - b;
  };
  const order = met.map((_node, index) => index).sort(compareKeys);
  order.forEach((slotOfNode, position) =>
    table.replace(met[slotOfNode]!, DataFactory.blankNode(`b${position}`)),
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
  if (!relabelTableBlankNodes(table, ids, rankTerms(table.terms, false).ranks)) return [...quads];
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
