/**
 * Serialises quads as TriG with the claimgraph prefixes. The quads arrive in
 * canonical order (see `quads.ts`), so the text is byte-identical for the
 * same dataset.
 */
import { PREFIXES } from '@claimgraph/ontology';
import { Writer, type Quad } from 'n3';

/** Prefixes written at the top of every TriG file. */
export const TRIG_PREFIXES: Readonly<Record<string, string>> = Object.fromEntries(
  ['cg', 'cgid', 'cggraph', 'rdf', 'rdfs', 'xsd', 'skos', 'prov', 'oa', 'org'].map((prefix) => [
    prefix,
    PREFIXES[prefix as keyof typeof PREFIXES],
  ]),
);

/**
 * Writes quads as TriG text.
 * @example const text = await toTrig(result.quads);
 */
export function toTrig(
  quads: readonly Quad[],
  prefixes: Readonly<Record<string, string>> = TRIG_PREFIXES,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const writer = new Writer({ format: 'application/trig', prefixes: { ...prefixes } });
    writer.addQuads([...quads]);
    writer.end((error, result: string) => (error ? reject(error) : resolve(result)));
  });
}
