/**
 * A generator of synthetic claimgraph datasets of any size, shaped like `kg build` output: one
 * named graph per article (mentions of actors, statements, reports, and anchors with a
 * TextQuoteSelector and a TextPositionSelector as blank nodes), `cggraph:metadata` (articles
 * with their body text, outlets, the build activity) and `cggraph:curated` (policies, stances,
 * disputes). Anchors point at the right code points of the generated body text, so validation
 * does its full work. Deterministic: the same size gives byte-identical TriG.
 */
import { random } from '../shared/random.js';

const CG = 'https://w3id.org/claimgraph/ontology#';
const ID = 'https://w3id.org/claimgraph/id/';
const GRAPH = 'https://w3id.org/claimgraph/graph/';
const WORDS = [
  'council',
  'budget',
  'library',
  'branch',
  'policy',
  'union',
  'staff',
  'police',
  'safety',
  'vote',
  'closure',
  'funding',
  'county',
  'mayor',
  'review',
  'report',
  'school',
  'hours',
  'access',
  'letter',
];
const OUTLETS = 24;
const ACTORS_PER_DOCUMENT = 6;
const STATEMENTS_PER_DOCUMENT = 8;

/** A generated dataset. */
export interface GeneratedDataset {
  trig: string;
  triples: number;
  documents: number;
}

