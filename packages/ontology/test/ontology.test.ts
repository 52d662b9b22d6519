/**
 * Structural checks of `ontology/claimgraph.ttl`: the header, labels and comments, domains and
 * ranges, declared external terms, OWL 2 DL hygiene (no IRI both object and datatype property,
 * no imports), and agreement with the TERMS.md contract — every class's alignments and every
 * property's domain, range and alignment as the contract's tables state them.
 */
import oxigraph from 'oxigraph';
import { Parser, Store } from 'n3';
import { describe, expect, it } from 'vitest';
import {
  CG,
  CG_TERMS,
  OWL,
  RDF,
  RDFS,
  SKOS,
  PREFIXES,
  type CgTermInfo,
} from '../src/generated/vocabulary.js';
import { compactIri, expandIri } from '../src/lookup.js';
import { readRepoFile } from './_support.js';

const TURTLE = readRepoFile('ontology/claimgraph.ttl');
const store = new Store(new Parser().parse(TURTLE));
const terms = Object.values(CG_TERMS) as CgTermInfo[];
const properties = terms.filter((t) => t.kind.endsWith('Property'));

function objects(subject: string, predicate: string): string[] {
  return store.getObjects(subject, predicate, null).map((t) => t.value);
}

describe('the ontology header', () => {
  it('names the ontology, its version and the stable namespace', () => {
    const ontology = 'https://w3id.org/claimgraph/ontology';
    expect(objects(ontology, RDF.type)).toContain(OWL.Ontology);
    expect(objects(ontology, OWL.versionIRI)).toEqual([
      'https://w3id.org/claimgraph/ontology/0.1.0',
    ]);
    expect(PREFIXES.cg).toBe(`${ontology}#`);
    expect(store.getQuads(null, `${PREFIXES.owl}imports`, null, null)).toHaveLength(0);
  });

  it('is valid Turtle for Oxigraph as well as n3', () => {
    const ox = new oxigraph.Store();
    ox.load(TURTLE, { format: 'text/turtle' });
    expect(ox.size).toBe(store.size);
  });
});

describe('the cg: terms', () => {
  it('each have a label and a comment', () => {
    for (const term of terms) {
      expect(term.label.length, term.name).toBeGreaterThan(0);
      expect(term.comment.length, term.name).toBeGreaterThan(5);
    }
  });

  it('each property has a range, and a domain unless it applies to any node', () => {
    expect(
      properties.filter((p) => p.range.length === 0 && p.values.length === 0).map((p) => p.name),
    ).toEqual([]);
    expect(properties.filter((p) => p.domain.length === 0).map((p) => p.name)).toEqual([
      'confidence',
      'evidence',
      'extractionRule',
    ]);
  });

  it('never makes an IRI both an object and a datatype property', () => {
    const objectProps = new Set(
      store.getSubjects(RDF.type, OWL.ObjectProperty, null).map((t) => t.value),
    );
    const both = store
      .getSubjects(RDF.type, OWL.DatatypeProperty, null)
      .filter((t) => objectProps.has(t.value));
    expect(both).toEqual([]);
  });

  it('gives datatype properties datatype ranges and object properties class ranges', () => {
    for (const p of properties) {
      const xsdRange = p.range.some((r) => r.startsWith(PREFIXES.xsd));
      if (p.kind === 'datatypeProperty') expect(xsdRange || p.values.length > 0, p.name).toBe(true);
      if (p.kind === 'objectProperty') expect(xsdRange, p.name).toBe(false);
    }
  });

  it('declares every external term it aligns to or uses as domain or range', () => {
    const referenced = new Set<string>();
    for (const term of terms) {
      [...term.superTerms, ...term.domain, ...term.range].forEach((iri) => referenced.add(iri));
      objects(term.iri, SKOS.closeMatch).forEach((iri) => referenced.add(iri));
    }
    const undeclared = [...referenced].filter(
      (iri) =>
        !iri.startsWith(PREFIXES.cg) &&
        !iri.startsWith(PREFIXES.xsd) &&
        objects(iri, RDF.type).length === 0,
    );
    expect(undeclared).toEqual([]);
  });

  it('models the contract’s key splits', () => {
    expect(CG_TERMS.statedBy.superTerms).toContain('http://www.w3.org/ns/prov#wasAttributedTo');
    expect(objects(CG.statedBy, RDF.type)).toContain(`${PREFIXES.owl}FunctionalProperty`);
    expect(objects(CG.disputes, RDF.type)).toContain(`${PREFIXES.owl}SymmetricProperty`);
    expect(CG_TERMS.denies.superTerms).toContain(CG.disputes);
    expect(CG_TERMS.policyStatus.values).toEqual(['asserted', 'denied', 'confirmed']);
    expect(CG_TERMS.stanceValue.values).toEqual([
      'supports',
      'opposes',
      'denies-existence',
      'describes',
    ]);
    expect(objects(CG.Person, `${PREFIXES.owl}disjointWith`)).toContain(CG.Organization);
  });
});

