/**
 * `kg export`: writes the dataset in another RDF format or as a property
 * graph (GEXF, GraphML). Implemented by `@claimgraph/store` and
 * `@claimgraph/projection`.
 */
import type { CommandDefinition } from '../command.js';
import { DEFAULT_DATA_FILE } from '../command.js';
import { CommandUnavailableError } from '../errors.js';

export const exportCommand: CommandDefinition = {
  name: 'export',
  summary: 'write the dataset as turtle, trig, ntriples, nquads, jsonld, gexf or graphml',
  configure: (command) =>
    command
      .requiredOption('-f, --format <format>', 'turtle | trig | ntriples | nquads | jsonld | gexf | graphml')
      .option('-d, --data <file>', 'dataset to export', DEFAULT_DATA_FILE)
      .option('-g, --graph <iri>', 'export only this named graph')
      .option('-o, --out <file>', 'write to this file instead of stdout'),
  run: async () => {
    throw new CommandUnavailableError('export', 'the store (@claimgraph/store)');
  },
};
