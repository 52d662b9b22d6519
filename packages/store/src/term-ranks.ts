/**
 * Ranks for the distinct terms of a `TermTable`, in `compareTerms` order: terms that compare
 * equal share a rank, and comparing two ranks gives the same answer as comparing the terms. Each
 * kind of term (the default graph, IRIs, blank nodes, literals, quoted triples, variables) gets
 * a block of ranks of its own, kinds in `compareTerms` order, so the blank nodes can be ranked
 * again once they are relabelled without touching the ranks of any other term — which is what
 * lets blank-node labels be chosen from the ranks of their neighbours (`blank-nodes.ts`). Blank
 * nodes renamed `b0`, `b1`, … are ranked from their numbers, in the order of the labels' text,
 * without comparing any string. What ranking reads from each term (value, datatype, language)
 * is kept for the writers, IRIs' and literals' values as compact copies (`compactValues`).
 * Loops live in module functions that take their data as arguments (see `term-table.ts` for why).
 */
import { Buffer } from 'node:buffer';
import type { Quad, Term } from '@rdfjs/types';
import { compareQuads, TERM_RANK } from './terms.js';

/** The ranks of a table's terms, with what was read from them on the way. */
export interface TermRanks {
  /** The rank of each term, by table index. */
  readonly ranks: Uint32Array;
  /** The kind of each term (its `TERM_RANK`), by table index. */
  readonly kinds: Uint8Array;
  /**
   * The value of each term, by table index; a blank node's only once it is ranked by its
   * label (not for `rankBlankNodesAgain` with numbers), none for quoted triples.
   */
  readonly values: ReadonlyArray<string | undefined>;
  /** The language of each literal ('' for none); undefined for other terms. */
  readonly languages: ReadonlyArray<string | undefined>;
  /** The datatype IRI of each literal without a language; undefined for other terms. */
  readonly datatypes: ReadonlyArray<string | undefined>;
  /**
   * Ranks the blank nodes (again) from their current labels (after `replaceTerm`). With
   * `numbers` — by table index, `n` for a blank node now labelled `b<n>`, -1 for any other term,
   * the numbers of the blank nodes being 0 … count - 1 — the ranks follow from the numbers.
   */
  rankBlankNodesAgain(numbers?: Int32Array): void;
}

/**
 * The position of each of the labels `b0` … `b<count - 1>` when they are sorted as text
 * (`b0`, `b1`, `b10`, `b100`, …, `b11`, …, `b2`, …), by number: the numbers in preorder of
 * their decimal digits.
 * @example numberedLabelOrder(12) // b0 b1 b10 b11 b2 … b9: [0, 1, 4, 5, …, 11, 2, 3]
 */
export function numberedLabelOrder(count: number): Uint32Array {
  const positions = new Uint32Array(count);
  if (count === 0) return positions;
  let next = 0;
  positions[0] = next++;
  // Depth first over the digits, children in digit order: a number, then every number it begins.
  const stack: number[] = [];
  for (let first = Math.min(9, count - 1); first >= 1; first--) stack.push(first);
  while (stack.length > 0) {
    const number = stack.pop()!;
    positions[number] = next++;
    for (let child = Math.min(number * 10 + 9, count - 1); child >= number * 10; child--) {
      stack.push(child);
    }
  }
  return positions;
}

/**
 * Ranks the terms in `compareTerms` order. With `withBlankNodes` false the blank nodes are left
 * unranked (all at the first rank of their block) until `rankBlankNodesAgain`, which saves
 * sorting labels that are about to be replaced.
 * @example rankTerms(table.terms).ranks[internTerm(table, namedNode('http://e/a'))]
 */
