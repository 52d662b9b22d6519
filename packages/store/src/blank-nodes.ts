/**
 * Stable blank node labels for output. Parsers name blank nodes after their position or a
 * process-wide counter, so the same data can carry different labels. Here each blank node gets
 * a key from its surroundings — for every quad it is in, its place there (subject, object or
 * graph name) and the other terms of the quad, a neighbouring blank node counting only as "a
 * blank node" — and the blank nodes are renamed `b0`, `b1`, … in the order of those keys (ties
 * keep input order). Output therefore does not depend on the labels the parser chose, on the
 * quads' order or on duplicate quads, unless two blank nodes look exactly alike. A key is a
 * sorted list of integer tuples made of the neighbours' ranks (`term-ranks.ts`); the tuples are
 * ranked by counting sorts, so keys compare as lists of integers, most comparisons settled by
 * one number that packs a key's first two: no text is built and nothing is hashed. Loops live
 * in module functions over typed arrays (see `term-table.ts` for why).
 */
import type { Quad, Term } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { rankTerms } from './term-ranks.js';
import { indexQuads, isBlankNode, type TermTable } from './term-table.js';

/** Numbers per link: the blank node's side (0 subject, 1 object, 2 graph) and three ranks. */
const LINK_WIDTH = 4;
/** The place in a quad (subject 0, object 2, graph 3) of each side. */
const PLACES = [0, 2, 3] as const;
/** A blank node's links are sorted by insertion up to this many, by `Array.sort` beyond. */
const INSERTION_SORT_LIMIT = 24;

/**
 * Renames the blank nodes of an indexed dataset in its table to `b<n>`, in an order that
 * depends on the data, not on labels. `ids` holds four term indices per quad (subject,
 * predicate, object, graph) in input order, as `indexQuads` returns them; `ranks` gives each
 * term's rank (`rankTerms`; the ranks of blank nodes are not used). Returns, by table index,
 * the number `n` of each renamed blank node and -1 for every other term, or undefined when
 * there is no blank node to rename.
 */
export function relabelTableBlankNodes(
  table: TermTable,
  ids: Uint32Array,
  ranks: Uint32Array,
): Int32Array | undefined {
  const { blankNodes } = table;
  if (blankNodes.length === 0) return undefined;
  const termCount = table.terms.length;
  const isBlank = new Uint8Array(termCount);
  for (let position = 0; position < blankNodes.length; position++)
    isBlank[blankNodes[position]!] = 1;
  // Every place a blank node takes in a quad (a link): the position of its quad in `ids` plus
  // its side. The nodes in the order they are first met (`met`; ties keep that order), and the
  // links grouped by node in input order, node `slot` having `grouped[starts[slot]]` up to
  // `grouped[starts[slot + 1]]`.
  const slot = new Int32Array(termCount).fill(-1);
  const met = new Uint32Array(blankNodes.length);
  const starts = new Uint32Array(blankNodes.length + 1);
  const metCount = countLinks(ids, isBlank, slot, met, starts);
  const grouped = groupLinks(ids, isBlank, slot, starts, metCount);
  // Each link's tuple, then the tuples ranked: links compare as their tuples' ranks do.
  const tuples = linkTuples(grouped, ids, isBlank, ranks, termCount);
  const tupleRanks = rankTuples(tuples, grouped.length, termCount + 1);
  // Each node's key: its links sorted, each copy of a quad after the first dropped — the
  // links `keys[starts[slot]]` up to `keys[ends[slot]]`.
  const keys = new Uint32Array(grouped.length);
  const ends = new Uint32Array(metCount);
  sortKeys(keys, ends, starts, tupleRanks, grouped, ids);
  const order = orderNodes(metCount, keys, starts, ends, tupleRanks);
  const numbers = new Int32Array(termCount).fill(-1);
  rename(order, met, numbers, table.terms, table.texts);
  return numbers;
}

