/**
 * Ranks for the distinct terms of a `TermTable`, in `compareTerms` order: terms that compare
 * equal share a rank, and comparing two ranks gives the same answer as comparing the terms. Each
 * kind of term (the default graph, IRIs, blank nodes, literals, quoted triples, variables) gets
 * a block of ranks of its own, kinds in `compareTerms` order, so the blank nodes can be ranked
 * again once they are relabelled without touching the ranks of any other term — which is what
 * lets blank-node labels be chosen from the ranks of their neighbours (`blank-nodes.ts`).
 */
import type { Quad, Term } from '@rdfjs/types';
import { compareQuads, TERM_RANK } from './terms.js';

/** The ranks of a table's terms, with what was read from them on the way. */
export interface TermRanks {
  /** The rank of each term, by table index. */
  readonly ranks: Uint32Array;
  /** The datatype IRI of each literal without a language; undefined for other terms. */
  readonly datatypes: ReadonlyArray<string | undefined>;
  /** Ranks the blank nodes (again) from their current labels (after `TermTable.replace`). */
  rankBlankNodesAgain(): void;
}

const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Sorts `members` with `compare` and gives them ranks from `first` on, equal terms one rank. */
function rankMembers(
  members: number[],
  compare: (a: number, b: number) => number,
  ranks: Uint32Array,
  first: number,
): void {
  members.sort(compare);
  let rank = first - 1;
  members.forEach((index, position) => {
    if (position === 0 || compare(members[position - 1]!, index) !== 0) rank++;
    ranks[index] = rank;
  });
}

/**
 * Ranks the terms in `compareTerms` order. With `withBlankNodes` false the blank nodes are left
 * unranked (all at the first rank of their block) until `rankBlankNodesAgain`, which saves
 * sorting labels that are about to be replaced.
 * @example rankTerms(table.terms).ranks[table.intern(namedNode('http://e/a'))]
 */
export function rankTerms(terms: readonly Term[], withBlankNodes = true): TermRanks {
  const count = terms.length;
  const values: string[] = new Array<string>(count);
  const datatypes = new Array<string | undefined>(count);
  const languages: string[] = new Array<string>(count);
  const byKind: number[][] = Object.values(TERM_RANK).map(() => []);
  for (let index = 0; index < count; index++) {
    const term = terms[index]!;
    byKind[TERM_RANK[term.termType]]!.push(index);
    values[index] = term.value;
    if (term.termType === 'Literal') {
      languages[index] = term.language;
      datatypes[index] = term.datatype.value;
    }
  }
  const byValue = (a: number, b: number) => text(values[a]!, values[b]!);
  const compareWithin = (kind: number): ((a: number, b: number) => number) => {
    if (kind === TERM_RANK.Quad) return (a, b) => compareQuads(terms[a] as Quad, terms[b] as Quad);
    if (kind !== TERM_RANK.Literal) return byValue;
    return (a, b) =>
      byValue(a, b) || text(datatypes[a]!, datatypes[b]!) || text(languages[a]!, languages[b]!);
  };
  const ranks = new Uint32Array(count);
  const firstRanks: number[] = [];
  let first = 0;
  byKind.forEach((members, kind) => {
    firstRanks[kind] = first;
    if (kind === TERM_RANK.BlankNode && !withBlankNodes) {
      for (const index of members) ranks[index] = first;
    } else {
      rankMembers(members, compareWithin(kind), ranks, first);
    }
    first += members.length;
  });
  const blankNodes = byKind[TERM_RANK.BlankNode]!;
  return {
    ranks,
    datatypes: datatypes.map((datatype, index) => (languages[index] ? undefined : datatype)),
    rankBlankNodesAgain: () => {
      for (const index of blankNodes) values[index] = terms[index]!.value;
      rankMembers(blankNodes, byValue, ranks, firstRanks[TERM_RANK.BlankNode]!);
    },
  };
}
