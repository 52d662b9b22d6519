/**
 * JSON-LD output written directly from quads: a flattened document whose `@context` holds the
 * prefixes the data uses, one node object per subject (sorted, `rdf:type` as `@type`), and one
 * `@graph` object per named graph. Literals keep their datatype and language; plain strings are
 * bare JSON strings. Deterministic: the same quads give the same bytes.
 */
import type { Quad, Term } from '@rdfjs/types';
import type { PrefixMap } from './prefixes.js';
import { usedPrefixes } from './rdf-writer.js';
import { sortQuadsIndexed, toQuads } from './sorted-quads.js';
import { RDF_TYPE, XSD_STRING } from './terms.js';

type JsonValue =
  string | { '@id': string } | { '@value': string; '@language'?: string; '@type'?: string };
type NodeObject = Record<string, unknown> & { '@id': string };

function compactor(prefixes: Record<string, string>): (iri: string) => string {
  const entries = Object.entries(prefixes).sort((a, b) => b[1].length - a[1].length);
  return (iri) => {
    for (const [prefix, namespace] of entries) {
      if (iri.startsWith(namespace) && iri.length > namespace.length) {
        const local = iri.slice(namespace.length);
        if (!local.startsWith('//')) return `${prefix}:${local}`;
      }
    }
    return iri;
  };
}

function identifier(term: Term, compact: (iri: string) => string): string {
  return term.termType === 'BlankNode' ? `_:${term.value}` : compact(term.value);
}

function objectValue(term: Term, compact: (iri: string) => string): JsonValue {
  if (term.termType !== 'Literal') return { '@id': identifier(term, compact) };
  if (term.language) return { '@value': term.value, '@language': term.language };
  if (term.datatype.value === XSD_STRING) return term.value;
  return { '@value': term.value, '@type': compact(term.datatype.value) };
}

function nodeObjects(quads: readonly Quad[], compact: (iri: string) => string): NodeObject[] {
  const nodes: NodeObject[] = [];
  let current: NodeObject | undefined;
  let currentSubject: Term | undefined;
  for (const quad of quads) {
    if (!currentSubject || !currentSubject.equals(quad.subject)) {
      current = { '@id': identifier(quad.subject, compact) };
      currentSubject = quad.subject;
      nodes.push(current);
    }
    const node = current as NodeObject;
    if (quad.predicate.value === RDF_TYPE && quad.object.termType !== 'Literal') {
      ((node['@type'] ??= []) as string[]).push(identifier(quad.object, compact));
    } else {
      const key = compact(quad.predicate.value);
      ((node[key] ??= []) as JsonValue[]).push(objectValue(quad.object, compact));
    }
  }
  return nodes;
}

/**
 * Writes quads as a JSON-LD document with the used prefixes as its context.
 * @example writeJsonLd(store.quads(), DEFAULT_PREFIXES)
 */
export function writeJsonLd(quads: readonly Quad[], prefixes: PrefixMap): string {
  const sortedQuads = sortQuadsIndexed(quads, false);
  const sorted = toQuads(sortedQuads, quads);
  const context = usedPrefixes(sortedQuads, prefixes);
  const compact = compactor(context);
  const graph: unknown[] = [];
  let start = 0;
  while (start < sorted.length) {
    const graphTerm = (sorted[start] as Quad).graph;
    let end = start;
    while (end < sorted.length && (sorted[end] as Quad).graph.equals(graphTerm)) end++;
    const nodes = nodeObjects(sorted.slice(start, end), compact);
    if (graphTerm.termType === 'DefaultGraph') graph.push(...nodes);
    else graph.push({ '@id': identifier(graphTerm, compact), '@graph': nodes });
    start = end;
  }
  return `${JSON.stringify({ '@context': context, '@graph': graph }, null, 2)}\n`;
}
