/**
 * Reads `ontology/claimgraph.ttl` with n3 into a plain model of the cg: terms — kind, label,
 * comment, domain, range (unions and enumerations resolved), super-terms and alignments — plus the
 * ontology header. The generators for the TypeScript vocabulary and the reference docs both work
 * from this model, so they always agree with the Turtle. Malformed Turtle or a cg: term without a
 * label or comment is an error naming the file (and line, where n3 reports one).
 */
import { Parser, Store, type Quad, type Term } from 'n3';
import { NAMESPACES } from './namespaces.js';

const CG = 'https://w3id.org/claimgraph/ontology#';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
const OWL = 'http://www.w3.org/2002/07/owl#';
const SKOS = 'http://www.w3.org/2004/02/skos/core#';
const DCTERMS = 'http://purl.org/dc/terms/';

/** What a cg: term is. */
export type TermKind =
  'class' | 'objectProperty' | 'datatypeProperty' | 'annotationProperty' | 'individual';

/** A class or datatype expression: one IRI, a union of IRIs, or an enumeration of literals. */
export interface TypeExpression {
  readonly union: readonly string[];
  readonly oneOf: readonly string[];
}

/** One term of the cg: namespace. */
export interface OntologyTerm {
  readonly name: string;
  readonly iri: string;
  readonly kind: TermKind;
  readonly label: string;
  readonly comment: string;
  /** OWL characteristics such as `Functional` or `Symmetric`. */
  readonly characteristics: readonly string[];
  readonly domain: TypeExpression | undefined;
  readonly range: TypeExpression | undefined;
  readonly superClasses: readonly string[];
  readonly superProperties: readonly string[];
  readonly equivalentClasses: readonly string[];
  readonly closeMatches: readonly string[];
  readonly disjointWith: readonly string[];
  /** For individuals: their classes. */
  readonly types: readonly string[];
  /** A property chain that implies the property, as the IRIs (`^iri` for an inverse step). */
  readonly chain: readonly string[];
}

/** The ontology header and its terms. */
export interface OntologyModel {
  readonly iri: string;
  readonly versionIri: string;
  readonly versionInfo: string;
  readonly title: string;
  readonly description: string;
  readonly notes: readonly string[];
  /** cg: terms sorted by name. */
  readonly terms: readonly OntologyTerm[];
  /** Every IRI outside cg: that the ontology mentions. */
  readonly externalIris: readonly string[];
}

/** An error in an ontology source file. */
export class OntologySourceError extends Error {
  constructor(file: string, detail: string) {
    super(`claimgraph-ontology: ${file}: ${detail}`);
    this.name = 'OntologySourceError';
  }
}

/** Parses Turtle or TriG into quads, turning n3's errors into errors that name the file. */
export function parseRdf(text: string, file: string, format = 'text/turtle'): Quad[] {
  try {
    return new Parser({ format }).parse(text);
  } catch (error) {
    throw new OntologySourceError(file, (error as Error).message);
  }
}

function englishFirst(values: Term[]): string | undefined {
  const literals = values.filter((v) => v.termType === 'Literal');
  const preferred =
    literals.find((l) => l.termType === 'Literal' && l.language === 'en') ?? literals[0];
  return preferred?.value;
}

function sortedIris(values: Term[]): string[] {
  return values
    .filter((v) => v.termType === 'NamedNode')
    .map((v) => v.value)
    .sort();
}

function readList(store: Store, head: Term): Term[] {
  const items: Term[] = [];
  let node: Term = head;
  while (!(node.termType === 'NamedNode' && node.value === `${RDF}nil`)) {
    const first = store.getObjects(node, `${RDF}first`, null)[0];
    const rest = store.getObjects(node, `${RDF}rest`, null)[0];
    if (!first || !rest) break;
    items.push(first);
    node = rest;
  }
  return items;
}

function readTypeExpression(store: Store, term: Term | undefined): TypeExpression | undefined {
  if (!term) return undefined;
  if (term.termType === 'NamedNode') return { union: [term.value], oneOf: [] };
  const union = store.getObjects(term, `${OWL}unionOf`, null)[0];
  if (union) return { union: sortedIris(readList(store, union)), oneOf: [] };
  const oneOf = store.getObjects(term, `${OWL}oneOf`, null)[0];
  if (oneOf) return { union: [], oneOf: readList(store, oneOf).map((t) => t.value) };
  return undefined;
}

