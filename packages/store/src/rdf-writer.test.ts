import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { usedPrefixes, writeLines, writeTurtle } from './rdf-writer.js';
import { sortQuadsIndexed } from './sorted-quads.js';
import { RDF, RDF_TYPE, XSD } from './terms.js';

const { quad, namedNode, blankNode, literal } = DataFactory;
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
