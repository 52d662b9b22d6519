/** Minimal types for shacl-engine (the package ships none): the Validator as the tests use it. */
declare module 'shacl-engine' {
  import type { DatasetCore, Term } from '@rdfjs/types';

  export interface ValidationReport {
    readonly conforms: boolean;
    readonly dataset: DatasetCore;
    readonly term: Term;
  }

  export class Validator {
    constructor(shapes: DatasetCore, options: { factory: unknown });
    validate(data: { dataset: DatasetCore; terms?: Iterable<Term> }): Promise<ValidationReport>;
  }
}
