import { describe, expect, it } from 'vitest';
import { competencyQuery } from './queries.js';

describe('competencyQuery', () => {
  it('returns the query with its question, variables and SPARQL text', () => {
    const query = competencyQuery('corroboration');
    expect(query.file).toBe('corroboration.rq');
    expect(query.question).toMatch(/^Which statements are reported by two or more outlets\?/);
    expect(query.variables).toEqual(['statement', 'text', 'outlets']);
    expect(query.text).toContain('COUNT(DISTINCT ?source)');
  });

  it('names the known queries when asked for an unknown one', () => {
    expect(() => competencyQuery('quotations')).toThrow(
      /claimgraph-ontology: no competency query "quotations" \(known: actors, corroboration, .*\)/,
    );
  });
});
