/**
 * GEXF 1.2 writer for a view model, for Gephi: node labels, the node kind and
 * IRI, degree, contested flag, outlets and dates as attributes, and colour,
 * position and size in the `viz` namespace; edges with their kind, label and
 * colour. Output is deterministic (view order is already sorted, no dates).
 */
import { EDGE_STYLE } from './style.js';
import type { ViewModel } from './types.js';
import { attributes, escapeText, hexToRgb } from './xml.js';

const NODE_ATTRIBUTES: Array<[string, string]> = [
  ['kind', 'string'],
  ['iri', 'string'],
  ['degree', 'integer'],
  ['contested', 'boolean'],
  ['outlets', 'string'],
  ['dates', 'string'],
  ['aliases', 'string'],
];

function attributeDeclarations(kind: 'node' | 'edge', declared: Array<[string, string]>): string {
  const lines = declared.map(([id, type]) => `      <attribute${attributes({ id, title: id, type })}/>`);
  return `    <attributes class="${kind}">\n${lines.join('\n')}\n    </attributes>`;
}

function attvalues(values: Record<string, string>): string {
  const lines = Object.entries(values).map(([key, value]) => `          <attvalue${attributes({ for: key, value })}/>`);
  return `        <attvalues>\n${lines.join('\n')}\n        </attvalues>`;
}

/**
 * Serialises the view as GEXF 1.2 (opens in Gephi with labels, kinds, colours and positions).
 * @example writeFile('claimgraph.gexf', toGexf(projectDataset(quads)));
 */
export function toGexf(view: ViewModel): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" version="1.2">',
    '  <meta>',
    '    <creator>claimgraph</creator>',
    `    <description>${escapeText('who said what, reported by whom, disputed by whom')}</description>`,
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    attributeDeclarations('node', NODE_ATTRIBUTES),
    attributeDeclarations('edge', [['kind', 'string']]),
    '    <nodes>',
  ];
  for (const node of view.nodes) {
    const [r, g, b] = hexToRgb(node.color);
    out.push(
      `      <node${attributes({ id: node.id, label: node.label })}>`,
      attvalues({
        kind: node.kind,
        iri: node.id,
        degree: String(node.degree),
        contested: String(node.contested),
        outlets: node.outlets.join('; '),
        dates: node.dates.join('; '),
        aliases: node.aliases.join('; '),
      }),
      `        <viz:color${attributes({ r, g, b })}/>`,
      `        <viz:position${attributes({ x: node.x, y: node.y, z: 0 })}/>`,
      `        <viz:size${attributes({ value: node.size })}/>`,
      '      </node>',
    );
  }
  out.push('    </nodes>', '    <edges>');
  for (const edge of view.edges) {
    const [r, g, b] = hexToRgb(EDGE_STYLE[edge.kind].color);
    out.push(
      `      <edge${attributes({ id: edge.id, source: edge.source, target: edge.target, label: edge.label })}>`,
      attvalues({ kind: edge.kind }),
      `        <viz:color${attributes({ r, g, b })}/>`,
      `        <viz:thickness${attributes({ value: edge.kind === 'disputes' ? 2.5 : 1 })}/>`,
      '      </edge>',
    );
  }
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}
