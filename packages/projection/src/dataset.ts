/**
 * An in-memory index of the dataset's triples by subject and by object, with
 * named graphs merged (the view shows the union of all graphs) and duplicate
 * triples dropped. Resources are keyed by IRI, blank nodes by `_:label`;
 * literals keep their value, language and datatype. Values come back sorted so
 * that everything built on top of the index is deterministic.
 */
import type { Quad, Term } from '@rdfjs/types';
import { ProjectionError } from './errors.js';
import { RDF } from './vocab.js';

/** An RDF object as the index keeps it. */
export interface IndexedTerm {
  kind: 'iri' | 'blank' | 'literal';
  /** The IRI, `_:label` for blank nodes, or the literal's lexical form. */
  value: string;
  language?: string;
  datatype?: string;
}

function termKey(term: Term): string {
  return term.termType === 'BlankNode' ? `_:${term.value}` : term.value;
}

function toIndexed(term: Term): IndexedTerm {
  if (term.termType === 'Literal') {
    const indexed: IndexedTerm = { kind: 'literal', value: term.value };
    if (term.language) indexed.language = term.language;
    if (term.datatype) indexed.datatype = term.datatype.value;
    return indexed;
  }
  return { kind: term.termType === 'BlankNode' ? 'blank' : 'iri', value: termKey(term) };
}

function compareTerms(a: IndexedTerm, b: IndexedTerm): number {
  if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1;
  if (a.value !== b.value) return a.value < b.value ? -1 : 1;
  const al = a.language ?? '';
  const bl = b.language ?? '';
  return al < bl ? -1 : al > bl ? 1 : 0;
}

/** The objects of one subject and predicate, with a lazily sorted copy. */
interface Bucket {
  terms: Map<string, IndexedTerm>;
  sorted: IndexedTerm[] | null;
}

const EMPTY: IndexedTerm[] = [];

/** Triples indexed by subject → predicate → objects and by object → predicate → subjects. */
export class TripleIndex {
  private readonly forward = new Map<string, Map<string, Bucket>>();
  private readonly backward = new Map<string, Map<string, Set<string>>>();
  private readonly byPredicate = new Map<string, Set<string>>();
  private sortedSubjects: string[] | null = null;

  /** Adds every quad; the graph component is ignored. */
  static from(quads: Iterable<Quad>): TripleIndex {
    if (quads === null || typeof (quads as { [Symbol.iterator]?: unknown })?.[Symbol.iterator] !== 'function') {
      throw new ProjectionError('expected an iterable of RDF/JS quads');
    }
    const index = new TripleIndex();
    let position = 0;
    for (const quad of quads) {
      if (!quad?.subject?.termType || !quad.predicate?.termType || !quad.object?.termType) {
        throw new ProjectionError(`item ${position} is not an RDF/JS quad (subject, predicate and object terms are required)`);
      }
      index.add(quad);
      position += 1;
    }
    return index;
  }

  /** Adds one quad (idempotent). */
  add(quad: Quad): void {
    const subject = termKey(quad.subject);
    const predicate = quad.predicate.value;
    const object = toIndexed(quad.object);
    let byPredicate = this.forward.get(subject);
    if (!byPredicate) this.forward.set(subject, (byPredicate = new Map()));
    let bucket = byPredicate.get(predicate);
    if (!bucket) byPredicate.set(predicate, (bucket = { terms: new Map(), sorted: null }));
    const key = `${object.kind}\u0000${object.value}\u0000${object.language ?? ''}\u0000${object.datatype ?? ''}`;
    if (bucket.terms.has(key)) return;
    bucket.terms.set(key, object);
    bucket.sorted = null;
    this.sortedSubjects = null;
    let users = this.byPredicate.get(predicate);
    if (!users) this.byPredicate.set(predicate, (users = new Set()));
    users.add(subject);
    if (object.kind !== 'literal') {
      let inverse = this.backward.get(object.value);
      if (!inverse) this.backward.set(object.value, (inverse = new Map()));
      let subjects = inverse.get(predicate);
      if (!subjects) inverse.set(predicate, (subjects = new Set()));
      subjects.add(subject);
    }
  }

  /** Every subject that has at least one triple, sorted. */
  subjects(): string[] {
    this.sortedSubjects ??= [...this.forward.keys()].sort();
    return this.sortedSubjects;
  }

  /** Every subject that uses `predicate`, sorted. */
  subjectsWith(predicate: string): string[] {
    const found = this.byPredicate.get(predicate);
    return found ? [...found].sort() : [];
  }

  /** The objects of `subject predicate ?o`, sorted. */
  objects(subject: string, predicate: string): IndexedTerm[] {
    const bucket = this.forward.get(subject)?.get(predicate);
    if (!bucket) return EMPTY;
    bucket.sorted ??= [...bucket.terms.values()].sort(compareTerms);
    return bucket.sorted;
  }

  /** The first (sorted) object of `subject predicate ?o`. */
  object(subject: string, predicate: string): IndexedTerm | undefined {
    return this.objects(subject, predicate)[0];
  }

  /** The first literal value of `subject predicate ?o`, preferring untagged then English literals. */
  literal(subject: string, predicate: string): string | undefined {
    const literals = this.objects(subject, predicate).filter((term) => term.kind === 'literal');
    const preferred =
      literals.find((term) => !term.language) ??
      literals.find((term) => term.language?.toLowerCase().startsWith('en')) ??
      literals[0];
    return preferred?.value;
  }

  /** The IRIs/blank nodes that are objects of `subject predicate ?o`, sorted. */
  resources(subject: string, predicate: string): string[] {
    return this.objects(subject, predicate)
      .filter((term) => term.kind !== 'literal')
      .map((term) => term.value);
  }

  /** The subjects of `?s predicate object`, sorted. */
  subjectsOf(predicate: string, object: string): string[] {
    const found = this.backward.get(object)?.get(predicate);
    return found ? [...found].sort() : [];
  }

  /** The predicates used with `subject`, sorted. */
  predicates(subject: string): string[] {
    const found = this.forward.get(subject);
    return found ? [...found.keys()].sort() : [];
  }

  /** The rdf:type IRIs of `subject`. */
  types(subject: string): Set<string> {
    return new Set(this.resources(subject, RDF.type));
  }
}
