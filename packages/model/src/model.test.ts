import type { Quad } from 'n3';
import { describe, expect, it } from 'vitest';
import { actorIn, corpusOf, documentOf, quoteIn } from './_fixtures.js';
import { AnnotationError, parseAnnotations } from './annotations.js';
import { graphs, iri } from './iris.js';
import { buildModel, type CorpusDocument } from './model.js';
import { compareRows } from './quads.js';
import { toTrig } from './trig.js';

const CG = 'https://w3id.org/claimgraph/ontology#';
const ID = 'https://w3id.org/claimgraph/id/';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const OA = 'http://www.w3.org/ns/oa#';

const bodyA =
  'The council met. "We will close the library at the end of the month, and nobody can stop us now," Mayor Jane Roe said on Monday.';
const bodyB =
  'Roe repeated it: “We will close the library at the end of the month, and nobody can stop us now.” The union called it "a disgrace to the town and its readers," said Sam Poe.';

function corpus(): CorpusDocument[] {
  const jane = (body: string, names: string[]) =>
    actorIn(body, 'person:jane-roe', 'Jane Roe', names);
  const a = documentOf(
    'a',
    bodyA,
    [
      quoteIn(
        bodyA,
        'We will close the library at the end of the month, and nobody can stop us now,',
        'person:jane-roe',
      ),
    ],
    [jane(bodyA, ['Jane Roe'])],
    'Town Gazette',
  );
  const b = documentOf(
    'b',
    bodyB,
    [
      quoteIn(
        bodyB,
        'We will close the library at the end of the month, and nobody can stop us now.',
        'person:jane-roe',
      ),
      quoteIn(bodyB, 'a disgrace to the town and its readers,', 'person:sam-poe'),
    ],
    [jane(bodyB, ['Roe']), actorIn(bodyB, 'person:sam-poe', 'Sam Poe')],
  );
  return [a, b];
}

const objects = (quads: Quad[], subject: string, predicate: string) =>
  quads
    .filter((q) => q.subject.value === subject && q.predicate.value === predicate)
    .map((q) => q.object.value);
const subjectsOfType = (quads: Quad[], type: string) => [
  ...new Set(
    quads
      .filter((q) => q.predicate.value === RDF_TYPE && q.object.value === type)
      .map((q) => q.subject.value),
  ),
];

