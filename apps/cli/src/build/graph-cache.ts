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
 * separated by tabs), rewritten after every build with exactly the entries
 * that build used — kept entries are copied as text, never re-encoded. One
 * sequential file instead of thousands of small ones keeps the cost of the
 * cache far below the cost of the work it saves. A malformed line is a miss.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { SubjectGroup } from '@claimgraph/model';
import { writeChunksAtomic } from './atomic.js';

interface Held {
  graph: string;
  rows: number;
  line: string;
  groupsAt: number;
}

/** The local-part cache of one output folder. */
export class GraphCache {
  readonly file: string;
  private readonly held = new Map<string, Held>();
  /** Lines of the next pack, in the order the graphs were written. */
  private readonly next: string[] = [];

  constructor(outputFile: string) {
    this.file = join(dirname(outputFile), '.cache', 'graphs.pack');
  }

  /** Reads the pack (a missing or unreadable pack is an empty cache). */
  async load(): Promise<void> {
    const text = await readFile(this.file, 'utf8').catch(() => '');
    for (const line of text.split('\n')) {
      const [digest, graph, rows] = line.split('\t', 3);
      if (digest === undefined || graph === undefined || rows === undefined) continue;
      const groupsAt = digest.length + graph.length + rows.length + 3;
      if (!/^[0-9a-f]{32}$/.test(digest) || !/^\d+$/.test(rows) || line[groupsAt] !== '[') continue;
      this.held.set(digest, { graph, rows: Number(rows), line, groupsAt });
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
    this.next.push(entry.line);
    return JSON.parse(entry.line.slice(entry.groupsAt)) as SubjectGroup[];
  }

  /** Adds a local part made in this build to the next pack. */
  remember(graph: string, digest: string, rows: number, groups: readonly SubjectGroup[]): void {
    this.next.push(`${digest}\t${graph}\t${rows}\t${JSON.stringify(groups)}`);
  }

  /** Writes the next pack (atomically): the entries this build used. */
  async save(): Promise<void> {
    const lines = this.next;
    await writeChunksAtomic(
      this.file,
      (function* () {
        for (const line of lines) yield `${line}\n`;
      })(),
    );
  }
}
