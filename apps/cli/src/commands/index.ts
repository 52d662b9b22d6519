/** The registry of `kg` subcommands, in the order `kg --help` lists them. */
import type { CommandDefinition } from '../command.js';
import { buildCommand } from './build.js';
import { exportCommand } from './export.js';
import { pushCommand } from './push.js';
import { queryCommand } from './query.js';
import { serveCommand } from './serve.js';
import { statsCommand } from './stats.js';
import { validateCommand } from './validate.js';

export const commandDefinitions: readonly CommandDefinition[] = [
  buildCommand,
  queryCommand,
  validateCommand,
  exportCommand,
  statsCommand,
  pushCommand,
  serveCommand,
];
