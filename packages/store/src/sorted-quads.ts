/**
 * The store's output order: quads de-duplicated and sorted by graph, subject, predicate
 * (`rdf:type` first) and object — the order of `compareQuads` — with blank nodes relabelled.
 * The distinct terms are ranked once (`term-ranks.ts`: `compareTerms` runs on them, not on every
 * pair of quads), blank nodes get labels from their neighbours' ranks and are ranked only then, and
 * the quads are put in order by a stable counting sort on their terms' ranks.
 * Writers then take the terms from the table: no quad is rebuilt unless quads are asked for.
 */
import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { relabelTableBlankNodes } from './blank-nodes.js';
import { rankTerms } from './term-ranks.js';
import { indexQuads, type TermTable } from './term-table.js';
import { RDF_TYPE } from './terms.js';

/**
 * A dataset in output order: `order` lists the input positions of the distinct quads, sorted;
 * the terms of input quad `n` are `table.terms[ids[4n]]` (subject), `ids[4n + 1]` (predicate),
 * `ids[4n + 2]` (object) and `ids[4n + 3]` (graph), blank nodes already relabelled.
 */
export interface SortedQuads {
  table: TermTable;
  ids: Uint32Array;
  order: Uint32Array;
  /** The datatype IRI of each literal in `table` without a language; undefined for others. */
  datatypes: ReadonlyArray<string | undefined>;
}

/**
 * The positions `0 … count - 1` ordered by the columns (most significant first), ties in
 * input order: a stable counting sort per column, least significant column first. Every value
 * must be below `buckets`.
 */
function orderByColumns(
  columns: readonly Uint32Array[],
  count: number,
  buckets: number,
): Uint32Array {
  let order = new Uint32Array(count);
  for (let position = 0; position < count; position++) order[position] = position;
  let next = new Uint32Array(count);
  const starts = new Uint32Array(buckets + 1);
  for (let column = columns.length - 1; column >= 0; column--) {
    const values = columns[column]!;
    starts.fill(0);
    for (let position = 0; position < count; position++) starts[values[position]! + 1]!++;
    for (let bucket = 1; bucket <= buckets; bucket++) starts[bucket]! += starts[bucket - 1]!;
    for (let position = 0; position < count; position++) {
      const item = order[position]!;
      next[starts[values[item]!]!++] = item;
    }
    [order, next] = [next, order];
  }
  return order;
}

/**
 * Sorts quads into the output order, drops duplicates (keeping the first copy in input order)
 * and gives blank nodes stable labels (see `relabelTableBlankNodes`). With `mergeGraphs`, all
 * quads are first moved into the default graph. Writers read the terms from the table; `toQuads`
 * turns the result into quads.
 * @example sortQuadsIndexed(store.quads(), true) // Turtle's order
 */
export function sortQuadsIndexed(quads: readonly Quad[], mergeGraphs: boolean): SortedQuads {
  const { table, ids } = indexQuads(quads, mergeGraphs);
  const { terms } = table;
  // Blank nodes are ranked once they have their output labels (relabelling does not use
  // their ranks).
  const termRanks = rankTerms(terms, false);
  relabelTableBlankNodes(table, ids, termRanks.ranks);
  termRanks.rankBlankNodesAgain();
  const { ranks, datatypes } = termRanks;
  const count = quads.length;
  // One column of ranks per position, in sort order; predicates put rdf:type first. Each
  // predicate's key is worked out once (0: not yet), only for terms that are predicates.
  const graphs = new Uint32Array(count);
  const subjects = new Uint32Array(count);
  const predicates = new Uint32Array(count);
  const objects = new Uint32Array(count);
  const predicateKeys = new Uint32Array(terms.length);
  for (let position = 0, at = 0; position < count; position++, at += 4) {
    const predicate = ids[at + 1]!;
    let key = predicateKeys[predicate]!;
    if (key === 0) {
      key = terms[predicate]!.value === RDF_TYPE ? 1 : ranks[predicate]! + 2;
      predicateKeys[predicate] = key;
    }
    subjects[position] = ranks[ids[at]!]!;
    predicates[position] = key;
    objects[position] = ranks[ids[at + 2]!]!;
    graphs[position] = ranks[ids[at + 3]!]!;
  }
  // Merged graphs are all the default graph: there is nothing to sort by.
  const columns = mergeGraphs
    ? [subjects, predicates, objects]
    : [graphs, subjects, predicates, objects];
  const order = orderByColumns(columns, count, terms.length + 2);
  let kept = 0;
  let previous = -1;
  for (const position of order) {
    const duplicate =
      previous >= 0 &&
      graphs[position] === graphs[previous] &&
      subjects[position] === subjects[previous] &&
      predicates[position] === predicates[previous] &&
      objects[position] === objects[previous];
    if (duplicate) continue;
    order[kept++] = previous = position;
  }
  return { table, ids, order: order.subarray(0, kept), datatypes };
}

/**
 * The sorted quads as RDF/JS quads: an input quad is passed through when its terms stay the
 * same, and rebuilt when a blank node was relabelled or (with `mergeGraphs`) its graph merged.
 */
export function toQuads(sorted: SortedQuads, quads: readonly Quad[]): Quad[] {
  const { table, ids, order } = sorted;
  const result = new Array<Quad>(order.length);
  order.forEach((position, index) => {
    const quad = quads[position]!;
    const at = 4 * position;
    const [subject, predicate, object, graph] = [
      ids[at]!,
      ids[at + 1]!,
      ids[at + 2]!,
      ids[at + 3]!,
    ];
    const changed =
      table.isBlankNode(subject) ||
      table.isBlankNode(object) ||
      table.isBlankNode(graph) ||
      (table.terms[graph]!.termType === 'DefaultGraph' && quad.graph.termType !== 'DefaultGraph');
    result[index] = changed
      ? (DataFactory.quad(
          table.terms[subject] as Quad['subject'],
          table.terms[predicate] as Quad['predicate'],
          table.terms[object] as Quad['object'],
          table.terms[graph] as Quad['graph'],
        ) as Quad)
      : quad;
  });
  return result;
}
