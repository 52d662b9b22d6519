import { describe, expect, it } from 'vitest';
import { extractDocument } from './extract.js';
import { parseDocument } from './parse.js';
import type { DocumentExtraction, Quote } from './types.js';
import { sliceCodePoints } from './offsets.js';

function extract(text: string, published = '2021-03-12'): DocumentExtraction {
  return extractDocument(parseDocument('t.txt', `---\npublished: ${published}\n---\n${text}`));
}

function said(extraction: DocumentExtraction): Array<[string, string | null]> {
  return extraction.quotes
    .filter((q) => q.quoteType !== 'indirect')
    .map((q): [string, string | null] => [q.text, q.speakerKey]);
}

function quoteWith(extraction: DocumentExtraction, words: string): Quote {
  const quote = extraction.quotes.find((q) => q.text.includes(words));
  if (!quote) throw new Error(`no quote with ${words}`);
  return quote;
}

describe('extractDocument: attribution patterns', () => {
  it('attributes "…," X said / said X, <role> / X said: "…" / pronoun continuations', () => {
    const extraction = extract(
      [
        'Budget fight',
        '"We will not cut the library," said Mira Castell, president of the Friends of the Library.',
        'Councilman Otto Brandvik said: "The numbers do not add up."',
        '"Every branch matters," Castell said. "Every single one."',
        '"We will see," she added.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['We will not cut the library', 'person:mira-castell'],
      ['The numbers do not add up.', 'person:otto-brandvik'],
      ['Every branch matters', 'person:mira-castell'],
      ['Every single one.', 'person:mira-castell'],
      ['We will see', 'person:mira-castell'],
    ]);
    const castell = extraction.actors.find((a) => a.key === 'person:mira-castell');
    expect(castell?.posts[0]).toMatchObject({
      roleLabel: 'president',
      orgName: 'Friends of the Library',
    });
    expect(extraction.actors.find((a) => a.key === 'person:otto-brandvik')?.posts[0]).toMatchObject(
      { roleLabel: 'Councilman', rule: 'post-title-before-name' },
    );
    expect(quoteWith(extraction, 'We will see').cue?.verb).toBe('added');
  });

  it('records both titles of "Mayor and Police Commissioner Jane Roe", even with a typo', () => {
    const extraction = extract(
      'Headline\n\nMayor and Police Comissioner Nell Ostrom says that is intentional.',
    );
    expect(
      extraction.actors.find((a) => a.key === 'person:nell-ostrom')?.posts.map((p) => p.roleLabel),
    ).toEqual(['Mayor', 'Comissioner']);
  });

  it('tells scare quotes from statements', () => {
    const extraction = extract(
      'Headline\n\nThe city kept its "sanctuary city" status, which Mayor Ana Ruiz called "a promise we keep."',
    );
    expect(extraction.scareQuotes.map((s) => s.text)).toEqual(['sanctuary city']);
    expect(said(extraction)).toEqual([['a promise we keep.', 'person:ana-ruiz']]);
    expect(extraction.quotes[0]?.quoteType).toBe('mixed');
  });

  it('makes a letter\'s author the speaker of "the letter says" and records the medium', () => {
    const extraction = extract(
      'Headline\n\nThe Riverside Tenants Union sent a letter to the landlord on Monday.\n\n"You have ignored every repair request," the letter says.',
    );
    const quote = quoteWith(extraction, 'ignored every repair');
    expect(quote.speakerKey).toBe('org:riverside-tenants-union');
    expect(quote.source).toMatchObject({
      medium: 'letter',
      authorKey: 'org:riverside-tenants-union',
      date: '2021-03-08',
    });
  });

  it('records who a letter was written for', () => {
    const extraction = extract(
      'Headline\n\nThe Dockside Pilots Guild sent a letter to the port on Monday.\n\n"We will not sail short-handed," their attorney, Noor Haddad, says in the letter.',
    );
    const quote = quoteWith(extraction, 'short-handed');
    expect(quote.speakerKey).toBe('person:noor-haddad');
    expect(quote.source).toMatchObject({
      medium: 'letter',
      authorKey: 'person:noor-haddad',
      onBehalfOfKey: 'org:dockside-pilots-guild',
    });
    expect(extraction.actors.find((a) => a.key === 'person:noor-haddad')?.posts[0]).toMatchObject({
      roleLabel: 'attorney',
      orgKey: 'org:dockside-pilots-guild',
    });
  });

  it('reads block excerpts introduced by a header line, with and without quote marks', () => {
    const extraction = extract(
      [
        'Headline',
        'Commissioner Lena Forsberg and aide Tomas Ekdahl exchanged messages.',
        'March 2 Forsberg tweet:',
        'The bridge is safe. I drove across it this morning.',
        'March 3 Tomas Ekdahl email to county staff:',
        '"Please stop sharing the inspection report."',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['The bridge is safe. I drove across it this morning.', 'person:lena-forsberg'],
      ['Please stop sharing the inspection report.', 'person:tomas-ekdahl'],
    ]);
    expect(extraction.quotes[0]?.source).toMatchObject({
      medium: 'tweet',
      date: '2021-03-02',
      header: { text: 'March 2 Forsberg tweet:' },
    });
    expect(extraction.quotes[1]?.source).toMatchObject({ medium: 'email', date: '2021-03-03' });
  });

  it('does not merge two people who share a surname, and uses honorifics to tell them apart', () => {
    const extraction = extract(
      [
        'Headline',
        'Nora Vidal and her brother Luis Vidal disagree.',
        '"We should sell," Mr. Vidal said.',
        '"We should not," Ms. Vidal said.',
        '"Maybe later," Vidal said.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['We should sell', 'person:luis-vidal'],
      ['We should not', 'person:nora-vidal'],
      ['Maybe later', null],
    ]);
  });

  it('tells two people who share a surname apart by title, and follows "the councilwoman"', () => {
    const extraction = extract(
      [
        'Oversight vote',
        'Councilwoman Maria Ortega said the board needs more power. Sgt. Luis Ortega of the police union disagreed.',
        '"We already have three layers of review," Sgt. Ortega said.',
        'The councilwoman was unmoved. "Theater is what we have now," she said.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['We already have three layers of review', 'person:luis-ortega'],
      ['Theater is what we have now', 'person:maria-ortega'],
    ]);
  });

  it("gives a quotation in a second predicate to the sentence's speaker", () => {
    const extraction = extract(
      'Headline\n\nSpokesman Derek Paulsen said the hospital "meets every state guideline" and accused the union of "fearmongering."',
    );
    expect(said(extraction)).toEqual([
      ['meets every state guideline', 'person:derek-paulsen'],
      ['fearmongering.', 'person:derek-paulsen'],
    ]);
  });

  it("does not hand an unnamed speaker's words to the last named person", () => {
    const extraction = extract(
      [
        'Headline',
        '"Enough," said Colleen Marsh, who leads the nurses.',
        'One nurse, who asked not to be named because she feared retaliation, told reporters about a recent shift. "I cried in the parking lot," she said.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'I cried').speakerKey).toBeNull();
    expect(quoteWith(extraction, 'I cried').speakerDescription?.text).toBe('One nurse');
  });

  it('reads "the union" in an excerpt header as the union named earlier', () => {
    const extraction = extract(
      [
        'Headline',
        'The Greenvale Nurses Association represents about 900 nurses.',
        "Excerpt from the union's strike notice:",
        '"Our members will withhold their labor beginning May 2."',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'withhold').speakerKey).toBe('org:greenvale-nurses-association');
  });

  it('finds names behind a possessive owner or a common noun, and no actor in the byline', () => {
    const extraction = extract(
      [
        'Book policy suspended',
        'By Priya Raman | The Lakeside Ledger',
        'The Lakeside Unified School District board voted 4-3. Any parent could pull a book.',
        'Parent Tom Kowalski disagreed. "Is that so radical?" Kowalski said.',
        'The Ledger\'s Sam Ito asked the district about it. "We will get this right," the district said.',
      ].join('\n\n'),
    );
    expect(extraction.actors.map((a) => a.key)).toEqual([
      'org:lakeside-unified-school-district',
      'person:sam-ito',
      'person:tom-kowalski',
    ]);
    expect(said(extraction)).toEqual([
      ['Is that so radical?', 'person:tom-kowalski'],
      ['We will get this right', 'org:lakeside-unified-school-district'],
    ]);
  });

  it("reads a short form of an organisation's name and titles such as Supervisor", () => {
    const extraction = extract(
      [
        'Jail contract',
        'The lawsuit accuses Corvane Health of ignoring requests. Corvane said it does not comment on litigation.',
        '"We found out from a court filing," said Supervisor Evan Lindqvist.',
      ].join('\n\n'),
    );
    expect(extraction.quotes.map((q) => [q.quoteType, q.speakerKey])).toEqual([
      ['indirect', 'org:corvane-health'],
      ['direct', 'person:evan-lindqvist'],
    ]);
  });

  it('tells names and labels in quote marks from evaluations', () => {
    const extraction = extract(
      [
        'Transit cuts',
        'Mayor Ida Brun opposes the cuts, which she called "un-American" on Monday.',
        'Most are what the agency calls "coverage routes," which run rarely. Residents would move to a "navigation campus" of tents.',
        'The written policy requires footage of "critical incidents" to be released. It is a plan city officials call "absurd."',
      ].join('\n\n'),
    );
    expect(extraction.scareQuotes.map((q) => q.text)).toEqual([
      'coverage routes',
      'navigation campus',
      'critical incidents',
    ]);
    expect(said(extraction)).toEqual([
      ['un-American', 'person:ida-brun'],
      ['absurd.', null],
    ]);
  });

  it('keeps unnamed speakers unnamed, and reads "St. Brendan" as the hospital named before', () => {
    const extraction = extract(
      [
        'Maternity unit',
        'Nurses at St. Brendan Community Hospital rallied. "We are tired," said Derek Olsen, a nurse.',
        'A woman who said she cleans offices told the board about her shift. "If the unit closes, I lose my job," she said.',
        'He said the unit had lost money in each of the past five years at St. Brendan, but that finances would be "one factor among many."',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['We are tired', 'person:derek-olsen'],
      ['If the unit closes, I lose my job', null],
      ['one factor among many.', 'person:derek-olsen'],
    ]);
    expect(extraction.actors.map((a) => a.key)).toEqual([
      'org:st-brendan-community-hospital',
      'person:derek-olsen',
    ]);
  });

  it('reads "the local wrote" and "the union … fired back" as the union named in the article', () => {
    const extraction = extract(
      [
        'Paramedic shifts',
        '"We are exhausted," said Corinne Abel, the president of Tessaly County Paramedics Local 88.',
        'In a letter to the county Board of Commissioners dated April 2, the local wrote that the agency had "chosen overtime over hiring."',
        'Councilwoman Ana Perez criticised the crews, and the union representing rank-and-file paramedics fired back that she was "playing politics with our safety."',
      ].join('\n\n'),
    );
    expect(said(extraction).slice(1)).toEqual([
      ['chosen overtime over hiring.', 'org:tessaly-county-paramedics-local-88'],
      ['playing politics with our safety.', 'org:tessaly-county-paramedics-local-88'],
    ]);
  });

  it('reads British single quotation marks with double ones nested inside', () => {
    const extraction = extract(
      [
        'Bin collections',
        '‘Residents were promised “a better service”, and this is neither,’ Cllr Dev Rattan said. ‘We’ve been let down.’',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['Residents were promised “a better service”, and this is neither', 'person:dev-rattan'],
      ['We’ve been let down.', 'person:dev-rattan'],
    ]);
  });

  it('finds the author of an excerpt in the sentence that sent it, and of a memo "Written by" someone', () => {
    const extraction = extract(
      [
        'Leaked messages',
        'After the first round put a rival firm, Tillman Paving, ahead, Deputy Director Obinna Okonjo emailed the lobbyist.',
        'From the email, sent Jan. 16:',
        '"Round two is the interviews. Delete this."',
        'An internal memo describes a different picture. Written by county inspector Gareth Mulvaney, it says leachate had pooled in "at least three low areas" along the berm.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['Round two is the interviews. Delete this.', 'person:obinna-okonjo'],
      ['at least three low areas', 'person:gareth-mulvaney'],
    ]);
    expect(extraction.actors.find((a) => a.key === 'org:tillman-paving')?.kind).toBe(
      'Organization',
    );
  });

  it('leaves a spokesperson for a named official unnamed, and reads "Name: quote" recaps', () => {
    const extraction = extract(
      [
        'Clinic closure',
        'A spokesperson for Health Minister Colin Arsenault said in an email that the ministry was "working closely with the authority on recruitment."',
        '"We did not want to do this," said board chair Ophelia Marangoni.',
        'Marangoni: "We were left with no other choice."',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'working closely').speakerDescription?.text).toBe(
      'A spokesperson for Health Minister Colin Arsenault',
    );
    expect(said(extraction)).toEqual([
      ['working closely with the authority on recruitment.', null],
      ['We did not want to do this', 'person:ophelia-marangoni'],
      ['We were left with no other choice.', 'person:ophelia-marangoni'],
    ]);
  });

  it('reads a quotation introduced by the paragraph above ("It states:") and a qualified speaker after the verb', () => {
    const extraction = extract(
      [
        'Library closures',
        'The memo, dated 4 June and sent by the head of culture, Morag Ferrier, to senior officers, sets out a timetable. It states:',
        '"Members should be made aware that the consultation is unlikely to alter the option."',
        'Bickford, who is staying with her daughter in Marbury, said she would attend. "There is no connection whatsoever," said Northmoor spokesperson Kevin Desrosiers.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      [
        'Members should be made aware that the consultation is unlikely to alter the option.',
        'person:morag-ferrier',
      ],
      ['There is no connection whatsoever', 'person:kevin-desrosiers'],
    ]);
    expect(extraction.actors.some((a) => a.key === 'person:marbury')).toBe(false);
  });

  it('keeps headline quote marks and "such as" lists from becoming statements or labels wrongly', () => {
    const extraction = extract(
      [
        'City denies "sweep quota" after leaked email surfaces',
        'The email was sent April 22 by Public Works operations manager Derek Stanislawski to crew leads.',
        'In a statement, spokesman Luis Ferreira-Vance said the memo referred to "minor wear items" such as bulbs.',
      ].join('\n\n'),
    );
    expect(extraction.scareQuotes.map((q) => q.text)).toEqual(['sweep quota']);
    expect(said(extraction)).toEqual([['minor wear items', 'person:luis-ferreira-vance']]);
  });

  it('finds the subject past asides, brackets, prepositions and participles', () => {
    const extraction = extract(
      [
        'Tenants',
        'Council member Ivan Petrossian, whose district includes the Larkspur, has called the plan "renoviction, plain and simple."',
        'In a letter to the City Council on Monday, Kevin Marchetti asked members to intervene, writing that the order "violates the spirit of our contract."',
        'Alicia Fenn called the proposal "a gift to every slumlord in the city," arguing that it would discourage repairs.',
        'Local TD Pádraig Ó Cinnéide (Sinn Féin) said the minister had been warned "again and again."',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['renoviction, plain and simple.', 'person:ivan-petrossian'],
      ['violates the spirit of our contract.', 'person:kevin-marchetti'],
      ['a gift to every slumlord in the city', 'person:alicia-fenn'],
      ['again and again.', 'person:padraig-o-cinneide'],
    ]);
  });

  it('finds a filing\'s author past "U.S.", and a signature under a quoted email', () => {
    const extraction = extract(
      [
        'Legal mail',
        'The lawsuit, filed Sunday in U.S. District Court in Lincoln by the Prairie Justice Project, alleges that staff copied legal mail.',
        '"They are a constitutional guarantee," the complaint states.',
        'Teamsters Local 418 released an email it says was sent to supervisors.',
        '"Do not deploy to Tier 3 streets," the email reads. It is signed by Curtis Langford, a deputy superintendent.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['They are a constitutional guarantee', 'org:prairie-justice-project'],
      ['Do not deploy to Tier 3 streets', 'person:curtis-langford'],
    ]);
  });

  it('gives "she said" after a quote to the person who opens the sentence before it', () => {
    const extraction = extract(
      [
        'Camp',
        'Chief Adaeze Morrow wrote the memo.',
        'Mayor Corinne Haldane-Ruiz, asked Tuesday whether she had tried to get Morrow to withdraw the memo, said no. "The chief and I talk every day," she said.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'The chief and I').speakerKey).toBe('person:corinne-haldane-ruiz');
  });

  it('gives a passage introduced by "The key passage reads:" to whoever sent the document', () => {
    const extraction = extract(
      [
        'Memo',
        'Chief Adaeze Morrow sent it to every sworn officer on Oct. 2. The key passage reads:',
        '"Officers will not be the tip of the spear in any cleanup."',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'tip of the spear').speakerKey).toBe('person:adaeze-morrow');
  });

  it('reads "X, who …, put it bluntly: \'…\'", an aside between a memo and "says", and "Cr" titles', () => {
    const extraction = extract(
      [
        'Pilot',
        'Local taxpayer advocate Ron Kuczynski, who leads the Kessington Taxpayers League, put it bluntly: "This was never about helping the poor."',
        'In a memo to officers dated Nov. 3, Police Chief Alan Forsberg wrote that supervisors should cover shifts. The memo, which was obtained by the Courier, also says that "no shift will fall below minimum staffing."',
        '"People care about their beaches," said Cr Greg Tuckwell.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['This was never about helping the poor.', 'person:ron-kuczynski'],
      ['no shift will fall below minimum staffing.', 'person:alan-forsberg'],
      ['People care about their beaches', 'person:greg-tuckwell'],
    ]);
  });

  it('reads "Dean Kowalczyk" as a name, and never takes a wire service for "the company"', () => {
    const extraction = extract(
      [
        'Jail',
        'BRAM, Mont. (AP) — Meridian Correctional Health, based in Nashville, told The Associated Press it disagreed.',
        '"We are cooperating fully," the company said.',
        'Dean Kowalczyk, who heads the police guild, said officers "did not sign up to be political props."',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['We are cooperating fully', 'org:meridian-correctional-health'],
      ['did not sign up to be political props.', 'person:dean-kowalczyk'],
    ]);
  });

  it('reads "according to the email", a role apposition before "said", and a letter "fired off"', () => {
    const extraction = extract(
      [
        'Camp',
        'A leaked internal email from Police Chief Renata Osei shows what officers were told. According to the email, the calls "are to be logged and forwarded to the mayor\'s office."',
        'Dean Kowalczyk, president of the Carrow Bay Police Guild, said his members were "caught in the middle" of it.',
        'The Federal Processing Officers Association fired off a cease-and-desist letter to the mayor. It claims the police "refused to respond" to two calls.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ["are to be logged and forwarded to the mayor's office.", 'person:renata-osei'],
      ['caught in the middle', 'person:dean-kowalczyk'],
      ['refused to respond', 'org:federal-processing-officers-association'],
    ]);
  });

  it('continues an unattributed quotation paragraph with the previous speaker', () => {
    const extraction = extract(
      'Headline\n\n"The plan is sound," Dana Whitlock wrote.\n\n"It protects every resident of this county."',
    );
    expect(quoteWith(extraction, 'protects every resident')).toMatchObject({
      speakerKey: 'person:dana-whitlock',
      rule: 'continuation-next-paragraph',
    });
  });

  it('reads names as newsrooms write them: titles without full stops, post-nominals, nicknames, surnames of several words', () => {
    const extraction = extract(
      [
        'Headline',
        'Deputy Siobhán McGettigan TD, Hēmi Te Rangihau and Superintendent Leanne Whitcombe met Local President Teodoro "Teddy" Maglaya.',
        '"Rural practice is on its knees," Deputy McGettigan said.',
        '"That is not consultation," Mr Te Rangihau said.',
        '"Police will come," Supt Whitcombe said.',
        '"We work by the book," Maglaya said.',
      ].join('\n\n'),
    );
    expect(said(extraction).filter(([, speaker]) => speaker)).toEqual([
      ['Rural practice is on its knees', 'person:siobhan-mcgettigan'],
      ['That is not consultation', 'person:hemi-te-rangihau'],
      ['Police will come', 'person:leanne-whitcombe'],
      ['We work by the book', 'person:teodoro-maglaya'],
    ]);
  });

  it('reads organisations as they are written: "&", initials, a group noun first, a place last', () => {
    const extraction = extract(
      [
        'Headline',
        "Cordillera Power & Light, the Police Employees' Association and a rider group, Riders United Tolliver Bay, all objected.",
        'CP&L spokesperson Danica Ferraro-Yeung declined to say more, saying only that the utility would "respect the process of the commission."',
        'Riders United replied within minutes: "1% of riders. 100% of their jobs."',
        'The Police Employees\' Association posted on Facebook: "Koorabine is just the start."',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['respect the process of the commission.', 'person:danica-ferraro-yeung'],
      ['1% of riders. 100% of their jobs.', 'org:riders-united-tolliver-bay'],
      ['Koorabine is just the start.', 'org:police-employees-association'],
    ]);
    expect(extraction.actors.map((a) => a.key)).toContain('org:cordillera-power-and-light');
  });

  it('tells people who share a surname apart by the pronoun that follows, or by who was just spoken of', () => {
    const extraction = extract(
      [
        'Headline',
        'Yvette Arsenault fishes with her son. Her cousin Réjean Arsenault runs the harbour authority.',
        'Arsenault said the authority would meet on Sunday, something he called "the last thing anybody wants."',
        'Organizer Lena Ybarra and officer Marcus Ybarra are not related.',
        'The camp was cleared on Sept. 30, weeks after the officer first complained about it. Organizers had held it for six weeks and packed up their kitchen by hand.',
        'Crews arrived before dawn with two trucks, a loader and a dozen officers in riot gear. They took down the tents, the banners and the kitchen, and they hauled away the pallets that had served as a floor since August. By noon the street was open to traffic again, and the city had posted signs forbidding camping on the sidewalk.',
        'Lena Ybarra watched the crews arrive from across the street.',
        '"For seven weeks the mayor told us she had our backs," Ybarra said.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['the last thing anybody wants.', 'person:rejean-arsenault'],
      ['For seven weeks the mayor told us she had our backs', 'person:lena-ybarra'],
    ]);
  });

  it('reads a name right after "firm" or "company" as the organisation, so a namesake surname stays the person', () => {
    const extraction = extract(
      [
        'Headline',
        'The grower denied the allegations through its attorney, Ingeborg Tallis of the Yakima Falls firm Tallis Roarke.',
        '"The company has never retaliated against any worker," Tallis wrote.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['The company has never retaliated against any worker', 'person:ingeborg-tallis'],
    ]);
    expect(extraction.actors.map((a) => a.key)).toContain('org:tallis-roarke');
  });

  it('knows a person by the nickname written inside their name', () => {
    const extraction = extract(
      [
        'Headline',
        'The hospital says ICU nurse Dolores "Lola" Ferreira-Banks broke its rules.',
        'Lola Ferreira-Banks keeps the letter in her pocket. "Fourteen years in that unit," she says.',
        '"Everybody knows what Lola said was true," said a colleague, Maria Ortiz. "I\'d go back tomorrow," Lola said later.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['Fourteen years in that unit', 'person:dolores-ferreira-banks'],
      ['Everybody knows what Lola said was true', 'person:maria-ortiz'],
      ["I'd go back tomorrow", 'person:dolores-ferreira-banks'],
    ]);
  });

  it('never takes an outlet, a recipient or a bracketed aside for the speaker', () => {
    const extraction = extract(
      [
        'Headline',
        'An email by Deputy Chief Wendell Pryce, first reported Monday night by the Port Anselm Grit, told commanders to wait "for anything short of an immediate threat to life."',
        'Lena Ybarra (no relation to Marcus Ybarra) says the story is "a story designed to get us swept off this street."',
        'In a letter dated 27 February, which has been seen by the Daily Meridian, the chief executive, Margaret Price, wrote that the council faced "a structural deficit of 38 million pounds."',
        'Fisheries Inshore Tawhiri, which represents 40 operators, called the plan "based on a single season of data".',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['for anything short of an immediate threat to life.', 'person:wendell-pryce'],
      ['a story designed to get us swept off this street.', 'person:lena-ybarra'],
      ['a structural deficit of 38 million pounds.', 'person:margaret-price'],
      ['based on a single season of data', 'org:fisheries-inshore-tawhiri'],
    ]);
  });

  it('gives "she said" opening a paragraph to the subject of the paragraph above, past names later in it', () => {
    const extraction = extract(
      [
        'Headline',
        'Nora Keaveney, who is 79 and does not drive, has been a patient of Dr Aoife Brennan since the practice opened.',
        '"Where am I supposed to go? Tell me that," she said.',
        'The state member for Port Marran, Josh Ferreira, said he had written to the board chair, Kieran Bassett.',
        '"This is the biggest employer in town," he said.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['Where am I supposed to go? Tell me that', 'person:nora-keaveney'],
      ['This is the biggest employer in town', 'person:josh-ferreira'],
    ]);
    expect(extraction.actors.map((a) => a.key)).not.toContain('person:port-marran');
  });

  it('reads the speaker past an organisation and title, an aside, or in the sentence before', () => {
    const extraction = extract(
      [
        'Headline',
        '"Every hour those ships sit at anchor, this region loses money," Port of Sabrine Executive Director Caroline Lindgren-Nwosu said.',
        'Police Chief Terrence Vukovich, who has led the department since 2021, said hours later that the footage is part of an open investigation and that releasing it now "would compromise the integrity of that process."',
        'Her daughter, Bríd Keaveney, who lives two hours away, said she had rung every practice. "Every one of them says the same thing."',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      [
        'Every hour those ships sit at anchor, this region loses money',
        'person:caroline-lindgren-nwosu',
      ],
      ['would compromise the integrity of that process.', 'person:terrence-vukovich'],
      ['Every one of them says the same thing.', 'person:brid-keaveney'],
    ]);
  });

  it('does not take an object ("accused the union of", "writing to the chief constable") for the speaker', () => {
    const extraction = extract(
      [
        'Headline',
        'Gareth Ollerenshaw is the police commissioner. The Police Employees Association represents officers.',
        'In a statement, Police Minister Tanya Albiston accused the union of "irresponsible scaremongering" and said the offer was "fair, affordable and on the table".',
        'Writing to the chief constable, Mr Ollerenshaw said the public had "a right to see what happens on our streets".',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['irresponsible scaremongering', 'person:tanya-albiston'],
      ['fair, affordable and on the table', 'person:tanya-albiston'],
      ['a right to see what happens on our streets', 'person:gareth-ollerenshaw'],
    ]);
  });

  it('takes a colon after a sentence opening with a person, in the paragraph or the one above', () => {
    const extraction = extract(
      [
        'Headline',
        'His sister and business partner, Vera Sokolov-Hart, who keeps the books, sees it differently: "Honestly, the camp people buy more coffee than the guards ever did."',
        'Rep. Doyle Hammarsten, one of the few people in that part of the country with a spine, put it better than I can:',
        '"She wrote the order on social media and her deputy chief typed it up."',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      [
        'Honestly, the camp people buy more coffee than the guards ever did.',
        'person:vera-sokolov-hart',
      ],
      [
        'She wrote the order on social media and her deputy chief typed it up.',
        'person:doyle-hammarsten',
      ],
    ]);
  });

  it('gives the words to a document between its sender and the verb ("sent a letter that says")', () => {
    const extraction = extract(
      [
        'Headline',
        'Their attorney, Philippa Grasso, sent the mayor a cease-and-desist letter Monday that says the city "declared open season on federal workers."',
        'Mayor Jessica Thornquist blamed the county in a post on X late Wednesday, writing that the board had "walked away from the most vulnerable people in our community."',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['declared open season on federal workers.', 'person:philippa-grasso'],
      [
        'walked away from the most vulnerable people in our community.',
        'person:jessica-thornquist',
      ],
    ]);
  });

  it('reads documents signed in an aside, rulings and demands, and titles that are no statements', () => {
    const extraction = extract(
      [
        'Headline',
        '"This change reflects the availability of staff across the district," the memo, signed by Assistant Commissioner Brett Halloran, says.',
        'In a December ruling, arbitrator Miriam Kovalenko-Daas found that the contract "does not clearly prohibit the cranes at all."',
        'He went on Facebook Live in a video titled "The Truth About Your Safety" that now sits pinned to the page.',
        'Parents who want to support the "Fair Pay for Hartwell TAs" campaign can sign the petition.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      [
        'This change reflects the availability of staff across the district',
        'person:brett-halloran',
      ],
      ['does not clearly prohibit the cranes at all.', 'person:miriam-kovalenko-daas'],
    ]);
    expect(extraction.scareQuotes.map((q) => q.text)).toEqual([
      'The Truth About Your Safety',
      'Fair Pay for Hartwell TAs',
    ]);
  });

  it('reads nested reports, sentence-opening titles, unnamed speakers placed by a name, and more speech verbs', () => {
    const extraction = extract(
      [
        'Headline',
        'Police Chief Armando Quezada and union president Teresa Ferraro met on Monday.',
        'Ferraro said the union had requested new dates for talks and "heard nothing back from the company at all."',
        'Chief Quezada said in a written statement that the department "respects the findings of the review."',
        'A physician at Calloway Health, who asked not to be named, said the mood was "cautious, not celebratory, among the doctors."',
        'Ferraro paused for several seconds before continuing. "I should have pushed harder for this."',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['heard nothing back from the company at all.', 'person:teresa-ferraro'],
      ['respects the findings of the review.', 'person:armando-quezada'],
      ['cautious, not celebratory, among the doctors.', null],
      ['I should have pushed harder for this.', 'person:teresa-ferraro'],
    ]);
  });

  it('reads fact-check and digest layouts: a dash signature, numbered name-colon items, bulleted documents, crossheads in single marks', () => {
    const extraction = extract(
      [
        'Headline',
        'County Executive Lorna Baptiste-Hale and her chief of staff, Ingrid Solberg, spoke.',
        'CLAIM: "No such order exists." — Tallis County Executive Lorna Baptiste-Hale, Aug. 6, 2025',
        '1. Baptiste-Hale: "We answered every single call."',
        '- A June 22 text message from Ingrid Solberg to the captain: "Stay out of it unless a life is at risk."',
        '‘No such order exists’',
        '"We are not a mob," the Rev. Odile Marchetti of First Covenant Church told the crowd.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['No such order exists.', 'person:lorna-baptiste-hale'],
      ['We answered every single call.', 'person:lorna-baptiste-hale'],
      ['Stay out of it unless a life is at risk.', 'person:ingrid-solberg'],
      ['No such order exists', 'person:lorna-baptiste-hale'],
      ['We are not a mob', 'person:odile-marchetti'],
    ]);
  });

  it('reads documents opening a sentence after a time phrase, nouns after possessives, and speakers inside a relative clause', () => {
    const extraction = extract(
      [
        'Headline',
        'Corvata Financial, the Department of Environmental Quality and Verity Health were all named.',
        'In March, a letter from the Department of Environmental Quality arrived at 41 households, informing them that their wells "exceed the state\'s health advisory level."',
        'A Verity spokeswoman, Danielle Okoro, said Langworthy\'s email had been "misunderstood by a small number of employees."',
        'The order came after the division received what Deputy Commissioner Harlan Brisco described as "a steady drumbeat of complaints."',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ["exceed the state's health advisory level.", 'org:department-of-environmental-quality'],
      ['misunderstood by a small number of employees.', 'person:danielle-okoro'],
      ['a steady drumbeat of complaints.', 'person:harlan-brisco'],
    ]);
    expect(extraction.actors.map((a) => a.key)).toContain('org:corvata-financial');
  });

  it('gives the words of a sentence whose subject is a document to its author', () => {
    const extraction = extract(
      [
        'Headline',
        'Attorney Philippa Grasso sent the mayor a letter on Monday.',
        'The letter gives the city ten days to confirm that police will respond to calls "on the same terms as any other resident."',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['on the same terms as any other resident.', 'person:philippa-grasso'],
    ]);
    expect(quoteWith(extraction, 'same terms')).toMatchObject({
      rule: 'lead-document-opens-sentence',
      source: { medium: 'letter', authorKey: 'person:philippa-grasso' },
    });
  });

  it('reads short partial quotes far from the verb in a sentence that opens with its speaker, and appositive tails', () => {
    const extraction = extract(
      [
        'Headline',
        'Council member Wren Halliday-Osei voted no.',
        'Mayor Augustin Ferreira-Lowe, who does not vote except to break ties, said after the meeting that a discount program would come before the council "within 60 days," a promise Halliday-Osei said she would hold him to.',
        "At Tuesday's meeting, Kestrel Park High chemistry teacher Dominique Aponte-Fitch held up a photo.",
        '"That\'s 38 kids and 30 lab stations," she told the board.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['within 60 days', 'person:augustin-ferreira-lowe'],
      ["That's 38 kids and 30 lab stations", 'person:dominique-aponte-fitch'],
    ]);
  });

  it('ends the tail at a question or exclamation followed by a new sentence, and finds a memo behind an aside', () => {
    const extraction = extract(
      [
        'Headline',
        'Police Chief Harlan Okafor took questions. One man in the back shouted, "You already know what you\'ll find!" The chief didn\'t answer.',
        '"Then what is the scope?" Councilwoman Ruth Kessler asked her.',
        'The company also distributed a memo to employees last week, signed by mill manager Gerrit Hoekstra, warning that a strike "would put the future of the mill at risk."',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ["You already know what you'll find!", null],
      ['Then what is the scope?', 'person:ruth-kessler'],
      ['would put the future of the mill at risk.', 'person:gerrit-hoekstra'],
    ]);
  });

  it('gives a post on "the account of X" to X, and reads "the X of Y" of any length as an organisation', () => {
    const extraction = extract(
      [
        'Headline',
        'A post Wednesday on the Instagram account of the Associated Students of Eastvale State, the undergraduate student government, read: "ESU, pay your workers."',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['ESU, pay your workers.', 'org:associated-students-of-eastvale-state'],
    ]);
  });

  it('reads replies by possessors, sentences that introduce a speaker without a speech verb, and long agency names', () => {
    const extraction = extract(
      [
        'Headline',
        'Police Chief Garrett Olufsen, Mayor Priya Raghunathan, spokesperson Kevin Nakashima and Attorney General Priya Sundaresan-Moore were all there.',
        'Pressed on claims that the department had padded its overtime projections, Olufsen was blunt. "That is flatly false. Every number came out of the payroll system."',
        'The mayor\'s response, in full: "I respect the council\'s decision and will review the ordinance."',
        'Pressed on whether it would be ready, Nakashima\'s reply was brief: "It will be ready by then."',
        'A spokesperson for the Brennerton Office of Budget and Management said the figure was "an estimate that will be refined."',
        'In a letter to the sheriff, the attorney general wrote that "state law does not permit a local agency to do this."',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      [
        'That is flatly false. Every number came out of the payroll system.',
        'person:garrett-olufsen',
      ],
      [
        "I respect the council's decision and will review the ordinance.",
        'person:priya-raghunathan',
      ],
      ['It will be ready by then.', 'person:kevin-nakashima'],
      ['an estimate that will be refined.', null],
      ['state law does not permit a local agency to do this.', 'person:priya-sundaresan-moore'],
    ]);
    expect(extraction.actors.map((a) => a.key)).toContain(
      'org:brennerton-office-of-budget-and-management',
    );
  });

  it("reads first names alone, constituencies before a member's name, and pronouns after a possessed relative", () => {
    const extraction = extract(
      [
        'Headline',
        'Rocío was there again. She said her husband is now waiting for a hearing.',
        '"I don\'t want revenge," she said.',
        'Member for Yarrabee Fiona Delacroix-Hart posted on Facebook that she had raised the case.',
        '"I expect that unit to be fixed this week," she wrote.',
        "Ernesto Ybarra, Marisol Ybarra's brother-in-law, shared texts that he exchanged with the superintendent.",
        'Marisol Ybarra was furious about the letter.',
        '"Half this building doesn\'t speak English," she said.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ["I don't want revenge", 'person:rocio'],
      ['I expect that unit to be fixed this week', 'person:fiona-delacroix-hart'],
      ["Half this building doesn't speak English", 'person:marisol-ybarra'],
    ]);
  });

  it('reads a chronology entry: a date, a dash, then the one who wrote what follows', () => {
    const extraction = extract(
      [
        'Headline',
        'Sept. 18 — Deputy Chief Gideon Thorsby to site administrator Dwayne Pruitt, by text: "Can do 2 but they stage on Foundry, not at your gate."',
        'Oct. 30 — Attorney General Priya Sundaresan-Moore, letter to the sheriff. The line everyone quotes: "State law does not permit a local agency to do this."',
      ].join('\n\n'),
      '2025-11-10',
    );
    expect(said(extraction)).toEqual([
      ['Can do 2 but they stage on Foundry, not at your gate.', 'person:gideon-thorsby'],
      ['State law does not permit a local agency to do this.', 'person:priya-sundaresan-moore'],
    ]);
  });

  it('reads a group named after a place and its short form, and skips an object inside a dashed aside', () => {
    const extraction = extract(
      [
        'Headline',
        'The Concerned Citizens of South Harlan Creek formed in May. Councilman Ernesto Quintanilla backed them.',
        'On Tuesday, the Concerned Citizens group posted on its own Facebook page: "Two days. They had the results for two days."',
        'Their leader — Xiomara Quintanilla, no relation to the councilman, which must confuse people — called the letter "what accountability looks like when it starts."',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      [
        'Two days. They had the results for two days.',
        'org:concerned-citizens-of-south-harlan-creek',
      ],
      ['what accountability looks like when it starts.', 'person:xiomara-quintanilla'],
    ]);
  });

  it('keeps a document from speaking for someone else, and a publisher from speaking for a document', () => {
    const extraction = extract(
      [
        'Headline',
        'Mayor Lionel Abernathy-Osei leads the city. The Port Ardell Police Officers’ Guild disagreed.',
        'The statement from the Port Ardell Police Officers’ Guild came less than a day after the mayor, who also serves as police commissioner, told a federal employees’ union in writing that “no such policy exists.”',
        'On Thursday, Ardell Public Radio published a June 20 memo from Capt. Ibrahim Sheikh-Lawson telling officers to respond only to "an imminent threat to life at the camp."',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['no such policy exists.', 'person:lionel-abernathy-osei'],
      ['an imminent threat to life at the camp.', 'person:ibrahim-sheikh-lawson'],
    ]);
  });

  it('reads newsletter layouts, second predicates with "and said", "He followed up:" and streets as places', () => {
    const extraction = extract(
      [
        'Headline',
        'Guild president Kevin Szymanski and House Majority Leader Amara Okonjo-Field spoke. Mayor Lionel Abernathy-Osei posted on X.',
        'QUOTE OF THE DAY: "You can argue about what to call it." — Port Ardell Police Officers\' Guild president Kevin Szymanski, to a radio station.',
        'Okonjo-Field called the idea "a solution in search of a problem" and said the Legislature "has no business rewriting a city charter."',
        'The mayor, Lionel Abernathy-Osei, posted first.',
        'He followed up minutes later: "If FRES is looking for this mayor to bail them out, they have dialed the wrong number."',
        'Asked whether any directive about Ferris Street had gone out, he said: "Not from me."',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['You can argue about what to call it.', 'person:kevin-szymanski'],
      ['a solution in search of a problem', 'person:amara-okonjo-field'],
      ['has no business rewriting a city charter.', 'person:amara-okonjo-field'],
      [
        'If FRES is looking for this mayor to bail them out, they have dialed the wrong number.',
        'person:lionel-abernathy-osei',
      ],
      ['Not from me.', 'person:lionel-abernathy-osei'],
    ]);
  });

  it('finds indirect speech', () => {
    const extraction = extract(
      'Headline\n\nAccording to Ruth Okoye, the clinic will close in May.\n\nHal Brenner said the vote was rigged.',
    );
    const indirect = extraction.quotes
      .filter((q) => q.quoteType === 'indirect')
      .map((q) => [q.text, q.speakerKey]);
    expect(indirect).toEqual([
      ['the clinic will close in May', 'person:ruth-okoye'],
      ['the vote was rigged', 'person:hal-brenner'],
    ]);
  });

  it('keeps reported clauses whole: after "told X … that", past when/where, not cut short by a quotation', () => {
    const extraction = extract(
      [
        'Headline',
        'Garrett Vollmer told a radio host Thursday that the mayor had abandoned the officers.',
        'Ines Marlowe said Wednesday that the inspection found no leaks.',
        'Keisha Dunmore said the authority had replaced 14 boilers and was "working around the clock."',
        'Tom Rudd said staffing at the jail was "dangerously low."',
      ].join('\n\n'),
    );
    const indirect = extraction.quotes
      .filter((q) => q.quoteType === 'indirect')
      .map((q) => [q.text, q.speakerKey]);
    expect(indirect).toEqual([
      ['the mayor had abandoned the officers', 'person:garrett-vollmer'],
      ['the inspection found no leaks', 'person:ines-marlowe'],
      ['the authority had replaced 14 boilers', 'person:keisha-dunmore'],
    ]);
  });

  it('finds denials and policy descriptions', () => {
    const extraction = extract(
      'Headline\n\nMayor Ida Lund ordered police not to respond to calls from the depot.\n\nLund denied that any such order existed, calling the claim "false and inflammatory."',
    );
    expect(extraction.policies.map((p) => p.text)).toContain(
      'ordered police not to respond to calls from the depot',
    );
    const denial = extraction.disputes.find((d) => d.cue === 'denied');
    expect(denial).toMatchObject({ speakerKey: 'person:ida-lund', rule: 'dispute-verb' });
  });
});

describe('extractDocument: headline words and party tags are not people', () => {
  it('reads "Sen. X, R-Town," as a party tag, not a second person', () => {
    const extraction = extract(
      'Headline\n\nState Sen. Owen Halloran, R-Millbrook, said the bill "fixes nothing."',
    );
    expect(extraction.actors.map((a) => a.key)).not.toContain('person:r-millbrook');
    expect(said(extraction)).toEqual([['fixes nothing.', 'person:owen-halloran']]);
  });

  it('does not take a headline verb for part of a name', () => {
    const extraction = extract(
      'Mayor Denies \'Curfew\' Plan — Then Her Own Memo Leaks\n\nThe memo, signed by Mayor Lena Forsyth, told staff that "no one leaves the hall."',
    );
    const keys = extraction.actors.map((a) => a.key);
    expect(keys.some((key) => /denies/u.test(key))).toBe(false);
  });

  it('does not read "Who Is X?" as a person called "Is X"', () => {
    const extraction = extract(
      'Headline\n\nSheriff Carla Petrenko spoke first.\n\nRelated: Who Is Carla Petrenko? The Nurse Who Became Sheriff\n\nLawyer Ruth Imbert wrote to the county on Monday.\n\nPetrenko is not backing down. On Tuesday she posted again, this time on Facebook: "A letter changes nothing."',
    );
    expect(extraction.actors.map((a) => a.key)).not.toContain('person:is-carla-petrenko');
    expect(said(extraction)).toEqual([['A letter changes nothing.', 'person:carla-petrenko']]);
  });
});

describe('extractDocument: a document named after the tail verb', () => {
  it('gives "…," reads the memo from Capt. X to the memo\'s author', () => {
    const extraction = extract(
      'Headline\n\n"Staff will not open the gates before noon," reads the March 2 memo from Capt. Lorna Vesely, which was obtained by the Gazette. "Questions go to my office."',
    );
    expect(said(extraction)).toEqual([
      ['Staff will not open the gates before noon', 'person:lorna-vesely'],
      ['Questions go to my office.', 'person:lorna-vesely'],
    ]);
  });
});

describe('extractDocument: crowds', () => {
  it('leaves a chant by a counted crowd unattributed, not to a name later in the sentence', () => {
    const extraction = extract(
      'Headline\n\nHundreds of nurses marched past Mercy County Hospital on Friday, chanting "Staff the wards."',
    );
    expect(said(extraction)).toEqual([['Staff the wards.', null]]);
  });
});

describe('extractDocument: council-chamber exchanges and signatures', () => {
  it('reads a question tagged "X asked in the chamber, to which Y replied:"', () => {
    const extraction = extract(
      'Headline\n\nCouncillor Maeve Tully spoke first.\n\n"Who pays for this?" Cllr Tully asked in the chamber, to which Cllr Idris Penrose replied: "Not the residents."',
    );
    expect(said(extraction)).toEqual([
      ['Who pays for this?', 'person:maeve-tully'],
      ['Not the residents.', 'person:idris-penrose'],
    ]);
  });

  it('looks past an aside ending "had earlier posted" to the subject', () => {
    const extraction = extract(
      'Headline\n\nOpposition leader Cllr Ruth Varley, who leads the Independent group, had earlier posted on X: "Five weeks of missed bins."',
    );
    expect(said(extraction)).toEqual([['Five weeks of missed bins.', 'person:ruth-varley']]);
  });

  it('takes the name in apposition as the signer, not someone else with the same role', () => {
    const extraction = extract(
      'Headline\n\nIn a statement, the firm\'s managing director, Colm Reddy, said little.\n\nThe warning notice gives the firm 28 days to comply. It is signed by the council\'s director of place, Anjali Rao.\n\n"The firm has failed to perform," the notice states.',
    );
    expect(said(extraction)).toContainEqual([
      'The firm has failed to perform',
      'person:anjali-rao',
    ]);
  });
});

describe('extractDocument: two people with one surname, and bodies named for whom they serve', () => {
  const text = [
    'Headline',
    "Members of the North Quay Fishermen's Co-operative voted on Tuesday to object.",
    "Angus Baird, the co-operative's chairman, said the fees were too high.",
    '"Nobody has sat down with us," Mr Baird said.',
    'In its written objection, the co-operative said the plan "would displace the fleet."',
    "Callum Baird, who sits on the harbour board, said he had voted against the rise. He is not related to the co-operative's chairman.",
    '"I argued for phasing it in," he said.',
  ].join('\n\n');

  it('gives "Mr Baird" to the only Baird introduced so far', () => {
    expect(said(extract(text))).toContainEqual([
      'Nobody has sat down with us',
      'person:angus-baird',
    ]);
  });

  it('keeps "Fishermen\'s Co-operative" whole and lets "the co-operative" speak for it', () => {
    expect(said(extract(text))).toContainEqual([
      'would displace the fleet.',
      'org:north-quay-fishermens-co-operative',
    ]);
  });

  it('follows "He is not related …" back to the man named in the sentence before', () => {
    expect(said(extract(text))).toContainEqual([
      'I argued for phasing it in',
      'person:callum-baird',
    ]);
  });
});

describe("extractDocument: a lawyer reading her client's letter", () => {
  const text = [
    'Ledger staff',
    'Eastbrook Ledger',
    'Headline',
    'City manager Piotr Anand-Reyes did not attend. His attorney, Ilinca Moraru, read a letter from him to the council in which he called the audit "incomplete."',
    '"Every contract was known to the mayor," the letter said.',
    'Moraru told the Ledger after the meeting that her client was weighing his options.',
    '"They call it cause to avoid a cheque," she said.',
  ].join('\n\n');

  it('gives "a letter from him" to him, not to the council it was sent to', () => {
    expect(said(extract(text))).toContainEqual([
      'Every contract was known to the mayor',
      'person:piotr-anand-reyes',
    ]);
  });

  it('does not learn her gender from a "he" that follows "from him", and the outlet never speaks', () => {
    expect(said(extract(text))).toContainEqual([
      'They call it cause to avoid a cheque',
      'person:ilinca-moraru',
    ]);
  });
});

describe('extractDocument: names of works and of groups', () => {
  const text = [
    'Headline',
    'The petition, circulated by a group called Marlow Parents for Safe Shelves, asked the board to move the young adult novels “The Quiet Harbor” and “Every Shade of Rain” out of the library.',
    '“These books do not belong on open shelves,” the petition says.',
    'Dana Oyelaran, who wrote “The Quiet Harbor” in 2021, said she was “saddened but not surprised.”',
  ].join('\n\n');

  it('does not take book titles after "novels" or "wrote" for quotations', () => {
    const quoted = said(extract(text)).map(([words]) => words);
    expect(quoted).not.toContain('The Quiet Harbor');
    expect(quoted).not.toContain('Every Shade of Rain');
    expect(extract(text).scareQuotes.map((q) => q.text)).toContain('Every Shade of Rain');
  });

  it('reads "a group called X for Y" as one organisation, which signs its petition', () => {
    expect(said(extract(text))).toContainEqual([
      'These books do not belong on open shelves',
      'org:marlow-parents-for-safe-shelves',
    ]);
  });
});

describe('extractDocument: a post put somewhere', () => {
  it('gives "the post read" to whoever posted on X in the sentence before', () => {
    const extraction = extract(
      'Headline\n\nThe Marlow Transit Authority posted a summary of the changes on X after the vote. "Fares change on July 1," the post read.',
    );
    expect(said(extraction)).toEqual([['Fares change on July 1', 'org:marlow-transit-authority']]);
  });
});

describe('extractDocument: capitalised words that name no actor', () => {
  it('reads "the Harlow DMV office" and "the Occupy DMV demonstration" as modifiers, and a clause as a law', () => {
    const extraction = extract(
      "Headline\n\nA camp blockaded the Harlow DMV office for a month. Police stayed away from the Occupy DMV demonstration. The union said the order breaks the Constitution's Equal Protection Clause.",
    );
    const keys = extraction.actors.map((a) => a.key);
    expect(keys).not.toContain('org:harlow-dmv');
    expect(keys).not.toContain('org:occupy-dmv');
    expect(keys).not.toContain('org:equal-protection-clause');
  });
});

describe('extractDocument: platforms, union forms of address and long organisation names', () => {
  it('never lets a platform speak: "In a Facebook post, she said …" is hers', () => {
    const extraction = extract(
      'Headline\n\nMayor Ines Albescu spoke on Monday.\n\nIn a Facebook post last week, she said the decision was "made with police leadership."',
    );
    expect(said(extraction)).toEqual([['made with police leadership.', 'person:ines-albescu']]);
    expect(extraction.actors.map((a) => a.key)).not.toContain('person:facebook');
  });

  it('reads "Brother Bixby" and "Sister Dolores Fenn" as forms of address', () => {
    const extraction = extract(
      'Headline\n\nShop steward Terrence Bixby was on the bus.\n\n"Nobody came," Brother Bixby said.\n\n"I have driven every route," said Sister Dolores Fenn.',
    );
    expect(said(extraction)).toEqual([
      ['Nobody came', 'person:terrence-bixby'],
      ['I have driven every route', 'person:dolores-fenn'],
    ]);
  });

  it('keeps "X and Y Workers Local 1190" whole and does not join two bodies across "to the"', () => {
    const keys = extract(
      'Headline\n\nThe union, United Coach and Transit Workers Local 1190, sued. Buses run by Corvane Transit Solutions to the Kettle Flats Processing Center stopped. One Corvane driver said little.',
    ).actors.map((a) => a.key);
    expect(keys).toContain('org:united-coach-and-transit-workers-local-1190');
    expect(keys).toContain('org:corvane-transit-solutions');
    expect(keys).not.toContain('person:one-corvane');
  });
});

describe('extractDocument: documents named by their sender', () => {
  it("gives a passage introduced below a sending to the letter's author, not the firm named after him", () => {
    const extraction = extract(
      'Headline\n\nOn September 15 our attorney, Anton Okafor-Reyes of Hartley Pell, sent the mayor a formal demand letter on behalf of the Local. Here is the key passage:\n\n"These drivers did not write immigration policy."',
    );
    expect(said(extraction)).toEqual([
      ['These drivers did not write immigration policy.', 'person:anton-okafor-reyes'],
    ]);
  });

  it('reads "put out a statement saying she "never issued an order"" as the spokesman\'s statement', () => {
    const extraction = extract(
      'Headline\n\nThe next day, the mayor\'s spokesman, Jalen Whitby, put out a statement saying she "never issued an order." Members can decide what that is worth.',
    );
    expect(said(extraction)).toEqual([['never issued an order.', 'person:jalen-whitby']]);
  });
});

describe('extractDocument: who wrote the memo', () => {
  const text = [
    'Headline',
    "Three weeks before Darius Pell was found unresponsive in a cell, the jail's second-in-command sat down and wrote the sheriff a memo.",
    '"We are operating at a level of staffing I can no longer describe as safe," Capt. Ines Valdera wrote on Jan. 14.',
    'The three-page memo, which was provided to the Reader, warns of "cascading failure" if vacancies are not filled.',
    '"This is arbitrary and unlawful," attorney Anselm Okoro of the firm Hartley Pell writes.',
  ].join('\n\n');

  it('does not take a name in an opening clause, or the recipient, for the writer', () => {
    const memo = extract(
      'Headline\n\nSheriff Gordon Alder runs the jail.\n\nThree weeks before Darius Pell was found unresponsive, the jail\'s second-in-command, Capt. Ines Valdera, wrote the sheriff a memo. "We are short of deputies," the memo says.',
    );
    expect(said(memo)).toEqual([['We are short of deputies', 'person:ines-valdera']]);
  });

  it("learns the memo's writer from the words quoted right after it, for its later mentions too", () => {
    expect(said(extract(text))).toContainEqual(['cascading failure', 'person:ines-valdera']);
  });

  it('reads "attorney X of the firm Y writes" as X', () => {
    expect(said(extract(text))).toContainEqual([
      'This is arbitrary and unlawful',
      'person:anselm-okoro',
    ]);
  });
});

describe('extractDocument: crowds and bystanders', () => {
  it('gives a chant "they chanted" to nobody, not to the organisation named last', () => {
    const extraction = extract(
      'Headline\n\nProtesters gathered outside the Kettle Ridge Processing Center on Friday.\n\n"Not one more bus! Not one more bus!" they chanted.',
    );
    expect(said(extraction)).toEqual([['Not one more bus! Not one more bus!', null]]);
  });

  it('gives the words after "while X, …, shrugged:" to X', () => {
    const extraction = extract(
      'Headline\n\nRiders had already heard. "They always cut the ones we need," said Yvonne Carrow, who rides to a night shift, while Ramón Esteve, a line cook standing next to her, shrugged: "Either way I am walking."',
    );
    expect(said(extraction)).toEqual([
      ['They always cut the ones we need', 'person:yvonne-carrow'],
      ['Either way I am walking.', 'person:ramon-esteve'],
    ]);
  });
});

describe('extractDocument: names of categories', () => {
  it('keeps "log them as "transitional care"" a label even when a quoted email uses the words', () => {
    const extraction = extract(
      'Headline\n\nThe deputy director, Carla Bjorn, told supervisors to stop recording such stays as "office placements" and to log them instead as "transitional care."\n\n"Please code these as transitional care going forward," Bjorn wrote in the email.',
    );
    expect(extraction.scareQuotes.map((q) => q.text)).toEqual([
      'office placements',
      'transitional care.',
    ]);
    expect(said(extraction)).toEqual([
      ['Please code these as transitional care going forward', 'person:carla-bjorn'],
    ]);
  });
});

describe('extractDocument: a document named before its author is', () => {
  it('gives "the memo" the author the article names at a later mention of the memo', () => {
    const extraction = extract(
      'Headline\n\nThe memo warns that rounds are "out of compliance" on nights.\n\nThe memo, signed by Capt. Renee Hallor, was sent on Jan. 14.',
    );
    expect(said(extraction)).toEqual([['out of compliance', 'person:renee-hallor']]);
  });
});

describe('extractDocument: organisation names with "and" and "of"', () => {
  it('keeps "General and Municipal Workers Alliance" and "Concerned Citizens of X Creek" whole', () => {
    const keys = extract(
      'Headline\n\nThe General and Municipal Workers Alliance said no. Concerned Citizens of South Harrow Creek posted a reply. Mayor Ted Ashby and City Council met.',
    ).actors.map((a) => a.key);
    expect(keys).toContain('org:general-and-municipal-workers-alliance');
    expect(keys).toContain('org:concerned-citizens-of-south-harrow-creek');
    expect(keys).toContain('person:ted-ashby');
  });
});

describe('extractDocument: "One, who …, told"', () => {
  it('keeps a short quotation by "One, who gave her name only as X," as an unnamed statement', () => {
    const extraction = extract(
      'Headline\n\nResidents were divided. One, who gave her name only as Pearl, told the council that the shelter had "saved my life."',
    );
    expect(said(extraction)).toEqual([['saved my life.', null]]);
  });
});

describe('extractDocument: firms and opening clauses', () => {
  it('reads "X & Y" as a firm, so the partner of the same name stays one person', () => {
    const extraction = extract(
      'Headline\n\nThe union\'s attorney, Marcus Feld-Adeyemi of Feld-Adeyemi & Cho, wrote to the county.\n\n"It was a staffing arrangement," Feld-Adeyemi said.',
    );
    expect(extraction.actors.map((a) => a.key)).toContain('org:feld-adeyemi-and-cho');
    expect(said(extraction)).toEqual([
      ['It was a staffing arrangement', 'person:marcus-feld-adeyemi'],
    ]);
  });

  it('gives a partial quote to the speaker after an opening clause ("Asked about …, X said … that "…"")', () => {
    const extraction = extract(
      'Headline\n\nCorinne Abernathy-Vale is a spokesperson for the company.\n\nAsked about the Sept. 28 email, Abernathy-Vale said in a written response that Meridian talks regularly with agencies where it operates and that "no agreement has been executed."',
    );
    expect(said(extraction)).toEqual([
      ['no agreement has been executed.', 'person:corinne-abernathy-vale'],
    ]);
  });
});

describe('extractDocument: who wrote the document, told further away', () => {
  const cases: Array<[string, string, string, string]> = [
    [
      'a relative clause ("A memo he sent …")',
      'Marcus Feld says he warned them. A memo he sent to the county administrator in July says plainly: "I do not recommend go-live."',
      'I do not recommend go-live.',
      'person:marcus-feld',
    ],
    [
      'an organisation\'s kind before the noun ("A council report")',
      "The Eastcombe Borough Council owns the flats. A council report presented to the committee said inspectors had found 'category 1 hazards' in three homes.",
      'category 1 hazards',
      'org:eastcombe-borough-council',
    ],
    [
      'the owner\'s "own 2023 inspection report"',
      'The Department of Environmental Quality renewed the permit. The department\'s own 2023 inspection report recommended "enhanced monitoring."',
      'enhanced monitoring.',
      'org:department-of-environmental-quality',
    ],
    [
      'the one who served a letter, then "The letter states"',
      'On July 28, counsel Leonie Varga served the mayor with a cease-and-desist letter. The letter states that the policy "violates the Equal Protection Clause" of the constitution.',
      'violates the Equal Protection Clause',
      'person:leonie-varga',
    ],
    [
      'the subject after a recipient in apposition, and a reply asked for',
      'In a letter to the trust\u2019s chief executive, Dominic Fairclough-Ng, dated 3 February, Mr Fergus McAllister wrote that members were unhappy. The letter asked for a reply \u2018within 14 days\u2019.',
      'within 14 days',
      'person:fergus-mcallister',
    ],
    [
      'another document just sent ("a notice of claim … The letter calls")',
      'The family has retained attorney Hollis Agyeman, who on March 3 sent the county a notice of claim. The letter calls the jail "a disaster the county watched unfold" and demands records.',
      'a disaster the county watched unfold',
      'person:hollis-agyeman',
    ],
    [
      'the one who ordered what the memo says',
      'Capt. Desmond Ferreira had quietly ordered staff to stop honoring detainers. The Sept. 19 memo went so far as to warn employees that "questions go up the chain."',
      'questions go up the chain.',
      'person:desmond-ferreira',
    ],
    [
      'a name before the noun ("the Valderrama memo")',
      'Capt. Ines Valderrama warned the sheriff in January. Sgt. Wendell Haugland, the association\u2019s president, says the jail ignored it. The Valderrama memo calls the staffing "a cascading failure."',
      'a cascading failure.',
      'person:ines-valderrama',
    ],
  ];
  for (const [what, text, quote, speaker] of cases)
    it(`gives a document's words to its writer: ${what}`, () => {
      expect(said(extract(`Headline\n\n${text}`))).toContainEqual([quote, speaker]);
    });
});

describe('extractDocument: gender learnt from a pronoun after an aside', () => {
  it('does not teach the name inside "— no relation to X, the sponsor — said he" the speaker\'s gender', () => {
    const extraction = extract(
      [
        'Headline',
        "Councilmember Luis Ocampo \u2014 no relation to Councilmember Yesenia Ocampo, the ordinance's sponsor \u2014 said he supports oversight.",
        '"We are writing a lawsuit, not a law," Luis Ocampo said.',
        'Yesenia Ocampo responded that the memo had hedged every sentence.',
        '"If we waited for a memo with no hedges, we\'d wait forever," she said.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toContainEqual([
      "If we waited for a memo with no hedges, we'd wait forever",
      'person:yesenia-ocampo',
    ]);
  });
});

describe('extractDocument: gender learnt against the first name', () => {
  it('does not take "she" in a clause after "X said" as X\'s when the first name says otherwise', () => {
    const extraction = extract(
      [
        'Headline',
        'Insp Kelvin Osei-Mensah was responding to commissioner Harriet Vance-Llewellyn, who had spoken on the radio.',
        '"I am not against overtime," she told listeners.',
        'Insp Osei-Mensah said the figures she quoted were wrong.',
        '"The average officer did 14 hours," he said.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['I am not against overtime', 'person:harriet-vance-llewellyn'],
      ['The average officer did 14 hours', 'person:kelvin-osei-mensah'],
    ]);
  });
});

describe('extractDocument: offices named for their post, and police ranks', () => {
  it('keeps "the Dorrance County Sheriff\'s Office" whole, and its short form joins it', () => {
    const extraction = extract(
      [
        'Headline',
        'Hours later, the Dorrance County Sheriff\u2019s Office posted on Facebook: "We will keep showing up."',
        'The Sheriff\u2019s Office said in a statement that it "will respond through counsel."',
        'Calls went to the Calder Falls Police Department and the Dorrance County Sheriff\u2019s Office, records show.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['We will keep showing up.', 'org:dorrance-county-sheriffs-office'],
      ['will respond through counsel.', 'org:dorrance-county-sheriffs-office'],
    ]);
    expect(extraction.actors.map((a) => a.key).sort()).toEqual([
      'org:calder-falls-police-department',
      'org:dorrance-county-sheriffs-office',
    ]);
  });

  it('follows "the clerk" to the county clerk, not the deputy clerk, and ignores "Supervisor Told Crews" in a headline', () => {
    const extraction = extract(
      [
        'Texts Show Homes Supervisor Told Crews to Write Up Mold',
        'The state ordered Tamsen County Clerk Nadine Holloway to reinstall the boxes.',
        '"I read the statute as a floor," Deputy Clerk Samir Vukovic wrote July 29. The supervisor\'s texts told crews otherwise.',
        'Asked about her deputy\'s warning, the clerk said she "read it, weighed it and made a call."',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['I read the statute as a floor', 'person:samir-vukovic'],
      ['read it, weighed it and made a call.', 'person:nadine-holloway'],
    ]);
    expect(extraction.actors.map((a) => a.key)).not.toContain('person:told-crews');
  });

  it('follows "the judge-executive" back to the person with that title', () => {
    const extraction = extract(
      'Headline\n\nJudge-Executive Roy Pettibone runs the county.\n\n\u201cI recused myself,\u201d the judge-executive said in a phone interview.',
    );
    expect(said(extraction)).toEqual([['I recused myself', 'person:roy-pettibone']]);
  });

  it('reads British police ranks such as DCI before a name', () => {
    const extraction = extract(
      'Headline\n\nDCI Tom Kearsley, the senior investigating officer, said: "We still need to hear from anyone who was there."',
    );
    expect(said(extraction)).toEqual([
      ['We still need to hear from anyone who was there.', 'person:tom-kearsley'],
    ]);
  });
});

describe("extractDocument: short quoted phrases in a speaker's sentence", () => {
  const text = [
    'Headline',
    'Darnell Whitfield-Oyo is the parks director. Whitfield-Oyo called that comparison \u201capples and oranges,\u201d noting that the garage is paid for out of a parking fund.',
    "Anjali Hartley leads the council. Asked about the claim on Tuesday, Cllr Hartley said it was 'simply not true' and that she had 'never once' criticised refuse crews in public.",
    'Naveed Chaudhry is the commissioner. He accused the federation of "running a campaign" against him since he announced plans in November.',
    'Nadine Holloway is the clerk. Holloway said in August that she removed the boxes over "security concerns," pointing to an incident in June.',
    'Philippa Draycott is the mayor. Draycott, in an interview at Town Hall, said she had \u201cnever been told\u201d and called the suggestion that she pushed for a round number \u201cflat-out false.\u201d',
  ].join('\n\n');

  it('gives them to the speaker even with a verb, a preposition or a comma after the mark', () => {
    expect(said(extract(text))).toEqual([
      ['apples and oranges', 'person:darnell-whitfield-oyo'],
      ['simply not true', 'person:anjali-hartley'],
      ['never once', 'person:anjali-hartley'],
      ['running a campaign', 'person:naveed-chaudhry'],
      ['security concerns', 'person:nadine-holloway'],
      ['never been told', 'person:philippa-draycott'],
      ['flat-out false.', 'person:philippa-draycott'],
    ]);
  });

  it('reads "what she called a "directive"" as her word, "what the agency calls" as a label', () => {
    const extraction = extract(
      [
        'Headline',
        'Maria Esposito-Hale runs the union. She urged the board to lift what she called "the gag order," saying members were afraid.',
        'Drivers are paid less on what the agency calls "coverage routes," records show.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([['the gag order', 'person:maria-esposito-hale']]);
    expect(extraction.scareQuotes.map((q) => q.text)).toEqual(['coverage routes']);
  });

  it('reads a title-case name after "called it" as a label', () => {
    const extraction = extract(
      'Headline\n\nThe protest camp\u2014participants called it "Camp Esperanza"\u2014went up June 2 outside the federal building on Ferris Street, days after agents began arresting parents.',
    );
    expect(extraction.scareQuotes.map((q) => q.text)).toEqual(['Camp Esperanza']);
  });

  it('reads a phrase after an auxiliary as a verb phrase, and "should continue to" as no speech verb', () => {
    const extraction = extract(
      [
        'Headline',
        'Summit Valley Electric Company filed its answer on Monday. The company\'s lawyers argued that the outage was caused by "an extraordinary weather event" and that the staff had "selectively ignored" evidence that it followed its plan.',
        "Nigel Oduya runs the service. He added that contingency plans were in place and that residents should continue to put their bins out, although collections 'may be delayed'.",
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['an extraordinary weather event', 'org:summit-valley-electric-company'],
      ['selectively ignored', 'org:summit-valley-electric-company'],
      ['may be delayed', 'person:nigel-oduya'],
    ]);
  });

  it('keeps names and noun phrases as labels', () => {
    const extraction = extract(
      [
        'Headline',
        "The Eastmarsh Fire and Rescue Service said the document was an early 'options appraisal' prepared by officers.",
        'The encampment, which calls itself \u201cCamp Esperanza,\u201d has been there since May.',
        'Because no piece of paper says "ORDER" across the top, there was no order, Sheriff Lorna Baptiste said.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([]);
    expect(extraction.scareQuotes.map((q) => q.text)).toEqual([
      'options appraisal',
      'Camp Esperanza',
      'ORDER',
    ]);
  });
});

describe('extractDocument: fact-check labels and places of origin', () => {
  it('reads "THE CLAIM:" as a label and the dash signature as the speaker; "a Republican from X" as a place', () => {
    const extraction = extract(
      [
        'Fact check',
        'THE CLAIM: "Since Eldon became a sanctuary city, violent crime is up 40 percent." \u2014 State Sen. Douglas Harnett, in a post on X, Aug. 6, 2024',
        'Harnett, a Republican from Cedar Bluffs, made the claim in a post on X. He repeated it at a town hall, telling the audience that Eldon had become "a magnet for crime."',
      ].join('\n\n'),
    );
    expect(extraction.actors.map((a) => a.key)).not.toContain('person:x-he');
    expect(said(extraction)).toEqual([
      [
        'Since Eldon became a sanctuary city, violent crime is up 40 percent.',
        'person:douglas-harnett',
      ],
      ['a magnet for crime.', 'person:douglas-harnett'],
    ]);
  });
});

describe('extractDocument: a paragraph of words after reported speech', () => {
  it('gives a paragraph that is only a quotation to the one who reported something just above', () => {
    const extraction = extract(
      [
        'Headline',
        'Mayor Delbert Akins, who appoints two of its board members, said he wants answers. He has asked the board for a full timeline.',
        '"If it turns out people were kept in the dark, there\'ll be consequences."',
        'Yvette Arsenault fishes out of the cove.',
        '"On est tann\u00e9s," she said in French.',
        '"Every year they send someone to look at it. I\'d like to see this list."',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      [
        "If it turns out people were kept in the dark, there'll be consequences.",
        'person:delbert-akins',
      ],
      ['On est tann\u00e9s', 'person:yvette-arsenault'],
      [
        "Every year they send someone to look at it. I'd like to see this list.",
        'person:yvette-arsenault',
      ],
    ]);
  });

  it('leaves a crosshead in quotation marks to the words it repeats', () => {
    const extraction = extract(
      [
        'Headline',
        'Sgt. Kenji Arakawa said the commander remains in command.',
        "'Exhausted all alternative options'",
        '"I will revisit this once they have exhausted all alternative options," Marcus Oyelaran said.',
      ].join('\n\n'),
    );
    expect(said(extraction)[0]).toEqual([
      'Exhausted all alternative options',
      'person:marcus-oyelaran',
    ]);
  });
});

describe('extractDocument: names ending in an accented letter', () => {
  it('reads the verb after "Echevarr\u00eda", "Garc\u00eda" and "Luc\u00eda" (JavaScript\'s \\b takes "\u00eda" for a word "a")', () => {
    const extraction = extract(
      [
        'Headline',
        '\u201cThis posture comes from the office,\u201d Capt. Luis Echevarr\u00eda wrote in the June 23 email.',
        '"We were never told," Mar\u00eda Garc\u00eda said.',
        'Luc\u00eda Ferreira is a nurse. "The ward is full," Luc\u00eda said.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['This posture comes from the office', 'person:luis-echevarria'],
      ['We were never told', 'person:maria-garcia'],
      ['The ward is full', 'person:lucia-ferreira'],
    ]);
  });
});

describe('extractDocument: a second predicate after a short complement', () => {
  it('gives "… "a number of concerns" about the books and asked teachers … "…"" to the same writer', () => {
    const extraction = extract(
      'Headline\n\nThe letter, dated Feb. 20 and signed by board President Lorraine Haskett-Bly, was sent to department chairs. It said the board had received "a number of concerns" about the books and asked teachers to substitute other titles "until the board has completed its review."',
    );
    expect(said(extraction)).toEqual([
      ['a number of concerns', 'person:lorraine-haskett-bly'],
      ['until the board has completed its review.', 'person:lorraine-haskett-bly'],
    ]);
  });
});

describe('extractDocument: consultancies and colons in a second predicate', () => {
  it('reads "Tidewater Marine Engineering" as the firm that prepared the assessment', () => {
    const extraction = extract(
      'Headline\n\nThe engineering assessment, prepared for the harbour authority by Tidewater Marine Engineering and obtained by CPB News, warns of "progressive failure of the outer pier cap."',
    );
    expect(said(extraction)).toEqual([
      ['progressive failure of the outer pier cap.', 'org:tidewater-marine-engineering'],
    ]);
  });

  it('gives words after "… and added the line …:" to the subject of the first predicate', () => {
    const extraction = extract(
      'Headline\n\nCapt. Luis Echevarria runs patrol.\n\nThe next day, Echevarria emailed his sergeants that patrol would respond "only where there is an imminent threat to life," and added the line that has dogged the county executive for a week: "This posture comes from the Executive\'s office."',
    );
    expect(said(extraction)).toEqual([
      ['only where there is an imminent threat to life', 'person:luis-echevarria'],
      ["This posture comes from the Executive's office.", 'person:luis-echevarria'],
    ]);
  });
});

describe('extractDocument: a pronoun speaking through a document no one wrote', () => {
  it('gives the words to "she" who called a press conference, not to the one who received a letter', () => {
    const extraction = extract(
      [
        'Headline',
        "Lorna Baptiste-Hale runs the county. The next day she called a press conference to say, in four words, that there was nothing to see: 'No such order exists.'",
        'Shannon Tipene rents a flat. Ms Tipene says she heard nothing until last month, when she received a letter warning that "failure to ventilate the premises" could breach her tenancy.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toContainEqual([
      'No such order exists.',
      'person:lorna-baptiste-hale',
    ]);
    expect(said(extraction)).not.toContainEqual([
      'failure to ventilate the premises',
      'person:shannon-tipene',
    ]);
  });
});

describe('extractDocument: signs, placards and T-shirts', () => {
  it('gives placards "printed by their union" to the union', () => {
    const extraction = extract(
      'Headline\n\nThe Allied Nurses Federation called the walkout. More than 80 nurses rallied outside with placards printed by their union reading "Safe Ratios Save Lives" and "Nurses Are Not Robots".',
    );
    expect(said(extraction)).toEqual([
      ['Safe Ratios Save Lives', 'org:allied-nurses-federation'],
      ['Nurses Are Not Robots', 'org:allied-nurses-federation'],
    ]);
  });

  it('gives the words on a sign to the organisation whose members carry it, the person holding it, or no one', () => {
    const extraction = extract(
      [
        'Headline',
        'Outside, about two dozen members of the Brennerton Coalition for Public Safety Alternatives held hand-lettered signs reading "Care Not Cops" and "Fund the Crisis Line."',
        'Dwayne Fairweather stood and held up a sign that read "BLAST THE VOTE, NOT OUR HOMES."',
        'Across the street, about 20 counter-protesters carried signs reading "Honor The Detainers".',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['Care Not Cops', 'org:brennerton-coalition-for-public-safety-alternatives'],
      ['Fund the Crisis Line.', 'org:brennerton-coalition-for-public-safety-alternatives'],
      ['BLAST THE VOTE, NOT OUR HOMES.', 'person:dwayne-fairweather'],
      ['Honor The Detainers', null],
    ]);
    expect(extraction.scareQuotes).toEqual([]);
  });
});

describe('extractDocument: "the chief" and bylines with a bar', () => {
  it('reads "the chief" as the chief, not the deputy chief, and keeps "Name | Outlet" apart', () => {
    const extraction = extract(
      [
        'Headline',
        'By Renata Villalobos-Kerr | Courier-Dispatch staff writer',
        'Police Chief Anita Ruvalcaba spoke on Tuesday. Deputy Chief Gideon Thorsby signed the roster.',
        'Council member Nadia Berisha asked about it.',
        'The chief said she did not authorize the assignments. \u201cI should have known about it,\u201d she said.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([['I should have known about it', 'person:anita-ruvalcaba']]);
    expect(extraction.actors.map((a) => a.key)).not.toContain(
      'person:renata-villalobos-kerr-courier-dispatch',
    );
  });
});

describe('extractDocument: unnamed speakers qualified by a name', () => {
  it('keeps "One Tri-Valley lineman, who asked not to be identified" unnamed for the "he said" after', () => {
    const extraction = extract(
      [
        'Headline',
        "Theresa Yamaguchi, the utility's spokesman, defended the rate case. Marcus Lee, its vice president, agreed.",
        'One Tri-Valley lineman, who asked not to be identified, said he understood both sides.',
        '"I was out there for nine straight days in that storm," he said.',
        'A teacher-librarian at a Port Aubrey school, who asked not to be named, said colleagues were leaving.',
        '"It doesn\'t really matter what they call the document," she said.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['I was out there for nine straight days in that storm', null],
      ["It doesn't really matter what they call the document", null],
    ]);
  });
});

describe('extractDocument: a reporting speaker after a letter and a role', () => {
  it('gives "X said the board recognised "…"" to X, past "In a letter to …, <body>\'s director, Dr X,"', () => {
    const extraction = extract(
      'Headline\n\nIn a letter to the community council dated 3 November, NHS Ardcraig\'s director of primary care, Dr Fiona Baird-Kerr, said the board recognised "the strength of feeling on the island" but that it had "a duty to provide a safe service".',
    );
    expect(said(extraction)).toEqual([
      ['the strength of feeling on the island', 'person:fiona-baird-kerr'],
      ['a duty to provide a safe service', 'person:fiona-baird-kerr'],
    ]);
    expect(extraction.actors.map((a) => a.key)).toContain('org:nhs-ardcraig');
  });

  it('still lets "the utility\'s lawyers wrote" speak for the utility', () => {
    const extraction = extract(
      'Headline\n\nKestrel Valley Power disputes the findings. In a response filed Oct. 2, the utility\u2019s lawyers wrote that staff had relied on \u201can untested methodology.\u201d',
    );
    expect(said(extraction)).toEqual([['an untested methodology.', 'org:kestrel-valley-power']]);
  });
});

describe('extractDocument: people named by first name only, and owners after "in"', () => {
  it('keeps "Harold Two Bulls" a person though the article writes "two" in lower case', () => {
    const extraction = extract(
      [
        'Headline',
        'Marcus Obiora-Vance defended the memo. The clinic is two hours away.',
        'For Harold Two Bulls, 68, who drives to the clinic every two weeks, that phrase landed hard.',
        '"Acceptable to who?" he said.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([['Acceptable to who?', 'person:harold-two-bulls']]);
  });

  it('makes "Roc\u00edo, 34, who asked that her last name not be published" and "a caller named Dale" speakers', () => {
    const extraction = extract(
      [
        'Headline',
        '\u201cYou could see them,\u201d said Roc\u00edo, 34, who asked that her last name not be published.',
        'A caller named Dale from Wexford Township said it better: \u201cLeave him alone.\u201d',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['You could see them', 'person:rocio'],
      ['Leave him alone.', 'person:dale'],
    ]);
  });

  it('reads "the radiators in Marisol Ybarra\'s apartment" as a person, not a place', () => {
    const extraction = extract(
      [
        'Headline',
        "For 23 days, the radiators in Marisol Ybarra's apartment were cold.",
        '"We\'re not asking for anything special," Ybarra said.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ["We're not asking for anything special", 'person:marisol-ybarra'],
    ]);
  });
});

describe('extractDocument: people of a place', () => {
  it('reads "Residents of St Brigid\'s Court say …" as people, not an organisation, so the words go to the one who said them', () => {
    const extraction = extract(
      [
        'Headline',
        'Residents of St Brigid\'s Court say they learned of the plan "from Facebook"',
        'Natalia Wojcik has lived there for nine years. "We heard it from Facebook," said Ms Wojcik.',
      ].join('\n\n'),
    );
    expect(extraction.actors.map((a) => a.key)).not.toContain('org:residents-of-st-brigids-court');
    expect(said(extraction)[0]).toEqual(['from Facebook', 'person:natalia-wojcik']);
  });
});

describe('extractDocument: groups named for a cause', () => {
  it('keeps "Tarrow Students for Housing Justice" whole and links its acronym', () => {
    const extraction = extract(
      [
        'Headline',
        'The dean froze the account of Tarrow Students for Housing Justice (TSHJ) on Nov. 6.',
        '"They froze our money because they couldn\'t freeze our message," TSHJ wrote in an Instagram post.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      [
        "They froze our money because they couldn't freeze our message",
        'org:tarrow-students-for-housing-justice',
      ],
    ]);
  });
});

describe('extractDocument: curly single marks and phrases in one sentence', () => {
  it('finds a long quotation in curly single marks in a double-quoted article, and the phrase after it', () => {
    const extraction = extract(
      'Headline\n\nThe Marsh Hospitals NHS Foundation Trust runs the unit. The trust said it could not comment on individual cases but that \u2018any death in our care is reviewed\u2019 and any concerns would be \u2018fully investigated\u2019.\n\n"We are sorry," said Ana Ruiz.',
    );
    expect(said(extraction)).toEqual([
      ['any death in our care is reviewed', 'org:marsh-hospitals-nhs-foundation-trust'],
      ['fully investigated', 'org:marsh-hospitals-nhs-foundation-trust'],
      ['We are sorry', 'person:ana-ruiz'],
    ]);
  });

  it('reads "described X as a "…"" as the speaker\'s words, and reaches a phrase far after "he told"', () => {
    const extraction = extract(
      [
        'Headline',
        'Chief Roland Estrada spoke Monday. He described the overtime order as a \u201ctemporary bridge\u201d until recruits graduate.',
        "Mayor Gareth Ollerenshaw spoke in May. He told a public meeting that stop and search in Brackley Heath had become 'a postcode lottery'.",
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['temporary bridge', 'person:roland-estrada'],
      ['a postcode lottery', 'person:gareth-ollerenshaw'],
    ]);
  });

  it('reaches a short phrase far after a strong verb right after its named subject', () => {
    const extraction = extract(
      'Headline\n\nThe Tertiary Staff Union said on Wednesday that the university\'s vice-chancellor, Professor Graham Ellery-Toomey, told a meeting of about 200 staff on 14 August that anyone who discussed the restructure "outside the building" would be "dealt with".',
    );
    expect(said(extraction)).toEqual([
      ['outside the building', 'person:graham-ellery-toomey'],
      ['dealt with', 'person:graham-ellery-toomey'],
    ]);
  });

  it('reads an opening clause that holds a curly apostrophe ("Cresthaven\u2019s vice president for operations, X, wrote")', () => {
    const extraction = extract(
      'Headline\n\nCresthaven\u2019s vice president for operations, Gordon Sayles, wrote in an email to the Sentinel that the first result was \u201cpresumptive\u201d and had to be confirmed.',
    );
    expect(said(extraction)).toEqual([['presumptive', 'person:gordon-sayles']]);
  });

  it('reads a speaker whose title follows a lower-case modifier after an opening clause', () => {
    const extraction = extract(
      'Headline\n\nIn an internal memo dated Jan. 9, housing authority Executive Director Franklin Odom told his board that the city had \u201cno jurisdiction\u201d over federally funded housing and that the citations were \u201ca political exercise.\u201d',
    );
    expect(said(extraction)).toEqual([
      ['no jurisdiction', 'person:franklin-odom'],
      ['a political exercise.', 'person:franklin-odom'],
    ]);
  });

  it('gives a phrase to "he" said in a parenthesis, past a capitalised first word', () => {
    const extraction = extract(
      'Headline\n\nThe harbour master, Captain Euan MacLeary, spoke on Monday. Crew transfer vessels operate around the clock, he said, and mixing them with fishing boats had led to \u2018several near-misses\u2019 this year.',
    );
    expect(said(extraction)).toEqual([['several near-misses', 'person:euan-macleary']]);
  });
});

describe('extractDocument: reeves, D.C. and phrases before a past tense', () => {
  it('still reads a surname that is also a title ("…," Reeve wrote) as the person', () => {
    const extraction = extract(
      'Headline\n\nCity Attorney Tracy Reeve responded on Aug. 15.\n\n"The City is committed to the safety of all people," Reeve wrote.',
    );
    expect(said(extraction)).toEqual([
      ['The City is committed to the safety of all people', 'person:tracy-reeve'],
    ]);
  });

  it('reads "the reeve", "Washington, D.C., attorney X" and "had "never once" paid"', () => {
    const extraction = extract(
      [
        'Headline',
        'Reeve Harold Fenske chairs the council. "I asked the question the right way," the reeve said.',
        'The letter, signed by Washington, D.C., attorney Leonie Varga, says the union "would prefer to resolve this without litigation."',
        'Jean-Luc Dunbar runs the firm. He added that the county had "never once" paid an invoice on time.',
        'In a post, Delphine Arcos said she would not let police be "pulled into a fight" on behalf of an agency that had "lost its way."',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['I asked the question the right way', 'person:harold-fenske'],
      ['would prefer to resolve this without litigation.', 'person:leonie-varga'],
      ['never once', 'person:jean-luc-dunbar'],
      ['pulled into a fight', 'person:delphine-arcos'],
      ['lost its way.', 'person:delphine-arcos'],
    ]);
  });
});

describe('extractDocument: a place word before a titled speaker, an email instructing', () => {
  it('reads "Ferrisport police Commander Sunniva Halvorsen wrote" and "an email from X instructing … that, "…""', () => {
    const extraction = extract(
      [
        'Headline',
        '\u201cFPD will respond to calls,\u201d Ferrisport police Commander Sunniva Halvorsen wrote to supervisors.',
        'In late July, a weekly obtained a June 12 email from Police Commander Sunniva Halvorsen instructing supervisors that, "per direction from the Mayor\'s Office," officers would respond.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['FPD will respond to calls', 'person:sunniva-halvorsen'],
      ["per direction from the Mayor's Office", 'person:sunniva-halvorsen'],
    ]);
  });
});

describe('extractDocument: owners of dated documents', () => {
  it('reads "His Oct. 3 press release" and "The Trust\u2019s consultation document" as their owners\' words', () => {
    const extraction = extract(
      [
        'Headline',
        'Sheriff Royce Tannehill runs the county. His Oct. 3 press release said the city had decided "that some calls for help matter less than others."',
        'The Ardcraig Harbour Trust runs the port. The Trust\u2019s consultation document, published in June, said the changes would \u2018secure the future of the harbour\u2019. The association disagrees.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['that some calls for help matter less than others.', 'person:royce-tannehill'],
      ['secure the future of the harbour', 'org:ardcraig-harbour-trust'],
    ]);
  });
});

describe('extractDocument: titled speakers after their body, participles far from the subject', () => {
  it('reads "Council President X said she had asked …", "Judge X denied …, writing that …" and "he thanked the council for "…""', () => {
    const extraction = extract(
      [
        'Headline',
        'Council President Yvette Morningstar said she had asked both the mayor and the chief to appear at a special meeting next week to \u201cget everything on the table, in one room, under oath if I have to.\u201d',
        'In February, U.S. District Judge Harriet Osei-Mensah denied the motion to dismiss the case, writing that the company\u2019s argument that aides could use the time between visits as they pleased was \u201cdifficult to square with the record.\u201d',
        'Mayor Gideon Farrow was not at the meeting. In a statement released after the vote, he thanked the council for "putting residents ahead of politics."',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      [
        'get everything on the table, in one room, under oath if I have to.',
        'person:yvette-morningstar',
      ],
      ['difficult to square with the record.', 'person:harriet-osei-mensah'],
      ['putting residents ahead of politics.', 'person:gideon-farrow'],
    ]);
  });
});

describe('extractDocument: posts and the pages they are on', () => {
  it('gives a post on "the co-operative\'s Facebook page" to the co-operative, and a Facebook page no words', () => {
    const extraction = extract(
      [
        'Headline',
        "The West Ardmhor Fishermen's Co-operative called a meeting. A post on the co-operative's Facebook page on Wednesday read: 'Ardmhor was a fishing port long before it was a car park.'",
        'Deputy Wendell Ambrose declined to comment. A spokesperson said the office "stands by the data" and that the Facebook page is "an official channel."',
      ].join('\n\n'),
    );
    expect(said(extraction)[0]).toEqual([
      'Ardmhor was a fishing port long before it was a car park.',
      'org:west-ardmhor-fishermens-co-operative',
    ]);
    const page = extract(
      [
        'Headline',
        'It was 11:48 p.m. when the sheriff hit the button. The post accuses the commissioner of "defunding public safety by a thousand cuts."',
        'Deputy Wendell Ambrose wrote that the sheriff\'s office Facebook page is "an official communications channel."',
      ].join('\n\n'),
    );
    expect(said(page)[0]?.[1]).not.toBe('person:wendell-ambrose');
  });
});

describe('extractDocument: headlines of linked stories and names of laws', () => {
  it('reads related-story lines, cited sources and laws in quotation marks as labels', () => {
    const extraction = extract(
      [
        'Headline',
        'Sheriff Warren Tealby defended the "Detainer Compliance Act." He said the law was clear.',
        'Related: \u201cTwo deaths, no answers at Kessock jail\u201d (Dec. 4, 2024)',
        'Reporter Ana Ruiz contributed. Read our complaint-tracking guide: "How to file a heat-safety complaint in Washington."',
        '- The Merriton Courier-Ledger, "Sheriff\'s email says the policy came from the executive\'s office," Aug. 5, 2025',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([]);
    expect(extraction.scareQuotes.map((q) => q.text)).toEqual([
      'Detainer Compliance Act.',
      'Two deaths, no answers at Kessock jail',
      'How to file a heat-safety complaint in Washington.',
      "Sheriff's email says the policy came from the executive's office",
    ]);
  });
});

describe('extractDocument: a namesake named in passing', () => {
  it('reads "Beltr\u00e1n said" as the speaker introduced, not the husband named in her apposition', () => {
    const extraction = extract(
      [
        'Headline',
        'Among the speakers was Marisela Beltr\u00e1n, whose husband, Osvaldo Beltr\u00e1n, was arrested last month.',
        '"My kids ask me every night when their dad is coming home," Beltr\u00e1n said through an interpreter.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['My kids ask me every night when their dad is coming home', 'person:marisela-beltran'],
    ]);
  });
});

describe('extractDocument: an excerpt header whose document says whom it came from', () => {
  it('gives "text messages … he received from Alicia Fenn. One reads, in full:" to Alicia Fenn', () => {
    const extraction = extract(
      'Headline\n\nTenants showed the Weekly a series of text messages that Pryor says he received from Alicia Fenn in February. One reads, in full:\n\n\u201cHappy to meet but I am not negotiating rents with a union.\u201d',
    );
    expect(said(extraction)).toEqual([
      ['Happy to meet but I am not negotiating rents with a union.', 'person:alicia-fenn'],
    ]);
  });
});

describe('extractDocument: the sender named after the outlet that reported the document', () => {
  it('reads "The email, first reported by The Alder Current, was sent Friday by X" as X\'s email', () => {
    const extraction = extract(
      'Headline\n\nMayor Corinne Haldane-Ruiz ordered the sweep.\n\nThe email, first reported by The Alder Current, was sent Friday by Deputy City Manager Lowell Brandt. It told supervisors that any employee who refused was "to be documented and referred to HR for discipline."',
    );
    expect(said(extraction)).toEqual([
      ['to be documented and referred to HR for discipline.', 'person:lowell-brandt'],
    ]);
  });
});

describe('extractDocument: a document read out', () => {
  it('gives the words to the writer of the email someone "read from"', () => {
    const extraction = extract(
      'Headline\n\nTri-Valley Water Co. bills the town.\n\nAnother speaker, Kevin Marsh, read from an email he said he had received from the company\'s customer service department after a billing dispute: "Your usage is consistent with a household of your size." Marsh said he lives alone.',
    );
    expect(said(extraction)).toEqual([
      ['Your usage is consistent with a household of your size.', 'org:tri-valley-water-co'],
    ]);
  });
});

describe('extractDocument: a speech verb joined by "and" to the sentence\'s reporter', () => {
  it('gives "X said the authority paid … and accused the city of "…"" to X', () => {
    const extraction = extract(
      'Headline\n\nThe Middle Rio Grande Transit Authority runs the trains. Its director, Gail Henshaw, spoke Monday.\n\nHenshaw said the authority paid every invoice it received and accused the city of "rewriting history."',
    );
    expect(said(extraction)).toEqual([['rewriting history.', 'person:gail-henshaw']]);
  });
});

describe('extractDocument: "state" as a modifier, and an employee of a named firm', () => {
  it('keeps "Another Glenmoy tenant, who …, said" unnamed when the name is the short form of an organisation', () => {
    const extraction = extract(
      [
        'Headline',
        'The Glenmoy Tenants and Residents Association met on Monday.',
        'Another Glenmoy tenant, who did not want to be named, said she had been "told to open a window and put the heating on" by a housing officer.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([['told to open a window and put the heating on', null]]);
  });

  it('does not read "invited state inspectors" as a speech verb, and keeps "A Crestline employee, who …, said" unnamed', () => {
    const extraction = extract(
      [
        'Headline',
        'Belmonte Berry Farms grows berries. Curtis Hale is its manager.',
        'Hale said the company provides shade, and that it had invited state inspectors to visit "at any time, unannounced."',
        'A Crestline employee, who spoke on the condition that he not be named, said the pumps were down \u201cfor most of that summer, not a couple of days.\u201d',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['at any time, unannounced.', 'person:curtis-hale'],
      ['for most of that summer, not a couple of days.', null],
    ]);
  });
});

describe('extractDocument: an unnamed person qualified by a name', () => {
  it('keeps "A coworker of Osvaldo Beltr\u00e1n\u2019s, who asked not to be named" unnamed for the "he said" after', () => {
    const extraction = extract(
      'Headline\n\nOsvaldo Beltr\u00e1n was arrested last month.\n\nA coworker of Osvaldo Beltr\u00e1n\u2019s at the restaurant, who asked not to be named, said the kitchen has been short-staffed. \u201cEverybody is afraid to take the late shift,\u201d he said.',
    );
    expect(said(extraction)).toEqual([['Everybody is afraid to take the late shift', null]]);
  });
});

describe('extractDocument: unnamed people in a crowd and after a name', () => {
  it('keeps a chant, "a woman near the front … said" and "the man shouted" unnamed', () => {
    const extraction = extract(
      [
        'Headline',
        'Harold Benedetti chairs the board. Dwayne Fairweather opposes the quarry.',
        'From the back of the room, several people began chanting, "Let her speak! Let her speak!" Fairweather\'s husband, Dwayne Fairweather, stood and held up a sign.',
        'As Benedetti called the roll, a woman near the front stood and said, "Shame on you."',
        'One man interrupted Thaddeus Mbeki; when Mbeki said the law bars it, the man shouted, "Then why put it next to a school at all?"',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['Let her speak! Let her speak!', null],
      ['Shame on you.', null],
      ['Then why put it next to a school at all?', null],
    ]);
  });
});

describe('extractDocument: a title and a surname two people share', () => {
  it('gives "Sheriff Roe wrote" to the sheriff, not to a new person called "Sheriff Roe"', () => {
    const extraction = extract(
      [
        'Headline',
        'Councilwoman Leona Marchetti visited the camp. Lake County Sheriff Joseph Marchetti \u2014 no relation \u2014 did not.',
        '\u201cFederal employees are residents of this county,\u201d Sheriff Marchetti wrote in a post. \u201cThey are entitled to the same response.\u201d',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['Federal employees are residents of this county', 'person:joseph-marchetti'],
      ['They are entitled to the same response.', 'person:joseph-marchetti'],
    ]);
  });
});

describe('extractDocument: people named by first name only', () => {
  it('takes a first name whose apposition or clause says the surname was withheld', () => {
    const extraction = extract(
      [
        'Headline',
        'Mayor Jane Roe spoke first. Kyla, a primary care paramedic in Fort Keswick who asked that her last name not be used, said her crew waited seven hours.',
        '"We got there at 2 in the afternoon," she said. "Nobody came."',
        'One operator, who asked that only his first name, Dmitri, be used because he is not authorized to speak, said he was punched last October.',
        '"The guy got on and did not pay," he said.',
        'Theo, who lives on Fenwick Lane and didn\'t give his last name, holds up a printout. "That\'s my fence," he says.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['We got there at 2 in the afternoon', 'person:kyla'],
      ['Nobody came.', 'person:kyla'],
      ['The guy got on and did not pay', 'person:dmitri'],
      ["That's my fence", 'person:theo'],
    ]);
  });
});

describe('extractDocument: organisations that read like two names', () => {
  it('keeps "Parents for …" whole and takes "X Environmental" and "X Acoustics" as firms', () => {
    const extraction = extract(
      [
        'Headline',
        'After the vote, Parents for Age-Appropriate Libraries posted on its Facebook page that the outcome was "a betrayal of every family in the county."',
        '"The plume is moving toward the wellfield," the report, prepared by Halvorsen-Mbatha Environmental, states.',
        'But a noise assessment submitted with the application, carried out by consultants Larchwood Acoustics, acknowledges that the change would lead to \u2018a noticeable increase in sleep disturbance\u2019 in parts of Moorside.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['a betrayal of every family in the county.', 'org:parents-for-age-appropriate-libraries'],
      ['The plume is moving toward the wellfield', 'org:halvorsen-mbatha-environmental'],
      ['a noticeable increase in sleep disturbance', 'org:larchwood-acoustics'],
    ]);
  });
});

describe('extractDocument: a long paragraph that ends by introducing an excerpt', () => {
  it('gives the excerpt to the counsel who drafted the letter, and no transcript line to anyone', () => {
    const extraction = extract(
      [
        'Headline',
        'Members who have not yet read the union\u2019s Sept. 8 letter to Mayor Renata Okafor-Lindqvist, drafted by union counsel Bernadette Quaye of Quaye Ostrander LLP, can find it in full on the members\u2019 portal. An excerpt follows:',
        '\u201cWe would much prefer to resolve this without litigation.\u201d',
        'The sharpest exchange came shortly after 11 p.m., when Councilmember Denise Whitlock questioned the chief about a department memo, first reported by the Sentinel last month. From the council\u2019s video record:',
        'WHITLOCK: Chief, the memo says eighteen percent. Which is it?',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['We would much prefer to resolve this without litigation.', 'person:bernadette-quaye'],
    ]);
  });
});

describe('extractDocument: "the senator" after "State Sen."', () => {
  it('is the state senator named before, unless an unnamed senator was introduced since', () => {
    const extraction = extract(
      [
        'Headline',
        'State Sen. Brock Vandermeer sits on the committee. Mayor Jane Roe disagrees with him.',
        '"I am not going to sit quiet," the senator said.',
        'One senator who voted against the resolution, and who asked not to be named, said it deserved more than one meeting.',
        '"It was written in about an hour," the senator said.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['I am not going to sit quiet', 'person:brock-vandermeer'],
      ['It was written in about an hour', null],
    ]);
  });
});

describe('extractDocument: a description before a colon, and "repeated"', () => {
  it('gives "The sheriff put it simply in his announcement: …" to the sheriff and takes "X repeated" as a speech verb', () => {
    const extraction = extract(
      [
        'Headline',
        'Sheriff Joseph Haddad announced on Tuesday that his deputies will respond. Union chair Winston Adeyemi-Clarke welcomed it.',
        'The sheriff put it simply in his announcement: \u201cA 911 call is a 911 call. My deputies will answer it.\u201d',
        '\u201cThat is a start,\u201d Adeyemi-Clarke repeated, to some laughter. \u201cThey would like to meet with fewer of us.\u201d',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['A 911 call is a 911 call. My deputies will answer it.', 'person:joseph-haddad'],
      ['That is a start', 'person:winston-adeyemi-clarke'],
      ['They would like to meet with fewer of us.', 'person:winston-adeyemi-clarke'],
    ]);
  });
});

describe('extractDocument: "And this:" before a quotation', () => {
  it('continues the speaker of the quotation above', () => {
    const extraction = extract(
      [
        'Headline',
        'Mayor Lionel Abernathy-Osei posted twice on Friday.',
        '\u201cI do not want our police pulled into a standoff.\u201d',
        'And the kicker: \u201cIf they want a bailout, they have dialed the wrong number.\u201d',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['I do not want our police pulled into a standoff.', 'person:lionel-abernathy-osei'],
      [
        'If they want a bailout, they have dialed the wrong number.',
        'person:lionel-abernathy-osei',
      ],
    ]);
  });
});

describe('extractDocument: names given to things', () => {
  it('keeps "a group called …", "calling the site …", "known as the …" and "author of …" as names, not statements', () => {
    const extraction = extract(
      [
        'Headline',
        'Protesters, who have taken to calling the site \u201cCamp Ferris\u201d on their signs, say they will stay. A Facebook group called "Pine Hollow Neighbors for Clean Air," which has about 1,900 members, posted the tally.',
        'The guild argues that Article 19 of its contract \u2014 known among officers as the "Officers\u2019 Bill of Rights" \u2014 bars outside review. Director Hye-jin Castellano read from a letter by Adaeze Okonjo-Marsh, author of "The Lantern Girls."',
        '"We will stay," said organizer Ana Castellanos.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([['We will stay', 'person:ana-castellanos']]);
    expect(extraction.scareQuotes.map((s) => s.text)).toEqual(
      expect.arrayContaining(['Camp Ferris', 'Officers\u2019 Bill of Rights']),
    );
  });
});

describe('extractDocument: updates, surveys and minutes as documents', () => {
  it('gives a bargaining update to its union and minutes to the council, and reads "UPDATE (Sept. 24):" as no document', () => {
    const extraction = extract(
      [
        'Headline',
        'The Sable Bay Education Association represents 900 teachers. The district says its offer is generous.',
        'The union\u2019s most recent bargaining update, emailed to members on Friday, calls that claim \u201ccherry-picked and misleading.\u201d',
        'Minutes of Saltmarsh Quay Town Council\u2019s October meeting show councillors voted to ask the agency to \u201cpause the design and re-engage with the community\u201d.',
        'UPDATE (Sept. 24):',
        'On Wednesday, the mayor\u2019s office sent a written statement.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['cherry-picked and misleading.', 'org:sable-bay-education-association'],
      ['pause the design and re-engage with the community', 'org:saltmarsh-quay-town-council'],
    ]);
  });
});

describe('extractDocument: "Its" opening a sentence', () => {
  it('owns a document for the organisation that opened the sentence before', () => {
    const extraction = extract(
      [
        'Headline',
        'The Calder Valley Nurses Association represents 900 nurses at St. Benedict Regional Medical Center.',
        'The union disputes the hospital\'s description of the committee. Its bargaining update, posted late Wednesday, described the proposal as a "committee with no teeth" that management would ignore.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['committee with no teeth', 'org:calder-valley-nurses-association'],
    ]);
  });
});

describe('extractDocument: a standfirst quoting a fragment in straight single marks', () => {
  it('finds "Sister of injured man calls decision \'a slap in the face\'" and gives it the speaker below', () => {
    const extraction = extract(
      [
        'No charges for officer in arrest, Crown says',
        "Sister of injured man calls decision 'a slap in the face'",
        'Abena Asante-Mensah learned of the decision from the news.',
        '"It\'s a slap in the face," she said in a phone interview.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['a slap in the face', 'person:abena-asante-mensah'],
      ["It's a slap in the face", 'person:abena-asante-mensah'],
    ]);
  });
});

describe('extractDocument: a headline quoting in straight single marks', () => {
  it('finds "…: \'I have never told our officers to ignore a 911 call\'" with no full stop, and gives it the speaker below', () => {
    const extraction = extractDocument(
      parseDocument(
        't.txt',
        [
          "Halbrook mayor on Ferris Street calls: 'I have never told our officers to ignore a 911 call'",
          'By Jo Bloggs',
          'Mayor Renata Okafor-Lindqvist spoke on Monday.',
          '"I have never told our officers to ignore a 911 call, and I never would," Okafor-Lindqvist said.',
        ].join('\n\n'),
      ),
    );
    expect(said(extraction)).toEqual([
      ['I have never told our officers to ignore a 911 call', 'person:renata-okafor-lindqvist'],
      [
        'I have never told our officers to ignore a 911 call, and I never would',
        'person:renata-okafor-lindqvist',
      ],
    ]);
  });
});

describe('extractDocument: "X, which …" names an organisation', () => {
  it('takes "Unison, which represents 23 staff" and "Serrano Lakes Senior Living" as organisations, and "Meridian, which …" as the short form', () => {
    const extraction = extract(
      [
        'Headline',
        'Meridian Custodial Solutions runs the centre. Unison, which represents 23 staff at the centre, said its members had first learned of the closure \u2018from a press release\u2019.',
        'Serrano Lakes Senior Living said in a statement that it \u201chad no contact with the office.\u201d',
        'Meridian, which operates facilities in four states, said it had "never requested assistance." The union cites the 14th Amendment, which says the government cannot deny equal protection.',
      ].join('\n\n'),
    );
    expect(extraction.actors.map((a) => a.key)).not.toContain('org:amendment');
    expect(said(extraction)).toEqual([
      ['from a press release', 'org:unison'],
      ['had no contact with the office.', 'org:serrano-lakes-senior-living'],
      ['never requested assistance.', 'org:meridian-custodial-solutions'],
    ]);
  });
});

describe('extractDocument: a role in apposition, then "the <role>"', () => {
  it('finds "Leila Roe, the first-term councilmember whose ward …" and "Dana Fox, a councilwoman," again as "the councilmember" and "the councilwoman"', () => {
    const extraction = extract(
      [
        'Headline',
        'Leila Marchetti, the first-term councilmember whose ward includes Ferris Street, has visited the camp three times.',
        'The councilmember calls the whole thing "cosplay."',
        'Dana Fox, a councilwoman, voted against the plan.',
        'The councilwoman said the vote was "a mistake we will regret."',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['cosplay.', 'person:leila-marchetti'],
      ['a mistake we will regret.', 'person:dana-fox'],
    ]);
  });
});

describe('extractDocument: a place the article puts after a preposition', () => {
  it('takes "Calder Bay" as a place everywhere once the article writes "in Calder Bay", so it says nothing', () => {
    const extraction = extract(
      [
        'Headline',
        'State Sen. Brock Vandermeer does not live in Calder Bay.',
        'Reached by phone, he told 9 News he wants the committee to "take a hard look" at how Calder Bay is policing the area.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([['take a hard look', 'person:brock-vandermeer']]);
    expect(extraction.actors.map((a) => a.key)).not.toContain('person:calder-bay');
  });
});

describe('extractDocument: a surname two people share, then a quotation "she says"', () => {
  it('gives "Castellanos winces. "That\'s fair," she says." to the woman, and leaves a possessive alone', () => {
    const extraction = extract(
      [
        'Headline',
        'Ana Castellanos organises the camp. Luis Castellanos, no relation, guards the gate. \u201cWe keep it shut at night,\u201d he said.',
        'Neighbour Margit Eklund has complained about the drums for weeks.',
        'Asked about the drums, Castellanos winces. \u201cThat\u2019s fair,\u201d she says. \u201cWe haven\u2019t been great at quiet hours.\u201d',
        'A guard who asked not to be named said the radio was logged in Castellanos\u2019 property bag.',
        '\u201cIt was right there with his wallet,\u201d she said.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['We keep it shut at night', 'person:luis-castellanos'],
      ['That\u2019s fair', 'person:ana-castellanos'],
      ['We haven\u2019t been great at quiet hours.', 'person:ana-castellanos'],
      ['It was right there with his wallet', null],
    ]);
  });
});

describe('extractDocument: a fact-check claim box', () => {
  it('gives "CLAIM: "…"" to the claimant named on the "WHO SAID IT:" line', () => {
    const extraction = extract(
      [
        'Did the city tell police to stand down? What the records show',
        'CLAIM: \u201cThe mayor has told police to let federal workers fend for themselves.\u201d\nWHO SAID IT: State Sen. Brock Vandermeer, in a post on X, Sept. 10, 2025\nOUR RATING: Mostly False',
        'The claim: \u201cThere is no policy, written or unwritten.\u201d',
        'Said by: Mayor Corinne Abernathy-Osei, at a news conference\nOUR RATING: Half True',
      ].join('\n\n'),
    );
    const keys = extraction.actors.map((a) => a.key);
    for (const label of ['org:claim', 'org:rating', 'person:half-true', 'person:mostly-false'])
      expect(keys).not.toContain(label);
    expect(said(extraction)).toEqual([
      [
        'The mayor has told police to let federal workers fend for themselves.',
        'person:brock-vandermeer',
      ],
      ['There is no policy, written or unwritten.', 'person:corinne-abernathy-osei'],
    ]);
  });
});

describe('extractDocument: "she said" after an unnamed person opens the sentence', () => {
  it('keeps the quotation unnamed instead of giving it to the last woman named', () => {
    const extraction = extract(
      [
        'Headline',
        'Superintendent Carla Montgomery-Reyes announced the closures on Monday.',
        'Another parent, speaking at Tuesday\'s board meeting, said she supported the superintendent. "The kids have lost enough time," she said.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([['The kids have lost enough time', null]]);
  });
});

describe('extractDocument: a title before the quotation, and "welcomed … as"', () => {
  it('reaches the subject past a title in quotation marks, and takes "welcomed the letter as \u2018…\u2019" as the subject\'s words', () => {
    const extraction = extract(
      [
        'Headline',
        'Theodora Vance-Mbatha, who wrote \u201cThe Salt Between Us\u201d in 2021, weighed in on Instagram on Monday, writing that she was \u201cheartbroken but not surprised\u201d by the challenge.',
        'Xiomara Quintanilla of the Valley Immigrant Defense Committee welcomed the attorney general\u2019s letter as \u2018what accountability looks like when it starts\u2019.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['heartbroken but not surprised', 'person:theodora-vance-mbatha'],
      ['what accountability looks like when it starts', 'person:xiomara-quintanilla'],
    ]);
  });
});

describe('extractDocument: VP and other corporate titles', () => {
  it('reads "Acme regional VP Lorne Eberhardt-Kaye" as a person with a title', () => {
    const extraction = extract(
      [
        'Headline',
        'Sept. 28 \u2014 Acme regional VP Lorne Eberhardt-Kaye, email to Chief Deputy Arnulfo Keswick (obtained by Open Valley News): "We\'d welcome any support the Sheriff can provide at the perimeter."',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      [
        "We'd welcome any support the Sheriff can provide at the perimeter.",
        'person:lorne-eberhardt-kaye',
      ],
    ]);
  });
});

describe('extractDocument: "in writing"', () => {
  it('is no speech verb in "raised the issue in writing", but introduces the words in "put it in writing:"', () => {
    const extraction = extract(
      [
        'Headline',
        'The Ostrander Volunteer Fire Company has 40 members.',
        'Karen Brekke, speaking from the audience, said the company had raised the issue in writing three times since 2022 and "never once got an answer."',
        'Three weeks ago, the Calder Falls Police Department put it in writing: the department "has not provided escort services to the facility."',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['never once got an answer.', 'person:karen-brekke'],
      ['has not provided escort services to the facility.', 'org:calder-falls-police-department'],
    ]);
  });
});

describe('extractDocument: honorifics, initials and capitalised posts', () => {
  it('reads "Shri", "Eng" and "Taoiseach" as words before a name, and run-together initials as part of it', () => {
    const extraction = extract(
      [
        'Headline',
        "The letter was signed by the forum's convenor, T.R. Balasubramanian.",
        '"We will approach the High Court," said Mr. Balasubramanian.',
        'Health Minister Shri Dattatraya Bhosale spoke at the Collectorate. "Their safety is our responsibility," said Shri Bhosale.',
        'Eng Paul Mutua Kilonzo, the authority\'s director, spoke on Monday. "June 30 is June 30," Eng Kilonzo said.',
        'Taoiseach Donnchadh Ó Laoghaire said the Government was building “more homes than ever”.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['We will approach the High Court', 'person:t-r-balasubramanian'],
      ['Their safety is our responsibility', 'person:dattatraya-bhosale'],
      ['June 30 is June 30', 'person:paul-mutua-kilonzo'],
      ['more homes than ever', 'person:donnchadh-o-laoghaire'],
    ]);
  });

  it('reads a title abbreviated with a full stop ("Coun.", "Ald.", "Asst.") as a title, not the end of a sentence', () => {
    const extraction = extract(
      [
        'Headline',
        '"This is about whether the people who work here can live here," said Coun. Marguerite Doucet, who moved the bylaw. "We had 212 homes listed."',
        '"We will see," said Ald. Pat Nowak. "It is done," Asst. Chief Ray Ortiz said.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['This is about whether the people who work here can live here', 'person:marguerite-doucet'],
      ['We had 212 homes listed.', 'person:marguerite-doucet'],
      ['We will see', 'person:pat-nowak'],
      ['It is done', 'person:ray-ortiz'],
    ]);
  });

  it('does not take the comma after a quotation for a number opening a crowd ("’, adding: ‘…’")', () => {
    const extraction = extract(
      [
        'Headline',
        'MP Joanna Feeney said she had written to the vice-chancellor asking him to ‘pause and think again’, adding: ‘This university is one of the biggest employers in the city.’',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['pause and think again', 'person:joanna-feeney'],
      ['This university is one of the biggest employers in the city.', 'person:joanna-feeney'],
    ]);
  });

  it('gives words after a participle inside the reported clause to the speaker who opens the sentence', () => {
    const extraction = extract(
      [
        'Headline',
        'Police Association president Steve Maroulis said the officers had been responding to a report of a crime in a crowded shopping centre and that the commission was "judging split-second decisions with hindsight".',
      ].join('\n\n'),
    );
    expect(said(extraction).at(-1)).toEqual([
      'judging split-second decisions with hindsight',
      'person:steve-maroulis',
    ]);
  });

  it('takes a name in apposition with "one of the largest … platforms" for an organisation', () => {
    const extraction = extract(
      [
        'Headline',
        'Safiri, one of the largest ride-hailing platforms in the city, said in a statement that it “respects the right of drivers to express their views” and was in talks.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['respects the right of drivers to express their views', 'org:safiri'],
    ]);
  });

  it('keeps a short month name inside a name ("Jan Novak", "Daniel Koh Jun Wei") and reads "Associate Professor" as one title', () => {
    const extraction = extract(
      [
        'Headline',
        '"We are ready," Mayor Jan Novak said on Jan. 4.',
        'Associate Professor Daniel Koh Jun Wei, who researches assessment design, said the circular was “sensible” but not enough.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['We are ready', 'person:jan-novak'],
      ['sensible', 'person:daniel-koh-jun-wei'],
    ]);
  });

  it('takes "Brackmoor Water" and "Strathcarron Buses" for companies', () => {
    const extraction = extract(
      [
        'Headline',
        "Brackmoor Water said it took the letter 'extremely seriously' and would respond in full.",
        'Strathcarron Buses runs the routes. In a post on its Facebook page, the company said: “We regret to announce that the following services will be withdrawn.”',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['extremely seriously', 'org:brackmoor-water'],
      [
        'We regret to announce that the following services will be withdrawn.',
        'org:strathcarron-buses',
      ],
    ]);
  });

  it('reads a surname as the person whose whole surname it is, not one whose double-barrelled surname holds it', () => {
    const extraction = extract(
      [
        'Headline',
        'County Clerk Annika Solberg-Reyes said the ballots were counted. Leticia Solberg, a retired elections supervisor, disagreed.',
        '"We disagreed all the time," Solberg said.',
      ].join('\n\n'),
    );
    expect(said(extraction).at(-1)).toEqual([
      'We disagreed all the time',
      'person:leticia-solberg',
    ]);
  });

  it('reads the tag after a question even when the place it was said at runs long', () => {
    const extraction = extract(
      [
        'Headline',
        'DROAK chairman Wycliffe Odhiambo spoke on Monday.',
        '“Where will that money come from?” Mr Odhiambo said at a press briefing at the association’s offices on Ngamia Road.',
      ].join('\n\n'),
    );
    expect(said(extraction)[0]).toEqual([
      'Where will that money come from?',
      'person:wycliffe-odhiambo',
    ]);
  });

  it('makes the sayer the author of a document dated in the same breath ("said in an Oct. 6 letter that")', () => {
    const extraction = extract(
      [
        'Headline',
        'The Federal Residency Officers Association said in an Oct. 6 letter that the practice had forced its members into public arrests.',
        '"We would prefer to resolve this matter without litigation," the letter said.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      [
        'We would prefer to resolve this matter without litigation',
        'org:federal-residency-officers-association',
      ],
    ]);
    expect(extraction.quotes.filter((q) => q.quoteType === 'indirect').map((q) => q.text)).toEqual([
      'the practice had forced its members into public arrests',
    ]);
  });

  it('skips an aside opened by "where" before the verb, and reads "Local 412 boss Terry Szabo" as a person with a post', () => {
    const extraction = extract(
      [
        'Headline',
        'State Sen. Garrett Lunde, a Republican from Pell County, where Wexford Ridge is the largest employer, wrote on X that the report was "another political hit job" and said more.',
        'Local 412 boss Terry Szabo fired the first shot in a letter to the mayor, declaring that his members "are not riot police" and more.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['another political hit job', 'person:garrett-lunde'],
      ['are not riot police', 'person:terry-szabo'],
    ]);
  });

  it('gives a quotation after "… but said …" to the subject who opens the sentence, not a name in the reported clause', () => {
    const extraction = extract(
      [
        'Headline',
        'The Varnham Group gave money.',
        'Alliance executive director Yolanda Ferreira-Quinn acknowledged the Varnham contribution but said it was small and that Varnham "has no seat on our board."',
        'Mayor Renata Okafor spoke on Monday. Ferris Street Federal Building stands empty.',
        'Asked about that email, the mayor called it "clumsy" and said any confusion had been "cleared up within days."',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['has no seat on our board.', 'person:yolanda-ferreira-quinn'],
      ['clumsy', 'person:renata-okafor'],
      ['cleared up within days.', 'person:renata-okafor'],
    ]);
  });

  it('gives words after "asked the company to explain" to the one who asked', () => {
    const extraction = extract(
      [
        'Headline',
        'Ridgeback Waste Solutions runs the landfill.',
        'Director Nkechi Ambrose wrote that the department had received complaints and asked the company to explain "what has changed operationally at the site."',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['what has changed operationally at the site.', 'person:nkechi-ambrose'],
    ]);
  });

  it('presumes "Bertrand" a man, correcting the gender list, so "he said" after the mayor is him', () => {
    const extraction = extract(
      [
        'Headline',
        'Mayor Lucinda Ferreira-Banks defended the plan on Monday.',
        'Councilmember Bertrand Nakashima, a frequent critic of the mayor, said the email had settled the question. “The mayor can’t have it both ways,” he said.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['The mayor can’t have it both ways', 'person:bertrand-nakashima'],
    ]);
  });

  it("keeps short verb phrases woven into a reported sentence as the speaker's words, not labels", () => {
    const extraction = extract(
      [
        'Headline',
        'Henrik Dahlqvist, the line\'s regional director, spoke on Monday. He warned that a strike would force the line to "seriously consider" calling at other ports.',
        'Southern Isles Ferries said the cost would be booked later and that it "continues to expect" earnings within its range.',
        'Director Leonard Obi wrote that the department "partially accepts" two other recommendations.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['seriously consider', 'person:henrik-dahlqvist'],
      ['continues to expect', 'org:southern-isles-ferries'],
      ['partially accepts', 'person:leonard-obi'],
    ]);
  });

  it('keeps a speaker\'s short phrase before a noun ("reimburse "reasonable" costs") but not a label after a determiner', () => {
    const extraction = extract(
      [
        'Headline',
        'Catriona Vidmar, the chief executive, said passengers would receive a refund and that the company would reimburse "reasonable" accommodation costs.',
        'Nurse Ada Pierce said managers pull nurses from the hospital\'s "resource pool" onto units.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([['reasonable', 'person:catriona-vidmar']]);
    expect(extraction.scareQuotes.map((q) => q.text)).toContain('resource pool');
  });

  it('reads "Calder Ridge" as the short form of "Calder Ridge Asphalt", the only organisation it opens', () => {
    const extraction = extract(
      [
        'Headline',
        'The messages are exhibits to an amended complaint filed in Brennan Circuit Court by Calder Ridge Asphalt, a competing contractor whose lower bid was rejected in August. Calder Ridge argues that the Brennan County Fiscal Court “steered the award” to a rival.',
        'Calder Ridge’s owner, Benedetta Ruiz-Caffrey, said the company has bid on county work for 22 years.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([['steered the award', 'org:calder-ridge-asphalt']]);
  });

  it('keeps an office named for a post whole ("the Office of the Police and Crime Commissioner for Fenmarsh")', () => {
    const extraction = extract(
      [
        'Headline',
        'A spokeswoman for the Office of the Police and Crime Commissioner for Fenmarsh said Mrs Vance-Llewellyn "stands by her comments" and would publish more.',
      ].join('\n\n'),
    );
    expect(extraction.actors.map((a) => a.key)).toContain(
      'org:office-of-the-police-and-crime-commissioner-for-fenmarsh',
    );
    expect(extraction.actors.map((a) => a.key)).not.toContain('org:for-fenmarsh');
  });

  it('keeps "Te Rūnanga o Ngāti Pōkaitara Trust" whole and reads "Te Māhanga ridge" as a place', () => {
    const extraction = extract(
      [
        'Headline',
        'The quarry will take greywacke from Te Māhanga ridge, north of the town.',
        'Te Rūnanga o Ngāti Pōkaitara Trust chairperson Hēmi Tāwhai-Ruawai said the decision was “a betrayal” of assurances.',
        '“They have granted a licence to dig up our tūpuna,” he said.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['a betrayal', 'person:hemi-tawhai-ruawai'],
      ['They have granted a licence to dig up our tūpuna', 'person:hemi-tawhai-ruawai'],
    ]);
    expect(extraction.actors.map((a) => a.key)).toContain('org:te-runanga-o-ngati-pokaitara-trust');
  });

  it('reads "MP" standing alone as the member named in the article, not an organisation called MP', () => {
    const extraction = extract(
      [
        'Live',
        "15:05 MP: 'One resignation doesn't answer that'",
        "Westerdale North MP Catriona Feld has posted on X: 'One resignation doesn't answer that. Where is the money?'",
      ].join('\n\n'),
    );
    expect(said(extraction)[0]).toEqual([
      "One resignation doesn't answer that",
      'person:catriona-feld',
    ]);
    expect(extraction.actors.map((a) => a.key)).not.toContain('org:mp');
  });

  it('makes the body a report or study is "by" its author ("A report by X", "The study, by Phoenix-based X,")', () => {
    const extraction = extract(
      [
        'Headline',
        'The report was presented to the council on Tuesday. The study, by Phoenix-based Crestline Public Safety Advisors, found that crews were slow.',
        '"The department is being asked to cover a city that has grown," the report states.',
        'Southern Isles Ferries cancelled 41 sailings. In a statement to the exchange, the Port Corrigan-based operator said the cancellations were caused by "a combination of mechanical failure".',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      [
        'The department is being asked to cover a city that has grown',
        'org:crestline-public-safety-advisors',
      ],
      ['a combination of mechanical failure', 'org:southern-isles-ferries'],
    ]);
  });

  it('gives "the Authority\'s executive director told" to the person holding that post there, and reads "Give Harlan Theroux credit" without "Give"', () => {
    const extraction = extract(
      [
        'Headline',
        'Harlan Theroux, executive director of the Port Ashby Regional Water Authority, spoke on Monday.',
        '"This is a bargaining tactic," the Port Ashby Regional Water Authority’s executive director told his board Monday night.',
        'Give Harlan Theroux credit for saying it out loud.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([['This is a bargaining tactic', 'person:harlan-theroux']]);
    expect(extraction.actors.map((a) => a.key)).not.toContain('person:give-harlan-theroux');
  });

  it('does not make the outlet that first published a document its author ("first published by the alternative weekly The Ashby Current")', () => {
    const extraction = extract(
      [
        'Headline',
        "The email, dated 14 January and first published by the alternative weekly The Ashby Current, instructed supervisors that 'manual turbidity readings from Filter 4 are to be held and NOT entered into the compliance log' until Mr Vanderhoek had 'personally reviewed them'.",
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([['personally reviewed them', null]]);
  });

  it('reads a dash signature on the line below a quotation as its speaker', () => {
    const extraction = extract(
      [
        'Fact check',
        'Claim 1: "On at least 11 overnight shifts, a single certified operator was responsible for the facility."\n— Marisol Quintanilla, president of Local 517, in a Feb. 27 letter',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      [
        'On at least 11 overnight shifts, a single certified operator was responsible for the facility.',
        'person:marisol-quintanilla',
      ],
    ]);
  });

  it('does not let "he" after a woman\'s name in an aside make her a man ("Asked by chair Fiona Roe when he knew, he said")', () => {
    const extraction = extract(
      [
        'Headline',
        'Chief executive Alasdair Pennington-Moss appeared before the committee.',
        "Asked by committee chair Fiona Ogunleye when he first became aware of the allegations, he said: 'When the union's letter arrived in November.'",
        "'Your own people director received a grievance about this in July,' she said.",
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ["When the union's letter arrived in November.", 'person:alasdair-pennington-moss'],
      ['Your own people director received a grievance about this in July', 'person:fiona-ogunleye'],
    ]);
  });

  it('gives "A federal judge said" in the lede to the judge named further down, and does not take a verb after "after" as a tag', () => {
    const extraction = extract(
      [
        'Headline',
        'PORT TAMSIN — A federal judge said Wednesday she is considering "the full range of sanctions, up to and including default" against the city of Port Tamsin after internal emails showed its lawyers knew about the records.',
        'U.S. District Judge Rosalind Achebe-Whitford said the city had misled the court.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      [
        'the full range of sanctions, up to and including default',
        'person:rosalind-achebe-whitford',
      ],
    ]);
  });

  it('lets a pronoun that opens its sentence go on with the subject of the sentence before, not its object', () => {
    const extraction = extract(
      [
        'Headline',
        'Judge Harold Mbatha-Lowe heard the motion on Thursday.',
        'The union’s attorney, Patrick Quaid-Mensah, told the judge the board had “no authority” to release the materials. Outside the courtroom, he accused the board of “trying to win a public relations campaign.”',
      ].join('\n\n'),
    );
    expect(said(extraction).at(-1)).toEqual([
      'trying to win a public relations campaign.',
      'person:patrick-quaid-mensah',
    ]);
  });

  it('reads "the union\'s executive board wrote" as the union, not as a board', () => {
    const extraction = extract(
      [
        'Headline',
        'The Sable Point Firefighters Union voted on Monday.',
        'The union\'s executive board wrote that members had "lost all confidence in the chief."',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['lost all confidence in the chief.', 'org:sable-point-firefighters-union'],
    ]);
  });

  it('takes "Kestrel Ridge Resources" for a company, so "the company said" is it and not the union named since', () => {
    const extraction = extract(
      [
        'Headline',
        'Kestrel Ridge Resources (ASX: KRR) shares fell on Wednesday. The Allied Trades Union said workers would strike.',
        'In a statement to the exchange on Wednesday morning, the company said it had contingency plans in place and that "any industrial action is not expected to have a material impact".',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      [
        'any industrial action is not expected to have a material impact',
        'org:kestrel-ridge-resources',
      ],
    ]);
  });

  it('finds "her husband" and "her son" among the people who share her surname, and keeps "his sister, Lashonda Pruitt" to the name', () => {
    const extraction = extract(
      [
        'Headline',
        'Among those cut off were Gerald Whitecloud and his wife, Agnes Whitecloud, of Birchmoor Landing.',
        '“The power went off,” Agnes Whitecloud said in an interview.',
        "Her husband spent the night at a neighbour's house, where he was connected to a generator. “I'm 74 years old,” he said.",
        'Maria Ashby-Nwosu spoke first. Jerome Ashby-Nwosu was filmed.',
        'Her son, reached by phone Thursday evening, said only: “I want people to see it.”',
        'Darnell Pruitt died in February. Gloria Pruitt is his mother.',
        '“They keep saying ‘investigation,’ like it’s a place he went,” says his sister, Lashonda Pruitt.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['The power went off', 'person:agnes-whitecloud'],
      ["I'm 74 years old", 'person:gerald-whitecloud'],
      ['I want people to see it.', 'person:jerome-ashby-nwosu'],
      ['They keep saying ‘investigation,’ like it’s a place he went', 'person:lashonda-pruitt'],
    ]);
  });

  it('reads "Director of Operations" and a student\'s year ("Senior") as titles before a name, but not a first name after "Dean of Students"', () => {
    const extraction = extract(
      [
        'Headline',
        'Director of Operations Curtis Vanderhoek said the readings were "held for review".',
        '"My landlord sent everyone a text," Senior Aditi Venkataraman-Cole said.',
        'Dean of Students Margaret Osei-Fairbanks said the freeze was "a standard interim measure".',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['held for review', 'person:curtis-vanderhoek'],
      ['My landlord sent everyone a text', 'person:aditi-venkataraman-cole'],
      ['a standard interim measure', 'person:margaret-osei-fairbanks'],
    ]);
  });

  it('gives a paragraph of quotation after "Then he turned to the crowd." to him', () => {
    const extraction = extract(
      [
        'Headline',
        'Harlan Theroux, the executive director, spoke for ten minutes. "Every reading was reported," he said.',
        'Then he turned to the crowd.',
        '"I understand why people are frightened. I would be frightened too.',
        '"But fear is not evidence."',
      ].join('\n\n'),
    );
    expect(said(extraction).map(([, speaker]) => speaker)).toEqual([
      'person:harlan-theroux',
      'person:harlan-theroux',
      'person:harlan-theroux',
    ]);
  });

  it('gives the words after "Her words, not mine:" to the woman just named', () => {
    const extraction = extract(
      [
        'Headline',
        'Local 517 President Marisol Quintanilla signed it. Her words, not mine: "Our members are being asked to run a plant that serves 210,000 people."',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      [
        'Our members are being asked to run a plant that serves 210,000 people.',
        'person:marisol-quintanilla',
      ],
    ]);
  });

  it('makes the officer who "wrote" a letter the union sent its author for what the letter says next', () => {
    const extraction = extract(
      [
        'Headline',
        'In a three-page letter dated Feb. 27, Local 517 of the Amalgamated Water Workers said staffing at the plant had fallen.',
        '"Our members are being asked to run a plant on a skeleton crew," wrote Marisol Quintanilla, the local\'s president.',
        '"This is not a sustainable way to run a public water system," the letter says.',
      ].join('\n\n'),
    );
    expect(said(extraction).at(-1)).toEqual([
      'This is not a sustainable way to run a public water system',
      'person:marisol-quintanilla',
    ]);
  });

  it('gives the second quotation of "Pruitt called the plan "…" and wrote that he would "…"" to Pruitt', () => {
    const extraction = extract(
      [
        'Headline',
        'Captain Darnell Pruitt led the union.',
        'The next day, Pruitt called the merger plan “a power grab dressed up as efficiency” and wrote that he would “make sure the FOA hears about it before council does.”',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['a power grab dressed up as efficiency', 'person:darnell-pruitt'],
      ['make sure the FOA hears about it before council does.', 'person:darnell-pruitt'],
    ]);
  });

  it('finds the holder of a post written with a capital ("the Minister said"), not a person called Minister', () => {
    const extraction = extract(
      [
        'Headline',
        'The fisheries minister, Cuthbert Alexander, visited the beach on Thursday.',
        "'Government respects the right of any citizen to go to court,' the Minister said.",
        'A spokesman for the Minister said: "We are seeking clarification from the council."',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['Government respects the right of any citizen to go to court', 'person:cuthbert-alexander'],
      ['We are seeking clarification from the council.', null],
    ]);
  });
});

describe('extractDocument: footers, organisation names and posts written another way', () => {
  it('reads a paragraph with an inflected footer word ("donated by a stranger") as text, so the person it introduces is known', () => {
    const extraction = extract(
      [
        'Headline',
        'Clarence Odom, 58, lived in a tent donated by a stranger.',
        '“They took my medicine,” Odom says.',
        'Donate today to support local reporting.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([['They took my medicine', 'person:clarence-odom']]);
  });

  it('reads "the CEO" as the chief executive named before, written out or as capitals, not an organisation called CEO', () => {
    for (const post of ['chief executive', 'chief executive officer', 'CEO']) {
      const extraction = extract(
        [
          'Headline',
          `The memo was sent by the hospital’s ${post}, Phillip Haverford-Nkemelu, on Jan. 8.`,
          '"Patient care will continue uninterrupted," the CEO wrote.',
        ].join('\n\n'),
      );
      expect(said(extraction)).toEqual([
        ['Patient care will continue uninterrupted', 'person:phillip-haverford-nkemelu'],
      ]);
      expect(extraction.actors.map((actor) => actor.key)).toEqual([
        'person:phillip-haverford-nkemelu',
      ]);
    }
  });
  it('reads a firm named "… Management" as an organisation and "Harlow Builders" as "Harlow Builders Inc. of Tiffin"', () => {
    const extraction = extract(
      [
        'Headline',
        'The contractor, Harlow Builders Inc. of Tiffin, sued the district on Monday.',
        'The district’s owner’s representative, Oakmere Program Management, wrote in a notice that the contractor had "failed on at least 11 occasions to provide the minimum manpower" required.',
        '"We were never given a chance," Harlow Builders said in a statement.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      [
        'failed on at least 11 occasions to provide the minimum manpower',
        'org:oakmere-program-management',
      ],
      ['We were never given a chance', 'org:harlow-builders-inc-of-tiffin'],
    ]);
  });
  it('leaves a capitalised noun for people out of the name that follows it ("Parent Jasmine Okafor", "Twins Linh Tran and Bao Tran")', () => {
    const extraction = extract(
      [
        'Headline',
        'Parent Jasmine Okafor said the fee adds up. "It\'s $60 a week for two kids," she said.',
        'Twins Linh Tran and Bao Tran split their votes. Linh Tran called the wage “embarrassing for a university.”',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ["It's $60 a week for two kids", 'person:jasmine-okafor'],
      ['embarrassing for a university.', 'person:linh-tran'],
    ]);
  });
  it('does not read "his father" inside a quotation as a relative the story names, so the son named next keeps his quote', () => {
    const extraction = extract(
      [
        'Headline',
        'Donie Brosnan (61), who has fished out of Dunquarry since he was 15, was blunter still.',
        '‘It’ll finish us off,’ he said. ‘My father fished off that pier, and his father before him.’',
        'His son Ciarán Brosnan (34), who crews on the family’s trawler, said younger fishermen were talking about leaving. ‘I’ve two lads on the boat with mortgages,’ he said.',
      ].join('\n\n'),
    );
    expect(said(extraction).at(-1)).toEqual([
      'I’ve two lads on the boat with mortgages',
      'person:ciaran-brosnan',
    ]);
  });
  it('reads "the company\'s head of human resources, Grace Banda, said" as Grace Banda speaking', () => {
    const extraction = extract(
      [
        'Headline',
        '"Non-striking employees have been threatened," the company\'s head of human resources, Grace Banda, said in a sworn affidavit. "Management can no longer guarantee their safety."',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['Non-striking employees have been threatened', 'person:grace-banda'],
      ['Management can no longer guarantee their safety.', 'person:grace-banda'],
    ]);
    expect(extraction.actors[0]?.posts.map((post) => post.roleLabel)).toEqual(['head']);
  });
  it('tells "the younger Vermeulen" from "the elder" by the ages given or by who is whose son', () => {
    const bySon = extract(
      [
        'Headline',
        'Dale Vermeulen, who farms 900 acres north of Coburn, told the board he signed a lease.',
        'His son, Travis Vermeulen, spoke a few minutes later.',
        '"I came home from Ames to farm with Dad," the younger Vermeulen said.',
        '"It is our land," the elder Vermeulen said.',
      ].join('\n\n'),
    );
    expect(said(bySon).slice(-2)).toEqual([
      ['I came home from Ames to farm with Dad', 'person:travis-vermeulen'],
      ['It is our land', 'person:dale-vermeulen'],
    ]);
    const byAge = extract(
      [
        'Headline',
        'Kenji Otsuka, 44, moved back in 2019. Hiroko Otsuka, 71, has lived in the village all her life.',
        '"We were never asked," the elder Otsuka said.',
        '"They think we will get tired," the younger Otsuka said.',
      ].join('\n\n'),
    );
    expect(said(byAge)).toEqual([
      ['We were never asked', 'person:hiroko-otsuka'],
      ['They think we will get tired', 'person:kenji-otsuka'],
    ]);
  });
  it('gives "Pruitt said" to the councilwoman, not the nephew named in passing ("has a nephew, Kendrick Pruitt"), even after a sentence that ends on her name', () => {
    const extraction = extract(
      [
        'Headline',
        'Councilwoman Loretta Pruitt, who pushed for an audit, has a nephew, Kendrick Pruitt, who was cited three times.',
        '"For two years I was told I was being political," Pruitt said.',
        'Holloway denied that he encouraged the chief to target Pruitt. He said the message was taken out of context.',
        '"Maybe ask the chief. It was his phone," Pruitt shot back.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['For two years I was told I was being political', 'person:loretta-pruitt'],
      ['Maybe ask the chief. It was his phone', 'person:loretta-pruitt'],
    ]);
  });
  it('gives a company\'s release to the person it was "issued under the name of" or "attributed to", named after the excerpt', () => {
    for (const clause of [
      'was issued under the name of company president Karl Osterhaus',
      'was attributed to company president Karl Osterhaus',
    ]) {
      const extraction = extract(
        [
          'Headline',
          'Osterhaus & Sons responded in a news release June 13:',
          '"Reinforcing steel prices rose 38% between bid opening and delivery."',
          `The release ${clause}. His brother, Dieter Osterhaus, said in an interview that 14 workers are on the site.`,
        ].join('\n\n'),
      );
      expect(said(extraction)[0]).toEqual([
        'Reinforcing steel prices rose 38% between bid opening and delivery.',
        'person:karl-osterhaus',
      ]);
    }
  });
  it('leaves "she said" unnamed after "During public comment, a cook at Hargrove Commons who asked not to be named …"', () => {
    const extraction = extract(
      [
        'Headline',
        'SGA President Jordan Whitlock-Baines said he had met twice with Harold Pettigrew about dining.',
        'During public comment, a cook at Hargrove Commons who asked not to be named because she feared losing her job told senators she works a second job.',
        '“I’ve been here nine years,” she said.',
      ].join('\n\n'),
    );
    expect(said(extraction).at(-1)).toEqual(['I’ve been here nine years', null]);
    expect(extraction.actors.map((actor) => actor.key)).not.toContain('person:hargrove-commons');
  });
  it('reads honorifics and posts of West African, South and Southeast Asian papers as no part of the name', () => {
    const extraction = extract(
      [
        'Headline',
        'Alhaji Musa Danjuma Bello, who chairs the residents’ association, said: "Nobody has come to see us."',
        '"We won\'t move to a market without roofs," said Madam Comfort Adjoa Mensah, the market queen.',
        '"We will talk to both sides," Pol Col Anuwat Chaisiri said.',
        'Vice-Chancellor Senior Professor W. M. Chandrasiri Bandara met the students. "The inquiry is being conducted according to the by-laws," the VC said.',
        'In a letter dated May 30, the VC said that "the University will not negotiate under duress".',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['Nobody has come to see us.', 'person:musa-danjuma-bello'],
      ["We won't move to a market without roofs", 'person:comfort-adjoa-mensah'],
      ['We will talk to both sides', 'person:anuwat-chaisiri'],
      ['The inquiry is being conducted according to the by-laws', 'person:w-m-chandrasiri-bandara'],
      ['the University will not negotiate under duress', 'person:w-m-chandrasiri-bandara'],
    ]);
  });
  it('transliterates letters with no accent to strip (ł, ı, ş) in the keys of people and organisations', () => {
    const extraction = extract(
      [
        'Headline',
        '"We are not leaving," said Grzegorz Łapiński, who leads the miners.',
        '"Every report says the same thing," Mayor Şükrü Yıldırımoğlu told the council of Çamlıtepe Solidarity Association members.',
      ].join('\n\n'),
    );
    expect(said(extraction).map(([, speaker]) => speaker)).toEqual([
      'person:grzegorz-lapinski',
      'person:sukru-yildirimoglu',
    ]);
  });
  it('reads company and association names of other countries (JSC, Plc, Forum, Sangha) as organisations', () => {
    const extraction = extract(
      [
        'Headline',
        'Hoang Phat Real Estate JSC said it had "fully complied with legal regulations".',
        'The Apparel Exporters Forum urged workers to "refrain from vandalism".',
        '"We will not go back," said the Nagara Pourakarmikara Sangha in a statement.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['fully complied with legal regulations', 'org:hoang-phat-real-estate-jsc'],
      ['refrain from vandalism', 'org:apparel-exporters-forum'],
      ['We will not go back', 'org:nagara-pourakarmikara-sangha'],
    ]);
  });
  it('reads French, Spanish and Portuguese names of bodies whole ("Fédération des Ouvriers Portuaires de l\'Estuaire (FOPE)")', () => {
    const extraction = extract(
      [
        'Headline',
        "Members of the Fédération des Ouvriers Portuaires de l'Estuaire (FOPE) blocked the port.",
        '"Nos retraites ne sont pas à vendre," the FOPE said.',
        'The Sindicato dos Trabalhadores da Mineração said the dam was "a time bomb".',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['Nos retraites ne sont pas à vendre', 'org:federation-des-ouvriers-portuaires-de-lestuaire'],
      ['a time bomb', 'org:sindicato-dos-trabalhadores-da-mineracao'],
    ]);
  });
  it('does not take "Band A" at the start of a quotation for the person who says "He said, …"', () => {
    const extraction = extract(
      [
        'Headline',
        'The chairman of the association, Alhaji Musa Danjuma Bello, told our correspondent that the community was moved from Band C to Band A in September.',
        'He said, “Band A means 20 hours of light a day. We have not had light for two hours.”',
      ].join('\n\n'),
    );
    expect(said(extraction).at(-1)?.[1]).toBe('person:musa-danjuma-bello');
    expect(extraction.actors.map((actor) => actor.key)).not.toContain('person:band-a');
  });
  it('gives "Ochoa said" to the mayor with the double surname introduced so far, not to an Ochoa named later', () => {
    const extraction = extract(
      [
        'Headline',
        'Drivers demanded that Mayor María Fernanda Ochoa Restrepo revoke the decree.',
        '"The decree stays," Ochoa said in a radio interview.',
        'Luz Dary Ochoa, 58, who sells arepas and is not related to the mayor, supports the measure.',
        '"I want the decree," Luz Dary Ochoa said.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['The decree stays', 'person:maria-fernanda-ochoa-restrepo'],
      ['I want the decree', 'person:luz-dary-ochoa'],
    ]);
  });
  it('reads a surname that is also an everyday word ("…," Oh wrote) as the person named before, but never a pronoun or weekday', () => {
    const extraction = extract(
      [
        'Headline',
        'Mayor Oh Jae-kyung apologized on social media on Tuesday.',
        '"A strike that hurts students cannot last long," Oh wrote, adding that he would meet both sides.',
        'A statement from Meridale Health released Monday said the system "is committed to keeping care available."',
        'The mayor posted again. “No one wins this way.” She added: “Talk.”',
      ].join('\n\n'),
    );
    expect(said(extraction).slice(0, 2)).toEqual([
      ['A strike that hurts students cannot last long', 'person:oh-jae-kyung'],
      ['is committed to keeping care available.', 'org:meridale-health'],
    ]);
    expect(extraction.actors.map((actor) => actor.key)).not.toContain('person:she');
  });
  it('finds "the ministry" in "Ministry of Land and Water Resources", ends a name before "on Tuesday.", reads "the union" as "United Nurses of …", and a quoted form name after a number as a label', () => {
    const extraction = extract(
      [
        'Headline',
        'Farmers rallied outside the Ministry of Land and Water Resources, demanding a reversal.',
        'The ministry said the letter was "a routine technical consultation".',
        'The United Nurses of Ainsworth met managers of Ainsworth Memorial Hospital on Tuesday.',
        'The union says nurses filed 1,312 "assignment despite objection" forms last year.',
        '"Your door\'s been open for two years," the union replied.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['a routine technical consultation', 'org:ministry-of-land-and-water-resources'],
      ["Your door's been open for two years", 'org:united-nurses-of-ainsworth'],
    ]);
    expect(extraction.actors.map((actor) => actor.key)).toContain(
      'org:ainsworth-memorial-hospital',
    );
  });
  it('reads "the Sangha", "the Assembly" and "the municipality" as the body named before', () => {
    const extraction = extract(
      [
        'Headline',
        'The Rajapuram Nagara Pourakarmikara Sangha called the strike on Monday.',
        'In a statement issued here on Tuesday night, the Sangha said: “The Corporation has chosen to negotiate through the media.”',
        'Traders marched to the Nkwantabisa Municipal Assembly and the Nakhon Thepburi Municipality.',
        'The Assembly said "all traders who fail to relocate will have their goods confiscated".',
        'In a Facebook post, the municipality said: "The relocation is for the benefit of the entire community."',
      ].join('\n\n'),
    );
    expect(said(extraction).map(([, speaker]) => speaker)).toEqual([
      'org:rajapuram-nagara-pourakarmikara-sangha',
      'org:nkwantabisa-municipal-assembly',
      'org:nakhon-thepburi-municipality',
    ]);
  });
  it('reads "Kita-Echigo" as "Kita-Echigo Railway Co.", a company\'s name less its trade word and legal ending', () => {
    const extraction = extract(
      [
        'Headline',
        'Towns rejected a plan by operator Kita-Echigo Railway Co. to abolish the line.',
        'Kita-Echigo, which lost 1.8 billion yen on the line, proposed buses instead.',
        'In an emailed response, Kita-Echigo said the bus plan would "guarantee a more frequent service".',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['guarantee a more frequent service', 'org:kita-echigo-railway-co'],
    ]);
  });
  it('keeps a place named alone ("Tarrow Mayor …") apart from the one body whose name it opens ("Tarrow Police")', () => {
    const extraction = extract(
      [
        'Headline',
        'Tarrow Mayor Dana Okafor spoke after the Tarrow Police cleared the camp.',
        '"We will not be intimidated," Okafor said.',
      ].join('\n\n'),
    );
    expect(extraction.actors.map((actor) => actor.key)).toContain('org:tarrow');
  });
  it('leaves unnamed "The second … worker" and "A travel nurse who has worked at St. Adalbert …" unnamed', () => {
    const extraction = extract(
      [
        'Headline',
        'Gwendolyn Farrow-Ababio, a charge nurse, described the shifts. Itzel Huerta-Banda leads the outreach team.',
        'The second outreach worker put it more bluntly. “It was a sweep with a clipboard,” she says.',
        'A travel nurse who has worked at St. Adalbert since November, and who asked not to be named, says she has seen the same thing. "I\'ve worked at nine hospitals," she says.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['It was a sweep with a clipboard', null],
      ["I've worked at nine hospitals", null],
    ]);
  });
  it('reads a hyphen on the line after a pull quote as its signature, but not the next item of a list', () => {
    const extraction = extract(
      [
        'Headline',
        'Diane Okimoto-Reyes, a hospital spokeswoman, disputes the figures.',
        '"You stop being a nurse and start being a traffic cop."\n- Rosa Quintero-Lind, RN, 5 West',
        'The records include:\n- A text from the chief of staff, Ingrid Solberg: "Stay out of it unless someone\'s life is at risk."\n- Luis Echevarría\'s email to sergeants.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['You stop being a nurse and start being a traffic cop.', 'person:rosa-quintero-lind'],
      ["Stay out of it unless someone's life is at risk.", 'person:ingrid-solberg'],
    ]);
  });
  it('gives a reaction piece\'s "Org role Name:" and "Title Name, in a written statement:" labels to the person', () => {
    const extraction = extract(
      [
        'Headline',
        'Maritime Workers Union of Aotearoa national secretary Losa Faleolo: “It’s a gut punch.”',
        'Te Rūnanga o Ngāti Hinewai chair Hēmi Tūwhare-Rangi: “We expected to be consulted, not informed.”',
        'Minister for Ports and Regional Development Olivia Kingi-Marsh, in a written statement: “Decisions are a matter for the board.”',
      ].join('\n\n'),
    );
    expect(said(extraction).map(([, speaker]) => speaker)).toEqual([
      'person:losa-faleolo',
      'person:hemi-tuwhare-rangi',
      'person:olivia-kingi-marsh',
    ]);
  });
  it('reads "the Hartmoor and Vale NHS Foundation Trust." whole when its last word ends the sentence', () => {
    const extraction = extract(
      [
        'Headline',
        'The paper was prepared for the board of the Hartmoor and Vale NHS Foundation Trust. It describes the rota as ‘unsustainable beyond the summer’.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['unsustainable beyond the summer', 'org:hartmoor-and-vale-nhs-foundation-trust'],
    ]);
  });
  it('reads the nickname an article declares ("Everyone calls her Bron", "… calls him Pastor Iggy") as the person named in full before it', () => {
    const extraction = extract(
      [
        'Headline',
        'A retired schoolteacher named Roz Okafor decided the city would have to go through her.',
        'Rosalind Okafor is 71. Bronwyn Kettering, her friend, walks past a Hills Hoist. Everybody in Ferncliff calls her Roz.',
        '"You can\'t do that," Roz told the mayor.',
        'The Rev. Ignatius Mwangi-Holloway does not like to be called Reverend. Everyone at Grace Tabernacle calls him Pastor Iggy.',
        "“I'm not naive,” Pastor Iggy says.",
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ["You can't do that", 'person:rosalind-okafor'],
      ["I'm not naive", 'person:ignatius-mwangi-holloway'],
    ]);
    expect(extraction.actors.map((actor) => actor.key)).not.toContain('person:roz-okafor');
  });
  it('gives a paragraph that is only a quotation to the one person a short paragraph above opens with', () => {
    const extraction = extract(
      [
        'Headline',
        'Vance-Moody, who left the city in December, agreed to talk for this story. Cordelia Vance-Moody now runs a parks department elsewhere.',
        '"Marcus is right that we were underpaying. He\'s wrong that nobody listened."',
        'Hye-jin Albright had started the Kessler Porpoises, a free youth swim team, in 2017.',
        '"I found out from a parent, who found out from a Facebook post."',
        'Many parents, and Marcus Oyelaran of the union, blamed the city. Cordelia Vance-Moody did not.',
        '"Nobody called us back."',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      [
        "Marcus is right that we were underpaying. He's wrong that nobody listened.",
        'person:cordelia-vance-moody',
      ],
      ['I found out from a parent, who found out from a Facebook post.', 'person:hye-jin-albright'],
      ['Nobody called us back.', null],
    ]);
  });
  it('reads "Clerk of Courts" as a title, "… Inspectorate" as a body, "the advisory reads" as a document, and a medium word inside a name as no document', () => {
    const extraction = extract(
      [
        'Headline',
        'Clerk of Courts Deborah Villanueva-Stroud disputes the audit. “The money is not missing,” she said.',
        'The report by the National Care Inspectorate found the centre “not compliant”.',
        'The Northshore District Health Unit issued an advisory on Monday. “Measles is highly contagious,” the advisory reads.',
        'The report, prepared by Halvorsen Advisory Group, said small departments "may be reconfigured".',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['The money is not missing', 'person:deborah-villanueva-stroud'],
      ['not compliant', 'org:national-care-inspectorate'],
      ['Measles is highly contagious', 'org:northshore-district-health-unit'],
      ['may be reconfigured', 'org:halvorsen-advisory-group'],
    ]);
  });
  it('reads the author of "a statement attributed to …", "Dated June 4 and signed by …, it warns", a name ending "Ltd." and an unnamed parent who "puts it" so', () => {
    const extraction = extract(
      [
        'Headline',
        'The county released a statement on Friday. It closed with a statement attributed to Sheriff Wendell Pruitt. "Any loss of life in our custody is taken seriously," the statement said.',
        'The union shared one of its letters with the paper. Dated June 4 and signed by Réjean Ouellet, it warns that "the staffing model leaves the plant without an operator".',
        'Ardnagréine House is operated by Ardnagréine Care Ltd. In a response published with the report, the provider said it had “taken immediate action” on fire safety.',
        'Another parent, who asked not to be named because her husband works for the district, puts it more bluntly: "It was theater."',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['Any loss of life in our custody is taken seriously', 'person:wendell-pruitt'],
      ['the staffing model leaves the plant without an operator', 'person:rejean-ouellet'],
      ['taken immediate action', 'org:ardnagreine-care-ltd'],
      ['It was theater.', null],
    ]);
  });
  it('reads "Tel Duggan" as "Terry Duggan": a short given name that opens like the longer one of the one namesake', () => {
    const extraction = extract(
      [
        'Headline',
        'Terry Duggan has sold fruit from the same stall for 41 years.',
        "Tel Duggan, told about this later, is unimpressed. 'What chance has she got with me?' he says.",
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([['What chance has she got with me?', 'person:terry-duggan']]);
    expect(extraction.actors.map((actor) => actor.key)).not.toContain('person:tel-duggan');
  });
  it("gives a headline's quotation to the name the headline says said it, and leaves a described body to the body text", () => {
    const extraction = extract(
      [
        "Police say officers were 'assaulted' during park clearing; union warns of 'chaos'",
        'The Westbrook Regional Police said two officers were hurt. The Westbrook Police Association, a union, has not commented.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([['assaulted', 'org:westbrook-regional-police']]);
  });
  it("takes neither a dateline's place in capitals for the outlet nor a body whose name opens with that place for the press", () => {
    const extraction = extract(
      [
        'Pourakarmikas’ strike enters third day',
        'K. Lakshmi Narayanan\nRAJAPURAM\nUpdated - March 12, 2025 10:42 pm IST',
        'The Rajapuram Nagara Pourakarmikara Sangha is demanding regularisation.',
        'In a statement issued here on Tuesday night, the Sangha said: “The Corporation has chosen to negotiate through the media.”',
      ].join('\n\n'),
    );
    expect(extraction.metadata.outlet).toBeUndefined();
    expect(said(extraction)).toEqual([
      [
        'The Corporation has chosen to negotiate through the media.',
        'org:rajapuram-nagara-pourakarmikara-sangha',
      ],
    ]);
  });
  it('does not take a body whose name opens with the outlet\'s name ("Clarion Housing Association" in The Clarion) for the press', () => {
    const extraction = extractDocument(
      parseDocument(
        't.txt',
        [
          '---\noutlet: The Clarion\n---\nTenants win a reprieve',
          'The Clarion Housing Association owns the block.',
          'In a statement issued on Tuesday night, the Association said: “We will appeal the ruling.”',
        ].join('\n\n'),
      ),
    );
    expect(said(extraction)).toEqual([
      ['We will appeal the ruling.', 'org:clarion-housing-association'],
    ]);
  });
  it('gives words an agency or paper "quoted X as saying" to X, before the quotation or after it', () => {
    const extraction = extract(
      [
        'Headline',
        'Energy and Water Minister Karim Bou Saab backed the municipality. The state-run National Information Agency quoted him as saying that the tariff "is calculated on the real cost of diesel."',
        '"Nobody will be allowed to hold citizens hostage," the agency quoted the minister as saying.',
        'The weekly Ekonomický týdeník quoted Industry Minister Kateřina Holubová as saying: "I can call the owner and I will."',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['is calculated on the real cost of diesel.', 'person:karim-bou-saab'],
      ['Nobody will be allowed to hold citizens hostage', 'person:karim-bou-saab'],
      ['I can call the owner and I will.', 'person:katerina-holubova'],
    ]);
  });
  it('reads Sr., Sra., Ato, Datuk Seri, Prefeito and Minister-President as no part of a name, and "the Chief Secretary said" as its holder', () => {
    const extraction = extract(
      [
        'Headline',
        '"I will not be the one who lets it dry up," said Sr. Efraín Tovar Ruiz.',
        '"We are asking for money that was promised," said Ato Dawit Tesfaye, president of the association.',
        'State councillor Datuk Seri Ahmad Zaki Hamdan ordered an audit. "I will not approve any expansion," Ahmad Zaki told reporters.',
        'Prefeito Ricardo Albuquerque Montenegro defends the increase. "There is no third option," Montenegro says.',
        'Minister-President Gerlinde Aust told reporters: "This is a matter for the city."',
        'Chief Secretary Leung Tsz-hin visited the site. ‘We understand the villagers’ feelings,’ the Chief Secretary said.',
      ].join('\n\n'),
    );
    expect(said(extraction).map(([, speaker]) => speaker)).toEqual([
      'person:efrain-tovar-ruiz',
      'person:dawit-tesfaye',
      'person:ahmad-zaki-hamdan',
      'person:ricardo-albuquerque-montenegro',
      'person:gerlinde-aust',
      'person:leung-tsz-hin',
    ]);
  });
  it('reads a name of four words and a particle ("Ana Luíza Ferreira dos Santos") as one person', () => {
    const extraction = extract(
      [
        'Headline',
        '"Five reais and sixty is a day\'s lunch for a student," says Ana Luíza Ferreira dos Santos, 21, a law student.',
        'Ferreira says the group will keep marching "every Tuesday until the decree is revoked."',
      ].join('\n\n'),
    );
    expect(said(extraction).map(([, speaker]) => speaker)).toEqual([
      'person:ana-luiza-ferreira-dos-santos',
      'person:ana-luiza-ferreira-dos-santos',
    ]);
  });
});

describe('extractDocument: stories other outlets broke, and opening phrases', () => {
  it('gives the words in what an outlet "reported that X had …" to X, not to the outlet', () => {
    const extraction = extract(
      [
        'Aide quits over texts',
        'Tomas Vandermeer, who had run the office since January, resigned Thursday.',
        'The Harbor Ledger first reported Wednesday that Vandermeer had texted a lobbyist in March calling union president Odile Marchetti "a clown with a pension" and writing, "We wait her out."',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['a clown with a pension', 'person:tomas-vandermeer'],
      ['We wait her out.', 'person:tomas-vandermeer'],
    ]);
  });
  it('reads the name after an opening "In an interview with" as its object, not the sentence\'s subject', () => {
    const extraction = extract(
      [
        'Aide quits over texts',
        'Tomas Vandermeer, who had run the office since January, resigned Thursday.',
        'In an interview with Statehouse Signal published Thursday morning, hours before he resigned, Vandermeer said the messages had been "stripped of context."',
        '"It was a private conversation with a friend," he told the outlet.',
      ].join('\n\n'),
    );
    expect(said(extraction).map(([, speaker]) => speaker)).toEqual([
      'person:tomas-vandermeer',
      'person:tomas-vandermeer',
    ]);
  });
  it('gives an audit\'s words to the office that wrote it, through "the auditors wrote", a finding and its letterhead', () => {
    const extraction = extract(
      [
        'Audit flags bond money at county clerk',
        'The report by the Office of the Provincial Examiner covers fiscal years 2023 and 2024.',
        '"The office did not reconcile its bank accounts for 17 of 24 months," the auditors wrote.',
        'Clerk Odalys Brennan-Tefera disputes that. In a written response included at the back of the audit, she blamed a software conversion.',
        'Brennan-Tefera said she had asked for more time to finish her own reconciliation before the report was released.',
        'That finding, one of nine in the report, says two supervisors "voided or reversed 311 receipt transactions after the close of business."',
        'A separate memo, dated Nov. 4, is on Harrow Valley Water Board letterhead and is unsigned. "Messaging should emphasise modernisation," the memo reads.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      [
        'The office did not reconcile its bank accounts for 17 of 24 months',
        'org:office-of-the-provincial-examiner',
      ],
      [
        'voided or reversed 311 receipt transactions after the close of business.',
        'org:office-of-the-provincial-examiner',
      ],
      ['Messaging should emphasise modernisation', 'org:harrow-valley-water-board'],
    ]);
  });
  it('keeps the Arabic article inside a name ("Deir al-Marj Municipality", "Samir al-Hashimi") and reads "Al-Hashimi" opening a sentence as the same man', () => {
    const extraction = extract(
      [
        'Generator owners cut power',
        'In a statement issued Sunday, the Kfar al-Tawil Municipality said it had asked the governor to "take the necessary measures."',
        '"We will not pay twice," said Samir al-Hashimi, a shopkeeper.',
        'Al-Hashimi said the new tariff was "robbery."',
        'Police kept the crews apart. No demolition took place, but the municipality said work would resume "within days."',
      ].join('\n\n'),
    );
    expect(said(extraction).map(([, speaker]) => speaker)).toEqual([
      'org:kfar-al-tawil-municipality',
      'person:samir-al-hashimi',
      'person:samir-al-hashimi',
      'org:kfar-al-tawil-municipality',
    ]);
  });
  it('reads "Mother-of-three" as no part of a name, "the judge" as the Justice named before, "the ombudsperson" as its holder, and "Lower Harwick" or "Pinecroft Residential" as no one', () => {
    const extraction = extract(
      [
        'Headline',
        'Mother-of-three Shauna Wattleby, who organised a petition, called the decision "a kick in the guts."',
        '"Where are they supposed to learn to swim?" Ms Wattleby said.',
        'Mr Justice Rowan Kellbrook found that the consultation had been "fundamentally flawed."',
        '"It is a choice presented as a question," the judge said in his written ruling.',
        'Ombudsperson Hélène Vachon-Dubé released her report on Monday.',
        '"Asking for staff is not fixing the problem," the ombudsperson said.',
        'Candidate Brendan Okoro spoke at a forum at the Lower Harwick branch library. He said the incumbent had had "six years to fix a road."',
        'Pinecroft Residential said in a statement that it "has never sought special treatment."',
      ].join('\n\n'),
    );
    expect(said(extraction).map(([, speaker]) => speaker)).toEqual([
      'person:shauna-wattleby',
      'person:shauna-wattleby',
      'person:rowan-kellbrook',
      'person:rowan-kellbrook',
      'person:helene-vachon-dube',
      'person:brendan-okoro',
      'org:pinecroft-residential',
    ]);
  });
  it('reads an opening dateline as a place, "Green MLA Tom Fairley" as a titled name, and "…", a remark Ms Roe described as "…" as two speakers', () => {
    const extraction = extract(
      [
        'Headline',
        'ORMSBY FALLS — Attorney General Nkemdi Ballantyne-Rowe on Tuesday asked a judge to order County Clerk Wade Lindgard to certify the results, calling his refusal "a one-man veto of 41,000 voters."',
        'Green MLA Tom Fairley said it was "a farce."',
        'Shire president Lyle Penderford urged both parties to “sit down and sort this out”, a remark Ms Narrawa-Kelsey described as “the same thing they always say”.',
      ].join('\n\n'),
    );
    expect(said(extraction).map(([, speaker]) => speaker)).toEqual([
      'person:nkemdi-ballantyne-rowe',
      'person:tom-fairley',
      'person:lyle-penderford',
      'person:narrawa-kelsey',
    ]);
  });
  it('gives a sign to the one holding or nailing it up, a settlement "signed for the city by" to its signer, and a quotation after "she pauses." to her', () => {
    const extraction = extract(
      [
        'Headline',
        'The lead plaintiff, retired bus driver Clement Osterby, 68, was cited twice in September while holding a sign reading "Rent Is Not a Luxury" on the sidewalk.',
        'Farmer Ernesto Valcarcel is angry. A hand-lettered sign he nailed to the headgate post last week reads, "DISTRICT: FIX YOUR FLUME."',
        'The settlement agreement, signed for the city by City Attorney Roslyn Mabuza-Grey, says the payment “does not constitute an admission of liability.”',
        'Lt. Amara Diallo-Finch, a spokesperson for the sheriff, says the money goes into a fund.',
        'Asked whether that means families are paying, she pauses. "That is a policy question for the commission."',
      ].join('\n\n'),
    );
    expect(said(extraction).map(([, speaker]) => speaker)).toEqual([
      'person:clement-osterby',
      'person:ernesto-valcarcel',
      'person:roslyn-mabuza-grey',
      'person:amara-diallo-finch',
    ]);
  });
  it('reads "X announced the lawsuit …, flanked by Y" as X\'s lawsuit, not Y\'s', () => {
    const extraction = extract(
      [
        'Headline',
        'Attorney General Nkemdi Ballantyne-Rowe announced the lawsuit at a news conference, flanked by Secretary of State Marisol Quintana-Banks.',
        'The lawsuit says the clerk "has no discretion under state law."',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['has no discretion under state law.', 'person:nkemdi-ballantyne-rowe'],
    ]);
  });
  it('finds a document\'s writer past an aside: "The memo, attached to the lawsuit as an exhibit, says", "the brief, which Roe signed alone,", "confirmed … in a letter"', () => {
    const extraction = extract(
      [
        'Headline',
        'The audit began under a memo from Undersheriff Paul Kesselring directing supervisors to review "no fewer than three randomly selected recordings per deputy per quarter." The memo, attached to the lawsuit as an exhibit, says the selections would be made "by software, without supervisor input."',
        'The judge noted that the firm\'s reply brief, which Alistair Munroe-Achebe signed alone, described one decision as "well-established authority in this circuit."',
        'The regional director, Dr Felicity Kwan-Marchant, confirmed the closure in a letter to staff on Thursday.',
        '"This is not a decision we have made lightly," the letter says.',
      ].join('\n\n'),
    );
    expect(said(extraction).map(([, speaker]) => speaker)).toEqual([
      'person:paul-kesselring',
      'person:paul-kesselring',
      'person:alistair-munroe-achebe',
      'person:felicity-kwan-marchant',
    ]);
  });
  it('keeps the speaker of a second predicate whose reported clause opens with a pronoun or follows "by …"', () => {
    const extraction = extract(
      [
        'Headline',
        'Senator Marc Trembley denied it. In a statement released by his office, the senator called the complaint “baseless, recycled and timed for the session” and said he had “never asked anyone to delete anything, ever.”',
        'The Growers for Responsible Water Policy sent out a press release calling the measure a "poison pill for rural jobs" and warning that it "would hand water policy to whoever can afford the best lawyers."',
        'The letter, signed by union president Doreen Matsuoka-Klein, says employees have been “harassed, followed to their vehicles and photographed” by protesters and calls the city’s refusal to help “an abdication of the most basic duty of local government.”',
      ].join('\n\n'),
    );
    expect(said(extraction).map(([, speaker]) => speaker)).toEqual([
      'person:marc-trembley',
      'person:marc-trembley',
      'org:growers-for-responsible-water-policy',
      'org:growers-for-responsible-water-policy',
      'person:doreen-matsuoka-klein',
      'person:doreen-matsuoka-klein',
    ]);
  });
  it('gives "in a 27-page order" to the judge before the aside, and "A spokeswoman for the firm, Ilse Roe, said in a statement" to her', () => {
    const extraction = extract(
      [
        'Headline',
        'U.S. Magistrate Judge Teodora Vukovar, in a 27-page order issued Monday, said the conduct "went well past carelessness."',
        'The order says counsel "doubled down, filing a reply that blamed opposing counsel."',
        'A spokeswoman for Brennick Stowe, Ilse Marchmont, said in a statement that the firm "deeply regrets" the errors.',
        '"We have apologized to the Court and to opposing counsel, and we will comply fully with the order," the statement said.',
      ].join('\n\n'),
    );
    expect(said(extraction).map(([, speaker]) => speaker)).toEqual([
      'person:teodora-vukovar',
      'person:teodora-vukovar',
      'person:ilse-marchmont',
      'person:ilse-marchmont',
    ]);
  });
  it('reads a post over a portfolio ("Minister of State for Employment", "Chief Secretary for Administration") as the title before a name', () => {
    const extraction = extract(
      [
        'Headline',
        "Minister of State for Employment Eoghan Tiernan said he had been 'in contact with both sides' over the weekend.",
        "Asked whether he would appoint a chairperson, the Minister said it was 'too early to say anything at all'.",
        "Chief Secretary for Administration Eric Chau told reporters: 'We understand the villagers' feelings.'",
      ].join('\n\n'),
    );
    expect(said(extraction).map(([, speaker]) => speaker)).toEqual([
      'person:eoghan-tiernan',
      'person:eoghan-tiernan',
      'person:eric-chau',
    ]);
  });
  it('names the speaker who "gave her name only as Lupe", and reads "Vandermeulen" as the short form of "Vandermeulen Pork Processing"', () => {
    const extraction = extract(
      [
        'Headline',
        'A woman who gave her name only as Lupita, and who said she had been on a waiting list for three years, said: "They keep saying services. What services?"',
        'Vandermeulen Pork Processing employs 2,000 people. Asked about the grievances, Vandermeulen said in a written response that it “meets regularly with union leadership.”',
      ].join('\n\n'),
    );
    expect(said(extraction).map(([, speaker]) => speaker)).toEqual([
      'person:lupita',
      'org:vandermeulen-pork-processing',
    ]);
  });
  it('keeps "the council\'s Liberal group, Fiona Drummond" a person, "Chief Bhattacharya" the chief, a named spokesperson for Mr. X the speaker, and a quotation before "while Roe told" with its lead', () => {
    const extraction = extract(
      [
        'Headline',
        "The leader of the council's Liberal group, Fiona Drummelly, said the email raised serious questions.",
        '"Either the leader knew about the contractor or she did not know at all," Ms Drummelly said.',
        'The vote came hours after an e-mail from Police Chief Anil Bhattacharjee to all councillors was leaked. In it, the chief warned of longer waits.',
        '"I want to be candid with council about the operational consequences," Chief Bhattacharjee wrote.',
        'Asked about the memo, Jonah Whitefeather, a spokesperson for Mr. Beaulieu-Tranh, said in an e-mail that the government does not comment on advice to cabinet, but added: "The minister has always been clear-eyed about the trade-offs."',
        'The general secretary of the teachers union, Amira Haddad-Yung, said her union would "stand shoulder to shoulder" with heads, while Szymanowski told reporters the unions would meet.',
      ].join('\n\n'),
    );
    expect(said(extraction).map(([, speaker]) => speaker)).toEqual([
      'person:fiona-drummelly',
      'person:anil-bhattacharjee',
      'person:jonah-whitefeather',
      'person:amira-haddad-yung',
    ]);
  });
  it('reads "the city said" as the city whose name qualifies its police and council ("Fenwold police", "Fenwold Police Chief")', () => {
    const extraction = extract(
      [
        'Fenwold clears riverside camp',
        'City crews and Fenwold police cleared the encampment early Tuesday.',
        'Fenwold Police Chief Marguerite Osei declined an interview.',
        'In a news release Tuesday afternoon, the city said outreach teams had contacted 38 people and “offered every individual a shelter placement or other appropriate service.”',
      ].join('\n\n'),
    );
    expect(said(extraction).map(([, speaker]) => speaker)).toEqual(['org:city-of-fenwold']);
  });
  it('gives a text message someone "received from" another, quoted after a colon, to its sender', () => {
    const extraction = extract(
      [
        'Headline',
        'Yesenia Barranco, a cashier, says she worked unpaid hours.',
        'Barranco showed the Ledger a text message she received from her store manager, Luis Ortega-Pintor, at 10:04 p.m. on a Saturday: “clock out now, finish mop after. dont want OT on the report”',
      ].join('\n\n'),
    );
    expect(said(extraction).map(([, speaker]) => speaker)).toEqual(['person:luis-ortega-pintor']);
  });
  it('does not read "the deputy chief" or "the shadow health secretary" as the chief or the secretary named before', () => {
    const extraction = extract(
      [
        'Headline',
        'Police Chief Anita Ruvalcado said the department "follows the law in every case we handle."',
        'A Calder Bend deputy police chief agreed, and the deputy chief wrote that the officers would "stage on Foundry, not at your gate."',
      ].join('\n\n'),
    );
    expect(said(extraction).map(([, speaker]) => speaker)).toEqual([
      'person:anita-ruvalcado',
      null,
    ]);
  });
  it('gives a quotation-only paragraph to the memo the paragraph before introduced ("… sent a memo to all franchisees. The Ledger reviewed a copy.")', () => {
    const extraction = extract(
      [
        'Headline',
        'Last week, chief operating officer Beatriz Salgado-Whitley sent a memo to all franchisees in the region. The Ledger reviewed a copy.',
        '“Recent media coverage has raised questions about timekeeping practices in a small number of franchised restaurants.”',
        'A lasher who did not want to be named says the message went down badly on the wharf.',
        '"It is the first text he has ever sent us. And it is to tell us not to strike."',
      ].join('\n\n'),
    );
    expect(said(extraction).map(([, speaker]) => speaker)).toEqual([
      'person:beatriz-salgado-whitley',
      null,
    ]);
  });
  it('reads campaign door hangers, mailers and flyers as documents their owner speaks through', () => {
    const extraction = extract(
      [
        'Headline',
        'Candidate Brendan Okorie is not running from the message. His own door hanger calls the district\'s streets "a disgrace, and a danger to every family."',
      ].join('\n\n'),
    );
    expect(said(extraction).map(([, speaker]) => speaker)).toEqual(['person:brendan-okorie']);
  });
  it('does not read a family name qualifying "home" as the subject ("found the road near the Okafor-Lind home "…"")', () => {
    const extraction = extract(
      [
        'Headline',
        'Parent Renata Okafor-Linde says the road is dangerous.',
        'A district spokesperson said in an email Tuesday that staff had already reviewed the stretch of Route 14 near the Okafor-Linde home and found it "within acceptable parameters," but would look at it again.',
      ].join('\n\n'),
    );
    expect(said(extraction).map(([, speaker]) => speaker)).toEqual([null]);
  });
  it('gives words after a colon to the message named just before it, sent by the subject after an opening "In January, when …," clause', () => {
    const extraction = extract(
      [
        'Headline',
        'Maria Navarrete says her son Elias Navarrete has been in jail since March.',
        'In January, when she fell behind on her electric bill, he sent her a message through the jail\'s tablet system that she has saved as a screenshot: "Ma dont put more money on the phone this month. Pay the lights."',
      ].join('\n\n'),
    );
    expect(said(extraction).map(([, speaker]) => speaker)).toEqual(['person:elias-navarrete']);
  });
  it('reads "The second lawyer, who asked not to be named, was more cautious. "…," she says." as the unnamed lawyer, not the woman named before', () => {
    const extraction = extract(
      [
        'Headline',
        'The statute, Bright notes, would let Marisol Fenwick recover her attorney fees if the company sued and lost.',
        'The second lawyer, who asked not to be named because her firm represents developers, was more cautious. “The coalition post is the one I’d worry about,” she says.',
      ].join('\n\n'),
    );
    expect(said(extraction).map(([, speaker]) => speaker)).toEqual([null]);
  });
  it('reads "The health secretary, Priya Roe, went further, telling MPs …" as the apposed name, not the general secretary named before', () => {
    const extraction = extract(
      [
        'Headline',
        'Declan Mulrooney, the general secretary of the Union of Ambulance Staff, said the letter proved that ministers had been misleading the public.',
        'The health secretary, Priya Ranganath, went further in the Commons on Tuesday, telling MPs the union was ‘playing politics with patient safety’ and that Mulrooney had ‘never met a crisis he didn’t want to turn into a ballot paper’.',
      ].join('\n\n'),
    );
    expect(said(extraction).map(([, speaker]) => speaker)).toEqual([
      'person:priya-ranganath',
      'person:priya-ranganath',
    ]);
  });
  it('reads "with a two-line note:" as a noun, and the note as sent by the one who forwarded it', () => {
    const extraction = extract(
      [
        'Headline',
        'Capt. Lorenzo Baptista wrote a memo on Oct. 3 warning that staffing was "untenable."',
        'Norah Lindgren-Odell forwarded Baptista’s memo to Sheriff Everett Okonkwo the same evening with a two-line note: “Sheriff — see below. Lorenzo isn’t exaggerating.”',
      ].join('\n\n'),
    );
    expect(said(extraction).map(([, speaker]) => speaker)).toEqual([
      'person:lorenzo-baptista',
      'person:norah-lindgren-odell',
    ]);
  });
  it('reads "independent MLC Harriet Roe" as a titled name, and an unnamed officer described in five words as the "he" of the next quotation', () => {
    const extraction = extract(
      [
        'Headline',
        'The order was moved by independent MLC Harriet Doyle-Sinclaire. Ms Doyle-Sinclaire said the government had not complied with it, calling the release "41 pages of nothing."',
        'Jolene Mercadal, a neighbour, said the road had been blocked for "most of the week."',
        'A Removal and Detention Service officer who works at the center, and who spoke on the condition that he not be named, told TVPR that protesters twice blocked his car.',
        '"I called 911 both times. Nobody came," he said.',
      ].join('\n\n'),
    );
    expect(said(extraction).map(([, speaker]) => speaker)).toEqual([
      'person:harriet-doyle-sinclaire',
      'person:jolene-mercadal',
      null,
    ]);
  });
  it('keeps a quotation broken off with a dash ("“That’s not—” Oyelaran began.") as the speaker\'s words', () => {
    const extraction = extract(
      [
        'Headline',
        'Governor Raymond Oyelade defended the budget.',
        '“That’s not—” Oyelade began.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([['That’s not—', 'person:raymond-oyelade']]);
  });
  it('gives "Ridgely said" the full name given only inside a quoted show title', () => {
    const extraction = extract(
      [
        'Headline',
        'Appearing on “The Morning Ledger with Cass Ridgely” — the talk show that has become a required stop — Bernadette Okonjo said she was taking a serious look at the race.',
        '“That sounds like a yes,” Ridgely said.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'sounds like a yes').speakerKey).toBe('person:cass-ridgely');
  });
  it('reads "days after a jail captain called staffing "…"" as an unnamed captain, not the sentence\'s first subject', () => {
    const extraction = extract(
      [
        'Headline',
        'County Executive Marcus Thibault-Hale has defended the decision.',
        'Records show the county executive moved to end the contract days after a jail captain called staffing “untenable and dangerous for everyone inside.”',
      ].join('\n\n'),
    );
    expect(said(extraction).map(([, speaker]) => speaker)).toEqual([null]);
  });
  it('reads "The Shop Floor Report", "Capitol Signal" and "Harbor City Now" as outlets, not people', () => {
    const extraction = extract(
      [
        'Headline',
        'Organiser Dana Whitcombe said the vote was "a turning point for every worker here."',
        'In an interview with Capitol Signal, Whitcombe said the company had "run out of excuses."',
        '"We will not be intimidated," Whitcombe told The Shop Floor Report.',
      ].join('\n\n'),
    );
    expect(said(extraction).map(([, speaker]) => speaker)).toEqual([
      'person:dana-whitcombe',
      'person:dana-whitcombe',
      'person:dana-whitcombe',
    ]);
    expect(
      extraction.actors.filter((actor) => actor.kind === 'Person').map((actor) => actor.key),
    ).toEqual(['person:dana-whitcombe']);
  });
  it('reads the names before "councils" in "the leaders of Wrayford, Tansley Vale and North Ashcombe councils" as places, not people', () => {
    const extraction = extract(
      [
        'Headline',
        "In a joint letter, the leaders of Wrayburn, Tansford Vale and North Ashby councils accuse the mayor of treating them 'as a rubber stamp for a decision already made'.",
      ].join('\n\n'),
    );
    expect(extraction.actors.filter((actor) => actor.kind === 'Person')).toEqual([]);
  });
  it('finds the speaker of a standfirst written like a headline ("governor calls the bill "…"") among the posts below', () => {
    const extraction = extract(
      [
        'Oduna vetoes payday lending cap',
        'Sponsors say they have the votes; governor calls the bill "a ban wearing a disguise"',
        'HALVERSTON — Gov. Miriam Oduna vetoed a bill Friday that would have capped interest on short-term loans.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([['a ban wearing a disguise', 'person:miriam-oduna']]);
  });
  it('gives "The complaint describes the directive as "…"" to the complaint\'s author, not the directive\'s', () => {
    const extraction = extract(
      [
        'Headline',
        'Nadine St-Pierre, president of the Provincial Public Service Guild, said members were angry.',
        'The guild said Thursday that it had filed an unfair labour practice complaint with the board. The complaint describes the directive as “a unilateral change to terms and conditions of employment.”',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'unilateral change').speakerKey).toBe(
      'org:provincial-public-service-guild',
    );
  });
  it('reads a name in apposition to an object ("told her supervisor, deputy general manager Curtis Roe, in an email that …") as no subject', () => {
    const extraction = extract(
      [
        'Headline',
        'Engineer Farida Haddad-Lennard sued the water authority in June.',
        'According to the complaint, Haddad-Lennard told her supervisor, deputy general manager Curtis Van Buskerk, in a March 2025 email that field crews had found lead at "at least 40 percent of the addresses they dug."',
        '“Who is going to pay for this?” Cllr Hyacinth Blackmore asked in the chamber, to which Cllr Alasdair Penhallow replied: “Not the residents of Ravensmere.”',
      ].join('\n\n'),
    );
    expect(said(extraction).map(([, speaker]) => speaker)).toEqual([
      'person:farida-haddad-lennard',
      'person:hyacinth-blackmore',
      'person:alasdair-penhallow',
    ]);
  });
  it('gives each mention span to one actor when "the city" is named only through its bodies ("Calder Vale Police Chief …")', () => {
    const extraction = extract(
      [
        'Headline',
        'Calder Vale Police Chief Anita Ruvalcado answered questions on Tuesday.',
        'Calder Vale police cleared the camp. The city said the site had been "unsafe for months, for everyone there."',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'unsafe for months').speakerKey).toBe('org:city-of-calder-vale');
    const spans = extraction.actors.flatMap((actor) =>
      actor.mentions.map((mention) => `${mention.start}-${mention.end}`),
    );
    expect(new Set(spans).size).toBe(spans.length);
  });

  it('reads "Port Anselm police" as the city of Port Anselm\'s police, but "Port police" as no city', () => {
    const city = extract(
      [
        'Headline',
        'Port Anselm police cleared the camp. Port Anselm Police Chief Jo Roehl declined to comment.',
        'The city said the site had been "unsafe for months, for everyone there."',
      ].join('\n\n'),
    );
    expect(quoteWith(city, 'unsafe for months').speakerKey).toBe('org:city-of-port-anselm');
    const port = extract(
      [
        'Headline',
        'Port police cleared the dock. Port police said the gate was closed.',
        'The city said the site had been "unsafe for months, for everyone there."',
      ].join('\n\n'),
    );
    expect(quoteWith(port, 'unsafe for months').speakerKey).toBeNull();
  });
});

describe('extractDocument: descriptions in the opening, and speakers named later', () => {
  it('reads "the commission\'s chief executive" in the lede as the CEO named further down', () => {
    const extraction = extract(
      [
        'Drivers say they were told not to call police',
        'The union says supervisors were told not to call police, a claim the commission\'s chief executive calls "flatly untrue."',
        'Corran Valley Transit Commission CEO Ilse Marwick-Oduya said the memo was about fare disputes.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'flatly untrue').speakerKey).toBe('person:ilse-marwick-oduya');
  });
  it('reads a bare post before a speech verb in a standfirst ("governor calls …") as its holder, but not "city attorney"', () => {
    const extraction = extract(
      [
        'Veto sets up override fight',
        'Sponsors say they have the votes; governor calls the bill "a ban wearing a disguise"',
        'Gov. Ottilie Brannagh-Sato vetoed the bill on Friday.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'a ban wearing').speakerKey).toBe('person:ottilie-brannagh-sato');
    const other = extract(
      [
        'Harbor police told to stand by',
        'Union wants the city to pay; city attorney calls the demand "baseless and cynical"',
        "The union's attorney, Fennick Oyelowo-Brandt, wrote to the city in August.",
      ].join('\n\n'),
    );
    expect(quoteWith(other, 'baseless and').speakerKey).not.toBe('person:fennick-oyelowo-brandt');
  });
  it('reads a post opening a headline ("Coroner says …") as its holder, but not a label it denies', () => {
    const extraction = extract(
      [
        "Coroner says care home 'failed at every turn'",
        'By Ann Roe',
        'An inquest closed on Friday. Coroner Ilka Brandvold-Asante found the home had ignored three warnings.',
        "'Nobody read the notes,' she said.",
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'failed at every turn').speakerKey).toBe(
      'person:ilka-brandvold-asante',
    );
    const label = extract(
      [
        "Sheriff denies 'policy' on federal holds",
        'By Ann Roe',
        'Sheriff Maren Oduya-Plaskett said no such policy existed.',
      ].join('\n\n'),
    );
    expect(label.quotes.map((quote) => quote.text)).not.toContain('policy');
  });
  it('gives "what she called a "…"" and "what she described as his "…"" to her, but not a name "what they call "…""', () => {
    const extraction = extract(
      [
        'Town manager quits',
        'Councilwoman Dagny Oyelaran-Pike said she was heartsick and blamed what she called a "hostile work environment" created by the majority.',
        'In an email, Treasurer Imre Balogun-Shaw objected to what he described as her "repeated direct contact" with staff.',
        'Campers sleep under what they call "The Long Shelf" by the river.',
        'The Corran Transit Workers Union wants 6 percent a year. It also wants assaults handled by a joint committee, not by what Balogun-Shaw calls "the HR black hole."',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'hostile work').speakerKey).toBe('person:dagny-oyelaran-pike');
    expect(quoteWith(extraction, 'repeated direct').speakerKey).toBe('person:imre-balogun-shaw');
    expect(extraction.quotes.map((quote) => quote.text)).not.toContain('The Long Shelf');
    expect(quoteWith(extraction, 'black hole').speakerKey).toBe('person:imre-balogun-shaw');
  });
  it('gives a chant to the crowd between the name and the verb, not to the person named', () => {
    const extraction = extract(
      [
        'Teachers rally',
        'Union President Orla Quispe-Marchand closed the day with a rally on Ninth Street, where a crowd of several hundred chanted "Whose schools? Our schools!"',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'Whose schools').speakerKey).toBeNull();
  });
  it('reads a body\'s first word in the standfirst as the body named in full just below ("Westhaven declares …")', () => {
    const extraction = extract(
      [
        'Grain terminal locks out workers',
        'Westhaven declares force majeure on September loadings as talks stall',
        'Westhaven Grain Terminals locked out 400 workers on Monday. Westhaven, which operates four berths, told customers it would not load ships.',
        'A Westhaven spokesperson called the allegation "baseless and cynical" and said talks would go on.',
      ].join('\n\n'),
    );
    expect(extraction.actors.map((actor) => actor.key)).not.toContain('org:westhaven');
    expect(quoteWith(extraction, 'baseless and cynical').speakerKey).toBe(
      'org:westhaven-grain-terminals',
    );
  });
  it('keeps "for a" inside the name of a group formed for a cause ("Ratepayers for a Fair Sheldrake")', () => {
    const extraction = extract(
      [
        'Water rates suit',
        'The complaint was filed by Ratepayers for a Fair Dunmarsh. "The vote was a formality," the complaint states.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'a formality').speakerKey).toBe(
      'org:ratepayers-for-a-fair-dunmarsh',
    );
  });
  it('reads "Nine-year-old" as no part of a name', () => {
    const extraction = extract(
      [
        'Library rally',
        'Nine-year-old Ximena Oduya-Park read aloud a letter she had written. "Please do not close it," she said.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'Please do not').speakerKey).toBe('person:ximena-oduya-park');
  });
  it('reads a post after "of" inside a body\'s name ("Office of Justice Assistance") as no title', () => {
    const extraction = extract(
      [
        'Grant conditions',
        'A spokesperson for the Federal Office of Justice Assistance says the agency "applies the same conditions to every grantee in the country."',
      ].join('\n\n'),
    );
    const keys = extraction.actors.map((actor) => actor.key);
    expect(keys).toContain('org:federal-office-of-justice-assistance');
    expect(keys).not.toContain('person:assistance');
  });
  it('reads "Morrowfield Council" as the "Morrowfield Metropolitan Borough Council" named in full, unless two councils fit', () => {
    const extraction = extract(
      [
        'Tribunal rules for union rep',
        'Morrowfield Metropolitan Borough Council sacked Errol Baptiste in 2024.',
        "A Morrowfield Council spokeswoman said: 'We note the tribunal's judgment and are considering it.'",
        'Ashby City Council declined to comment, as did Ashby County Council. An Ashby Council spokesman said: "We have nothing to add to that."',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'We note').speakerKey).toBe(
      'org:morrowfield-metropolitan-borough-council',
    );
    expect(quoteWith(extraction, 'nothing to add').speakerKey).toBe('org:ashby-council');
  });
  it('reads "the colonel" and "the chief constable" as the holders of those ranks named before', () => {
    const extraction = extract(
      [
        'Dredging row',
        'In a letter to Col. Bradley Oyenuga-Hart, the district commander, the port laid out its case.',
        '"The Bureau takes its commitments seriously," the colonel wrote.',
        'Chief Constable Moira Fenwick-Adu met the commissioner on Monday. "We will keep the counters open," the chief constable said.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'commitments seriously').speakerKey).toBe(
      'person:bradley-oyenuga-hart',
    );
    expect(quoteWith(extraction, 'counters open').speakerKey).toBe('person:moira-fenwick-adu');
  });
  it('gives a participle after a speech tag (", the trust said, citing "…"") to the tag\'s subject', () => {
    const extraction = extract(
      [
        'Birth centre cuts',
        'The Rowan Birth Centre at Tamsford Community Hospital will close overnight from March 2, North Veldshire Hospitals NHS Foundation Trust said, citing "significant and sustained" vacancies.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'significant and sustained').speakerKey).toBe(
      'org:north-veldshire-hospitals-nhs-foundation-trust',
    );
  });
  it('gives a spouse named by first name alone ("His wife, Maureen,") the family name of the person just named', () => {
    const extraction = extract(
      [
        'Bus cuts',
        "'I've been getting this bus for 30 years,' said retired postman Colin Greatwood-Nash, 78. His wife, Maureen, added: 'We'll be stuck, won't we?'",
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'stuck').speakerKey).toBe('person:maureen-greatwood-nash');
  });
  it('reads "EMT Carla Roe" as a post and a name, and "Ashby Township" or "Pell\'s Crossing" as places, not people', () => {
    const extraction = extract(
      [
        'Fire company',
        'The company answered calls to neighboring Ashby Township and Pell’s Crossing.',
        'One of them, firefighter and EMT Carla Ruiz-Tenorio, spoke at the gathering.',
        '"I am asking for a working radio," she said.',
      ].join('\n\n'),
    );
    const keys = extraction.actors.map((actor) => actor.key);
    expect(keys).not.toContain('person:ashby-township');
    expect(keys).not.toContain('person:pells-crossing');
    expect(quoteWith(extraction, 'working radio').speakerKey).toBe('person:carla-ruiz-tenorio');
  });
  it('does not give a quotation to the person it prompted (""…," prompting Roe to respond")', () => {
    const extraction = extract(
      [
        'Feud ends',
        'In May, Council President Gordon Mayhew-Oyo told a radio program that the union was "hiding behind a grievance," prompting Darnell Whitcombe-Asante to respond on Facebook.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'hiding behind').speakerKey).toBe('person:gordon-mayhew-oyo');
  });
  it('gives a lawsuit with no named author to whoever sued just before', () => {
    const extraction = extract(
      [
        'City sues transit agency',
        'DUNMARSH, Wash. (CP) — The city of Dunmarsh sued the Federal Transit Grants Office on Tuesday, accusing it of freezing grants.',
        'The lawsuit, filed in federal court, says the agency’s decision was “arbitrary, capricious and contrary to law.”',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'arbitrary, capricious').speakerKey).toBe('org:city-of-dunmarsh');
  });
  it('reads Welsh and Irish names whole ("Tomos ap Iorwerth", "Pádraig Mac an tSaoir", "Mabon Griffiths MS") and "the Senedd" as no one', () => {
    const extraction = extract(
      [
        'Rural schools',
        '"Small schools keep the language alive," said Tomos ap Iorwerth. "We will fight this."',
        'Campaign chair Pádraig Mac an tSaoir said: "This is a win for Slievenagh."',
        'Councillor Sorcha Nic an Iomaire described it as "a test of whether the Government means a word of it".',
        'Mabon Griffiths MS, who represents the area in the Senedd, said he had written to her. "I would urge the council to think again," he said.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['Small schools keep the language alive', 'person:tomos-ap-iorwerth'],
      ['We will fight this.', 'person:tomos-ap-iorwerth'],
      ['This is a win for Slievenagh.', 'person:padraig-mac-an-tsaoir'],
      ['a test of whether the Government means a word of it', 'person:sorcha-nic-an-iomaire'],
      ['I would urge the council to think again', 'person:mabon-griffiths'],
    ]);
  });
  it('reads "Mac an t-Saoir", "Pensioner Calum Roe", "… Partnership" and "… Teoranta" as Scottish and Irish usage writes them', () => {
    const extraction = extract(
      [
        'Island ferry',
        "Shopkeeper Alasdair Mac an t-Saoir runs the post office. 'Inconvenience is when your bus is late,' he said.",
        "Pensioner Calum Beaton-Rae said: 'He knows all of us.'",
        "The Garvie Lennox Partnership said the causeway was 'at high risk of failure'.",
        "Comharchumann Inis Bréanainn Teoranta said the cut was 'a disgrace to the island'.",
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['Inconvenience is when your bus is late', 'person:alasdair-mac-an-t-saoir'],
      ['He knows all of us.', 'person:calum-beaton-rae'],
      ['at high risk of failure', 'org:garvie-lennox-partnership'],
      ['a disgrace to the island', 'org:comharchumann-inis-breanainn-teoranta'],
    ]);
  });
  it('passes over a body named after "of the force\'s" in an aside ("PC Jo Roe, of the force\'s Rural Crime Team, said:")', () => {
    const extraction = extract(
      [
        'Sheep worrying',
        "PC Bethan Aldridge-Owen, of the force's Rural Crime Team, said: 'Most dog owners are responsible.'",
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'Most dog owners').speakerKey).toBe('person:bethan-aldridge-owen');
  });
  it('reads "Ap Rhys" opening a sentence as the "Gwenllian ap Rhys" named before', () => {
    const extraction = extract(
      [
        'Village pub',
        'Gwenllian ap Rhys chairs the menter. She counts the shares every night.',
        'Ap Rhys looks up. “Twenty-three. Not bad for a Thursday,” she says.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'Twenty-three').speakerKey).toBe('person:gwenllian-ap-rhys');
    expect(extraction.actors.map((actor) => actor.key)).not.toContain('person:ap-rhys');
  });
  it('keeps a council named for a comma list of places whole ("Drumbrack, Lisnavar and Glenmore Borough Council")', () => {
    const extraction = extract(
      [
        'Club kit burned',
        'In a response, Drumbrack, Lisnavar and Glenmore Borough Council said repairs were "scheduled for September".',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'scheduled for September').speakerKey).toBe(
      'org:drumbrack-lisnavar-and-glenmore-borough-council',
    );
  });
  it('gives "Read the full statement:" to whoever set out a position in a statement, or appealed, just before', () => {
    const extraction = extract(
      [
        'Births suspended',
        "The board's director of midwifery, Carol-Ann Fairweather-Bell, set out the board's position in a statement issued after the meeting.",
        'Read the full statement:',
        '“The decision was not taken lightly and was based solely on safety.”',
        'The Police Service of Northern Ireland (PSNI) has appealed for information about a fire.',
        'Read the full statement:',
        '"Police received a report at approximately 2.10am of a fire at the park."',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      [
        'The decision was not taken lightly and was based solely on safety.',
        'person:carol-ann-fairweather-bell',
      ],
      [
        'Police received a report at approximately 2.10am of a fire at the park.',
        'org:police-service-of-northern-ireland',
      ],
    ]);
  });
  it('gives "a report to cabinet" with no named author to the council', () => {
    const extraction = extract(
      [
        'Baths to close',
        'Eastmoor City Council says the building needs £6.8m of repairs. A report to cabinet, published last week, describes the baths as “at the end of its operational life”.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'operational life').speakerKey).toBe('org:eastmoor-city-council');
  });
  it('reads every sign of a list as a sign ("placards reading \'A\' and \'B\'", "Signs outside included "A" and "B"")', () => {
    const extraction = extract(
      [
        'Pool rally',
        'About 60 people held placards reading ‘Hands off our pool’ and ‘Carrickbawn deserves better’.',
        'Signs outside the hall included “Hands off Birchwood” and “My library, my neighborhood”.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['Hands off our pool', null],
      ['Carrickbawn deserves better', null],
      ['Hands off Birchwood', null],
      ['My library, my neighborhood', null],
    ]);
  });
  it('reads a description opened by a capitalised "THE" ("THE provost of Glenmorven has accused …")', () => {
    const extraction = extract(
      [
        'Provost hits back',
        'THE provost of Glenmorven has accused the council leader of orchestrating "a political witch hunt" over a civic visit.',
        'Provost Agnieszka Wrobel-Hunter said she had done nothing wrong.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'witch hunt').speakerKey).toBe('person:agnieszka-wrobel-hunter');
  });
  it('reads what something "was a "…"" in a named speaker\'s reported words as their judgement, not a name', () => {
    const extraction = extract(
      [
        'Greenway row',
        'Director of services Fergal Brannigan-Hyde said the notices were a “necessary legal step” and did not mean any land would be taken.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'necessary legal step').speakerKey).toBe(
      'person:fergal-brannigan-hyde',
    );
  });
  it('lets an unnamed spokesperson go on into a second predicate ("…", but confirmed that the scheme was "…")', () => {
    const extraction = extract(
      [
        'Hit and run',
        'A spokesperson for Tullagh County Council said it was “not appropriate to comment at this time”, but confirmed that a traffic calming scheme for the road was “at design stage”.',
      ].join('\n\n'),
    );
    expect(extraction.quotes.map((quote) => quote.text)).toContain('at design stage');
    expect(quoteWith(extraction, 'at design stage').speakerKey).toBeNull();
  });
});

describe('extractDocument: bodies, posts and local usage', () => {
  it('keeps the Irish article opening a body\'s name ("An Garda Síochána") and "An" as a given name ("An Nguyen")', () => {
    const extraction = extract(
      [
        'Hit-and-run appeal',
        'In a statement, An Garda Síochána said the road had been closed overnight.',
        '“Anyone with information is asked to contact Carrowbeg Garda Station,” the statement said.',
        'An Nguyen, who lives nearby, said: “I heard the bang.”',
        'An SNP spokesman said: “This is a matter for the police.”',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      [
        'Anyone with information is asked to contact Carrowbeg Garda Station',
        'org:an-garda-siochana',
      ],
      ['I heard the bang.', 'person:an-nguyen'],
      ['This is a matter for the police.', 'org:snp'],
    ]);
  });
  it('reads a titled name in apposition to a description ("The council leader, Cllr Gareth Roe, rejected that.") as the subject a pronoun goes on with', () => {
    const extraction = extract(
      [
        'School closures',
        'Cllr Osian Tudor, leader of the opposition group, accused the cabinet of ignoring parents.',
        'The council leader, Cllr Gareth Wynne-Roe, rejected that. “I would remind Cllr Tudor of his own budget,” he said.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'I would remind').speakerKey).toBe('person:gareth-wynne-roe');
  });
  it('gives "the email continued" to whoever "rejected that in a strongly worded email", not to a later email\'s sender', () => {
    const extraction = extract(
      [
        'Twinning row',
        'The provost, Agnieszka Wrobel-Roe, rejected that characterisation in a strongly worded email to all 32 councillors.',
        '“What has changed is not the facts but the politics,” the email continued.',
        "“It was a fine visit,” the town's mayor, Hannelore Roe, said in an email to the Advertiser.",
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'What has changed').speakerKey).toBe(
      'person:agnieszka-wrobel-roe',
    );
  });
  it('learns a gender from an honorific before a surname alone ("Mrs Okafor-Roe"), so "he" passes over her', () => {
    const extraction = extract(
      [
        'Community council walkout',
        'Secretary Ruth Okafor-Roe and chairman Gordon Pettigrew have fallen out.',
        'The letter, written by Mrs Okafor-Roe, accuses the chairman of running the body like a private club, and says members were never told.',
        'He said the secretary had failed to produce approved minutes for four of the last six meetings, and suggested the letter was an attempt to deflect attention from that failure, which he had raised with the council more than once this year.',
        '‘The minutes are the secretary’s job. They are not the chair’s job,’ he said.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'The minutes are').speakerKey).toBe('person:gordon-pettigrew');
  });
  it('gives "the post said" to whoever "said on Facebook" just before', () => {
    const extraction = extract(
      [
        'Club kit burned',
        'Glenroe Rovers Youth FC, which has 180 players, said on Facebook that its members were heartbroken.',
        '“To whoever did this: you haven’t just burnt a box of balls,” the post said.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'To whoever').speakerKey).toBe('org:glenroe-rovers-youth-fc');
  });
  it('reads "Ritchie, 78," after "Jean Ritchie" as her surname, not a person named by first name only', () => {
    const extraction = extract(
      [
        'Short lets',
        'On the top floor of the tenement, Jean Ritchie has stopped learning her neighbours’ names.',
        'Ritchie, 78, has lived there since 1971. “The stair isn’t a stair any more,” she says.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'The stair').speakerKey).toBe('person:jean-ritchie');
    expect(extraction.actors.map((actor) => actor.key)).not.toContain('person:ritchie');
  });
  it('reads the Gaelic elided article "a’" inside single quotation marks and names ("Iain Mac a’ Phì"), and "the council’s consultation paper" as the council\'s', () => {
    const extraction = extract(
      [
        'Gaelic unit',
        'Under options published by Lorach and Isles Council last week, the pupils would move to a new hub.',
        'The council’s consultation paper says pupils would be taught ‘in larger peer groups’.',
        'Placards read ‘Cùm a’ Ghàidhlig sa Ghlinn’.',
        'Councillor Iain Mac a’ Phì, who represents the ward, said he would oppose the plan ‘at every stage’.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['in larger peer groups', 'org:lorach-and-isles-council'],
      ['Cùm a’ Ghàidhlig sa Ghlinn', null],
      ['at every stage', 'person:iain-mac-a-phi'],
    ]);
  });
  it('reads a body named after its Irish or Welsh noun ("Scoil Naomh Colmán", "Ysgol Bryn Eithin", "Naíonra Cois Abhann") whole, and "Cois Abhann" as that body', () => {
    const extraction = extract(
      [
        'Preschool fights to stay open',
        'For 31 years, Naíonra Cois Abhann has taught toddlers their first words of Irish in a prefab in the yard of Scoil Naomh Colmán.',
        'Ysgol Bryn Eithin said it would write to parents.',
        'Pádraigín Ní Fhearghail, who chairs the board of Cois Abhann, was blunt. “The sector is running on goodwill,” she says.',
      ].join('\n\n'),
    );
    const keys = extraction.actors.map((actor) => actor.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'org:naionra-cois-abhann',
        'org:scoil-naomh-colman',
        'org:ysgol-bryn-eithin',
      ]),
    );
    expect(keys.filter((key) => key.startsWith('person:'))).toEqual([
      'person:padraigin-ni-fhearghail',
    ]);
    expect(quoteWith(extraction, 'The sector').speakerKey).toBe('person:padraigin-ni-fhearghail');
  });
  it('learns no gender from "she" for a man named after "by" ("the claims made by Deputy Conor Roe as …, and said she")', () => {
    const extraction = extract(
      [
        'Housing row',
        'Cllr Gemma Kilbride described the claims made by Deputy Conor Ó Roe as ‘a vile smear’, and said she had never made representations.',
        'Speaking on local radio, Deputy Ó Roe refused to remove the video.',
        '‘I didn’t name anybody. I asked a question,’ he said.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'I didn’t name').speakerKey).toBe('person:conor-o-roe');
  });
  it('reads "Deputy O Dubhghaill" without its fada as the "Conor Ó Dubhghaill" named before', () => {
    const extraction = extract(
      [
        'Housing row',
        'Deputy Conor Ó Dubhghaill posted a video on Monday.',
        'Deputy O Dubhghaill said on Thursday that he would not remove it.',
      ].join('\n\n'),
    );
    expect(extraction.actors.map((actor) => actor.key)).toEqual(['person:conor-o-dubhghaill']);
  });
  it('keeps a department named for a list of portfolios whole ("Department of Agriculture, Environment and Rural Affairs"), but not a list of bodies and people', () => {
    const extraction = extract(
      [
        'Quarry approved',
        'The Department of Agriculture, Environment and Rural Affairs said it had "no objection in principle".',
        'The Department of Health, Mayor Jo Roe and Sheriff Al Po attended.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'no objection').speakerKey).toBe(
      'org:department-of-agriculture-environment-and-rural-affairs',
    );
    expect(extraction.actors.map((actor) => actor.key)).toEqual(
      expect.arrayContaining(['org:department-of-health', 'person:jo-roe', 'person:al-po']),
    );
  });
  it('ends a body\'s name before "on" a street ("the Cambrian & Western on Stryd Fawr"), so its short name stays one body', () => {
    const extraction = extract(
      [
        'The last bank',
        'When the Cambrian & Western Bank shuts its doors next month, the town will have no bank at all.',
        'On a wet Tuesday, the queue outside the Cambrian & Western on Stryd Fawr stretches past the butcher’s.',
        'A Cambrian & Western spokesperson says customers “also use digital banking”.',
      ].join('\n\n'),
    );
    expect(extraction.actors.map((actor) => actor.key)).toEqual(['org:cambrian-and-western-bank']);
    expect(quoteWith(extraction, 'also use').speakerKey).toBe('org:cambrian-and-western-bank');
  });
  it('reads "Llanhiraeth Chamber of Trade" as a body, not a person and a word', () => {
    const extraction = extract(
      [
        'The last bank',
        'Anjali Mehta-Roberts chairs Llanhiraeth Chamber of Trade and has spent the summer lobbying.',
        '“This is two years of letters,” she says.',
      ].join('\n\n'),
    );
    expect(extraction.actors.map((actor) => actor.key)).toEqual([
      'org:llanhiraeth-chamber-of-trade',
      'person:anjali-mehta-roberts',
    ]);
    expect(quoteWith(extraction, 'two years').speakerKey).toBe('person:anjali-mehta-roberts');
  });
  it('reads a name after "the housing campaign group" or "The residents\' group" as a body, Welsh "i\'n" inside it ("Cartrefi i\'n Pobl")', () => {
    const extraction = extract(
      [
        'Second homes',
        'Llinos Mai ap Rhys, of the housing campaign group Cartrefi i\'n Pobl, said the vote was "long overdue".',
        'The residents\' group Dyfed Voices said it was "a start".',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['long overdue', 'person:llinos-mai-ap-rhys'],
      ['a start', 'org:dyfed-voices'],
    ]);
    expect(extraction.actors.map((actor) => actor.key)).toContain('org:cartrefi-in-pobl');
  });
  it('gives a statement block to the name that signs it below ("- Fiona Roe, director of midwifery, …"), and a quotation in a "Related:" link to no one', () => {
    const extraction = extract(
      [
        'Birth centre to close',
        'By Lowri Pritchard',
        "Related: Penhallow Midwife-Led Unit rated 'requires improvement' by inspectors\nRelated: 'We were told to drive to Carrow in labour' - mum's warning",
        'West Carrow Hospitals NHS Foundation Trust said births would be suspended.',
        'Read the full statement:',
        '"The decision to temporarily suspend births has not been taken lightly.',
        '"Our absolute priority is the safety of the women and babies in our care."',
        '- Fiona McRoe, director of midwifery, West Carrow Hospitals NHS Foundation Trust',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['We were told to drive to Carrow in labour', null],
      [
        'The decision to temporarily suspend births has not been taken lightly.',
        'person:fiona-mcroe',
      ],
      [
        'Our absolute priority is the safety of the women and babies in our care.',
        'person:fiona-mcroe',
      ],
    ]);
  });
  it('reads "the Secretary of State" as a post, not a body called "of State"', () => {
    const extraction = extract(
      [
        'Village green car park',
        'A spokesperson for the Village Greens Society, a national charity, said that because the green is registered, any works would need the consent of the Secretary of State in addition to planning permission, and warned the parish could face ‘a lengthy and costly process’.',
      ].join('\n\n'),
    );
    expect([null, 'org:village-greens-society']).toContain(
      quoteWith(extraction, 'lengthy').speakerKey,
    );
    expect(extraction.actors.map((actor) => actor.key)).toEqual(['org:village-greens-society']);
  });
  it('reads a name in apposition with "the council’s book-ahead minibus service" as a body, so "he" passes over it', () => {
    const extraction = extract(
      [
        'Bus route axed',
        'Cllr Sebastian Ngata, cabinet member for transport, defended the decision.',
        'He said officers were looking at whether Wealdshire Connect, the council’s book-ahead minibus service, could be extended. Asked when a decision would be made, he said: ‘Weeks, not months.’',
        'Jo Roe, the council’s head of service, agreed.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'Weeks, not months').speakerKey).toBe('person:sebastian-ngata');
    expect(extraction.actors.map((actor) => actor.key)).toEqual(
      expect.arrayContaining(['org:wealdshire-connect', 'person:jo-roe']),
    );
  });
  it('reads "the chairman" as the one a committee is "chaired by", or who "chairs" it', () => {
    const extraction = extract(
      [
        'Pub keeps licence',
        'The sub-committee, chaired by Cllr Desmond Achebe-Roe, decided not to revoke the licence.',
        "Announcing the decision, the chairman said: 'The sub-committee has given careful consideration to all the evidence.'",
        'Gwen Tarrant, who chairs the residents’ association, was disappointed.',
        "Later the chairwoman said: 'We will appeal.'",
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      [
        'The sub-committee has given careful consideration to all the evidence.',
        'person:desmond-achebe-roe',
      ],
      ['We will appeal.', 'person:gwen-tarrant'],
    ]);
  });
  it('reads "PCC says" in a headline as the police and crime commissioner named below', () => {
    const extraction = extract(
      [
        'Station closure row',
        'PCC says force “kept me in the dark” as chief constable hits back',
        'By Oliver Szymanski',
        'Commissioner Marcus Ebdon-Roe, who sets the force’s budget, says he learned of the decision from a press release.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'kept me in the dark').speakerKey).toBe('person:marcus-ebdon-roe');
    expect(extraction.actors.map((actor) => actor.key)).not.toContain('org:pcc');
  });
  it('reads "Gamekeeper Robbie Roe" opening a sentence as a trade and a name, and "Dafydd Price, 83, a retired shepherd who says" as Dafydd', () => {
    const extraction = extract(
      [
        'Estate buyout',
        'Gamekeeper Robbie Roe, who has worked on the estate for 31 years, voted against. “A committee is not going to run 11,000 acres better,” he said.',
        'Among the first to sign up was Dafydd Price, 83, a retired shepherd who says he has drunk in the bar “man and boy since 1958”.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['A committee is not going to run 11,000 acres better', 'person:robbie-roe'],
      ['man and boy since 1958', 'person:dafydd-price'],
    ]);
  });
  it('reads "the group wrote:" as the body introduced as "the parents\' group Rhieni Bryn Eithin"', () => {
    const extraction = extract(
      [
        'Parents vow to fight plan to close Welsh-medium school in Rhyd-y-garnedd',
        "Ffion Myfanwy Davies, who chairs the parents' group Rhieni Bryn Eithin and has two children at the school, said closure would rip the heart out of the village.",
        '"Mae\'r ysgol yn galon i\'r pentref," she said. "Heb yr ysgol, does dim dyfodol i Ryd-y-garnedd."',
        '(The school is the heart of the village. Without the school, there is no future for Rhyd-y-garnedd.)',
        'Mrs Davies, who is not related to the councillor, said almost every family in the village spoke Welsh at home, and parents feared their children would lose that if moved to a larger, more mixed school.',
        'In a letter sent to all ten cabinet members last week, signed by 64 parents, grandparents and former pupils, the group wrote:',
        '"We are not asking the council to ignore its budget. We are asking it to count what is not on the spreadsheet.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'We are not asking').speakerKey).toBe('org:rhieni-bryn-eithin');
  });
  it('tells "Mrs Bains" from "Mr Bains" after "shopkeeper Gurpreet Bains and her husband, Harjit,"', () => {
    const extraction = extract(
      [
        'Toilets to close',
        'In Aberlochy, shopkeeper Gurpreet Bains and her husband, Harjit, said they feared the impact on the summer coach trade.',
        '“We get bus parties from May to September,” Mrs Bains said.',
        'Mr Bains added: “We’ll join the scheme if it’s worth our while.”',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['We get bus parties from May to September', 'person:gurpreet-bains'],
      ['We’ll join the scheme if it’s worth our while.', 'person:harjit-bains'],
    ]);
  });
  it('gives short fragments in a named speaker\'s reported clause to the speaker ("working in ‘dangerous and degrading’ conditions", "… and that purchase would be "a last resort"")', () => {
    const extraction = extract(
      [
        'Trolley crisis',
        'Union officer Gráinne Roe said staff in the emergency department were working in ‘dangerous and degrading’ conditions.',
        'Project manager Katarzyna Nowicka told the meeting that the council had written to every affected landowner and that compulsory purchase would be "a last resort".',
        'Patients were placed in ‘special measures’ wards.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['dangerous and degrading', 'person:grainne-roe'],
      ['a last resort', 'person:katarzyna-nowicka'],
    ]);
  });
  it('gives a fragment after "she accepted that" to her', () => {
    const extraction = extract(
      [
        'Dumping case',
        'Council officer Temitope Roe told the court she found waste at the site.',
        "Under cross-examination by defence solicitor Rory Fitzgibbon, she accepted that both men had 'co-operated fully' once contacted.",
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'co-operated fully').speakerKey).toBe('person:temitope-roe');
  });
  it('gives a lede\'s unnamed subject ("A HILL farmer …", "A youth football club in …") to the person or body that opens a paragraph just below', () => {
    const farmer = extract(
      [
        "Farmer's plea after ewes killed",
        'By Siân Roberts',
        "A HILL farmer from Cefn Bryncoch has described finding 23 of his in-lamb ewes dead or dying after what police believe was a dog attack over the Easter weekend as 'horrific'.",
        'Emyr Tudur-Roe, 58, said he discovered the sheep on Saturday morning.',
      ].join('\n\n'),
    );
    expect(quoteWith(farmer, 'horrific').speakerKey).toBe('person:emyr-tudur-roe');
    const club = extract(
      [
        'Club vows to play on',
        'Glenmore Live',
        'A youth football club in Drumnaquill says it has lost "everything except the goalposts" after a container was set alight.',
        'Firefighters were called to the park shortly after 2am.',
        'Drumnaquill Rovers Youth FC, which has 180 players, said on Facebook that its members were heartbroken.',
      ].join('\n\n'),
    );
    expect(quoteWith(club, 'everything except').speakerKey).toBe('org:drumnaquill-rovers-youth-fc');
    const nobody = extract(
      [
        'Crash',
        'A man from Cefn Bryncoch said the road was "a death trap" after the crash.',
        'Police Scotland said inquiries were continuing.',
      ].join('\n\n'),
    );
    expect(quoteWith(nobody, 'a death trap').speakerKey).toBeNull();
  });
  it('gives a sign to the named person who put it up or the campaign its carriers come from, and keeps "na" inside a Gaelic name', () => {
    const extraction = extract(
      [
        'Ewes killed',
        'Emyr Tudur-Roe, 58, found 23 of his ewes dead on Saturday.',
        'Mr Tudur-Roe has since put up hand-painted boards on each of the farm\'s five gates reading "Your dog, your responsibility".',
        'Outside court, about 30 parents and children from the Keep Kilrennie Open campaign held a banner reading "Small school, big heart".',
        'Picketers gathered outside Redline\'s bus yard, holding hand-lettered signs, one of which read "Drivers Not Disposable."',
        'Bord na Móna said it would appeal.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['Your dog, your responsibility', 'person:emyr-tudur-roe'],
      ['Small school, big heart', 'org:keep-kilrennie-open'],
      ['Drivers Not Disposable.', null],
    ]);
    expect(extraction.actors.map((actor) => actor.key)).toContain('org:bord-na-mona');
  });
  it('reads "… GAC", "… FC" as clubs, "the club\'s full statement" as that club\'s, and ends the name before "on the Mullanboy Road"', () => {
    const extraction = extract(
      [
        'Club vows to rebuild',
        'Fire crews were called to Drumlacken Naomh Bríd GAC on the Mullanboy Road shortly after 2.30am on Sunday.',
        'The GAA said it would help.',
        'Read the club’s full statement, posted on Facebook on Sunday afternoon:',
        '‘Thankfully nobody was hurt. Our thanks go to the fire crews who worked through the night.’',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'Thankfully').speakerKey).toBe('org:drumlacken-naomh-brid-gac');
  });
  it('gives "the consultation paper" with no named author to the council', () => {
    const extraction = extract(
      [
        'School merger',
        'Tarsuinn and Braighe Council wants to merge the two schools.',
        'The consultation paper describes the building as "no longer fit for purpose".',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'fit for purpose').speakerKey).toBe(
      'org:tarsuinn-and-braighe-council',
    );
  });
  it('reads "P6 pupil Seonag, 10," as a child named by first name only, though no list knows the name', () => {
    const extraction = extract(
      [
        'School merger',
        'Headteacher Ealasaid Roe says she cannot comment on the proposal.',
        'In the playground, P6 pupil Seonag, 10, is less diplomatic. "If they shut it I\'m going to chain myself to the gate," she says.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'chain myself').speakerKey).toBe('person:seonag');
  });
  it('reads Gaelic place names ("Baile Ùr", "Inis Bhráin") as places, not people', () => {
    const extraction = extract(
      [
        'Ferry breakdown',
        'Local crofter Donnchadh Mac an t-Roe, who keeps around 200 ewes at Baile Ùr, has had to cancel a consignment of lambs.',
        '"I had forty store lambs booked in for the 6th," he said.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'forty store lambs').speakerKey).toBe(
      'person:donnchadh-mac-an-t-roe',
    );
    expect(extraction.actors.map((actor) => actor.key)).not.toContain('person:baile-ur');
  });
  it('reads "Mr Jones" as the man whose whole surname it is, not a man called Parry-Jones', () => {
    const extraction = extract(
      [
        'Chapel to close',
        'The Rev. Eirian Parry-Jones said the vote was close. He said the chapel had served well.',
        'Chapel secretary Gwilym Jones voted for closure. Deacon Megan Jones — no relation — voted against.',
        '"We have been putting buckets under the gallery for three winters," Mr Jones said.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'buckets').speakerKey).toBe('person:gwilym-jones');
  });
  it('gives paragraphs after "… on Tuesday. In a statement, the health board said:" to the board, past a document with no writer before it', () => {
    const extraction = extract(
      [
        'Unit to close',
        'The overnight service will close from March 2, Gwennol University Health Board has confirmed.',
        'The decision was rubber-stamped at a meeting of the health board in Llys Gwennol on Tuesday. In a statement, the health board said:',
        '“Over the past twelve months, the service has been staffed by agency nurses.',
        '“We have concluded that there is no safe alternative.”',
      ].join('\n\n'),
    );
    expect(said(extraction).map(([, speaker]) => speaker)).toEqual([
      'org:gwennol-university-health-board',
      'org:gwennol-university-health-board',
    ]);
  });
  it('gives messages read out in court ("One, sent at 2.14am on 19 July, read:", "Another said:") to the defendant, not to the officer reading them', () => {
    const extraction = extract(
      [
        'Man sent councillor threats',
        'Kyle Jordan Roe, 34, of Ballinderry Crescent, Tullyvarn, pleaded guilty at Tullyvarn Magistrates’ Court on Tuesday to harassment.',
        'A PSNI constable, Ravinder Sohal, read several of the messages to the court.',
        'One, sent at 2.14am on 19 July, read: “You won’t sleep easy.”',
        'Another said: “People like you get burnt out round here.”',
        'Her daughter Kayla, 12, was admitted to hospital in February.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['You won’t sleep easy.', 'person:kyle-jordan-roe'],
      ['People like you get burnt out round here.', 'person:kyle-jordan-roe'],
    ]);
  });
  it('reads "Garda" as a rank ("Garda Niamh Roe") and "Clonfad Garda Station" as a body, not a person "Clonfad Garda"', () => {
    const extraction = extract(
      [
        'Rural crime meeting',
        'Superintendent Niall Ó Ceallaigh told the meeting the station was busy.',
        'Cllr Liam Roe said the decision to close Clonfad Garda station to the public after 6pm was “a false economy”.',
        'He said gardaí were “doing all we can” with the resources available.',
        'Garda Niamh Doe said: “Lock your sheds.” Contact Clonfad Garda Station with information.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['a false economy', 'person:liam-roe'],
      ['doing all we can', 'person:liam-roe'],
      ['Lock your sheds.', 'person:niamh-doe'],
    ]);
    expect(extraction.actors.map((actor) => actor.key)).toContain('org:clonfad-garda-station');
  });
  it('reads "the Trust\'s Director of Acute Services, Dr Ifeoma Roe," as a post and its holder, not a body', () => {
    const extraction = extract(
      [
        'Waits at emergency department',
        'In a statement, the Trust’s Director of Acute Services, Dr Ifeoma Roe, said:',
        '‘We fully acknowledge that patients have waited too long.’',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'We fully acknowledge').speakerKey).toBe('person:ifeoma-roe');
    expect(extraction.actors.map((actor) => actor.key)).not.toContain(
      'org:director-of-acute-services',
    );
  });
  it('gives "a report by council planning officers" to the council, whose name stays whole before its possessive', () => {
    const extraction = extract(
      [
        'Quarry extension',
        "A report by council planning officers, published last Friday, recommends that Drumnavaddy and Glenbeg District Council's planning committee grant permission.",
        'The report concludes that the proposal is "acceptable in principle".',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'acceptable in principle').speakerKey).toBe(
      'org:drumnavaddy-and-glenbeg-district-council',
    );
  });
  it('gives a quotation after "Contacted again after the CCC decision, he was more forthright." to him', () => {
    const extraction = extract(
      [
        'Club banned',
        'Manager Pádraig Roe said the club would appeal. "Some of it was out of order," he said at the time.',
        'Contacted again on Monday after the CCC decision, he was more forthright. "But 12 weeks? That\'s not discipline."',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'But 12 weeks').speakerKey).toBe('person:padraig-roe');
  });
  it('reads a sign "made by the St Fillan’s Action Group reading ‘…’" past the apostrophe in the maker\'s name', () => {
    const extraction = extract(
      [
        'Kirk union',
        'Around 150 people gathered outside with candles and a banner made by the St Fillan’s Action Group reading ‘Hands off St Fillan’s’.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'Hands off').speakerKey).toBe('org:st-fillans-action-group');
  });
  it('reads "The convener of the planning group, the Rev Anne-Marie Roe, wrote" as the Rev Roe', () => {
    const extraction = extract(
      [
        'Kirk union',
        'The convener of the planning group, the Rev Anne-Marie Roe, wrote that the presbytery could ‘no longer sustain two buildings’.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'no longer sustain').speakerKey).toBe('person:anne-marie-roe');
  });
  it('reads "Leaders\' Questions" as no person', () => {
    const extraction = extract(
      [
        'Ferry row reaches Dáil',
        'Raising the matter during Leaders\' Questions, Deputy Nollaig Roe said islanders had been left "stranded in their own homes".',
        '"The people of the island are not asking for a luxury."',
      ].join('\n\n'),
    );
    expect(extraction.actors.map((actor) => actor.key)).toEqual(['person:nollaig-roe']);
  });
  it('gives messages read out at a hearing to the one person the article says sent them', () => {
    const extraction = extract(
      [
        'Councillor bullied clerk',
        'The hearing was told that Cllr Roland Roe sent the town clerk, Anjali Sethi, 23 messages between 11pm and 2am after she declined to add an item to an agenda.',
        'One message, read out by the independent investigator, said: "You work for us, not the other way round." Another said: "I will be raising your conduct."',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['You work for us, not the other way round.', 'person:roland-roe'],
      ['I will be raising your conduct.', 'person:roland-roe'],
    ]);
  });
  it('gives signs "put up by the residents\' association" to the association named before', () => {
    const extraction = extract(
      [
        'Solar farm row',
        "The Sheldwick and Fordham Residents' Association has objected to the plan.",
        'Campaign signs reading "No to Sheldwick Solar", put up by the residents\' association, line the verges.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'No to Sheldwick').speakerKey).toBe(
      'org:sheldwick-and-fordham-residents-association',
    );
  });
  it('reads "A Tullyvarn man", "who represents Tullyvarn East" and "the newly formed campaign group Guth na Glinne" by what they are', () => {
    const extraction = extract(
      [
        'Threats case',
        'A Tullyvarn man who sent a councillor 200 messages, some warning that she would be ‘burnt out’, faces jail.',
        'Kyle Jordan Roe, 34, pleaded guilty on Tuesday. The messages were sent to Cllr Adaeze Morrow-Okonjo, who represents Tullyvarn East on Blackwater Vale District Council.',
        'Outside, many carried placards made by the newly formed campaign group Guth na Glinne reading ‘Cùm a’ Ghàidhlig sa Ghlinn’.',
      ].join('\n\n'),
    );
    const keys = extraction.actors.map((actor) => actor.key);
    expect(keys).not.toContain('person:tullyvarn-east');
    expect(keys).toContain('org:guth-na-glinne');
    expect(quoteWith(extraction, 'Cùm a’').speakerKey).toBe('org:guth-na-glinne');
  });
  it('reads "within 90 minutes" and "the text line" as no documents, and an unnamed employee\'s "they said" as no body\'s', () => {
    const extraction = extract(
      [
        'Pumping station failed',
        'Thornmere and Lode Internal Drainage Board runs the station. Its clerk, Hamish Roe, said: "We had a fault."',
        'He said an operative had been on site within 90 minutes of the alarm, but accepted that the out-of-hours text line "was not good enough".',
        'One board employee, who asked not to be named, told the Gazette that the panel had been flagged for replacement.',
        '"It\'s been on the list for two years," they said.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['We had a fault.', 'person:hamish-roe'],
      ['was not good enough', 'person:hamish-roe'],
      ["It's been on the list for two years", null],
    ]);
  });
  it('gives a post by "The Guild\'s Kilbarron branch" to the Guild, reading Kilbarron as a place', () => {
    const extraction = extract(
      [
        'Trolley figures',
        "There are 47 patients on trolleys, according to the Irish Nurses' and Midwives' Guild.",
        'The Guild\'s Kilbarron branch posted on X earlier: "This is not normal and we will not accept it as normal."',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'This is not normal').speakerKey).toBe(
      'org:irish-nurses-and-midwives-guild',
    );
  });
});

describe('extractDocument: clubs, councils and courts', () => {
  it('gives "the club said" to the club itself when the only body called a club is its supporters\' club', () => {
    const extraction = extract(
      [
        'Pennard Vale RFC faces court over kit bill',
        'PENNARD VALE RFC could be wound up within weeks.',
        'In a statement posted on its Facebook page, the club said:',
        '"Pennard Vale RFC is aware of the petition and the committee is working to resolve it."',
        "The Pennard Vale RFC Supporters' Club shared a photograph of the 1994 side.",
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'is aware of the petition').speakerKey).toBe(
      'org:pennard-vale-rfc',
    );
  });
  it('reads "the younger Roe" as the one the article says is the other\'s son', () => {
    const extraction = extract(
      [
        'Club fights on',
        '"This is serious," said club chairman Idris Roe.',
        "The club captain, Gethin Roe, is the chairman's son.",
        '"The boys are gutted," the younger Roe said.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'The boys are gutted').speakerKey).toBe('person:gethin-roe');
  });
  it('reads "the TD", "the MSP" and "the Deputy" as the member named before, and a short sentence about "the mayor" as introducing her words', () => {
    const extraction = extract(
      [
        'Ferry row reaches the Dáil',
        'Deputy Nollaig Ó Ruairc said islanders had been left "stranded in their own homes".',
        '"I want to assure the Deputy that my officials are in contact," the minister, Deirdre Flanagan, said.',
        'The Deputy was unimpressed. "With respect, Minister, we heard the same thing on Monday."',
        'Calum Roe MSP said the delays were "a scandal".',
        '"Nobody is listening," the MSP said.',
        'Mayor Ruth Abara said the council would help. The mayor was blunt. "We cannot wait."',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['stranded in their own homes', 'person:nollaig-o-ruairc'],
      ['I want to assure the Deputy that my officials are in contact', 'person:deirdre-flanagan'],
      ['With respect, Minister, we heard the same thing on Monday.', 'person:nollaig-o-ruairc'],
      ['a scandal', 'person:calum-roe'],
      ['Nobody is listening', 'person:calum-roe'],
      ['We cannot wait.', 'person:ruth-abara'],
    ]);
  });
  it('reads "Príomhoide Gráinne Nic Giolla Easpaig" as a principal with a Gaelic surname, and "Principal says" opening a standfirst as her', () => {
    const extraction = extract(
      [
        'Gaelscoil parents protest over prefabs',
        "Principal says children have been 'learning in containers' for 13 years",
        'By Ann Roe',
        'Príomhoide Gráinne Nic Giolla Easpaig, who has led the school since 2016, addressed the crowd.',
        '"These children have been learning in containers for thirteen years," she said.',
        'Ms Nic Giolla Easpaig said afterwards that she was "not looking for a palace".',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['learning in containers', 'person:grainne-nic-giolla-easpaig'],
      [
        'These children have been learning in containers for thirteen years',
        'person:grainne-nic-giolla-easpaig',
      ],
      ['not looking for a palace', 'person:grainne-nic-giolla-easpaig'],
    ]);
  });
  it('ends a headline speaker\'s clause at a semicolon ("chief says …; council president calls …")', () => {
    const extraction = extract(
      [
        'Fire company and council trade barbs',
        "Fire chief says volunteers 'were never asked'; council president calls his post 'irresponsible'",
        'By Ann Roe',
        'Fire Chief Bryce Lindgren said volunteers were "never asked". Council President Teresa Mulligan called the post "irresponsible".',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['were never asked', 'person:bryce-lindgren'],
      ['irresponsible', 'person:teresa-mulligan'],
      ['never asked', 'person:bryce-lindgren'],
      ['irresponsible', 'person:teresa-mulligan'],
    ]);
  });
  it('names "Marek, 44," by the full name given further down, keeps "Will Roe" where "will" is a word, and reads Canon, Estates and Grange', () => {
    const extraction = extract(
      [
        'Bakery to close',
        'Halina Nowak will close the bakery in January.',
        'Her sons, Marek and Pawel, both work in the business. Marek, 44, who has run the ovens since his father died, says the rent will rise. "You can\'t sell enough loaves to cover that," he says.',
        'A spokesperson for the managing agent, Hallam Vale Estates, says the rent "reflects the open market value".',
        'The land next door is owned by Will Haddon-Roe, whose family has farmed at Ledmoor Grange for four generations. He told the meeting it would stay.',
        '"Solar gives us a guaranteed income," he said.',
        'The diocese\'s director of education, Canon Mark Odunsi, said: "Our first concern is for the children."',
        'Marek Nowak says the offer is "news to us".',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ["You can't sell enough loaves to cover that", 'person:marek-nowak'],
      ['reflects the open market value', 'org:hallam-vale-estates'],
      ['Solar gives us a guaranteed income', 'person:will-haddon-roe'],
      ['Our first concern is for the children.', 'person:mark-odunsi'],
      ['news to us', 'person:marek-nowak'],
    ]);
  });
  it('reads a lede opening in capitals ("A ROW over plans …") as no organisation', () => {
    const extraction = extract(
      [
        'Car park row splits the village',
        "A ROW over plans to charge for parking at the village hall 'has split the village in two', the chairman of the parish council has admitted.",
        "Chairman Geoffrey Ashby added: 'I know this has split the village in two.'",
      ].join('\n\n'),
    );
    expect(extraction.actors.map((actor) => actor.key)).not.toContain('org:row');
    expect(quoteWith(extraction, 'has split the village in two').speakerKey).toBe(
      'person:geoffrey-ashby',
    );
  });
  it('keeps "Residents Against Parking Charges" one group\'s name', () => {
    const extraction = extract(
      [
        'Leaflet row',
        'He hit back at a leaflet delivered by a group calling itself Marsh End Residents Against Parking Charges, which claimed the council had ‘already signed a contract’.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'already signed a contract').speakerKey).toBe(
      'org:marsh-end-residents-against-parking-charges',
    );
  });
  it('gives "his son Evan" and "his younger brother Oisín" the family\'s whole name, and leaves "Mr Treloar" to the father', () => {
    const extraction = extract(
      [
        'Mart closes',
        'Jim Corrigan, 74, and his son Evan, 41, have driven in with six bullocks. "Dad\'s right that it\'s sad," Evan says.',
        'Ciarán Mac Giolla Phádraig kicked seven points and his younger brother Oisín scored the goal.',
        '"I just hit it," Oisín said.',
        'Colm Treloar, 63, said he had thrown away two tonnes of stock. His son Jago, 34, said the family might sell.',
        '"We are hanging on by our fingernails," Mr Treloar said.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ["Dad's right that it's sad", 'person:evan-corrigan'],
      ['I just hit it', 'person:oisin-mac-giolla-phadraig'],
      ['We are hanging on by our fingernails', 'person:colm-treloar'],
    ]);
  });
  it('drops an occupation opening a sentence ("Auctioneer Paddy Roe") when the article writes it in lower case, possessive included', () => {
    const extraction = extract(
      [
        'Mart closes',
        'The auctioneer’s chant is the first thing you hear at the mart.',
        'Auctioneer Paddy Kearns, who has called sales since 1991, brings his stick down. "Sold," he says.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'Sold').speakerKey).toBe('person:paddy-kearns');
  });
  it('keeps "An 82-year-old woman who … said" unnamed, and reads the name after "the Irish-language group" as the group', () => {
    const extraction = extract(
      [
        'Street signs',
        'Councillor Sorcha Nic Aodha said the threshold had been "met comfortably".',
        'An 82-year-old woman who has lived on the road since 1969, and who did not want to be named, said she had voted against. "It is not the language," she said.',
        'Dara Ó Fiaich, development officer with the Irish-language group Glór Dhroma, described the decision as "a big step".',
        '"There are children on this road going to the Gaelscoil," he said.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['met comfortably', 'person:sorcha-nic-aodha'],
      ['It is not the language', null],
      ['a big step', 'person:dara-o-fiaich'],
      ['There are children on this road going to the Gaelscoil', 'person:dara-o-fiaich'],
    ]);
  });
  it('reads "the accused" and "the defendant" as the one the report says pleaded guilty', () => {
    const extraction = extract(
      [
        'Fence row in court',
        'Patrick Joseph "PJ" Kehoe, of Gortnamona, pleaded guilty at the District Court on Tuesday to criminal damage.',
        'The court heard that the accused had sent his cousin a text message which read: "Put that fence back where it was."',
        'In the letter, which was read into the record, the accused wrote: "I am ashamed of what I did."',
        '"I am sorry," the defendant said.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['Put that fence back where it was.', 'person:patrick-joseph-kehoe'],
      ['I am ashamed of what I did.', 'person:patrick-joseph-kehoe'],
      ['I am sorry', 'person:patrick-joseph-kehoe'],
    ]);
  });
  it('reads "he said" after "Cllr Kerr said he had known Mr Roe …" as Kerr, the subject, not the man he spoke of', () => {
    const extraction = extract(
      [
        'Club attacked',
        'Club chairman Cathal Mac Aodha said the damage was "sickening".',
        "Speaking later, Cllr William Kerrigan said he had known Mr Mac Aodha 'since we were both in short trousers'.",
        '"I will be the first with a shovel on Saturday," he said.',
        'Supervisor Gwen Larsen asked Mr Mac Aodha whether the club would accept help.',
        '"We would welcome it," he said.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'first with a shovel').speakerKey).toBe('person:william-kerrigan');
    expect(quoteWith(extraction, 'We would welcome it').speakerKey).toBe('person:cathal-mac-aodha');
  });
  it('gives "Ken and Pauline Hardacre" both the surname, so "Ken, beside her, shakes his head:" introduces Ken\'s words', () => {
    const extraction = extract(
      [
        'Bus cuts',
        'On the bus, Ken and Pauline Hartley are heading in for a hospital appointment. "We gave up the car two years ago," Pauline says. Ken, beside her, shakes his head: "The taxi is thirty quid each way."',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['We gave up the car two years ago', 'person:pauline-hartley'],
      ['The taxi is thirty quid each way.', 'person:ken-hartley'],
    ]);
  });
  it('reads a "Constabulary" as a police force, not a person', () => {
    const extraction = extract(
      [
        'Front desks to close',
        '"No police station is closing," Brackmoor Constabulary said in a statement.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'No police station').speakerKey).toBe(
      'org:brackmoor-constabulary',
    );
  });
  it('reads "Friends of St Edwold\'s" as a group whose name keeps the saint\'s possessive', () => {
    const extraction = extract(
      [
        'School to close',
        'The school\'s parent-teacher association, Friends of St Edwold\'s, posted on its Facebook page on Friday. The post read: "We are heartbroken but we are not giving up."',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'We are heartbroken').speakerKey).toBe(
      'org:friends-of-st-edwolds',
    );
  });
  it('reads "He warned" after a sentence ending in a quotation ("… as \'adequate\'. He warned …") as that sentence\'s subject', () => {
    const extraction = extract(
      [
        'Budget',
        'Imran Rafiq later said his group had submitted "detailed questions, not slogans" to the panel.',
        'The council\'s chief finance officer, Declan Moran, described the reserves as "adequate but not comfortable". He warned the authority "cannot continue to rely on one-off measures" to balance budgets.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'cannot continue to rely').speakerKey).toBe('person:declan-moran');
  });
  it("reads \"… as council leader accuses union of 'moving the goalposts'\" in a standfirst as the council's leader", () => {
    const extraction = extract(
      [
        'Bin strike enters second week',
        'Refuse workers reject offer as council leader accuses union of "moving the goalposts"',
        'The leader of Harrowmere council, Cllr Bernadette Okafor, said the authority had made "a fair offer".',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'moving the goalposts').speakerKey).toBe(
      'person:bernadette-okafor',
    );
  });
  it('keeps "where they chanted" a crowd\'s voice, not the council named before', () => {
    const extraction = extract(
      [
        'Bin strike',
        'About 60 strikers gathered outside Harrowmere Borough Council\'s depot, where they chanted "Who empties your bins? We do!"',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'Who empties your bins').speakerKey).toBeNull();
  });
  it('gives "inspectors said:" to the one inspectorate named before', () => {
    const extraction = extract(
      [
        'Maternity unit rated inadequate',
        'The Care Quality Inspectorate downgraded the service after an unannounced visit in May.',
        'In a report published on Wednesday, inspectors said: "Staff told us they were exhausted."',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'Staff told us').speakerKey).toBe('org:care-quality-inspectorate');
  });
  it('gives "Another said simply:" in a court round-up to the defendant who "sent 37 messages"', () => {
    const extraction = extract(
      [
        'Court round-up',
        'Darren Pike, 22, of Mill Lane, admitted assault and was fined.',
        'Kerry Mulrooney, 41, of Orchard Court, admitted breaching a restraining order.',
        "The court heard she sent 37 messages to the man over two days, including one which read: 'Think again.' Another said simply: 'You will regret this.'",
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'You will regret this').speakerKey).toBe('person:kerry-mulrooney');
  });
  it('reads "Tarrant Dene ward" as a place, so the councillor who represents it says her words', () => {
    const extraction = extract(
      [
        'Homes refused',
        'He was backed by Cllr Gwen Hollis, the member for neighbouring Tarrant Dene ward, who said the road would pass the school.',
        '"We are talking about lorries going past a school gate," she said.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'We are talking about lorries').speakerKey).toBe(
      'person:gwen-hollis',
    );
  });
  it('reads "Two days later he sent another:" as his words', () => {
    const extraction = extract(
      [
        'Treasurer jailed',
        'Royston Bell, 61, admitted fraud.',
        "In one message he wrote: 'I have done this job for 11 years.'",
        "Two days later he sent another: 'Can we talk before this goes any further?'",
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'Can we talk').speakerKey).toBe('person:royston-bell');
  });
  it('gives "A spokesperson said:" to the body the sentence before is about, and its words to the headline that repeats them', () => {
    const extraction = extract(
      [
        "Villagers raise £310,000 to buy pub - but brewery says it is 'not for sale'",
        'Campaigners have raised the money to buy the Plough.',
        "But Greysmoor Brewery insists it has no intention of selling. A spokesperson said: 'The Plough is not for sale. We are reviewing options.'",
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['not for sale', 'org:greysmoor-brewery'],
      ['The Plough is not for sale. We are reviewing options.', 'org:greysmoor-brewery'],
    ]);
  });
  it('keeps "One man …, spoke to the station on condition that he is not named" unnamed for the "he says" after', () => {
    const extraction = extract(
      [
        'Burglaries',
        'Chief Supt Ifeoma Nwosu rejects that. "Response times have improved," she says.',
        'One man in his late seventies, whose farmhouse was broken into on January 4th, spoke to Glenmore FM on condition that he is not named.',
        'He says he came home from Mass to find the back door forced.',
        '"It was not the money. It was her rings," he says.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'It was not the money').speakerKey).toBeNull();
  });
  it('reads "The Cathaoirleach, Cllr Declan Furey," as a post before the name, not a person', () => {
    const extraction = extract(
      [
        'Greenway',
        'The Cathaoirleach, Cllr Declan Furey, moved the meeting on after almost an hour, saying the item would come back in April "with the letter on the table".',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'with the letter on the table').speakerKey).toBe(
      'person:declan-furey',
    );
  });
  it('reads "Cabinet member for finance Cllr Rashid Amin said" as the councillor, past the portfolio', () => {
    const extraction = extract(
      [
        'Budget',
        'Cabinet member for finance Cllr Rashid Amin said there was "no fat left to cut".',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'no fat left to cut').speakerKey).toBe('person:rashid-amin');
  });
  it('keeps the Welsh "ferch" inside a name ("Mabli ferch Einion", then "Cllr ferch Einion")', () => {
    const extraction = extract(
      [
        'Second homes',
        'Council leader Cllr Mabli ferch Elis said the vote was "the most important we will have this term".',
        '"This is not about punishing anyone," Cllr ferch Elis said.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['the most important we will have this term', 'person:mabli-ferch-elis'],
      ['This is not about punishing anyone', 'person:mabli-ferch-elis'],
    ]);
  });
  it('keeps "Cyfeillion Ysgol Cwm Eithin" one body: no person\'s name after the noun that opens it', () => {
    const extraction = extract(
      [
        'School closure',
        "Sioned Morgan, who chairs the parents' group Cyfeillion Ysgol Cwm Eithin, said the village felt ignored.",
        'Speaking in Welsh at a meeting on Monday, she added: "Mae\'r ysgol yn galon i\'r pentref."',
      ].join('\n\n'),
    );
    expect(extraction.actors.map((actor) => actor.key)).toContain(
      'org:cyfeillion-ysgol-cwm-eithin',
    );
    expect(quoteWith(extraction, 'yn galon').speakerKey).toBe('person:sioned-morgan');
  });
  it('gives "X sent a text message to Mrs Y which read:" to the sender, not the one it was sent to', () => {
    const extraction = extract(
      [
        'Farmer fined',
        'Kenneth Lowrie, 58, admitted behaving in a threatening manner. The chair, Isobel Gault, told him to stop.',
        'The court heard that later that evening Lowrie sent a text message to Mrs Gault which read: "You will regret tonight."',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'You will regret tonight').speakerKey).toBe(
      'person:kenneth-lowrie',
    );
  });
  it('reads "… by a run of cancellations, the chair of the local community council has said." as the chair named next', () => {
    const extraction = extract(
      [
        "Ferry cancellations leave island 'cut off', says community council chair",
        "Residents have been left 'cut off from the mainland for days' by a run of cancellations on the only ferry route, the chair of the local community council has said.",
        'Ealasaid NicLeod, who chairs Fladday Community Council, said 41 sailings were cancelled.',
        "'People are missing appointments,' she said.",
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['cut off', 'person:ealasaid-nicleod'],
      ['cut off from the mainland for days', 'person:ealasaid-nicleod'],
      ['People are missing appointments', 'person:ealasaid-nicleod'],
    ]);
  });
  it('reads "One post, by Aberwennol father-of-two Gareth Roe, … It reads:" as his post, and "Ysbyty Coffa Aberwennol" as a hospital', () => {
    const extraction = extract(
      [
        'Minor injuries unit',
        'The minor injuries unit at Ysbyty Coffa Aberwennol will close overnight, the Cefnfor University Health Board said.',
        'One post, by Aberwennol father-of-two Gareth Pryce, has been shared hundreds of times. It reads: "My daughter fell off a trampoline at 10 o\'clock at night."',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'My daughter fell').speakerKey).toBe('person:gareth-pryce');
  });
  it('reads "NorthWest Trunk Roads" as a company, and "the company" as it rather than the Directorate it works for', () => {
    const extraction = extract(
      [
        'Landslip closes road',
        'No one was injured. NorthWest Trunk Roads, which maintains the road under contract to the Highland Roads Directorate, said it would remain shut "until at least the weekend".',
        'In a post on X, the company wrote: "CLOSED: road closed due to landslip."',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['until at least the weekend', 'org:northwest-trunk-roads'],
      ['CLOSED: road closed due to landslip.', 'org:northwest-trunk-roads'],
    ]);
  });
  it('reads a place joined by "and" to an object ("councillor for Cressing and Longwick") as no subject', () => {
    const extraction = extract(
      [
        'School closure',
        'Cllr Helen Marsh, the independent councillor for Cressing and Longwick, who abstained in the vote, described the consultation as "a fig leaf".',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'a fig leaf').speakerKey).toBe('person:helen-marsh');
  });
  it('reads "he jokes", "she mutters" and "he muses" as speech in the present tense', () => {
    const extraction = extract(
      [
        'Pub saved',
        'Retired farmer Gordon Ashby rebuilt the oak partition in the snug.',
        '"I have drunk in this pub since 1971," he jokes.',
        'His neighbour Fatima Rahman is less sure. "We will see," she mutters.',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['I have drunk in this pub since 1971', 'person:gordon-ashby'],
      ['We will see', 'person:fatima-rahman'],
    ]);
  });
  it('reads the ward a councillor "represents" as no subject, and "Kingsmead Meadows" as a place', () => {
    const extraction = extract(
      [
        'River closed to swimmers',
        'The bathing spot at Kingsmead Meadows was closed for the third summer running.',
        'Cllr Alan Preston, who represents Kingsmead on Wyvernshire County Council, has written to the water company\'s chief executive demanding "a date, not a promise" for the work.',
      ].join('\n\n'),
    );
    expect(extraction.actors.map((actor) => actor.key)).not.toContain('person:kingsmead-meadows');
    expect(quoteWith(extraction, 'a date, not a promise').speakerKey).toBe('person:alan-preston');
  });
  it('leaves "he says" to the quotation before it in \'"…," he says, and Ritchie rolls her eyes: "…"\'', () => {
    const extraction = extract(
      [
        'Short lets',
        'Jean Ritchie admits she wrote the sign.',
        'Across the landing lives Marek Nowak. "I like the tourists, mostly," he says, and Ritchie rolls her eyes: "He has never carried their bins."',
      ].join('\n\n'),
    );
    expect(said(extraction)).toEqual([
      ['I like the tourists, mostly', 'person:marek-nowak'],
      ['He has never carried their bins.', 'person:jean-ritchie'],
    ]);
  });
  it('reads a Welsh "Cyf" (Ltd) as closing a company\'s name', () => {
    const extraction = extract(
      [
        'Creamery jobs',
        '"We are proud of every one of our staff," Hufenfa Dyffryn Cyf said in a statement.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'We are proud').speakerKey).toBe('org:hufenfa-dyffryn-cyf');
  });
  it('reads "sent from the Provost’s council account" as the Provost\'s email', () => {
    const extraction = extract(
      [
        'Provost row',
        'Provost Graham Fergus denied the claims.',
        'Councillor Aileen Chisholm lodged a complaint.',
        'The Journal has seen the email, sent from the Provost’s council account after Cllr Chisholm raised the cost. It reads in part: "With respect, Aileen, you have been on this council long enough."',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'With respect, Aileen').speakerKey).toBe('person:graham-fergus');
  });
  it('reads "Sgt Tierney" as the Tierney introduced as "Sergeant", not the farmer of that name', () => {
    const extraction = extract(
      [
        'Rural crime meeting',
        'Farmer Pat Tierney said thefts were rising.',
        'Sergeant Helen Tierney, who heads the unit, said she is no relation of Pat.',
        '"If you see something, send it," Sgt Tierney said.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'If you see something').speakerKey).toBe('person:helen-tierney');
  });
  it('reads "the convener of the … group, the Rev Anne-Marie Roe, wrote that" as the convener named after', () => {
    const extraction = extract(
      [
        'Kirk union',
        "In a letter to both congregations in January, the convener of the presbytery's mission planning group, the Rev Anne-Marie Kowal, wrote that the presbytery could ‘no longer sustain two buildings’.",
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'no longer sustain').speakerKey).toBe('person:anne-marie-kowal');
  });
  it('gives "The presbytery clerk, the Rev Neil Roe," the post, so "the clerk said" is him and not the session clerk named before', () => {
    const extraction = extract(
      [
        'Kirk union',
        "Ian Adebayo, session clerk at St Fillan's for 14 years, said the congregation would appeal.",
        'The presbytery clerk, the Rev Neil Cathcart, rejected the claim.',
        "Any appeal must be lodged within 28 days, the clerk said, adding: 'We would encourage them to take advice.'",
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'We would encourage them').speakerKey).toBe(
      'person:neil-cathcart',
    );
  });
  it('reads "Among them, Ms Lennon said, was a message … which read:" as the defendant\'s, and "Counsel said" as the barrister\'s', () => {
    const extraction = extract(
      [
        'Hedge row texts',
        'Kenneth Hamill, 52, of Drumard Road, admitted harassment.',
        'Among them, Ms Lennon said, was a message sent at 1.14am which read: "You will regret going to the cops."',
        'Defence barrister Owen Cafferty said his client was ashamed.',
        'Counsel said the late father had left the farm divided "in a way that was always going to cause trouble".',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'You will regret going').speakerKey).toBe('person:kenneth-hamill');
    expect(quoteWith(extraction, 'always going to cause trouble').speakerKey).toBe(
      'person:owen-cafferty',
    );
  });
  it('gives "Aoibhe Roe, a sixth-class pupil, whose placard read:" her own placard', () => {
    const extraction = extract(
      [
        'School merger protest',
        'Among the crowd was his daughter Aoibhe Nic Eoin, a sixth-class pupil, whose placard read: "My granny went here. I want my little brother to go here."',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'My granny went here').speakerKey).toBe('person:aoibhe-nic-eoin');
  });
  it('reads \'"Coats on, children!" Roe calls.\' as speech, and "calls the plan" as none', () => {
    const extraction = extract(
      [
        'Naionra',
        'Mary Roe has led the group for 19 years. She calls the prefab "the palace".',
        '"Coats on, children!" Roe calls. They run for the pegs.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'Coats on, children!').speakerKey).toBe('person:mary-roe');
  });
  it('keeps "The 47\'s regular driver, who did not want to be named, says" unnamed for the "he says" after', () => {
    const extraction = extract(
      [
        'Bus cuts',
        'Parish council chair Venkat Subramani says he has written to the mayor.',
        'The 47’s regular driver, who did not want to be named, says the morning runs are busier.',
        '"The early ones are full of regulars," he says.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'The early ones').speakerKey).toBeNull();
  });
  it('gives the words a council "heard" to the one the next paragraph says "The warning came from"', () => {
    const extraction = extract(
      [
        'Greenway route row',
        'A proposed greenway along the disused railway line would "cut farms in two", members of Carrigmore County Council heard on Monday.',
        'The warning came from Cllr Tomás Ó Duinn (Ind), who told the chamber that 14 families had not been consulted.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'cut farms in two').speakerKey).toBe('person:tomas-o-duinn');
  });
  it('gives "was described by the prosecution as \'…\'" to the prosecutor named below', () => {
    const extraction = extract(
      [
        'Treasurer jailed',
        "Royston Bale, 61, looked after the parish council's money and was described by the prosecution as 'the man everybody trusted'.",
        "Prosecutor Nathaniel Ossai said the fraud unravelled in July. 'There were no invoices,' Mr Ossai said.",
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'the man everybody trusted').speakerKey).toBe(
      'person:nathaniel-ossai',
    );
  });
  it('keeps "cries of “Table it!”" a crowd\'s, not the Speaker\'s named after it', () => {
    const extraction = extract(
      [
        'Minister under fire',
        'Opposition MPs responded with cries of "Table it!", and Speaker Margaret Dunlevy twice warned the Member for Hollis before ordering him out.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'Table it!').speakerKey).toBeNull();
  });
  it('reads "Mr Forum" as a person, and his full name with him, though "Forum" can end a body\'s name', () => {
    const extraction = extract(
      [
        'Budget vetoed',
        'Tamsin Forum, who runs the fund, had asked for more.',
        '"We need the money," Ms Forum told the board.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'We need the money').speakerKey).toBe('person:tamsin-forum');
    expect(extraction.actors.find((a) => a.key === 'person:tamsin-forum')?.kind).toBe('Person');
  });
  it('gives the post a paragraph opens with ("Ashby\'s police commissioner has …") to the person the next one names first', () => {
    const extraction = extract(
      [
        'Precept vetoed',
        "Ashby's police and crime commissioner has had his budget vetoed by the panel.",
        'Cyril Maddox-Oduya, who oversees Ashby Police, had proposed a rise.',
        'Cllr Nora Pell said the panel wanted detail.',
        'The commissioner said the decision would "cost officers".',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'cost officers').speakerKey).toBe('person:cyril-maddox-oduya');
  });
  it('gives the words of a participle "finding that … \'…\'" to the subject of its sentence', () => {
    const extraction = extract(
      [
        'Inquest verdict',
        'Senior coroner Lydia Farraday-Osei recorded a narrative conclusion, finding that the wait had "more than minimally contributed" to the death.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'more than minimally').speakerKey).toBe(
      'person:lydia-farraday-osei',
    );
  });
  it('gives "the report says" to who wrote "In a prevention of future deaths report sent to the trust, which runs …, Mrs X wrote"', () => {
    const extraction = extract(
      [
        'Coroner warns of delays',
        'In a prevention of future deaths report sent to Harbridge Hospitals NHS Trust, which runs the Royal Infirmary, Mrs Ellery-Nakamura wrote that crews had waited for hours.',
        '"Eleven ambulances were queuing," the report says.',
        'Area coroner Joan Ellery-Nakamura recorded a narrative conclusion.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'Eleven ambulances').speakerKey).toBe(
      'person:joan-ellery-nakamura',
    );
  });
  it('names "Her husband, Marcus, a parent governor, said" with the family name of the woman just named', () => {
    const extraction = extract(
      [
        'School closure row',
        "Agata Wierzbicka, whose son attends the school, said: 'We will fight this.'",
        "Her husband, Marcus, a parent governor, said the figures had been 'cherry-picked'.",
        "'They have drawn a straight line,' he said.",
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'cherry-picked').speakerKey).toBe('person:marcus-wierzbicka');
    expect(quoteWith(extraction, 'straight line').speakerKey).toBe('person:marcus-wierzbicka');
  });
  it('reads "the rector said" as the rector named before, and "Little Marwick" as a place, not a person', () => {
    const extraction = extract(
      [
        'Fete cancelled',
        'But the Rev Canon Tobias Quarrie, rector of Ebbsworth with Little Tandridge, said the account was "simply not accurate".',
        '"Nobody banned anything," the rector said.',
        'He said the council had offered to meet. "They declined each time."',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'Nobody banned').speakerKey).toBe('person:tobias-quarrie');
    expect(quoteWith(extraction, 'They declined').speakerKey).toBe('person:tobias-quarrie');
    expect(extraction.actors.some((a) => a.key === 'person:little-tandridge')).toBe(false);
  });
  it('gives "her sister-in-law said" to the in-law of the woman just quoted, past the possessive in her apposition', () => {
    const extraction = extract(
      [
        'Fete row',
        'Organiser Maura Quennell said the committee was heartbroken.',
        'Dawn Quennell, a churchwarden and Maura Quennell’s sister-in-law, said she felt "caught in the middle".',
        '"Something had to change," she said.',
        'Asked about that, her sister-in-law said: "One incident in seventy years."',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'Something had to change').speakerKey).toBe(
      'person:dawn-quennell',
    );
    expect(quoteWith(extraction, 'One incident').speakerKey).toBe('person:maura-quennell');
  });
  it('does not take "he said" for the nephew he "had spoken to"', () => {
    const extraction = extract(
      [
        'Club expelled',
        'Manager Ruairí Mac Giolla Rua — Fiach’s uncle — was more forthright.',
        '"It is a disgrace," he said.',
        'Asked whether he had spoken to his nephew about it, he said: "He is 19. He just wants to play."',
        'Fiach Mac Giolla Rua did not comment.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'He just wants to play').speakerKey).toBe(
      'person:ruairi-mac-giolla-rua',
    );
  });
  it('gives a message "the inspector read to the court" to its sender, though it writes his victim\'s name in lower case', () => {
    const extraction = extract(
      [
        'Brothers fined',
        'Kieran Mallow also admitted sending a threatening message to the referee, Dominic Fahertyson.',
        'Later that evening, Mr Fahertyson received a message on Instagram from an account belonging to Kieran Mallow.',
        'Inspector Orla Brannagh read the message to the court: "ur a disgrace fahertyson. everyone knows where u live."',
        '"I was afraid to go home," Mr Fahertyson said.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'ur a disgrace').speakerKey).toBe('person:kieran-mallow');
    expect(quoteWith(extraction, 'afraid to go home').speakerKey).toBe('person:dominic-fahertyson');
  });
  it('makes the victim who "said" in a statement "read to the court by" an inspector its author', () => {
    const extraction = extract(
      [
        'Brothers fined',
        'The referee, Dominic Fahertyson, was threatened after the final.',
        'In a victim impact statement, read to the court by Inspector Declan Brannagh, Mr Fahertyson said he had refereed for 19 years.',
        '"I have been shouted at more times than I could count," he wrote.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'shouted at more times').speakerKey).toBe(
      'person:dominic-fahertyson',
    );
    expect(quoteWith(extraction, 'shouted at more times').source).toMatchObject({
      medium: 'statement',
      authorKey: 'person:dominic-fahertyson',
    });
  });
  it('keeps a person named at the start of a standfirst a person when the headline above ends "from charity"', () => {
    const extraction = extract(
      [
        'Former treasurer jailed for stealing £63,000 from charity',
        'Royston Penhallow-Meek used money raised at quiz nights to feed a gambling habit, court hears',
        'When the chair confronted him, Penhallow-Meek replied: "I have been a complete idiot."',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'complete idiot').speakerKey).toBe(
      'person:royston-penhallow-meek',
    );
  });
  it('gives "In one, he wrote:" to the author of the messages just named, not to who read them out', () => {
    const extraction = extract(
      [
        'Treasurer jailed',
        'Royston Penhallow-Meek, 59, admitted fraud.',
        'Prosecuting, Nikhil Asante said the trustees had trusted him.',
        "Mr Asante read out a series of text messages Penhallow-Meek sent her over the following weeks. In one, he wrote: 'Bank being a nightmare, will get printouts to you after the quiz night x'.",
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'Bank being a nightmare').speakerKey).toBe(
      'person:royston-penhallow-meek',
    );
  });
  it('reads "Fr" and "the Ven" as clergy titles, "The Archdeacon of X, the Ven Y" as Y\'s post, and "the Fr Roe Cup" as no one', () => {
    const extraction = extract(
      [
        'Lead theft',
        'Fr Anselm Okonkwo-Reilly said the sale was not his decision. "I will do whatever I can," Fr Okonkwo-Reilly said.',
        "The Archdeacon of Tallowford, the Ven Crispin Maitland, visited on Monday. The archdeacon said the diocese would help the parish apply for emergency grants, but warned that replacing lead was 'no longer realistic' for rural churches.",
        'When captain Aidan Roe lifted the Fr Hennelly Cup, he began his speech. "And Oisín," he said.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'whatever I can').speakerKey).toBe('person:anselm-okonkwo-reilly');
    expect(quoteWith(extraction, 'no longer realistic').speakerKey).toBe('person:crispin-maitland');
    expect(quoteWith(extraction, 'And Oisín').speakerKey).toBe('person:aidan-roe');
  });
  it('gives a quotation after "He points at a twisted steel frame in the corner." to the man pointing', () => {
    const extraction = extract(
      [
        'Clubhouse fire',
        'Club chairman Cathal Breslin-Ayodele stands at the edge of the blackened shell.',
        'He points at a twisted steel frame in the corner. "That was the trophy cabinet. My father built it."',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'trophy cabinet').speakerKey).toBe(
      'person:cathal-breslin-ayodele',
    );
  });
  it('makes whoever "set up an online fundraising page" the author of what the fundraising page says', () => {
    const extraction = extract(
      [
        'Clubhouse fire',
        'Club secretary Nuala Breslin-Ayodele set up an online fundraising page on Sunday.',
        'The fundraising page reads: "This club has been there for every family for 41 years."',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'every family').speakerKey).toBe('person:nuala-breslin-ayodele');
  });
  it('reads "Dalesway Coaches" as a company and "a county council report" as the county council\'s', () => {
    const extraction = extract(
      [
        'Bus route axed',
        'Dalesway Coaches has told Tarnshire County Council it will stop running the 47.',
        'According to a county council report, it carries "an average of 6.2 passengers per journey".',
        'The MP, Imelda Forsyth-Adu, has written to both Dalesway and the council. In her letter, she described the decision as "short-sighted".',
      ].join('\n\n'),
    );
    expect(extraction.actors.find((a) => a.key === 'org:dalesway-coaches')?.kind).toBe(
      'Organization',
    );
    expect(quoteWith(extraction, 'an average of 6.2').speakerKey).toBe(
      'org:tarnshire-county-council',
    );
    expect(quoteWith(extraction, 'short-sighted').speakerKey).toBe('person:imelda-forsyth-adu');
  });
  it('reads grades ("from "good" to "requires improvement"", "as "inadequate"") as labels, and "the report says" as the inspectorate whose report "Its report" was', () => {
    const extraction = extract(
      [
        'Hospital downgraded',
        'The Care Quality Standards Inspectorate visited the hospital unannounced in July. Its report, published on Thursday, downgrades Wexley Hospitals NHS Trust from "good" to "requires improvement" overall, and rates urgent care as "inadequate".',
        '"Inspectors saw patients on trolleys in corridors for extended periods," the report says.',
      ].join('\n\n'),
    );
    expect(extraction.quotes.map((q) => q.text)).not.toContain('good');
    expect(extraction.scareQuotes.map((q) => q.text)).toEqual(
      expect.arrayContaining(['good', 'requires improvement', 'inadequate']),
    );
    expect(quoteWith(extraction, 'Inspectors saw patients').speakerKey).toBe(
      'org:care-quality-standards-inspectorate',
    );
  });
  it('reads "UPDATE, 4.10pm: In a statement issued after publication, Prof X said" as X\'s statement', () => {
    const extraction = extract(
      [
        'Hospital downgraded',
        'UPDATE, 4.10pm: In a statement issued after publication, Prof Ingrid Salo-Mensah said the trust had opened 28 beds.',
        '"We accept the findings in full," the statement said.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'We accept the findings').speakerKey).toBe(
      'person:ingrid-salo-mensah',
    );
  });
  it('gives "…," says the 77-year-old to the woman just written about, past "St Aidan\'s." (a church, not a person)', () => {
    const extraction = extract(
      [
        'The last bus',
        'Winifred Okonedo-Price has caught the 27 almost every weekday since 1988. On Thursdays it takes her to the lunch club at St Aidan’s.',
        '“It’s the only way I see anyone,” says the 77-year-old, who gave up driving after a stroke.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'only way I see anyone').speakerKey).toBe(
      'person:winifred-okonedo-price',
    );
    expect(extraction.actors.find((a) => a.name.startsWith('St Aidan'))?.kind).toBe('Organization');
  });
  it('learns no gender from "X, whose mother was treated there, said she …"', () => {
    const extraction = extract(
      [
        'Corridor care',
        "Harold Quigley-Mbeki, 68, whose mother was treated at St Aldhelm's in December, said she spent two nights in a corridor. 'The nurses were angels,' he said.",
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'The nurses were angels').speakerKey).toBe(
      'person:harold-quigley-mbeki',
    );
  });
  it('keeps the words "one St Malachy\'s mentor told him" unattributed', () => {
    const extraction = extract(
      [
        'Club banned',
        "Referee Joe Nolan's report states that one St Malachy's mentor told him: \"You'll not get out of this county tonight.\"",
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'get out of this county').speakerKey).toBeNull();
  });
  it('gives the words after "Carradine disputes that." to him, and reads "Morcaster Interchange" as a place, not a person', () => {
    const extraction = extract(
      [
        'Route axed',
        'The route between Hollins Brook and Tarnford Interchange will be withdrawn, Owen Carradine-Blake, the managing director, confirmed.',
        'The mayor says the operator gave too little notice.',
        'Carradine-Blake disputes that. “We told the combined authority in March. Five months is not the last minute.”',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'We told the combined authority').speakerKey).toBe(
      'person:owen-carradine-blake',
    );
    expect(extraction.actors.some((a) => a.key === 'person:tarnford-interchange')).toBe(false);
  });
  it('gives a paragraph of quotation to the person "The society\'s chair, retired accountant X, remembers …" just above', () => {
    const extraction = extract(
      [
        'Village buys its shop',
        'The society’s chair, retired accountant Bashir Okoro-Lund, remembers the moment they passed their target.',
        '“It was a Thursday night, and the treasurer rang me at about half ten.”',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'It was a Thursday night').speakerKey).toBe(
      'person:bashir-okoro-lund',
    );
  });
  it('reads "Hendrik van der Lught" whole, and "Van der Lught declined …" as him', () => {
    const extraction = extract(
      [
        'Estate buyout',
        'The owner since 2019 has been Hendrik van der Lught, a logistics entrepreneur.',
        'Van der Lught declined to be interviewed. In an email, he writes: "I bought Tarra because I love this glen."',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'I bought Tarra').speakerKey).toBe('person:hendrik-van-der-lught');
  });
  it('gives "Addressing Dylan Roe directly, he said:" to the judge, not to the man addressed', () => {
    const extraction = extract(
      [
        'Brothers fined',
        'Judge Desmond Okafor-Lyle said referees gave up their weekends for little thanks.',
        '"This is a football pitch, not a battlefield," the judge said.',
        'Addressing Dylan Furlough directly, he said: "You sent a man a message telling him you knew where he lived."',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'You sent a man a message').speakerKey).toBe(
      'person:desmond-okafor-lyle',
    );
    expect(extraction.actors.map((a) => a.key)).toContain('person:dylan-furlough');
  });
  it('reads "Coastal Vessels Scotland" and "Harrasay Stores" as bodies, not people', () => {
    const extraction = extract(
      [
        'Ferry delayed',
        'Coastal Vessels Scotland said the return had been delayed by "unforeseen steelwork".',
        'Donald MacAskill runs the island’s only shop.',
        'The shopkeeper said he had written off £4,000 of stock at Harrasay Stores.',
        '"I have had to pour milk down the drain," he said.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'unforeseen steelwork').speakerKey).toBe(
      'org:coastal-vessels-scotland',
    );
    expect(quoteWith(extraction, 'pour milk').speakerKey).toBe('person:donald-macaskill');
  });
  it('reads "PCSO Kerry-Ann X" and "DC Y" as officers with their ranks', () => {
    const extraction = extract(
      [
        '20mph row',
        'Headteacher Andrew Kowalczuk said the school supported the plan.',
        'PCSO Kerry-Ann Boatswain of West Arden Police said officers had carried out speed checks.',
        '"Most drivers are doing the right thing," she said.',
        'DC Imran Lodhi said: "We are appealing for witnesses."',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'Most drivers').speakerKey).toBe('person:kerry-ann-boatswain');
    expect(quoteWith(extraction, 'appealing for witnesses').speakerKey).toBe('person:imran-lodhi');
  });
  it('gives "The younger Pargeter admits …" to the son named in "Roy\'s son, Danny Pargeter,"', () => {
    const extraction = extract(
      [
        'Pavilion fire',
        'Roy Pargeter built the pavilion in 1974.',
        'Roy’s son, Danny Pargeter, the first-team captain, set up an online fundraiser.',
        'The younger Pargeter admits he hasn’t slept much. “You keep thinking, who would do this?”',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'who would do this').speakerKey).toBe('person:danny-pargeter');
  });
  it('keeps "Mr Hesketh" for the man it meant before his brother was named, when the brother is named in full each time', () => {
    const extraction = extract(
      [
        'Lead theft',
        'Churchwarden Trevor Hesketh-Ward said 40 square metres of lead had been taken.',
        'Mr Hesketh-Ward said the alarm had been triggered at 2.40am.',
        'His brother, Neil Hesketh-Ward, a roofer, said the thieves "knew exactly what they were doing".',
        '"That is not opportunists," Neil Hesketh-Ward said.',
        'The archdeacon, the Ven Michael Tregarth, issued a statement.',
        'Mr Hesketh-Ward said the insurance would cover only £7,500. "We will fundraise again," he said.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'fundraise again').speakerKey).toBe('person:trevor-hesketh-ward');
  });
  it('reads "the co-op warned" as the body named "the island\'s community development co-operative", and "the Minister of State said" as her', () => {
    const extraction = extract(
      [
        'Ferry contract',
        "Máire Ní Fhearghail, manager of Comharchumann Forbartha Inis Bó, the island's community development co-operative, said the co-op had not been consulted.",
        'In a written submission last month, the co-op warned that families would be "stranded four days out of seven".',
        'Replying, Minister of State Róisín Ní Chonghaile said the contract would be kept under review.',
        '"Nobody will be left without a service," the Minister of State said.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'stranded four days').speakerKey).toBe(
      'org:comharchumann-forbartha-inis-bo',
    );
    expect(quoteWith(extraction, 'Nobody will be left').speakerKey).toBe(
      'person:roisin-ni-chonghaile',
    );
  });
  it("gives a standfirst's words to who says them in the second paragraph of her statement below", () => {
    const extraction = extract(
      [
        'Driver jailed over fatal crash',
        'Mother tells court: “Our house is so quiet now”',
        'The victim’s mother, Lorraine Hessing-Obi, read a victim impact statement to the court.',
        '“Ciara was the baby of our family,” she said.',
        '“Our house is so quiet now. Her brothers don’t come home at the weekends.',
        '“I don’t hate him. But I need him to know what he took.”',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'Our house is so quiet now').speakerKey).toBe(
      'person:lorraine-hessing-obi',
    );
  });
  it('reads "That document concluded" as the document just named, and "That post went up on the authority\'s Facebook page" as the authority\'s', () => {
    const extraction = extract(
      [
        'Maternity unit to close',
        'The Western Glens Health Trust confirmed the unit would close.',
        "Dr Priya Rao-Lennox said the Trust's consultation document, published in February, set out why the change was needed.",
        'That document concluded that the current model would leave women "exposed to an unacceptable level of clinical risk".',
        'The Tarrow Water Authority lifted the notice on Thursday.',
        '"I found out from a Facebook post at eleven o\'clock at night," said Lakisha Boone, who runs a residents\' group.',
        'That post went up on the authority’s Facebook page at 10.48pm. It read, in full: "BOIL WATER NOTICE: bring water to a rolling boil."',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'unacceptable level of clinical risk').speakerKey).toBe(
      'org:western-glens-health-trust',
    );
    expect(quoteWith(extraction, 'BOIL WATER NOTICE').speakerKey).toBe(
      'org:tarrow-water-authority',
    );
  });
  it('reads a shop named for its owner ("Pettigrew\'s Bakery") whole, as a business', () => {
    const extraction = extract(
      [
        'Bakery to close',
        "Pettigrew's Bakery will close on 28 March after 61 years.",
        'Alan Pettigrew said: "It\'s time."',
      ].join('\n\n'),
    );
    expect(extraction.actors.find((a) => a.key === 'org:pettigrews-bakery')?.kind).toBe(
      'Organization',
    );
  });
  it('reads "Oakhurst Homes" as a housebuilder whose statement says "misinformation", and "Homes for the Future" as no speaker', () => {
    const extraction = extract(
      [
        'Homes approved',
        'Last week the row escalated when Brackenhurst Homes issued a statement accusing campaigners of circulating "misinformation" on social media.',
        'The minister said the Government was building "more homes than ever" under its Homes for the Future plan.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'misinformation').speakerKey).toBe('org:brackenhurst-homes');
    expect(extraction.actors.some((a) => a.key === 'org:homes-for-the-future')).toBe(false);
  });
  it('gives "…," one read to the sender of the messages "Mr X said, Y sent", not to the prosecutor who read them', () => {
    const extraction = extract(
      [
        'Allotment feud',
        'Prosecutor Imran Saddiq said Kenneth Allbright, 67, had been served with an eviction notice.',
        'Over the following fortnight, Mr Saddiq said, Allbright sent Mrs Dube a series of text messages. He read several of them to the court.',
        '"You have no idea who you\'re dealing with," one read.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'no idea who').speakerKey).toBe('person:kenneth-allbright');
  });
  it('gives a placard "She carried" to the woman just named', () => {
    const extraction = extract(
      [
        'Library march',
        'Among the marchers was Mavis Okonjo-Trent, 81. She carried a hand-painted placard reading “I shushed your grandparents”.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'I shushed').speakerKey).toBe('person:mavis-okonjo-trent');
  });
  it('keeps "…," the councillor said unnamed right after "One senior member, who spoke on condition of anonymity, said"', () => {
    const extraction = extract(
      [
        'Leader faces vote',
        'Cllr Anjali Narang, the council leader, denied any wrongdoing.',
        'One senior member of the ruling group, who spoke on condition of anonymity, said colleagues were "seriously considering" abstaining.',
        '"People are loyal to Anjali, but they\'re not stupid," the councillor said.',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'People are loyal').speakerKey).toBeNull();
  });
  it('reads "Tarrow Cross station" as a place, so "He added" stays with the chairman', () => {
    const extraction = extract(
      [
        'Car park row',
        'The chairman, Cllr Desmond Achterfeld, said the car park was used by people catching the train from nearby Tarrow Cross station.',
        '"We have a duty to the precept payers of this parish," he said.',
        'He added that hall users could apply for free permits. "Nobody who is coming to a class will pay a penny."',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, 'Nobody who is coming').speakerKey).toBe(
      'person:desmond-achterfeld',
    );
    expect(extraction.actors.some((a) => a.key === 'person:tarrow-cross')).toBe(false);
  });
  it('reads "Ravensholt Rovers" as a club and "Rovers\' official account on X posted" as the club', () => {
    const extraction = extract(
      [
        'Cup final',
        'Ravensholt Rovers ended 38 years of waiting in front of a crowd of 1,214.',
        'Rovers’ official account on X posted shortly after the final whistle: ‘38 YEARS. THE CUP IS COMING HOME.’',
      ].join('\n\n'),
    );
    expect(quoteWith(extraction, '38 YEARS').speakerKey).toBe('org:ravensholt-rovers');
  });
});

describe('extractDocument: offsets, warnings and determinism', () => {
  it('emits code-point offsets', () => {
    const body = 'Emoji 😀 headline\n\n"Great 😀 news," said Ola Berg.';
    const extraction = extractDocument(parseDocument('e.txt', body));
    const quote = extraction.quotes[0] as Quote;
    expect(sliceCodePoints(body, quote.start, quote.end)).toBe('Great 😀 news');
    const berg = extraction.actors.find((a) => a.key === 'person:ola-berg');
    const mention = berg?.mentions[0];
    expect(mention && sliceCodePoints(body, mention.start, mention.end)).toBe('Ola Berg');
  });

  it('warns about an unbalanced quote mark with its line and column in the file', () => {
    const extraction = extract(
      'Headline\n\n"Unclosed words here, Jo Park said.\n\nThen "Closed words here," Jo Park said.',
    );
    expect(extraction.warnings).toHaveLength(1);
    expect(extraction.warnings[0]).toMatchObject({ code: 'unbalanced-quote', line: 6, column: 1 });
    expect(said(extraction).map(([text]) => text)).toContain('Closed words here');
  });

  it('gives identical output for identical input', () => {
    const text =
      'Headline\n\n"One," said Al Roe. "Two," said Bea Roe, a spokesperson with the Port Authority.';
    expect(JSON.stringify(extract(text))).toBe(JSON.stringify(extract(text)));
  });

  it('accepts replacement stages', () => {
    const extraction = extractDocument(
      parseDocument('s.txt', 'Headline\n\n"Hi there all," said Al Roe.'),
      { stages: { findQuotes: () => ({ quotes: [], warnings: [] }) } },
    );
    expect(extraction.quotes).toEqual([]);
  });
});
