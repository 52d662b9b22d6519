import { describe, expect, it } from 'vitest';
import { queryForm } from './query-form.js';

describe('queryForm', () => {
  it.each([
    ['SELECT * { ?s ?p ?o }', 'select'],
    ['  ask {}', 'ask'],
    ['PREFIX ex: <http://e/> # a comment with SELECT\nCONSTRUCT WHERE { ?s ?p ?o }', 'construct'],
    ['BASE <http://e/>\nPREFIX : <x>\nPREFIX select: <y>\nDESCRIBE <a>', 'describe'],
    ['# only a comment\nINSERT DATA { <a:a> <a:b> <a:c> }', 'update'],
    ['PREFIX ex: <http://e/> DELETE WHERE { ?s ?p ?o }', 'update'],
    ['WITH <g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }', 'update'],
    ['LOAD <http://e/data.ttl>', 'update'],
    ['CLEAR ALL', 'update'],
    ['', 'unknown'],
    ['FOO BAR', 'unknown'],
    ['PREFIX broken SELECT * {}', 'unknown'],
  ])('%j is %s', (sparql, form) => {
    expect(queryForm(sparql)).toBe(form);
  });
});
