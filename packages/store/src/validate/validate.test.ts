import { readdirSync, readFileSync } from 'node:fs';
import { EXAMPLE_DATASETS } from '@claimgraph/ontology';
import { describe, expect, it } from 'vitest';
import { LocalStore } from '../local-store.js';
import { DEFAULT_PREFIXES } from '../prefixes.js';
import { checkAnchors } from './anchors.js';
import { formatValidationReport, validateDataset } from './report.js';

const PREFIXES = `@prefix cg: <https://w3id.org/claimgraph/ontology#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix ex: <http://example.org/> .
`;

/** An article whose body has characters outside the BMP before the quoted words. */
function anchorData(start: number, end: number, exact: string, extra = ''): string {
  return `${PREFIXES}
ex:metadata { ex:doc a cg:Article ; rdfs:label "Doc" ; cg:bodyText "Ré 😀 said: \\"no cuts\\" today." . }
ex:d1 {
  ex:anchor a oa:SpecificResource ; oa:hasSource ex:doc ;
    oa:hasSelector ex:quote, ex:position .
  ex:quote a oa:TextQuoteSelector ; oa:exact ${JSON.stringify(exact)} ${extra} .
  ex:position a oa:TextPositionSelector ;
    oa:start "${start}"^^xsd:nonNegativeInteger ; oa:end "${end}"^^xsd:nonNegativeInteger .
}
`;
}

const quadsOf = (trig: string) => LocalStore.fromText(trig, 'trig').quads();

describe('checkAnchors', () => {
  it('accepts an anchor whose offsets count code points, not UTF-16 units', () => {
    // 'Ré 😀 said: "' is 12 code points (13 UTF-16 units); the quoted words start after it.
    const report = checkAnchors(
      quadsOf(anchorData(12, 19, 'no cuts', '; oa:prefix "said: \\"" ; oa:suffix "\\" today"')),
    );
    expect(report).toEqual({ checked: 1, problems: [] });
  });

  it('reports a quote that does not match the text at its offsets', () => {
    const report = checkAnchors(quadsOf(anchorData(13, 20, 'no cuts')));
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatchObject({
      anchor: 'http://example.org/anchor',
      source: 'http://example.org/doc',
      kind: 'mismatch',
      expected: 'no cuts',
      actual: 'o cuts"',
    });
  });

  it('reports offsets outside the body and a wrong prefix', () => {
    expect(checkAnchors(quadsOf(anchorData(20, 400, 'x'))).problems[0]?.kind).toBe('bad-range');
    expect(
      checkAnchors(quadsOf(anchorData(12, 19, 'no cuts', '; oa:prefix "told: "'))).problems[0]
        ?.kind,
    ).toBe('prefix-mismatch');
  });

  it('reports anchors without a source, a body text or a selector', () => {
    const noSource = `${PREFIXES} ex:a a oa:SpecificResource ; oa:hasSelector ex:q . ex:q a oa:TextQuoteSelector ; oa:exact "x" .`;
    expect(checkAnchors(quadsOf(noSource)).problems[0]?.kind).toBe('no-source');
    const noBody = anchorData(12, 19, 'no cuts').replace(/cg:bodyText "[^\n]*" \./, '.');
    expect(checkAnchors(quadsOf(noBody)).problems[0]?.kind).toBe('no-body-text');
    const noPosition = `${PREFIXES} ex:a a oa:SpecificResource ; oa:hasSource ex:doc ; oa:hasSelector ex:q . ex:q a oa:TextQuoteSelector ; oa:exact "x" .`;
    expect(checkAnchors(quadsOf(noPosition)).problems[0]?.message).toContain(
      'oa:TextPositionSelector',
    );
  });
});