export function rankTerms(terms: readonly Term[], withBlankNodes = true): TermRanks {
  const count = terms.length;
  const values = new Array<string | undefined>(count);
  const datatypes = new Array<string | undefined>(count);
  const languages = new Array<string | undefined>(count);
  /** Each literal's datatype, a language-tagged one's too (`rdf:langString` or its like). */
  const types = new Array<string | undefined>(count);
  const kinds = new Uint8Array(count);
  const byKind: number[][] = Object.values(TERM_RANK).map(() => []);
  readTerms(terms, withBlankNodes, kinds, byKind, values, types, languages, datatypes);
  compactValues(values, byKind[TERM_RANK.NamedNode]!);
  compactValues(values, byKind[TERM_RANK.Literal]!);
  const ranks = new Uint32Array(count);
  const firstRanks: number[] = [];
  let first = 0;
  byKind.forEach((members, kind) => {
    firstRanks[kind] = first;
    if (kind === TERM_RANK.BlankNode && !withBlankNodes) {
      for (let position = 0; position < members.length; position++)
        ranks[members[position]!] = first;
    } else if (kind === TERM_RANK.Quad) {
      rankQuads(members, terms, ranks, first);
    } else if (kind === TERM_RANK.Literal) {
      sortLiterals(members, values, types, languages);
      rankLiterals(members, values, types, languages, ranks, first);
    } else {
      sortByValue(members, values);
      rankByValue(members, values, ranks, first);
    }
    first += members.length;
  });
  const blankNodes = byKind[TERM_RANK.BlankNode]!;
  const blankFirst = firstRanks[TERM_RANK.BlankNode]!;
  return {
    ranks,
    kinds,
    values,
    languages,
    datatypes,
    rankBlankNodesAgain: (numbers) =>
      rankBlankNodes(blankNodes, terms, values, ranks, blankFirst, numbers),
  };
}

function readTerms(
  terms: readonly Term[],
  withBlankNodes: boolean,
  kinds: Uint8Array,
  byKind: number[][],
  values: Array<string | undefined>,
  types: Array<string | undefined>,
  languages: Array<string | undefined>,
  datatypes: Array<string | undefined>,
): void {
  for (let index = 0; index < terms.length; index++) {
    const term = terms[index]!;
    const kind = TERM_RANK[term.termType];
    kinds[index] = kind;
    byKind[kind]!.push(index);
    if (kind === TERM_RANK.Quad || (kind === TERM_RANK.BlankNode && !withBlankNodes)) continue;
    values[index] = term.value;
    if (kind === TERM_RANK.Literal) {
      const literal = term as Term & { language: string; datatype: Term };
      const language = literal.language;
      const type = literal.datatype.value;
      languages[index] = language;
      types[index] = type;
      if (!language) datatypes[index] = type;
    }
  }
}

/** The most characters `compactValues` copies through one buffer. */
const COMPACT_BATCH = 1 << 26;

/**
 * Replaces the values of `members` by compact copies when they are all ASCII: the values are
 * joined, written into one Latin-1 buffer and read back one by one, which makes each a
 * sequential string of its own. A parser's values are mostly slices of the parsed text, and V8
 * compares two slices (and runs regular expressions on them) through calls into its runtime
 * and with the characters scattered over the text, where it compares two sequential strings in
 * generated code: at a million triples, sorting the IRIs takes about a quarter of the time on
 * the copies, and the Turtle writer finds escapes and prefixes faster too. Values are copied in
 * batches of at most `COMPACT_BATCH` characters; a batch with any other character is left as
 * it is.
 */
function compactValues(values: Array<string | undefined>, members: readonly number[]): void {
  const parts = new Array<string>(members.length);
  const lengths = new Uint32Array(members.length);
  for (let position = 0; position < members.length; position++) {
    const value = values[members[position]!]!;
    parts[position] = value;
    lengths[position] = value.length;
  }
  let from = 0;
  while (from < members.length) {
    let to = from + 1;
    let length = lengths[from]!;
    while (to < members.length && length + lengths[to]! <= COMPACT_BATCH) length += lengths[to++]!;
    const joined = (from === 0 && to === members.length ? parts : parts.slice(from, to)).join('');
    if (Buffer.byteLength(joined, 'utf8') === joined.length) {
      const bytes = Buffer.from(joined, 'latin1');
      for (let position = from, offset = 0; position < to; position++) {
        const end = offset + lengths[position]!;
        values[members[position]!] = bytes.toString('latin1', offset, end);
        offset = end;
      }
    }
    from = to;
  }
}

