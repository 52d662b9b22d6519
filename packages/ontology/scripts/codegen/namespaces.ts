/**
 * The namespaces the claimgraph vocabulary speaks, in the order they are listed in the generated
 * code and docs: our own (`cg`, `cgid`, `cggraph`, `cgsh`) and the external vocabularies the
 * ontology aligns to. Each external namespace carries a baseline of terms that code commonly needs
 * even when the ontology does not mention them (`rdf:type`, `xsd:date`, `sh:resultPath` …); the
 * generator adds every further term of that namespace that the ontology, shapes or queries use.
 */

/** One namespace of the generated vocabulary. */
export interface NamespaceSpec {
  /** The prefix as written in Turtle and SPARQL (`prov`). */
  readonly prefix: string;
  /** The name of the generated constant (`PROV`); absent for namespaces without term constants. */
  readonly constant?: string;
  /** The namespace IRI. */
  readonly iri: string;
  /** What the namespace is, for the reference docs. */
  readonly title: string;
  /** Terms always generated, whether or not the ontology uses them. */
  readonly baseline: readonly string[];
}

/** Every namespace, ours first. */
export const NAMESPACES: readonly NamespaceSpec[] = [
  {
    prefix: 'cg',
    constant: 'CG',
    iri: 'https://w3id.org/claimgraph/ontology#',
    title: 'claimgraph ontology',
    baseline: [],
  },
  {
    prefix: 'cgid',
    iri: 'https://w3id.org/claimgraph/id/',
    title: 'claimgraph instance data',
    baseline: [],
  },
  {
    prefix: 'cggraph',
    iri: 'https://w3id.org/claimgraph/graph/',
    title: 'claimgraph named graphs',
    baseline: [],
  },
  {
    prefix: 'cgsh',
    iri: 'https://w3id.org/claimgraph/shapes#',
    title: 'claimgraph SHACL shapes',
    baseline: [],
  },
  {
    prefix: 'prov',
    constant: 'PROV',
    iri: 'http://www.w3.org/ns/prov#',
    title: 'PROV-O',
    baseline: [
      'Activity',
      'Agent',
      'Attribution',
      'Entity',
      'agent',
      'endedAtTime',
      'qualifiedAttribution',
      'startedAtTime',
      'used',
      'wasAssociatedWith',
      'wasGeneratedBy',
    ],
  },
  {
    prefix: 'schema',
    constant: 'SCHEMA',
    iri: 'https://schema.org/',
    title: 'schema.org',
    baseline: ['name', 'url'],
  },
  {
    prefix: 'org',
    constant: 'ORG',
    iri: 'http://www.w3.org/ns/org#',
    title: 'W3C Organization Ontology',
    baseline: ['holds', 'memberOf', 'postIn', 'role'],
  },
  {
    prefix: 'oa',
    constant: 'OA',
    iri: 'http://www.w3.org/ns/oa#',
    title: 'Web Annotation',
    baseline: [
      'Annotation',
      'SpecificResource',
      'TextPositionSelector',
      'TextQuoteSelector',
      'end',
      'exact',
      'hasSelector',
      'hasSource',
      'hasTarget',
      'prefix',
      'start',
      'suffix',
    ],
  },
  {
    prefix: 'sem',
    constant: 'SEM',
    iri: 'http://semanticweb.cs.vu.nl/2009/11/sem/',
    title: 'Simple Event Model',
    baseline: ['Event', 'hasActor', 'hasTimeStamp'],
  },
  {
    prefix: 'aif',
    constant: 'AIF',
    iri: 'http://www.arg.dundee.ac.uk/aif#',
    title: 'Argument Interchange Format',
    baseline: ['CA-node', 'I-node', 'L-node', 'RA-node'],
  },
  {
    prefix: 'odrl',
    constant: 'ODRL',
    iri: 'http://www.w3.org/ns/odrl/2/',
    title: 'ODRL Information Model',
    baseline: ['Constraint', 'Permission', 'Policy', 'Prohibition', 'Set', 'action', 'constraint'],
  },
  {
    prefix: 'skos',
    constant: 'SKOS',
    iri: 'http://www.w3.org/2004/02/skos/core#',
    title: 'SKOS',
    baseline: ['altLabel', 'closeMatch', 'prefLabel'],
  },
  {
    prefix: 'dcterms',
    constant: 'DCTERMS',
    iri: 'http://purl.org/dc/terms/',
    title: 'DCMI Metadata Terms',
    baseline: ['created', 'description', 'source', 'title'],
  },
  {
    prefix: 'foaf',
    constant: 'FOAF',
    iri: 'http://xmlns.com/foaf/0.1/',
    title: 'FOAF',
    baseline: ['Person'],
  },
  {
    prefix: 'rdf',
    constant: 'RDF',
    iri: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
    title: 'RDF',
    baseline: ['Property', 'first', 'langString', 'nil', 'rest', 'type', 'value'],
  },
  {
    prefix: 'rdfs',
    constant: 'RDFS',
    iri: 'http://www.w3.org/2000/01/rdf-schema#',
    title: 'RDF Schema',
    baseline: [
      'Class',
      'Literal',
      'comment',
      'domain',
      'isDefinedBy',
      'label',
      'range',
      'seeAlso',
      'subClassOf',
      'subPropertyOf',
    ],
  },
  {
    prefix: 'owl',
    constant: 'OWL',
    iri: 'http://www.w3.org/2002/07/owl#',
    title: 'OWL 2',
    baseline: [
      'AnnotationProperty',
      'Class',
      'DatatypeProperty',
      'NamedIndividual',
      'ObjectProperty',
      'Ontology',
      'equivalentClass',
      'sameAs',
      'versionIRI',
      'versionInfo',
    ],
  },
  {
    prefix: 'xsd',
    constant: 'XSD',
    iri: 'http://www.w3.org/2001/XMLSchema#',
    title: 'XML Schema datatypes',
    baseline: [
      'anyURI',
      'boolean',
      'date',
      'dateTime',
      'decimal',
      'double',
      'gYear',
      'gYearMonth',
      'integer',
      'nonNegativeInteger',
      'string',
    ],
  },
  {
    prefix: 'sh',
    constant: 'SH',
    iri: 'http://www.w3.org/ns/shacl#',
    title: 'SHACL',
    baseline: [
      'Info',
      'NodeShape',
      'PropertyShape',
      'ValidationReport',
      'ValidationResult',
      'Violation',
      'Warning',
      'conforms',
      'focusNode',
      'result',
      'resultMessage',
      'resultPath',
      'resultSeverity',
      'sourceConstraintComponent',
      'sourceShape',
      'value',
    ],
  },
];

/** The namespace an IRI belongs to (longest matching namespace IRI), if any. */
export function namespaceOf(iri: string): NamespaceSpec | undefined {
  let best: NamespaceSpec | undefined;
  for (const ns of NAMESPACES) {
    if (iri.startsWith(ns.iri) && (!best || ns.iri.length > best.iri.length)) best = ns;
  }
  return best;
}

/** Writes an IRI as `prefix:local` when a namespace matches and the local name is simple. */
export function compactIri(iri: string): string {
  const ns = namespaceOf(iri);
  if (!ns) return `<${iri}>`;
  const local = iri.slice(ns.iri.length);
  return /^[A-Za-z_][\w.-]*$/.test(local) ? `${ns.prefix}:${local}` : `<${iri}>`;
}