describe('buildModel', () => {
  it('makes one statement with one report per article for the same words', () => {
    const docs = corpus();
    const { quads, summary } = buildModel({
      documents: docs,
      corpus: corpusOf(docs),
      annotations: [],
    });
    const statements = subjectsOfType(quads, `${CG}Statement`);
    expect(statements).toHaveLength(2);
    const closing = statements.find((s) =>
      objects(quads, s, `${CG}text`)[0]!.startsWith('We will close'),
    )!;
    const reports = quads
      .filter((q) => q.predicate.value === `${CG}reports` && q.object.value === closing)
      .map((q) => q.subject.value);
    const spanA = quoteIn(
      bodyA,
      'We will close the library at the end of the month, and nobody can stop us now,',
      null,
    );
    const spanB = quoteIn(
      bodyB,
      'We will close the library at the end of the month, and nobody can stop us now.',
      null,
    );
    expect(reports.sort()).toEqual(
      [iri.report('a', spanA.start, spanA.end), iri.report('b', spanB.start, spanB.end)].sort(),
    );
    expect(objects(quads, closing, `${CG}statedBy`)).toEqual([iri.actor('person:jane-roe')]);
    expect(summary).toMatchObject({ documents: 2, statements: 2, reports: 3 });
  });

  it('anchors every report to the exact characters of its article', () => {
    const docs = corpus();
    const { quads } = buildModel({ documents: docs, corpus: corpusOf(docs), annotations: [] });
    const bodies: Record<string, string> = { a: bodyA, b: bodyB };
    const positions = subjectsOfType(quads, `${OA}TextPositionSelector`);
    expect(positions.length).toBeGreaterThan(3);
    for (const selector of positions) {
      const anchor = selector.replace(/\/position$/, '');
      const doc = objects(quads, anchor, `${OA}hasSource`)[0]!.split('/').at(-1)!;
      const start = Number(objects(quads, selector, `${OA}start`)[0]);
      const end = Number(objects(quads, selector, `${OA}end`)[0]);
      expect(objects(quads, `${anchor}/quote`, `${OA}exact`)[0]).toBe(
        bodies[doc]!.slice(start, end),
      );
    }
  });

  it('puts reports in the graph of their article and articles in the metadata graph', () => {
    const docs = corpus();
    const { quads } = buildModel({ documents: docs, corpus: corpusOf(docs), annotations: [] });
    const graphOf = (subject: string, type: string) =>
      quads.find(
        (q) =>
          q.subject.value === subject && q.predicate.value === RDF_TYPE && q.object.value === type,
      )?.graph.value;
    const span = quoteIn(bodyB, 'a disgrace to the town and its readers,', null);
    expect(graphOf(iri.report('b', span.start, span.end), `${CG}Report`)).toBe(
      graphs.document('b'),
    );
    expect(graphOf(iri.document('a'), `${CG}Article`)).toBe(graphs.metadata);
    expect(objects(quads, iri.document('a'), `${CG}bodyText`)).toEqual([bodyA]);
    expect(subjectsOfType(quads, `${CG}Outlet`)).toEqual([iri.actor('org:town-gazette')]);
  });

  it('makes a byline person the author, but not a staff credit or an organisation the articles name', () => {
    const body = 'The Riverton Council Bulletin reported the vote.';
    const bylined = (id: string, author: string) => {
      const doc = documentOf(
        id,
        body,
        [],
        [actorIn(body, 'org:riverton-council-bulletin', 'Riverton Council Bulletin')],
      );
      doc.parsed.metadata.author = { value: author, rule: 'test', confidence: 1 };
      return doc;
    };
    const docs = [
      bylined('p', 'Dana Fox'),
      bylined('s', 'KHBK 6 News Staff'),
      bylined('o', 'Riverton Council Bulletin'),
    ];
    const { quads } = buildModel({ documents: docs, corpus: corpusOf(docs), annotations: [] });
    expect(objects(quads, iri.document('p'), `${CG}author`)).toEqual([
      iri.actor('person:dana-fox'),
    ]);
    expect(objects(quads, iri.document('s'), `${CG}author`)).toEqual([]);
    expect(objects(quads, iri.document('o'), `${CG}author`)).toEqual([]);
  });

  it('writes byte-identical TriG whatever the order of the documents', async () => {
    const docs = corpus();
    const first = await toTrig(
      buildModel({ documents: docs, corpus: corpusOf(docs), annotations: [] }).quads,
    );
    const reversed = [...docs].reverse();
    const second = await toTrig(
      buildModel({ documents: reversed, corpus: corpusOf(reversed), annotations: [] }).quads,
    );
    expect(second).toBe(first);
    expect(first).toContain('@prefix cg: <https://w3id.org/claimgraph/ontology#>');
  });

  it('keeps an unattributed quote, stated by an unidentified source, with a warning', () => {
    const body = 'Someone shouted "this is the end of reading in our town as we know it" and left.';
    const docs = [
      documentOf(
        'c',
        body,
        [quoteIn(body, 'this is the end of reading in our town as we know it', null)],
        [],
      ),
    ];
    const { quads, warnings } = buildModel({
      documents: docs,
      corpus: corpusOf(docs),
      annotations: [],
    });
    const statements = subjectsOfType(quads, `${CG}Statement`);
    expect(statements).toHaveLength(1);
    const speaker = quads.find(
      (q) => q.subject.value === statements[0] && q.predicate.value === `${CG}statedBy`,
    )?.object.value;
    expect(speaker).toMatch(/\/actor\/person-unidentified-c-0$/u);
    expect(
      quads.some(
        (q) =>
          q.subject.value === speaker &&
          /label|name/iu.test(q.predicate.value) &&
          q.object.value === 'unidentified source',
      ),
    ).toBe(true);
    expect(warnings.map((w) => w.code)).toEqual(['unattributed-quote']);
    expect(warnings[0]?.message).toContain('stated by an unidentified source');
  });

  it('gives a quote whose speaker the article describes without a name an unnamed source of its own', () => {
    const body = 'One nurse, who asked not to be named, spoke. "We are exhausted," the nurse said.';
    const at = body.indexOf('One nurse');
    const docs = [
      documentOf(
        'd',
        body,
        [
          quoteIn(body, 'We are exhausted', null, {
            speakerDescription: { start: at, end: at + 'One nurse'.length, text: 'One nurse' },
          }),
        ],
        [],
      ),
    ];
    const { quads, warnings } = buildModel({
      documents: docs,
      corpus: corpusOf(docs),
      annotations: [],
    });
    const [statement] = subjectsOfType(quads, `${CG}Statement`);
    const speaker = quads.find(
      (q) => q.subject.value === statement && q.predicate.value === `${CG}statedBy`,
    )?.object.value;
    expect(speaker).toBe(`${ID}actor/person-unnamed-d-${body.indexOf('We are')}`);
    expect(
      quads.find((q) => q.subject.value === speaker && q.predicate.value.endsWith('#label'))?.object
        .value,
    ).toBe('unnamed source (one nurse)');
    expect(subjectsOfType(quads, `${CG}Person`)).toContain(speaker);
    expect(warnings).toEqual([]);
  });

  it('links curated disputes, policies and stances to the extracted statements their evidence points at', () => {
    const docs = corpus();
    const annotations = [
      parseAnnotations(
        'ann.yaml',
        `policies:
  - id: library-closure
    label: Close the town library
    enactedBy: Jane Roe
    status: asserted
    describedIn: [{ doc: a, quote: "We will close the library" }]
stances:
  - { actor: Sam Poe, on: library-closure, value: opposes, statement: { doc: b, quote: "a disgrace to the town" } }
disputes:
  - id: closure-dispute
    label: Is the closure a disgrace?
    about: library-closure
    statements:
      - { doc: a, quote: "nobody can stop us now" }
      - { doc: b, quote: "a disgrace to the town and its readers" }
`,
      ),
    ];
    const { quads, summary } = buildModel({ documents: docs, corpus: corpusOf(docs), annotations });
    const dispute = iri.dispute('closure-dispute');
    const involved = objects(quads, dispute, `${CG}involvesStatement`);
    expect(involved).toHaveLength(2);
    expect(objects(quads, dispute, `${CG}hasParty`).sort()).toEqual(
      [iri.actor('person:jane-roe'), iri.actor('person:sam-poe')].sort(),
    );
    expect(
      quads
        .filter((q) => q.subject.value === dispute)
        .every((q) => q.graph.value === graphs.curated),
    ).toBe(true);
    expect(objects(quads, dispute, 'http://www.w3.org/ns/prov#wasGeneratedBy')).toEqual([
      iri.activity('curation'),
    ]);
    expect(summary).toMatchObject({ policies: 1, stances: 1, disputes: 1 });
  });

  it('rejects evidence that is not the document’s own words, naming the annotation line', () => {
    const docs = corpus();
    const annotations = [
      parseAnnotations(
        'ann.yaml',
        'events:\n  - id: e\n    label: l\n    date: 2020-01-01\n    evidence:\n      - { doc: a, quote: "words nobody wrote" }\n',
      ),
    ];
    expect(() => buildModel({ documents: docs, corpus: corpusOf(docs), annotations })).toThrowError(
      AnnotationError,
    );
    expect(() => buildModel({ documents: docs, corpus: corpusOf(docs), annotations })).toThrow(
      /^ann\.yaml:6:\d+: evidence quote is not in document 'a'/,
    );
  });

  it('applies corrections: a new speaker, or not a statement at all', () => {
    const docs = corpus();
    const annotations = [
      parseAnnotations(
        'fix.yaml',
        `corrections:
  - statement: { doc: b, quote: "a disgrace to the town" }
    speaker: Town Library Union
  - statement: { doc: a, quote: "nobody can stop us" }
    notAStatement: true
`,
      ),
    ];
    const { quads } = buildModel({ documents: docs, corpus: corpusOf(docs), annotations });
    const disgrace = subjectsOfType(quads, `${CG}Statement`).find((s) =>
      objects(quads, s, `${CG}text`)[0]!.startsWith('a disgrace'),
    )!;
    expect(objects(quads, disgrace, `${CG}statedBy`)).toEqual([
      iri.actor('person:town-library-union'),
    ]);
    const span = quoteIn(
      bodyA,
      'We will close the library at the end of the month, and nobody can stop us now,',
      null,
    );
    expect(objects(quads, iri.report('a', span.start, span.end), `${CG}reports`)).toEqual([]);
  });

  it('records words no extractor caught as a curated statement when the annotation names the speaker', () => {
    const docs = corpus();
    const annotations = [
      parseAnnotations(
        'ann.yaml',
        `policies:
  - id: p
    label: a policy
    describedIn: [{ doc: a, quote: "The council met", speaker: Town Council, medium: statement, date: 2020-03-02 }]
`,
      ),
    ];
    const { quads } = buildModel({ documents: docs, corpus: corpusOf(docs), annotations });
    const curated = subjectsOfType(quads, `${CG}Statement`).find(
      (s) => objects(quads, s, `${CG}text`)[0] === 'The council met',
    )!;
    expect(objects(quads, curated, `${CG}statedOn`)).toEqual(['2020-03-02']);
    expect(objects(quads, curated, `${CG}describes`)).toEqual([iri.policy('p')]);
    expect(objects(quads, iri.report('a', 0, 15), `${CG}quoteType`)).toEqual(['indirect']);
  });
});

