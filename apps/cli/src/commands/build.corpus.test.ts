/**
 * The converter on varied text: `kg build` over the invented test corpus of
 * packages/extract (438 articles from many newsrooms, written to test the
 * extractor) must write a dataset that `kg validate` accepts — shapes and
 * anchors — whatever the articles hold: emoji, staff bylines, chants with no
 * speaker, transcripts, fact-check boxes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { memoryIO } from '../io.js';
import { runCli } from '../program.js';

const corpus = fileURLToPath(new URL('../../../../packages/extract/test/corpus/', import.meta.url));

it('writes a dataset that kg validate accepts for every article of the test corpus', async () => {
  const directory = mkdtempSync(join(tmpdir(), 'kg-corpus-'));
  const out = join(directory, 'corpus.trig');
  try {
    const build = memoryIO({ cwd: corpus });
    expect(
      await runCli(['build', '--input', '.', '--annotations', 'none', '--out', out], build),
      build.err,
    ).toBe(0);
    const validate = memoryIO({ cwd: corpus });
    const code = await runCli(['validate', '--data', out], validate);
    expect(code, `${validate.out}\n${validate.err}`.slice(0, 3000)).toBe(0);
    expect(validate.out).toContain('The dataset conforms.');
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}, 240_000);
