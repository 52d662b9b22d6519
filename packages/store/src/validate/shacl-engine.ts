/**
 * A typed doorway to `shacl-engine`, which ships no type declarations: the interfaces below
 * describe the parts the store uses (the Validator, its report, and results carrying grapoi
 * pointers to the terms involved), and `Validator` is the library's class under that type.
 */
import type { DatasetCore, Term } from '@rdfjs/types';
// @ts-expect-error shacl-engine has no type declarations; its shape is described below.
import { Validator as UntypedValidator } from 'shacl-engine';

/** A grapoi pointer: the terms a result refers to. */
export interface TermPointer {
  readonly term: Term | undefined;
  readonly terms: Term[];
}

/** One step of a parsed SHACL property path. */
export interface PathStep {
  quantifier: 'one' | 'zeroOrOne' | 'zeroOrMore' | 'oneOrMore';
  start: 'subject' | 'object';
  end: 'subject' | 'object';
  predicates: Term[];
}

/** One result of shacl-engine's report. */
export interface EngineResult {
  readonly focusNode: TermPointer;
  readonly value: TermPointer | undefined;
  readonly path: PathStep[] | null | undefined;
  readonly severity: Term;
  readonly constraintComponent: Term;
  readonly shape: { readonly ptr: TermPointer };
  readonly message: Term[];
}

/** shacl-engine's validation report. */
export interface EngineReport {
  readonly conforms: boolean;
  readonly results: EngineResult[];
}

/** shacl-engine's Validator. */
export interface EngineValidator {
  validate(data: { dataset: DatasetCore; terms?: Iterable<Term> }): Promise<EngineReport>;
}

/** Constructs a validator for a shapes dataset; `factory` must also offer `dataset()`. */
export const Validator = UntypedValidator as new (
  shapes: DatasetCore,
  options: { factory: unknown; [option: string]: unknown },
) => EngineValidator;