describe('buildModel posts', () => {
  it('makes a person named as an organisation stand for their office', () => {
    const body = '"We are reviewing the letter," said Ann Lee, a spokeswoman for Mayor Jane Roe.';
    const lee = actorIn(body, 'person:ann-lee', 'Ann Lee');
    lee.posts.push({
      roleLabel: 'spokeswoman',
      orgKey: 'person:jane-roe',
      start: 46,
      end: 57,
      rule: 'test-post',
      confidence: 0.8,
    });
    const docs = [
      documentOf(
        'd',
        body,
        [quoteIn(body, 'We are reviewing the letter,', 'person:ann-lee')],
        [lee, actorIn(body, 'person:jane-roe', 'Jane Roe')],
      ),
    ];
    const corpusActors = corpusOf(docs);
    corpusActors.actors
      .find((a) => a.key === 'person:ann-lee')!
      .posts.push({ ...lee.posts[0]!, docId: 'd' });
    const { quads } = buildModel({ documents: docs, corpus: corpusActors, annotations: [] });
    const office = iri.actor('org:office-of-jane-roe');
    const statement = subjectsOfType(quads, `${CG}Statement`)[0]!;
    expect(objects(quads, statement, `${CG}onBehalfOf`)).toEqual([office]);
    expect(objects(quads, office, RDF_TYPE)).toEqual([`${CG}Organization`]);
    const post = objects(quads, statement, `${CG}inCapacityOf`)[0]!;
    expect(objects(quads, post, 'http://www.w3.org/ns/org#postIn')).toEqual([office]);
  });
});

