/**
 * Type declarations for the parts of `shacl-engine` (which ships none) that the store uses:
 * the Validator, its report and results with grapoi pointers to the terms involved.
 */
declare module 'shacl-engine' {
  import type { DatasetCore, Term } from '@rdfjs/types';

  interface TermPointer {
    readonly term: Term | undefined;
    readonly terms: Term[];
  }

  interface PathStep {
    quantifier: 'one' | 'zeroOrOne' | 'zeroOrMore' | 'oneOrMore';
    start: 'subject' | 'object';
    end: 'subject' | 'object';
    predicates: Term[];
  }

  export interface ValidationResult {
    readonly focusNode: TermPointer;
    readonly value: TermPointer | undefined;
    readonly path: PathStep[] | null | undefined;
    readonly severity: Term;
    readonly constraintComponent: Term;
    readonly shape: { readonly ptr: TermPointer };
    readonly message: Term[];
  }

  export interface ValidationReport {
    readonly conforms: boolean;
    readonly results: ValidationResult[];
  }

  export class Validator {
    constructor(shapes: DatasetCore, options: { factory: unknown; [option: string]: unknown });
    validate(data: { dataset: DatasetCore; terms?: Iterable<Term> }): Promise<ValidationReport>;
  }
}