function readChain(store: Store, subject: Term | string): string[] {
  const head = store.getObjects(subject, `${OWL}propertyChainAxiom`, null)[0];
  if (!head) return [];
  return readList(store, head).map((step) => {
    if (step.termType === 'NamedNode') return step.value;
    const inverse = store.getObjects(step, `${OWL}inverseOf`, null)[0];
    return `^${inverse?.value ?? '?'}`;
  });
}

const KIND_BY_TYPE: ReadonlyArray<readonly [string, TermKind]> = [
  [`${OWL}Class`, 'class'],
  [`${OWL}ObjectProperty`, 'objectProperty'],
  [`${OWL}DatatypeProperty`, 'datatypeProperty'],
  [`${OWL}AnnotationProperty`, 'annotationProperty'],
];

const CHARACTERISTICS = ['Functional', 'InverseFunctional', 'Symmetric', 'Transitive'];

function readTerm(store: Store, iri: string, file: string): OntologyTerm {
  const types = sortedIris(store.getObjects(iri, `${RDF}type`, null));
  const kind = KIND_BY_TYPE.find(([type]) => types.includes(type))?.[1] ?? 'individual';
  const name = iri.slice(CG.length);
  const label = englishFirst(store.getObjects(iri, `${RDFS}label`, null));
  const comment = englishFirst(store.getObjects(iri, `${RDFS}comment`, null));
  if (!label) throw new OntologySourceError(file, `cg:${name} has no rdfs:label`);
  if (!comment) throw new OntologySourceError(file, `cg:${name} has no rdfs:comment`);
  return {
    name,
    iri,
    kind,
    label,
    comment,
    characteristics: CHARACTERISTICS.filter((c) => types.includes(`${OWL}${c}Property`)),
    domain: readTypeExpression(store, store.getObjects(iri, `${RDFS}domain`, null)[0]),
    range: readTypeExpression(store, store.getObjects(iri, `${RDFS}range`, null)[0]),
    superClasses: sortedIris(store.getObjects(iri, `${RDFS}subClassOf`, null)),
    superProperties: sortedIris(store.getObjects(iri, `${RDFS}subPropertyOf`, null)),
    equivalentClasses: sortedIris(store.getObjects(iri, `${OWL}equivalentClass`, null)),
    closeMatches: sortedIris(store.getObjects(iri, `${SKOS}closeMatch`, null)),
    disjointWith: sortedIris(store.getObjects(iri, `${OWL}disjointWith`, null)),
    types: kind === 'individual' ? types.filter((t) => !t.startsWith(OWL)) : [],
    chain: readChain(store, iri),
  };
}

/**
 * Reads the ontology Turtle into an {@link OntologyModel}.
 * @example const model = readOntology(turtle, 'ontology/claimgraph.ttl');
 */
export function readOntology(turtle: string, file: string): OntologyModel {
  const store = new Store(parseRdf(turtle, file));
  const header = store.getSubjects(`${RDF}type`, `${OWL}Ontology`, null)[0];
  if (!header) throw new OntologySourceError(file, 'no owl:Ontology header');
  const one = (predicate: string): string =>
    englishFirst(store.getObjects(header, predicate, null)) ??
    store.getObjects(header, predicate, null)[0]?.value ??
    '';

  const cgSubjects = new Set<string>();
  const cgUsed = new Set<string>();
  const external = new Set<string>();
  for (const quad of store) {
    if (quad.subject.termType === 'NamedNode' && quad.subject.value.startsWith(CG)) {
      cgSubjects.add(quad.subject.value);
    }
    for (const term of [quad.subject, quad.predicate, quad.object]) {
      if (term.termType !== 'NamedNode') continue;
      if (term.value.startsWith(CG)) cgUsed.add(term.value);
      else if (NAMESPACES.some((ns) => term.value.startsWith(ns.iri))) external.add(term.value);
    }
  }
  const undefinedTerms = [...cgUsed].filter((iri) => !cgSubjects.has(iri)).sort();
  if (undefinedTerms.length > 0) {
    const names = undefinedTerms.map((iri) => `cg:${iri.slice(CG.length)}`).join(', ');
    throw new OntologySourceError(file, `used but not defined: ${names}`);
  }
  const terms = [...cgSubjects].sort().map((iri) => readTerm(store, iri, file));
  return {
    iri: header.value,
    versionIri: store.getObjects(header, `${OWL}versionIRI`, null)[0]?.value ?? '',
    versionInfo: one(`${OWL}versionInfo`),
    title: one(`${DCTERMS}title`),
    description: one(`${DCTERMS}description`),
    notes: store
      .getObjects(header, `${SKOS}scopeNote`, null)
      .map((t) => t.value)
      .sort(),
    terms,
    externalIris: [...external].sort(),
  };
}
