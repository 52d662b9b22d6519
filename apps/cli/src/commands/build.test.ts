import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'n3';
import { beforeEach, describe, expect, it } from 'vitest';
import { memoryIO } from '../io.js';
import { runCli } from '../program.js';

const article = (speaker: string, words: string) => `Town hall quarrel over the pool

By Dana Fox 3 March 2021

"${words}," ${speaker} said on Monday, standing outside the council chamber.

The council will vote next week.
`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-build-'));
  mkdirSync(join(dir, 'docs'));
  writeFileSync(
    join(dir, 'docs', 'a.txt'),
    article('Mayor Ann Lee', 'We will keep the pool open all summer for every family in town'),
  );
  writeFileSync(
    join(dir, 'docs', 'b.txt'),
    article(
      'Councillor Bo Ray',
      'The pool budget is a fantasy and everyone at the council knows it',
    ),
  );
});

const build = async (...extra: string[]) => {
  const io = memoryIO({ cwd: dir });
  const code = await runCli(
    ['build', '--input', 'docs', '--annotations', 'none', '--out', 'out/g.trig', ...extra],
    io,
  );
  return { code, io };
};

/** The bytes a build without any cache writes for the documents as they are now. */
const coldBuild = async () => {
  const code = await runCli(
    ['build', '--input', 'docs', '--annotations', 'none', '--out', 'cold/g.trig', '--no-cache'],
    memoryIO({ cwd: dir }),
  );
  expect(code).toBe(0);
  return readFileSync(join(dir, 'cold/g.trig'));
};

