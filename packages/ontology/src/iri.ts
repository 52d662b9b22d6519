/**
 * Mints the IRIs of claimgraph instance data and named graphs, deterministically: the same thing
 * gets the same IRI in every build. Names become slugs (lowercase ASCII words joined by `-`; long
 * names are cut and suffixed with a hash of the whole); utterance-like things (statements,
 * propositions, stances) get a hash of their key parts; spans get `<docId>/<start>-<end>`. Document
 * identifiers are kept as they are (only characters unsafe in an IRI path are percent-encoded), so
 * `cgid:document/<docId>` matches the `cg:documentId` literal.
 */
import { hashKey } from './hash.js';
import { PREFIXES } from './generated/vocabulary.js';

/** The namespace of instance data (`cgid:`). */
export const ID_NAMESPACE = PREFIXES.cgid;

/** The namespace of named graphs (`cggraph:`). */
export const GRAPH_NAMESPACE = PREFIXES.cggraph;

/** Longest slug kept whole; longer ones are cut and given a hash suffix. */
export const MAX_SLUG_LENGTH = 60;

const SLUG_CUT_LENGTH = 50;

const TRANSLITERATIONS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  '&': ' and ',
};

/** An error from this package; the message names the package. */
export class OntologyError extends Error {
  constructor(message: string) {
    super(`claimgraph-ontology: ${message}`);
    this.name = 'OntologyError';
  }
}

/**
 * A slug of `text`: accents dropped, lowercase ASCII letters and digits, words joined by `-`.
 * Apostrophes join words (`O'Brien` → `obrien`). A slug longer than {@link MAX_SLUG_LENGTH} is cut
 * at a word boundary and suffixed with 8 hex digits of the hash of the whole text; text with no
 * Latin letters or digits at all becomes its 16-digit hash.
 * @example slug('Dana Okafor, Mayor') === 'dana-okafor-mayor'
 */
