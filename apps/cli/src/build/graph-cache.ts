/**
 * A cache of the serialised document-local parts of document graphs (see
 * `GraphReuse` in `@claimgraph/model`): the mentions, reports and anchors of
 * one article as TriG subject groups, keyed by the digest the model computes
 * from the article's content key and the cross-document results it depends
 * on. A rebuild after editing one article maps and serialises only the local
 * parts whose digest changed and copies the others.
 *
 * All entries live in one pack file, `<output folder>/.cache/graphs.pack`, one
 * line per entry (`digest`, graph IRI, row count and the JSON of its groups,
 * separated by tabs). A build appends the entries it made; when stale entries
 * (of edited or removed articles) outnumber half the live ones, it rewrites
 * the pack (atomically) with exactly the entries it used — kept entries are
 * copied as text, never re-encoded. One sequential file instead of thousands
 * of small ones keeps the cost of the cache far below the cost of the work it
 * saves. A malformed line (say, a torn append) is a miss.
 */
import { appendFile, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { SubjectGroup } from '@claimgraph/model';
import { writeChunksAtomic } from './atomic.js';

interface Held {
  graph: string;
  rows: number;
  line: string;
  groups: SubjectGroup[];
}

/** The local-part cache of one output folder. */
export class GraphCache {
  readonly file: string;
  private readonly held = new Map<string, Held>();
  private packLines = 0;
  /** Held entries this build used. */
  private readonly taken: string[] = [];
  /** Entries this build made. */
  private readonly made: string[] = [];

  constructor(outputFile: string) {
    this.file = join(dirname(outputFile), '.cache', 'graphs.pack');
  }

  /** Reads the pack (a missing or unreadable pack is an empty cache). */
  async load(): Promise<void> {
    const text = await readFile(this.file, 'utf8').catch(() => '');
    for (const line of text.split('\n')) {
      if (line !== '') this.packLines += 1;
      const [digest, graph, rows] = line.split('\t', 3);
      if (digest === undefined || graph === undefined || rows === undefined) continue;
      const groupsAt = digest.length + graph.length + rows.length + 3;
      if (!/^[0-9a-f]{32}$/.test(digest) || !/^\d+$/.test(rows)) continue;
      try {
        const groups = JSON.parse(line.slice(groupsAt)) as SubjectGroup[];
        if (Array.isArray(groups))
          this.held.set(digest, { graph, rows: Number(rows), line, groups });
      } catch {
        // A malformed line is a miss.
      }
    }
  }

  /** Rows of the entry of this graph and digest, or undefined (`GraphReuse.heldRows`). */
  heldRows(graph: string, digest: string): number | undefined {
    const entry = this.held.get(digest);
    return entry?.graph === graph ? entry.rows : undefined;
  }

  /** Subject groups of a held entry; it is kept in the next pack. */
  take(digest: string): SubjectGroup[] {
    const entry = this.held.get(digest);
    if (!entry) throw new Error(`kg build: the graph cache has no entry ${digest}`);
    this.taken.push(entry.line);
    return entry.groups;
  }

  /** Adds a local part made in this build to the next pack. */
  remember(graph: string, digest: string, rows: number, groups: readonly SubjectGroup[]): void {
    this.made.push(`${digest}\t${graph}\t${rows}\t${JSON.stringify(groups)}`);
  }

  /** Appends the entries made by this build, or rewrites the pack with the entries it used. */
  async save(): Promise<void> {
    const live = this.taken.length + this.made.length;
    const stale = this.packLines - this.taken.length;
    if (this.packLines > 0 && stale <= live / 2) {
      if (this.made.length > 0)
        await appendFile(this.file, this.made.map((l) => `${l}\n`).join(''));
      return;
    }
    const lines = [...this.taken, ...this.made];
    await writeChunksAtomic(
      this.file,
      (function* () {
        for (const line of lines) yield `${line}\n`;
      })(),
    );
  }
}