describe('kg build', () => {
  it('writes a TriG dataset with a summary on stderr and nothing on stdout', async () => {
    const { code, io } = await build();
    expect(code).toBe(0);
    expect(io.out).toBe('');
    expect(io.err).toMatch(/documents 2 \(2 extracted, 0 from cache\)/);
    const quads = new Parser({ format: 'application/trig' }).parse(
      readFileSync(join(dir, 'out/g.trig'), 'utf8'),
    );
    expect(
      quads.some(
        (q) => q.object.value === 'We will keep the pool open all summer for every family in town',
      ),
    ).toBe(true);
  });

  it('is byte-identical on unchanged input and serves documents from the cache', async () => {
    await build();
    const first = readFileSync(join(dir, 'out/g.trig'), 'utf8');
    const { io } = await build();
    expect(io.err).toMatch(/0 extracted, 2 from cache/);
    expect(readFileSync(join(dir, 'out/g.trig'), 'utf8')).toBe(first);
    writeFileSync(
      join(dir, 'docs', 'b.txt'),
      article('Councillor Bo Ray', 'The pool budget is fine after all and I was wrong about it'),
    );
    const { io: third } = await build();
    expect(third.err).toMatch(/1 extracted, 1 from cache/);
    const { io: cold } = await build('--no-cache');
    expect(cold.err).toMatch(/2 extracted, 0 from cache/);
  });

  it('after one edit maps only that article again and writes what a cold build writes, byte for byte', async () => {
    writeFileSync(
      join(dir, 'docs', 'c.txt'),
      article('Mayor Ann Lee', 'We will keep the pool open all summer for every family in town'),
    );
    const { io: first } = await build();
    expect(first.err).toMatch(/0 of 3 article graphs copied from the cache/);
    const { io: unchanged } = await build();
    expect(unchanged.err).toMatch(/3 of 3 article graphs copied from the cache/);
    writeFileSync(
      join(dir, 'docs', 'b.txt'),
      `${readFileSync(join(dir, 'docs', 'b.txt'), 'utf8')}\nThe mayor did not answer further questions.\n`,
    );
    const { io: edited } = await build();
    expect(edited.err).toMatch(/1 extracted, 2 from cache/);
    expect(edited.err).toMatch(/2 of 3 article graphs copied from the cache/);
    expect(readFileSync(join(dir, 'out/g.trig')).equals(await coldBuild())).toBe(true);
  });

  it('maps again the articles whose quotes changed statement, even when their text did not change', async () => {
    await build();
    // The same words in a third article: the quote of a.txt now merges into a statement with it.
    writeFileSync(
      join(dir, 'docs', 'c.txt'),
      article(
        'Mayor Ann Lee',
        'We will keep the pool open all summer for every family in town and beyond',
      ),
    );
    const { io } = await build();
    expect(io.err).toMatch(/1 extracted, 2 from cache/);
    // b.txt is copied; a.txt is mapped again (its report names another statement), c.txt is new.
    expect(io.err).toMatch(/1 of 3 article graphs copied from the cache/);
    expect(readFileSync(join(dir, 'out/g.trig')).equals(await coldBuild())).toBe(true);
  });

  it('after an addition or a deletion writes what a cold build writes, byte for byte', async () => {
    await build();
    // A third article repeats b's words at greater length: b's quote joins the statement it names.
    writeFileSync(
      join(dir, 'docs', 'c.txt'),
      article(
        'Councillor Bo Ray',
        'The pool budget is a fantasy and everyone at the council knows it, every single one of them',
      ),
    );
    const { io: added } = await build();
    expect(added.err).toMatch(/1 extracted, 2 from cache/);
    expect(added.err).toMatch(/1 of 3 article graphs copied from the cache/);
    expect(readFileSync(join(dir, 'out/g.trig')).equals(await coldBuild())).toBe(true);
    rmSync(join(dir, 'docs', 'c.txt'));
    const { io: deleted } = await build();
    expect(deleted.err).toMatch(/0 extracted, 2 from cache/);
    expect(deleted.err).toMatch(/1 of 2 article graphs copied from the cache/);
    expect(readFileSync(join(dir, 'out/g.trig')).equals(await coldBuild())).toBe(true);
  });

  it('copies no block whose bytes changed in the previous output, and treats a damaged cache as empty', async () => {
    await build();
    const cold = readFileSync(join(dir, 'out/g.trig'));
    // The same length, one character changed inside a's graph: that block is written afresh.
    const text = cold.toString('utf8');
    const at = text.indexOf('every family in town');
    writeFileSync(
      join(dir, 'out/g.trig'),
      `${text.slice(0, at)}Every${text.slice(at + 'every'.length)}`,
    );
    const { io: tampered } = await build();
    expect(tampered.err).toMatch(/1 of 2 article graphs copied from the cache/);
    expect(readFileSync(join(dir, 'out/g.trig')).equals(cold)).toBe(true);
    const cache = join(dir, 'out', '.cache');
    writeFileSync(join(cache, 'g.trig.blocks.json'), '{"fingerprint": "x", "blo');
    writeFileSync(join(cache, 'g.trig.build'), 'claimgraph build record 1\n');
    const pack = join(cache, 'extract.pack');
    writeFileSync(pack, readFileSync(pack, 'utf8').replace(/\t\{/g, '\t{{').slice(0, -20));
    const { code, io } = await build();
    expect(code).toBe(0);
    expect(io.err).toMatch(/2 extracted, 0 from cache/);
    expect(io.err).toMatch(/0 of 2 article graphs copied from the cache/);
    expect(readFileSync(join(dir, 'out/g.trig')).equals(cold)).toBe(true);
  });

  it('leaves no index of blocks behind a build without cache', async () => {
    await build();
    expect(existsSync(join(dir, 'out', '.cache', 'g.trig.blocks.json'))).toBe(true);
    await build('--no-cache');
    expect(existsSync(join(dir, 'out', '.cache', 'g.trig.blocks.json'))).toBe(false);
    const { io } = await build();
    expect(io.err).toMatch(/0 of 2 article graphs copied from the cache/);
  });

  it('skips an unusable document with its file, line and column, converts the rest, and exits 1', async () => {
    writeFileSync(join(dir, 'docs', 'c.txt'), '---\ntitle: [broken\n---\nBody\n');
    const { code, io } = await build();
    expect(code).toBe(1);
    expect(io.err).toMatch(/error: .*c\.txt:\d+:\d+: .*\(document skipped\)/);
    expect(io.err).toMatch(/documents 2 /);
    expect(existsSync(join(dir, 'out/g.trig'))).toBe(true);
  });

  it('writes nothing when an annotation quotes words its document does not contain', async () => {
    mkdirSync(join(dir, 'ann'));
    writeFileSync(
      join(dir, 'ann', 'x.yaml'),
      'events:\n  - id: vote\n    label: The vote\n    date: 2021-03-10\n    evidence:\n      - { doc: a, quote: "words that are not there" }\n',
    );
    const io = memoryIO({ cwd: dir });
    const code = await runCli(
      ['build', '--input', 'docs', '--annotations', 'ann', '--out', 'out/g.trig'],
      io,
    );
    expect(code).toBe(1);
    expect(io.err).toMatch(/ann\/x\.yaml:6:\d+: evidence quote is not in document 'a'/);
    expect(io.err).toContain('nothing written');
    expect(existsSync(join(dir, 'out/g.trig'))).toBe(false);
  });

  it('keeps the previous dataset when a later build fails, and leaves no temporary file', async () => {
    await build();
    const before = readFileSync(join(dir, 'out/g.trig'), 'utf8');
    const io = memoryIO({ cwd: dir });
    expect(await runCli(['build', '--input', 'missing', '--out', 'out/g.trig'], io)).toBe(1);
    expect(io.err).toContain('the input folder');
    expect(readFileSync(join(dir, 'out/g.trig'), 'utf8')).toBe(before);
    expect(readdirSync(join(dir, 'out')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('fails with exit 1 when no document is usable', async () => {
    writeFileSync(join(dir, 'docs', 'a.txt'), '');
    writeFileSync(join(dir, 'docs', 'b.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x41]));
    const { code, io } = await build();
    expect(code).toBe(1);
    expect(io.err).toContain('no usable documents');
  });

  it('converts a large corpus on worker threads with the same result as one thread', async () => {
    for (let i = 0; i < 6; i += 1)
      writeFileSync(
        join(dir, 'docs', `w${i}.txt`),
        article(`Mayor Ann Lee`, `Statement number ${i} about the pool and the summer plans`),
      );
    await build('--workers', '1', '--no-cache');
    const single = readFileSync(join(dir, 'out/g.trig'), 'utf8');
    await build('--workers', '2', '--no-cache');
    expect(readFileSync(join(dir, 'out/g.trig'), 'utf8')).toBe(single);
  });
});
