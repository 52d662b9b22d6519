/**
 * Renders `src/generated/assets.ts`: the ontology and shapes Turtle, every competency query (name,
 * question, result variables, text) and the example datasets as string constants, so that
 * consumers — the Vite viewer included — need no file system at run time.
 */
import { generatedBanner } from './render-vocabulary.js';
import type { QuerySource } from './read-queries.js';
import { keyValue, stringArray, stringLiteral, templateLiteral } from './ts-literals.js';

/** A text file to embed, with its path relative to the repository root. */
export interface EmbeddedFile {
  readonly name: string;
  readonly file: string;
  readonly text: string;
}

/** What the assets module embeds. */
export interface AssetSources {
  readonly ontology: EmbeddedFile;
  readonly shapes: EmbeddedFile;
  readonly queries: readonly QuerySource[];
  readonly examples: readonly EmbeddedFile[];
}

function formatOf(file: string): string {
  return file.endsWith('.trig') ? 'application/trig' : 'text/turtle';
}

/** Renders the assets module. */
export function renderAssets(sources: AssetSources): string {
  const queries = [...sources.queries].sort((a, b) => a.name.localeCompare(b.name));
  const examples = [...sources.examples].sort((a, b) => a.name.localeCompare(b.name));
  const out: string[] = [
    generatedBanner('The ontology, shapes, competency queries and examples as string constants.'),
    "import type { CompetencyQuery, ExampleDataset } from '../types.js';",
    '',
    `/** \`${sources.ontology.file}\`: the OWL ontology in Turtle. */`,
    `export const ONTOLOGY_TURTLE = ${templateLiteral(sources.ontology.text)};`,
    '',
    `/** \`${sources.shapes.file}\`: the SHACL shapes in Turtle. */`,
    `export const SHAPES_TURTLE = ${templateLiteral(sources.shapes.text)};`,
    '',
    '/** The name of a competency query (its file name without `.rq`). */',
    `export type CompetencyQueryName =`,
    ...queries.map((q, i) => `  | ${stringLiteral(q.name)}${i === queries.length - 1 ? ';' : ''}`),
    '',
    '/** The competency queries of `ontology/queries/`, by name. */',
    'export const COMPETENCY_QUERIES: readonly CompetencyQuery<CompetencyQueryName>[] = [',
  ];
  for (const query of queries) {
    out.push(
      '  {',
      keyValue('    ', 'name', stringLiteral(query.name)),
      keyValue('    ', 'file', stringLiteral(query.file)),
      keyValue('    ', 'question', stringLiteral(query.question)),
      `    variables: ${stringArray(query.variables, '    variables: ', '    ')},`,
      `    text: ${templateLiteral(query.text)},`,
      '  },',
    );
  }
  out.push(
    '];',
    '',
    '/** The example datasets of `ontology/examples/` (valid data for every class and query). */',
    'export const EXAMPLE_DATASETS: readonly ExampleDataset[] = [',
  );
  for (const example of examples) {
    out.push(
      '  {',
      keyValue('    ', 'name', stringLiteral(example.name)),
      keyValue('    ', 'file', stringLiteral(example.file)),
      keyValue('    ', 'format', stringLiteral(formatOf(example.file))),
      `    text: ${templateLiteral(example.text)},`,
      '  },',
    );
  }
  out.push('];', '');
  return out.join('\n');
}
