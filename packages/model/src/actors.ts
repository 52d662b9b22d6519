/**
 * The actors of a build: the corpus actors found by extraction, plus what
 * the analyst layer adds (aliases, merges of two keys into one, actors named
 * only in annotations). Names are looked up case- and accent-insensitively
 * over every name and alias; a merge redirects one key to another so that
 * every later lookup lands on the surviving actor.
 */
import type { ActorKind, CorpusActors } from '@claimgraph/extract';
import { slug } from '@claimgraph/ontology';

/** One actor as the model writes it. */
export interface ActorRecord {
  key: string;
  kind: ActorKind;
  name: string;
  aliases: Set<string>;
  /** True when the actor exists only because an annotation names it. */
  curated: boolean;
}

/** Normalised form of a name for lookups. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The registry of actors with name lookup and merges. */
export class ActorRegistry {
  private readonly records = new Map<string, ActorRecord>();
  private readonly byName = new Map<string, string>();
  private readonly redirects = new Map<string, string>();

  /** Registers every corpus actor. */
  static fromCorpus(corpus: CorpusActors): ActorRegistry {
    const registry = new ActorRegistry();
    const sorted = [...corpus.actors].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    for (const actor of sorted) {
      registry.records.set(actor.key, {
        key: actor.key,
        kind: actor.kind,
        name: actor.name,
        aliases: new Set(actor.aliases.filter((alias) => alias !== actor.name)),
        curated: false,
      });
      registry.index(actor.name, actor.key);
    }
    for (const actor of sorted)
      for (const alias of actor.aliases) registry.index(alias, actor.key, false);
    return registry;
  }

  private index(name: string, key: string, overwrite = true): void {
    const normal = nameKey(name);
    if (normal === '') return;
    if (overwrite || !this.byName.has(normal)) this.byName.set(normal, key);
  }

  /** Follows merges to the surviving key. */
  resolve(key: string): string {
    let current = key;
    for (let hops = 0; hops < 32 && this.redirects.has(current); hops += 1)
      current = this.redirects.get(current)!;
    return current;
  }

  get(key: string): ActorRecord | undefined {
    return this.records.get(this.resolve(key));
  }

  /** Finds the actor a name denotes, or undefined. */
  find(name: string): string | undefined {
    const key = this.byName.get(nameKey(name));
    return key === undefined ? undefined : this.resolve(key);
  }

  /**
   * Finds the actor a name denotes, creating a curated one when none exists.
   * @example registry.findOrCreate('Riverton Fire Department', 'Organization');
   */
  findOrCreate(name: string, kind: ActorKind = 'Person'): string {
    const found = this.find(name);
    if (found !== undefined) return found;
    const key = `${kind === 'Person' ? 'person' : 'org'}:${slug(name)}`;
    if (!this.records.has(key)) {
      this.records.set(key, { key, kind, name, aliases: new Set(), curated: true });
    }
    this.index(name, key);
    return this.resolve(key);
  }

  /**
   * Registers a speaker the text leaves unnamed ("a charge nurse"), one per occurrence: it is
   * not indexed by name, so no annotation or other quote can land on it by accident.
   * @example registry.addUnnamed('person:unnamed-doc-1234', 'unnamed source (a charge nurse)')
   */
  addUnnamed(key: string, name: string): string {
    if (!this.records.has(key))
      this.records.set(key, { key, kind: 'Person', name, aliases: new Set(), curated: false });
    return key;
  }

  /** Adds an alias to an actor. */
  addAlias(key: string, alias: string): void {
    const record = this.get(key);
    if (!record) return;
    if (alias !== record.name) record.aliases.add(alias);
    this.index(alias, record.key);
  }

  /** Merges `from` into `into`: names and aliases move, lookups redirect. */
  merge(from: string, into: string): void {
    const source = this.get(from);
    const target = this.get(into);
    if (!source || !target || source.key === target.key) return;
    target.aliases.add(source.name);
    for (const alias of source.aliases) target.aliases.add(alias);
    target.aliases.delete(target.name);
    this.redirects.set(source.key, target.key);
    this.records.delete(source.key);
  }

  /** All surviving actors, sorted by key. */
  all(): ActorRecord[] {
    return [...this.records.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }
}
