/**
 * The example datasets against the SHACL shapes and the ontology: the valid examples conform,
 * exercise every class and property, and anchor every span to the right characters; each broken
 * example in `ontology/examples/invalid/` (added on top of the valid ones) is rejected with exactly
 * the violations it was written to cause, named by source shape and result path.
 */
import { describe, expect, it } from 'vitest';
import { CG_TERMS, CG, OA, RDF, RDFS } from '../src/generated/vocabulary.js';
import {
  EXAMPLE_FILES,
  listRepoFiles,
  parseFiles,
  readRepoFile,
  validate,
  type Violation,
} from './_support.js';
import { Store } from 'n3';

const SHAPES = readRepoFile('ontology/shapes.ttl');

const EXPECTED: Record<string, Violation[]> = {
  'anchor-start-after-end.ttl': [
    {
      focus: 'cgid:anchor/courier-2026-02-12-eastside/50-40#position',
      shape: 'cgsh:TextPositionSelector-start',
      path: 'oa:start',
      component: 'sh:LessThanConstraintComponent',
    },
  ],
  'anchor-without-position-selector.ttl': [
    {
      focus: 'cgid:anchor/courier-2026-02-12-eastside/0-9',
      shape: 'cgsh:Anchor-positionSelector',
      path: 'oa:hasSelector',
      component: 'sh:QualifiedMinCountConstraintComponent',
    },
  ],
  'confidence-above-one.ttl': [
    {
      focus: 'cgid:policy/police-calls-only-for-life-safety',
      shape: 'cgsh:Scored-confidence',
      path: 'cg:confidence',
      component: 'sh:MaxInclusiveConstraintComponent',
    },
  ],
  'dispute-with-one-statement.ttl': [
    {
      focus: 'cgid:dispute/closure-date',
      shape: 'cgsh:Dispute-involvesStatement',
      path: 'cg:involvesStatement',
      component: 'sh:MinCountConstraintComponent',
    },
  ],
  'person-typed-as-organization.ttl': [
    {
      focus: 'cgid:actor/lee-park',
      shape: 'cgsh:Person',
      path: undefined,
      component: 'sh:NotConstraintComponent',
    },
  ],
  'policy-with-unknown-status.ttl': [
    {
      focus: 'cgid:policy/overdue-fines-abolished',
      shape: 'cgsh:Policy-policyStatus',
      path: 'cg:policyStatus',
      component: 'sh:InConstraintComponent',
    },
  ],
  'report-with-unknown-quote-type.ttl': [
    {
      focus: 'cgid:report/courier-2026-02-12-eastside/158-215-paraphrase',
      shape: 'cgsh:Report-quoteType',
      path: 'cg:quoteType',
      component: 'sh:InConstraintComponent',
    },
  ],
  'report-without-anchor.ttl': [
    {
      focus: 'cgid:report/courier-2026-02-12-eastside/unanchored',
      shape: 'cgsh:Report-anchor',
      path: 'cg:anchor',
      component: 'sh:MinCountConstraintComponent',
    },
  ],
  'speaker-not-an-actor.ttl': [
    {
      focus: 'cgid:statement/park-text',
      shape: 'cgsh:Statement-statedBy',
      path: 'cg:statedBy',
      component: 'sh:MaxCountConstraintComponent',
    },
    {
      focus: 'cgid:statement/park-text',
      shape: 'cgsh:Statement-statedBy',
      path: 'cg:statedBy',
      component: 'sh:NodeConstraintComponent',
    },
  ],
  'statement-with-two-speakers.ttl': [
    {
      focus: 'cgid:statement/okafor-budget',
      shape: 'cgsh:Statement-statedBy',
      path: 'cg:statedBy',
      component: 'sh:MaxCountConstraintComponent',
    },
  ],
  'statement-without-report.ttl': [
    {
      focus: 'cgid:statement/unreported',
      shape: 'cgsh:Statement-reportedBy',
      path: '^cg:reports',
      component: 'sh:MinCountConstraintComponent',
    },
  ],
};

