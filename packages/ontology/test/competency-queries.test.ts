/**
 * Runs every competency query of `ontology/queries/` over the Millbrook example dataset, with the
 * union of named graphs as default graph, and asserts the answers row by row. The example repeats
 * actors and statements in several document graphs, so these tests also show that the queries
 * answer with one row per fact even when the union holds the same triple more than once.
 */
import { describe, expect, it } from 'vitest';
import { COMPETENCY_QUERIES } from '../src/generated/assets.js';
import { competencyQuery } from '../src/queries.js';
import {
  EXAMPLE_FILES,
  listRepoFiles,
  oxigraphStore,
  readRepoFile,
  select,
  type Row,
} from './_support.js';

const COURIER = 'courier-2026-02-12-eastside';
const RADIO = 'valley-radio-2026-02-13';
const NEWSLETTER = 'eastside-newsletter-2026-02';

const REQUIRED_VARIABLES: Record<string, string[]> = {
  quotes: ['statement', 'doc', 'text', 'speaker', 'speakerName'],
  actors: ['actor', 'name', 'kind', 'doc'],
  roles: ['person', 'personName', 'role', 'org', 'orgName'],
  policies: ['policy', 'label', 'statement', 'actor', 'actorName', 'stance'],
  disputes: ['dispute', 'label', 'party', 'partyName', 'statement', 'text'],
  timeline: ['date', 'what', 'label'],
  corroboration: ['statement', 'text', 'outlets'],
  provenance: ['statement', 'doc', 'start', 'end', 'exact'],
};

/** Runs a competency query over the examples and keeps `columns`, as sorted tab-joined lines. */
function answer(name: string, columns: string[], extraTurtle?: string): string[] {
  const store = oxigraphStore(EXAMPLE_FILES);
  if (extraTurtle) store.load(extraTurtle, { format: 'application/trig' });
  return project(select(store, competencyQuery(name).text), columns).sort();
}

function project(rows: Row[], columns: string[]): string[] {
  return rows.map((row) => columns.map((c) => row[c] ?? '∅').join('\t'));
}

function lines(...rows: string[][]): string[] {
  return rows.map((r) => r.join('\t')).sort();
}

