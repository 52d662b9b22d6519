/**
 * A pack file: many small cache entries in one text file, one line each
 * (`key`, a tab, then a payload without line breaks), instead of one file per
 * entry — one sequential read and write rather than thousands of opens. The
 * pack is read as bytes and only indexed (key → where its line is); a payload
 * is decoded when someone asks for it. A build marks the entries it used and
 * adds the ones it made; saving appends the new lines, or rewrites the pack
 * (atomically) with exactly the used and new entries once stale lines
 * outnumber half the live ones. Kept entries are copied as bytes, never
 * decoded. A later line wins over an earlier one with the same key; a line
 * without a key or without its line break (say, a torn append) is ignored.
 */
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { AtomicFile } from './atomic.js';

const NEWLINE = 0x0a;
const TAB = 0x09;

/** One pack file. */
export class Pack {
  private bytes: Buffer = Buffer.alloc(0);
  /** Where each key's line starts and ends (at its line break) in `bytes`. */
  private readonly lines = new Map<string, { start: number; end: number }>();
  private packLines = 0;
  private readonly used = new Set<string>();
  private readonly made = new Map<string, string>();

  constructor(readonly file: string) {}

  /** Reads the pack; a missing or unreadable pack is empty. */
  async load(): Promise<void> {
    const bytes = await readFile(this.file).catch(() => Buffer.alloc(0));
    this.bytes = bytes;
    for (let start = 0; start < bytes.length;) {
      this.packLines += 1;
      const end = bytes.indexOf(NEWLINE, start);
      if (end < 0) break;
      const tab = bytes.indexOf(TAB, start);
      if (tab > start && tab < end)
        this.lines.set(bytes.toString('latin1', start, tab), { start, end });
      start = end + 1;
    }
  }

  /** The payload stored under `key`, or undefined. */
  get(key: string): string | undefined {
    const line = this.lines.get(key);
    return line === undefined
      ? undefined
      : this.bytes.toString('utf8', line.start + key.length + 1, line.end);
  }

  /** Whether the pack holds an entry under `key`. */
  has(key: string): boolean {
    return this.lines.has(key);
  }

  /** Keeps the entry under `key` in the pack. */
  keep(key: string): void {
    if (this.lines.has(key)) this.used.add(key);
  }

  /** Stores a payload (one line, no line breaks) under `key`. */
  add(key: string, payload: string): void {
    this.made.set(key, `${key}\t${payload}\n`);
  }

  /** Appends the new entries, or rewrites the pack with the used and new ones. */
  async save(): Promise<void> {
    const kept = [...this.used].filter((key) => !this.made.has(key));
    const live = kept.length + this.made.size;
    const stale = this.packLines - kept.length;
    if (this.packLines > 0 && stale <= live / 2) {
      if (this.made.size === 0) return;
      await mkdir(dirname(this.file), { recursive: true });
      await appendFile(this.file, [...this.made.values()].join(''));
      return;
    }
    const file = AtomicFile.open(this.file);
    try {
      for (const key of kept) {
        const { start, end } = this.lines.get(key)!;
        file.write(this.bytes.subarray(start, end + 1));
      }
      for (const line of this.made.values()) file.write(line);
    } catch (error) {
      file.abort();
      throw error;
    }
    file.commit();
  }
}