/** The cells of the TERMS.md table rows whose first cell starts with a backquoted name. */
function contractRows(heading: string): string[][] {
  const section =
    readRepoFile('ontology/TERMS.md')
      .split(/^## /m)
      .find((s) => s.startsWith(heading)) ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
}

function backquoted(text: string): string[] {
  return [...text.matchAll(/`([a-z]+:[A-Za-z-]+)`/g)].map((m) => m[1] ?? '');
}

const aligned = (iri: string): string[] => [
  ...objects(iri, RDFS.subClassOf),
  ...objects(iri, RDFS.subPropertyOf),
  ...objects(iri, SKOS.closeMatch),
];

describe('agreement with ontology/TERMS.md', () => {
  it('aligns every contract class as the contract says', () => {
    const rows = contractRows('Classes');
    expect(rows.length).toBeGreaterThan(15);
    for (const [names = '', , alignedTo = ''] of rows) {
      for (const name of backquoted(names).filter((n) => n.startsWith('cg:'))) {
        const iri = expandIri(name);
        expect(CG_TERMS[name.slice(3) as keyof typeof CG_TERMS], name).toBeDefined();
        const parents = aligned(iri).map(compactIri);
        const expected = backquoted(alignedTo).filter((n) => !n.startsWith('cg:'));
        if (names.includes('⊑ SourceDocument'))
          expect(parents, name).toContain('cg:SourceDocument');
        if (alignedTo.includes('equivalents')) continue;
        for (const target of expected) expect(parents, `${name} ⊑ ${target}`).toContain(target);
      }
    }
  });

  it('gives every contract property the contract’s domain, range and alignment', () => {
    const rows = contractRows('Properties');
    expect(rows.length).toBeGreaterThan(40);
    const classNames = new Set<string>(terms.filter((t) => t.kind === 'class').map((t) => t.name));
    for (const [names = '', signature = '', note = ''] of rows) {
      const [domainText = '', rangeText = ''] = signature.split('→');
      for (const name of backquoted(names).filter((n) => n.startsWith('cg:'))) {
        const term = CG_TERMS[name.slice(3) as keyof typeof CG_TERMS];
        expect(term, name).toBeDefined();
        for (const word of domainText.split(/[^A-Za-z]+/).filter((w) => classNames.has(w))) {
          expect(term.domain.map(compactIri), `${name} domain`).toContain(`cg:${word}`);
        }
        const rangeNames = [
          ...rangeText
            .split(/[^A-Za-z]+/)
            .filter((w) => classNames.has(w))
            .map((w) => `cg:${w}`),
          ...backquoted(rangeText),
        ];
        for (const range of rangeNames)
          expect(term.range.map(compactIri), `${name} range`).toContain(range);
        for (const target of [...note.matchAll(/⊑ `([a-z]+:[A-Za-z]+)`/g)].map((m) => m[1] ?? '')) {
          expect(aligned(term.iri).map(compactIri), `${name} ⊑ ${target}`).toContain(target);
        }
      }
    }
  });
});
