/**
 * Serialises quads as TriG with the claimgraph prefixes. The quads arrive in
 * canonical order (see `quads.ts`), so the text is byte-identical for the
 * same dataset.
 */
import { Writer, type Quad } from 'n3';

/** Prefixes written at the top of every TriG file. */
export const TRIG_PREFIXES: Readonly<Record<string, string>> = {
  cg: 'https://w3id.org/claimgraph/ontology#',
  cgid: 'https://w3id.org/claimgraph/id/',
  cggraph: 'https://w3id.org/claimgraph/graph/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  prov: 'http://www.w3.org/ns/prov#',
  oa: 'http://www.w3.org/ns/oa#',
  org: 'http://www.w3.org/ns/org#',
};

/**
 * Writes quads as TriG text.
 * @example const text = await toTrig(result.quads);
 */
export function toTrig(quads: readonly Quad[], prefixes: Readonly<Record<string, string>> = TRIG_PREFIXES): Promise<string> {
  return new Promise((resolve, reject) => {
    const writer = new Writer({ format: 'application/trig', prefixes: { ...prefixes } });
    writer.addQuads([...quads]);
    writer.end((error, result: string) => (error ? reject(error) : resolve(result)));
  });
}
