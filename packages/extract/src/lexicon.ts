/**
 * Loads the general-purpose lexicons (titles, speech verbs, organisation words, calendar names,
 * dispute cues …) from the JSON files in the package's `lexicon/` folder. They are data, not code:
 * nothing in them is specific to any article. Read once, lazily, relative to this module so that it
 * works from both `src/` and `dist/`. Callers may pass their own `Lexicon` to any stage.
 */
import { readFileSync } from 'node:fs';

/** Every lexicon the pipeline uses. */
export interface Lexicon {
  months: Record<string, number>;
  weekdays: Record<string, number>;
  relativeDays: Record<string, number>;
  strongSpeechVerbs: Set<string>;
  weakSpeechVerbs: Set<string>;
  /** Verb forms that attribute speech with a particle ("went on", "fired back"): form → particle. */
  phrasalSpeechVerbs: Map<string, string>;
  /** Gestures that hand the floor to their subject before a paragraph of quotation ("he turned to the crowd"). */
  beatVerbs: Set<string>;
  indirectIntroducers: string[];
  titles: TitleLexicon;
  organizationWords: Set<string>;
  organizationSuffixes: Set<string>;
  /** Nouns that open a body's name in Irish, Scottish Gaelic and Welsh, the name following ("Ysgol …"). */
  organizationLeadingWords: Set<string>;
  /** Description nouns ("union", "company") → words an organisation's name contains to be described so. */
  descriptionHeads: Record<string, string[]>;
  /** Wire services and broadcasters (lower case): they report, so "the company" is never one of them. */
  newsOrganizations: Set<string>;
  places: Set<string>;
  /** Last words that make a capitalised phrase a place ("Island", "Street"). */
  placeSuffixes: Set<string>;
  /** Phrases after which a capitalised phrase is a place ("city of"). */
  placePrefixes: string[];
  /** First words that make a short capitalised phrase a place ("Port", "Fort", "Mount"). */
  placeFirstWords: Set<string>;
  /** Last words no family name has, so that the phrase is a place wherever it stands ("Street", "Township", "Heights"). */
  placeOnlySuffixes: Set<string>;
  /** Words that open only places' names ("Stryd", "Sráid", "Heol"). */
  placeOnlyFirstWords: Set<string>;
  nonNameWords: Set<string>;
  /** Nouns for people a place may qualify ("A Tullyvarn man"). */
  residentNouns: Set<string>;
  /** Words of judgement ("absurd", "wrong"): a short quotation ending in one is an evaluation, not a name. */
  evaluativeWords: Set<string>;
  /** Nouns for people that are not posts ("woman", "rider"). */
  personNouns: Set<string>;
  /** Last words that make a capitalised phrase a thing, not a person ("Clause", "Building"). */
  thingSuffixes: Set<string>;
  abbreviations: Set<string>;
  media: Record<string, string>;
  /** Nouns for those who wrote a kind of document, lower-case → its medium ("the auditors wrote" → report). */
  documentWriters: Record<string, string>;
  disputeCues: DisputeCueLexicon;
  policyCues: string[];
  pronouns: Record<string, 'male' | 'female' | 'plural' | 'neuter'>;
  /** Given names the gender list gets wrong, or that men and women both bear ('either'). */
  givenNameGender: Record<string, 'male' | 'female' | 'either'>;
  boilerplate: string[];
}

export interface TitleLexicon {
  /** Titles written before a name ("Mayor", "Deputy Chief", "Capt."), lower-case → canonical. */
  preNominal: Record<string, string>;
  /** Role nouns used descriptively ("spokesperson", "attorney", "president"). */
  roleNouns: string[];
  /** Honorifics that carry no post ("Mr.", "Dr."). */
  honorifics: Record<string, 'male' | 'female' | 'any'>;
  /** Letters written after a name that are not part of it ("TD", "MP", "Jr."), as written. */
  postNominals: string[];
  /** Posts written as capitals, lower-case → the posts they stand for ("ceo" → "chief executive"). */
  postAbbreviations: Record<string, string[]>;
  /** Other names of the same post, lower-case ("the judge" is the "Justice" named before). */
  postSynonyms: Record<string, string[]>;
}

export interface DisputeCueLexicon {
  verbs: string[];
  phrases: string[];
}

