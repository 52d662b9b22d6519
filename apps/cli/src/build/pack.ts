/**
 * A pack file: many small cache entries in one text file, one line each
 * (`key`, a tab, then a payload without line breaks), instead of one file per
 * entry — one sequential read and write rather than thousands of opens. A
 * build marks the entries it used and adds the ones it made; saving appends
 * the new lines, or rewrites the pack (atomically) with exactly the used and
 * new entries once stale lines outnumber half the live ones. Kept entries are
 * copied as text, never re-encoded. A later line wins over an earlier one with
 * the same key; a line without a key (say, a torn append) is ignored.
 */
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeChunksAtomic } from './atomic.js';

/** One pack file. */
export class Pack {
  private readonly lines = new Map<string, string>();
  private packLines = 0;
  private readonly used = new Set<string>();
  private readonly made = new Map<string, string>();

  constructor(readonly file: string) {}

  /** Reads the pack; a missing or unreadable pack is empty. */
  async load(): Promise<void> {
    const text = await readFile(this.file, 'utf8').catch(() => '');
    for (const line of text.split('\n')) {
      if (line === '') continue;
      this.packLines += 1;
      const tab = line.indexOf('\t');
      if (tab > 0) this.lines.set(line.slice(0, tab), line);
    }
  }

  /** The payload stored under `key`, or undefined. */
  get(key: string): string | undefined {
    const line = this.lines.get(key);
    return line === undefined ? undefined : line.slice(key.length + 1);
  }

  /** Keeps the entry under `key` in the pack. */
  keep(key: string): void {
    if (this.lines.has(key)) this.used.add(key);
  }

  /** Stores a payload (one line, no line breaks) under `key`. */
  add(key: string, payload: string): void {
    this.made.set(key, `${key}\t${payload}`);
  }

  /** Appends the new entries, or rewrites the pack with the used and new ones. */
  async save(): Promise<void> {
    const kept = [...this.used].filter((key) => !this.made.has(key));
    const live = kept.length + this.made.size;
    const stale = this.packLines - kept.length;
    if (this.packLines > 0 && stale <= live / 2) {
      if (this.made.size === 0) return;
      await mkdir(dirname(this.file), { recursive: true });
      await appendFile(this.file, [...this.made.values()].map((line) => `${line}\n`).join(''));
      return;
    }
    const lines = this.lines;
    const made = this.made;
    await writeChunksAtomic(
      this.file,
      (function* () {
        for (const key of kept) yield `${lines.get(key)!}\n`;
        for (const line of made.values()) yield `${line}\n`;
      })(),
    );
  }
}
