import { describe, expect, it } from 'vitest';
import { FIXTURE, parseTrig } from './_fixture.js';
import { DEFAULT_FILTERS, visibleNodeIds } from './filters.js';
import { toGraphology } from './graph.js';
import { projectDataset } from './project.js';
import { FADED_EDGE_COLOR, FADED_NODE_COLOR, createReducers, type ReducerState } from './reducers.js';

const ID = 'https://w3id.org/claimgraph/id/';
const view = projectDataset(parseTrig(FIXTURE), { layout: false });
const graph = toGraphology(view);

function reduce(state: ReducerState) {
  const { nodeReducer, edgeReducer } = createReducers(graph, () => state);
  return {
    node: (id: string) => nodeReducer(`${ID}${id}`, { ...graph.getNodeAttributes(`${ID}${id}`) }),
    edge: (id: string) => edgeReducer(id, { ...graph.getEdgeAttributes(id) }),
  };
}

describe('createReducers', () => {
  it('hides nodes the filters hide and edges touching them', () => {
    const visible = visibleNodeIds(view, { ...DEFAULT_FILTERS, hiddenKinds: ['article'] });
    const { node, edge } = reduce({ visible, focus: null });
    expect(node('document/d1').hidden).toBe(true);
    expect(node('actor/zoe').hidden).toBeUndefined();
    const reported = view.edges.find((candidate) => candidate.kind === 'reported-in')!;
    expect(edge(reported.id).hidden).toBe(true);
  });

  it('fades what lies outside the focused node’s neighbourhood and labels the neighbourhood', () => {
    const { node, edge } = reduce({ visible: null, focus: `${ID}actor/bram` });
    expect(node('actor/bram')).toMatchObject({ highlighted: true, forceLabel: true });
    expect(node('statement/s2')).toMatchObject({ forceLabel: true });
    expect(node('document/d1')).toMatchObject({ color: FADED_NODE_COLOR, label: '' });
    const far = view.edges.find((candidate) => candidate.kind === 'published-by')!;
    expect(edge(far.id).color).toBe(FADED_EDGE_COLOR);
  });

  it('draws disputes above other edges when nothing is focused', () => {
    const { edge } = reduce({ visible: null, focus: null });
    const dispute = view.edges.find((candidate) => candidate.kind === 'disputes')!;
    const said = view.edges.find((candidate) => candidate.kind === 'said')!;
    expect(edge(dispute.id).zIndex).toBeGreaterThan(edge(said.id).zIndex ?? 0);
  });
});
