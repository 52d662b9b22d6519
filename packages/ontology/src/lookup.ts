/**
 * Look-ups over the generated vocabulary: what the ontology says about a cg: IRI, and conversion
 * between full IRIs and `prefix:local` names with the claimgraph prefixes (for display in the viewer
 * and in tables).
 */
import { CG_NAMESPACE, CG_TERMS, PREFIXES, type CgTermInfo } from './generated/vocabulary.js';
import { OntologyError } from './iri.js';

const PREFIX_ENTRIES = Object.entries(PREFIXES).sort((a, b) => b[1].length - a[1].length);

/**
 * What the ontology says about a cg: term, by IRI; undefined for any IRI the ontology does not
 * define.
 * @example cgTerm('https://w3id.org/claimgraph/ontology#statedBy')?.label === 'stated by'
 */
export function cgTerm(iri: string): CgTermInfo | undefined {
  if (!iri.startsWith(CG_NAMESPACE)) return undefined;
  const name = iri.slice(CG_NAMESPACE.length);
  return Object.hasOwn(CG_TERMS, name) ? CG_TERMS[name as keyof typeof CG_TERMS] : undefined;
}

/** Whether an IRI is a term the claimgraph ontology defines. */
export function isCgTerm(iri: string): boolean {
  return cgTerm(iri) !== undefined;
}

/**
 * Writes an IRI as `prefix:local` with the longest matching claimgraph prefix; other IRIs are
 * returned unchanged.
 * @example compactIri('https://w3id.org/claimgraph/ontology#Statement') === 'cg:Statement'
 */
export function compactIri(iri: string): string {
  for (const [prefix, namespace] of PREFIX_ENTRIES) {
    if (iri.startsWith(namespace) && iri.length > namespace.length) {
      return `${prefix}:${iri.slice(namespace.length)}`;
    }
  }
  return iri;
}

/**
 * Expands `prefix:local` with the claimgraph prefixes.
 * @throws OntologyError for an unknown prefix.
 * @example expandIri('cg:Statement') === 'https://w3id.org/claimgraph/ontology#Statement'
 */
export function expandIri(name: string): string {
  const colon = name.indexOf(':');
  const prefix = name.slice(0, colon);
  if (colon < 0 || !Object.hasOwn(PREFIXES, prefix)) {
    throw new OntologyError(
      `"${name}" has no known prefix (known: ${Object.keys(PREFIXES).join(', ')})`,
    );
  }
  return `${PREFIXES[prefix as keyof typeof PREFIXES]}${name.slice(colon + 1)}`;
}
