/**
 * The namespace prefixes used to shorten IRIs in tables, Turtle, TriG and JSON-LD output — the
 * ontology's `PREFIXES` (claimgraph namespaces and the vocabularies it aligns to) — and the
 * display shortening of IRIs with them.
 */
import { PREFIXES } from '@claimgraph/ontology';

/** Prefix → namespace IRI. */
export type PrefixMap = Readonly<Record<string, string>>;

/** The default prefixes for claimgraph data: the ontology's `PREFIXES`. */
export const DEFAULT_PREFIXES: PrefixMap = PREFIXES;

/**
 * Shortens an IRI to `prefix:local` with the longest matching namespace, or returns it in
 * angle brackets. Meant for display: the local part is not checked against Turtle's grammar.
 * @example shortenIri('https://w3id.org/claimgraph/ontology#Actor', DEFAULT_PREFIXES) // 'cg:Actor'
 */
export function shortenIri(iri: string, prefixes: PrefixMap): string {
  let best: [string, string] | undefined;
  for (const [prefix, namespace] of Object.entries(prefixes)) {
    if (
      iri.startsWith(namespace) &&
      iri.length > namespace.length &&
      (!best || namespace.length > best[1].length)
    ) {
      best = [prefix, namespace];
    }
  }
  if (!best) return `<${iri}>`;
  const local = iri.slice(best[1].length);
  return /[\s<>"{}|\\^`]/u.test(local) ? `<${iri}>` : `${best[0]}:${local}`;
}
