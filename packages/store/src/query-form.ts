/**
 * Tells which form a SPARQL request has — SELECT, ASK, CONSTRUCT, DESCRIBE or an update — by
 * reading past the prologue (BASE/PREFIX declarations and comments) to the first keyword. The
 * store needs this before running a query to ask Oxigraph for the right serialisation, and to
 * refuse updates where only queries are allowed. It does not check the rest of the syntax.
 */

/** The form of a SPARQL request. */
export type QueryForm = 'select' | 'ask' | 'construct' | 'describe' | 'update' | 'unknown';

const QUERY_FORMS: Readonly<Record<string, QueryForm>> = {
  SELECT: 'select',
  ASK: 'ask',
  CONSTRUCT: 'construct',
  DESCRIBE: 'describe',
};
const UPDATE_KEYWORDS = new Set([
  'INSERT',
  'DELETE',
  'LOAD',
  'CLEAR',
  'CREATE',
  'DROP',
  'COPY',
  'MOVE',
  'ADD',
  'WITH',
]);

/**
 * The form of a SPARQL query or update.
 * @example queryForm('PREFIX ex: <http://e/> # list\nSELECT * { ?s ?p ?o }') // 'select'
 */
export function queryForm(sparql: string): QueryForm {
  let index = 0;
  const skipSpaceAndComments = () => {
    for (;;) {
      const rest = /^(?:\s+|#[^\n]*)/.exec(sparql.slice(index));
      if (!rest || rest[0].length === 0) return;
      index += rest[0].length;
    }
  };
  for (;;) {
    skipSpaceAndComments();
    const word = /^[A-Za-z]+/.exec(sparql.slice(index))?.[0];
    if (!word) return 'unknown';
    const keyword = word.toUpperCase();
    index += word.length;
    if (keyword === 'BASE' || keyword === 'PREFIX') {
      const declaration = /^\s*(?:[^\s:<]*:)?\s*<[^>]*>/.exec(sparql.slice(index));
      if (keyword === 'PREFIX' && !declaration) return 'unknown';
      if (declaration) index += declaration[0].length;
      continue;
    }
    if (QUERY_FORMS[keyword]) return QUERY_FORMS[keyword];
    if (UPDATE_KEYWORDS.has(keyword)) return 'update';
    return 'unknown';
  }
}