/**
 * Finds the blank nodes in the order they are first met (into `met` and `slot`) and counts
 * their links (`starts[slot + 1]`, then summed up so that `starts[slot]` is where a node's
 * links begin). Returns how many nodes were met.
 */
function countLinks(
  ids: Uint32Array,
  isBlank: Uint8Array,
  slot: Int32Array,
  met: Uint32Array,
  starts: Uint32Array,
): number {
  let metCount = 0;
  for (let at = 0; at < ids.length; at += 4) {
    for (let side = 0; side < 3; side++) {
      const node = ids[at + PLACES[side]!]!;
      if (isBlank[node] === 0) continue;
      let nodeSlot = slot[node]!;
      if (nodeSlot < 0) {
        slot[node] = nodeSlot = metCount;
        met[metCount++] = node;
      }
      starts[nodeSlot + 1]!++;
    }
  }
  for (let index = 1; index <= metCount; index++) starts[index]! += starts[index - 1]!;
  return metCount;
}

/** The links (quad position in `ids` plus side) grouped by node, in input order within one. */
function groupLinks(
  ids: Uint32Array,
  isBlank: Uint8Array,
  slot: Int32Array,
  starts: Uint32Array,
  metCount: number,
): Uint32Array {
  const grouped = new Uint32Array(starts[metCount]!);
  const next = starts.slice(0, metCount);
  for (let at = 0; at < ids.length; at += 4) {
    for (let side = 0; side < 3; side++) {
      const node = ids[at + PLACES[side]!]!;
      if (isBlank[node] !== 0) grouped[next[slot[node]!]!++] = at + side;
    }
  }
  return grouped;
}

/**
 * Each link as a tuple: the side, then the ranks of the quad's other three terms in quad
 * order, a neighbouring blank node counting as `anyBlankNode` (above every rank).
 */
function linkTuples(
  grouped: Uint32Array,
  ids: Uint32Array,
  isBlank: Uint8Array,
  ranks: Uint32Array,
  anyBlankNode: number,
): Uint32Array {
  const tuples = new Uint32Array(LINK_WIDTH * grouped.length);
  for (let link = 0, tuple = 0; link < grouped.length; link++) {
    const side = grouped[link]! & 3;
    const at = grouped[link]! - side;
    const own = PLACES[side]!;
    tuples[tuple++] = side;
    for (let place = 0; place < 4; place++) {
      if (place === own) continue;
      const term = ids[at + place]!;
      tuples[tuple++] = isBlank[term] === 0 ? ranks[term]! : anyBlankNode;
    }
  }
  return tuples;
}

/**
 * The rank of each link's tuple among all links' tuples (equal tuples one rank), by stable
 * counting sorts on the tuples' numbers, last first; every number is below `buckets`.
 */
function rankTuples(tuples: Uint32Array, count: number, buckets: number): Uint32Array {
  let order = new Uint32Array(count);
  for (let link = 0; link < count; link++) order[link] = link;
  let next = new Uint32Array(count);
  const starts = new Uint32Array(buckets + 1);
  for (let offset = LINK_WIDTH - 1; offset >= 0; offset--) {
    starts.fill(0);
    for (let link = 0; link < count; link++) starts[tuples[LINK_WIDTH * link + offset]! + 1]!++;
    for (let bucket = 1; bucket <= buckets; bucket++) starts[bucket]! += starts[bucket - 1]!;
    for (let position = 0; position < count; position++) {
      const link = order[position]!;
      next[starts[tuples[LINK_WIDTH * link + offset]!]!++] = link;
    }
    [order, next] = [next, order];
  }
  const tupleRanks = new Uint32Array(count);
  let rank = 0;
  for (let position = 1; position < count; position++) {
    if (compareTuples(tuples, order[position - 1]!, order[position]!) !== 0) rank++;
    tupleRanks[order[position]!] = rank;
  }
  return tupleRanks;
}

function compareTuples(tuples: Uint32Array, a: number, b: number): number {
  for (let offset = 0; offset < LINK_WIDTH; offset++) {
    const difference = tuples[LINK_WIDTH * a + offset]! - tuples[LINK_WIDTH * b + offset]!;
    if (difference !== 0) return difference;
  }
  return 0;
}