describe('validateDataset', () => {
  const shapes = quadsOf(`${PREFIXES}
ex:ArticleShape a sh:NodeShape ; sh:targetClass cg:Article ;
  sh:property [ sh:path rdfs:label ; sh:minCount 1 ; sh:datatype xsd:string ] .`);

  it('conforms when the shapes and the anchors are satisfied, across graphs', async () => {
    const report = await validateDataset(quadsOf(anchorData(12, 19, 'no cuts')), shapes);
    expect(report.conforms).toBe(true);
    expect(formatValidationReport(report, 'text', DEFAULT_PREFIXES)).toContain(
      'The dataset conforms.',
    );
  });

  it('reports SHACL violations grouped by shape and focus node, and anchor problems', async () => {
    const data = anchorData(13, 20, 'no cuts').replace('rdfs:label "Doc" ;', 'rdfs:label 5 ;');
    const report = await validateDataset(quadsOf(data), shapes);
    expect(report.conforms).toBe(false);
    expect(report.shacl.results).toHaveLength(1);
    expect(report.shacl.results[0]).toMatchObject({
      severity: 'Violation',
      focusNode: 'http://example.org/doc',
      path: '<http://www.w3.org/2000/01/rdf-schema#label>',
      constraint: 'http://www.w3.org/ns/shacl#DatatypeConstraintComponent',
    });
    const text = formatValidationReport(report, 'text', DEFAULT_PREFIXES);
    expect(text).toMatch(
      /sh:DatatypeConstraintComponent \(1 result\)\n {4}<http:\/\/example\.org\/doc>\n {6}rdfs:label: /,
    );
    expect(text).toContain('Anchors: 1 problem in 1 anchor');
    expect(text).toContain('The dataset does NOT conform.');
    const json = JSON.parse(formatValidationReport(report, 'json', DEFAULT_PREFIXES)) as {
      conforms: boolean;
    };
    expect(json.conforms).toBe(false);
  });

  it('takes a string with characters outside the BMP (an emoji) as an xsd:string', async () => {
    // rdf-validation 0.1.1 (under shacl-engine) rejected any surrogate pair here; patched in
    // patches/rdf-validation@0.1.1.patch.
    const data = anchorData(12, 19, 'no cuts').replace(
      'rdfs:label "Doc" ;',
      'rdfs:label "\uD83D\uDCC4 THE UNION" ;',
    );
    const report = await validateDataset(quadsOf(data), shapes);
    expect(report.shacl.results).toEqual([]);
    expect(report.conforms).toBe(true);
  });

  it('neutralises control characters from the data in the text report', async () => {
    const data = anchorData(13, 20, 'no \\u001b[31mcuts');
    const text = formatValidationReport(
      await validateDataset(quadsOf(data), shapes),
      'text',
      DEFAULT_PREFIXES,
    );
    expect(text).not.toContain('\u001b');
  });

  describe('on the ontology example dataset', () => {
    const example =
      EXAMPLE_DATASETS.find((dataset) => dataset.format === 'application/trig')?.text ?? '';

    it('conforms to the ontology shapes with every anchor matching', async () => {
      const report = await validateDataset(quadsOf(example));
      expect(report.shacl.results).toEqual([]);
      expect(report.anchors.checked).toBeGreaterThan(0);
      expect(report.conforms).toBe(true);
    });

    it('finds every anchor broken when the body texts shift by one character', async () => {
      const shifted = example
        .replace(/cg:bodyText """/g, 'cg:bodyText """#')
        .replace(/cg:bodyText "(?!"")/g, 'cg:bodyText "#');
      const report = await validateDataset(quadsOf(shifted));
      expect(report.anchors.problems.length).toBeGreaterThan(0);
      expect(
        report.anchors.problems.every(
          (problem) => problem.kind === 'mismatch' || problem.kind.endsWith('-mismatch'),
        ),
      ).toBe(true);
      expect(report.conforms).toBe(false);
    });

    const invalidDirectory = new URL('../../../../ontology/examples/invalid/', import.meta.url);
    const invalidExamples = readdirSync(invalidDirectory).filter((name) =>
      /\.(ttl|trig)$/.test(name),
    );

    it('has the invalid examples to check', () => {
      expect(invalidExamples.length).toBeGreaterThan(0);
    });

    it.each(invalidExamples)('rejects the example plus invalid/%s', async (name) => {
      const addition = readFileSync(new URL(name, invalidDirectory), 'utf8');
      const combined = [
        ...quadsOf(example),
        ...LocalStore.fromText(addition, name.endsWith('.trig') ? 'trig' : 'turtle').quads(),
      ];
      const report = await validateDataset(combined);
      expect(report.conforms).toBe(false);
      if (name.startsWith('anchor-')) expect(report.anchors.problems.length).toBeGreaterThan(0);
    });
  });
});
