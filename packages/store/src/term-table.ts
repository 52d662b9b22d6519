/**
 * A table of the distinct terms of a dataset, for sorting and writing large exports: each
 * distinct term is looked up once by n3's `termToId` key (one map per term type, so an IRI can
 * never be mistaken for a blank node or a literal) and gets a small integer, and its N-Triples
 * text is built at most once. Later comparisons, duplicate checks and output lines then work on
 * integers and cached strings instead of building a string per comparison or per line.
 *
 * The table is a plain record and the functions over it are module functions, not methods of
 * a class instance or closures made per table: V8 drops the hidden class of class instances with
 * the last instance, and forgets a closure called from a loop when it is collected, and either
 * way throws away the optimised code that relied on it. With a garbage collection between two
 * exports (as a long-lived process has, and as the benchmark forces), the second export would
 * start over from unoptimised code; this way it does not. The other export modules follow the
 * same rule in their loops.
 */
import type { Quad, Term } from '@rdfjs/types';
import { DataFactory, termToId } from 'n3';
import { termToNTriples } from './terms.js';

/** n3's key for a term; it accepts any RDF/JS term, though its declaration names n3's own. */
const termKey = termToId as (term: Term) => string;

/** The distinct terms seen so far, each with its index in `terms` (see `createTermTable`). */
export interface TermTable {
  /** The terms by index; a blank node may be replaced by its output label (see `replaceTerm`). */
  readonly terms: Term[];
  /** The indices of the blank nodes interned through `internTerm`, in first-seen order. */
  readonly blankNodes: number[];
  /** Whether each term is one of `blankNodes`, by index. */
  readonly blank: boolean[];
  readonly namedNodes: Map<string, number>;
  readonly blanks: Map<string, number>;
  readonly literals: Map<string, number>;
  /** Default graph, variables, quoted triples and blank nodes in predicate position. */
  readonly others: Map<string, number>;
  /** The IRIs seen as predicates, with their indices in `terms` (in front of `namedNodes`). */
  readonly predicates: Map<string, number>;
  /** N-Triples texts built so far (see `termNTriples`). */
  readonly texts: Array<string | undefined>;
}

/**
 * An empty term table.
 * @example const table = createTermTable(); internTerm(table, namedNode('http://e/a')) // 0
 */
export function createTermTable(): TermTable {
  return {
    terms: [],
    blankNodes: [],
    blank: [],
    namedNodes: new Map(),
    blanks: new Map(),
    literals: new Map(),
    others: new Map(),
    predicates: new Map(),
    texts: [],
  };
}

function lookUp(
  terms: Term[],
  blank: boolean[],
  map: Map<string, number>,
  key: string,
  term: Term,
): number {
  let index = map.get(key);
  if (index === undefined) {
    index = terms.length;
    map.set(key, index);
    terms.push(term);
    blank.push(false);
  }
  return index;
}

/**
 * `internTerm` on the parts of a table, so that loops pass only arrays and maps (whose hidden
 * classes V8 never drops) to the functions they call.
 */
function intern(
  terms: Term[],
  blankNodes: number[],
  blank: boolean[],
  namedNodes: Map<string, number>,
  literals: Map<string, number>,
  blanks: Map<string, number>,
  others: Map<string, number>,
  term: Term,
): number {
  switch (term.termType) {
    case 'NamedNode':
      return lookUp(terms, blank, namedNodes, termKey(term), term);
    case 'Literal':
      return lookUp(terms, blank, literals, termKey(term), term);
    case 'BlankNode': {
      const before = terms.length;
      const index = lookUp(terms, blank, blanks, termKey(term), term);
      if (index === before) {
        blankNodes.push(index);
        blank[index] = true;
      }
      return index;
    }
    default:
      return lookUp(terms, blank, others, `${term.termType} ${termKey(term)}`, term);
  }
}

/** `internPredicate` on the parts of a table (see `intern`). */
function internVerb(
  terms: Term[],
  blankNodes: number[],
  blank: boolean[],
  namedNodes: Map<string, number>,
  literals: Map<string, number>,
  blanks: Map<string, number>,
  others: Map<string, number>,
  predicates: Map<string, number>,
  term: Term,
): number {
  if (term.termType === 'BlankNode') {
    return lookUp(terms, blank, others, `predicate ${termKey(term)}`, term);
  }
  // A dataset has few predicates, so a map of their own stays in the processor's cache, where
  // the map of every IRI would not.
  const key = termKey(term);
  let index = predicates.get(key);
  if (index === undefined) {
    index = intern(terms, blankNodes, blank, namedNodes, literals, blanks, others, term);
    predicates.set(key, index);
  }
  return index;
}

