import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { isomorphic } from 'rdf-isomorphic';
import { describe, expect, it } from 'vitest';
import { relabelBlankNodes } from './blank-nodes.js';
import { sortQuadsIndexed, toQuads } from './sorted-quads.js';
import { compareQuads, RDF_TYPE, termToNTriples, XSD } from './terms.js';

const { quad, namedNode, blankNode, literal, defaultGraph } = DataFactory;
const e = (name: string) => namedNode(`http://e/${name}`);

function line(item: Quad): string {
  return [item.subject, item.predicate, item.object, item.graph].map(termToNTriples).join(' ');
}

function sorted(quads: readonly Quad[], mergeGraphs = false): string[] {
  return toQuads(sortQuadsIndexed(quads, mergeGraphs), quads).map(line);
}

/** The order by definition: every pair of quads compared with `compareQuads`. */
function byDefinition(quads: readonly Quad[]): string[] {
  const ordered = relabelBlankNodes(quads).sort(compareQuads);
  return ordered
    .filter((item, index) => index === 0 || compareQuads(ordered[index - 1]!, item) !== 0)
    .map(line);
}

/** A seeded shuffle, so that a failure can be replayed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed;
  for (let index = copy.length - 1; index > 0; index--) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    const other = state % (index + 1);
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}

const objects = [
  e('z'),
  e('a'),
  blankNode('x'),
  literal('10', namedNode(`${XSD}integer`)),
  literal('10', namedNode(`${XSD}decimal`)),
  literal('9', namedNode(`${XSD}integer`)),
  literal('chat', 'fr'),
  literal('chat', 'en'),
  literal('chat'),
  literal('Chat'),
  literal(''),
  literal('line\nbreak "quoted"'),
];

/** Quads over several graphs and subjects, every kind of object, duplicates included. */
function mixedDataset(): Quad[] {
  const quads: Quad[] = [];
  for (const graph of [defaultGraph(), e('g2'), e('g1')]) {
    for (const subject of [e('s2'), blankNode('y'), e('s1')]) {
      for (const predicate of [e('p'), namedNode(RDF_TYPE), e('b')]) {
        for (const object of objects) quads.push(quad(subject, predicate, object, graph));
      }
    }
  }
  quads.push(quad(blankNode('x'), e('p'), literal('about x'), e('g1')));
  return [...quads, ...quads.slice(0, 40)];
}

describe('sortQuadsIndexed', () => {
  it('orders quads exactly as compareQuads does, each distinct quad once', () => {
    const quads = mixedDataset();
    const result = sorted(quads);
    expect(result).toEqual(byDefinition(quads));
    expect(new Set(result).size).toBe(result.length);
    expect(result.length).toBe(3 * 3 * 3 * objects.length + 1);
  });

  it('gives the same quads in the same order whatever the input order', () => {
    const quads = mixedDataset();
    const expected = sorted(quads);
    for (const seed of [1, 2, 3]) expect(sorted(shuffled(quads, seed))).toEqual(expected);
  });

  it('puts IRIs before blank nodes before literals; literals by value, datatype, language', () => {
    const quads = shuffled(
      objects.map((object) => quad(e('s'), e('p'), object)),
      7,
    );
    expect(
      sorted(quads).map((text) => text.slice('<http://e/s> <http://e/p> '.length, -1)),
    ).toEqual([
      '<http://e/a>',
      '<http://e/z>',
      '_:b0',
      '""',
      '"10"^^<http://www.w3.org/2001/XMLSchema#decimal>',
      '"10"^^<http://www.w3.org/2001/XMLSchema#integer>',
      '"9"^^<http://www.w3.org/2001/XMLSchema#integer>',
      '"Chat"',
      '"chat"@en',
      '"chat"@fr',
      '"chat"',
      '"line\\nbreak \\"quoted\\""',
    ]);
  });

  it('puts rdf:type first among a subject’s predicates and the default graph first', () => {
    const quads = [
      quad(e('s'), e('a'), literal('x'), e('g')),
      quad(e('s'), namedNode(RDF_TYPE), e('T'), e('g')),
      quad(e('s'), e('a'), literal('x')),
    ];
    expect(sorted(quads)).toEqual([
      '<http://e/s> <http://e/a> "x" ',
      `<http://e/s> <${RDF_TYPE}> <http://e/T> <http://e/g>`,
      '<http://e/s> <http://e/a> "x" <http://e/g>',
    ]);
  });

  it('merges graphs on request, keeping one copy of a triple stated in several graphs', () => {
    const quads = [
      quad(e('s'), e('p'), literal('x'), e('g1')),
      quad(e('s'), e('p'), literal('x'), e('g2')),
      quad(e('s'), e('p'), literal('x')),
    ];
    const merged = toQuads(sortQuadsIndexed(quads, true), quads);
    expect(merged.map(line)).toEqual(['<http://e/s> <http://e/p> "x" ']);
    expect(merged[0]!.graph.termType).toBe('DefaultGraph');
  });

  it('treats terms from another RDF/JS factory like n3 terms (duplicates still merge)', () => {
    const plainIri = (value: string) =>
      ({ termType: 'NamedNode', value, equals: () => false }) as unknown as Quad['subject'];
    const plainLiteral = {
      termType: 'Literal',
      value: 'x',
      language: '',
      datatype: plainIri(`${XSD}string`),
      equals: () => false,
    } as unknown as Quad['object'];
    const plain = {
      termType: 'Quad',
      subject: plainIri('http://e/s'),
      predicate: plainIri('http://e/p'),
      object: plainLiteral,
      graph: defaultGraph(),
    } as unknown as Quad;
    const quads = [plain, quad(e('s'), e('p'), literal('x'))];
    expect(sorted(quads)).toEqual(['<http://e/s> <http://e/p> "x" ']);
  });

  it('returns unchanged quads as they are and keeps the dataset isomorphic', () => {
    const quads = mixedDataset();
    const result = toQuads(sortQuadsIndexed(quads, false), quads);
    const withoutBlankNodes = result.filter(
      (item) => item.subject.termType !== 'BlankNode' && item.object.termType !== 'BlankNode',
    );
    for (const item of withoutBlankNodes) expect(quads).toContain(item);
    expect(isomorphic(result, [...new Map(quads.map((item) => [line(item), item])).values()])).toBe(
      true,
    );
  });
});
