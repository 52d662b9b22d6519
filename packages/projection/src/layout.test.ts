import { describe, expect, it } from 'vitest';
import { FIXTURE, parseTrig } from './_fixture.js';
import { toGraphology } from './graph.js';
import { defaultIterations, hashString, initialPosition, layoutView, separateCoincidentNodes } from './layout.js';
import { projectDataset } from './project.js';

const positions = (view: ReturnType<typeof projectDataset>) => view.nodes.map((node) => [node.id, node.x, node.y]);

describe('layoutView', () => {
  it('gives every node a finite position and no two nodes the same one', () => {
    const view = projectDataset(parseTrig(FIXTURE));
    const seen = new Set(view.nodes.map((node) => `${node.x},${node.y}`));
    expect(seen.size).toBe(view.nodes.length);
    expect(view.nodes.every((node) => Number.isFinite(node.x) && Number.isFinite(node.y))).toBe(true);
  });

  it('is deterministic: the same view always gets the same positions', () => {
    const first = projectDataset(parseTrig(FIXTURE), { layout: false });
    const second = projectDataset(parseTrig(FIXTURE), { layout: false });
    layoutView(first, { iterations: 80 });
    layoutView(second, { iterations: 80 });
    expect(positions(second)).toEqual(positions(first));
  });

  it('pulls linked nodes closer than unlinked ones', () => {
    const view = projectDataset(parseTrig(FIXTURE));
    const at = (suffix: string) => view.nodes.find((node) => node.id.endsWith(suffix))!;
    const distance = (a: string, b: string) => Math.hypot(at(a).x - at(b).x, at(a).y - at(b).y);
    expect(distance('statement/s1', 'document/d1')).toBeLessThan(distance('outlet/daily-post', 'event/protest'));
  });

  it('leaves nodes at the origin when layout is turned off', () => {
    const view = projectDataset(parseTrig(FIXTURE), { layout: false });
    expect(view.nodes.every((node) => node.x === 0 && node.y === 0)).toBe(true);
  });

  it('starts each node from a position derived from its id only', () => {
    expect(initialPosition('a', 100)).toEqual(initialPosition('a', 100));
    expect(initialPosition('a', 100)).not.toEqual(initialPosition('b', 100));
    expect(hashString('a', 1)).not.toBe(hashString('a', 2));
    expect(defaultIterations(100)).toBeGreaterThan(defaultIterations(50_000));
  });
});

describe('separateCoincidentNodes', () => {
  it('moves nodes off a shared point, the same way every time', () => {
    const place = () => {
      const graph = toGraphology(projectDataset(parseTrig(FIXTURE), { layout: false }));
      graph.forEachNode((id) => graph.mergeNodeAttributes(id, { x: 5, y: 5 }));
      separateCoincidentNodes(graph);
      return graph.mapNodes((id, attributes) => [id, attributes.x, attributes.y]);
    };
    const first = place();
    expect(new Set(first.map(([, x, y]) => `${x},${y}`)).size).toBe(first.length);
    expect(place()).toEqual(first);
  });
});
