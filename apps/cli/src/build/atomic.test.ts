import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AtomicFile } from './atomic.js';

const folder = () => mkdtempSync(join(tmpdir(), 'kg-atomic-'));

describe('AtomicFile', () => {
  it('writes text, bytes and copied ranges in order across buffer boundaries', () => {
    const dir = folder();
    const source = join(dir, 'source.bin');
    writeFileSync(source, '0123456789abcdefghij');
    const fd = openSync(source, 'r');
    const file = AtomicFile.open(join(dir, 'sub', 'out.txt'), 8);
    expect(file.write('héllo')).toEqual(Buffer.from('héllo'));
    file.write(Buffer.from('-'));
    expect(file.copy(fd, 10, 6, () => true)).toBe(true);
    // Larger than the buffer, copied and written directly.
    expect(file.copy(fd, 0, 12, () => true)).toBe(true);
    // Refused, or past the end of the source: nothing is written.
    expect(file.copy(fd, 0, 4, () => false)).toBe(false);
    expect(file.copy(fd, 18, 4, () => true)).toBe(false);
    file.write('a longer text than the buffer holds');
    expect(file.position).toBe(6 + 1 + 6 + 12 + 35);
    expect(existsSync(join(dir, 'sub', 'out.txt'))).toBe(false);
    file.commit();
    closeSync(fd);
    expect(readFileSync(join(dir, 'sub', 'out.txt'), 'utf8')).toBe(
      'héllo-abcdef0123456789aba longer text than the buffer holds',
    );
    expect(readdirSync(join(dir, 'sub'))).toEqual(['out.txt']);
  });

  it('leaves the old file and no temporary file when aborted', () => {
    const dir = folder();
    const path = join(dir, 'out.txt');
    writeFileSync(path, 'old');
    const file = AtomicFile.open(path, 4);
    file.write('new text, flushed to the temporary file');
    file.abort();
    expect(readFileSync(path, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['out.txt']);
  });
});
