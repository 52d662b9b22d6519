/**
 * `kg export`: writes the dataset as Turtle (graphs merged), TriG, N-Triples, N-Quads or
 * JSON-LD — sorted, with the ontology's prefixes, byte-identical for the same input — or as a
 * property graph (GEXF, GraphML) through `@claimgraph/projection`. `--graph` limits the export
 * to one named graph; `--out` writes a file atomically instead of printing.
 */
import {
  DEFAULT_PREFIXES,
  EXPORT_FORMATS,
  exportDataset,
  LocalStore,
  selectGraph,
} from '@claimgraph/store';
import type { CommandDefinition } from '../command.js';
import { DEFAULT_DATA_FILE } from '../command.js';
import { choice, resolvePath, withStoreErrors, writeFileAtomically } from './store-support.js';

const GRAPH_FORMATS = ['gexf', 'graphml'] as const;
const FORMATS = [...EXPORT_FORMATS, ...GRAPH_FORMATS] as const;

export const exportCommand: CommandDefinition = {
  name: 'export',
  summary: 'write the dataset as turtle, trig, ntriples, nquads, jsonld, gexf or graphml',
  configure: (command) =>
    command
      .requiredOption(
        '-f, --format <format>',
        'turtle | trig | ntriples | nquads | jsonld | gexf | graphml',
      )
      .option('-d, --data <file>', 'dataset to export', DEFAULT_DATA_FILE)
      .option('-g, --graph <iri>', 'export only this named graph')
      .option('-o, --out <file>', 'write to this file instead of stdout'),
  run: async ({ options, io }) => {
    const format = choice('export', 'format', options['format'], FORMATS);
    const graph = options['graph'] === undefined ? undefined : String(options['graph']);
    const out = options['out'] === undefined ? undefined : resolvePath(io, String(options['out']));
    await withStoreErrors('export', async () => {
      const store = await LocalStore.fromFile(
        resolvePath(io, String(options['data'] ?? DEFAULT_DATA_FILE)),
      );
      let text: string;
      if (format === 'gexf' || format === 'graphml') {
        const { projectDataset, toGexf, toGraphml } = await import('@claimgraph/projection');
        const quads =
          graph === undefined ? store.quads() : selectGraph(store.quads(), graph, DEFAULT_PREFIXES);
        const view = projectDataset(quads);
        text = format === 'gexf' ? toGexf(view) : toGraphml(view);
      } else {
        text = exportDataset(store.quads(), {
          format,
          prefixes: DEFAULT_PREFIXES,
          ...(graph === undefined ? {} : { graph }),
        });
      }
      if (out === undefined) {
        io.stdout(text);
      } else {
        await writeFileAtomically(out, text);
        io.stderr(`kg export: wrote ${out} (${format})\n`);
      }
    });
  },
};
