/**
 * Writes files so that readers never see half of one: the bytes go to a
 * temporary file next to the target, which is renamed over it at the end
 * (rename is atomic within a file system). On failure the temporary file is
 * removed and the old target, if any, stays as it was. Text and byte ranges
 * copied from other files are gathered in one large buffer and written a few
 * megabytes at a time, so that a large output is never held whole, as one
 * string or as one buffer.
 */
import { closeSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Size of the write buffer. */
const BUFFER_SIZE = 8 << 20;

/** A file being written; nothing appears at its path before `commit`. */
export class AtomicFile {
  private readonly buffer: Buffer;
  /** Bytes in the buffer. */
  private used = 0;
  /** Bytes already written to the temporary file. */
  private flushed = 0;

  private constructor(
    readonly path: string,
    private readonly temporary: string,
    private readonly fd: number,
    bufferSize: number,
  ) {
    this.buffer = Buffer.allocUnsafe(bufferSize);
  }

  /**
   * Starts writing `path`, creating its folder if needed.
   * @example const file = AtomicFile.open('out.trig'); file.write(text); file.commit();
   */
  static open(path: string, bufferSize = BUFFER_SIZE): AtomicFile {
    mkdirSync(dirname(path), { recursive: true });
    const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
    return new AtomicFile(path, temporary, openSync(temporary, 'w'), bufferSize);
  }

  /** Number of bytes written so far: the offset in the file of the next byte. */
  get position(): number {
    return this.flushed + this.used;
  }

  /** Appends text (as UTF-8) or bytes; returns the bytes appended, valid until the next call. */
  write(content: string | Uint8Array): Uint8Array {
    const length = typeof content === 'string' ? Buffer.byteLength(content) : content.length;
    if (length > this.buffer.length - this.used) this.flush();
    if (length > this.buffer.length) {
      const bytes = typeof content === 'string' ? Buffer.from(content) : content;
      this.writeAll(bytes);
      return bytes;
    }
    if (typeof content === 'string') this.buffer.write(content, this.used);
    else this.buffer.set(content, this.used);
    this.used += length;
    return this.buffer.subarray(this.used - length, this.used);
  }

  /**
   * Appends `length` bytes read at `position` of an open file, if there are that many and
   * `accept` takes them; otherwise appends nothing. Returns whether the bytes were appended.
   */
  copy(
    fd: number,
    position: number,
    length: number,
    accept: (bytes: Uint8Array) => boolean,
  ): boolean {
    if (length > this.buffer.length - this.used) this.flush();
    const large = length > this.buffer.length;
    const target = large ? Buffer.allocUnsafe(length) : this.buffer;
    const offset = large ? 0 : this.used;
    let read = 0;
    while (read < length) {
      const n = readSync(fd, target, offset + read, length - read, position + read);
      if (n === 0) return false;
      read += n;
    }
    const bytes = target.subarray(offset, offset + length);
    if (!accept(bytes)) return false;
    if (large) this.writeAll(bytes);
    else this.used += length;
    return true;
  }

  /** Writes what is left, closes the file and moves it to its path. */
  commit(): void {
    try {
      this.flush();
      closeSync(this.fd);
    } catch (error) {
      this.abort();
      throw error;
    }
    try {
      renameSync(this.temporary, this.path);
    } catch (error) {
      rmSync(this.temporary, { force: true });
      throw error;
    }
  }

  /** Closes and removes the temporary file; the path keeps what it held. */
  abort(): void {
    try {
      closeSync(this.fd);
    } catch {
      // Already closed.
    }
    rmSync(this.temporary, { force: true });
  }

  private flush(): void {
    this.writeAll(this.buffer.subarray(0, this.used));
    this.used = 0;
  }

  private writeAll(bytes: Uint8Array): void {
    for (let done = 0; done < bytes.length;)
      done += writeSync(this.fd, bytes, done, bytes.length - done, this.flushed + done);
    this.flushed += bytes.length;
  }
}