const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/*
 * What the comparators below read, set just before `Array.prototype.sort` runs and reset just
 * after: comparators that are module functions keep their optimised code from one export to
 * the next, where a closure made per export is compiled again for each.
 */
let sortValues: ReadonlyArray<string | undefined> = [];
let sortTypes: ReadonlyArray<string | undefined> = [];
let sortLanguages: ReadonlyArray<string | undefined> = [];

function byValue(a: number, b: number): number {
  return text(sortValues[a]!, sortValues[b]!);
}

function byLiteral(a: number, b: number): number {
  return (
    text(sortValues[a]!, sortValues[b]!) ||
    text(sortTypes[a]!, sortTypes[b]!) ||
    text(sortLanguages[a]!, sortLanguages[b]!)
  );
}

function sortByValue(members: number[], values: ReadonlyArray<string | undefined>): void {
  sortValues = values;
  members.sort(byValue);
  sortValues = [];
}

function sortLiterals(
  members: number[],
  values: ReadonlyArray<string | undefined>,
  types: ReadonlyArray<string | undefined>,
  languages: ReadonlyArray<string | undefined>,
): void {
  sortValues = values;
  sortTypes = types;
  sortLanguages = languages;
  members.sort(byLiteral);
  sortValues = sortTypes = sortLanguages = [];
}

/** Gives sorted `members` ranks from `first` on, equal values one rank. */
function rankByValue(
  members: readonly number[],
  values: ReadonlyArray<string | undefined>,
  ranks: Uint32Array,
  first: number,
): void {
  let rank = first - 1;
  let previous = -1;
  for (let position = 0; position < members.length; position++) {
    const index = members[position]!;
    if (previous < 0 || values[previous] !== values[index]) rank++;
    ranks[index] = rank;
    previous = index;
  }
}

/** Gives sorted literals ranks from `first` on, equal literals one rank. */
function rankLiterals(
  members: readonly number[],
  values: ReadonlyArray<string | undefined>,
  types: ReadonlyArray<string | undefined>,
  languages: ReadonlyArray<string | undefined>,
  ranks: Uint32Array,
  first: number,
): void {
  let rank = first - 1;
  let previous = -1;
  for (let position = 0; position < members.length; position++) {
    const index = members[position]!;
    const same =
      previous >= 0 &&
      values[previous] === values[index] &&
      types[previous] === types[index] &&
      languages[previous] === languages[index];
    if (!same) rank++;
    ranks[index] = rank;
    previous = index;
  }
}

/** Sorts quoted triples with `compareQuads` and gives them ranks from `first` on. */
function rankQuads(members: number[], terms: readonly Term[], ranks: Uint32Array, first: number) {
  members.sort((a, b) => compareQuads(terms[a] as Quad, terms[b] as Quad));
  let rank = first - 1;
  members.forEach((index, position) => {
    const previous = members[position - 1];
    if (previous === undefined || compareQuads(terms[previous] as Quad, terms[index] as Quad)) {
      rank++;
    }
    ranks[index] = rank;
  });
}

function rankBlankNodes(
  blankNodes: number[],
  terms: readonly Term[],
  values: Array<string | undefined>,
  ranks: Uint32Array,
  first: number,
  numbers: Int32Array | undefined,
): void {
  if (numbers !== undefined && numberedFromZero(blankNodes, numbers)) {
    const positions = numberedLabelOrder(blankNodes.length);
    for (let position = 0; position < blankNodes.length; position++) {
      const index = blankNodes[position]!;
      ranks[index] = first + positions[numbers[index]!]!;
    }
    return;
  }
  for (const index of blankNodes) values[index] = terms[index]!.value;
  sortByValue(blankNodes, values);
  rankByValue(blankNodes, values, ranks, first);
}

/** Whether every one of the blank nodes has a number from 0 to their count - 1. */
function numberedFromZero(blankNodes: readonly number[], numbers: Int32Array): boolean {
  for (let position = 0; position < blankNodes.length; position++) {
    const number = numbers[blankNodes[position]!]!;
    if (number < 0 || number >= blankNodes.length) return false;
  }
  return true;
}
