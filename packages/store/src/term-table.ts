/**
 * A table of the distinct terms of a dataset, for sorting and writing large exports: each
 * distinct term is looked up once by n3's `termToId` key (one map per term type, so an IRI can
 * never be mistaken for a blank node or a literal) and gets a small integer, and its N-Triples
 * text is built at most once. Later comparisons, duplicate checks and output lines then work on
 * integers and cached strings instead of building a string per comparison or per line.
 */
import type { Quad, Term } from '@rdfjs/types';
import { DataFactory, termToId } from 'n3';
import { termToNTriples } from './terms.js';

/** n3's key for a term; it accepts any RDF/JS term, though its declaration names n3's own. */
const termKey = termToId as (term: Term) => string;

/** The distinct terms seen so far, each with its index in `terms`. */
export class TermTable {
  /** The terms by index; a blank node may be replaced by its output label (see `replace`). */
  readonly terms: Term[] = [];
  /** The indices of the blank nodes interned through `intern`, in first-seen order. */
  readonly blankNodes: number[] = [];
  private readonly namedNodes = new Map<string, number>();
  private readonly blanks = new Map<string, number>();
  private readonly literals = new Map<string, number>();
  /** Default graph, variables, quoted triples and blank nodes in predicate position. */
  private readonly others = new Map<string, number>();
  /** The IRIs seen as predicates, with their indices in `terms` (a cache in front of `intern`). */
  private readonly predicates = new Map<string, number>();
  private readonly text: Array<string | undefined> = [];
  private readonly blank: boolean[] = [];

  /**
   * The index of a term, adding it when it is new.
   * @example table.intern(DataFactory.namedNode('http://example.org/a')) // 0
   */
  intern(term: Term): number {
    switch (term.termType) {
      case 'NamedNode':
        return this.lookUp(this.namedNodes, termKey(term), term);
      case 'Literal':
        return this.lookUp(this.literals, termKey(term), term);
      case 'BlankNode': {
        const before = this.terms.length;
        const index = this.lookUp(this.blanks, termKey(term), term);
        if (index === before) {
          this.blankNodes.push(index);
          this.blank[index] = true;
        }
        return index;
      }
      default:
        return this.lookUp(this.others, `${term.termType} ${termKey(term)}`, term);
    }
  }

  /**
   * Like `intern`, but a blank node (not valid RDF as a predicate, though parsers of generalised
   * RDF let it through) is kept apart from the blank nodes that get new labels, so it is written
   * exactly as it came.
   */
  internPredicate(term: Term): number {
    if (term.termType === 'BlankNode') {
      return this.lookUp(this.others, `predicate ${termKey(term)}`, term);
    }
    // A dataset has few predicates, so a map of their own stays in the processor's cache, where
    // the map of every IRI would not.
    const key = termKey(term);
    let index = this.predicates.get(key);
    if (index === undefined) this.predicates.set(key, (index = this.intern(term)));
    return index;
  }

  /** Whether the term at `index` is a blank node that `intern` gave its own entry. */
  isBlankNode(index: number): boolean {
    return this.blank[index]!;
  }

  /** Puts another term (a relabelled blank node) in the place of the term at `index`. */
  replace(index: number, term: Term): void {
    this.terms[index] = term;
    this.text[index] = undefined;
  }

  /** The N-Triples text of the term at `index` (built once). */
  nTriples(index: number): string {
    return (this.text[index] ??= termToNTriples(this.terms[index]!));
  }

  private lookUp(map: Map<string, number>, key: string, term: Term): number {
    let index = map.get(key);
    if (index === undefined) {
      index = this.terms.length;
      map.set(key, index);
      this.terms.push(term);
      this.blank.push(false);
    }
    return index;
  }
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
  const table = new TermTable();
  const ids = new Uint32Array(4 * quads.length);
  const defaultGraph = table.intern(DataFactory.defaultGraph());
  // Parsers hand out the same subject and graph objects for consecutive quads (a subject's
  // predicate list, a graph block), so the previous quad's terms are checked first.
  let subject: Term | undefined;
  let subjectIndex = 0;
  let graph: Term | undefined;
  let graphIndex = defaultGraph;
  let at = 0;
  for (const quad of quads) {
    if (quad.subject !== subject) {
      subject = quad.subject;
      subjectIndex = table.intern(subject);
    }
    ids[at] = subjectIndex;
    ids[at + 1] = table.internPredicate(quad.predicate);
    ids[at + 2] = table.intern(quad.object);
    if (!mergeGraphs && quad.graph !== graph) {
      graph = quad.graph;
      graphIndex = table.intern(graph);
    }
    ids[at + 3] = graphIndex;
    at += 4;
  }
  return { table, ids };
}
