/**
 * `kg build`: converts the documents and the analyst annotations into an RDF
 * dataset (TriG). Implemented by the converter packages (`@claimgraph/extract`
 * and `@claimgraph/model`).
 */
import type { CommandDefinition } from '../command.js';
import { DEFAULT_DATA_FILE } from '../command.js';
import { CommandUnavailableError } from '../errors.js';

export const buildCommand: CommandDefinition = {
  name: 'build',
  summary: 'convert documents and annotations into an RDF dataset (TriG)',
  configure: (command) =>
    command
      .option('-i, --input <dir>', 'folder of .txt/.md documents', 'data/documents')
      .option('-a, --annotations <dir|none>', "folder of analyst annotations, or 'none'", 'data/annotations')
      .option('-o, --out <file>', 'where to write the dataset', DEFAULT_DATA_FILE),
  run: async () => {
    throw new CommandUnavailableError('build', 'the converter (@claimgraph/model)');
  },
};