describe('the competency query files', () => {
  it('are exactly the eight questions of the contract, each opening with its question', () => {
    expect(listRepoFiles('ontology/queries', /\.rq$/)).toEqual(
      Object.keys(REQUIRED_VARIABLES)
        .sort()
        .map((name) => `ontology/queries/${name}.rq`),
    );
    for (const file of listRepoFiles('ontology/queries', /\.rq$/)) {
      expect(readRepoFile(file)).toMatch(/^# \S.*\?/);
    }
  });

  it.each(Object.entries(REQUIRED_VARIABLES))(
    '%s.rq returns the contract variables',
    (name, vars) => {
      const query = COMPETENCY_QUERIES.find((q) => q.name === name);
      expect(query?.variables).toEqual(expect.arrayContaining(vars));
    },
  );
});

describe('quotes.rq — who said what, in which document', () => {
  it('gives one row per statement per reporting document, with that document’s words', () => {
    expect(answer('quotes', ['statement', 'doc', 'text', 'speaker', 'speakerName'])).toEqual(
      lines(
        [
          'cgid:statement/okafor-budget',
          COURIER,
          'We cannot keep three branches open on a two-branch budget',
          'cgid:actor/dana-okafor',
          'Dana Okafor',
        ],
        [
          'cgid:statement/reyes-letter',
          COURIER,
          'staff had been told to call police only where there is an immediate life-safety concern',
          'cgid:actor/sam-reyes',
          'Sam Reyes',
        ],
        [
          'cgid:statement/park-denial',
          COURIER,
          'There is no new security policy',
          'cgid:actor/lee-park',
          'Lee Park',
        ],
        [
          'cgid:statement/park-text',
          COURIER,
          'We have nothing further to add.',
          'cgid:actor/lee-park',
          'Lee Park',
        ],
        [
          'cgid:statement/okafor-budget',
          RADIO,
          'Millbrook can no longer afford three library branches',
          'cgid:actor/dana-okafor',
          'Dana Okafor',
        ],
        [
          'cgid:statement/okafor-email',
          RADIO,
          'the Eastside building would be handed back to the county in April',
          'cgid:actor/dana-okafor',
          'Dana Okafor',
        ],
        [
          'cgid:statement/reyes-letter',
          RADIO,
          'Staff have been instructed to call police only where there is an immediate life-safety concern. Local 12 opposes this rule.',
          'cgid:actor/sam-reyes',
          'Sam Reyes',
        ],
        [
          'cgid:statement/park-denial',
          RADIO,
          'there is no new security policy',
          'cgid:actor/lee-park',
          'Lee Park',
        ],
        [
          'cgid:statement/reyes-interview',
          RADIO,
          'We will keep fighting for Eastside',
          'cgid:actor/sam-reyes',
          'Sam Reyes',
        ],
        [
          'cgid:statement/okafor-budget',
          NEWSLETTER,
          'We cannot keep three branches open on a two-branch budget. Eastside has the fewest visitors.',
          'cgid:actor/dana-okafor',
          'Dana Okafor',
        ],
        [
          'cgid:statement/chen-post',
          NEWSLETTER,
          'Where will Eastside kids go after school?',
          'cgid:actor/maria-chen',
          'Maria Chen',
        ],
      ),
    );
  });

  it('reports how each document renders the statement', () => {
    expect(answer('quotes', ['statement', 'doc', 'quoteType'])).toEqual(
      expect.arrayContaining([
        `cgid:statement/reyes-letter\t${COURIER}\tmixed`,
        `cgid:statement/okafor-budget\t${RADIO}\tindirect`,
      ]),
    );
  });
});

describe('actors.rq — which actors appear where', () => {
  it('lists each actor once per document that mentions it, outlets as organisations', () => {
    expect(answer('actors', ['actor', 'name', 'kind', 'doc'])).toEqual(
      lines(
        ['cgid:actor/dana-okafor', 'Dana Okafor', 'Person', COURIER],
        ['cgid:actor/millbrook-town-council', 'Millbrook Town Council', 'Organization', COURIER],
        ['cgid:actor/sam-reyes', 'Sam Reyes', 'Person', COURIER],
        [
          'cgid:actor/library-workers-union-local-12',
          'Library Workers Union Local 12',
          'Organization',
          COURIER,
        ],
        ['cgid:actor/lee-park', 'Lee Park', 'Person', COURIER],
        ['cgid:actor/dana-okafor', 'Dana Okafor', 'Person', RADIO],
        ['cgid:outlet/valley-radio', 'Valley Radio', 'Organization', RADIO],
        [
          'cgid:actor/library-workers-union-local-12',
          'Library Workers Union Local 12',
          'Organization',
          RADIO,
        ],
        ['cgid:actor/lee-park', 'Lee Park', 'Person', RADIO],
        ['cgid:actor/sam-reyes', 'Sam Reyes', 'Person', RADIO],
        ['cgid:actor/dana-okafor', 'Dana Okafor', 'Person', NEWSLETTER],
        ['cgid:actor/maria-chen', 'Maria Chen', 'Person', NEWSLETTER],
      ),
    );
  });

  it('finds an actor through its mentions alone, without the cg:mentionedIn shortcut', () => {
    const store = oxigraphStore(EXAMPLE_FILES);
    store.update(
      'DELETE WHERE { GRAPH ?g { ?a <https://w3id.org/claimgraph/ontology#mentionedIn> ?d } }',
    );
    const rows = project(select(store, competencyQuery('actors').text), ['actor', 'doc']);
    expect(rows).toHaveLength(12);
  });
});

describe('roles.rq — who holds which post in which organisation', () => {
  it('lists each post holder once, with the title as written', () => {
    expect(answer('roles', ['person', 'personName', 'role', 'org', 'orgName'])).toEqual(
      lines(
        [
          'cgid:actor/dana-okafor',
          'Dana Okafor',
          'Mayor',
          'cgid:actor/millbrook-town-council',
          'Millbrook Town Council',
        ],
        [
          'cgid:actor/sam-reyes',
          'Sam Reyes',
          'president',
          'cgid:actor/library-workers-union-local-12',
          'Library Workers Union Local 12',
        ],
        [
          'cgid:actor/lee-park',
          'Lee Park',
          'Council spokesperson',
          'cgid:actor/millbrook-town-council',
          'Millbrook Town Council',
        ],
      ),
    );
  });
});

describe('policies.rq — which policies are described, by whom, who opposes them', () => {
  it('shows the describing letter, the union’s opposition and the spokesperson’s denial', () => {
    const policy = 'cgid:policy/police-calls-only-for-life-safety';
    const label = 'Library staff may call police only for an immediate life-safety concern';
    expect(
      answer('policies', [
        'policy',
        'label',
        'status',
        'statement',
        'actor',
        'actorName',
        'stance',
      ]),
    ).toEqual(
      lines(
        [
          policy,
          label,
          'denied',
          'cgid:statement/reyes-letter',
          'cgid:actor/sam-reyes',
          'Sam Reyes',
          'describes',
        ],
        [
          policy,
          label,
          'denied',
          'cgid:statement/reyes-letter',
          'cgid:actor/library-workers-union-local-12',
          'Library Workers Union Local 12',
          'opposes',
        ],
        [
          policy,
          label,
          'denied',
          'cgid:statement/park-denial',
          'cgid:actor/lee-park',
          'Lee Park',
          'denies-existence',
        ],
      ),
    );
  });

  it('carries the constraint text of the policy', () => {
    expect(answer('policies', ['constraint'])[0]).toBe(
      'only where there is an immediate life-safety concern',
    );
  });
});

describe('disputes.rq — who disputes whom about what', () => {
  it('names each party with its statement, organisations through the statements made for them', () => {
    const dispute = 'cgid:dispute/police-call-rule';
    const label = 'Whether library staff were told to call police only for life-safety concerns';
    const letter =
      'Staff have been instructed to call police only where there is an immediate life-safety concern. Local 12 opposes this rule.';
    const denial = 'There is no new security policy';
    expect(
      answer('disputes', ['dispute', 'label', 'party', 'partyName', 'statement', 'text']),
    ).toEqual(
      lines(
        [
          dispute,
          label,
          'cgid:actor/sam-reyes',
          'Sam Reyes',
          'cgid:statement/reyes-letter',
          letter,
        ],
        [
          dispute,
          label,
          'cgid:actor/library-workers-union-local-12',
          'Library Workers Union Local 12',
          'cgid:statement/reyes-letter',
          letter,
        ],
        [dispute, label, 'cgid:actor/lee-park', 'Lee Park', 'cgid:statement/park-denial', denial],
        [
          dispute,
          label,
          'cgid:actor/millbrook-town-council',
          'Millbrook Town Council',
          'cgid:statement/park-denial',
          denial,
        ],
      ),
    );
  });
});

describe('timeline.rq — what happened and was said when', () => {
  it('orders events, statements, source documents and articles by date', () => {
    const store = oxigraphStore(EXAMPLE_FILES);
    const rows = project(select(store, competencyQuery('timeline').text), ['date', 'kind', 'what']);
    expect(rows).toEqual([
      `2026-02\tarticle\tcgid:document/${NEWSLETTER}`,
      '2026-02-09\tsource document\tcgid:source/local-12-letter-2026-02-09',
      '2026-02-09\tstatement\tcgid:statement/reyes-letter',
      '2026-02-10\tevent\tcgid:event/council-votes-to-close-eastside',
      '2026-02-10\tsource document\tcgid:source/chen-post-2026-02-10',
      '2026-02-10\tsource document\tcgid:source/okafor-council-remarks-2026-02-10',
      '2026-02-10\tstatement\tcgid:statement/chen-post',
      '2026-02-10\tstatement\tcgid:statement/okafor-budget',
      '2026-02-11\tsource document\tcgid:source/council-statement-2026-02-11',
      '2026-02-11\tsource document\tcgid:source/park-text-message-2026-02-11',
      '2026-02-11\tstatement\tcgid:statement/park-denial',
      '2026-02-11\tstatement\tcgid:statement/park-text',
      `2026-02-12\tarticle\tcgid:document/${COURIER}`,
      '2026-02-12\tsource document\tcgid:source/reyes-valley-radio-interview',
      '2026-02-12\tstatement\tcgid:statement/reyes-interview',
      `2026-02-13\tarticle\tcgid:document/${RADIO}`,
      '2026-03-01\tevent\tcgid:event/eastside-branch-closes',
    ]);
  });

  it('labels statements with their words and the rest with their labels', () => {
    const rows = answer('timeline', ['what', 'label']);
    expect(rows).toContain('cgid:statement/park-denial\tThere is no new security policy');
    expect(rows).toContain('cgid:event/eastside-branch-closes\tEastside branch library closes');
  });
});

describe('corroboration.rq — statements reported by two or more outlets', () => {
  it('counts distinct outlets, an article without outlet as its own', () => {
    expect(answer('corroboration', ['statement', 'outlets'])).toEqual(
      lines(
        ['cgid:statement/okafor-budget', '3'],
        ['cgid:statement/reyes-letter', '2'],
        ['cgid:statement/park-denial', '2'],
      ),
    );
  });

  const extraReport = (docId: string, outlet: string | undefined): string => `
    @prefix cg: <https://w3id.org/claimgraph/ontology#> .
    GRAPH <https://w3id.org/claimgraph/graph/document/${docId}> {
      <https://w3id.org/claimgraph/id/report/${docId}/0-5> cg:reports <https://w3id.org/claimgraph/id/statement/park-text> ;
        cg:reportedIn <https://w3id.org/claimgraph/id/document/${docId}> .
      <https://w3id.org/claimgraph/id/document/${docId}> cg:documentId "${docId}"
        ${outlet ? `; cg:publishedBy <https://w3id.org/claimgraph/id/outlet/${outlet}>` : ''} .
    }`;

  it('does not count a second article of the same outlet again', () => {
    const rows = answer(
      'corroboration',
      ['statement'],
      extraReport('courier-follow-up', 'millbrook-courier'),
    );
    expect(rows).not.toContain('cgid:statement/park-text');
  });

  it('counts a second article without outlet as a second source', () => {
    const rows = answer(
      'corroboration',
      ['statement', 'outlets'],
      extraReport('blog-post', undefined),
    );
    expect(rows).toContain('cgid:statement/park-text\t2');
  });
});

describe('provenance.rq — where exactly a statement stands in its source', () => {
  it('gives each report’s document, code-point span and exact characters', () => {
    const rows = answer('provenance', ['statement', 'doc', 'start', 'end', 'exact']);
    expect(rows).toHaveLength(11);
    expect(rows).toContain(
      `cgid:statement/okafor-budget\t${COURIER}\t158\t215\tWe cannot keep three branches open on a two-branch budget`,
    );
    expect(rows).toContain(
      `cgid:statement/park-denial\t${RADIO}\t465\t496\tthere is no new security policy`,
    );
  });

  it('gives spans whose characters in the article body are the exact text', () => {
    const store = oxigraphStore(EXAMPLE_FILES);
    const bodies = new Map(
      select(
        store,
        'SELECT ?doc ?body { ?a <https://w3id.org/claimgraph/ontology#documentId> ?doc ; <https://w3id.org/claimgraph/ontology#bodyText> ?body }',
      ).map((r) => [r.doc, [...(r.body ?? '')]]),
    );
    for (const row of select(store, competencyQuery('provenance').text)) {
      const body = bodies.get(row.doc ?? '') ?? [];
      expect(body.slice(Number(row.start), Number(row.end)).join('')).toBe(row.exact);
    }
  });
});