const sortViolations = (v: Violation[]): Violation[] =>
  [...v].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

describe('the valid examples', () => {
  it('conform to the shapes', async () => {
    expect(await validate(SHAPES, parseFiles(EXAMPLE_FILES))).toEqual([]);
  });

  it('have an instance of every class of the ontology (or of a sub-class)', () => {
    const store = new Store(parseFiles(EXAMPLE_FILES));
    const classes = Object.values(CG_TERMS).filter((t) => t.kind === 'class');
    const instancesOf = (iri: string): boolean =>
      store.getSubjects(RDF.type, iri, null).length > 0 ||
      classes.some((c) => c.superTerms.includes(iri) && instancesOf(c.iri));
    expect(classes.filter((c) => !instancesOf(c.iri)).map((c) => c.name)).toEqual([]);
    expect(
      classes
        .filter((c) => store.getSubjects(RDF.type, c.iri, null).length === 0)
        .map((c) => c.name),
    ).toEqual(['Actor', 'SourceDocument']);
  });

  it('use every property and individual of the ontology (or a sub-property)', () => {
    const store = new Store(parseFiles(EXAMPLE_FILES));
    const terms = Object.values(CG_TERMS);
    const used = (iri: string): boolean =>
      store.getQuads(null, iri, null, null).length > 0 ||
      store.getQuads(null, null, iri, null).length > 0 ||
      terms.some((t) => t.superTerms.includes(iri) && used(t.iri));
    expect(terms.filter((t) => t.kind !== 'class' && !used(t.iri)).map((t) => t.name)).toEqual([]);
  });

  it('anchor every span to exactly the characters of the article body (code points)', () => {
    const store = new Store(parseFiles(EXAMPLE_FILES));
    const anchors = store.getSubjects(RDF.type, OA.SpecificResource, null);
    expect(anchors.length).toBeGreaterThan(20);
    for (const anchor of anchors) {
      const article = store.getObjects(anchor, OA.hasSource, null)[0];
      const body = [...(store.getObjects(article ?? null, CG.bodyText, null)[0]?.value ?? '')];
      const selectors = store.getObjects(anchor, OA.hasSelector, null);
      const value = (p: string) => selectors.flatMap((s) => store.getObjects(s, p, null))[0]?.value;
      const [start, end] = [Number(value(OA.start)), Number(value(OA.end))];
      expect(body.slice(start, end).join(''), anchor.value).toBe(value(OA.exact));
      expect(
        body.slice(Math.max(0, start - [...(value(OA.prefix) ?? '')].length), start).join(''),
      ).toBe(value(OA.prefix));
      expect(body.slice(end, end + [...(value(OA.suffix) ?? '')].length).join('')).toBe(
        value(OA.suffix),
      );
    }
  });

  it('give every named thing a label', () => {
    const store = new Store(parseFiles(EXAMPLE_FILES));
    for (const name of [
      'Person',
      'Organization',
      'Outlet',
      'Post',
      'Article',
      'Policy',
      'Dispute',
      'Event',
    ] as const) {
      for (const subject of store.getSubjects(RDF.type, CG[name], null)) {
        expect(store.getObjects(subject, RDFS.label, null), subject.value).not.toHaveLength(0);
      }
    }
  });
});

describe('the broken examples', () => {
  const files = listRepoFiles('ontology/examples/invalid', /\.(ttl|trig)$/);

  it('each have an expected outcome, and each expected outcome a file', () => {
    expect(files.map((f) => f.split('/').pop())).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(files)('%s is rejected with the violation it was written to cause', async (file) => {
    const violations = await validate(SHAPES, parseFiles([...EXAMPLE_FILES, file]));
    expect(violations).toEqual(sortViolations(EXPECTED[file.split('/').pop() ?? ''] ?? []));
  });
});
