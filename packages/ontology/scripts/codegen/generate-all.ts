/**
 * Turns the generator's inputs into the generated files, in memory: the vocabulary module, the
 * assets module and the reference docs. Pure (no file system), so the staleness test can run it and
 * compare with the committed files.
 */
import { parseRdf, readOntology } from './read-ontology.js';
import { prefixedIris, readQuery } from './read-queries.js';
import { renderAssets } from './render-assets.js';
import { renderReference } from './render-reference.js';
import { renderVocabulary } from './render-vocabulary.js';
import { OUTPUT_FILES, type GeneratorSources } from './sources.js';

/** A generated file: its path relative to the repository root and its content. */
export interface GeneratedFile {
  readonly file: string;
  readonly text: string;
}

function baseName(file: string): string {
  return (file.split('/').pop() ?? file).replace(/\.[^.]+$/, '');
}

/**
 * Generates every output from the sources.
 * @example const files = generateAll(readSources());
 */
export function generateAll(sources: GeneratorSources): GeneratedFile[] {
  const model = readOntology(sources.ontology.text, sources.ontology.file);
  const queries = sources.queries.map((q) => ({
    ...readQuery(baseName(q.file), q.file, q.text),
    file: `${baseName(q.file)}.rq`,
  }));
  const usedIris = new Set<string>(model.externalIris);
  for (const quad of parseRdf(sources.shapes.text, sources.shapes.file)) {
    for (const term of [quad.subject, quad.predicate, quad.object]) {
      if (term.termType === 'NamedNode') usedIris.add(term.value);
    }
  }
  for (const query of queries) prefixedIris(query.text).forEach((iri) => usedIris.add(iri));
  const embedded = (file: { file: string; text: string }) => ({
    ...file,
    name: baseName(file.file),
  });
  return [
    { file: OUTPUT_FILES.vocabulary, text: renderVocabulary(model, usedIris) },
    {
      file: OUTPUT_FILES.assets,
      text: renderAssets({
        ontology: embedded(sources.ontology),
        shapes: embedded(sources.shapes),
        queries,
        examples: sources.examples.map(embedded),
      }),
    },
    { file: OUTPUT_FILES.reference, text: renderReference(model, queries) },
  ];
}
