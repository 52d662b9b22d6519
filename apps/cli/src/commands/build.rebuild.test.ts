import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { memoryIO } from '../io.js';
import { runCli } from '../program.js';

const article = (title: string, body: string) => `${title}

By Dana Fox 3 March 2021

${body}

The council will vote next week.
`;

const documents: Record<string, string> = {
  a: article(
    'Town hall quarrel over the pool',
    '"We will keep the pool open all summer for every family in town," Mayor Ann Lee said on Monday.\n\nLee added: "The budget has room for it and we have checked twice."',
  ),
  b: article(
    'Council doubts the pool plan',
    '"The pool budget is a fantasy and everyone at the council knows it," Councillor Bo Ray said.\n\nMayor Ann Lee said: "We will keep the pool open all summer for every family in town."',
  ),
  c: article(
    'Parents speak up for the pool',
    '"Our children need somewhere to swim when the schools are closed," said Nia Cole, who leads the Riverton Parents Association.\n\nLee said the pool would stay open.',
  ),
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-rebuild-'));
  mkdirSync(join(dir, 'docs'));
  for (const [name, text] of Object.entries(documents))
    writeFileSync(join(dir, 'docs', `${name}.txt`), text);
});

const run = async (out: string, annotations: string, ...extra: string[]) => {
  const io = memoryIO({ cwd: dir });
  const code = await runCli(
    ['build', '--input', 'docs', '--annotations', annotations, '--out', out, ...extra],
    io,
  );
  expect(code, io.err).toBe(0);
  return io.err;
};

/** A build with the caches, and what it wrote. */
const build = async (annotations = 'none') => {
  const err = await run('out/g.trig', annotations);
  return { err, bytes: readFileSync(join(dir, 'out/g.trig')) };
};

/** What a build without any cache prints and writes for the documents as they are now. */
const coldBuild = async (annotations = 'none') => {
  const err = await run('cold/g.trig', annotations, '--no-cache');
  return { err, bytes: readFileSync(join(dir, 'cold/g.trig')) };
};

/** The bytes a build without any cache writes for the documents as they are now. */
const cold = async (annotations = 'none') => (await coldBuild(annotations)).bytes;

/** The warnings a build printed. */
const warnings = (err: string) => err.split('\n').filter((line) => line.startsWith('warning:'));

const REUSED = /resolution and statements reused from the last build/;
const edit = (name: string, change: (text: string) => string) =>
  writeFileSync(
    join(dir, 'docs', `${name}.txt`),
    change(readFileSync(join(dir, 'docs', `${name}.txt`), 'utf8')),
  );

