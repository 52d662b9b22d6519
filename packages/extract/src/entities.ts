/**
 * Within-document entity resolution: turns name mentions into actors with stable keys
 * (`person:<slug>` / `org:<slug>` of the fullest name), links short forms ("Roe", "Ms. Roe", "ACME")
 * to them, learns acronyms from "Full Name (ACR)", guesses each person's gender from honorifics,
 * gendered titles and nearby pronouns, and resolves pronouns and definite descriptions ("the
 * mayor", "the union") on demand. A surname shared by two people is only resolved with evidence
 * (an honorific or pronoun gender that tells them apart); otherwise it stays unresolved.
 * Offsets are UTF-16 indices.
 */
import anyAscii from 'any-ascii';
import genderDetection from 'gender-detection-from-name';
import { perLexicon, type Lexicon } from './lexicon.js';
import { stripAccents, type NameMention } from './mentions.js';
import { insideSorted, startingIn } from './spans.js';
import type { ActorKind, DocumentActor, Paragraph, Post } from './types.js';

/** Lower-case ASCII slug of a name, transliterated ("Grzegorz Łapiński" → "grzegorz-lapinski"). */
export function slugify(name: string): string {
  return anyAscii(name.normalize('NFC'))
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** An actor being built, with bookkeeping the final DocumentActor does not carry. */
export interface WorkingActor extends DocumentActor {
  gender?: 'male' | 'female';
  /** The gender a first name usually has, when no pronoun or honorific says (a weaker hint). */
  presumedGender?: 'male' | 'female';
  /** Nouns that describe the actor ("union", "mayor"), from its name, titles and appositions. */
  typeNouns: Set<string>;
  firstMention: number;
}

/** What the later stages need to know about the document's actors. */
export interface EntityIndex {
  actors: Map<string, WorkingActor>;
  /** Mention start → actor key, for every resolved name mention. */
  mentionActor: Map<number, string>;
  mentions: NameMention[];
  /** The body the offsets point into. */
  body: string;
  /** Spans inside quotation marks (with the marks). */
  quoteSpans: Array<[number, number]>;
  /** Sorted positions of resolved person/org mentions outside quotes: [start, end, key, possessive]. */
  timeline: Array<[number, number, string, boolean]>;
  /** Where an unnamed person opens a sentence as the subject of a speech verb ("One nurse … told"), with the gender its noun implies. */
  unnamed: Array<{ at: number; end: number; noun: string; gender?: 'male' | 'female' }>;
  /** Actors that are the article's own outlet: they report, they are not quoted. */
  outlets: Set<string>;
}

const { getGender } = genderDetection;

/** "PAMPLIN MEDIA GROUP: KIT MACAVOY - …", "TRIBUNE FILE PHOTO": photo credits in capitals, not actors. */
function isCredit(words: readonly string[]): boolean {
  return words.length >= 2 && words.every((word) => !/\p{Ll}/u.test(word));
}

/** The last word of a body inside an organisation ("City Council Finance Committee"). */
const SUB_BODY =
  /^(?:Committee|Board|Council|Commission|Division|Unit|Branch|Chapter|Caucus|Panel|Section|Team|Trust|Fund|Foundation|Association|Union|Society|Center|Centre|School|College|Institute|Hospital|Clinic|Court|Party|Project|Coalition|Alliance|Network|Campaign|Club|League|Federation)$/u;

/** What may follow an organisation's short name in its full name ("… Police" → "… Police Bureau"). */
export const FULL_NAME_TAIL =
  /^(?:(?:and|&)\s+\S+|Bureau|Department|Dept\.|Group|Agency|Office|Service|Services|Authority|(?:(?:\p{Lu}\p{Ll}+|\(?\p{Lu}{2,3}\)?)\s+)?(?:Inc\.?|Co\.?|LLC|Ltd\.?|Company|Corporation|Corp\.?|PLC|Plc|JSC|SA|S\.A\.|AG|GmbH|Bhd|Tbk))(?:\s+of\s+\p{Lu}\p{Ll}+)?$/u;

/** Name particles written with a capital where they open a sentence ("Ap Rhys", "Van der Merwe"). */
const CAPITALISED_PARTICLE = /^(?:Ap|Ab|De|Van|Von|Da|Di|Du|Del|Della|Dos|Das|La|Le)$/u;

/** The last words of sports clubs' names, which stand for the club alone ("Rovers won"). */
const CLUB_SUFFIX = /^(?:Rovers|Wanderers|Athletic|Harriers|Rangers|Thistle|Hotspur|United)$/u;

/** "His wife, ", "her younger son, ": a spouse or child whose first name follows in apposition. */
const KIN_APPOSITION =
  /(?<![\p{L}\p{N}])(?:His|Her|his|her)\s+(?:(?:younger|older|elder|eldest|youngest|adult|teenage)\s+)?(wife|husband|son|daughter|brother|sister),?\s+$/u;

/**
 * How far ahead (in characters) an organisation's full name may come after its short form: a
 * standfirst's "Westhaven declares …" above "Westhaven Grain Terminals locked out …", not a
 * country named paragraphs before a body named after it.
 */
const SHORT_NAME_AHEAD = 800;

function personKey(name: string): string {
  return `person:${slugify(name)}`;
}

function orgKey(name: string): string {
  return `org:${slugify(name.replace(/^the\s+/i, ''))}`;
}

function insideAny(position: number, spans: Array<[number, number]>): boolean {
  return insideSorted(spans, position);
}

const seenMentions = new WeakMap<WorkingActor, Set<number>>();

function addMention(actor: WorkingActor, mention: NameMention): void {
  let seen = seenMentions.get(actor);
  if (!seen) {
    seen = new Set();
    seenMentions.set(actor, seen);
  }
  if (!seen.has(mention.start)) {
    seen.add(mention.start);
    actor.mentions.push({ start: mention.start, end: mention.end, text: mention.text });
  }
  if (mention.text !== actor.name && !actor.aliases.includes(mention.text))
    actor.aliases.push(mention.text);
}

function newActor(key: string, kind: ActorKind, mention: NameMention, rule: string): WorkingActor {
  return {
    key,
    kind,
    name: mention.text,
    aliases: [],
    mentions: [],
    posts: [],
    rule,
    confidence: mention.confidence,
    typeNouns: new Set(),
    firstMention: mention.start,
  };
}

const ACRONYM_AFTER = /^\s*\((\p{Lu}[\p{Lu}.&]{1,7})\)/u;

/**
 * What marks a lone first name as a person named that way: an age, or an apposition asking not to
 * be named (a withheld surname, said in so many words, is `SURNAME_WITHHELD`'s).
 */
const FIRST_NAME_ONLY_AFTER =
  /^,\s*(?:\d{1,3}\s*,|(?:a|an)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?\s+who\s+(?:asked|declined|did\s+not\s+want|requested))/u;

/** "… who gave only her first name", "… who declines to give his last name": a withheld surname. */
const SURNAME_WITHHELD =
  /(?<![\p{L}\p{N}])(?:(?:her|his|their)\s+(?:last|full|family)\s+name|(?:only|just)\s+(?:her|his|their)\s+first\s+name|(?:her|his|their)\s+first\s+name\s+only|surname)(?![\p{L}\p{N}])/u;

/** The words after which the one name someone goes by follows: "gave her name only as", "goes by". */
export const NAME_GIVEN_AS =
  '(?:(?:her|his|their)\\s+name\\s+(?:only\\s+)?as|identified\\s+only\\s+as|(?:goes|went)\\s+by)';

/**
 * "asked that only his first name, Dmitri, be used", "identified only by her first name, Aditi,",
 * "who gave her name only as Lupe", "who would be identified only as Ray".
 */
const NAMED_AS_FIRST_NAME = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:first\\s+name,?|${NAME_GIVEN_AS})\\s+$`,
  'u',
);

/** "Ken and Pauline Hardacre": the surname a first name shares with the full name after "and". */
function sharedSurname(body: string, mention: NameMention): string | undefined {
  const pair =
    /^\s+and\s+(\p{Lu}[\p{L}'’-]+)\s+(\p{Lu}[\p{L}'’-]+)(?![\p{L}\p{N}'’-]|\s+\p{Lu})/u.exec(
      body.slice(mention.end, mention.end + 60),
    );
  return pair?.[1] && pair[2] && getGender(stripAccents(pair[1])) !== 'unknown'
    ? pair[2]
    : undefined;
}

/**
 * A single capitalised word that is a first name given alone ("a caller named Dale", "Rocío, 34,",
 * "Kyla, a paramedic in Fort Keswick who asked that her last name not be used,", "only his first
 * name, Dmitri,").
 */
function firstNameOnly(
  body: string,
  mention: NameMention,
  quoteSpans: Array<[number, number]>,
  lexicon: Lexicon,
): boolean {
  if (insideAny(mention.start, quoteSpans)) return false;
  if (NAMED_AS_FIRST_NAME.test(body.slice(Math.max(0, mention.start - 30), mention.start)))
    return true;
  // The apposition of the name, up to the end of its sentence, says the surname was withheld.
  const after = body.slice(mention.end, mention.end + 200);
  if (after.startsWith(',')) {
    const sentenceEnd = after.search(/[.!?](?:\s|$)/u);
    const apposition = sentenceEnd < 0 ? after : after.slice(0, sentenceEnd);
    if (/(?<![\p{L}\p{N}])who\s/u.test(apposition) && SURNAME_WITHHELD.test(apposition))
      return true;
  }
  // "P6 pupil Seonag, 10,": a person's noun before the name and an age after it, whatever the
  // name (one the first-name lists do not know).
  const noun = /(?<![\p{L}\p{N}])(\p{Ll}+)\s+$/u.exec(
    body.slice(Math.max(0, mention.start - 20), mention.start),
  )?.[1];
  if (
    noun !== undefined &&
    lexicon.personNouns.has(noun) &&
    /^,\s*\d{1,3}\s*,/u.test(body.slice(mention.end, mention.end + 8))
  )
    return true;
  if (getGender(stripAccents(mention.text)) === 'unknown') return false;
  if (sharedSurname(body, mention)) return true;
  return (
    /(?<![\p{L}\p{N}])(?:named|called)\s+$/u.test(
      body.slice(Math.max(0, mention.start - 8), mention.start),
    ) || FIRST_NAME_ONLY_AFTER.test(body.slice(mention.end, mention.end + 120))
  );
}

/**
 * Resolves name mentions to actors.
 * @param quoteSpans spans inside quotation marks: names there are linked but do not create people
 */
export function resolveEntities(
  body: string,
  mentions: NameMention[],
  paragraphs: Paragraph[],
  lexicon: Lexicon,
  quoteSpans: Array<[number, number]>,
): EntityIndex {
  const actors = new Map<string, WorkingActor>();
  const mentionActor = new Map<number, string>();
  const acronyms = new Map<string, string>();
  const headlineEnd = paragraphs
    .filter((p) => p.kind === 'headline' || p.kind === 'boilerplate' || p.kind === 'byline')
    .map((p): [number, number] => [p.start, p.end]);
  // One name, one kind: "Harwick Foods" is an organisation everywhere once one sentence shows it
  // ("a spokeswoman for Harwick Foods").
  const organisationTexts = new Set(
    mentions
      .filter((m) => m.kind === 'Organization' && m.rule !== 'mention-affiliation-before-title')
      .map((m) => m.text),
  );
  for (const mention of mentions)
    if (mention.kind === 'Person' && !mention.title && organisationTexts.has(mention.text))
      mention.kind = 'Organization';
  const lowerWords = lowerCaseWords(body, quoteSpans);
  // "A ROW over plans to charge …": a lede's opening word set in capitals, written in lower case
  // elsewhere, is no acronym.
  const capitalisedLede = (m: NameMention): boolean =>
    m.rule === 'mention-acronym' &&
    /(?:^|\n)(?:(?:A|AN|An|THE|The)\s+)?$/u.test(body.slice(Math.max(0, m.start - 5), m.start)) &&
    /^\s+\p{Ll}/u.test(body.slice(m.end, m.end + 3)) &&
    lowerWords.has(m.text.toLowerCase());
  const names = mentions.filter(
    (m) => (m.kind === 'Person' || m.kind === 'Organization') && !capitalisedLede(m),
  );

  // Words of organisation and place names: "St. Brendan" after "St. Brendan Community Hospital"
  // is the hospital, and "Cassoway" is the town in "Cassoway County", not a person.
  const organisationNames = names
    .filter((m) => m.kind === 'Organization')
    .map((m) => m.text.replace(/^the\s+/iu, ''));
  const placeWords = new Set<string>();
  for (const m of mentions)
    if (m.kind === 'Place')
      for (const word of m.text.split(/\s+/u)) placeWords.add(word.toLowerCase());
  const placeMentionWords = new Set(placeWords);
  for (const name of organisationNames) placeWords.add((name.split(/\s+/u)[0] ?? '').toLowerCase());
  for (const match of body.matchAll(/^\p{Lu}{3,}(?=[,\s])/gmu))
    placeWords.add(match[0].toLowerCase());
  // "Kestrel Valley Power" for "Kestrel Valley Power and Light", "Local 412" for "Public
  // Employees Union Local 412".
  // An organisation's own shorter name must lack only a generic tail ("Justice Department" is not
  // its "Justice Department Civil Rights Office"); a person-like name may lack more ("St. Brendan").
  const shortOrganisation = (text: string, strict = false): string | undefined => {
    // "the Sheriff's Office" for "the Dorrance County Sheriff's Office"
    const officeTail = /^\p{Lu}\p{Ll}+['’]s\s+\p{Lu}\p{Ll}+$/u.test(text)
      ? ` ${text.replace(/’/gu, "'")}`
      : undefined;
    const councilTail =
      /^(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)\s+(Council|Authority)$/u.exec(text) ??
      undefined;
    const candidates = organisationNames.filter(
      (name) =>
        name.length > text.length + 1 &&
        ((name.startsWith(`${text} `) &&
          (!strict ||
            FULL_NAME_TAIL.test(name.slice(text.length + 1)) ||
            // (a single word — "Portland" of "Portland Police" — is often a place)
            (/\s/u.test(text) && placeTail(name.slice(text.length + 1), lexicon)) ||
            // "Calder Ridge" for "Calder Ridge Asphalt", the only name it opens: a trade word,
            // not a body within it.
            (/\s/u.test(text) &&
              /^\p{Lu}\p{Ll}+$/u.test(name.slice(text.length + 1)) &&
              !SUB_BODY.test(name.slice(text.length + 1)) &&
              new Set(organisationNames.filter((other) => other.startsWith(`${text} `))).size ===
                1))) ||
          (/\d/u.test(text) && name.endsWith(` ${text}`)) ||
          (officeTail !== undefined && name.replace(/’/gu, "'").endsWith(officeTail)) ||
          // "Morrowfield Council" for "Morrowfield Metropolitan Borough Council": the same place
          // and kind of body, with the words between left out.
          (councilTail !== undefined &&
            name.startsWith(`${councilTail[1]} `) &&
            name.endsWith(` ${councilTail[2]}`))),
    );
    return candidates.length > 0 && new Set(candidates.map(orgKey)).size === 1
      ? candidates[0]
      : undefined;
  };

  /**
   * "His wife, Maureen,": the gender the kinship gives, and the first name with the family name of
   * the person just named.
   */
  const kinship = (
    mention: NameMention,
  ): { name?: string; gender: 'male' | 'female' | undefined } | undefined => {
    const kin = KIN_APPOSITION.exec(body.slice(Math.max(0, mention.start - 40), mention.start));
    if (!kin?.[1]) return undefined;
    let latest: [number, WorkingActor] | undefined;
    for (const actor of actors.values()) {
      if (actor.kind !== 'Person' || actor.name.split(/\s+/u).length < 2) continue;
      for (const m of actor.mentions)
        if (m.start < mention.start && (!latest || m.start > latest[0])) latest = [m.start, actor];
    }
    const familyName = latest ? surnameOf(latest[1].name) : undefined;
    const gender = GENDERED_NOUNS[kin[1]];
    return familyName ? { name: `${mention.text} ${familyName}`, gender } : { gender };
  };

  /** The person with `key`, or a new one named `fullName` when the mention gives less ("Marek"). */
  const personNamed = (
    key: string,
    mention: NameMention,
    fullName: string | undefined,
    rule: string,
  ): WorkingActor =>
    actors.get(key) ??
    newActor(key, 'Person', fullName ? { ...mention, text: fullName } : mention, rule);
  /** People named by a first name whose family name the article never wrote with it ("his son Jago"). */
  const surnameInferred = new Set<string>();
  /** "Lola Roe" → the key of 'Dolores "Lola" Roe'. */
  const nicknamed = new Map<string, string>();
  const declared = new Map([
    ...shortenedGivenNames(names, quoteSpans),
    ...declaredNicknames(body, names, quoteSpans),
  ]);
  // Pass 1: full names and organisations create actors.
  for (const mention of names) {
    const words = mention.text.split(/\s+/);
    const inHeadline = insideAny(mention.start, headlineEnd);
    if (mention.kind === 'Organization') {
      const acronym = ACRONYM_AFTER.exec(body.slice(mention.end));
      // "Kestrel Valley Power" for "Kestrel Valley Power and Light": one organisation.
      // … and "Meridian, which operates …" for "Meridian Custodial Solutions".
      const fullName =
        mention.rule === 'mention-org-which' && words.length < 2
          ? shortOrganisation(mention.text)
          : shortOrganisation(mention.text, true);
      const key = orgKey(fullName ?? mention.text);
      if (/^(?:\p{Lu}{2,8}s?|\p{Lu}{1,4}&\p{Lu}{1,4})$/u.test(mention.text) && words.length === 1)
        continue;
      if (isCredit(words)) continue;
      if (words.length === 1 && lexicon.organizationSuffixes.has(mention.text.toLowerCase()))
        continue;
      if (inHeadline) continue;
      // "Westhaven, which operates …" and "Westhaven declares …" around "Westhaven Grain
      // Terminals": the one body whose name it begins (not a place, as "Portland" of "Portland Police").
      const lower = mention.text.toLowerCase();
      const begun =
        words.length === 1 &&
        // ("Tarrow Mayor Dana Okafor": a place's name before a post, not "Tarrow Police")
        mention.rule !== 'mention-affiliation-before-title' &&
        !fullName &&
        !actors.has(key) &&
        !lexicon.places.has(lower) &&
        lexicon.descriptionHeads[lower] === undefined &&
        !placeMentionWords.has(lower)
          ? new Set(
              names
                .filter(
                  (m) =>
                    m.kind === 'Organization' &&
                    m.start - mention.start < SHORT_NAME_AHEAD &&
                    m.text.replace(/^the\s+/iu, '').startsWith(`${mention.text} `),
                )
                .map((m) => m.text.replace(/^the\s+/iu, '')),
            )
          : undefined;
      const shortenedName = begun?.size === 1 ? [...begun][0] : undefined;
      const shortened = shortenedName ? orgKey(shortenedName) : undefined;
      const actor =
        (shortened ? actors.get(shortened) : undefined) ??
        actors.get(key) ??
        newActor(
          shortened ?? key,
          'Organization',
          { ...mention, text: shortenedName ?? fullName ?? mention.text },
          mention.rule,
        );
      actors.set(actor.key, actor);
      addMention(actor, mention);
      mentionActor.set(mention.start, actor.key);
      for (const word of words) actor.typeNouns.add(word.toLowerCase());
      if (acronym?.[1]) {
        acronyms.set(acronym[1].replace(/\./g, ''), actor.key);
        if (!actor.aliases.includes(acronym[1])) actor.aliases.push(acronym[1]);
      }
      continue;
    }
    // "said Rocío, 34, who asked that her last name not be published", "a caller named Dale": a
    // person the article names by first name only.
    // ("Jean Ritchie …" then "Ritchie, 78, has lived …": the surname of the person named before.)
    const surnameOfEarlier = (): boolean =>
      [...actors.values()].some(
        (actor) =>
          actor.kind === 'Person' &&
          actor.firstMention < mention.start &&
          actor.name.endsWith(` ${mention.text}`),
      );
    if (
      words.length === 1 &&
      firstNameOnly(body, mention, quoteSpans, lexicon) &&
      !surnameOfEarlier()
    ) {
      // "Marek, 44, who has run the ovens …" and, further down, "Marek Kowalczyk says": the one
      // person the article names in full with that first name.
      const namesakes = new Set(
        names
          .filter(
            (m) =>
              m.kind === 'Person' &&
              m.text.startsWith(`${mention.text} `) &&
              m.text.split(/\s+/u).length === 2 &&
              !insideAny(m.start, quoteSpans),
          )
          .map((m) => m.text),
      );
      // ("Jim Corcoran, 74, and his son Evan, 41,": the family's name goes with the first.)
      const shared = sharedSurname(body, mention);
      const fullName =
        namesakes.size === 1
          ? [...namesakes][0]
          : shared
            ? `${mention.text} ${shared}`
            : kinship(mention)?.name;
      const key = personKey(fullName ?? mention.text);
      if (fullName && namesakes.size !== 1 && !shared) surnameInferred.add(key);
      const actor = personNamed(key, mention, fullName, 'entity-first-name-only');
      actors.set(key, actor);
      addMention(actor, mention);
      mentionActor.set(mention.start, key);
      continue;
    }
    if (
      words.length < 2 ||
      mention.rule === 'mention-single-capitalised' ||
      (inHeadline && mention.rule === 'mention-capitalised-name')
    )
      continue;
    if (insideAny(mention.start, quoteSpans) && !mention.title) continue;
    if (words.some((word) => /^\p{Lu}{2,}$/u.test(word))) continue;
    const organisation = !mention.title ? shortOrganisation(mention.text) : undefined;
    if (organisation) {
      const key = orgKey(organisation);
      const actor = actors.get(key);
      if (actor) {
        addMention(actor, mention);
        mentionActor.set(mention.start, key);
      }
      continue;
    }
    if (inHeadline && !mention.title && !mention.gender) continue;
    // "… Supervisor Told Crews to …" in a headline: words the body writes in lower case are no name.
    if (inHeadline && words.every((word) => lowerCaseElsewhere(lowerWords, word))) continue;
    // "Parent Tom Kowalski", "Twins Linh Tran and Bao Tran" at a sentence start: a leading common
    // noun is not part of the name.
    if (
      !mention.title &&
      mention.rule === 'mention-capitalised-name' &&
      words.length >= 3 &&
      (lowerCaseElsewhere(lowerWords, words[0] as string) ||
        personNoun(words[0] as string, lexicon)) &&
      !words.slice(1).some((word) => lowerCaseElsewhere(lowerWords, word))
    ) {
      const cut = (/^\S+\s+/u.exec(mention.text)?.[0] ?? '').length;
      mention.start += cut;
      mention.text = mention.text.slice(cut);
      words.shift();
    }
    // "Mr Te Rangihau", "Cllr Ó Dubhghaill" after "Hēmi Te Rangihau", "Pádraig Ó Dubhghaill": a
    // surname of several words names the one person introduced with it; and "Chief Quezada",
    // read as a first name and a surname at the start of a sentence, is the chief introduced
    // before.
    const titleFirst =
      !mention.title &&
      words.length === 2 &&
      lexicon.titles.preNominal[(words[0] ?? '').toLowerCase()] !== undefined;
    // A capitalised pair with no title, honorific or role whose words are used in lower case elsewhere is a common phrase.
    // … unless it opens with a first name ("Harold Two Bulls" where "two" is written elsewhere,
    // "Will Haddon-Price" where "will" is),
    // or with a title ("Chief Bhattacharya" where "the chief" is written elsewhere).
    if (
      !mention.title &&
      !mention.roleBefore &&
      !mention.gender &&
      mention.rule === 'mention-capitalised-name' &&
      words.slice(titleFirst ? 1 : 0).some((word) => lowerCaseElsewhere(lowerWords, word)) &&
      (getGender(stripAccents(words[0] ?? '')) === 'unknown' ||
        // ("Will Haddon-Price" where "will" is written elsewhere: a first name and a surname.)
        (words.length < 3 && lowerCaseElsewhere(lowerWords, words[1] ?? '')))
    )
      continue;
    const fullName =
      longerNameEndingWith(actors, words, mention.start) ??
      bodyNamedAfterLeadingNoun(actors, words, mention.start, lexicon) ??
      // "Ap Rhys says" opening a sentence, after "Gwenllian ap Rhys": the particle capitalised.
      (CAPITALISED_PARTICLE.test(words[0] ?? '')
        ? longerNameEndingWith(
            actors,
            [(words[0] ?? '').toLowerCase(), ...words.slice(1)],
            mention.start,
          )
        : undefined) ??
      longerNameStartingWith(actors, words, mention.start) ??
      (titleFirst
        ? longerNameEndingWith(
            actors,
            words.slice(1),
            mention.start,
            lexicon.titles.preNominal[(words[0] ?? '').toLowerCase()]?.toLowerCase(),
          )
        : undefined);
    // "Roz Okafor" in the standfirst, before "Rosalind Okafor … Everybody calls her Roz."
    const declaredFull = declared.get(personKey(mention.text))?.full;
    const key =
      nicknamed.get(personKey(mention.text)) ??
      (declaredFull ? personKey(declaredFull) : undefined) ??
      fullName?.key ??
      personKey(mention.text);
    const actor =
      actors.get(key) ??
      newActor(
        key,
        'Person',
        declaredFull ? { ...mention, text: declaredFull } : mention,
        mention.rule,
      );
    actors.set(key, actor);
    addMention(actor, mention);
    mentionActor.set(mention.start, key);
    // 'Dolores "Lola" Roe' is also "Lola Roe" and, alone, "Lola".
    if (mention.nickname) {
      const surname = mention.text.split(/\s+/u).slice(1).join(' ');
      nicknamed.set(personKey(`${mention.nickname} ${surname}`), key);
      if (!actor.aliases.includes(mention.nickname)) actor.aliases.push(mention.nickname);
    }
    if (mention.gender) actor.gender = mention.gender;
    if (mention.title) {
      // "State Sen. Brock Roe" is "the senator": the title as written and in full.
      // … and "Vice Chancellor Senior Professor Roe" is "the vice chancellor" and "the professor".
      const written = mention.title.label.toLowerCase();
      actor.typeNouns.add(written);
      const words = written.split(/\s+/u);
      for (let from = 0; from < words.length; from++)
        for (let to = from + 1; to <= words.length; to++) {
          const full = lexicon.titles.preNominal[words.slice(from, to).join(' ')]?.toLowerCase();
          if (full) actor.typeNouns.add(full);
        }
    }
    if (mention.roleBefore) actor.typeNouns.add(mention.roleBefore.label);
    // "Siobhán Roe TD" is "the TD".
    const postNominal = /^\s+(\p{Lu}{2,4})(?![\p{L}\p{N}])/u.exec(
      body.slice(mention.end, mention.end + 8),
    )?.[1];
    if (postNominal && lexicon.titles.postNominals.includes(postNominal))
      actor.typeNouns.add(postNominal.toLowerCase());
    if (mention.honorific === 'dr' || mention.honorific === 'prof')
      actor.typeNouns.add(mention.honorific);
  }

  presumeAndLearnGender(body, mentions, mentionActor, actors, lexicon);
  // … and "Roz", "Pastor Iggy" alone are the people everyone calls so.
  for (const { full, nickname } of declared.values()) {
    const actor = actors.get(personKey(full));
    if (actor && !actor.aliases.includes(nickname)) actor.aliases.push(nickname);
  }
  // Pass 2: short forms — surnames, first names, honorific + surname, acronyms.
  const people = [...actors.values()].filter((a) => a.kind === 'Person');
  for (const mention of names) {
    if (mentionActor.has(mention.start)) continue;
    const text = mention.text;
    const acronymKey =
      acronyms.get(text.replace(/\./g, '')) ??
      organisationWithInitials(actors, text, mention.start);
    if (acronymKey) {
      const actor = actors.get(acronymKey);
      if (actor) {
        addMention(actor, mention);
        mentionActor.set(mention.start, acronymKey);
      }
      continue;
    }
    if (mention.kind === 'Organization') {
      // "the Sangha said", "the Assembly said": the one body named before whose name ends so
      // (and "Rovers' official account" after "Ravensthorpe Rovers": a club by its last word).
      if (
        lexicon.organizationSuffixes.has(text.toLowerCase()) &&
        (/(?<![\p{L}\p{N}])the\s$/iu.test(
          body.slice(Math.max(0, mention.start - 4), mention.start),
        ) ||
          CLUB_SUFFIX.test(text))
      ) {
        const named = [...actors.values()].filter(
          (actor) =>
            actor.kind === 'Organization' &&
            actor.firstMention < mention.start &&
            actor.name.endsWith(` ${text}`),
        );
        if (named.length === 1 && named[0]) {
          addMention(named[0], mention);
          mentionActor.set(mention.start, named[0].key);
          continue;
        }
      }
      if (
        isCredit(text.split(/\s+/u)) ||
        lexicon.organizationSuffixes.has(text.toLowerCase()) ||
        insideAny(mention.start, headlineEnd)
      )
        continue;
      // "Westhaven spokesperson" after "Westhaven Grain Terminals": the one body whose name it
      // begins, or that the article also calls so.
      const shortFor = [...actors.values()].filter(
        (actor) =>
          actor.kind === 'Organization' &&
          (actor.name.startsWith(`${text} `) || actor.aliases.includes(text)),
      );
      const key =
        !actors.has(orgKey(text)) && shortFor.length === 1 ? shortFor[0]!.key : orgKey(text);
      const actor = actors.get(key) ?? newActor(key, 'Organization', mention, mention.rule);
      actors.set(key, actor);
      addMention(actor, mention);
      mentionActor.set(mention.start, key);
      continue;
    }
    const words = text.split(/\s+/);
    if (words.length !== 1) continue;
    // "Al-Hashimi said", opening a sentence, is the "Samir al-Hashimi" named before.
    const inName = CAPITALISED_ARABIC_ARTICLE.test(text)
      ? `${text[0]?.toLowerCase()}${text.slice(1)}`
      : text;
    const candidates = people.filter((person) => {
      const parts = person.name.split(/\s+/);
      return (
        parts[parts.length - 1] === text ||
        parts[parts.length - 1] === inName ||
        parts[0] === text ||
        person.name.split(/[\s-]+/).includes(text) ||
        person.aliases.includes(text)
      );
    });
    let chosen: WorkingActor | undefined;
    const introduced = candidates.filter((c) => c.firstMention < mention.start);
    // "Mr Haskins" once meant Trevor Haskins, before his brother Neil Haskins was named: the
    // article goes on calling the same man so, when it names the other in full each time.
    const sameFormEarlier = (pool: WorkingActor[]): WorkingActor | undefined => {
      const meant = new Set(
        names
          .filter(
            (m) =>
              m.start < mention.start &&
              m.text === text &&
              m.honorific === mention.honorific &&
              mentionActor.has(m.start),
          )
          .map((m) => actors.get(mentionActor.get(m.start) ?? ''))
          .filter((actor): actor is WorkingActor => actor !== undefined && pool.includes(actor)),
      );
      const [only] = meant.size === 1 ? [...meant] : [];
      // (… only when each other one has been named in full again since: "Neil Haskins said")
      const othersInFull = pool
        .filter((actor) => actor !== only)
        .every(
          (actor) =>
            actor.mentions.filter((m) => m.start < mention.start && m.text === actor.name).length >=
            2,
        );
      return only && othersInFull ? only : undefined;
    };
    // "Sgt. Ortega" when a sergeant and a councilwoman are both called Ortega: the title decides.
    // … and "Dr Kearney" is the Kearney introduced as a doctor.
    // ("Sgt Tierney" of "Sergeant Helen Tierney": the title as written or in full.)
    const titleLabel = mention.title?.label.toLowerCase() ?? '';
    const titleFull = lexicon.titles.preNominal[titleLabel]?.toLowerCase() ?? titleLabel;
    const titled = mention.title
      ? candidates.filter((c) => c.typeNouns.has(titleLabel) || c.typeNouns.has(titleFull))
      : mention.honorific === 'dr' || mention.honorific === 'prof'
        ? candidates.filter((c) => c.typeNouns.has(mention.honorific ?? ''))
        : [];
    // "Solberg said" of Leticia Solberg and Annika Solberg-Reyes: the one whose whole surname it is
    // — a surname of its own even when another follows it ("Ochoa" of "María Fernanda Ochoa
    // Restrepo") — and of those already introduced, when any is.
    const wholeSurname = (introduced.length > 0 ? introduced : candidates).filter((c) => {
      const parts = c.name.split(/\s+/u);
      return parts.includes(text) || c.aliases.includes(text);
    });
    const writtenSurname = candidates.filter((c) => !surnameInferred.has(c.key));
    if (candidates.length === 1) chosen = candidates[0];
    else if (titled.length === 1) chosen = titled[0];
    else if (wholeSurname.length === 1) chosen = wholeSurname[0];
    // "Mr Treloar" after "Colin Treloar" and "his son Jago": not the one whose surname the article
    // never wrote, unless only he fits ("her husband, Harjit," then "Mr Bains").
    else if (
      writtenSurname.length === 1 &&
      (!mention.gender ||
        (writtenSurname[0]!.gender ?? writtenSurname[0]!.presumedGender ?? mention.gender) ===
          mention.gender)
    )
      chosen = writtenSurname[0];
    else if (candidates.length > 1 && !mention.gender && introduced.length === 1)
      chosen = introduced[0];
    else if (candidates.length > 1 && mention.gender) {
      const genderOf = (c: WorkingActor) => c.gender ?? c.presumedGender;
      const fits = (c: WorkingActor) => genderOf(c) === undefined || genderOf(c) === mention.gender;
      // ("Mr Jones" of Gwilym Jones, Megan Jones and the Rev. Eirian Parry-Jones: of those whose
      // whole surname it is, when one of them fits.)
      const pool = wholeSurname.some(fits)
        ? candidates.filter((c) => wholeSurname.includes(c))
        : candidates;
      const sameGender = pool.filter((c) => genderOf(c) === mention.gender);
      const compatible = pool.filter(fits);
      // "Mr Roe" before the second man called Roe is introduced: the one already introduced.
      const introducedCompatible = introduced.filter((c) => compatible.includes(c));
      if (sameGender.length === 1) chosen = sameGender[0];
      else if (compatible.length === 1) chosen = compatible[0];
      else if (introducedCompatible.length === 1) chosen = introducedCompatible[0];
      else if (introducedCompatible.length > 1)
        chosen =
          sameFormEarlier(introducedCompatible) ??
          lastSpokenOf(introducedCompatible, mention.start, body);
    }
    // "Arsenault said …, something he called …" when an Yvette and a Réjean Arsenault were both
    // introduced: the pronoun that follows in the sentence, else the one just spoken of.
    if (!chosen && introduced.length > 1 && !mention.gender) {
      const after = body.slice(mention.end, mention.end + 400);
      const end = after.search(/[.!?](?:\s|$)/u);
      const sentence = after.slice(0, end < 0 ? after.length : end);
      const pronoun = [...sentence.matchAll(/\b(he|she|his|her|him)\b/giu)].find(
        (match) => !insideAny(mention.end + match.index, quoteSpans),
      );
      // "Castellanos winces. "That's fair," she says.": else, for the subject of a verb, the
      // he/she who says the quotation that opens the next sentence.
      const tagged =
        pronoun || end < 0 || !/^\s+\p{Ll}/u.test(after)
          ? undefined
          : /^[.!?]\s+["“][^"“”]{1,300}["”]\s*(he|she)\s+\p{Ll}+/u.exec(after.slice(end));
      const gender = pronoun
        ? lexicon.pronouns[(pronoun[1] ?? '').toLowerCase()]
        : tagged
          ? lexicon.pronouns[tagged[1] ?? '']
          : undefined;
      const genderOf = (c: WorkingActor) => c.gender ?? c.presumedGender;
      const agreeing = introduced.filter((c) => gender && genderOf(c) === gender);
      if ((gender === 'male' || gender === 'female') && agreeing.length === 1) chosen = agreeing[0];
      else chosen = lastSpokenOf(introduced, mention.start, body);
    }
    // "Corvane said" after "Corvane Health": the short form of an organisation's name (or before
    // it, in a standfirst: "Westhaven declares force majeure" above "Westhaven Grain Terminals").
    if (!chosen && candidates.length === 0) {
      const shortFor = [...actors.values()].filter(
        (actor) =>
          actor.kind === 'Organization' &&
          actor.firstMention - mention.start < SHORT_NAME_AHEAD &&
          // ("the Glenmoy estate": a name that qualifies a noun)
          (actor.firstMention < mention.start ||
            !/(?<![\p{L}\p{N}])the\s$/iu.test(
              body.slice(Math.max(0, mention.start - 4), mention.start),
            )) &&
          lexicon.descriptionHeads[text.toLowerCase()] === undefined &&
          actor.name.replace(/^the\s+/iu, '').split(/\s+/u)[0] === text &&
          actor.name.split(/\s+/u).length >= 2 &&
          !lexicon.places.has(text.toLowerCase()) &&
          !lexicon.organizationWords.has(text.toLowerCase()),
      );
      if (shortFor.length === 1) chosen = shortFor[0];
    }
    if (chosen) {
      addMention(chosen, mention);
      mentionActor.set(mention.start, chosen.key);
      // "Ruth Okafor-Lamont" then "Mrs Okafor-Lamont": the honorific tells her gender.
      if (mention.gender && !chosen.gender && chosen.kind === 'Person')
        chosen.gender = mention.gender;
      continue;
    }
    if (
      candidates.length === 0 &&
      !insideAny(mention.start, quoteSpans) &&
      /^\s*,?\s*(?:\p{Ll}+ly\s+)?(\p{Ll}+)/u.test(body.slice(mention.end, mention.end + 30))
    ) {
      const verb =
        /^\s*,?\s*(?:\p{Ll}+ly\s+)?(\p{Ll}+)/u.exec(
          body.slice(mention.end, mention.end + 30),
        )?.[1] ?? '';
      const commonNoun = lowerWords.has(text.toLowerCase());
      // "Rocío was there again", "said Rocío, 34,": a known first name alone, as the subject of a
      // verb or right after a speech verb, names a person the article calls by first name only.
      const firstName = getGender(stripAccents(text)) !== 'unknown';
      const afterSpeechVerb =
        firstName &&
        /(?<![\p{L}\p{N}])(\p{Ll}+)\s+$/u.test(
          body.slice(Math.max(0, mention.start - 20), mention.start),
        ) &&
        lexicon.strongSpeechVerbs.has(
          /(?<![\p{L}\p{N}])(\p{Ll}+)\s+$/u.exec(
            body.slice(Math.max(0, mention.start - 20), mention.start),
          )?.[1] ?? '',
        ) &&
        /^[,.]/u.test(body.slice(mention.end, mention.end + 1));
      const subjectOfVerb =
        firstName &&
        /^(?:was|is|has|had|did|does|will|would|can|could|says|said|told|added|wrote)$/u.test(verb);
      // "Her husband, Marcus, a parent governor, said": a relative's first name, then an apposition.
      const verbAfterApposition =
        /^,\s+(?:a|an|the)\s+[^,.;:"“”]{1,50},\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)/u.exec(
          body.slice(mention.end, mention.end + 80),
        )?.[1] ?? '';
      const kinThenApposition =
        lexicon.strongSpeechVerbs.has(verbAfterApposition) &&
        KIN_APPOSITION.test(body.slice(Math.max(0, mention.start - 40), mention.start));
      if (
        (lexicon.strongSpeechVerbs.has(verb) ||
          afterSpeechVerb ||
          subjectOfVerb ||
          kinThenApposition) &&
        !commonNoun &&
        !lexicon.nonNameWords.has(text.toLowerCase()) &&
        !lexicon.places.has(text.toLowerCase()) &&
        !placeWords.has(text.toLowerCase()) &&
        // "who is staying with her daughter in Marbury, said": a place before the verb.
        text.length > 1 &&
        !/(?<![\p{L}\p{N}])(?:in|at|near|from|outside|of|to|on)\s+$/u.test(
          body.slice(Math.max(0, mention.start - 12), mention.start),
        )
      ) {
        // "Appearing on "The Morning Ledger with Cass Ridley" …" then "Ridley said": the full name
        // was given only inside quotation marks.
        // "Colin Greatorex, 78. His wife, Maureen, added": the family's name goes with the first.
        // ("his younger brother Oisín scored …" then "Oisín said": the relative named before.)
        let kin = kinship(mention);
        for (const earlier of names) {
          if (kin || earlier.start >= mention.start) break;
          const found = earlier.text === text ? kinship(earlier) : undefined;
          if (found?.name) kin = found;
        }
        const quoted = fullNameInQuotes(body, quoteSpans, text);
        const fullName = quoted ?? kin?.name;
        const key = personKey(fullName ?? text);
        if (!quoted && kin?.name) surnameInferred.add(key);
        const actor = personNamed(key, mention, fullName, 'entity-single-name-speaker');
        if (fullName && !actor.aliases.includes(text)) actor.aliases.push(text);
        // ("her husband, Harjit,": a man.)
        if (kin?.gender && !actor.gender) actor.gender = kin.gender;
        actor.confidence = 0.5;
        actors.set(key, actor);
        // ("her husband, Harjit," then "Mr Bains added:": a surname may name this one later.)
        if (fullName && !people.includes(actor)) people.push(actor);
        addMention(actor, mention);
        mentionActor.set(mention.start, key);
      }
    }
  }
  for (const [acronym, key] of [...acronyms.entries()].sort()) {
    const actor = actors.get(key);
    if (actor && !actor.aliases.includes(acronym)) actor.aliases.push(acronym);
  }
  presumeAndLearnGender(body, mentions, mentionActor, actors, lexicon);
  const timeline: Array<[number, number, string, boolean]> = [];
  for (const mention of names) {
    const key = mentionActor.get(mention.start);
    if (key && !insideAny(mention.start, quoteSpans))
      timeline.push([
        mention.start,
        mention.end,
        key,
        /^['’]s?\s/u.test(body.slice(mention.end, mention.end + 3)),
      ]);
  }
  timeline.sort((a, b) => a[0] - b[0]);
  return {
    actors,
    mentionActor,
    mentions,
    timeline,
    body,
    quoteSpans,
    unnamed: unnamedSubjects(body, lexicon, quoteSpans),
    outlets: new Set(),
  };
}

/**
 * Marks the actors that name the article's own outlet ("The American Courant" in an article the
 * Courant published): the outlet that obtained a letter is not its author.
 */
export function markOutlet(index: EntityIndex, outlet: string | undefined): void {
  if (!outlet) return;
  const name = slugify(outlet.replace(/^the\s+/iu, ''));
  if (name.length < 3) return;
  for (const actor of index.actors.values()) {
    // "Halvorsen Times-Record" read as a person's name is still the outlet.
    if (actor.kind === 'Person' && actor.key === `person:${name}`) index.outlets.add(actor.key);
    if (actor.kind !== 'Organization') continue;
    const key = actor.key.replace(/^org:/u, '');
    // … and "Port Anselm Courier-Ledger" for "Courier-Ledger", but not the "Rajapuram … Sangha"
    // for a dateline's "RAJAPURAM" taken for the outlet.
    if (key === name || (key.length >= 4 && (name.includes(key) || key.endsWith(`-${name}`))))
      index.outlets.add(actor.key);
  }
}

/** A first name and `surname` written inside quotation marks (a show's or a document's title), when there is exactly one. */
function fullNameInQuotes(
  body: string,
  quoteSpans: Array<[number, number]>,
  surname: string,
): string | undefined {
  const found = new Set<string>();
  for (const [start, end] of quoteSpans) {
    const inside = body.slice(start, end);
    if (!inside.includes(surname)) continue;
    for (const match of inside.matchAll(
      /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+)\s+(\p{Lu}[\p{L}'’-]+)(?![\p{L}\p{N}])/gu,
    ))
      if (match[2] === surname && getGender(stripAccents(match[1] ?? '')) !== 'unknown')
        found.add(`${match[1]} ${surname}`);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** "Al-Hashimi", "El-Sayed": the Arabic article capitalised because it opens a sentence. */
const CAPITALISED_ARABIC_ARTICLE = /^(?:Al|El|Ad|Ar|As|Ash|At|Az|An|Ul|Ud)-\p{Lu}/u;

/**
 * Of people who share a surname, the one mentioned last before `position`, when that mention is
 * recent (within 800 characters) and the others were not mentioned for at least 300 more.
 */
function lastSpokenOf(
  people: WorkingActor[],
  position: number,
  body: string,
): WorkingActor | undefined {
  // "Marisela Roe, whose husband, Osvaldo Roe, was arrested", "… has a nephew, Kendrick Roe,
  // who …": a relative named in passing is not the one spoken of.
  const inPassing = (start: number) =>
    /(?<![\p{L}\p{N}])(?:(?:whose|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+|(?:a|an)\s+(?:[\p{Ll}-]+\s+)?(?:son|daughter|husband|wife|brother|sister|mother|father|nephew|niece|cousin|uncle|aunt|grandson|granddaughter|grandfather|grandmother|stepson|stepdaughter)),?\s+$/u.test(
      body.slice(Math.max(0, start - 40), start),
    );
  const latest = people
    .map((person) => ({
      person,
      at: Math.max(
        -1,
        ...person.mentions
          .filter((m) => m.start < position && !inPassing(m.start))
          .map((m) => m.start),
      ),
    }))
    .sort((a, b) => b.at - a.at);
  const [first, second] = latest;
  if (!first || first.at < 0 || position - first.at > 800) return undefined;
  return !second || second.at < 0 || first.at - second.at >= 300 ? first.person : undefined;
}

/**
 * "Tolliver Bay" in "Riders United Tolliver Bay", "of South Harlan Creek" in "Concerned Citizens of
 * South Harlan Creek": a tail of capitalised words that names no kind of body.
 */
function placeTail(tail: string, lexicon: Lexicon): boolean {
  const words = tail.replace(/^of\s+(?:the\s+)?/u, '').split(/\s+/u);
  return (
    words.length <= 3 &&
    words.every(
      (word) =>
        /^\p{Lu}[\p{L}'’.-]*$/u.test(word) &&
        !lexicon.organizationWords.has(word.toLowerCase()) &&
        !lexicon.organizationSuffixes.has(word.toLowerCase()),
    )
  );
}

/**
 * "CP&L" for "Cordillera Power & Light", "PPB" for "Portland Police Bureau": the one organisation
 * introduced earlier whose initials (less "of", "the", "and", "for") spell an acronym.
 */
function organisationWithInitials(
  actors: Map<string, WorkingActor>,
  text: string,
  position: number,
): string | undefined {
  if (!/^(?:\p{Lu}{2,6}|\p{Lu}{1,4}&\p{Lu}{1,4})$/u.test(text)) return undefined;
  const letters = text.replace(/&/gu, '');
  const found = [...actors.values()].filter(
    (actor) =>
      actor.kind === 'Organization' &&
      actor.firstMention < position &&
      actor.name
        .replace(/^the\s+/iu, '')
        .split(/[\s-]+/u)
        .filter((word) => !/^(?:of|the|and|&|for|on|in|at|to)$/iu.test(word))
        .map((word) => word[0] ?? '')
        .join('') === letters,
  );
  return found.length === 1 ? found[0]?.key : undefined;
}

/**
 * The one person introduced before `position` whose name is longer than `words` and ends with them;
 * of several, the one whose title or role nouns include `title`.
 */
function longerNameEndingWith(
  actors: Map<string, WorkingActor>,
  words: readonly string[],
  position: number,
  title?: string,
): WorkingActor | undefined {
  // ("O Dubhghaill" after "Conor Ó Dubhghaill": the accents may be dropped.)
  const suffix = stripAccents(` ${words.join(' ')}`);
  const found = [...actors.values()].filter(
    (actor) =>
      actor.kind === 'Person' &&
      actor.firstMention < position &&
      actor.name.split(/\s+/u).length > words.length &&
      stripAccents(actor.name).endsWith(suffix),
  );
  if (found.length === 1) return found[0];
  // "Sheriff Haddad" when a sheriff and a councilwoman are both called Haddad: the one
  // introduced with that title.
  const titled = title ? found.filter((actor) => actor.typeNouns.has(title)) : [];
  return titled.length === 1 ? titled[0] : undefined;
}

/** "Cois Abhann" after "Naíonra Cois Abhann": a body's name without the noun that opens it. */
function bodyNamedAfterLeadingNoun(
  actors: Map<string, WorkingActor>,
  words: readonly string[],
  position: number,
  lexicon: Lexicon,
): WorkingActor | undefined {
  const tail = ` ${words.join(' ')}`;
  const found = [...actors.values()].filter(
    (actor) =>
      actor.kind === 'Organization' &&
      actor.firstMention < position &&
      actor.name.endsWith(tail) &&
      lexicon.organizationLeadingWords.has(actor.name.slice(0, -tail.length).toLowerCase()),
  );
  return found.length === 1 ? found[0] : undefined;
}

/**
 * "Ahmad Zaki" after "Datuk Seri Ahmad Zaki Hamdan", "María Fernanda" after "María Fernanda Ochoa
 * Restrepo": the two given names of the one person introduced with them and more.
 */
function longerNameStartingWith(
  actors: Map<string, WorkingActor>,
  words: readonly string[],
  position: number,
): WorkingActor | undefined {
  if (words.length !== 2) return undefined;
  const prefix = `${words.join(' ')} `;
  const found = [...actors.values()].filter(
    (actor) =>
      actor.kind === 'Person' &&
      actor.firstMention < position &&
      // (four words at most: "Dale Krupa Took His Budget Fight" is a headline, not a name)
      actor.name.split(/\s+/u).length >= 3 &&
      actor.name.split(/\s+/u).length <= 4 &&
      actor.name.startsWith(prefix),
  );
  return found.length === 1 ? found[0] : undefined;
}

const GENDERED_NOUNS: Record<string, 'male' | 'female'> = {
  woman: 'female',
  mother: 'female',
  grandmother: 'female',
  daughter: 'female',
  granddaughter: 'female',
  niece: 'female',
  wife: 'female',
  widow: 'female',
  sister: 'female',
  'sister-in-law': 'female',
  'mother-in-law': 'female',
  'daughter-in-law': 'female',
  aunt: 'female',
  girl: 'female',
  spokeswoman: 'female',
  man: 'male',
  father: 'male',
  grandfather: 'male',
  son: 'male',
  grandson: 'male',
  nephew: 'male',
  husband: 'male',
  widower: 'male',
  brother: 'male',
  'brother-in-law': 'male',
  'father-in-law': 'male',
  'son-in-law': 'male',
  uncle: 'male',
  boy: 'male',
  spokesman: 'male',
};

/**
 * An indefinite subject that opens a sentence whose speech verb follows in it, or in the tag of
 * the quotation right after it ("The second lawyer, who asked not to be named, was more cautious.
 * "…," she says.").
 */
const UNNAMED_SUBJECT =
  /(?:^|(?<=[.!?]["”’]?\s+))(?:One|A|An|Another|The\s+(?:second|third|fourth|other)|One\s+of\s+(?:them|those|the\s+[\p{Ll}-]+),\s+(?:a|an)|\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){0,4},\s+(?:one|a|an|another))\s+((?:[\p{L}\p{N}-]+[ \t]+){0,5}[\p{Ll}-]+)(?=[\s,])(?=(?:[^.!?\n]|\.(?=\S)|\.(?<=(?:St|Mr|Mrs|Ms|Dr|Jr|Sr|No|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Inc|Co|Corp|Ltd|Ave|Rd|Mt|Ft)\.)){0,250}?\b(?:said|says|told|tells|added|wrote|recalled|explained|described|spoke|speaks|puts?\s+it)\b|[^.!?\n]{0,200}[.!?]\s+(?:["“][^"”\n]{1,300}["”]|‘[^\n]{1,300}?’)\s*(?:he|she|they)\s+(?:said|says|added|adds)\b)/gmu;

/** "The 47’s regular driver, who did not want to be named, says …": a definite subject left unnamed. */
const UNNAMED_DEFINITE =
  /(?:^|(?<=[.!?]["”’]?\s+))The\s+((?:[\p{L}\p{N}'’-]+[ \t]+){0,4}?[\p{Ll}-]+),\s+who\s+(?:did\s+not|didn['’]t|does\s+not|asked\s+not|declined|would\s+not|wished\s+not)\b[^.!?,]{0,40}?\b(?:named|identified)\b/gmu;

/**
 * Sentence-opening indefinite subjects headed by a person noun ("One nurse", "A city employee",
 * "One of them, a picker", "During public comment, a cook at …").
 */
function unnamedSubjects(
  body: string,
  lexicon: Lexicon,
  quoteSpans: Array<[number, number]>,
): Array<{ at: number; end: number; noun: string; gender?: 'male' | 'female' }> {
  const personNouns = new Set([
    ...lexicon.personNouns,
    ...lexicon.titles.roleNouns.map((noun) => noun.split(' ').pop() ?? ''),
  ]);
  const positions: Array<{ at: number; end: number; noun: string; gender?: 'male' | 'female' }> =
    [];
  const definite = / named| identified/u.test(body) ? [...body.matchAll(UNNAMED_DEFINITE)] : [];
  for (const match of [...body.matchAll(UNNAMED_SUBJECT), ...definite]) {
    // "One Tri-Valley lineman", "A teacher-librarian at …": a name may qualify the noun, and the
    // noun's last part may be the person noun.
    const words = (match[1] ?? '').split(/\s+/u);
    const head = words.find(
      (word) =>
        /^\p{Ll}/u.test(word) &&
        (personNouns.has(word) || personNouns.has(word.split('-').pop() ?? '')),
    );
    if (!head || insideAny(match.index, quoteSpans)) continue;
    // The description ends with its head noun: "One detention deputy".
    const end =
      match.index + match[0].indexOf(head, match[0].length - (match[1] ?? '').length) + head.length;
    const gender = GENDERED_NOUNS[head];
    const noun = head.split('-').pop() ?? head;
    positions.push(
      gender ? { at: match.index, end, noun, gender } : { at: match.index, end, noun },
    );
  }
  return positions;
}

/** A name an article uses for someone it also names in full: "Roz" for "Rosalind Okafor". */
interface FamiliarName {
  /** The full name as the article writes it. */
  full: string;
  /** The given name it stands for, as written ("Roz", "Iggy"). */
  nickname: string;
}

/** "Everybody in Ferncliff calls her Roz.", "Everyone at the church calls him Pastor Iggy". */
const CALLED_BY_EVERYONE =
  /(?<![\p{L}\p{N}])(?:everyone|everybody|most\s+people|people|friends|colleagues|locals|neighbou?rs|students|regulars)(?:\s+[^.!?;:"“”]{0,40})?\s+calls?\s+(?:him|her|them)\s+(?:(\p{Lu}\p{Ll}+)\s+)?(\p{Lu}[\p{Ll}'’-]+)(?![\p{L}\p{N}])/giu;

/**
 * The nicknames an article declares ("Everybody in Ferncliff calls her Roz."), each for the person
 * last named in full before the declaration: by the nickname with the surname ("roz okafor" key),
 * the full name and the nickname alone.
 */
function declaredNicknames(
  body: string,
  names: NameMention[],
  quoteSpans: Array<[number, number]>,
): Map<string, FamiliarName> {
  const declared = new Map<string, FamiliarName>();
  for (const match of body.matchAll(CALLED_BY_EVERYONE)) {
    if (insideAny(match.index, quoteSpans)) continue;
    const nickname = match[2] ?? '';
    const named = names.filter(
      (m) =>
        m.kind === 'Person' &&
        m.start < match.index &&
        match.index - m.start < 1500 &&
        m.text.split(/\s+/u).length >= 2 &&
        !m.text.startsWith(`${nickname} `) &&
        !insideAny(m.start, quoteSpans),
    );
    // The one whose given name the nickname shortens ("Bron" of "Bronwyn"), else the last whose
    // given name is borne by the sex the pronoun says, else the last of unknown sex.
    const given = (m: NameMention) => stripAccents(m.text.split(/\s+/u)[0] ?? '');
    const pronounGender = /\bhim\b/iu.test(match[0]) ? 'male' : 'female';
    const person =
      named.findLast(
        (m) =>
          given(m).slice(0, 2).toLowerCase() === stripAccents(nickname).slice(0, 2).toLowerCase(),
      ) ??
      named.findLast((m) => getGender(given(m)) === pronounGender) ??
      named.findLast((m) => getGender(given(m)) === 'unknown');
    if (!person) continue;
    const surname = person.text.split(/\s+/u).slice(1).join(' ');
    declared.set(personKey(`${nickname} ${surname}`), { full: person.text, nickname });
    // "Pastor Iggy", "Uncle Stav": the nickname with the word that goes before it.
    if (match[1])
      declared.set(personKey(`${match[1]} ${nickname}`), { full: person.text, nickname });
  }
  return declared;
}

/**
 * "Tel Duggan" and "Terry Duggan", "Naz Qureshi-Blake" and "Nasreen Qureshi-Blake": a short given
 * name (four letters at most) that opens like the longer given name of the one other person named
 * with the same surname is that person's familiar name.
 */
function shortenedGivenNames(
  names: NameMention[],
  quoteSpans: Array<[number, number]>,
): Map<string, FamiliarName> {
  const shortened = new Map<string, FamiliarName>();
  const people = names.filter(
    (m) => m.kind === 'Person' && !insideAny(m.start, quoteSpans) && /\s/u.test(m.text),
  );
  const split = (text: string) => {
    const [given = '', ...rest] = text.split(/\s+/u);
    return { given, surname: rest.join(' ') };
  };
  for (const mention of people) {
    const { given, surname } = split(mention.text);
    if (given.length > 4) continue;
    const opening = stripAccents(given).slice(0, 2).toLowerCase();
    const fuller = new Set(
      people
        .map((other) => other.text)
        .filter((text) => {
          const other = split(text);
          return (
            other.surname === surname &&
            other.given.length > given.length &&
            stripAccents(other.given).slice(0, 2).toLowerCase() === opening
          );
        }),
    );
    const [full] = fuller;
    if (full && fuller.size === 1)
      shortened.set(personKey(mention.text), { full, nickname: given });
  }
  return shortened;
}

/** The words a body writes in lower case. */
function lowerCaseWords(body: string, quoteSpans: Array<[number, number]>): Set<string> {
  // ("ur a disgrace coffey. everyone knows …": a message typed all in lower case says nothing of
  // how names are written.)
  let prose = body;
  for (const [start, end] of quoteSpans) {
    const quoted = body.slice(start, end);
    if (!/\p{Lu}/u.test(quoted) && /\p{Ll}[.!?]\s+\p{Ll}/u.test(quoted))
      prose = prose.slice(0, start) + ' '.repeat(end - start) + prose.slice(end);
  }
  const words = new Set<string>();
  // ("the auctioneer’s chant": "auctioneer" is written in lower case too.)
  for (const match of prose.matchAll(/(?<![\p{L}'’])\p{Ll}[\p{L}'’-]*/gu))
    words.add(match[0]).add(match[0].replace(/['’]s$/u, ''));
  return words;
}

/** "Parent", "Twins": a capitalised noun for people (singular or plural) that is no name. */
function personNoun(word: string, lexicon: Lexicon): boolean {
  const lower = word.toLowerCase();
  return (
    lower !== word &&
    (lexicon.personNouns.has(lower) || lexicon.personNouns.has(lower.replace(/s$/u, '')))
  );
}

function lowerCaseElsewhere(lowerWords: Set<string>, word: string): boolean {
  const lower = word.toLowerCase();
  if (lower === word || lower.length < 3) return false;
  return lowerWords.has(lower);
}

/**
 * Each person's gender: presumed from the first name first, so that a pronoun against it counts
 * only right after a speech verb ("Asked by committee chair Fiona Roe when he …" makes her no man),
 * then learnt from the pronouns that follow the person's mentions.
 */
function presumeAndLearnGender(
  body: string,
  mentions: NameMention[],
  mentionActor: Map<number, string>,
  actors: Map<string, WorkingActor>,
  lexicon: Lexicon,
): void {
  genderFromFirstNames(actors, lexicon);
  learnGender(body, mentions, mentionActor, actors, lexicon);
}

/**
 * A person whose gender no pronoun or honorific gave is presumed to have the gender usually
 * borne by their first name (gender-detection-from-name's lists), so that "she said" after
 * "Gwendolyn Sato … Marcus Delacroix" looks past him. Unknown first names stay unknown, and so do
 * names the lexicon's `givenNameGender` marks as borne by either.
 */
function genderFromFirstNames(actors: Map<string, WorkingActor>, lexicon: Lexicon): void {
  for (const actor of actors.values()) {
    if (actor.kind !== 'Person' || actor.gender) continue;
    const parts = actor.name.split(/\s+/u);
    if (parts.length < 2) continue;
    // "Réjean" is looked up as "Rejean": the lists are written without accents.
    const given = stripAccents(parts[0] as string);
    // … and the lexicon corrects the lists ("Bertrand" is a man's name; "Robin" anyone's).
    const gender = lexicon.givenNameGender[given.toLowerCase()] ?? getGender(given);
    if (gender === 'male' || gender === 'female') actor.presumedGender = gender;
  }
}

/** Votes each person's gender from the first he/she pronoun after their mention in the same sentence. */
function learnGender(
  body: string,
  mentions: NameMention[],
  mentionActor: Map<number, string>,
  actors: Map<string, WorkingActor>,
  lexicon: Lexicon,
): void {
  const votes = new Map<string, { male: number; female: number }>();
  const resolved = mentions.filter((m) => mentionActor.has(m.start) && m.kind === 'Person');
  for (const mention of resolved) {
    const key = mentionActor.get(mention.start) as string;
    const actor = actors.get(key);
    if (!actor || actor.kind !== 'Person') continue;
    const after = body.slice(mention.end, mention.end + 120);
    // "Marisol Roe's brother-in-law … he": the pronoun is the relative's, not the possessor's.
    const possessed = /^['’]s?\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}-]+)/u.exec(after)?.[1];
    if (
      possessed &&
      (GENDERED_NOUNS[possessed.replace(/-in-law$/u, '')] !== undefined ||
        lexicon.personNouns.has(possessed) ||
        lexicon.titles.roleNouns.includes(possessed))
    )
      continue;
    const sentenceEnd = after.search(/[.!?](?:\s|$)|["“”]/u);
    const window = sentenceEnd >= 0 ? after.slice(0, sentenceEnd) : after;
    const joined = /^\s+and\s+(his|her)\b/iu.exec(window);
    const pronoun = joined ?? /\b(he|she)\b/iu.exec(window);
    if (!pronoun) continue;
    // "Luis Roe — no relation to Yesenia Roe, the sponsor — said he …": a name inside an aside
    // that closes before the pronoun is not its antecedent.
    if (/[—–)]/u.test(window.slice(0, pronoun.index))) continue;
    const pronounStart = mention.end + pronoun.index;
    const otherPerson = startingIn(resolved, mention.end + 1, pronounStart).some(
      (m) => mentionActor.get(m.start) !== key,
    );
    if (otherPerson) continue;
    // "Harold Roe, 68, whose mother was treated there, said she spent …": a relative named before
    // the pronoun may be its antecedent.
    const relative = /\b(?:whose|his|her|their)\s+(?:[\p{Ll}-]+\s+)??([\p{Ll}-]+)/u.exec(
      window.slice(0, pronoun.index),
    )?.[1];
    if (relative && GENDERED_NOUNS[relative.replace(/-in-law$/u, '')] !== undefined) continue;
    const gender = lexicon.pronouns[pronoun[1]?.toLowerCase() ?? ''];
    if (gender !== 'male' && gender !== 'female') continue;
    // "Jo Roe read a letter from him … in which he called": the he is the him, someone else.
    const objectBefore = /\b(him|her)\b/iu.exec(window.slice(0, pronoun.index))?.[1];
    if (objectBefore && lexicon.pronouns[objectBefore.toLowerCase()] === gender) continue;
    // "Insp Kelvin Roe said the figures she quoted …": against the first name, only a pronoun
    // right after the speech verb ("said she", "said that she") counts.
    // … and not when the name is the object of a preposition ("the claims made by Deputy Conor
    // Roe as 'a smear', and said she had …": the she is the sentence's subject).
    // ("Gurpreet Bains and her husband": the possessive right after the name is hers.)
    if (actor.presumedGender && actor.presumedGender !== gender && !joined) {
      const verb = /([\p{Ll}]+)\s+(?:that\s+)?$/u.exec(window.slice(0, pronoun.index))?.[1] ?? '';
      if (!lexicon.strongSpeechVerbs.has(verb) && !lexicon.weakSpeechVerbs.has(verb)) continue;
      const opening = mention.title?.start ?? mention.start;
      if (
        /(?<![\p{L}\p{N}])(?:by|of|to|from|with|for|against|about|at|on)\s+(?:\p{Lu}[\p{L}.]*\s+)?$/u.test(
          body.slice(Math.max(0, opening - 24), opening),
        )
      )
        continue;
    }
    const vote = votes.get(key) ?? { male: 0, female: 0 };
    vote[gender]++;
    votes.set(key, vote);
  }
  for (const [key, vote] of votes) {
    const actor = actors.get(key);
    if (actor && !actor.gender && vote.male !== vote.female)
      actor.gender = vote.male > vote.female ? 'male' : 'female';
  }
}

/** The actor most recently mentioned before `position` (outside quotes) that passes `accept`. */
export function lastActorBefore(
  index: EntityIndex,
  position: number,
  accept: (actor: WorkingActor) => boolean,
  limit = 2000,
): WorkingActor | undefined {
  return lastMentionBefore(index, position, accept, limit)?.actor;
}

function lastMentionBefore(
  index: EntityIndex,
  position: number,
  accept: (actor: WorkingActor) => boolean,
  limit: number,
): { actor: WorkingActor; start: number } | undefined {
  const body = index.body;
  let possessiveFallback: { actor: WorkingActor; start: number } | undefined;
  for (let i = timelineIndexAt(index, position) - 1; i >= 0; i--) {
    const [start, end, key, possessive] = index.timeline[i] as [number, number, string, boolean];
    if (start >= position) continue;
    if (position - start > limit) return possessiveFallback;
    const actor = index.actors.get(key);
    if (!actor || index.outlets.has(key) || !accept(actor)) continue;
    // "Roe opposes Doe's plan, which he called …": a possessor is a weaker antecedent than the
    // subject of its sentence, wherever the pronoun is ("Bev Roe, Lorraine Roe's sister-in-law,
    // said … Asked about it, her sister-in-law said").
    if (possessiveFallback && /[.!?]\s|\n/u.test(body.slice(end, possessiveFallback.start)))
      return possessiveFallback;
    if (possessive && !possessiveFallback) {
      possessiveFallback = { actor, start };
      continue;
    }
    return { actor, start };
  }
  return possessiveFallback;
}

/** Resolves a personal pronoun at `position` to the most recent compatible actor. */
/** A verb that reports what its subject said of, or did to, the person named after it. */
const REPORTING_VERB =
  /(?<![\p{L}\p{N}])(?:said|says|told|tells|added|claimed|insisted|wrote|accused|thanked|praised|criticised|criticized|blamed|urged|asked|described|warned)(?![\p{L}\p{N}])/u;
/** A reporting verb right after a name (past an aside or an adverb): the name is a subject too. */
const REPORTING_VERB_AFTER = new RegExp(
  `^\\s*(?:,[^,]{0,60},\\s*)?(?:\\p{Ll}+ly\\s+)?${REPORTING_VERB.source}`,
  'u',
);

/**
 * The subject of the sentence that holds `found`, when `found` comes after the subject's reporting
 * verb ("Cllr Kerr said he had known Mr Roe …") and the pronoun at `position` is in a later
 * sentence — not when the one spoken of is a subject too ("…, while Szymański told reporters").
 */
function reportingSubjectOf(
  index: EntityIndex,
  found: { actor: WorkingActor; start: number },
  position: number,
  accept: (actor: WorkingActor) => boolean,
): { actor: WorkingActor; start: number } | undefined {
  const body = index.body;
  if (!/[.!?]["”’']?\s/u.test(body.slice(found.start, position))) return undefined;
  const before = body.slice(Math.max(0, found.start - 300), found.start);
  const boundary = Math.max(...['.', '!', '?', '\n'].map((mark) => before.lastIndexOf(mark))) + 1;
  const sentenceStart = found.start - before.length + boundary;
  const entries = index.timeline.slice(
    timelineIndexAt(index, sentenceStart),
    timelineIndexAt(index, found.start) + 1,
  );
  const foundEnd = entries.find(([at]) => at === found.start)?.[1] ?? found.start;
  if (REPORTING_VERB_AFTER.test(body.slice(foundEnd, foundEnd + 80))) return undefined;
  for (const [start, end, key] of entries) {
    if (start >= found.start) return undefined;
    const actor = index.actors.get(key);
    if (!actor || actor === found.actor || !accept(actor)) continue;
    if (!/^\s*(?:[^,.!?]{0,80},\s*)?(?:\S+\s+){0,3}$/u.test(body.slice(sentenceStart, start)))
      return undefined;
    return REPORTING_VERB.test(body.slice(end, found.start)) ? { actor, start } : undefined;
  }
  return undefined;
}

/** The index of the first timeline entry that starts at or after `position`. */
function timelineIndexAt(index: EntityIndex, position: number): number {
  let low = 0;
  let high = index.timeline.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((index.timeline[middle] as [number, number, string, boolean])[0] < position)
      low = middle + 1;
    else high = middle;
  }
  return low;
}

export function resolvePronoun(
  index: EntityIndex,
  pronoun: string,
  position: number,
  lexicon: Lexicon,
): WorkingActor | undefined {
  const gender = lexicon.pronouns[pronoun.toLowerCase()];
  if (gender === 'male' || gender === 'female') {
    const compatible = (actor: WorkingActor) =>
      actor.kind === 'Person' && (actor.gender === undefined || actor.gender === gender);
    let found = lastMentionBefore(index, position, compatible, 2000);
    // "Addressing Dylan Roe directly, he said": the participle's object is not its subject.
    const participle = /(?:^|[.!?]["”’]?\s+|\n)(\p{Lu}\p{Ll}+ing\s[^.!?;:\n"“”]*,\s*)$/u.exec(
      index.body.slice(Math.max(0, position - 200), position),
    );
    const clauseStart = participle?.[1] ? position - participle[1].length : undefined;
    if (found && clauseStart !== undefined && found.start >= clauseStart)
      found = lastMentionBefore(index, clauseStart, compatible, 2000) ?? found;
    // A first name's usual gender only breaks ties: "Sato said the time Delacroix described is
    // short. 'He knows that,' she said" — past a presumed man to a presumed woman close by.
    if (found?.actor.presumedGender && found.actor.presumedGender !== gender) {
      const presumed = lastMentionBefore(
        index,
        position,
        (actor) =>
          compatible(actor) &&
          (actor.presumedGender === undefined || actor.presumedGender === gender),
        400,
      );
      if (presumed) found = presumed;
    }
    // "Cllr Kerr said he had known Mr Roe since school." then "'…,' he said": the subject of the
    // sentence before, not a man it speaks of.
    if (found) {
      const subject = reportingSubjectOf(
        index,
        found,
        position,
        (actor) => actor.kind === 'Person' && (actor.gender ?? actor.presumedGender) === gender,
      );
      if (subject) found = subject;
    }
    // "One nurse, who asked not to be named, told the paper … 'I cried,' she said": the unnamed
    // speaker introduced since the last named person is the antecedent, and has no actor.
    // … and so is "A coworker of Osvaldo Roe's, who asked not to be named": the name only
    // qualifies the unnamed person.
    const qualifies = (unnamed: { at: number; end: number }) =>
      found !== undefined &&
      found.start > unnamed.at &&
      found.start - unnamed.end < 60 &&
      /(?<![\p{L}\p{N}])(?:of|at|for|from|with)\s+(?:the\s+)?$/u.test(
        index.body.slice(Math.max(0, found.start - 12), found.start),
      );
    if (
      found &&
      index.unnamed.some(
        (unnamed) =>
          (unnamed.at > found.start || qualifies(unnamed)) &&
          unnamed.at < position &&
          (unnamed.gender === undefined || unnamed.gender === gender),
      )
    )
      return undefined;
    return found?.actor;
  }
  if (gender === 'plural' || gender === 'neuter') {
    const found = lastMentionBefore(
      index,
      position,
      (actor) => actor.kind === 'Organization',
      1200,
    );
    // "One board employee, who asked not to be named, told the Gazette …" then "'…,' they said":
    // the singular they of the unnamed one introduced since.
    if (
      found &&
      pronoun.toLowerCase() === 'they' &&
      index.unnamed.some((unnamed) => unnamed.at > found.start && unnamed.at < position)
    )
      return undefined;
    return found?.actor;
  }
  return undefined;
}

const EPITHETS = new Set([
  'member',
  'lawmaker',
  'politician',
  'incumbent',
  'democrat',
  'republican',
  'businessman',
  'businesswoman',
]);

const ORG_HEADS = new Set([
  'company',
  'firm',
  'group',
  'organization',
  'organisation',
  'developer',
  'union',
  'agency',
  'district',
  'utility',
  'hospital',
  'department',
  'operator',
  'carrier',
  'airline',
  'insurer',
  'retailer',
  'lender',
  'miner',
]);

/**
 * "Statement from the county:" when the article names "Pellam County" only as a place: the
 * county's government, an organisation of the same name, created on first use. Likewise "the
 * city" for a place written "city of Tarrow Creek" (as "City of Tarrow Creek").
 */
function localGovernment(
  index: EntityIndex,
  noun: 'county' | 'city',
  position: number,
): WorkingActor | undefined {
  const places = index.mentions.filter(
    (m) =>
      m.kind === 'Place' &&
      m.start < position &&
      (noun === 'county'
        ? /\sCounty$/u.test(m.text)
        : /(?<![\p{L}\p{N}])city of\s$/iu.test(
            index.body.slice(Math.max(0, m.start - 8), m.start),
          )),
  );
  const place =
    places[places.length - 1] ??
    (noun === 'city' ? (datelineCity(index) ?? cityOfItsBodies(index)) : undefined);
  if (!place) return undefined;
  const name = noun === 'county' || place.kind !== 'Place' ? place.text : `City of ${place.text}`;
  const key = orgKey(name);
  const existing = index.actors.get(key);
  if (existing) return existing;
  const actor = newActor(key, 'Organization', { ...place, text: name }, 'entity-local-government');
  actor.confidence = 0.6;
  // (A place already taken as another actor's mention — "Portland" of "Portland police" — stays
  // that actor's: one span, one mention.)
  if (!index.mentionActor.has(place.start)) addMention(actor, place);
  index.actors.set(key, actor);
  return actor;
}

/**
 * The city whose name qualifies the city's own bodies at least twice ("Fenwick police", "Fenwick
 * Police Chief Jo Roe", "the Fenwick City Council"), as a place "City of Fenwick" stands for.
 */
function cityOfItsBodies(index: EntityIndex): NameMention | undefined {
  if (citiesOfBodies.has(index)) return citiesOfBodies.get(index);
  const found = findCityOfItsBodies(index);
  citiesOfBodies.set(index, found);
  return found;
}
/** Per article, the city its bodies name (looked up once). */
const citiesOfBodies = new WeakMap<EntityIndex, NameMention | undefined>();

function findCityOfItsBodies(index: EntityIndex): NameMention | undefined {
  const counts = new Map<string, { count: number; start: number; end: number }>();
  for (const match of index.body.matchAll(CITY_BODY_AFTER_NAME)) {
    const name = match[1] ?? '';
    if (CITY_NAME_NOT.test(name)) continue;
    const seen = counts.get(name) ?? {
      count: 0,
      start: match.index,
      end: match.index + name.length,
    };
    seen.count++;
    counts.set(name, seen);
  }
  const [best, second] = [...counts.entries()].sort((a, b) => b[1].count - a[1].count);
  if (!best || best[1].count < 2 || (second && second[1].count === best[1].count)) return undefined;
  return {
    text: best[0],
    start: best[1].start,
    end: best[1].end,
    kind: 'Place',
    rule: 'entity-city-of-its-bodies',
    confidence: 0.5,
  };
}
/** A capitalised name of one to three words, then a body of a city's government. */
const CITY_BODY_AFTER_NAME =
  /(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){0,2})\s+(?:police|Police(?:\s+(?:Department|Bureau|Chief|Service))?|City\s+Council|city\s+council|City\s+Hall|city\s+hall|Fire\s+(?:Department|Rescue|Chief)|City\s+Manager|city\s+manager|city\s+officials|city\s+staff|Mayor|mayor)(?![\p{L}\p{N}])/gu;
/** Words before a city body that are no city's name ("The police", "State Police", "Deputy Mayor", "Port police" — but "Port Anselm police" is). */
const CITY_NAME_NOT =
  /^(?:(?:The|A|An|This|That|His|Her|Their|Its|Our|State|County|Federal|National|Deputy|Acting|Interim|Former|Assistant|Vice|Then)(?:\s|$)|(?:Transit|Campus|University|Capitol|Local|Military|Tribal|Port|Harbor|Harbour|Airport|School|Park|Parks)$)/u;

/** The city of a dateline ("TARROW CREEK —", "SALEM, Ore. (AP) —") as "City of Tarrow Creek". */
function datelineCity(index: EntityIndex): NameMention | undefined {
  const match =
    /(?:^|\n)(\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]+){0,2})(?:,\s*[\p{L}. ]{2,20}?)?\s*(?:\([^)]{1,30}\)\s*)?[—–]/u.exec(
      index.body.slice(0, 1500),
    );
  if (!match?.[1]) return undefined;
  const start = match.index + match[0].indexOf(match[1]);
  const city = match[1]
    .toLowerCase()
    .replace(
      /(^|[\s'’.-])(\p{Ll})/gu,
      (_, gap: string, letter: string) => gap + letter.toUpperCase(),
    );
  return {
    text: `City of ${city}`,
    start,
    end: start + match[1].length,
    kind: 'Organization',
    rule: 'entity-dateline-city',
    confidence: 0.5,
  };
}

/** For each description noun, the name words of the other descriptions (and not its own). */
const otherDescriptionHeads = perLexicon(
  (lexicon) =>
    new Map(
      Object.entries(lexicon.descriptionHeads).map(([noun, heads]) => [
        noun,
        Object.entries(lexicon.descriptionHeads)
          .filter(([other]) => other !== noun)
          .flatMap(([, words]) => words)
          .filter((word) => !heads.includes(word)),
      ]),
    ),
);

/** Whether a name contains one of the words (as whole words, case-insensitive). */
function namedAs(name: string, words: readonly string[]): boolean {
  const lower = ` ${name.toLowerCase()} `;
  return words.some((word) => lower.includes(` ${word} `));
}

/**
 * "Her son" (`kin:son:her`): the one other person in the article who shares the surname of the
 * person the possessive points to, when there is exactly one and nothing says they are of the
 * other gender.
 */
function resolveKin(
  index: EntityIndex,
  role: string,
  position: number,
  lexicon: Lexicon,
): WorkingActor | undefined {
  const [, noun = '', possessive = ''] = role.split(':');
  const possessor = resolvePronoun(index, possessive, position, lexicon);
  if (!possessor || possessor.kind !== 'Person') return undefined;
  const surname = possessor.name.split(/\s+/u).pop() ?? '';
  const gender = GENDERED_NOUNS[noun];
  if (!gender) return undefined;
  const relatives = [...index.actors.values()].filter(
    (actor) =>
      actor.kind === 'Person' &&
      actor.key !== possessor.key &&
      actor.name.split(/\s+/u).length >= 2 &&
      actor.name.split(/\s+/u).pop() === surname &&
      (actor.gender ?? actor.presumedGender ?? gender) === gender,
  );
  return relatives.length === 1 ? relatives[0] : undefined;
}

/** A person's family name: from its first particle on ("Mac Giolla Phádraig", "van der Berg"), or the last word. */
function surnameOf(name: string): string | undefined {
  const words = name.split(/\s+/u);
  const particle = words.findIndex(
    (word, index) => index > 0 && SURNAME_OPENERS.has(word.toLowerCase()),
  );
  return particle > 0 && particle < words.length - 1
    ? words.slice(particle).join(' ')
    : words.at(-1);
}
const SURNAME_OPENERS = new Set([
  'mac',
  'mc',
  'nic',
  'ní',
  'ó',
  'o',
  'uí',
  'ap',
  'ab',
  'de',
  'del',
  'della',
  'di',
  'da',
  'dos',
  'van',
  'von',
  'le',
  'la',
  'al',
  'el',
  'bin',
  'ibn',
]);

/** Relatives younger than the person whose kin they are, and older. */
const YOUNGER_KIN = new Set(['son', 'daughter', 'grandson', 'granddaughter', 'nephew', 'niece']);
const ELDER_KIN = new Set(['father', 'mother', 'grandfather', 'grandmother']);
/** ", the captain, is the chairman's son": kinship said of the person just named. */
/** "Roy's son, ", "Mrs Roe's daughter ": a relative named right after a possessive. */
const KIN_APPOSED_AFTER_POSSESSIVE =
  /\p{Lu}[\p{L}-]*['’]s\s+(son|daughter|grandson|granddaughter|nephew|niece|father|mother|grandfather|grandmother),?\s+$/u;
const KIN_PREDICATE =
  /^(?:,[^,.;]{1,40})?,?\s+(?:is|was)\s+(?:the|his|her|their)\s+(?:[\p{L}'’-]+\s+){0,2}?(son|daughter|grandson|granddaughter|nephew|niece|father|mother|grandfather|grandmother)\b/u;

/**
 * "the younger Vermeulen" (`age:younger:Vermeulen`): of the people named with that surname, the
 * youngest by the ages the article gives ("Dale Vermeulen, 61,", "Ciarán Brosnan (34)"), or else
 * the one introduced as a son or daughter ("His son, Travis Vermeulen") — the elder, the one
 * introduced as a father or mother, or the other of two when one is a son or daughter.
 */
function resolveByAge(index: EntityIndex, role: string): WorkingActor | undefined {
  const [, which = '', surname = ''] = role.split(':');
  const namesakes = [...index.actors.values()].filter(
    (actor) =>
      actor.kind === 'Person' &&
      actor.name.split(/\s+/u).length >= 2 &&
      actor.name.split(/\s+/u).pop() === surname,
  );
  if (namesakes.length < 2) return undefined;
  const pick = (ranked: Array<[WorkingActor, number]>): WorkingActor | undefined => {
    const sorted = ranked.sort((a, b) => a[1] - b[1]);
    const [first, second] = which === 'younger' ? sorted : [...sorted].reverse();
    return first && second && first[1] !== second[1] ? first[0] : undefined;
  };
  const ages = namesakes.map((actor): [WorkingActor, number] => {
    const age = actor.mentions
      .map((mention) =>
        /^\s*(?:\((\d{1,3})\)|,\s*(\d{1,3}),)/u.exec(
          index.body.slice(mention.end, mention.end + 8),
        ),
      )
      .find((match) => match !== null);
    return [actor, Number(age?.[1] ?? age?.[2] ?? Number.NaN)];
  });
  if (ages.every(([, age]) => !Number.isNaN(age))) return pick(ages);
  // 0 for a son or daughter, 2 for a father or mother, 1 for anyone else.
  const generation = new Map<string, number>();
  // "Rhys Roe, the captain, is the chairman's son."
  // … and "Roy's son, Danny Roe,": a relative in apposition after a possessive.
  for (const actor of namesakes)
    for (const mention of actor.mentions) {
      const kin =
        KIN_PREDICATE.exec(index.body.slice(mention.end, mention.end + 80))?.[1] ??
        KIN_APPOSED_AFTER_POSSESSIVE.exec(
          index.body.slice(Math.max(0, mention.start - 40), mention.start),
        )?.[1];
      if (kin && YOUNGER_KIN.has(kin)) generation.set(actor.key, 0);
      if (kin && ELDER_KIN.has(kin)) generation.set(actor.key, 2);
    }
  for (const mention of index.mentions) {
    if (mention.rule !== 'mention-kin' || !mention.role?.startsWith('kin:')) continue;
    const noun = mention.role.split(':')[1] ?? '';
    const entry = index.timeline.find(([start]) => start === mention.start);
    if (!entry) continue;
    if (YOUNGER_KIN.has(noun)) generation.set(entry[2], 0);
    if (ELDER_KIN.has(noun)) generation.set(entry[2], 2);
  }
  return pick(namesakes.map((actor) => [actor, generation.get(actor.key) ?? 1]));
}

/** Per lexicon: each post an abbreviation stands for → its abbreviations ("chief executive" → ["ceo"]). */
const abbreviationsOfPost = perLexicon((lexicon) => {
  const map = new Map<string, string[]>();
  for (const [abbreviation, posts] of Object.entries(lexicon.titles.postAbbreviations))
    for (const post of posts) map.set(post, [...(map.get(post) ?? []), abbreviation]);
  return map;
});

/** "Kenneth Roe (54), of Crossnamuck Road, pleaded guilty": the one the court tries. */
const DEFENDANT_AFTER =
  /^[^.!?]{0,80}?(?<![\p{L}\p{N}])(?<!(?:was|were|been|being)\s)(?:pleaded|pled|admitted|admits|denies|denied|was\s+(?:convicted|found\s+guilty|jailed|sentenced|fined)|appeared\s+(?:at|before|in))\b/u;

/**
 * The people a court report tries: each person who opens a sentence (perhaps after a role:
 * "Farmer Kenneth Roe (54), …") that says they pleaded, admitted, denied, were convicted or
 * appeared in court.
 */
export function courtDefendants(index: EntityIndex): Set<string> {
  const defendants = new Set<string>();
  for (const [start, end, key] of index.timeline) {
    if (index.actors.get(key)?.kind !== 'Person') continue;
    const opens = /(?:^|[.!?]["”’]?\s+|\n\s*)(?:[\p{L}.'’-]+\s+){0,3}$/u.test(
      index.body.slice(Math.max(0, start - 40), start),
    );
    if (opens && DEFENDANT_AFTER.test(index.body.slice(end, end + 120))) defendants.add(key);
  }
  return defendants;
}

/** Resolves "the mayor" / "the union" to a unique actor described by that noun, preferring recent ones. */
export function resolveDescription(
  index: EntityIndex,
  role: string,
  position: number,
  lexicon?: Lexicon,
): WorkingActor | undefined {
  if (role.startsWith('kin:') && lexicon) return resolveKin(index, role, position, lexicon);
  if (role.startsWith('age:')) return resolveByAge(index, role);
  // "…," says the 77-year-old: the person written about just before.
  if (role.startsWith('aged:'))
    return lastActorBefore(index, position, (actor) => actor.kind === 'Person', 800);
  // "the accused wrote:", "the defendant said": the one person the report says is on trial.
  if (role === 'defendant') {
    const defendants = courtDefendants(index);
    return defendants.size === 1 ? index.actors.get([...defendants][0] ?? '') : undefined;
  }
  const noun = role.toLowerCase();
  const heads = lexicon?.descriptionHeads[noun];
  const otherHeads = heads && lexicon ? (otherDescriptionHeads(lexicon).get(noun) ?? []) : [];
  // "the utility" is Kestrel Valley Power, not the Utility Regulatory Commission: a name whose
  // last word says it is something else does not count.
  // … though "Ministry of Land and Water Resources" is the ministry, whatever its last word.
  const otherKind = (actor: WorkingActor): boolean => {
    const words = actor.name
      .toLowerCase()
      .split(/\s+/u)
      .filter((word) => !/^\d+$/u.test(word));
    const last = words.at(-1) ?? '';
    if (words[1] === 'of' && heads?.includes(words[0] ?? '')) return false;
    return !heads?.includes(last) && otherHeads.includes(last);
  };
  // "the city" is not "City Health": a noun that is only a word of an organisation's name must
  // come in the form the lexicon expects ("City of …"); a noun learnt from the text counts as is.
  // "the CEO" is the person introduced as the chief executive, and "the chief executive" the one
  // introduced as CEO.
  const nouns = [
    noun,
    ...(lexicon?.titles.postAbbreviations[noun] ?? []),
    ...(lexicon ? (abbreviationsOfPost(lexicon).get(noun) ?? []) : []),
    ...(lexicon?.titles.postSynonyms[noun] ?? []),
  ];
  const matching = [...index.actors.values()].filter(
    (actor) =>
      nouns.some(
        (n) => actor.typeNouns.has(n) || [...actor.typeNouns].some((t) => t.endsWith(` ${n}`)),
      ) &&
      (actor.kind !== 'Organization' ||
        !heads ||
        (namedAs(actor.name, heads) && !otherKind(actor)) ||
        !namedAs(actor.name, [noun])),
  );
  // "One senator, who asked not to be named, …" / "…," the senator said: the unnamed one just
  // introduced, not Sen. Roe named paragraphs before.
  // (… and "One senior member of the group, who spoke on condition of anonymity, said …" then
  // "'…,' the councillor said" right after: the one just introduced, whatever the noun.)
  const unnamedSince = index.unnamed.some(
    (unnamed) =>
      (unnamed.noun === noun ||
        (position - unnamed.at < 400 &&
          /anonymity|not\s+(?:to\s+)?be\s+named|not\s+authori[sz]ed/u.test(
            index.body.slice(unnamed.at, unnamed.end + 120),
          ))) &&
      unnamed.at < position &&
      position - unnamed.at < 1500 &&
      matching.every((actor) =>
        actor.mentions.every(
          (mention) =>
            mention.start < unnamed.at ||
            mention.start > position ||
            // ("People are loyal to Anjali," the councillor said: named inside the words.)
            insideAny(mention.start, index.quoteSpans),
        ),
      ),
  );
  if (unnamedSince && matching.every((actor) => actor.kind === 'Person')) return undefined;
  // "the club said" before the only body called a club is named, when that is a body of another
  // ("Glyncoed RFC Supporters' Club"): the other, whose name says it is a club ("Glyncoed RFC").
  const parent =
    matching.length === 1 && matching[0]!.kind === 'Organization' && heads && lexicon
      ? [...index.actors.values()].find(
          (actor) =>
            actor !== matching[0] &&
            actor.kind === 'Organization' &&
            matching[0]!.name.startsWith(`${actor.name} `) &&
            namedAs(actor.name, heads),
        )
      : undefined;
  if (parent && matching[0]!.firstMention > position) return parent;
  if (matching.length === 1) return matching[0];
  const itself = matching.filter((actor) => holdsPostItself(actor, noun));
  if (matching.length > 1 && itself.length === 1) return itself[0];
  if (matching.length === 0 && heads && lexicon) {
    // "the union" for the Greenvale Nurses Association: an organisation whose name says what it
    // is; "the company" for Harwick Foods, whose name says nothing; never the City Council.
    const described = (actor: WorkingActor) =>
      actor.kind === 'Organization' && namedAs(actor.name, heads) && !otherKind(actor);
    // Only a company's or a firm's name may say nothing of what it is.
    const generic = noun === 'company' || noun === 'firm';
    const plausible = (actor: WorkingActor) =>
      described(actor) ||
      (generic &&
        actor.kind === 'Organization' &&
        actor.rule !== 'mention-affiliation-before-title' &&
        // "(AP)" in a dateline is not "the company".
        !/^\p{Lu}{2,6}$/u.test(actor.name) &&
        !lexicon.newsOrganizations.has(actor.name.toLowerCase()) &&
        !namedAs(actor.name, otherHeads));
    const recent = lastActorBefore(index, position, plausible, 5000);
    if (recent) return recent;
    const all = [...index.actors.values()].filter(described);
    if (all.length === 1) return all[0];
  }
  // "the proud member of the movement issued a response": an epithet for the person just named.
  if (matching.length === 0 && EPITHETS.has(noun))
    return lastActorBefore(index, position, (actor) => actor.kind === 'Person', 400);
  if (matching.length === 0 && (noun === 'county' || noun === 'city')) {
    const government = localGovernment(index, noun, position);
    if (government) return government;
  }
  if (matching.length === 0 && ORG_HEADS.has(noun)) {
    // "the union, Local 12, said": an organisation in apposition right after the description.
    const apposed = index.timeline.find(
      ([start]) =>
        start > position &&
        start - position < 50 &&
        /^[^.;:]*,\s*$/u.test(index.body.slice(position, start)),
    );
    const apposedActor = apposed ? index.actors.get(apposed[2]) : undefined;
    if (apposedActor?.kind === 'Organization') return apposedActor;
    // "the company said": no organisation is called a company, so take the one just mentioned
    // (not a wire service that reported it).
    return lastActorBefore(
      index,
      position,
      (actor) =>
        actor.kind === 'Organization' && !lexicon?.newsOrganizations.has(actor.name.toLowerCase()),
      600,
    );
  }
  if (matching.length > 1) {
    return (
      lastActorBefore(index, position, (actor) => matching.includes(actor)) ??
      [...matching]
        .filter((a) => a.firstMention > position)
        .sort((a, b) => a.firstMention - b.firstMention)[0]
    );
  }
  return undefined;
}

/**
 * Puts the definite descriptions that name exactly one known actor ("The councilwoman was
 * unmoved.") on the timeline, once posts are known, so that a pronoun after them ("she said")
 * looks back to that actor rather than to a name mentioned earlier.
 */
export function linkDescriptions(index: EntityIndex, lexicon?: Lexicon): void {
  const added: Array<[number, number, string, boolean]> = [];
  for (const mention of index.mentions) {
    if (mention.kind !== 'Description') continue;
    // "Her husband spent the night at a neighbour's … 'I'm 74,' he said": the relative, once found.
    // … though "his father" inside a quotation is the speaker's kin, not the narrative's.
    if (mention.rule === 'mention-kin' && mention.role && lexicon) {
      if (insideAny(mention.start, index.quoteSpans)) continue;
      // ("Asked whether he had spoken to his nephew, he said": the object of a preposition is not
      // who the next pronoun means.)
      if (
        /(?<![\p{L}\p{N}])(?:to|with|about|for|from|at|by|of|towards|against|on)\s+$/u.test(
          index.body.slice(Math.max(0, mention.start - 10), mention.start),
        )
      )
        continue;
      const relative = resolveDescription(index, mention.role, mention.start, lexicon);
      if (relative) added.push([mention.start, mention.end, relative.key, false]);
      continue;
    }
    if (mention.rule !== 'mention-definite-description') continue;
    if (!mention.role || insideAny(mention.start, index.quoteSpans)) continue;
    const noun = mention.role;
    let matching = [...index.actors.values()].filter(
      (actor) =>
        actor.firstMention < mention.start &&
        (actor.typeNouns.has(noun) || [...actor.typeNouns].some((t) => t.endsWith(` ${noun}`))),
    );
    // "the chief" is the chief, not the deputy chief.
    if (matching.length > 1) matching = matching.filter((actor) => holdsPostItself(actor, noun));
    if (matching.length !== 1) continue;
    const possessive = /^['’]s?\s/u.test(index.body.slice(mention.end, mention.end + 3));
    added.push([mention.start, mention.end, (matching[0] as WorkingActor).key, possessive]);
  }
  if (added.length === 0) return;
  index.timeline.push(...added);
  index.timeline.sort((a, b) => a[0] - b[0]);
}

/** A post named by `noun` itself, not a deputy's or a former holder's ("Police Chief", not "Deputy Chief"). */
function holdsPostItself(actor: WorkingActor, noun: string): boolean {
  const labels = [...actor.typeNouns, ...actor.posts.map((post) => post.roleLabel.toLowerCase())];
  const named = labels.filter((label) => label === noun || label.endsWith(` ${noun}`));
  return (
    named.length > 0 &&
    !named.some((label) =>
      /^(?:deputy|assistant|associate|vice|former|acting|interim|sub|under)[\s-]/u.test(label),
    )
  );
}

/** Records a post for a person (deduplicated by role, organisation and offset). */
export function addPost(actor: WorkingActor, post: Post): void {
  if (actor.posts.some((p) => p.start === post.start && p.roleLabel === post.roleLabel)) return;
  actor.posts.push(post);
  actor.typeNouns.add(post.roleLabel.toLowerCase());
  const lastWord = post.roleLabel.toLowerCase().split(/\s+/).pop();
  if (lastWord) actor.typeNouns.add(lastWord);
}
