import { describe, expect, it } from 'vitest';
import { AnnotationError, parseAnnotations } from './annotations.js';

const file = 'data/annotations/test.yaml';

function errorOf(text: string): AnnotationError {
  try {
    parseAnnotations(file, text);
  } catch (error) {
    if (error instanceof AnnotationError) return error;
    throw error;
  }
  throw new Error('expected an AnnotationError');
}

describe('parseAnnotations', () => {
  it('reads policies, stances, disputes, events, actors and corrections', () => {
    const set = parseAnnotations(
      file,
      `actors:
  - name: City Police
    kind: Organization
    aliases: [CPD]
policies:
  - id: hands-off
    label: Police stay out of the protest
    enactedBy: Jane Roe
    appliesTo: City Police
    constraint: only for immediate threats to life
    status: denied
    describedIn:
      - { doc: d1, quote: "stay out" }
stances:
  - actor: Jane Roe
    on: hands-off
    value: denies-existence
    statement: { doc: d1, quote: "no such policy", speaker: Jane Roe, date: 2020-01-02 }
disputes:
  - id: hands-off-dispute
    label: Does the policy exist?
    about: hands-off
    statements:
      - { doc: d1, quote: "no such policy" }
      - { doc: d2, quote: "stay out", occurrence: 2 }
events:
  - id: camp-cleared
    label: Camp cleared
    date: 2020-01-05
    evidence: [{ doc: d2, quote: cleared }]
corrections:
  - statement: { doc: d1, quote: "sanctuary" }
    notAStatement: true
`,
    );
    expect(set.actors[0]).toMatchObject({
      name: 'City Police',
      kind: 'Organization',
      aliases: ['CPD'],
    });
    expect(set.policies[0]).toMatchObject({
      id: 'hands-off',
      status: 'denied',
      appliesTo: ['City Police'],
    });
    expect(set.stances[0]!.statement).toMatchObject({
      doc: 'd1',
      quote: 'no such policy',
      speaker: 'Jane Roe',
      date: '2020-01-02',
    });
    expect(set.disputes[0]!.statements[1]).toMatchObject({ occurrence: 2 });
    expect(set.events[0]).toMatchObject({ date: '2020-01-05' });
    expect(set.corrections[0]!.notAStatement).toBe(true);
    expect(set.stances[0]!.statement.where).toEqual({ file, line: 18, column: 34 });
  });

  it('accepts an empty file', () => {
    expect(parseAnnotations(file, '# nothing yet\n').policies).toEqual([]);
  });

  it('reports YAML syntax errors with line and column', () => {
    const error = errorOf('policies:\n  - id: x\n    label: [unclosed\n');
    expect(error.message).toMatch(/^data\/annotations\/test\.yaml:\d+:\d+: YAML syntax error/);
  });

  it('rejects unknown keys where they stand', () => {
    const error = errorOf('policies:\n  - id: x\n    lable: typo\n');
    expect(error.where).toMatchObject({ line: 3, column: 5 });
    expect(error.reason).toContain("unknown key 'lable'");
  });

  it('rejects missing fields, bad ids, bad dates and bad stance values', () => {
    expect(errorOf('policies:\n  - id: x\n').reason).toContain("missing 'label'");
    expect(errorOf('policies:\n  - id: Not A Slug\n    label: y\n').reason).toContain(
      'lowercase words',
    );
    expect(errorOf('events:\n  - id: e\n    label: l\n    date: June 5\n').reason).toContain(
      'YYYY-MM-DD',
    );
    expect(
      errorOf(
        'policies:\n  - {id: p, label: l}\nstances:\n  - {actor: a, on: p, value: likes, statement: {doc: d, quote: q}}\n',
      ).reason,
    ).toContain('value must be one of');
  });

  it('rejects a dispute with one statement and references to undefined policies', () => {
    expect(
      errorOf('disputes:\n  - id: d\n    label: l\n    statements: [{doc: a, quote: b}]\n').reason,
    ).toContain('at least two');
    expect(
      errorOf('stances:\n  - {actor: a, on: nope, value: opposes, statement: {doc: d, quote: q}}\n')
        .reason,
    ).toContain("policy 'nope'");
  });
});
