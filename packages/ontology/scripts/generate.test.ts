/**
 * The generated files are committed so consumers need no build; these tests regenerate them in
 * memory and fail when the committed copies are stale. They also check that the generator rejects
 * broken sources with errors that name the file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateAll } from './codegen/generate-all.js';
import { readOntology } from './codegen/read-ontology.js';
import { readQuery, selectVariables } from './codegen/read-queries.js';
import {
  OUTPUT_FILES,
  REPOSITORY_ROOT,
  readSources,
  type GeneratorSources,
} from './codegen/sources.js';

const sources = readSources();

describe('the committed generated files', () => {
  const generated = generateAll(sources);

  it.each(Object.values(OUTPUT_FILES))(
    '%s is up to date (run the generate script if not)',
    (file) => {
      const fresh = generated.find((g) => g.file === file);
      expect(fresh, file).toBeDefined();
      expect(readFileSync(join(REPOSITORY_ROOT, file), 'utf8')).toBe(fresh?.text);
    },
  );

  it('are byte-identical when generated twice', () => {
    expect(generateAll(sources)).toEqual(generated);
  });

  it('change when the ontology changes', () => {
    const changed: GeneratorSources = {
      ...sources,
      ontology: {
        ...sources.ontology,
        text: sources.ontology.text.replace(
          'rdfs:label "Dispute"@en',
          'rdfs:label "Controversy"@en',
        ),
      },
    };
    const vocabulary = generateAll(changed).find((g) => g.file === OUTPUT_FILES.vocabulary)?.text;
    expect(vocabulary).toContain("label: 'Controversy'");
  });
});

describe('the reference docs', () => {
  const reference = generateAll(sources).find((g) => g.file === OUTPUT_FILES.reference)?.text ?? '';

  it('show the namespaces, the class tree, a Mermaid diagram and per-class property tables', () => {
    expect(reference).toContain('| `cgid:` | <https://w3id.org/claimgraph/id/> |');
    expect(reference).toMatch(/^- `cg:Actor` — Actor ⊑ `sem:Actor`, `prov:Agent`$/m);
    expect(reference).toMatch(/^ {4}- `cg:Outlet` — Outlet ⊑ `schema:NewsMediaOrganization`$/m);
    expect(reference).toContain('```mermaid\nclassDiagram');
    expect(reference).toContain('  Statement --> Actor : statedBy');
    expect(reference).toContain('  Organization <|-- Outlet');
    expect(reference).toMatch(
      /### `cg:Statement` — Statement[\s\S]*?\| `cg:statedBy` \| object \| `cg:Statement` \| `cg:Actor` \| Functional \| ⊑ `prov:wasAttributedTo` \|/,
    );
  });

  it('list the competency queries with their questions', () => {
    expect(reference).toMatch(
      /\| `quotes.rq` \| Who said what, in which document\?.*\| `\?statement` `\?doc` `\?text` `\?speaker` `\?speakerName`/,
    );
  });
});

describe('the generator on broken sources', () => {
  it('names the file and line of a Turtle syntax error', () => {
    expect(() =>
      readOntology('@prefix cg: <x#> .\ncg:A a cg:B ;;; .\n"', 'ontology/claimgraph.ttl'),
    ).toThrow(/^claimgraph-ontology: ontology\/claimgraph\.ttl: .*line/);
  });

  it('rejects a term without label or comment', () => {
    const turtle = sources.ontology.text.replace('rdfs:comment "An email message."@en ;', '');
    expect(() => readOntology(turtle, 'ontology/claimgraph.ttl')).toThrow(
      'claimgraph-ontology: ontology/claimgraph.ttl: cg:Email has no rdfs:comment',
    );
  });

  it('rejects a cg: term that is used but never defined', () => {
    const turtle = `${sources.ontology.text}\ncg:Statement rdfs:subClassOf cg:Utterance .\n`;
    expect(() => readOntology(turtle, 'ontology/claimgraph.ttl')).toThrow(
      /used but not defined: cg:Utterance/,
    );
  });

  it('rejects a query without its question', () => {
    expect(() => readQuery('x', 'ontology/queries/x.rq', 'SELECT ?a WHERE { ?a ?b ?c }')).toThrow(
      'claimgraph-ontology: ontology/queries/x.rq:1:1: a competency query must start with a # comment',
    );
  });

  it('reads SELECT variables, aliases included', () => {
    expect(
      selectVariables('SELECT DISTINCT ?a (COUNT(DISTINCT ?b) AS ?n) ?c WHERE {}', 'q.rq'),
    ).toEqual(['a', 'n', 'c']);
    expect(() => selectVariables('ASK {}', 'q.rq')).toThrow(/q\.rq: no SELECT/);
  });
});
