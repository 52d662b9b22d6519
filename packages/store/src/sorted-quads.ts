/**
 * The store's output order: quads de-duplicated and sorted by graph, subject, predicate
 * (`rdf:type` first) and object — the order of `compareQuads` — with blank nodes relabelled.
 * The distinct terms are ranked once (`term-ranks.ts`: `compareTerms` runs on them, not on every
 * pair of quads), blank nodes get labels from their neighbours' ranks and are ranked only then, and
 * the quads are put in order by a stable counting sort on their subjects' ranks (and graphs'),
 * each subject's few quads then sorted by predicate and object rank.
 * Writers then take the terms from the table: no quad is rebuilt unless quads are asked for.
 */
import type { Quad, Term } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { relabelTableBlankNodes } from './blank-nodes.js';
import { rankTerms } from './term-ranks.js';
import { indexQuads, isBlankNode, type TermTable } from './term-table.js';
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
  /** The kind of each term in `table` (its `TERM_RANK`). */
  kinds: Uint8Array;
  /** The value of each IRI and literal in `table` (see `TermRanks.values`). */
  values: ReadonlyArray<string | undefined>;
  /** The language of each literal in `table` ('' for none); undefined for others. */
  languages: ReadonlyArray<string | undefined>;
}

/** Runs of a subject's quads up to this long are sorted by insertion, longer by `Array.sort`. */
const INSERTION_SORT_LIMIT = 24;

/**
 * Sorts quads into the output order, drops duplicates (keeping the first copy in input order)
 * and gives blank nodes stable labels (see `relabelTableBlankNodes`). With `mergeGraphs`, all
 * quads are first moved into the default graph. Writers read the terms from the table; `toQuads`
 * turns the result into quads.
 *
 * The quads are put in order of graph and subject by stable counting sorts on their ranks;
 * each run of quads with one graph and subject (a handful, as a rule) is then sorted by
 * predicate and object, and its copies of a quad dropped.
 * @example sortQuadsIndexed(store.quads(), true) // Turtle's order
 */
export function sortQuadsIndexed(quads: readonly Quad[], mergeGraphs: boolean): SortedQuads {
  const { table, ids } = indexQuads(quads, mergeGraphs);
  const { terms } = table;
  // Blank nodes are ranked once they have their output labels (relabelling does not use
  // their ranks).
  const termRanks = rankTerms(terms, false);
  termRanks.rankBlankNodesAgain(relabelTableBlankNodes(table, ids, termRanks.ranks));
  const { ranks } = termRanks;
  const count = quads.length;
  // Per quad: its subject's rank, its graph's, its predicate's key (rdf:type first) and its
  // object's rank — small integers all, which V8 never boxes, even before it optimises a loop.
  const subjects = new Uint32Array(count);
  const graphs = mergeGraphs ? undefined : new Uint32Array(count);
  const predicates = new Uint32Array(count);
  const objects = new Uint32Array(count);
  fillColumns(ids, terms, ranks, subjects, graphs, predicates, objects);
  const bySubject = countingSort(undefined, subjects, terms.length);
  const order = graphs
    ? countingSort(bySubject.sorted, graphs, terms.length).sorted
    : bySubject.sorted;
  const kept = graphs
    ? keepRunsByNeighbours(order, graphs, subjects, predicates, objects)
    : keepRunsByBucket(order, bySubject.starts, predicates, objects);
  return {
    table,
    ids,
    order: order.subarray(0, kept),
    datatypes: termRanks.datatypes,
    kinds: termRanks.kinds,
    values: termRanks.values,
    languages: termRanks.languages,
  };
}

/**
 * Fills the sort columns from the term indices: each quad's subject rank, graph rank (when
 * graphs are kept), predicate key and object rank; each predicate's key (rdf:type 1, others
 * their rank + 2) is worked out once, only for terms that are predicates.
 */
function fillColumns(
  ids: Uint32Array,
  terms: readonly Term[],
  ranks: Uint32Array,
  subjects: Uint32Array,
  graphs: Uint32Array | undefined,
  predicates: Uint32Array,
  objects: Uint32Array,
): void {
  const predicateKeys = new Uint32Array(terms.length);
  for (let position = 0, at = 0; position < subjects.length; position++, at += 4) {
    const predicate = ids[at + 1]!;
    let key = predicateKeys[predicate]!;
    if (key === 0) {
      key = terms[predicate]!.value === RDF_TYPE ? 1 : ranks[predicate]! + 2;
      predicateKeys[predicate] = key;
    }
    subjects[position] = ranks[ids[at]!]!;
    if (graphs) graphs[position] = ranks[ids[at + 3]!]!;
    predicates[position] = key;
    objects[position] = ranks[ids[at + 2]!]!;
  }
}

/**
 * The positions in `order` (all positions of `values` in turn when undefined) sorted by
 * `values` (each below `buckets`), ties kept in the order of `order`: a stable counting sort.
 * Returns the sorted positions and, for each value, where its positions begin
 * (`starts[value]`; `starts[buckets]` is the end).
 */
