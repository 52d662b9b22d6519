/**
 * Name search over a view: every node's label and aliases, folded to lower
 * case without diacritics ("Zoë" finds "zoe"), ranked exact match > prefix of
 * the whole name > prefix of a word > substring, then by degree (well
 * connected nodes first), then by label.
 */
import type { NodeKind, SearchHit, ViewModel } from './types.js';

/** Lower case, diacritics removed, whitespace collapsed. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

interface Entry {
  id: string;
  label: string;
  kind: NodeKind;
  degree: number;
  name: string;
  folded: string;
}

function score(folded: string, query: string): number {
  if (folded === query) return 0;
  if (folded.startsWith(query)) return 1;
  let at = folded.indexOf(query);
  if (at < 0) return -1;
  while (at >= 0) {
    if (/[^\p{L}\p{N}]/u.test(folded.charAt(at - 1))) return 2;
    at = folded.indexOf(query, at + 1);
  }
  return 3;
}

/**
 * Builds a search function over the view's node names and aliases.
 * @example
 * const search = searchIndex(view);
 * search('minist', 5) // [{ id, label: 'Minister of …', kind: 'post', matched: 'Minister of …' }, …]
 */
export function searchIndex(view: ViewModel): (query: string, limit?: number) => SearchHit[] {
  const entries: Entry[] = [];
  for (const node of view.nodes) {
    for (const name of [node.label, ...node.aliases]) {
      entries.push({ id: node.id, label: node.label, kind: node.kind, degree: node.degree, name, folded: foldText(name) });
    }
  }
  return (query: string, limit = 10) => {
    const folded = foldText(query);
    if (!folded) return [];
    const best = new Map<string, { entry: Entry; rank: number }>();
    for (const entry of entries) {
      const rank = score(entry.folded, folded);
      if (rank < 0) continue;
      const previous = best.get(entry.id);
      if (!previous || rank < previous.rank || (rank === previous.rank && entry.name === entry.label && previous.entry.name !== previous.entry.label)) {
        best.set(entry.id, { entry, rank });
      }
    }
    return [...best.values()]
      .sort(
        (a, b) =>
          a.rank - b.rank ||
          b.entry.degree - a.entry.degree ||
          a.entry.label.localeCompare(b.entry.label, 'en') ||
          (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0),
      )
      .slice(0, Math.max(0, limit))
      .map(({ entry }) => ({ id: entry.id, label: entry.label, kind: entry.kind, matched: entry.name }));
  };
}
