/**
 * Serialising one named graph as N-Triples request bodies of bounded size. Triples that share
 * a blank node (directly or through a chain of blank nodes) always travel in the same body,
 * because a blank-node label means the same node only within one document: splitting them
 * would make the store create several nodes where the dataset has one.
 */
import type { Quad, Term } from '@rdfjs/types';
import { Writer } from 'n3';

/**
 * Splits a graph's triples into N-Triples documents of at most `maxBytes` UTF-8 bytes each
 * (a single group of blank-node-connected triples larger than that stays whole).
 * @returns at least one document (an empty string for an empty graph); `triples` counts per document
 */
export function ntriplesChunks(
  quads: readonly Quad[],
  maxBytes: number,
): Array<{ body: string; triples: number }> {
  const writer = new Writer({ format: 'N-Triples' });
  const lines = quads.map((quad) => writer.quadToString(quad.subject, quad.predicate, quad.object));
  const groups = blankNodeGroups(quads);
  const chunks: Array<{ body: string; triples: number }> = [];
  let current: string[] = [];
  let currentBytes = 0;
  for (const group of groups) {
    const bytes = group.reduce((sum, index) => sum + Buffer.byteLength(lines[index]!, 'utf8'), 0);
    if (current.length > 0 && currentBytes + bytes > maxBytes) {
      chunks.push({ body: current.join(''), triples: current.length });
      current = [];
      currentBytes = 0;
    }
    for (const index of group) current.push(lines[index]!);
    currentBytes += bytes;
  }
  if (current.length > 0 || chunks.length === 0)
    chunks.push({ body: current.join(''), triples: current.length });
  return chunks;
}

/** Indices of the quads, grouped so that quads connected through blank nodes share a group (input order kept). */
function blankNodeGroups(quads: readonly Quad[]): number[][] {
  const parent = new Map<string, string>();
  const find = (label: string): string => {
    let root = label;
    while (parent.get(root) !== root) root = parent.get(root)!;
    let node = label;
    while (node !== root) {
      const next = parent.get(node)!;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  const blank = (term: Term) => (term.termType === 'BlankNode' ? term.value : undefined);
  for (const quad of quads) {
    const labels = [blank(quad.subject), blank(quad.object)].filter(
      (label): label is string => label !== undefined,
    );
    for (const label of labels) if (!parent.has(label)) parent.set(label, label);
    if (labels.length === 2) parent.set(find(labels[0]!), find(labels[1]!));
  }
  const groups: number[][] = [];
  const byRoot = new Map<string, number[]>();
  quads.forEach((quad, index) => {
    const label = blank(quad.subject) ?? blank(quad.object);
    if (label === undefined) {
      groups.push([index]);
      return;
    }
    const root = find(label);
    let group = byRoot.get(root);
    if (!group) {
      group = [];
      byRoot.set(root, group);
      groups.push(group);
    }
    group.push(index);
  });
  return groups;
}