describe('buildModel graphs', () => {
  it('writes no triple into more than one graph, so the union of the graphs has no repeats', () => {
    const docs = corpus();
    const annotations = [
      parseAnnotations(
        'ann.yaml',
        `disputes:
  - id: d
    label: l
    statements:
      - { doc: a, quote: "nobody can stop us now" }
      - { doc: b, quote: "a disgrace to the town and its readers" }
`,
      ),
    ];
    const { quads } = buildModel({ documents: docs, corpus: corpusOf(docs), annotations });
    const graphsOf = new Map<string, Set<string>>();
    for (const q of quads) {
      const key = `${q.subject.value} ${q.predicate.value} ${q.object.id}`;
      graphsOf.set(key, (graphsOf.get(key) ?? new Set()).add(q.graph.value));
    }
    expect([...graphsOf.entries()].filter(([, set]) => set.size > 1)).toEqual([]);
    expect(objects(quads, iri.actor('person:jane-roe'), RDF_TYPE)).toEqual([`${CG}Person`]);
  });
});

describe('buildModel actor annotations', () => {
  it('merges actors named by sameAs even when an alias names the other actor too', () => {
    const body =
      'The City Police said "we will patrol the park every night this summer," and CPD agreed.';
    const docs = [
      documentOf(
        'p',
        body,
        [quoteIn(body, 'we will patrol the park every night this summer,', 'org:city-police')],
        [actorIn(body, 'org:city-police', 'City Police'), actorIn(body, 'org:cpd', 'CPD')],
      ),
    ];
    const annotations = [
      parseAnnotations(
        'a.yaml',
        'actors:\n  - name: City Police\n    kind: Organization\n    sameAs: [CPD]\n    aliases: [CPD, the police]\n',
      ),
    ];
    const { quads } = buildModel({ documents: docs, corpus: corpusOf(docs), annotations });
    expect(subjectsOfType(quads, `${CG}Organization`)).toEqual([iri.actor('org:city-police')]);
    expect(
      objects(
        quads,
        iri.actor('org:city-police'),
        'http://www.w3.org/2004/02/skos/core#altLabel',
      ).sort(),
    ).toEqual(['CPD', 'the police']);
  });
});

