import type { Quad } from '@rdfjs/types';
import { DataFactory, Parser, Writer } from 'n3';
import { isomorphic } from 'rdf-isomorphic';
import { describe, expect, it } from 'vitest';
import { usedPrefixes, writeLines, writeTrig, writeTurtle } from './rdf-writer.js';
import { sortQuadsIndexed, toQuads } from './sorted-quads.js';
import { RDF, RDF_TYPE, termToNTriples, XSD } from './terms.js';

const { quad, namedNode, blankNode, literal, defaultGraph } = DataFactory;
const PREFIXES = {
  rdf: RDF,
  xsd: XSD,
  ex: 'http://e/',
  exa: 'http://e/a/',
  other: 'http://other/',
};

describe('usedPrefixes', () => {
  const used = (...quads: Quad[]) =>
    Object.keys(usedPrefixes(sortQuadsIndexed(quads, false), PREFIXES));

  it('declares the namespaces of IRIs and datatypes, nested ones included', () => {
    expect(
      used(
        quad(
          namedNode('http://e/a/s'),
          namedNode('http://e/p'),
          literal('1', namedNode(`${XSD}int`)),
        ),
      ),
    ).toEqual(['ex', 'exa', 'xsd']);
  });

  it('leaves out rdf for rdf:type as a predicate (written `a`) but not elsewhere', () => {
    expect(
      used(quad(namedNode('http://e/s'), namedNode(RDF_TYPE), namedNode('http://e/T'))),
    ).toEqual(['ex']);
    expect(
      used(quad(namedNode('http://e/s'), namedNode('http://e/p'), namedNode(RDF_TYPE))),
    ).toEqual(['ex', 'rdf']);
  });

  it('does not count plain strings and language strings as xsd or rdf', () => {
    expect(
      used(
        quad(blankNode('x'), namedNode('http://e/p'), literal('plain')),
        quad(blankNode('x'), namedNode('http://e/p'), literal('tagged', 'en')),
      ),
    ).toEqual(['ex']);
  });
});

describe('writeTurtle and writeLines', () => {
  const quads = [
    quad(namedNode('http://e/s'), namedNode('http://e/p'), literal('x'), namedNode('http://e/g1')),
    quad(
      namedNode('http://e/s'),
      namedNode(RDF_TYPE),
      namedNode('http://e/T'),
      namedNode('http://e/g2'),
    ),
    quad(namedNode('http://e/s'), namedNode('http://e/p'), literal('x'), namedNode('http://e/g2')),
  ];

  it('writes a triple stated in two graphs once in Turtle, rdf:type first', () => {
    expect(writeTurtle(quads, PREFIXES)).toBe(
      '@prefix ex: <http://e/>.\n\nex:s a ex:T;\n    ex:p "x".\n',
    );
  });

  it('shortens IRIs only with the prefixes it declares, also when an undeclared one would fit', () => {
    // `a:` would shorten <http://e/x-1> to a:1, but it is not in use: no IRI's part up to its
    // last '/' or '#' begins with it, so it is not declared and `ex:` shortens the IRI instead.
    const prefixes = { a: 'http://e/x-', ex: 'http://e/' };
    expect(
      writeTurtle(
        [quad(namedNode('http://e/s'), namedNode('http://e/p'), namedNode('http://e/x-1'))],
        prefixes,
      ),
    ).toBe('@prefix ex: <http://e/>.\n\nex:s ex:p ex:x-1.\n');
    expect(
      writeTurtle(
        [quad(namedNode('http://e/x-/s'), namedNode('http://e/p'), namedNode('http://e/x-1'))],
        prefixes,
      ),
    ).toBe('@prefix a: <http://e/x->.\n@prefix ex: <http://e/>.\n\n<http://e/x-/s> ex:p a:1.\n');
  });

  it('writes sorted N-Triples (merged) and N-Quads (each graph kept)', () => {
    expect(writeLines(quads, false)).toBe(
      `<http://e/s> <${RDF_TYPE}> <http://e/T> .\n<http://e/s> <http://e/p> "x" .\n`,
    );
    expect(writeLines([...quads].reverse(), true)).toBe(
      '<http://e/s> <http://e/p> "x" <http://e/g1> .\n' +
        `<http://e/s> <${RDF_TYPE}> <http://e/T> <http://e/g2> .\n` +
        '<http://e/s> <http://e/p> "x" <http://e/g2> .\n',
    );
  });
});

