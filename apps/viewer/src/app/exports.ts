/**
 * The export menu: the visible subgraph as Turtle (with provenance, see
 * `subgraph.ts`), the whole dataset as TriG, and a PNG of the canvas. RDF is
 * parsed and written with n3, which is loaded only when an RDF export runs.
 */
import { downloadAsPNG } from '@sigma/export-image';
import { PREFIXES } from '@claimgraph/ontology';
import type Sigma from 'sigma';
import { download } from './dom.js';
import { fetchDatasetText } from './dataset-source.js';
import { selectSubgraph } from './subgraph.js';

/**
 * Serialises the quads that describe `visible` as Turtle (named graphs merged,
 * duplicates dropped), with the claimgraph prefixes.
 */
export async function visibleSubgraphTurtle(trig: string, visible: ReadonlySet<string>): Promise<string> {
  const { Parser, Writer, DataFactory } = await import('n3');
  const quads = new Parser({ format: 'application/trig' }).parse(trig);
  const seen = new Set<string>();
  const writer = new Writer({ format: 'text/turtle', prefixes: { ...PREFIXES } });
  for (const quad of selectSubgraph(quads, visible)) {
    const triple = DataFactory.quad(quad.subject, quad.predicate, quad.object);
    const key = `${quad.subject.termType}${quad.subject.value} ${quad.predicate.value} ${quad.object.termType}${quad.object.value}${quad.object.termType === 'Literal' ? `@${quad.object.language}^${quad.object.datatype.value}` : ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    writer.addQuad(triple);
  }
  return new Promise((resolve, reject) => writer.end((error, result: string) => (error ? reject(error) : resolve(result))));
}

/** Downloads the visible subgraph as `claimgraph-subgraph.ttl`. */
export async function exportVisibleTurtle(visible: ReadonlySet<string>): Promise<void> {
  const turtle = await visibleSubgraphTurtle(await fetchDatasetText(), visible);
  download('claimgraph-subgraph.ttl', new Blob([turtle], { type: 'text/turtle' }));
}

/** Downloads the whole dataset as `claimgraph.trig`. */
export async function exportDataset(): Promise<void> {
  download('claimgraph.trig', new Blob([await fetchDatasetText()], { type: 'application/trig' }));
}

/** Downloads the canvas (all sigma layers, on white) as `claimgraph.png`. */
export async function exportPng<N extends object, E extends object>(sigma: Sigma<N, E>): Promise<void> {
  await downloadAsPNG(sigma as unknown as Sigma, { fileName: 'claimgraph', backgroundColor: '#ffffff' });
}
