#!/usr/bin/env node
/**
 * Entry point of the `kg` executable: runs the program on the process's
 * arguments and streams, and sets the exit code.
 */
import { processIO } from './io.js';
import { runCli } from './program.js';

process.exitCode = await runCli(process.argv.slice(2), processIO());
