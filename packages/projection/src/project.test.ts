import { describe, expect, it } from 'vitest';
import { FIXTURE, PREFIXES, parseTrig } from './_fixture.js';
import { projectDataset } from './project.js';
import { EDGE_STYLE } from './style.js';
import type { ViewModel } from './types.js';

const ID = 'https://w3id.org/claimgraph/id/';
const view = projectDataset(parseTrig(FIXTURE));

function node(model: ViewModel, id: string) {
  const found = model.nodes.find((candidate) => candidate.id === `${ID}${id}`);
  if (!found) throw new Error(`no node ${id}`);
  return found;
}

function edgesOf(model: ViewModel, kind: string) {
  return model.edges
    .filter((edge) => edge.kind === kind)
    .map((edge) => `${edge.source.slice(ID.length)} -> ${edge.target.slice(ID.length)}${edge.label === EDGE_STYLE[edge.kind].label ? '' : ` (${edge.label})`}`);
}

describe('projectDataset', () => {
  it('makes one node per actor, statement, policy, dispute, article, outlet, post, source and event', () => {
    const kinds = Object.fromEntries(view.legend.map((entry) => [entry.kind, entry.count]));
    expect(kinds).toEqual({
      person: 2,
      organization: 1,
      outlet: 2,
      post: 1,
      statement: 3,
      policy: 1,
      dispute: 1,
      event: 1,
      article: 3,
      'source-document': 1,
    });
    expect(view.nodes.some((candidate) => /report|mention|anchor|stance/.test(candidate.id))).toBe(false);
  });

  it('keeps literal values in the details, never as nodes', () => {
    const zoe = node(view, 'actor/zoe');
    expect(zoe.label).toBe('Zoë Ångström');
    expect(zoe.aliases).toEqual(['Mayor Ångström']);
    const holds = zoe.details.find((detail) => detail.property === 'holds');
    expect(holds?.values).toEqual([{ value: 'Mayor of Riverton', iri: `${ID}post/mayor`, label: 'Mayor of Riverton' }]);
    const date = node(view, 'statement/s1').details.find((detail) => detail.property === 'stated on');
    expect(date?.values).toEqual([{ value: '2024-03-01' }]);
    expect(view.nodes.some((candidate) => candidate.label === '2024-03-01')).toBe(false);
  });

  it('labels statements with a short excerpt of their text', () => {
    expect(node(view, 'statement/s1').label).toBe('The curfew is lawful and it will stay in place for as long…');
    expect(node(view, 'statement/s3').label).toBe('Shops may open at noon.');
    const short = projectDataset(parseTrig(FIXTURE), { layout: false, statementLabelLength: 12 });
    expect(node(short, 'statement/s1').label).toBe('The curfew…');
  });

  it('draws relations as typed edges people understand', () => {
    expect(edgesOf(view, 'said')).toEqual(['actor/bram -> statement/s2', 'actor/zoe -> statement/s1', 'actor/zoe -> statement/s3']);
    expect(edgesOf(view, 'disputes')).toEqual(['statement/s2 -> statement/s1 (denies)']);
    expect(edgesOf(view, 'reported-in')).toEqual([
      'statement/s1 -> document/d1',
      'statement/s1 -> document/d2',
      'statement/s2 -> document/d2',
      'statement/s2 -> document/d3',
    ]);
    expect(edgesOf(view, 'party-to')).toEqual(['actor/bram -> dispute/curfew-legality', 'actor/zoe -> dispute/curfew-legality']);
    expect(edgesOf(view, 'stance')).toEqual(['actor/bram -> policy/curfew (stance: opposes)']);
    expect(edgesOf(view, 'mentioned-in')).toEqual(['actor/zoe -> document/d1']);
    expect(edgesOf(view, 'in-capacity-of')).toEqual(['statement/s1 -> post/mayor']);
    expect(edgesOf(view, 'on-behalf-of')).toEqual(['statement/s1 -> actor/council']);
    expect(edgesOf(view, 'stated-in')).toEqual(['statement/s1 -> source/letter-1']);
    expect(edgesOf(view, 'published-by')).toEqual(['document/d1 -> outlet/daily-post', 'document/d2 -> outlet/evening-star']);
    expect(edgesOf(view, 'describes')).toEqual(['statement/s1 -> policy/curfew']);
    expect(edgesOf(view, 'involves')).toContain('event/protest -> actor/bram');
  });

  it('marks disputed statements, disputes and their neighbours as contested', () => {
    expect(node(view, 'statement/s1').contested).toBe(true);
    expect(node(view, 'statement/s2').contested).toBe(true);
    expect(node(view, 'statement/s3').contested).toBe(false);
    expect(node(view, 'dispute/curfew-legality').contested).toBe(true);
    expect(node(view, 'actor/bram').contested).toBe(true);
    expect(node(view, 'event/protest').contested).toBe(false);
  });

  it('counts a statement under the outlets of the articles reporting it, or the headline when there is no outlet', () => {
    expect(node(view, 'statement/s1').outlets).toEqual(['Daily Post', 'Evening Star']);
    expect(node(view, 'statement/s2').outlets).toEqual(['Blog: a note', 'Evening Star']);
    expect(node(view, 'statement/s3').outlets).toEqual([]);
    expect(view.outlets).toEqual(['Blog: a note', 'Daily Post', 'Evening Star']);
  });

  it('takes dates from cg:statedOn and cg:occurredOn', () => {
    expect(node(view, 'statement/s2').dates).toEqual(['2024-03']);
    expect(node(view, 'event/protest').dates).toEqual(['2024-03-05']);
    expect(node(view, 'actor/zoe').dates).toEqual([]);
    expect(view.dateRange).toEqual(['2024-03', '2024-04-10']);
  });

  it('sizes nodes by degree on a log scale', () => {
    const s1 = node(view, 'statement/s1');
    const s3 = node(view, 'statement/s3');
    expect(s1.degree).toBe(view.edges.filter((edge) => edge.source === s1.id || edge.target === s1.id).length);
    expect(s1.size).toBeGreaterThan(s3.size);
    expect(s1.size / s3.size).toBeLessThan(s1.degree / s3.degree);
  });

  it('records each statement with its speaker, capacity, medium and reports', () => {
    const s1 = view.statements.find((statement) => statement.id === `${ID}statement/s1`);
    expect(s1).toMatchObject({
      speaker: { label: 'Zoë Ångström' },
      onBehalfOf: { label: 'Riverton Council' },
      post: { label: 'Mayor of Riverton' },
      date: '2024-03-01',
      medium: { label: 'Letter to residents', kind: 'Letter' },
      disputes: [`${ID}statement/s2`],
      disputeIds: [`${ID}dispute/curfew-legality`],
    });
    expect(s1?.reports).toEqual([
      { docId: 'd1', articleIri: `${ID}document/d1`, outlet: 'Daily Post', quotedText: 'The curfew is lawful.', quoteType: 'direct', start: 27, end: 47 },
      { docId: 'd2', articleIri: `${ID}document/d2`, outlet: 'Evening Star', quotedText: 'The curfew is lawful', quoteType: 'indirect', start: 0, end: 20 },
    ]);
  });

  it('lists documents with body text and report, mention and evidence spans', () => {
    expect(view.documents.map((doc) => [doc.docId, doc.outlet, doc.published])).toEqual([
      ['d1', 'Daily Post', '2024-03-02'],
      ['d2', 'Evening Star', '2024-03-03'],
      ['d3', null, null],
    ]);
    const [d1, d2] = view.documents;
    expect(d1?.spans).toEqual([
      { start: 6, end: 18, nodeId: `${ID}actor/zoe`, kind: 'mention' },
      { start: 27, end: 47, nodeId: `${ID}statement/s1`, kind: 'report' },
    ]);
    expect(d2?.spans.map((span) => span.kind)).toEqual(['evidence', 'report']);
    expect(d1?.text.startsWith('Mayor Zoë')).toBe(true);
  });

  it('merges named graphs and drops duplicate triples', () => {
    const twice = parseTrig(`${FIXTURE}\n<https://w3id.org/claimgraph/graph/extra> { <${ID}actor/zoe> <https://w3id.org/claimgraph/ontology#mentionedIn> <${ID}document/d1> . }`);
    const again = projectDataset(twice, { layout: false });
    expect(again.edges).toEqual(projectDataset(parseTrig(FIXTURE), { layout: false }).edges);
  });

  it('infers the kind of untyped resources from the property pointing at them', () => {
    const model = projectDataset(
      parseTrig(`${PREFIXES}
        <${ID}statement/x> a cg:Statement ; cg:text "Hello." ; cg:statedBy <${ID}actor/anon> .`),
    );
    expect(node(model, 'actor/anon')).toMatchObject({ kind: 'person', label: 'anon' });
    expect(edgesOf(model, 'said')).toEqual(['actor/anon -> statement/x']);
  });

  it('handles an empty dataset', () => {
    expect(projectDataset([])).toEqual({ nodes: [], edges: [], statements: [], documents: [], outlets: [], dateRange: null, legend: [] });
  });

  it('is deterministic: the same quads in any order give byte-identical views', () => {
    const quads = parseTrig(FIXTURE);
    const first = JSON.stringify(projectDataset(quads));
    const second = JSON.stringify(projectDataset([...quads].reverse()));
    expect(second).toBe(first);
  });
});

describe('projectDataset on bad input', () => {
  it('says what is wrong instead of failing deep inside', () => {
    expect(() => projectDataset(null as unknown as [])).toThrow('claimgraph-projection: expected an iterable of RDF/JS quads');
    expect(() => projectDataset([{ subject: 'a' }] as unknown as [])).toThrow('claimgraph-projection: item 0 is not an RDF/JS quad');
  });
});