function readJson<T>(name: string): T {
  const url = new URL(`../lexicon/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as T;
}

/**
 * Wraps a function of a lexicon (usually compiling patterns from its word lists) so that it runs
 * once per lexicon object and its result is reused.
 * @example const mediaPattern = perLexicon((lexicon) => new RegExp(Object.keys(lexicon.media).join('|'), 'gi'));
 */
export function perLexicon<T>(build: (lexicon: Lexicon) => T): (lexicon: Lexicon) => T {
  const cache = new WeakMap<Lexicon, T>();
  return (lexicon) => {
    if (cache.has(lexicon)) return cache.get(lexicon) as T;
    const value = build(lexicon);
    cache.set(lexicon, value);
    return value;
  };
}

let cached: Lexicon | undefined;

/** The default lexicon shipped with the package (loaded once). */
export function defaultLexicon(): Lexicon {
  if (cached) return cached;
  const calendar = readJson<{
    months: Record<string, number>;
    weekdays: Record<string, number>;
    relativeDays: Record<string, number>;
  }>('calendar');
  const verbs = readJson<{
    strong: string[];
    weak: string[];
    phrasal: Record<string, string[]>;
    indirectIntroducers: string[];
    beats: string[];
  }>('speech-verbs');
  const titles = readJson<TitleLexicon>('titles');
  const orgs = readJson<{
    words: string[];
    suffixes: string[];
    leadingWords: string[];
    descriptionHeads: Record<string, string[]>;
    newsOrganizations: string[];
  }>('organizations');
  const places = readJson<{
    places: string[];
    suffixes: string[];
    prefixes: string[];
    firstWords: string[];
    onlySuffixes: string[];
    onlyFirstWords: string[];
  }>('places');
  const words = readJson<{
    nonNameWords: string[];
    residentNouns: string[];
    evaluativeWords: string[];
    personNouns: string[];
    abbreviations: string[];
    pronouns: Lexicon['pronouns'];
    givenNameGender: Lexicon['givenNameGender'];
    boilerplate: string[];
    thingSuffixes: string[];
  }>('words');
  const media = readJson<{ media: Record<string, string>; writers: Record<string, string> }>(
    'media',
  );
  const cues = readJson<{ dispute: DisputeCueLexicon; policy: string[] }>('cues');
  cached = {
    months: calendar.months,
    weekdays: calendar.weekdays,
    relativeDays: calendar.relativeDays,
    strongSpeechVerbs: new Set(verbs.strong),
    weakSpeechVerbs: new Set(verbs.weak),
    phrasalSpeechVerbs: new Map(
      Object.entries(verbs.phrasal).flatMap(([particle, forms]) =>
        forms.map((form): [string, string] => [form, particle]),
      ),
    ),
    indirectIntroducers: verbs.indirectIntroducers,
    beatVerbs: new Set(verbs.beats),
    titles,
    organizationWords: new Set(orgs.words.map((w) => w.toLowerCase())),
    organizationSuffixes: new Set(orgs.suffixes.map((w) => w.toLowerCase())),
    organizationLeadingWords: new Set(orgs.leadingWords.map((w) => w.toLowerCase())),
    descriptionHeads: orgs.descriptionHeads,
    newsOrganizations: new Set(orgs.newsOrganizations.map((name) => name.toLowerCase())),
    places: new Set(places.places.map((w) => w.toLowerCase())),
    placeSuffixes: new Set(places.suffixes.map((w) => w.toLowerCase())),
    placePrefixes: places.prefixes,
    placeFirstWords: new Set(places.firstWords.map((w) => w.toLowerCase())),
    placeOnlySuffixes: new Set(places.onlySuffixes.map((w) => w.toLowerCase())),
    placeOnlyFirstWords: new Set(places.onlyFirstWords.map((w) => w.toLowerCase())),
    nonNameWords: new Set(words.nonNameWords.map((w) => w.toLowerCase())),
    residentNouns: new Set(words.residentNouns),
    evaluativeWords: new Set(words.evaluativeWords.map((w) => w.toLowerCase())),
    personNouns: new Set(words.personNouns.map((w) => w.toLowerCase())),
    thingSuffixes: new Set(words.thingSuffixes.map((w) => w.toLowerCase())),
    // A title or honorific written with a full stop ("Coun.", "Ald.") is an abbreviation too.
    abbreviations: new Set(
      [
        ...words.abbreviations,
        ...[...Object.keys(titles.preNominal), ...Object.keys(titles.honorifics)].filter((w) =>
          w.endsWith('.'),
        ),
      ].map((w) => w.toLowerCase()),
    ),
    media: media.media,
    documentWriters: media.writers,
    disputeCues: cues.dispute,
    policyCues: cues.policy,
    pronouns: words.pronouns,
    givenNameGender: words.givenNameGender,
    boilerplate: words.boilerplate,
  };
  return cached;
}