describe('kg build after edits', () => {
  it('after prose added at the end of an article, keeps the corpus-wide work and writes what a cold build writes', async () => {
    await build();
    appendFileSync(join(dir, 'docs', 'b.txt'), '\nThe mayor did not answer further questions.\n');
    const { err, bytes } = await build();
    expect(err).toMatch(/1 extracted, 2 from cache/);
    expect(err).toMatch(REUSED);
    expect(err).toMatch(/2 of 3 article graphs copied/);
    expect(bytes.equals(await cold())).toBe(true);
    // And again, with nothing changed since.
    const again = await build();
    expect(again.err).toMatch(REUSED);
    expect(again.err).toMatch(/3 of 3 article graphs copied/);
    expect(again.bytes.equals(bytes)).toBe(true);
  });

  it('after the byline changed (another author, and every offset moves), does the corpus-wide work again and writes what a cold build writes', async () => {
    await build();
    edit('a', (text) => text.replace('By Dana Fox', 'By Dana Fox and Sam Green'));
    const { err, bytes } = await build();
    expect(err).not.toMatch(REUSED);
    expect(bytes.equals(await cold())).toBe(true);
  });

  it('after a typo fixed in the first paragraph, above the quotes (their offsets move), keeps the corpus-wide work and writes what a cold build writes', async () => {
    edit('a', (text) => text.replace('2021\n\n', '2021\n\nThe meetting ran late.\n\n'));
    await build();
    edit('a', (text) => text.replace('meetting', 'meeting'));
    const { err, bytes } = await build();
    expect(err).toMatch(REUSED);
    expect(bytes.equals(await cold())).toBe(true);
  });

  it('after a sentence inserted before the first quote, keeps the corpus-wide work and writes what a cold build writes', async () => {
    await build();
    edit('c', (text) => text.replace('2021\n\n', '2021\n\nTempers ran high at the meeting.\n\n'));
    const { err, bytes } = await build();
    expect(err).toMatch(REUSED);
    expect(bytes.equals(await cold())).toBe(true);
  });

  it('after the headline changed (every offset moves), keeps the corpus-wide work and writes what a cold build writes', async () => {
    const before = await build();
    edit('b', (text) =>
      text.replace('Council doubts the pool plan', 'Council has doubts about the pool plan'),
    );
    const { err, bytes } = await build();
    expect(err).toMatch(REUSED);
    expect(bytes.equals(before.bytes)).toBe(false);
    expect(bytes.equals(await cold())).toBe(true);
  });

  it('after an edit that moves the quote naming an unnamed speaker, does the corpus-wide work again; after one below it, does not', async () => {
    writeFileSync(
      join(dir, 'docs', 'n.txt'),
      article(
        'Nurses walk out',
        '"We cannot keep working double shifts without a break," said a charge nurse at the hospital.',
      ),
    );
    await build();
    appendFileSync(join(dir, 'docs', 'n.txt'), '\nThe hospital did not comment.\n');
    const below = await build();
    expect(below.err).toMatch(REUSED);
    expect(below.bytes.equals(await cold())).toBe(true);
    edit('n', (text) => text.replace('2021\n\n', '2021\n\nThe strike began at dawn.\n\n'));
    const above = await build();
    expect(above.err).not.toMatch(REUSED);
    expect(above.bytes.toString()).toMatch(/unnamed-n-/);
    expect(above.bytes.equals(await cold())).toBe(true);
  });

  it('after an edit that moves a quote a warning names (an unattributed one, stated by an unidentified source), keeps the corpus-wide work and prints the warning with its new span, as a cold build does', async () => {
    writeFileSync(
      join(dir, 'docs', 'u.txt'),
      article(
        'Pool row goes on',
        'The meeting was long.\n\n"Nobody knows what comes next for the pool."',
      ),
    );
    await build();
    edit('u', (text) => text.replace('was long', 'was very long'));
    const { err, bytes } = await build();
    expect(err).toMatch(REUSED);
    const reference = await coldBuild();
    expect(warnings(err)).toEqual(warnings(reference.err));
    expect(warnings(err).join('\n')).toMatch(/u: no speaker found for the quote at/);
    expect(bytes.toString()).toMatch(/person-unidentified-u-0>/);
    expect(bytes.equals(reference.bytes)).toBe(true);
  });

  it("after a quote's words change, does the corpus-wide work again and writes what a cold build writes", async () => {
    await build();
    edit('b', (text) => text.replace('is a fantasy', 'is pure fantasy'));
    const { err, bytes } = await build();
    expect(err).not.toMatch(REUSED);
    expect(bytes.equals(await cold())).toBe(true);
  });

  it('after an edit that adds an actor, writes what a cold build writes', async () => {
    await build();
    appendFileSync(
      join(dir, 'docs', 'c.txt'),
      '\nCouncil clerk Mia Park said the petition had 400 signatures.\n',
    );
    const { err, bytes } = await build();
    expect(err).not.toMatch(REUSED);
    expect(bytes.equals(await cold())).toBe(true);
  });

  it('after a rename that makes a surname ambiguous (resolution changes elsewhere), writes what a cold build writes', async () => {
    const before = await build();
    // "Lee" in c resolved to Ann Lee, the only Lee; with a second Lee it no longer does.
    edit('b', (text) => text.replace('Councillor Bo Ray', 'Councillor Tom Lee'));
    const { err, bytes } = await build();
    expect(err).not.toMatch(REUSED);
    expect(bytes.equals(before.bytes)).toBe(false);
    expect(bytes.equals(await cold())).toBe(true);
  });

  it('after an addition and after a deletion, writes what a cold build writes', async () => {
    await build();
    writeFileSync(
      join(dir, 'docs', 'd.txt'),
      article(
        'More on the pool',
        '"The pool budget is a fantasy and everyone at the council knows it, every one of them," Councillor Bo Ray said.',
      ),
    );
    const added = await build();
    expect(added.err).not.toMatch(REUSED);
    expect(added.bytes.equals(await cold())).toBe(true);
    rmSync(join(dir, 'docs', 'a.txt'));
    const deleted = await build();
    expect(deleted.err).not.toMatch(REUSED);
    expect(deleted.bytes.equals(await cold())).toBe(true);
  });

  it('after a quote added to an article, does the corpus-wide work again and writes what a cold build writes', async () => {
    const before = await build();
    appendFileSync(
      join(dir, 'docs', 'a.txt'),
      '\nLee also said: "The lifeguards have been hired for the whole season already."\n',
    );
    const { err, bytes } = await build();
    expect(err).not.toMatch(REUSED);
    expect(err).toMatch(/reports 7,/);
    expect(bytes.equals(before.bytes)).toBe(false);
    expect(bytes.equals(await cold())).toBe(true);
  });

  it('after a quote deleted from an article, does the corpus-wide work again and writes what a cold build writes', async () => {
    const before = await build();
    edit('a', (text) =>
      text.replace('\n\nLee added: "The budget has room for it and we have checked twice."', ''),
    );
    const { err, bytes } = await build();
    expect(err).not.toMatch(REUSED);
    expect(err).toMatch(/reports 5,/);
    expect(bytes.equals(before.bytes)).toBe(false);
    expect(bytes.equals(await cold())).toBe(true);
  });

  it('after a full build, records what the corpus-wide work reads of each article as it is now: an edit of another article that keeps it is a rebuild, undoing the edit that caused the full build is not', async () => {
    await build();
    edit('b', (text) => text.replace('is a fantasy', 'is pure fantasy'));
    expect((await build()).err).not.toMatch(REUSED);
    appendFileSync(join(dir, 'docs', 'a.txt'), '\nNo one else spoke.\n');
    const kept = await build();
    expect(kept.err).toMatch(REUSED);
    expect(kept.bytes.equals(await cold())).toBe(true);
    edit('b', (text) => text.replace('is pure fantasy', 'is a fantasy'));
    const undone = await build();
    expect(undone.err).not.toMatch(REUSED);
    expect(undone.bytes.equals(await cold())).toBe(true);
  });

  it('after a deletion that makes an unchanged article name an unnamed speaker, records it so: moving that quote then does the corpus-wide work again', async () => {
    const nurses = (title: string) =>
      article(
        title,
        '"We cannot keep working double shifts without a break," said a charge nurse at the hospital.',
      );
    writeFileSync(join(dir, 'docs', 'm.txt'), nurses('Nurses walk out'));
    writeFileSync(join(dir, 'docs', 'n.txt'), nurses('Nurses walk out again'));
    const both = await build();
    expect(both.bytes.toString()).toMatch(/unnamed-m-/);
    rmSync(join(dir, 'docs', 'm.txt'));
    const deleted = await build();
    expect(deleted.err).not.toMatch(REUSED);
    expect(deleted.bytes.toString()).toMatch(/unnamed-n-/);
    expect(deleted.bytes.equals(await cold())).toBe(true);
    edit('n', (text) => text.replace('2021\n\n', '2021\n\nThe strike began at dawn.\n\n'));
    const moved = await build();
    expect(moved.err).not.toMatch(REUSED);
    expect(moved.bytes.equals(await cold())).toBe(true);
  });

  it('treats a damaged, stale or foreign record of the last build as none, and copies no changed article text', async () => {
    const first = await build();
    const record = join(dir, 'out', '.cache', 'g.trig.build');
    // One byte of the payload flipped.
    const damaged = readFileSync(record);
    damaged[damaged.length - 10]! ^= 0xff;
    writeFileSync(record, damaged);
    appendFileSync(join(dir, 'docs', 'a.txt'), '\nNo one else spoke.\n');
    const afterDamage = await build();
    expect(afterDamage.err).not.toMatch(REUSED);
    expect(afterDamage.bytes.equals(await cold())).toBe(true);
    // The record of another output, of other documents under the same names.
    const other = mkdtempSync(join(tmpdir(), 'kg-rebuild-other-'));
    mkdirSync(join(other, 'docs'));
    for (const name of Object.keys(documents))
      writeFileSync(
        join(other, 'docs', `${name}.txt`),
        article(
          'Other',
          `"Other words from ${name} entirely, said at length today," Jo Bell said.`,
        ),
      );
    expect(
      await runCli(
        ['build', '--input', 'docs', '--annotations', 'none', '--out', 'out/g.trig'],
        memoryIO({ cwd: other }),
      ),
    ).toBe(0);
    writeFileSync(record, readFileSync(join(other, 'out', '.cache', 'g.trig.build')));
    const foreign = await build();
    expect(foreign.err).not.toMatch(REUSED);
    expect(foreign.bytes.equals(first.bytes)).toBe(false);
    expect(foreign.bytes.equals(await cold())).toBe(true);
    // An article's text changed in the output itself: its group is made again, not copied.
    const text = foreign.bytes.toString('utf8');
    const at = text.lastIndexOf('somewhere to swim');
    writeFileSync(join(dir, 'out/g.trig'), `${text.slice(0, at)}Somewhere${text.slice(at + 9)}`);
    appendFileSync(join(dir, 'docs', 'b.txt'), '\nThe meeting ended at nine.\n');
    const tampered = await build();
    expect(tampered.err).toMatch(REUSED);
    expect(tampered.bytes.equals(await cold())).toBe(true);
    rmSync(other, { recursive: true, force: true });
  });

  it('with annotations, keeps the corpus-wide work only when the edited article is not quoted by them', async () => {
    mkdirSync(join(dir, 'ann'));
    writeFileSync(
      join(dir, 'ann', 'x.yaml'),
      'events:\n  - id: vote\n    label: The vote\n    date: 2021-03-10\n    evidence:\n      - { doc: a, quote: "The budget has room for it" }\n',
    );
    await build('ann');
    appendFileSync(join(dir, 'docs', 'c.txt'), '\nThe meeting ended at nine.\n');
    const unquoted = await build('ann');
    expect(unquoted.err).toMatch(REUSED);
    expect(unquoted.bytes.equals(await cold('ann'))).toBe(true);
    appendFileSync(join(dir, 'docs', 'a.txt'), '\nThe meeting ended at nine.\n');
    const quoted = await build('ann');
    expect(quoted.err).not.toMatch(REUSED);
    expect(quoted.bytes.equals(await cold('ann'))).toBe(true);
    // Other annotations: the record of the last build is not used.
    writeFileSync(
      join(dir, 'ann', 'x.yaml'),
      'events:\n  - id: vote\n    label: The council vote\n    date: 2021-03-10\n    evidence:\n      - { doc: a, quote: "The budget has room for it" }\n',
    );
    appendFileSync(join(dir, 'docs', 'c.txt'), '\nNobody objected.\n');
    const reannotated = await build('ann');
    expect(reannotated.err).not.toMatch(REUSED);
    expect(reannotated.bytes.equals(await cold('ann'))).toBe(true);
  });
});
