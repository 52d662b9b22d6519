import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { FIXTURE, PREFIXES, parseTrig } from './_fixture.js';
import { toGexf } from './gexf.js';
import { toGraphml } from './graphml.js';
import { projectDataset } from './project.js';

const view = projectDataset(parseTrig(FIXTURE));
const ID = 'https://w3id.org/claimgraph/id/';

/** A dataset whose labels contain every character that can break XML. */
const NASTY = projectDataset(
  parseTrig(`${PREFIXES}
  <${ID}actor/x> a cg:Person ; rdfs:label "A <b>&amp;</b> \\"quoted\\" 'name'\\u0001\\u000B end" .
  <${ID}statement/y> a cg:Statement ; cg:text "Line one\\nline two & <three>" ; cg:statedBy <${ID}actor/x> .`),
);

describe('toGexf', () => {
  it('parses back with labels, kinds, colours, sizes and positions', () => {
    const graph = parseGexf(MultiDirectedGraph, toGexf(view));
    expect(graph.order).toBe(view.nodes.length);
    expect(graph.size).toBe(view.edges.length);
    const zoe = view.nodes.find((node) => node.id === `${ID}actor/zoe`);
    const parsed = graph.getNodeAttributes(`${ID}actor/zoe`);
    expect(parsed).toMatchObject({ label: 'Zoë Ångström', kind: 'person', x: zoe?.x, y: zoe?.y, size: zoe?.size, contested: true, degree: zoe?.degree });
    expect(parsed.color).toBe('rgb(51,34,136)');
    const denies = view.edges.find((edge) => edge.label === 'denies');
    expect(graph.getEdgeAttributes(denies?.id)).toMatchObject({ label: 'denies', kind: 'disputes' });
  });

  it('escapes untrusted text so the file stays well-formed', () => {
    const graph = parseGexf(MultiDirectedGraph, toGexf(NASTY));
    expect(graph.getNodeAttribute(`${ID}actor/x`, 'label')).toBe(`A <b>&amp;</b> "quoted" 'name' end`);
    expect(graph.getNodeAttribute(`${ID}statement/y`, 'label')).toBe('Line one line two & <three>');
  });

  it('is deterministic: two runs are byte-identical', () => {
    expect(toGexf(projectDataset(parseTrig(FIXTURE)))).toBe(toGexf(view));
  });
});

describe('toGraphml', () => {
  it('parses back with labels, kinds, colours (r, g, b as Gephi reads them) and positions', () => {
    const graph = parseGraphml(MultiDirectedGraph, toGraphml(view));
    expect(graph.order).toBe(view.nodes.length);
    expect(graph.size).toBe(view.edges.length);
    const s1 = view.nodes.find((node) => node.id === `${ID}statement/s1`);
    expect(graph.getNodeAttributes(`${ID}statement/s1`)).toMatchObject({
      label: s1?.label,
      kind: 'statement',
      x: s1?.x,
      y: s1?.y,
      size: s1?.size,
      color: '#ddcc77',
      outlets: 'Daily Post; Evening Star',
    });
    const said = view.edges.find((edge) => edge.kind === 'said');
    expect(graph.getEdgeAttributes(said?.id)).toMatchObject({ label: 'said', kind: 'said' });
  });

  it('escapes untrusted text so the file stays well-formed', () => {
    const graph = parseGraphml(MultiDirectedGraph, toGraphml(NASTY));
    expect(graph.getNodeAttribute(`${ID}actor/x`, 'label')).toBe(`A <b>&amp;</b> "quoted" 'name' end`);
  });

  it('is deterministic: two runs are byte-identical', () => {
    expect(toGraphml(projectDataset(parseTrig(FIXTURE)))).toBe(toGraphml(view));
  });
});