/** What the writers wrote before they built each term's text once: n3's Writer on the sorted quads. */
function throughN3Writer(quads: readonly Quad[], graphs: boolean): string {
  const sorted = sortQuadsIndexed(quads, !graphs);
  const writer = new Writer({
    format: graphs ? 'application/trig' : 'text/turtle',
    prefixes: usedPrefixes(sorted, PREFIXES),
  });
  for (const item of toQuads(sorted, quads)) writer.addQuad(item);
  let text = '';
  writer.end((error, result: string) => {
    if (error) throw error;
    text = result;
  });
  return text;
}

const e = (name: string) => namedNode(`http://e/${name}`);

/** n3 makes literals with a base direction, though its type declarations do not say so. */
const directional = literal as unknown as (
  value: string,
  tag: { language: string; direction: 'ltr' | 'rtl' },
) => ReturnType<typeof literal>;

/** Literals that need escapes, bare forms and forms that only look bare, languages, datatypes. */
const AWKWARD_LITERALS = [
  literal('say "hi" \\ back\\slash'),
  literal('line\nbreak\r\ttab\bbell\fform'),
  literal('nul\u0000 unit\u001f esc\u001a del\u007f'),
  literal('emoji 😀 and 𝔸 outside the BMP, é and 中 inside'),
  literal(''),
  literal('chat', 'fr'),
  literal('chat', 'en-GB'),
  directional('مرحبا', { language: 'ar', direction: 'rtl' }),
  literal('plain', namedNode(`${XSD}string`)),
  literal('true', namedNode(`${XSD}boolean`)),
  literal('yes', namedNode(`${XSD}boolean`)),
  literal('-12', namedNode(`${XSD}integer`)),
  literal('12.0e', namedNode(`${XSD}integer`)),
  literal('+.5', namedNode(`${XSD}decimal`)),
  literal('5.', namedNode(`${XSD}decimal`)),
  literal('1.5E-3', namedNode(`${XSD}double`)),
  literal('NaN', namedNode(`${XSD}double`)),
  literal('01', namedNode(`${XSD}int`)),
  literal('x', namedNode('http://e/a/type')),
  literal('x', namedNode('http://e/dt/a~b')),
];

/** IRIs that make prefixed names and IRIs that must stay whole (local names n3 does not write). */
const AWKWARD_IRIS = [
  'http://e/plain',
  'http://e/a.b',
  'http://e/trailing.',
  'http://e/-dash',
  'http://e/1digit',
  'http://e/in-side_under',
  'http://e/',
  'http://e/a/nested',
  'http://e/a/deeper/still',
  'http://e/hash#frag',
  'http://e/é',
  'http://e/per%20cent',
  'http://e/tilde~',
  'http://e/colon:inside',
  'http://e/emoji😀',
  'http://other/',
  'http://unprefixed/x',
  RDF_TYPE,
].map(namedNode);

/** Quads over several graphs, with blank nodes as subjects, objects and graph names, triple terms. */
function awkwardDataset(): Quad[] {
  const quads: Quad[] = [];
  const graphs = [defaultGraph(), e('g1'), blankNode('graph'), namedNode('http://other/g')];
  AWKWARD_LITERALS.forEach((object, index) => {
    quads.push(quad(e('s'), e(`p${index % 3}`), object, graphs[index % graphs.length]));
    quads.push(quad(blankNode(`b${index % 4}`), e('label'), object, graphs[(index + 1) % 4]));
  });
  AWKWARD_IRIS.forEach((iri, index) => {
    quads.push(quad(iri, namedNode(RDF_TYPE), e('T'), graphs[index % graphs.length]));
    quads.push(quad(e('s'), iri, iri, graphs[(index + 2) % graphs.length]));
    quads.push(quad(blankNode('b1'), e('link'), iri));
  });
  quads.push(quad(blankNode('b0'), e('next'), blankNode('b2'), e('g1')));
  quads.push(
    quad(
      e('claim'),
      e('about'),
      quad(e('s'), namedNode(RDF_TYPE), literal('quoted "x"', 'en')) as unknown as Quad['object'],
    ),
  );
  return quads;
}

/** The same quads moved into the default graph, duplicates dropped: what Turtle holds. */
function merged(quads: readonly Quad[]): Quad[] {
  const byLine = new Map<string, Quad>();
  for (const item of quads) {
    const triple = quad(item.subject, item.predicate, item.object);
    byLine.set([item.subject, item.predicate, item.object].map(termToNTriples).join(' '), triple);
  }
  return [...byLine.values()];
}

