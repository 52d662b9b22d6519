/**
 * Cross-document actor resolution: merges the actors of many document extractions into one actor
 * per real-world entity. Actors with the same key merge. A document-local actor known only by one
 * name ("Roe") merges into a full-name actor of another document only when exactly one full-name
 * person in the corpus carries that surname (or first name); an organisation known only by an
 * acronym merges into the one organisation that has that acronym as an alias. Everything else
 * stays separate — two people sharing a surname are never merged without evidence. The output is
 * sorted by key and independent of the order of the input.
 */
import { FULL_NAME_TAIL } from './entities.js';
import type { CorpusActor, CorpusActors, DocumentActor, DocumentExtraction } from './types.js';

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isSingleName(actor: DocumentActor): boolean {
  return actor.kind === 'Person' && !/\s/.test(actor.name.trim());
}

function isAcronymOnly(actor: DocumentActor): boolean {
  return actor.kind === 'Organization' && /^[\p{Lu}.&]{2,8}$/u.test(actor.name);
}

/** Chooses the corpus actor a short-named actor stands for, if exactly one fits. */
function uniqueTarget(
  actor: DocumentActor,
  fullActors: CorpusActor[],
): { target: CorpusActor; rule: string } | undefined {
  if (isSingleName(actor)) {
    const name = actor.name.trim();
    const bySurname = fullActors.filter(
      (c) => c.kind === 'Person' && c.name.split(/\s+/).pop() === name,
    );
    if (bySurname.length === 1 && bySurname[0])
      return { target: bySurname[0], rule: 'unique-surname-in-corpus' };
    const byFirst =
      bySurname.length === 0
        ? fullActors.filter((c) => c.kind === 'Person' && c.name.split(/\s+/)[0] === name)
        : [];
    if (byFirst.length === 1 && byFirst[0])
      return { target: byFirst[0], rule: 'unique-first-name-in-corpus' };
    return undefined;
  }
  if (isAcronymOnly(actor)) {
    const byAlias = fullActors.filter(
      (c) => c.kind === 'Organization' && c.aliases.includes(actor.name),
    );
    if (byAlias.length === 1 && byAlias[0])
      return { target: byAlias[0], rule: 'unique-acronym-in-corpus' };
  }
  return undefined;
}

function absorb(target: CorpusActor, actor: DocumentActor, docId: string, rule: string): void {
  for (const alias of [actor.name, ...actor.aliases])
    if (alias !== target.name && !target.aliases.includes(alias)) target.aliases.push(alias);
  if (!target.documents.includes(docId)) target.documents.push(docId);
  for (const post of actor.posts) target.posts.push({ ...post, docId });
  target.evidence.push({ docId, localKey: actor.key, rule });
}

/**
 * Resolves actors across documents: one actor per key, short names linked only when unambiguous.
 * @example
 * const corpus = resolveCorpus([extractionA, extractionB]);
 * corpus.keyMap['doc-b']['person:roe']; // 'person:jane-roe' when only one Roe is known
 */
export function resolveCorpus(extractions: DocumentExtraction[]): CorpusActors {
  const ordered = [...extractions].sort((a, b) => compare(a.docId, b.docId));
  const byKey = new Map<string, CorpusActor>();
  const keyMap: Record<string, Record<string, string>> = {};
  const deferred: Array<{ docId: string; actor: DocumentActor }> = [];
  for (const extraction of ordered) {
    keyMap[extraction.docId] = {};
    for (const actor of [...extraction.actors].sort((a, b) => compare(a.key, b.key))) {
      if (isSingleName(actor) || isAcronymOnly(actor)) {
        deferred.push({ docId: extraction.docId, actor });
        continue;
      }
      absorb(corpusActorFor(byKey, actor), actor, extraction.docId, 'same-key');
      (keyMap[extraction.docId] as Record<string, string>)[actor.key] = actor.key;
    }
  }
  const fullActors = [...byKey.values()].sort((a, b) => compare(a.key, b.key));
  for (const { docId, actor } of deferred) {
    const found = uniqueTarget(actor, fullActors);
    const target = found?.target ?? corpusActorFor(byKey, actor);
    absorb(target, actor, docId, found?.rule ?? 'same-key');
    (keyMap[docId] as Record<string, string>)[actor.key] = target.key;
  }
  mergeShortOrganisationNames(byKey, keyMap);
  const actors = [...byKey.values()].sort((a, b) => compare(a.key, b.key));
  for (const actor of actors) {
    actor.aliases.sort(compare);
    actor.documents.sort(compare);
    actor.posts.sort((a, b) => compare(a.docId, b.docId) || a.start - b.start);
    actor.evidence.sort((a, b) => compare(a.docId, b.docId) || compare(a.localKey, b.localKey));
  }
  return { actors, keyMap };
}

/**
 * "Portland Police" in one article and "Portland Police Bureau" in another, "Local 412" and "Public
 * Employees Union Local 412": an organisation whose name is the full name of exactly one other
 * without its generic tail (or, with a number, without its head) is that organisation.
 */
function mergeShortOrganisationNames(
  byKey: Map<string, CorpusActor>,
  keyMap: Record<string, Record<string, string>>,
): void {
  const organisations = [...byKey.values()]
    .filter((actor) => actor.kind === 'Organization' && /\s/u.test(actor.name))
    .sort((a, b) => compare(a.key, b.key));
  for (const short of organisations) {
    const longer = organisations.filter(
      (other) =>
        other !== short &&
        byKey.has(other.key) &&
        ((other.name.startsWith(`${short.name} `) &&
          FULL_NAME_TAIL.test(other.name.slice(short.name.length + 1))) ||
          (/\d/u.test(short.name) && other.name.endsWith(` ${short.name}`))),
    );
    const target = longer.length === 1 ? longer[0] : undefined;
    if (!target) continue;
    for (const alias of [short.name, ...short.aliases])
      if (alias !== target.name && !target.aliases.includes(alias)) target.aliases.push(alias);
    for (const docId of short.documents)
      if (!target.documents.includes(docId)) target.documents.push(docId);
    target.posts.push(...short.posts);
    for (const item of short.evidence)
      target.evidence.push({ ...item, rule: 'unique-full-name-in-corpus' });
    for (const map of Object.values(keyMap))
      for (const [local, corpus] of Object.entries(map))
        if (corpus === short.key) map[local] = target.key;
    byKey.delete(short.key);
  }
}

/** The corpus actor with this document actor's key, created empty when there is none yet. */
function corpusActorFor(byKey: Map<string, CorpusActor>, actor: DocumentActor): CorpusActor {
  let target = byKey.get(actor.key);
  if (!target) {
    target = {
      key: actor.key,
      kind: actor.kind,
      name: actor.name,
      aliases: [],
      documents: [],
      posts: [],
      evidence: [],
    };
    byKey.set(actor.key, target);
  }
  return target;
}
