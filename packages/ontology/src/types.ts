/**
 * Types of the assets this package embeds: competency queries and example datasets. Kept apart from
 * the generated modules so the generated code only holds data.
 */

/** A competency query of `ontology/queries/`. */
export interface CompetencyQuery<Name extends string = string> {
  /** The file name without `.rq` (`quotes`). */
  readonly name: Name;
  /** The file name (`quotes.rq`). */
  readonly file: string;
  /** The question the query answers, from its leading comment. */
  readonly question: string;
  /** The result variables, without `?`, in SELECT order. */
  readonly variables: readonly string[];
  /** The SPARQL text. */
  readonly text: string;
}

/** An example dataset of `ontology/examples/`. */
export interface ExampleDataset {
  readonly name: string;
  readonly file: string;
  /** `application/trig` or `text/turtle`. */
  readonly format: string;
  readonly text: string;
}
