/**
 * Minting of instance IRIs and named-graph IRIs. Every IRI is a pure function
 * of what it names — an actor's key, a document id and a span, a hash of a
 * statement's speaker and words — so the same thing gets the same IRI in every
 * build and across documents, and nothing depends on processing order.
 */
import { createHash } from 'node:crypto';

export const ID_BASE = 'https://w3id.org/claimgraph/id/';
export const GRAPH_BASE = 'https://w3id.org/claimgraph/graph/';

/**
 * Lower-case ASCII slug of a name: accents dropped, runs of other characters
 * turned into single dashes.
 * @example slugify('Deputy Chief Bob Day') // 'deputy-chief-bob-day'
 */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.length > 0 ? slug.slice(0, 80).replace(/-+$/, '') : 'unnamed';
}

/** A short, stable hash of text (16 hex digits of SHA-256). */
export function shortHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

/** IRIs of instance data (`cgid:`). */
export const iri = {
  document: (docId: string) => `${ID_BASE}document/${encodeURIComponent(docId)}`,
  actor: (key: string) => `${ID_BASE}actor/${slugify(key.replace(':', '-'))}`,
  post: (actorKey: string, role: string, orgKey?: string) =>
    `${ID_BASE}post/${slugify(actorKey.replace(':', '-'))}--${slugify(role)}${orgKey ? `--${slugify(orgKey.replace(':', '-'))}` : ''}`,
  statement: (hash: string) => `${ID_BASE}statement/${hash}`,
  proposition: (hash: string) => `${ID_BASE}proposition/${hash}`,
  report: (docId: string, start: number, end: number) => `${ID_BASE}report/${encodeURIComponent(docId)}/${start}-${end}`,
  mention: (docId: string, start: number, end: number) => `${ID_BASE}mention/${encodeURIComponent(docId)}/${start}-${end}`,
  anchor: (docId: string, start: number, end: number) => `${ID_BASE}anchor/${encodeURIComponent(docId)}/${start}-${end}`,
  source: (slug: string) => `${ID_BASE}source/${slug}`,
  policy: (id: string) => `${ID_BASE}policy/${id}`,
  dispute: (id: string) => `${ID_BASE}dispute/${id}`,
  stance: (hash: string) => `${ID_BASE}stance/${hash}`,
  event: (id: string) => `${ID_BASE}event/${id}`,
  activity: (name: string) => `${ID_BASE}activity/${name}`,
};

/** IRIs of the named graphs (`cggraph:`). */
export const graphs = {
  document: (docId: string) => `${GRAPH_BASE}document/${encodeURIComponent(docId)}`,
  curated: `${GRAPH_BASE}curated`,
  metadata: `${GRAPH_BASE}metadata`,
};
