/**
 * GraphML writer for a view model. Keys follow what Gephi's GraphML importer
 * recognises — `label`, `x`, `y`, `size`, `r`, `g`, `b` — plus `kind`, `iri`,
 * `color`, `degree`, `contested`, `outlets`, `dates`, `aliases` on nodes and
 * `label`, `kind`, `color` on edges. Output is deterministic.
 */
import { EDGE_STYLE } from './style.js';
import type { ViewModel } from './types.js';
import { attributes, escapeText, hexToRgb } from './xml.js';

type KeyType = 'string' | 'double' | 'int' | 'boolean';

const NODE_KEYS: Array<[string, KeyType]> = [
  ['label', 'string'],
  ['kind', 'string'],
  ['iri', 'string'],
  ['x', 'double'],
  ['y', 'double'],
  ['size', 'double'],
  ['r', 'int'],
  ['g', 'int'],
  ['b', 'int'],
  ['color', 'string'],
  ['degree', 'int'],
  ['contested', 'boolean'],
  ['outlets', 'string'],
  ['dates', 'string'],
  ['aliases', 'string'],
];

const EDGE_KEYS: Array<[string, KeyType]> = [
  ['label', 'string'],
  ['kind', 'string'],
  ['color', 'string'],
  ['r', 'int'],
  ['g', 'int'],
  ['b', 'int'],
];

function data(prefix: 'n' | 'e', values: Record<string, string | number | boolean>): string[] {
  return Object.entries(values).map(
    ([key, value]) => `      <data${attributes({ key: `${prefix}_${key}` })}>${escapeText(String(value))}</data>`,
  );
}

/**
 * Serialises the view as GraphML (opens in Gephi, yEd, Cytoscape, networkx).
 * @example writeFile('claimgraph.graphml', toGraphml(projectDataset(quads)));
 */
export function toGraphml(view: ViewModel): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const [name, type] of NODE_KEYS) {
    out.push(`  <key${attributes({ id: `n_${name}`, for: 'node', 'attr.name': name, 'attr.type': type })}/>`);
  }
  for (const [name, type] of EDGE_KEYS) {
    out.push(`  <key${attributes({ id: `e_${name}`, for: 'edge', 'attr.name': name, 'attr.type': type })}/>`);
  }
  out.push('  <graph id="claimgraph" edgedefault="directed">');
  for (const node of view.nodes) {
    const [r, g, b] = hexToRgb(node.color);
    out.push(
      `    <node${attributes({ id: node.id })}>`,
      ...data('n', {
        label: node.label,
        kind: node.kind,
        iri: node.id,
        x: node.x,
        y: node.y,
        size: node.size,
        r,
        g,
        b,
        color: node.color,
        degree: node.degree,
        contested: node.contested,
        outlets: node.outlets.join('; '),
        dates: node.dates.join('; '),
        aliases: node.aliases.join('; '),
      }),
      '    </node>',
    );
  }
  for (const edge of view.edges) {
    const color = EDGE_STYLE[edge.kind].color;
    const [r, g, b] = hexToRgb(color);
    out.push(
      `    <edge${attributes({ id: edge.id, source: edge.source, target: edge.target })}>`,
      ...data('e', { label: edge.label, kind: edge.kind, color, r, g, b }),
      '    </edge>',
    );
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
