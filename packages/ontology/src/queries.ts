/**
 * Access to the competency queries by name. The queries themselves are embedded in the generated
 * assets module; this adds a checked look-up with an error that lists the known names.
 */
import { COMPETENCY_QUERIES, type CompetencyQueryName } from './generated/assets.js';
import { OntologyError } from './iri.js';
import type { CompetencyQuery } from './types.js';

/**
 * The competency query called `name` (its file name without `.rq`).
 * @throws OntologyError when there is no such query.
 * @example store.query(competencyQuery('quotes').text, { use_default_graph_as_union: true })
 */
export function competencyQuery(
  name: CompetencyQueryName | string,
): CompetencyQuery<CompetencyQueryName> {
  const query = COMPETENCY_QUERIES.find((q) => q.name === name);
  if (!query) {
    const known = COMPETENCY_QUERIES.map((q) => q.name).join(', ');
    throw new OntologyError(`no competency query "${name}" (known: ${known})`);
  }
  return query;
}
