/**
 * The RDF serialisations the store reads: their short names (as used on the command line),
 * media types (as Oxigraph wants them), the file extensions that imply them, and whether n3
 * can parse them (everything but JSON-LD, which Oxigraph parses).
 */
import { extname } from 'node:path';
import { StoreError } from './errors.js';

/** An RDF serialisation the store can load. */
export type RdfFormat = 'turtle' | 'trig' | 'ntriples' | 'nquads' | 'jsonld';

/** Media type of each format, in Oxigraph's spelling. */
export const MEDIA_TYPES: Readonly<Record<RdfFormat, string>> = {
  turtle: 'text/turtle',
  trig: 'application/trig',
  ntriples: 'application/n-triples',
  nquads: 'application/n-quads',
  jsonld: 'application/ld+json',
};

/** n3's name for each format it parses. */
export const N3_FORMATS: Readonly<Partial<Record<RdfFormat, string>>> = {
  turtle: 'text/turtle',
  trig: 'application/trig',
  ntriples: 'application/n-triples',
  nquads: 'application/n-quads',
};

const EXTENSIONS: Readonly<Record<string, RdfFormat>> = {
  '.ttl': 'turtle',
  '.turtle': 'turtle',
  '.trig': 'trig',
  '.nt': 'ntriples',
  '.nq': 'nquads',
  '.jsonld': 'jsonld',
  '.json': 'jsonld',
};

/** True when `name` is one of the format names. */
export function isRdfFormat(name: string): name is RdfFormat {
  return Object.hasOwn(MEDIA_TYPES, name);
}

/**
 * The format a file name implies.
 * @example formatForPath('data/graph/claimgraph.trig') // 'trig'
 */
export function formatForPath(path: string): RdfFormat {
  const format = EXTENSIONS[extname(path).toLowerCase()];
  if (!format) {
    throw new StoreError(
      'unsupported-format',
      `${path}: cannot tell the RDF format from the extension "${extname(path)}" (use one of ${Object.keys(EXTENSIONS).join(', ')})`,
      { file: path },
    );
  }
  return format;
}
