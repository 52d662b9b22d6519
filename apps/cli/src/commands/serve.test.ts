import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { memoryIO } from '../io.js';
import { runCli } from '../program.js';
import { createServeCommand } from './serve.js';

const DATASET = `@prefix cg: <https://w3id.org/claimgraph/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/claimgraph/graph/curated> {
  <https://w3id.org/claimgraph/id/actor/ada-example> a cg:Person ; rdfs:label "Ada Example" .
  <https://w3id.org/claimgraph/id/actor/example-council> a cg:Organization ; rdfs:label "Example Council" .
}
`;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-serve-'));
  await writeFile(join(dir, 'good.trig'), DATASET);
  await writeFile(
    join(dir, 'bad.trig'),
    '@prefix cg: <https://w3id.org/claimgraph/ontology#> .\ncg:a cg:b "unterminated .\n',
  );
  await writeFile(join(dir, 'empty.trig'), '# nothing here\n');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function stoppable() {
  let stop: (signal: string) => void = () => {};
  const stopped = new Promise<string>((resolve) => (stop = resolve));
  return { command: createServeCommand(() => stopped), stop };
}

describe('kg serve', () => {
  it('prints the URL, serves the view model of the dataset and stops on the signal', async () => {
    const io = memoryIO({ cwd: dir });
    const { command, stop } = stoppable();
    const running = runCli(['serve', '--data', 'good.trig', '--port', '0'], io, [command]);
    await vi.waitFor(() => expect(io.out).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\n$/), {
      timeout: 60_000,
      interval: 100,
    });
    const url = io.out.trim();
    const view = (await (await fetch(`${url}api/view.json`)).json()) as {
      nodes: Array<{ label: string }>;
    };
    expect(view.nodes.map((node) => node.label).sort()).toEqual(['Ada Example', 'Example Council']);
    const page = await fetch(url);
    expect(page.headers.get('content-security-policy')).toContain(
      "script-src 'self' 'wasm-unsafe-eval'",
    );
    expect(await page.text()).toContain('claimgraph');
    stop('SIGINT');
    expect(await running).toBe(0);
    expect(io.err).toContain('stopped (SIGINT)');
    await expect(fetch(url)).rejects.toThrow();
  }, 120_000); // on a fresh checkout the command builds the viewer app first

  it('fails with exit 1 and says how to build a dataset when the file is missing', async () => {
    const io = memoryIO({ cwd: dir });
    expect(
      await runCli(['serve', '--data', 'nope.trig', '--port', '0'], io, [stoppable().command]),
    ).toBe(1);
    expect(io.err).toMatch(/kg serve: no dataset at .*nope\.trig.*kg build/);
    expect(io.out).toBe('');
  });

  it('names the line and column of a syntax error', async () => {
    const io = memoryIO({ cwd: dir });
    expect(
      await runCli(['serve', '--data', 'bad.trig', '--port', '0'], io, [stoppable().command]),
    ).toBe(1);
    expect(io.err).toMatch(/bad\.trig is not valid TriG \(line 2, column \d+\)/);
  });

  it('refuses a dataset without statements', async () => {
    const io = memoryIO({ cwd: dir });
    expect(
      await runCli(['serve', '--data', 'empty.trig', '--port', '0'], io, [stoppable().command]),
    ).toBe(1);
    expect(io.err).toContain('holds no RDF statements');
  });

  it('rejects a port that is not a number with exit 2', async () => {
    const io = memoryIO({ cwd: dir });
    expect(
      await runCli(['serve', '--data', 'good.trig', '--port', 'eighty'], io, [stoppable().command]),
    ).toBe(2);
    expect(io.err).toContain('--port must be a whole number');
  });
});