/**
 * Links by tuple; links with equal tuples in the order of their quads' term indices, so that
 * copies of one quad come together (that order never shows in a key, which holds only tuples).
 */
function compareLinks(
  tupleRanks: Uint32Array,
  grouped: Uint32Array,
  ids: Uint32Array,
  a: number,
  b: number,
): number {
  const byTuple = tupleRanks[a]! - tupleRanks[b]!;
  if (byTuple !== 0) return byTuple;
  const first = grouped[a]! & ~3;
  const second = grouped[b]! & ~3;
  for (let offset = 0; offset < 4; offset++) {
    const difference = ids[first + offset]! - ids[second + offset]!;
    if (difference !== 0) return difference;
  }
  return 0;
}

/*
 * What `byLink` and `byKey` read, set just before `Array.prototype.sort` runs and reset just
 * after (a module function keeps its optimised code from one export to the next; see
 * `term-ranks.ts`).
 */
const NONE: Uint32Array = new Uint32Array(0);
let sortingTupleRanks: Uint32Array = NONE;
let sortingGrouped: Uint32Array = NONE;
let sortingIds: Uint32Array = NONE;
let sortingPacked: Float64Array = new Float64Array(0);
let sortingPackedCount = 0;
let sortingKeys: Uint32Array = NONE;
let sortingStarts: Uint32Array = NONE;
let sortingEnds: Uint32Array = NONE;

function byLink(a: number, b: number): number {
  return compareLinks(sortingTupleRanks, sortingGrouped, sortingIds, a, b);
}

/** Fills `keys` with each node's key and `ends` with where each key ends (see `sortKey`). */
function sortKeys(
  keys: Uint32Array,
  ends: Uint32Array,
  starts: Uint32Array,
  tupleRanks: Uint32Array,
  grouped: Uint32Array,
  ids: Uint32Array,
): void {
  for (let link = 0; link < keys.length; link++) keys[link] = link;
  for (let nodeSlot = 0; nodeSlot < ends.length; nodeSlot++) {
    ends[nodeSlot] = sortKey(
      keys,
      starts[nodeSlot]!,
      starts[nodeSlot + 1]!,
      tupleRanks,
      grouped,
      ids,
    );
  }
}

/**
 * Sorts one node's links `keys[from … to - 1]` and drops each copy of a quad after the first;
 * returns where the kept links end.
 */
function sortKey(
  keys: Uint32Array,
  from: number,
  to: number,
  tupleRanks: Uint32Array,
  grouped: Uint32Array,
  ids: Uint32Array,
): number {
  if (to - from > INSERTION_SORT_LIMIT) {
    sortingTupleRanks = tupleRanks;
    sortingGrouped = grouped;
    sortingIds = ids;
    keys.set(Array.from(keys.subarray(from, to)).sort(byLink), from);
    sortingTupleRanks = sortingGrouped = sortingIds = NONE;
  } else {
    for (let position = from + 1; position < to; position++) {
      const link = keys[position]!;
      let before = position - 1;
      while (before >= from && compareLinks(tupleRanks, grouped, ids, keys[before]!, link) > 0) {
        keys[before + 1] = keys[before]!;
        before--;
      }
      keys[before + 1] = link;
    }
  }
  let end = from + 1;
  for (let position = from + 1; position < to; position++) {
    if (compareLinks(tupleRanks, grouped, ids, keys[end - 1]!, keys[position]!) !== 0) {
      keys[end++] = keys[position]!;
    }
  }
  return end;
}

/**
 * Labels the nodes `b0`, `b1`, … in `order` (by slot), in the table's terms (and drops their
 * cached texts), and notes each node's number by table index.
 */
