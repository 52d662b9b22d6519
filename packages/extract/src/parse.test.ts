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

  it('reads "By Dana Fox 3 March 2021" as the author and the date, the author anchored on the name', () => {
    const body = 'Council votes on budget\n\nBy Dana Fox 3 March 2021\n\nThe council voted.';
    const doc = parseDocument('b.txt', body);
    expect(doc.metadata.author?.value).toBe('Dana Fox');
    expect(doc.metadata.published?.value).toBe('2021-03-03');
    const { start, end } = doc.metadata.author as { start: number; end: number };
    expect(doc.body.slice(start, end)).toBe('Dana Fox');
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

  it('reads the date of a wire dateline with a state or country, and of a line naming a place or the outlet before the day', () => {
    const wire = parseDocument(
      'w.txt',
      'Plant cited\n\nKETTERING FORD, Iowa, July 17, 2025 (Meridian Newswire) - A state inspector cited the plant.',
    );
    expect(wire.metadata.published).toMatchObject({ value: '2025-07-17', rule: 'dateline-date' });
    expect(wire.metadata.outlet).toMatchObject({ value: 'Meridian Newswire' });
    for (const [line, day] of [
      ['Ludwigsfeld, 10 February 2025', '2025-02-10'],
      ['Harlowe Gazette, Thursday 16 January 2025', '2025-01-16'],
      ['Sarimulya ● Thu, August 28, 2025', '2025-08-28'],
      ['May 14, 2025 3:47 PM PDT Updated 2 hours ago', '2025-05-14'],
    ]) {
      const doc = parseDocument(
        'p.txt',
        `Strike called\n\nBy Ann Lee\n${line}\n\nThe strike began on Monday.`,
      );
      expect(doc.metadata.published?.value, line).toBe(day);
    }
    const running = parseDocument(
      'q.txt',
      'Strike called\n\nBy Ann Lee\n\nThe union, which struck on 10 February 2025, says talks failed.',
    );
    expect(running.metadata.published).toBeUndefined();
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
    // … at a sentence's start, in a picture credit or in a newsdesk line.
    const opening = (text: string) =>
      parseDocument('u.txt', `Councillor suspended\n\nBy Ann Lee\n\n${text}`).metadata.outlet
        ?.value;
    expect(opening('Speaking to the Holmbridge Clarion, Cllr Roe said he would appeal.')).toBe(
      'Holmbridge Clarion',
    );
    expect(opening('Pupils at the gate. Picture: Nordholm Isles Herald')).toBe(
      'Nordholm Isles Herald',
    );
    expect(opening('Got a story? Contact the Bellcraig Observer newsdesk.')).toBe(
      'Bellcraig Observer',
    );
    expect(opening('This article appears in the print edition of the Clonfad Leader.')).toBe(
      'Clonfad Leader',
    );
  });

  it('reads Irish, Welsh and Gaelic names in a byline ("By Niall Mac an t-Saoir", "By Ruairí Ó hAodha")', () => {
    const author = (byline: string) =>
      parseDocument('b.txt', `Headline\n\n${byline}\n\nThe council met on Monday.`).metadata.author
        ?.value;
    expect(author('By Niall Mac an t-Saoir')).toBe('Niall Mac an t-Saoir');
    expect(author('By Ruairí Ó hAodha, Local Democracy Reporter')).toBe('Ruairí Ó hAodha');
    expect(author('By Tomos ap Iorwerth')).toBe('Tomos ap Iorwerth');
  });

  it('reads bylines with a section, the outlet before the name, several authors and "Posted by"', () => {
    const story = parseDocument(
      'a.txt',
      'Headline\n\nStory by Nadia Ferrante | The Prairie Observer | May 8, 2025\n\nBody.',
    );
    expect(story.metadata.author).toMatchObject({ value: 'Nadia Ferrante', rule: 'byline' });
    expect(story.metadata.outlet).toMatchObject({
      value: 'The Prairie Observer',
      rule: 'byline-outlet',
    });
    expect(story.metadata.published).toMatchObject({ value: '2025-05-08', rule: 'byline-date' });
    const section = parseDocument(
      'b.txt',
      'Headline\n\nNEWS | by Omar Lindgren | September 17, 2025\n\nBody.',
    );
    expect(section.metadata.author?.value).toBe('Omar Lindgren');
    expect(section.metadata.outlet).toBeUndefined();
    expect(section.metadata.published?.value).toBe('2025-09-17');
    const desk = parseDocument(
      'c.txt',
      'Headline\n\nValley Public Radio | By Mai Anh Tran\nPublished November 4, 2025 at 5:12 PM PST\n\nBody.',
    );
    expect(desk.metadata.author?.value).toBe('Mai Anh Tran');
    expect(desk.metadata.outlet?.value).toBe('Valley Public Radio');
    const blog = parseDocument(
      'd.txt',
      'Headline\n\nPosted by Curtis Vale on September 18, 2025 | 14 Comments\n\nBody.',
    );
    expect(blog.metadata.author?.value).toBe('Curtis Vale');
    expect(blog.metadata.outlet).toBeUndefined();
    expect(blog.metadata.published?.value).toBe('2025-09-18');
    const posted = parseDocument(
      'e.txt',
      'Headline\n\nPosted on May 14, 2026 by Ida Marsh\n\nBody.',
    );
    expect(posted.metadata.author?.value).toBe('Ida Marsh');
    expect(posted.metadata.published?.value).toBe('2026-05-14');
    const credits = parseDocument(
      'f.txt',
      'Headline\n\nWords: Niamh Doherty-Byrne | Photos: Hana Novak\n\nBody.',
    );
    expect(credits.metadata.author?.value).toBe('Niamh Doherty-Byrne');
    const tv = parseDocument(
      'f.txt',
      'Headline\n\nAuthor: Rosa Delgado-Finch\nPublished: 5:32 PM, September 16, 2025\nUpdated: 7:05 PM, September 16, 2025\n\nBody.',
    );
    expect(tv.metadata.author?.value).toBe('Rosa Delgado-Finch');
    expect(tv.metadata.published?.value).toBe('2025-09-16');
  });

  it('keeps every author of a shared byline and never takes a job line for the outlet', () => {
    const pair = parseDocument(
      'a.txt',
      'Headline\n\nBy Lena Ostrova and Paul Keane | Gazette-Ledger staff writers\n\nBody.',
    );
    expect(pair.metadata.author).toMatchObject({
      value: 'Lena Ostrova and Paul Keane',
      rule: 'byline',
    });
    expect(pair.metadata.outlet).toBeUndefined();
    const three = parseDocument('b.txt', 'Headline\n\nBy Ann Poe, Tom Lee & Kai Moss\n\nBody.');
    expect(three.metadata.author?.value).toBe('Ann Poe, Tom Lee & Kai Moss');
    const job = parseDocument(
      'c.txt',
      'Headline\n\nBy Jane Roe\nChief Reporter\n\nPublished: 12 September 2024, 17:05\n\nBody.',
    );
    expect(job.metadata.outlet).toBeUndefined();
    const block = parseDocument(
      'd.txt',
      'Headline\n\nBy Jane Roe\nBureau Chief\nThe Daily Clarion\n\nBody.',
    );
    expect(block.metadata.outlet?.value).toBe('The Daily Clarion');
    const noComma = parseDocument('e.txt', 'Headline\n\nBy Jane Roe Staff Writer\n\nBody.');
    expect(noComma.metadata.author?.value).toBe('Jane Roe');
  });

  it('writes a byline in capitals with ordinary capitals, and an outlet-only byline as the outlet', () => {
    const caps = parseDocument(
      'a.txt',
      "Headline\n\nBy MARTA O'NEILL-BARROS AND TOM LEE\nWestern Press\n\nBody.",
    );
    expect(caps.metadata.author?.value).toBe("Marta O'Neill-Barros and Tom Lee");
    expect(caps.metadata.outlet?.value).toBe('Western Press');
    const wire = parseDocument('b.txt', 'Headline\n\nBy The Associated Press\n\nBody.');
    expect(wire.metadata.author).toBeUndefined();
    expect(wire.metadata.outlet?.value).toBe('The Associated Press');
    const guest = parseDocument('c.txt', 'Headline\n\nBy Jane Roe for The Guardian\n\nBody.');
    expect(guest.metadata.outlet?.value).toBe('The Guardian');
  });

  it('does not read a sentence opening with "By" as a byline', () => {
    const doc = parseDocument(
      'a.txt',
      'Headline\n\nBy Thanksgiving, the council had voted twice on the measure and residents were tired of waiting.\n\nBody.',
    );
    expect(doc.metadata.author).toBeUndefined();
  });

  it('takes a name alone on a header line, beside the outlet, a date or a job, as the author', () => {
    const above = parseDocument(
      'a.txt',
      'Headline\n\nExclusive\nJess Moreno\nThe Lakeside Advocate\nSaturday, 21 June 2025\n\nBody.',
    );
    expect(above.metadata.author).toMatchObject({ value: 'Jess Moreno', rule: 'name-line' });
    expect(above.metadata.outlet).toMatchObject({
      value: 'The Lakeside Advocate',
      rule: 'outlet-in-header-block',
    });
    expect(above.metadata.published?.value).toBe('2025-06-21');
    const dated = parseDocument('b.txt', 'Headline\n\nTariq Holm\n18 September 2025\n\nBody.');
    expect(dated.metadata.author?.value).toBe('Tariq Holm');
    const role = parseDocument(
      'c.txt',
      'Headline\n\nHelen Marsh, Local government correspondent\n\nTue 4 Mar 2025 18.42 GMT\n\nBody.',
    );
    expect(role.metadata.author?.value).toBe('Helen Marsh');
    expect(role.metadata.published).toMatchObject({ value: '2025-03-04', rule: 'dateline' });
    const alone = parseDocument('d.txt', 'Headline\n\nHelen Marsh\n\nThe council met.');
    expect(alone.metadata.author).toBeUndefined();
  });

  it('reads a date line with a time or an update stamp, and a "Published" line at the end', () => {
    const updated = parseDocument(
      'a.txt',
      'Headline\n\nBy Jane Roe\nSept. 16, 2025 — Updated 6:14 p.m.\n\nBody.',
    );
    expect(updated.metadata.published).toMatchObject({ value: '2025-09-16', rule: 'dateline' });
    const stamp = parseDocument(
      'b.txt',
      'Headline\n\nBy Jane Roe\nPublished March 14, 2025 | Updated March 15, 2025, 9:40 a.m.\n\nBody.',
    );
    expect(stamp.metadata.published?.value).toBe('2025-03-14');
    expect(stamp.metadata.outlet).toBeUndefined();
    const end = parseDocument(
      'c.txt',
      `Headline\n\nBy Jane Roe\n\n${'A paragraph of the story.\n\n'.repeat(10)}Published Sept. 15, 2025\n\nTips: news@example.com`,
    );
    expect(end.metadata.published).toMatchObject({
      value: '2025-09-15',
      rule: 'footer-published-line',
    });
  });

  it('reads the outlet from a masthead line of name, section and date', () => {
    const doc = parseDocument(
      'a.txt',
      'Headline\n\nLabor Desk Wire | Releases | September 16, 2025\n\nBody.',
    );
    expect(doc.metadata.outlet).toMatchObject({
      value: 'Labor Desk Wire',
      rule: 'masthead-outlet',
    });
    expect(doc.metadata.published?.value).toBe('2025-09-16');
  });

  it('reads the outlet from the footer: copyright, self-description, tagline, beat, press release', () => {
    const outlet = (text: string) => parseDocument('f.txt', text).metadata.outlet;
    expect(
      outlet('Headline\n\nBody.\n\nCopyright 2025 KXYZ-TV. All rights reserved.'),
    ).toMatchObject({ value: 'KXYZ-TV', rule: 'copyright' });
    expect(outlet('Headline\n\nBody.\n\n© 2025 Harbour Town Courier')?.value).toBe(
      'Harbour Town Courier',
    );
    expect(outlet('Headline\n\nBody.\n\n© The Hebridean Courier 2025')?.value).toBe(
      'The Hebridean Courier',
    );
    expect(
      outlet(
        "Headline\n\nBody.\n\nThe Millpond is Elmford's independent news weekly. Tips: news@example.com",
      ),
    ).toMatchObject({ value: 'The Millpond', rule: 'footer-self-description' });
    expect(
      outlet('Headline\n\nBody.\n\nThe Harbor Authority is expected to vote in May.'),
    ).toBeUndefined();
    expect(
      outlet('Headline\n\nBody.\n\nThe Freedom Torch — Keeping the flame lit since 2009'),
    ).toMatchObject({ value: 'The Freedom Torch', rule: 'footer-tagline' });
    expect(
      outlet(
        'Headline\n\nBody.\n\nThis article first appeared in the Tallow & District Voice, the community magazine for Upper Tallow.',
      ),
    ).toMatchObject({ value: 'Tallow & District Voice', rule: 'footer-appeared-in' });
    expect(
      outlet(
        'Headline\n\nBody.\n\nThis article appears in the spring 2026 issue of Northern Reach.',
      ),
    ).toMatchObject({ value: 'Northern Reach', rule: 'footer-appeared-in' });
    expect(
      outlet('Headline\n\nBy our court reporter\nGlenmoy Advertiser, 21 November 2024\n\nBody.'),
    ).toMatchObject({ value: 'Glenmoy Advertiser', rule: 'outlet-before-date' });
    expect(
      outlet(
        "Headline\n\nBody.\n\nNadia Roe is the Stourwick Gazette's education reporter. Email nadia@example.com",
      ),
    ).toMatchObject({ value: 'Stourwick Gazette', rule: 'footer-staff' });
    expect(
      outlet(
        'Headline\n\nA protester speaks. (Ann Poe / The Elmford Star-Courier)\n\nBody.\n\nJane Roe covers City Hall for the Star-Courier. Reach her at jroe@example.com.',
      ),
    ).toMatchObject({ value: 'The Elmford Star-Courier', rule: 'footer-beat+full-name' });
    expect(
      outlet(
        'Headline\n\nPublished: 27 January 2026\n\nBody.\n\nNotes to editors\n1. The Allied Care Workers Union (ACWU) represents 90,000 members.\n\nMedia contact: ACWU press office',
      ),
    ).toMatchObject({ value: 'Allied Care Workers Union', rule: 'press-release-notes' });
  });

  it('reads the outlet naming itself in full, and not a politician described by party', () => {
    const outlet = (text: string) => parseDocument('s.txt', text).metadata.outlet;
    expect(
      outlet('Headline\n\nA letter seen by the Daily Orbit, shows the plan was dropped.'),
    )?.toMatchObject({ value: 'Daily Orbit', rule: 'self-reference' });
    expect(
      outlet(
        'Headline\n\nThe Tamar Valley Advertiser asked farmers about the drought.\n\n"We are done," he told the Advertiser.',
      ),
    ).toMatchObject({ value: 'The Tamar Valley Advertiser', rule: 'self-reference+full-name' });
    expect(
      outlet(
        'Headline\n\nPupils at the pier. Picture: Ardmhor & Isles Record\n\nThe convener told the Record she was sorry.',
      )?.value,
    ).toBe('Ardmhor & Isles Record');
    expect(outlet('Headline\n\nThe mayor told the Ohio Democrat she would run.')).toBeUndefined();
    expect(
      outlet('Headline\n\nShe told the Kilbrack Democrat she had informed the board.')?.value,
    ).toBe('Kilbrack Democrat');
  });

  it("names a network's newsroom rather than its regional desk when the text does", () => {
    const doc = parseDocument(
      'n.txt',
      'Headline\n\nXYZ Western Plains / By Georgia Tran and Mick Lowe\n\nA memo seen by XYZ News says so.',
    );
    expect(doc.metadata.author?.value).toBe('Georgia Tran and Mick Lowe');
    expect(doc.metadata.outlet).toMatchObject({ value: 'XYZ News', rule: 'network-news' });
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
