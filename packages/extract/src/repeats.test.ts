import { describe, expect, it } from 'vitest';
import { extractDocument } from './extract.js';
import { parseDocument } from './parse.js';

function said(text: string): Array<[string, string | null, string]> {
  return extractDocument(parseDocument('r.txt', `---\npublished: 2025-09-18\n---\n${text}`))
    .quotes.filter((q) => q.quoteType !== 'indirect')
    .map((q) => [q.text, q.speakerKey, q.rule]);
}

describe('inheritRepeatedWords', () => {
  it('gives a headline quote and a bare repeat the speaker of the words they repeat', () => {
    expect(
      said(
        [
          '"THEY WAIT": the email the city did not want you to see',
          'Deputy Chief Wendell Pryce wrote to commanders that calls "get triaged like anything else — which, this week, means they wait."',
          '"They wait." Think about that.',
        ].join('\n\n'),
      ),
    ).toEqual([
      ['THEY WAIT', 'person:wendell-pryce', 'repeat-of-attributed-quote'],
      [
        'get triaged like anything else — which, this week, means they wait.',
        'person:wendell-pryce',
        'lead-speaker-verb',
      ],
      ['They wait.', 'person:wendell-pryce', 'repeat-of-attributed-quote'],
    ]);
  });

  it("gives a headline's single word the speaker of a short quotation holding it, not of a long one", () => {
    const quotes = said(
      [
        "Village sues barge operator; company calls suit 'baseless'",
        'Brannock Marine Logistics said in a statement that the lawsuit was "baseless and wrong."',
      ].join('\n\n'),
    );
    expect(quotes[0]).toEqual([
      'baseless',
      'org:brannock-marine-logistics',
      'repeat-of-attributed-quote',
    ]);
    const long = said(
      [
        "Nurses vote on 'union'",
        '"We asked for a union because nobody listened to us on the ward for years and years and then more years," said Ana Ruiz.',
      ].join('\n\n'),
    );
    expect(long.filter(([, , rule]) => rule === 'repeat-of-attributed-quote')).toEqual([]);
  });

  it('leaves words two speakers said, and title-case labels, alone', () => {
    const quotes = said(
      [
        'Headline',
        '"We need a deal now," said Ana Ruiz. "We need a deal now," said Tom Berg.',
        'Arterials are "Tier 1" streets, Ruiz said, and "Tier 1" is where "we need a deal" matters.',
      ].join('\n\n'),
    );
    expect(quotes.filter(([, , rule]) => rule === 'repeat-of-attributed-quote')).toEqual([]);
  });

  it('gives words quoted above both of their speakers to the first who says them below', () => {
    const quotes = said(
      [
        'Provost told developer "leave it with me" before vote',
        '"I will look at it. Leave it with me," Hugh Roe wrote in a message.',
        '"He said leave it with me, and then nothing happened," said Ann Berg.',
      ].join('\n\n'),
    );
    expect(quotes[0]).toEqual([
      'leave it with me',
      'person:hugh-roe',
      'repeat-of-attributed-quote',
    ]);
  });

  it('gives a short headline phrase holding a word more than an attributed one its speaker', () => {
    const quotes = said(
      [
        "Greenway route 'would cut farms in two', council told",
        'Cllr Tomás Ó Duinn said the route would "cut farms in two".',
      ].join('\n\n'),
    );
    expect(quotes[0]).toEqual([
      'would cut farms in two',
      'person:tomas-o-duinn',
      'repeat-of-attributed-quote',
    ]);
  });

  it('matches a repeat whose verb lost its -s ("would rip the heart out" of "It rips the heart out")', () => {
    const quotes = said(
      [
        'School closure',
        'Parents have vowed to fight, saying the move would "rip the heart out" of the community.',
        'Its organiser, Aisling Brennan, said: "It rips the heart out of the village."',
      ].join('\n\n'),
    );
    expect(quotes[0]).toEqual([
      'rip the heart out',
      'person:aisling-brennan',
      'repeat-of-attributed-quote',
    ]);
  });
});
