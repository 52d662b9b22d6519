import { describe, expect, it } from 'vitest';
import {
  INSTANCE_KINDS,
  MAX_SLUG_LENGTH,
  documentSegment,
  graphIri,
  instanceIri,
  parseInstanceIri,
  slug,
} from './iri.js';

const ID = 'https://w3id.org/claimgraph/id/';
const GRAPH = 'https://w3id.org/claimgraph/graph/';

describe('slug', () => {
  it('lowercases, drops accents and joins words with -', () => {
    expect(slug('Dana Okafor, Mayor')).toBe('dana-okafor-mayor');
    expect(slug('  José  Núñez-García ')).toBe('jose-nunez-garcia');
    expect(slug('Straße & Søn')).toBe('strasse-and-son');
    expect(slug("O'Brien")).toBe('obrien');
  });

  it('cuts long names at a word boundary and adds a hash of the whole', () => {
    const long = 'The Millbrook Town Council Standing Committee on Libraries, Parks and Recreation';
    const result = slug(long);
    expect(result.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(result).toMatch(/^the-millbrook-town-council-standing-committee-on-[0-9a-f]{8}$/);
    expect(slug(long + ' (East)')).not.toBe(result);
  });

  it('hashes text without Latin letters or digits instead of returning nothing', () => {
    expect(slug('東京都')).toMatch(/^[0-9a-f]{16}$/);
    expect(slug('東京都')).not.toBe(slug('大阪府'));
  });
});

describe('documentSegment', () => {
  it('keeps file-name identifiers as they are', () => {
    expect(documentSegment('001_b6047d1f9e8a733a')).toBe('001_b6047d1f9e8a733a');
  });

  it('percent-encodes characters unsafe in an IRI path', () => {
    expect(documentSegment('My Article (2)')).toBe('My%20Article%20%282%29');
    expect(documentSegment('a/b#c')).toBe('a%2Fb%23c');
  });

  it('rejects an empty identifier', () => {
    expect(() => documentSegment('')).toThrow(/claimgraph-ontology: .*empty/);
  });
});

describe('graphIri', () => {
  it('names the per-document, curated and metadata graphs', () => {
    expect(graphIri.document('001_b6047d1f9e8a733a')).toBe(`${GRAPH}document/001_b6047d1f9e8a733a`);
    expect(graphIri.curated).toBe(`${GRAPH}curated`);
    expect(graphIri.metadata).toBe(`${GRAPH}metadata`);
  });
});

describe('instanceIri', () => {
  it('slugs named things', () => {
    expect(instanceIri('actor', 'Dana Okafor')).toBe(`${ID}actor/dana-okafor`);
    expect(instanceIri('post', 'Mayor', 'Millbrook Town Council')).toBe(
      `${ID}post/mayor-millbrook-town-council`,
    );
    expect(instanceIri('outlet', 'The Oregonian/OregonLive')).toBe(
      `${ID}outlet/the-oregonian-oregonlive`,
    );
  });

  it('keeps document identifiers', () => {
    expect(instanceIri('document', '001_b6047d1f9e8a733a')).toBe(
      `${ID}document/001_b6047d1f9e8a733a`,
    );
  });

  it('names spans by document and offsets', () => {
    expect(instanceIri('report', 'doc-1', 10, 42)).toBe(`${ID}report/doc-1/10-42`);
    expect(instanceIri('anchor', 'doc-1', '10', '42')).toBe(`${ID}anchor/doc-1/10-42`);
  });

  it('rejects spans that are empty, reversed or not integers', () => {
    expect(() => instanceIri('mention', 'doc-1', 42, 10)).toThrow(/0 <= start < end/);
    expect(() => instanceIri('mention', 'doc-1', 10, 10)).toThrow(/claimgraph-ontology/);
    expect(() => instanceIri('mention', 'doc-1', 1.5, 10)).toThrow(/claimgraph-ontology/);
    expect(() => instanceIri('mention', 'doc-1', 10)).toThrow(/claimgraph-ontology/);
  });

  it('hashes statements by their key parts, deterministically', () => {
    const a = instanceIri(
      'statement',
      `${ID}actor/dana-okafor`,
      'We cannot keep three branches open',
    );
    expect(a).toMatch(new RegExp(`^${ID}statement/[0-9a-f]{16}$`));
    expect(
      instanceIri('statement', `${ID}actor/dana-okafor`, 'We cannot keep three branches open'),
    ).toBe(a);
    expect(
      instanceIri('statement', `${ID}actor/lee-park`, 'We cannot keep three branches open'),
    ).not.toBe(a);
  });

  it('rejects unknown kinds and empty parts', () => {
    expect(() => instanceIri('person' as never, 'x')).toThrow(/unknown instance kind "person"/);
    expect(() => instanceIri('actor')).toThrow(/non-empty parts/);
    expect(() => instanceIri('actor', '  ')).toThrow(/non-empty parts/);
  });

  it('round-trips through parseInstanceIri for every kind', () => {
    for (const kind of INSTANCE_KINDS) {
      const parts = ['report', 'mention', 'anchor'].includes(kind) ? ['doc', 1, 2] : ['Some Name'];
      expect(parseInstanceIri(instanceIri(kind, ...parts))?.kind).toBe(kind);
    }
    expect(parseInstanceIri('https://example.org/actor/x')).toBeUndefined();
    expect(parseInstanceIri(`${ID}unknown/x`)).toBeUndefined();
  });
});
