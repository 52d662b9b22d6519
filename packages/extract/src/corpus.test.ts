import { describe, expect, it } from 'vitest';
import { resolveCorpus } from './corpus.js';
import { extractDocument } from './extract.js';
import { parseDocument } from './parse.js';

function extraction(id: string, text: string) {
  return extractDocument(parseDocument(`${id}.txt`, text));
}

describe('resolveCorpus', () => {
  it('merges the same actor across documents and links a lone surname when it is unambiguous', () => {
    const a = extraction('a', 'Head\n\n"We will rebuild," said Mayor Hana Sato of Eastport.');
    const b = extraction('b', 'Head\n\n"Not this year," Sato said.');
    const corpus = resolveCorpus([b, a]);
    expect(corpus.keyMap.b?.['person:sato']).toBe('person:hana-sato');
    const sato = corpus.actors.find((actor) => actor.key === 'person:hana-sato');
    expect(sato?.documents).toEqual(['a', 'b']);
    expect(sato?.evidence.map((e) => e.rule)).toEqual(['same-key', 'unique-surname-in-corpus']);
  });

  it('keeps a surname unresolved when two people in the corpus share it', () => {
    const a = extraction('a', 'Head\n\n"Yes to the levy," said Hana Sato.');
    const b = extraction('b', 'Head\n\n"No to the levy," said Kenji Sato.');
    const c = extraction('c', 'Head\n\n"Maybe to the levy," Sato said.');
    const corpus = resolveCorpus([a, b, c]);
    expect(corpus.keyMap.c?.['person:sato']).toBe('person:sato');
    expect(corpus.actors.map((actor) => actor.key)).toEqual([
      'person:hana-sato',
      'person:kenji-sato',
      'person:sato',
    ]);
  });

  it('joins an organisation named without its generic tail, but not a department to its division', () => {
    const a = extraction(
      'a',
      'Head\n\nThe Harbor Police Bureau said it would respond. The Public Employees Union Local 412 said no.',
    );
    const b = extraction(
      'b',
      'Head\n\nThe Harbor Police said the camp was calm. Local 412 said members would refuse.',
    );
    const c = extraction(
      'c',
      'Head\n\nThe Justice Department said nothing. The Justice Department Civil Rights Office said more.',
    );
    const corpus = resolveCorpus([a, b, c]);
    expect(corpus.keyMap.b?.['org:harbor-police']).toBe('org:harbor-police-bureau');
    expect(corpus.keyMap.b?.['org:local-412']).toBe('org:public-employees-union-local-412');
    expect(corpus.keyMap.c?.['org:justice-department']).toBe('org:justice-department');
  });

  it('does not depend on input order', () => {
    const a = extraction('a', 'Head\n\n"We will rebuild," said Mayor Hana Sato.');
    const b = extraction(
      'b',
      'Head\n\n"Not yet," said Ode Lin, a spokesperson with the Harbor Board.',
    );
    expect(JSON.stringify(resolveCorpus([a, b]))).toBe(JSON.stringify(resolveCorpus([b, a])));
  });
});
