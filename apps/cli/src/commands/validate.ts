/**
 * `kg validate`: checks a dataset against the ontology's SHACL shapes (over the union of all
 * graphs) and checks every text anchor against the body text of its article. Prints a report
 * grouped by shape and focus node (`--format text`) or JSON for machines; exits 1 when the
 * dataset does not conform, 0 when it does. `--shapes` validates against other shapes.
 */
import {
  formatValidationReport,
  DEFAULT_PREFIXES,
  LocalStore,
  ontologyShapes,
  validateDataset,
} from '@claimgraph/store';
import type { CommandDefinition } from '../command.js';
import { DEFAULT_DATA_FILE } from '../command.js';
import { CliError } from '../errors.js';
import { choice, resolvePath, withStoreErrors } from './store-support.js';

export const validateCommand: CommandDefinition = {
  name: 'validate',
  summary: 'check the dataset against the SHACL shapes and every anchor against its document',
  configure: (command) =>
    command
      .option('-d, --data <file>', 'dataset to validate', DEFAULT_DATA_FILE)
      .option('-f, --format <format>', 'text | json', 'text')
      .option('-s, --shapes <file>', 'SHACL shapes to use instead of the ontology shapes'),
  run: async ({ options, io }) => {
    const format = choice('validate', 'format', options['format'] ?? 'text', [
      'text',
      'json',
    ] as const);
    const shapesFile =
      options['shapes'] === undefined ? undefined : resolvePath(io, String(options['shapes']));
    const report = await withStoreErrors('validate', async () => {
      const data = await LocalStore.fromFile(
        resolvePath(io, String(options['data'] ?? DEFAULT_DATA_FILE)),
      );
      const shapes =
        shapesFile === undefined
          ? ontologyShapes()
          : (await LocalStore.fromFile(shapesFile)).quads();
      return validateDataset(data.quads(), shapes);
    });
    io.stdout(formatValidationReport(report, format, DEFAULT_PREFIXES));
    if (!report.conforms) {
      const problems = report.shacl.results.length + report.anchors.problems.length;
      throw new CliError(
        `kg validate: the dataset does not conform (${problems} problem${problems === 1 ? '' : 's'})`,
      );
    }
  },
};
