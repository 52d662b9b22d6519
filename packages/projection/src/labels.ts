/**
 * Readable text for RDF resources and properties: a resource's display label
 * (rdfs:label, then the kind-specific fallbacks), statement excerpts cut at a
 * word boundary, and property names turned from camelCase local names into
 * words ("statedOn" → "stated on").
 */
import type { TripleIndex } from './dataset.js';
import { CG, RDFS, SKOS } from './vocab.js';

/** The part of an IRI after the last `#` or `/`. */
export function localName(iri: string): string {
  const cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
  return cut >= 0 && cut < iri.length - 1 ? iri.slice(cut + 1) : iri;
}

/** "statedOn" → "stated on", "hasSelector" → "has selector". */
export function humanize(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase()
    .trim();
}

/**
 * Shortens `text` to at most `max` characters, cutting at a word boundary and
 * adding "…" when something was cut. Whitespace runs collapse to one space.
 * @example excerpt('We will not comment on that at all', 20) // 'We will not comment…'
 */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  if (chars.length <= max) return flat;
  const head = chars.slice(0, max).join('');
  const space = head.lastIndexOf(' ');
  const cut = space > max / 2 ? head.slice(0, space) : head;
  return `${cut.replace(/[\s,;:.]+$/u, '')}…`;
}

/** The display label of a resource: rdfs:label, skos:prefLabel, headline, role label, text, document id, local name. */
export function resourceLabel(index: TripleIndex, iri: string, statementLength = 60): string {
  const plain =
    index.literal(iri, RDFS.label) ??
    index.literal(iri, SKOS.prefLabel) ??
    index.literal(iri, CG.headline) ??
    index.literal(iri, CG.roleLabel);
  if (plain !== undefined) return plain;
  const text = index.literal(iri, CG.text);
  if (text !== undefined) return excerpt(text, statementLength);
  return index.literal(iri, CG.documentId) ?? safeDecode(localName(iri));
}

/** The readable name of a property: its rdfs:label in the dataset, else its humanized local name. */
export function propertyLabel(index: TripleIndex, iri: string): string {
  return index.literal(iri, RDFS.label) ?? humanize(localName(iri));
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