/**
 * The index of a term in the table, adding it when it is new.
 * @example internTerm(table, DataFactory.namedNode('http://example.org/a')) // 0
 */
export function internTerm(table: TermTable, term: Term): number {
  const { terms, blankNodes, blank, namedNodes, literals, blanks, others } = table;
  return intern(terms, blankNodes, blank, namedNodes, literals, blanks, others, term);
}

/**
 * Like `internTerm`, but a blank node (not valid RDF as a predicate, though parsers of
 * generalised RDF let it through) is kept apart from the blank nodes that get new labels, so it
 * is written exactly as it came.
 */
export function internPredicate(table: TermTable, term: Term): number {
  const { terms, blankNodes, blank, namedNodes, literals, blanks, others, predicates } = table;
  return internVerb(
    terms,
    blankNodes,
    blank,
    namedNodes,
    literals,
    blanks,
    others,
    predicates,
    term,
  );
}

/** Whether the term at `index` is a blank node that `internTerm` gave its own entry. */
export function isBlankNode(table: TermTable, index: number): boolean {
  return table.blank[index]!;
}

/** Puts another term (a relabelled blank node) in the place of the term at `index`. */
export function replaceTerm(table: TermTable, index: number, term: Term): void {
  table.terms[index] = term;
  table.texts[index] = undefined;
}

/** The N-Triples text of the term at `index` (built once). */
export function termNTriples(table: TermTable, index: number): string {
  return (table.texts[index] ??= termToNTriples(table.terms[index]!));
}

/** A dataset as term indices: `ids` holds subject, predicate, object and graph of each quad. */
export interface IndexedQuads {
  table: TermTable;
  ids: Uint32Array;
}

/**
 * Interns the terms of every quad, in input order. With `mergeGraphs`, every quad counts as
 * being in the default graph (the union that Turtle and N-Triples can express).
 * @example const { table, ids } = indexQuads(store.quads(), false);
 */
export function indexQuads(quads: readonly Quad[], mergeGraphs: boolean): IndexedQuads {
  const table = createTermTable();
  const ids = new Uint32Array(4 * quads.length);
  const defaultGraph = internTerm(table, DataFactory.defaultGraph());
  const { terms, blankNodes, blank, namedNodes, literals, blanks, others, predicates } = table;
  indexInto(
    quads,
    mergeGraphs,
    defaultGraph,
    ids,
    terms,
    blankNodes,
    blank,
    namedNodes,
    literals,
    blanks,
    others,
    predicates,
  );
  return { table, ids };
}

function indexInto(
  quads: readonly Quad[],
  mergeGraphs: boolean,
  defaultGraph: number,
  ids: Uint32Array,
  terms: Term[],
  blankNodes: number[],
  blank: boolean[],
  namedNodes: Map<string, number>,
  literals: Map<string, number>,
  blanks: Map<string, number>,
  others: Map<string, number>,
  predicates: Map<string, number>,
): void {
  // Parsers hand out the same subject and graph objects for consecutive quads (a subject's
  // predicate list, a graph block), so the previous quad's terms are checked first.
  let subject: Term | undefined;
  let subjectIndex = 0;
  let graph: Term | undefined;
  let graphIndex = defaultGraph;
  for (let position = 0, at = 0; position < quads.length; position++, at += 4) {
    const quad = quads[position]!;
    if (quad.subject !== subject) {
      subject = quad.subject;
      subjectIndex = intern(
        terms,
        blankNodes,
        blank,
        namedNodes,
        literals,
        blanks,
        others,
        subject,
      );
    }
    ids[at] = subjectIndex;
    ids[at + 1] = internVerb(
      terms,
      blankNodes,
      blank,
      namedNodes,
      literals,
      blanks,
      others,
      predicates,
      quad.predicate,
    );
    ids[at + 2] = intern(
      terms,
      blankNodes,
      blank,
      namedNodes,
      literals,
      blanks,
      others,
      quad.object,
    );
    if (!mergeGraphs && quad.graph !== graph) {
      graph = quad.graph;
      graphIndex = intern(terms, blankNodes, blank, namedNodes, literals, blanks, others, graph);
    }
    ids[at + 3] = graphIndex;
  }
}
