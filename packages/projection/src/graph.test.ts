import { describe, expect, it } from 'vitest';
import { FIXTURE, parseTrig } from './_fixture.js';
import { toGraphology } from './graph.js';
import { projectDataset } from './project.js';
import { EDGE_STYLE, NODE_STYLE } from './style.js';

const view = projectDataset(parseTrig(FIXTURE));

describe('toGraphology', () => {
  it('carries every node and edge with the attributes sigma draws', () => {
    const graph = toGraphology(view);
    expect(graph.order).toBe(view.nodes.length);
    expect(graph.size).toBe(view.edges.length);
    const node = view.nodes[0]!;
    expect(graph.getNodeAttributes(node.id)).toEqual({
      x: node.x,
      y: node.y,
      size: node.size,
      color: NODE_STYLE[node.kind].color,
      label: node.label,
      kind: node.kind,
      contested: node.contested,
      degree: node.degree,
    });
  });

  it('styles edges by kind and draws disputes thicker, in red', () => {
    const graph = toGraphology(view);
    const said = view.edges.find((edge) => edge.kind === 'said')!;
    expect(graph.getEdgeAttributes(said.id)).toEqual({ kind: 'said', label: 'said', color: EDGE_STYLE.said.color, size: 1, type: 'arrow', dashed: false });
    const denies = view.edges.find((edge) => edge.kind === 'disputes')!;
    expect(graph.getEdgeAttributes(denies.id)).toMatchObject({ color: '#CC3311', size: 2.5, label: 'denies' });
    expect(graph.source(denies.id)).toBe(denies.source);
    expect(graph.getEdgeAttribute(denies.id, 'type')).toBe('arrow');
  });

  it('draws arrows only where direction matters', () => {
    const graph = toGraphology(view);
    const published = view.edges.find((edge) => edge.kind === 'published-by')!;
    expect(graph.getEdgeAttributes(published.id)).toMatchObject({ type: 'line', dashed: true });
  });
});

describe('toGraphology on a broken view', () => {
  it('names the package and the edge that points nowhere', () => {
    const broken = { ...view, edges: [...view.edges, { id: 'x', source: view.nodes[0]!.id, target: 'urn:missing', kind: 'said' as const, label: 'said' }] };
    expect(() => toGraphology(broken)).toThrow('claimgraph-projection: edge x refers to a node that is not in the view: urn:missing');
  });

  it('rejects duplicate node ids', () => {
    expect(() => toGraphology({ ...view, nodes: [...view.nodes, view.nodes[0]!] })).toThrow(/claimgraph-projection: view has two nodes with id/);
  });
});
