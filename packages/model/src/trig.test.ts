import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { corpusOf, documentOf, quoteIn, actorIn } from './_fixtures.js';
import { buildModel } from './model.js';
import { QuadSink, confidenceLiteral, countLiteral, dateLiteral, node } from './quads.js';
import { toTrig, trigChunks } from './trig.js';
import { V, XSD } from './vocabulary.js';

const G = 'https://w3id.org/claimgraph/graph/document/a';
const ID = 'https://w3id.org/claimgraph/id/';

describe('trigChunks', () => {
  it('writes the same text as n3 for awkward IRIs and literals', async () => {
    const sink = new QuadSink();
    const awkward = [
      `${ID}mention/a/1-9`,
      `${ID}ends-with-dot.`,
      `${ID}has space`,
      `${ID}quote"mark`,
      `${ID}é-accent`,
      'urn:x:1',
      'https://example.org/other#x',
      'cg:looks-prefixed',
    ];
    for (const subject of awkward) {
      sink.add(G, subject, V.label, 'line one\nline "two"\t\\ end');
      sink.add(G, subject, V.label, 'astral 𝄞 and control \u0001 and \r\f\b');
      sink.add(G, subject, V.type, V.Report);
      sink.add(G, subject, V.type, V.Mention);
      sink.add(G, subject, V.confidence, confidenceLiteral(0.5));
      sink.add(G, subject, V.start, countLiteral(12));
      sink.add(G, subject, V.publishedOn, dateLiteral('2021-03'));
      sink.add(G, subject, V.refersTo, node(awkward[0]!));
      sink.add(G, subject, V.label, {
        termType: 'Literal',
        value: 'x',
        language: 'en',
        datatype: XSD.date,
      });
      sink.add(G, subject, V.label, {
        termType: 'Literal',
        value: '1.5',
        language: '',
        datatype: DataFactory.namedNode('http://www.w3.org/2001/XMLSchema#double'),
      });
    }
    sink.add('https://w3id.org/claimgraph/graph/metadata', `${ID}z`, V.label, 'z');
    sink.add(G, `${ID}z`, V.label, 'z');
    sink.add(G, `${ID}z`, V.label, 'z');
    const text = [...trigChunks(sink.graphs())].join('');
    expect(text).toBe(await toTrig(sink.quads()));
    expect(
      text.match(/<https:\/\/w3id.org\/claimgraph\/id\/z> rdfs:label "z"/g) ?? [],
    ).toHaveLength(0);
    expect(sink.size).toBe(awkward.length * 10 + 2);
  });

  it('writes a whole model as n3 does, one block per named graph', async () => {
    const body = '"We will keep the pool open all summer," Mayor Ann Lee said on Monday.';
    const docs = ['a', 'b'].map((id) =>
      documentOf(
        id,
        body,
        [quoteIn(body, 'We will keep the pool open all summer,', 'person:ann-lee')],
        [actorIn(body, 'person:ann-lee', 'Ann Lee', ['Ann Lee'])],
        'Town Gazette',
      ),
    );
    const model = buildModel({ documents: docs, corpus: corpusOf(docs), annotations: [] });
    const chunks = [...trigChunks(model.graphs)];
    expect(chunks).toHaveLength(model.graphs.length + 1);
    expect(chunks.join('')).toBe(await toTrig(model.quads));
  });

  it('writes only the prefixes for an empty dataset, as n3 does', async () => {
    expect([...trigChunks([])].join('')).toBe(await toTrig([]));
  });
});
