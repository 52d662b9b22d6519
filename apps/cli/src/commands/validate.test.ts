import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { memoryIO } from '../io.js';
import { runCli } from '../program.js';
import { validateCommand } from './validate.js';

vi.mock('./index.js', () => ({ commandDefinitions: [] }));

const EXAMPLE = new URL('../../../../ontology/examples/millbrook-library.trig', import.meta.url);

let directory: string;
const kg = async (...argv: string[]) => {
  const io = memoryIO({ cwd: directory });
  const code = await runCli(argv, io, [validateCommand]);
  return { code, out: io.out, err: io.err };
};

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'kg-validate-'));
  const example = await readFile(EXAMPLE, 'utf8');
  await writeFile(join(directory, 'good.trig'), example);
  // Shift every body text by one character: every anchor now points one character off.
  await writeFile(
    join(directory, 'shifted.trig'),
    example
      .replace(/cg:bodyText """/g, 'cg:bodyText """~')
      .replace(/cg:bodyText "(?!"")/g, 'cg:bodyText "~'),
  );
  await writeFile(
    join(directory, 'strict.ttl'),
    `@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix cg: <https://w3id.org/claimgraph/ontology#> .
<urn:shape:article> a sh:NodeShape ; sh:targetClass cg:Article ;
  sh:property [ sh:path cg:headline ; sh:maxCount 0 ; sh:message "articles may not have headlines here" ] .`,
  );
});

describe('kg validate', () => {
  it('exits 0 on the ontology example with the ontology shapes', async () => {
    const { code, out } = await kg('validate', '--data', 'good.trig');
    expect(code).toBe(0);
    expect(out).toContain('SHACL: conforms');
    expect(out).toMatch(/Anchors: all \d+ anchors match their documents/);
  });

  it('exits 1 and lists every broken anchor when body texts change', async () => {
    const { code, out, err } = await kg('validate', '--data', 'shifted.trig');
    expect(code).toBe(1);
    expect(out).toMatch(/Anchors: \d+ problems in \d+ anchors/);
    expect(out).toMatch(/cgid:anchor\/\S+ in cgid:document\/\S+: the text at \d+\.\.\d+ is "/);
    expect(err).toMatch(/^kg validate: the dataset does not conform \(\d+ problems\)/);
  });

  it('reports SHACL violations grouped by shape and focus node, as text or JSON', async () => {
    const text = await kg('validate', '--data', 'good.trig', '--shapes', 'strict.ttl');
    expect(text.code).toBe(1);
    expect(text.out).toMatch(
      /<urn:shape:article> › cg:headline — sh:MaxCountConstraintComponent \(\d+ results?\)\n {4}cgid:document\//,
    );
    expect(text.out).toContain('cg:headline: articles may not have headlines here');
    const json = await kg(
      'validate',
      '--data',
      'good.trig',
      '--shapes',
      'strict.ttl',
      '--format',
      'json',
    );
    const report = JSON.parse(json.out) as {
      conforms: boolean;
      shacl: { results: Array<{ parentShape?: string }> };
    };
    expect(report.conforms).toBe(false);
    expect(report.shacl.results.every((result) => result.parentShape === 'urn:shape:article')).toBe(
      true,
    );
  });

  it('fails clearly on a missing data file and rejects unknown formats', async () => {
    const missing = await kg('validate', '--data', 'missing.trig');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('no such data file');
    expect((await kg('validate', '--data', 'good.trig', '--format', 'xml')).code).toBe(2);
  });
});