function quoteLiteral(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

/**
 * Generates a dataset of at least `targetTriples` triples.
 * @example const { trig, triples } = generateDataset(100_000);
 */
export function generateDataset(targetTriples: number): GeneratedDataset {
  const next = random(42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const sentence = (length: number) => Array.from({ length }, () => pick(WORDS)).join(' ');
  const parts: string[] = [
    `@prefix cg: <${CG}> .\n@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n`,
    '@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n@prefix org: <http://www.w3.org/ns/org#> .\n',
    '@prefix oa: <http://www.w3.org/ns/oa#> .\n@prefix prov: <http://www.w3.org/ns/prov#> .\n\n',
  ];
  let triples = 0;
  const metadata: string[] = [];
  const curated: string[] = [];
  const emit = (lines: string[], subject: string, pairs: Array<[string, string]>) => {
    lines.push(`  ${subject} ${pairs.map(([p, o]) => `${p} ${o}`).join(' ;\n    ')} .\n`);
    triples += pairs.length;
  };
  for (let outlet = 0; outlet < OUTLETS; outlet++) {
    emit(metadata, `<${ID}outlet/outlet-${outlet}>`, [
      ['a', 'cg:Outlet'],
      ['rdfs:label', quoteLiteral(`Outlet ${outlet}`)],
    ]);
  }
  emit(metadata, `<${ID}activity/build>`, [
    ['a', 'cg:ExtractionActivity'],
    ['rdfs:label', '"kg build"'],
  ]);

  let documents = 0;
  const described = new Set<string>();
  /** What each statement slot of the previous article said, for the statements it shares. */
  let previous: Array<{ speaker: string; words: string; month: number }> = [];
  while (triples < targetTriples) {
    const current: typeof previous = [];
    const doc = `doc-${String(documents).padStart(6, '0')}`;
    const article = `<${ID}document/${doc}>`;
    const lines: string[] = [];
    let body = '';
    const anchor = (start: number, end: number) => {
      const iri = `<${ID}anchor/${doc}/${start}-${end}>`;
      const exact = body.slice(start, end);
      lines.push(
        `  ${iri} a oa:SpecificResource ; oa:hasSource ${article} ;\n` +
          `    oa:hasSelector [ a oa:TextQuoteSelector ; oa:exact ${quoteLiteral(exact)} ; oa:prefix ${quoteLiteral(body.slice(Math.max(0, start - 12), start))} ] ,\n` +
          `      [ a oa:TextPositionSelector ; oa:start "${start}"^^xsd:nonNegativeInteger ; oa:end "${end}"^^xsd:nonNegativeInteger ] .\n`,
      );
      triples += 4 + 3 + 3;
      return iri;
    };
    const actors: string[] = [];
    const actorNames: string[] = [];
    for (let index = 0; index < ACTORS_PER_DOCUMENT; index++) {
      const slug = `person-${Math.floor(next() * 400)}`;
      actors.push(`<${ID}actor/${slug}>`);
      actorNames.push(`Person ${slug.slice(7)}`);
    }
    const organization = `<${ID}actor/org-${Math.floor(next() * 40)}>`;
    // Like `kg build`: an actor's type and name once, in the metadata graph; its mentions per article.
    if (!described.has(organization)) {
      described.add(organization);
      emit(metadata, organization, [
        ['a', 'cg:Organization'],
        ['rdfs:label', quoteLiteral(`Organisation ${organization.slice(-4, -1)}`)],
      ]);
    }
    emit(lines, organization, [['cg:mentionedIn', article]]);
    actors.forEach((actor, index) => {
      const post = `<${ID}post/${doc}-${index}>`;
      if (!described.has(actor)) {
        described.add(actor);
        emit(metadata, actor, [
          ['a', 'cg:Person'],
          ['rdfs:label', quoteLiteral(actorNames[index]!)],
        ]);
      }
      emit(metadata, actor, [['org:holds', post]]);
      emit(lines, actor, [['cg:mentionedIn', article]]);
      emit(metadata, post, [
        ['a', 'cg:Post'],
        ['rdfs:label', quoteLiteral(`Spokesperson ${index}`)],
        ['cg:roleLabel', '"Spokesperson"'],
        ['org:postIn', organization],
      ]);
      const mentionStart = body.length;
      body += `${actorNames[index]} spoke. `;
      const mention = `<${ID}mention/${doc}/${mentionStart}-${mentionStart + actorNames[index]!.length}>`;
      emit(lines, mention, [
        ['a', 'cg:Mention'],
        ['cg:refersTo', actor],
        ['cg:anchor', anchor(mentionStart, mentionStart + actorNames[index]!.length)],
      ]);
    });
    for (let index = 0; index < STATEMENTS_PER_DOCUMENT; index++) {
      // Every third statement is also reported by the next article (corroboration).
      const shared = index % 3 === 0 && documents > 0;
      const statementKey = shared ? `${documents - 1}-${index}` : `${documents}-${index}`;
      const statement = `<${ID}statement/${statementKey}>`;
      const said = shared
        ? previous[index]!
        : {
            speaker: pick(actors),
            words: sentence(6 + Math.floor(next() * 10)),
            month: 1 + (documents % 9),
          };
      current[index] = said;
      const { speaker, words, month } = said;
      body += 'They said "';
      const start = body.length;
      body += words;
      const end = body.length;
      body += '". ';
      const source = `<${ID}source/${statementKey}>`;
      emit(lines, statement, [
        ['a', 'cg:Statement'],
        ['cg:statedBy', speaker],
        ['cg:text', quoteLiteral(words)],
        ['cg:statedOn', `"2026-0${month}-1${index}"^^xsd:date`],
        ['cg:statedIn', source],
        ['prov:wasGeneratedBy', `<${ID}activity/build>`],
      ]);
      emit(lines, source, [
        ['a', 'cg:Letter'],
        ['rdfs:label', quoteLiteral(`Letter ${statementKey}`)],
      ]);
      emit(lines, `<${ID}report/${doc}/${start}-${end}>`, [
        ['a', 'cg:Report'],
        ['cg:reports', statement],
        ['cg:reportedIn', article],
        ['cg:quotedText', quoteLiteral(words)],
        ['cg:quoteType', '"direct"'],
        ['cg:anchor', anchor(start, end)],
      ]);
    }
    parts.push(`GRAPH <${GRAPH}document/${doc}> {\n${lines.join('')}}\n`);
    emit(metadata, article, [
      ['a', 'cg:Article'],
      ['rdfs:label', quoteLiteral(`Article ${doc}`)],
      ['cg:documentId', quoteLiteral(doc)],
      ['cg:headline', quoteLiteral(sentence(6))],
      ['cg:publishedBy', `<${ID}outlet/outlet-${documents % OUTLETS}>`],
      ['cg:publishedOn', `"2026-02-${String(1 + (documents % 28)).padStart(2, '0')}"^^xsd:date`],
      ['cg:bodyText', quoteLiteral(body)],
    ]);
    if (documents % 10 === 9) {
      const policy = `<${ID}policy/policy-${documents}>`;
      const first = `<${ID}statement/${documents}-1>`;
      const second = `<${ID}statement/${documents}-2>`;
      emit(curated, policy, [
        ['a', 'cg:Policy'],
        ['rdfs:label', quoteLiteral(`Policy ${documents}`)],
        ['cg:policyStatus', '"asserted"'],
      ]);
      emit(curated, first, [['cg:describes', policy]]);
      emit(curated, `<${ID}stance/${documents}>`, [
        ['a', 'cg:Stance'],
        ['cg:stanceOf', actors[0]!],
        ['cg:stanceOn', policy],
        ['cg:stanceValue', '"opposes"'],
        ['cg:expressedIn', second],
      ]);
      emit(curated, `<${ID}dispute/dispute-${documents}>`, [
        ['a', 'cg:Dispute'],
        ['rdfs:label', quoteLiteral(`Dispute ${documents}`)],
        ['cg:involvesStatement', `${first} , ${second}`],
        ['cg:about', policy],
      ]);
      triples += 1;
    }
    previous = current;
    documents += 1;
  }
  parts.push(`GRAPH <${GRAPH}metadata> {\n${metadata.join('')}}\n`);
  parts.push(`GRAPH <${GRAPH}curated> {\n${curated.join('')}}\n`);
  return { trig: parts.join(''), triples, documents };
}
