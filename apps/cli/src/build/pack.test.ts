import { mkdtempSync, readFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Pack } from './pack.js';

const fresh = async (file: string) => {
  const pack = new Pack(file);
  await pack.load();
  return pack;
};

describe('Pack', () => {
  it('keeps what a build used and added, appending while few entries are stale', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kg-pack-')), '.cache', 'x.pack');
    const first = await fresh(file);
    for (const key of ['a', 'b', 'c', 'd']) first.add(key, `payload ${key}\twith a tab`);
    await first.save();
    expect(readFileSync(file, 'utf8').split('\n')).toHaveLength(5);

    const second = await fresh(file);
    expect(second.get('b')).toBe('payload b\twith a tab');
    for (const key of ['a', 'b', 'c']) second.keep(key);
    second.add('e', 'payload e');
    await second.save();
    // One stale entry (d) for four live ones: appended, not rewritten.
    expect(readFileSync(file, 'utf8').split('\n')).toHaveLength(6);

    const third = await fresh(file);
    third.keep('e');
    await third.save();
    // Four stale entries for one live one: rewritten with the live one only.
    expect(readFileSync(file, 'utf8')).toBe('e\tpayload e\n');
  });

  it('keeps payloads of any characters, copying kept entries as they were', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kg-pack-')), 'x.pack');
    const first = await fresh(file);
    first.add('a', '{"text":"Zoë said “no” 😀"}');
    first.add('b', 'plain');
    await first.save();
    const second = await fresh(file);
    expect(second.get('a')).toBe('{"text":"Zoë said “no” 😀"}');
    second.keep('a');
    second.add('c', 'ç');
    await second.save();
    const third = await fresh(file);
    third.keep('a');
    await third.save();
    // Two stale entries (b, c) for one live one: rewritten with a's line, its bytes copied.
    expect(readFileSync(file, 'utf8')).toBe('a\t{"text":"Zoë said “no” 😀"}\n');
  });

  it('ignores a torn last line and reads the rest', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kg-pack-')), 'x.pack');
    const pack = await fresh(file);
    pack.add('a', 'one');
    await pack.save();
    appendFileSync(file, 'b');
    const again = await fresh(file);
    expect(again.get('a')).toBe('one');
    expect(again.get('b')).toBeUndefined();
  });
});