function countingSort(
  order: Uint32Array | undefined,
  values: Uint32Array,
  buckets: number,
): { sorted: Uint32Array; starts: Uint32Array } {
  const starts = new Uint32Array(buckets + 1);
  for (let position = 0; position < values.length; position++) starts[values[position]! + 1]!++;
  for (let bucket = 1; bucket <= buckets; bucket++) starts[bucket]! += starts[bucket - 1]!;
  const next = starts.slice(0, buckets);
  const sorted = new Uint32Array(values.length);
  for (let index = 0; index < values.length; index++) {
    const position = order === undefined ? index : order[index]!;
    sorted[next[values[position]!]!++] = position;
  }
  return { sorted, starts };
}

/** Sorts and de-duplicates each subject's run (a bucket of `starts`); returns the count kept. */
function keepRunsByBucket(
  order: Uint32Array,
  starts: Uint32Array,
  predicates: Uint32Array,
  objects: Uint32Array,
): number {
  let kept = 0;
  for (let bucket = 0; bucket + 1 < starts.length; bucket++) {
    const from = starts[bucket]!;
    const to = starts[bucket + 1]!;
    if (to > from) kept = keepRun(order, from, to, kept, predicates, objects);
  }
  return kept;
}

/** Sorts and de-duplicates each run of one graph and subject; returns the count kept. */
function keepRunsByNeighbours(
  order: Uint32Array,
  graphs: Uint32Array,
  subjects: Uint32Array,
  predicates: Uint32Array,
  objects: Uint32Array,
): number {
  let kept = 0;
  let from = 0;
  for (let position = 1; position <= order.length; position++) {
    if (
      position === order.length ||
      graphs[order[position]!] !== graphs[order[from]!] ||
      subjects[order[position]!] !== subjects[order[from]!]
    ) {
      kept = keepRun(order, from, position, kept, predicates, objects);
      from = position;
    }
  }
  return kept;
}

/** Compares two quads of one run by predicate, then object. */
function compareRest(predicates: Uint32Array, objects: Uint32Array, a: number, b: number): number {
  return predicates[a]! - predicates[b]! || objects[a]! - objects[b]!;
}

/*
 * What `byRest` reads, set just before `Array.prototype.sort` runs and reset just after (a
 * module function keeps its optimised code from one export to the next; see `term-ranks.ts`).
 */
const NONE: Uint32Array = new Uint32Array(0);
let sortingPredicates: Uint32Array = NONE;
let sortingObjects: Uint32Array = NONE;

function byRest(a: number, b: number): number {
  return compareRest(sortingPredicates, sortingObjects, a, b);
}

/**
 * Sorts the run `order[from … to - 1]` stably by predicate and object and moves its distinct
 * quads to `order[kept …]`; returns the new count kept.
 */
function keepRun(
  order: Uint32Array,
  from: number,
  to: number,
  kept: number,
  predicates: Uint32Array,
  objects: Uint32Array,
): number {
  if (to - from > INSERTION_SORT_LIMIT) {
    sortingPredicates = predicates;
    sortingObjects = objects;
    order.set(Array.from(order.subarray(from, to)).sort(byRest), from);
    sortingPredicates = sortingObjects = NONE;
  } else {
    for (let position = from + 1; position < to; position++) {
      const item = order[position]!;
      let before = position - 1;
      while (before >= from && compareRest(predicates, objects, order[before]!, item) > 0) {
        order[before + 1] = order[before]!;
        before--;
      }
      order[before + 1] = item;
    }
  }
  order[kept++] = order[from]!;
  for (let position = from + 1; position < to; position++) {
    if (compareRest(predicates, objects, order[position - 1]!, order[position]!) !== 0) {
      order[kept++] = order[position]!;
    }
  }
  return kept;
}

/**
 * The sorted quads as RDF/JS quads: an input quad is passed through when its terms stay the
 * same, and rebuilt when a blank node was relabelled or (with `mergeGraphs`) its graph merged.
 */
export function toQuads(sorted: SortedQuads, quads: readonly Quad[]): Quad[] {
  const { table, ids, order } = sorted;
  const result = new Array<Quad>(order.length);
  for (let index = 0; index < order.length; index++) {
    const position = order[index]!;
    const quad = quads[position]!;
    const at = 4 * position;
    const [subject, predicate, object, graph] = [
      ids[at]!,
      ids[at + 1]!,
      ids[at + 2]!,
      ids[at + 3]!,
    ];
    const changed =
      isBlankNode(table, subject) ||
      isBlankNode(table, object) ||
      isBlankNode(table, graph) ||
      (table.terms[graph]!.termType === 'DefaultGraph' && quad.graph.termType !== 'DefaultGraph');
    result[index] = changed
      ? (DataFactory.quad(
          table.terms[subject] as Quad['subject'],
          table.terms[predicate] as Quad['predicate'],
          table.terms[object] as Quad['object'],
          table.terms[graph] as Quad['graph'],
        ) as Quad)
      : quad;
  }
  return result;
}