describe('Turtle and TriG written from term texts', () => {
  const quads = awkwardDataset();

  it('writes the same bytes as n3’s Writer on the sorted quads', () => {
    expect(writeTurtle(quads, PREFIXES)).toBe(throughN3Writer(quads, false));
    expect(writeTrig(quads, PREFIXES)).toBe(throughN3Writer(quads, true));
  });

  it('is read back by n3’s parser to the same dataset (Turtle: the merged graph)', () => {
    const turtle = new Parser({ format: 'text/turtle' }).parse(writeTurtle(quads, PREFIXES));
    expect(isomorphic(turtle, merged(quads) as typeof turtle)).toBe(true);
    const trig = new Parser({ format: 'application/trig' }).parse(writeTrig(quads, PREFIXES));
    expect(isomorphic(trig, quads as typeof trig)).toBe(true);
  });

  it('escapes as n3 does: short escapes, \\u for control characters, \\U outside the BMP', () => {
    const turtle = writeTurtle(quads, PREFIXES);
    expect(turtle).toContain('"say \\"hi\\" \\\\ back\\\\slash"');
    expect(turtle).toContain('"line\\nbreak\\r\\ttab\\bbell\\fform"');
    expect(turtle).toContain('"nul\\u0000 unit\u001f esc\u001a del\u007f"');
    expect(turtle).toContain(
      '"emoji \\U0001f600 and \\U0001d538 outside the BMP, é and 中 inside"',
    );
    expect(turtle).toContain('<http://e/emoji\\U0001f600>');
  });

  it('writes bare numbers and booleans only in their plain forms, xsd:string not at all', () => {
    const turtle = writeTurtle(quads, PREFIXES);
    for (const bare of [' true', ' -12', ' +.5', ' 1.5E-3']) expect(turtle).toContain(bare);
    for (const typed of ['"yes"^^xsd:boolean', '"12.0e"^^xsd:integer', '"5."^^xsd:decimal']) {
      expect(turtle).toContain(typed);
    }
    expect(turtle).toContain('"NaN"^^xsd:double');
    expect(turtle).toContain('"01"^^xsd:int');
    expect(turtle).toContain('"plain"');
    expect(turtle).not.toContain('xsd:string');
    expect(turtle).toContain('"chat"@en-gb');
    expect(turtle).toContain('"مرحبا"@ar--rtl');
    expect(turtle).toContain('"x"^^exa:type');
    expect(turtle).toContain('"x"^^<http://e/dt/a~b>');
  });

  it('shortens an IRI only when the rest is a plain local name, to the namespace that leaves one', () => {
    const turtle = writeTurtle(quads, PREFIXES);
    for (const name of ['ex:plain', 'ex:a.b', 'ex:1digit', 'ex:in-side_under', 'exa:nested']) {
      expect(turtle).toContain(name);
    }
    for (const whole of [
      '<http://e/trailing.>',
      '<http://e/-dash>',
      '<http://e/>',
      '<http://e/a/deeper/still>',
      '<http://e/hash#frag>',
      '<http://e/é>',
      '<http://e/per%20cent>',
      '<http://e/tilde~>',
      '<http://e/colon:inside>',
      '<http://other/>',
      '<http://unprefixed/x>',
    ]) {
      expect(turtle).toContain(whole);
    }
    expect(turtle).toContain('ex:plain a ex:T.');
    expect(turtle).toContain('ex:s a rdf:type;');
  });

  it('writes triple terms, and blank nodes as subjects, objects and graph names', () => {
    expect(writeTurtle(quads, PREFIXES)).toContain('<<(ex:s a "quoted \\"x\\""@en)>>');
    expect(writeTrig(quads, PREFIXES)).toMatch(/^_:b\d+ \{$/m);
  });

  it('writes nothing for no quads', () => {
    expect(writeTurtle([], PREFIXES)).toBe('');
    expect(writeTrig([], PREFIXES)).toBe('');
  });

  it('keeps an IRI whose scheme is a declared prefix whole, so that it reads back the same', () => {
    // n3's Writer writes <ex:thing> as ex:thing, which reads back as http://e/thing.
    const tricky = [quad(e('s'), e('p'), namedNode('ex:thing'))];
    const turtle = writeTurtle(tricky, PREFIXES);
    expect(turtle).toContain('ex:p <ex:thing>');
    expect(isomorphic(new Parser().parse(turtle), tricky)).toBe(true);
  });
});
