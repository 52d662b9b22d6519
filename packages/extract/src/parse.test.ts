import { describe, expect, it } from 'vitest';
import { ExtractError } from './errors.js';
import { decodeDocument, parseDocument } from './parse.js';

function rejection(run: () => unknown): ExtractError {
  try {
    run();
  } catch (error) {
    if (error instanceof ExtractError) return error;
    throw error;
  }
  throw new Error('expected an ExtractError');
}

describe('parseDocument', () => {
  it('splits front matter from the body and names the document after the file', () => {
    const doc = parseDocument(
      'docs/017_abc.txt',
      '---\ntitle: "A title"\noutlet: The Daily\nauthor: null\npublished: 2020-05-04\nextraKey: 3\n---\nHeadline here\n\nBody text.',
    );
    expect(doc.id).toBe('017_abc');
    expect(doc.body).toBe('Headline here\n\nBody text.');
    expect(doc.bodyStartLine).toBe(8);
    expect(doc.metadata.title).toEqual({ value: 'A title', rule: 'front-matter', confidence: 1 });
    expect(doc.metadata.published?.value).toBe('2020-05-04');
    expect(doc.metadata.author).toBeUndefined();
    expect(doc.metadata.extra).toEqual({ extraKey: 3 });
  });

  it('accepts Windows line endings and a byte-order mark', () => {
    const doc = parseDocument('w.txt', '\uFEFF---\r\ntitle: T\r\n---\r\nHeadline\r\n\r\nBody.');
    expect(doc.body).toBe('Headline\r\n\r\nBody.');
    expect(doc.metadata.title?.value).toBe('T');
  });

  it('takes the headline, byline and date from the body when there is no front matter', () => {
    const doc = parseDocument(
      'a.txt',
      'Council backs new park\n\nBy Jane Roe\n\nJune 3, 2019\n\nThe council voted.',
    );
    expect(doc.metadata.title).toMatchObject({
      value: 'Council backs new park',
      rule: 'first-line-headline',
      start: 0,
      end: 22,
    });
    expect(doc.metadata.author).toMatchObject({ value: 'Jane Roe', rule: 'byline' });
    expect(doc.metadata.published).toMatchObject({ value: '2019-06-03', rule: 'dateline' });
  });

  it('reads "Name D Month YYYY" bylines, Markdown headlines and wire datelines', () => {
    const doc = parseDocument(
      'b.txt',
      '## Port strike ends\n\nAda Lovelace 2 August 2018\n\nSALEM, Ore. (AP) — Workers returned.',
    );
    expect(doc.metadata.title).toMatchObject({
      value: 'Port strike ends',
      rule: 'markdown-headline',
    });
    expect(doc.metadata.author).toMatchObject({ value: 'Ada Lovelace', rule: 'byline' });
    expect(doc.metadata.published).toMatchObject({ value: '2018-08-02', rule: 'byline-date' });
    expect(doc.metadata.outlet).toMatchObject({ value: 'AP', rule: 'dateline-agency' });
  });

  it('reads an outlet under the byline, a "Posted" stamp and a "Published" line', () => {
    const under = parseDocument(
      'a.txt',
      'Headline\n\nBy Talia Brennan\nThe Westmoor Record\n\nBody.',
    );
    expect(under.metadata.outlet).toMatchObject({
      value: 'The Westmoor Record',
      rule: 'outlet-in-header-block',
    });
    const stamp = parseDocument(
      'b.txt',
      'Headline\n\nCoastline Public Radio News · Posted: Apr 14, 2026\n\nBody.',
    );
    expect(stamp.metadata.outlet?.value).toBe('Coastline Public Radio');
    expect(stamp.metadata.published?.value).toBe('2026-04-14');
    const line = parseDocument(
      'c.txt',
      'Headline\n\nPublished 6:42 PM EST, November 17, 2025\n\nBody.',
    );
    expect(line.metadata.published).toMatchObject({ value: '2025-11-17', rule: 'published-line' });
  });

  it('reads a date line with its weekday and a wire footer\'s "first published" date', () => {
    const weekday = parseDocument(
      'd.txt',
      'Headline\n\nBy Marc Lefebvre\nThe Ridgeford Examiner\nThursday, October 16, 2025\n\nBody.',
    );
    expect(weekday.metadata.published?.value).toBe('2025-10-16');
    const footer = parseDocument(
      'e.txt',
      'Headline\n\nBody of the story.\n\nThis report by The Canadian Press was first published April 10, 2026.',
    );
    expect(footer.metadata.published).toMatchObject({
      value: '2026-04-10',
      rule: 'footer-first-published',
    });
  });

  it('reads the agency of a Reuters-style dateline with a date in it', () => {
    const doc = parseDocument(
      'r.txt',
      'Regulator proposes fine\n\nHOUSTON, March 4 (Reuters) - The regulator proposed a penalty.',
    );
    expect(doc.metadata.outlet).toMatchObject({ value: 'Reuters', rule: 'dateline-agency' });
  });

  it('takes the outlet from the article naming itself when nothing else names it', () => {
    const weekly = parseDocument(
      's.txt',
      'Union threatens to sue\n\nOne officer, who spoke to the Ellery Weekly on condition of anonymity, said so.',
    );
    expect(weekly.metadata.outlet).toMatchObject({
      value: 'Ellery Weekly',
      rule: 'self-reference',
    });
    const acronym = parseDocument('t.txt', 'Camp cleared\n\nA worker told the WSR: "We stay."');
    expect(acronym.metadata.outlet?.value).toBe('WSR');
  });

  it('rejects empty, binary and non-UTF-8 text with file, line and column', () => {
    expect(rejection(() => parseDocument('e.txt', '  \n\n'))).toMatchObject({
      code: 'empty',
      file: 'e.txt',
      line: 1,
      column: 1,
    });
    expect(rejection(() => parseDocument('b.bin', 'ab\ncd\u0000ef'))).toMatchObject({
      code: 'binary',
      line: 2,
      column: 3,
    });
    const bad = rejection(() => parseDocument('u.txt', 'fine\nbad \uFFFD here'));
    expect(bad).toMatchObject({ code: 'invalid-utf8', line: 2, column: 5 });
    expect(bad.message).toMatch(/^claimgraph-extract: u\.txt:2:5: /);
  });

  it('rejects a front matter with only a header and no body', () => {
    expect(rejection(() => parseDocument('h.txt', '---\ntitle: x\n---\n'))).toMatchObject({
      code: 'empty',
      line: 4,
    });
  });

  it('reports YAML syntax errors at their line and column in the file', () => {
    const error = rejection(() =>
      parseDocument('y.txt', '---\ntitle: ok\nauthor: [unclosed\n---\nBody.'),
    );
    expect(error.code).toBe('front-matter-syntax');
    expect(error.line).toBeGreaterThanOrEqual(3);
    expect(error.column).toBeGreaterThanOrEqual(1);
    expect(
      rejection(() => parseDocument('n.txt', '---\ntitle: x\nBody without closing')),
    ).toMatchObject({ code: 'front-matter-unclosed' });
  });

  it('rejects documents over 20 MB with a clear message', () => {
    const huge = 'a'.repeat(20 * 1024 * 1024 + 1);
    const error = rejection(() => parseDocument('big.txt', huge));
    expect(error.code).toBe('too-large');
    expect(error.message).toContain('20 MB');
  });
});

describe('decodeDocument', () => {
  it('decodes UTF-8 bytes', () => {
    const doc = decodeDocument(
      'c.txt',
      new TextEncoder().encode('Café opens\n\n“Welcome,” she said.'),
    );
    expect(doc.metadata.title?.value).toBe('Café opens');
  });

  it('rejects invalid UTF-8 with the line and column of the first bad byte', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Title\nab'), 0xc3, 0x28, 0x41]);
    expect(rejection(() => decodeDocument('bad.txt', bytes))).toMatchObject({
      code: 'invalid-utf8',
      line: 2,
      column: 3,
    });
    expect(rejection(() => decodeDocument('bad.txt', new Uint8Array([0x41, 0xff])))).toMatchObject({
      code: 'invalid-utf8',
      line: 1,
      column: 2,
    });
  });
});
