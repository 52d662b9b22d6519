#!/usr/bin/env node
/**
 * Gathers the per-area benchmark reports (`bench/results/<area>.md`, each written by
 * its benchmark together with the command that produced it) into `bench/RESULTS.md`,
 * in a fixed order, so that one file holds every measured figure.
 * Run: node bench/collect-results.mjs
 */
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = new URL('./results/', import.meta.url).pathname;
const order = [
  'build',
  'extract',
  'store',
  'store-local',
  'conformance',
  'ontology',
  'viewer',
  'viewer-server',
];
const present = readdirSync(dir)
  .filter((name) => name.endsWith('.md'))
  .map((name) => name.slice(0, -3));
const areas = [
  ...order.filter((area) => present.includes(area)),
  ...present.filter((area) => !order.includes(area)).sort(),
];

const sections = areas.map((area) => readFileSync(join(dir, `${area}.md`), 'utf8').trim());
const text = `# Benchmark results

Every figure below was measured on this project's machines (2 cores, Node 20) by the command shown
in its section; ratios compare claimgraph with the library underneath doing the same work. The
sections are copied from \`bench/results/<area>.md\` by \`node bench/collect-results.mjs\`.

${areas.map((area) => `- [${area}](results/${area}.md)`).join('\n')}

${sections.join('\n\n---\n\n')}
`;
const target = new URL('./RESULTS.md', import.meta.url).pathname;
const temporary = `${target}.${process.pid}.tmp`;
writeFileSync(temporary, text);
renameSync(temporary, target);
console.log(`bench/RESULTS.md: ${areas.length} sections (${areas.join(', ')})`);
