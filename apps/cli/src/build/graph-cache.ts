/**
 * A cache of the serialised document-local parts of document graphs (see
 * `GraphReuse` in `@claimgraph/model`): the mentions, reports and anchors of
 * one article as TriG subject groups, keyed by the digest the model computes
 * from the article's content key and the cross-document results it depends
 * on. A rebuild after editing one article maps and serialises only the local
 * parts whose digest changed and copies the others. Entries live in the pack
 * `<output folder>/.cache/graphs.pack` (see `pack.ts`) as the digest, the
 * graph IRI, the row count and the JSON of the groups; a malformed entry is a
 * miss.
 */
import { dirname, join } from 'node:path';
import type { SubjectGroup } from '@claimgraph/model';
import { Pack } from './pack.js';

/** The local-part cache of one output folder. */
export class GraphCache {
  private readonly pack: Pack;
  private readonly held = new Map<string, SubjectGroup[]>();

  constructor(outputFile: string) {
    this.pack = new Pack(join(dirname(outputFile), '.cache', 'graphs.pack'));
  }

  /** Reads the pack (a missing or unreadable pack is an empty cache). */
  load(): Promise<void> {
    return this.pack.load();
  }

  /** Rows of the entry of this graph and digest, or undefined (`GraphReuse.heldRows`). */
  heldRows(graph: string, digest: string): number | undefined {
    const payload = this.pack.get(digest);
    if (payload === undefined) return undefined;
    const [entryGraph, rows] = payload.split('\t', 2);
    if (entryGraph !== graph || rows === undefined || !/^\d+$/.test(rows)) return undefined;
    try {
      const groups = JSON.parse(payload.slice(graph.length + rows.length + 2)) as SubjectGroup[];
      if (!Array.isArray(groups)) return undefined;
      this.held.set(digest, groups);
      return Number(rows);
    } catch {
      return undefined;
    }
  }

  /** Subject groups of a held entry; it is kept in the pack. */
  take(digest: string): SubjectGroup[] {
    const groups = this.held.get(digest);
    if (!groups) throw new Error(`kg build: the graph cache has no entry ${digest}`);
    this.pack.keep(digest);
    return groups;
  }

  /** Adds a local part made in this build to the pack. */
  remember(graph: string, digest: string, rows: number, groups: readonly SubjectGroup[]): void {
    this.pack.add(digest, `${graph}\t${rows}\t${JSON.stringify(groups)}`);
  }

  /** Writes the pack. */
  save(): Promise<void> {
    return this.pack.save();
  }
}