function rename(
  order: readonly number[],
  met: Uint32Array,
  numbers: Int32Array,
  terms: Term[],
  texts: Array<string | undefined>,
): void {
  for (let position = 0; position < order.length; position++) {
    const node = met[order[position]!]!;
    numbers[node] = position;
    terms[node] = DataFactory.blankNode(`b${position}`);
    // Texts are built after relabelling as a rule; a cached one is dropped.
    if (node < texts.length) texts[node] = undefined;
  }
}

/** -1, 0 or 1 rather than a difference of doubles, which V8 boxes when a call returns it. */
function byKey(a: number, b: number): number {
  const first = sortingPacked[a]!;
  const second = sortingPacked[b]!;
  if (first !== second) return first < second ? -1 : 1;
  return compareKeys(
    a,
    b,
    sortingPackedCount,
    sortingKeys,
    sortingStarts,
    sortingEnds,
    sortingTupleRanks,
  );
}

/**
 * The nodes (by slot) in the order of their keys (their links' tuple ranks, compared in turn,
 * a key that is the start of another first); equal keys in the order the nodes were met. The
 * first two ranks of each key are packed into one number that decides most comparisons.
 */
function orderNodes(
  metCount: number,
  keys: Uint32Array,
  starts: Uint32Array,
  ends: Uint32Array,
  tupleRanks: Uint32Array,
): number[] {
  const scale = 2 ** Math.ceil(Math.log2(keys.length + 2));
  const packedCount = scale * (keys.length + 2) <= Number.MAX_SAFE_INTEGER ? 2 : 0;
  const packed = new Float64Array(metCount);
  if (packedCount === 2) packKeys(packed, scale, keys, starts, ends, tupleRanks);
  const order = new Array<number>(metCount);
  for (let nodeSlot = 0; nodeSlot < metCount; nodeSlot++) order[nodeSlot] = nodeSlot;
  sortingPacked = packed;
  sortingPackedCount = packedCount;
  sortingKeys = keys;
  sortingStarts = starts;
  sortingEnds = ends;
  sortingTupleRanks = tupleRanks;
  order.sort(byKey);
  sortingPacked = new Float64Array(0);
  sortingKeys = sortingStarts = sortingEnds = sortingTupleRanks = NONE;
  return order;
}

/** Each node's first two tuple ranks (each + 1, 0 for none) as one number. */
function packKeys(
  packed: Float64Array,
  scale: number,
  keys: Uint32Array,
  starts: Uint32Array,
  ends: Uint32Array,
  tupleRanks: Uint32Array,
): void {
  for (let nodeSlot = 0; nodeSlot < packed.length; nodeSlot++) {
    const from = starts[nodeSlot]!;
    const second = from + 1 < ends[nodeSlot]! ? tupleRanks[keys[from + 1]!]! + 1 : 0;
    packed[nodeSlot] = (tupleRanks[keys[from]!]! + 1) * scale + second;
  }
}

/** Compares two nodes' keys from position `from` on; equal keys in the order the nodes were met. */
function compareKeys(
  a: number,
  b: number,
  from: number,
  keys: Uint32Array,
  starts: Uint32Array,
  ends: Uint32Array,
  tupleRanks: Uint32Array,
): number {
  const first = starts[a]!;
  const second = starts[b]!;
  const lengthA = ends[a]! - first;
  const lengthB = ends[b]! - second;
  const shared = Math.min(lengthA, lengthB);
  for (let position = from; position < shared; position++) {
    const difference = tupleRanks[keys[first + position]!]! - tupleRanks[keys[second + position]!]!;
    if (difference !== 0) return difference;
  }
  return lengthA - lengthB || a - b;
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
    const renamed = (index: number) => isBlankNode(table, index);
    if (!renamed(subject!) && !renamed(object!) && !renamed(graph!)) return quad;
    return DataFactory.quad(
      (renamed(subject!) ? table.terms[subject!] : quad.subject) as Quad['subject'],
      quad.predicate,
      (renamed(object!) ? table.terms[object!] : quad.object) as Quad['object'],
      (renamed(graph!) ? table.terms[graph!] : quad.graph) as Quad['graph'],
    ) as Quad;
  });
}