export function slug(text: string): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı&]/g, (char) => TRANSLITERATIONS[char] ?? char)
    .replace(/['’‘`]/g, '');
  const words = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (words.length === 0) return hashKey(text);
  if (words.length <= MAX_SLUG_LENGTH) return words;
  const cut = words.slice(0, SLUG_CUT_LENGTH);
  const boundary = cut.lastIndexOf('-');
  const head = boundary > SLUG_CUT_LENGTH / 2 ? cut.slice(0, boundary) : cut.replace(/-+$/, '');
  return `${head}-${hashKey(text).slice(0, 8)}`;
}

/**
 * A document identifier as an IRI path segment: kept verbatim except for characters outside
 * `A-Z a-z 0-9 - . _ ~`, which are percent-encoded (UTF-8).
 * @example documentSegment('001_b6047d1f9e8a733a') === '001_b6047d1f9e8a733a'
 */
export function documentSegment(docId: string): string {
  if (docId.length === 0) throw new OntologyError('a document identifier must not be empty');
  if (/^[A-Za-z0-9\-._~]+$/.test(docId)) return docId;
  return Array.from(docId, (char) =>
    /[A-Za-z0-9\-._~]/.test(char) ? char : encodeURIComponent(char),
  )
    .join('')
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** IRIs of the named graphs of a claimgraph dataset. */
export const graphIri = {
  /**
   * The graph of one article: `cggraph:document/<docId>`.
   * @example graphIri.document('001_b6047d1f9e8a733a')
   */
  document(docId: string): string {
    return `${GRAPH_NAMESPACE}document/${documentSegment(docId)}`;
  },
  /** The analyst layer: `cggraph:curated`. */
  curated: `${GRAPH_NAMESPACE}curated`,
  /** Articles' metadata, outlets and the build activity: `cggraph:metadata`. */
  metadata: `${GRAPH_NAMESPACE}metadata`,
} as const;

/** How an instance kind turns its parts into a path. */
type Minting = 'document' | 'span' | 'hash' | 'slug';

const KINDS = {
  document: 'document',
  outlet: 'slug',
  actor: 'slug',
  post: 'slug',
  source: 'slug',
  policy: 'slug',
  dispute: 'slug',
  event: 'slug',
  activity: 'slug',
  action: 'slug',
  statement: 'hash',
  proposition: 'hash',
  stance: 'hash',
  report: 'span',
  mention: 'span',
  anchor: 'span',
} as const satisfies Record<string, Minting>;

/** A kind of instance IRI: the first path segment after `cgid:`. */
export type InstanceKind = keyof typeof KINDS;

/** Every instance kind. */
export const INSTANCE_KINDS = Object.keys(KINDS) as InstanceKind[];

function spanPath(kind: string, parts: readonly (string | number)[]): string {
  const [docId, start, end] = parts;
  const offsets = [start, end].map(Number);
  const valid =
    parts.length === 3 &&
    typeof docId === 'string' &&
    offsets.every((n) => Number.isSafeInteger(n) && n >= 0) &&
    (offsets[0] ?? 0) < (offsets[1] ?? 0);
  if (!valid) {
    throw new OntologyError(
      `instanceIri('${kind}', docId, start, end) needs a document id and integer offsets 0 <= start < end, got (${parts.map((p) => JSON.stringify(p)).join(', ')})`,
    );
  }
  return `${documentSegment(docId as string)}/${offsets[0]}-${offsets[1]}`;
}

/**
 * Mints a `cgid:` IRI for an instance of `kind`:
 * - `document`: `(docId)` → `cgid:document/<docId>`;
 * - `report`, `mention`, `anchor`: `(docId, start, end)` → `cgid:report/<docId>/<start>-<end>`;
 * - `statement`, `proposition`, `stance`: any key parts → `cgid:statement/<16 hex digits>`;
 * - the other kinds (`actor`, `outlet`, `post`, `source`, `policy`, `dispute`, `event`,
 *   `activity`, `action`): the parts joined by spaces, slugged → `cgid:actor/<slug>`.
 * @example instanceIri('actor', 'Dana Okafor') === 'https://w3id.org/claimgraph/id/actor/dana-okafor'
 * @example instanceIri('report', 'doc-1', 10, 42) === 'https://w3id.org/claimgraph/id/report/doc-1/10-42'
 * @example instanceIri('statement', speakerIri, text) // …/statement/<hash>
 */
export function instanceIri(kind: InstanceKind, ...parts: readonly (string | number)[]): string {
  const minting: Minting | undefined = (KINDS as Record<string, Minting>)[kind];
  if (!minting) {
    throw new OntologyError(
      `unknown instance kind "${kind}" (known: ${INSTANCE_KINDS.join(', ')})`,
    );
  }
  if (parts.length === 0 || parts.some((p) => String(p).trim() === '')) {
    throw new OntologyError(`instanceIri('${kind}', …) needs non-empty parts`);
  }
  let path: string;
  switch (minting) {
    case 'document':
      if (parts.length !== 1)
        throw new OntologyError(`instanceIri('document', docId) takes one part`);
      path = documentSegment(String(parts[0]));
      break;
    case 'span':
      path = spanPath(kind, parts);
      break;
    case 'hash':
      path = hashKey(...parts);
      break;
    case 'slug':
      path = slug(parts.map(String).join(' '));
      break;
  }
  return `${ID_NAMESPACE}${kind}/${path}`;
}

/**
 * The kind and path of a `cgid:` IRI, or undefined for any other IRI.
 * @example parseInstanceIri('https://w3id.org/claimgraph/id/actor/dana-okafor') // { kind: 'actor', path: 'dana-okafor' }
 */
export function parseInstanceIri(iri: string): { kind: InstanceKind; path: string } | undefined {
  if (!iri.startsWith(ID_NAMESPACE)) return undefined;
  const rest = iri.slice(ID_NAMESPACE.length);
  const slash = rest.indexOf('/');
  const kind = rest.slice(0, slash);
  if (slash <= 0 || !(kind in KINDS)) return undefined;
  return { kind: kind as InstanceKind, path: rest.slice(slash + 1) };
}