describe('buildModel posts named twice', () => {
  it('describes a post once when the articles and an annotation both name it', () => {
    const body = '"The pool stays open," said Ann Lee, the mayor of Riverton.';
    const lee = actorIn(body, 'person:ann-lee', 'Ann Lee');
    const post = {
      roleLabel: 'Mayor',
      orgKey: 'org:riverton',
      start: 40,
      end: 45,
      rule: 'test-post',
      confidence: 0.8,
    };
    lee.posts.push(post);
    const docs = [
      documentOf(
        'm',
        body,
        [quoteIn(body, 'The pool stays open,', 'person:ann-lee')],
        [lee, actorIn(body, 'org:riverton', 'Riverton')],
      ),
    ];
    const corpusActors = corpusOf(docs);
    corpusActors.actors
      .find((a) => a.key === 'person:ann-lee')!
      .posts.push({ ...post, docId: 'm' });
    const annotations = [
      parseAnnotations(
        'a.yaml',
        'actors:\n  - name: Ann Lee\n    posts:\n      - { role: Mayor, org: Riverton }\n',
      ),
    ];
    const { quads } = buildModel({ documents: docs, corpus: corpusActors, annotations });
    const postIri = iri.post('person:ann-lee', 'Mayor', 'org:riverton');
    const graphsOfType = quads
      .filter((q) => q.subject.value === postIri && q.predicate.value === RDF_TYPE)
      .map((q) => q.graph.value);
    expect(graphsOfType).toEqual([graphs.metadata]);
  });
});

describe('buildModel reuse of article graphs', () => {
  const keyed = () => ({
    documentKey: (document: CorpusDocument) => `key-of-${document.parsed.id}`,
  });

  it('hands the local parts back apart, mapped on demand, and with the dataset they make the same quads', () => {
    const docs = corpus();
    const all = buildModel({ documents: docs, corpus: corpusOf(docs), annotations: [] });
    const split = buildModel({
      documents: docs,
      corpus: corpusOf(docs),
      annotations: [],
      reuse: keyed(),
    });
    expect([...split.localParts.keys()].sort()).toEqual([
      graphs.document('a'),
      graphs.document('b'),
    ]);
    const partA = split.localParts.get(graphs.document('a'))!;
    expect(partA.rows().length).toBeGreaterThan(10);
    expect(partA.rows()).toEqual(partA.rows());
    const union = all.graphs.map(({ graph }) =>
      [
        ...(split.graphs.find((g) => g.graph === graph)?.rows ?? []),
        ...(split.localParts.get(graph)?.rows() ?? []),
      ].sort(compareRows),
    );
    expect(union).toEqual(all.graphs.map((g) => g.rows));
    // The statement whose best report is in a stays in the dataset; the summary counts its quads.
    expect(split.graphs.find((g) => g.graph === graphs.document('a'))!.rows.length).toBeGreaterThan(
      0,
    );
    const localRows = [...split.localParts.values()].reduce((n, p) => n + p.rows().length, 0);
    expect({ ...split.summary, quads: split.summary.quads + localRows }).toEqual(all.summary);
  });

  it('changes the digest of an article whose quote joins a statement with longer words', () => {
    const [a] = corpus();
    const bodyC =
      'Later: "We will close the library at the end of the month, and nobody can stop us now, whatever the council says," Jane Roe said.';
    const c = documentOf(
      'c',
      bodyC,
      [
        quoteIn(
          bodyC,
          'We will close the library at the end of the month, and nobody can stop us now, whatever the council says,',
          'person:jane-roe',
        ),
      ],
      [actorIn(bodyC, 'person:jane-roe', 'Jane Roe', ['Jane Roe'])],
    );
    const digestOfA = (documents: CorpusDocument[]) =>
      buildModel({
        documents,
        corpus: corpusOf(documents),
        annotations: [],
        reuse: keyed(),
      }).localParts.get(graphs.document('a'))!.digest;
    const alone = digestOfA([a!]);
    expect(digestOfA([a!])).toBe(alone);
    // With c, a's quote is a report of the statement named by c's longer words.
    expect(digestOfA([a!, c])).not.toBe(alone);
  });
});
