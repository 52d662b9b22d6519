/**
 * SHACL validation with shacl-engine over the union of all named graphs: the data's triples are
 * merged into one n3 Store (duplicates across graphs counted once) and validated against the
 * shapes; each result becomes a plain `ShaclResult` with the focus node, path, value, shape,
 * constraint component, severity and message as strings.
 */
import type { Quad, Term } from '@rdfjs/types';
import { DataFactory, Store } from 'n3';
import { Validator, type EngineResult } from './shacl-engine.js';
import { termToNTriples } from '../terms.js';
import { nodeId } from './anchors.js';

const SH = 'http://www.w3.org/ns/shacl#';

/** One SHACL validation result. */
export interface ShaclResult {
  severity: 'Violation' | 'Warning' | 'Info';
  /** The node that failed (IRI or `_:label`). */
  focusNode: string;
  /** The property path, in SPARQL path syntax with full IRIs, when the shape has one. */
  path?: string;
  /** The offending value (IRI, `_:label` or an N-Triples literal), when there is one. */
  value?: string;
  /** The shape that reported it (IRI or `_:label`). */
  shape: string;
  /** For a blank-node property shape: the shape whose `sh:property` it is. */
  parentShape?: string;
  /** The constraint component, e.g. `http://www.w3.org/ns/shacl#MinCountConstraintComponent`. */
  constraint: string;
  message: string[];
}

/** What shacl-engine found. */
export interface ShaclOutcome {
  conforms: boolean;
  results: ShaclResult[];
}

const factory = { ...DataFactory, dataset: (quads?: Quad[]) => new Store(quads) };

function valueId(term: Term): string {
  return term.termType === 'Literal' ? termToNTriples(term) : nodeId(term);
}

function pathText(path: EngineResult['path']): string | undefined {
  if (!path || path.length === 0) return undefined;
  const steps = path.map((step) => {
    const names = step.predicates.map((predicate) => `<${predicate.value}>`);
    let text = names.length > 1 ? `(${names.join('|')})` : (names[0] ?? '');
    if (step.start === 'object') text = `^${text}`;
    if (step.quantifier === 'oneOrMore') text += '+';
    if (step.quantifier === 'zeroOrMore') text += '*';
    if (step.quantifier === 'zeroOrOne') text += '?';
    return text;
  });
  return steps.join('/');
}

/** Merges the quads of every graph into one default-graph store (the union). */
export function unionStore(quads: Iterable<Quad>): Store {
  const store = new Store();
  const defaultGraph = DataFactory.defaultGraph();
  for (const quad of quads) store.addQuad(quad.subject, quad.predicate, quad.object, defaultGraph);
  return store;
}

/**
 * Validates the union of the data's graphs against SHACL shapes.
 * @example await validateShacl(store.quads(), shapesQuads)
 */
export async function validateShacl(
  data: Iterable<Quad>,
  shapes: Iterable<Quad>,
): Promise<ShaclOutcome> {
  const shapesStore = unionStore(shapes);
  const validator = new Validator(shapesStore, { factory });
  const parentOf = (shape: Term): string | undefined => {
    if (shape.termType !== 'BlankNode') return undefined;
    const parent = shapesStore.getSubjects(`${SH}property`, shape, null)[0];
    return parent ? nodeId(parent) : undefined;
  };
  const report = await validator.validate({ dataset: unionStore(data) });
  const results = report.results.map((result: EngineResult): ShaclResult => {
    const severity = result.severity.value.slice(SH.length) as ShaclResult['severity'];
    const focus = result.focusNode.terms[0];
    const value = result.value?.terms[0];
    const path = pathText(result.path);
    const shape = result.shape.ptr.terms[0];
    const parentShape = shape ? parentOf(shape) : undefined;
    return {
      severity,
      focusNode: focus ? valueId(focus) : '',
      ...(path === undefined ? {} : { path }),
      ...(value === undefined ? {} : { value: valueId(value) }),
      shape: shape ? nodeId(shape) : '',
      ...(parentShape === undefined ? {} : { parentShape }),
      constraint: result.constraintComponent.value,
      message: result.message.map((literal) => literal.value),
    };
  });
  return { conforms: report.conforms, results };
}
