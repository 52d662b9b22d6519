/**
 * Mention finding: scans the body for capitalised name sequences and classifies them as people,
 * organisations or places using the lexicons (titles, organisation words, place names), splitting
 * sequences such as "City Police Deputy Chief Jane Roe" into affiliation, title and name. It also
 * finds pronouns, definite descriptions ("the mayor", "the union") and sums of money. Classification
 * is heuristic and every mention records its rule and a confidence. Offsets are UTF-16 indices.
 */
import genderDetection from 'gender-detection-from-name';
import { perLexicon, type Lexicon } from './lexicon.js';
import type { Mention, MoneyMention } from './types.js';

/** A word of a capitalised sequence. */
interface Word {
  text: string;
  start: number;
  end: number;
}

/** A person/organisation/place mention plus what was learned about it. */
export interface NameMention extends Mention {
  /** Title written before the name ("Deputy Chief"), if any. */
  title?: { label: string; start: number; end: number };
  /** Organisation written before the title ("City Police" in "City Police Deputy Chief Jane Roe"). */
  affiliation?: { name: string; start: number; end: number };
  /** Gender implied by an honorific or gendered title. */
  gender?: 'male' | 'female';
  /** Further titles joined by "and" ("Mayor and Police Commissioner Jane Roe"). */
  extraTitles?: Array<{ label: string; start: number; end: number }>;
  /** A role noun written in lower case just before the name ("spokesperson Jane Roe"). */
  roleBefore?: { label: string; start: number; end: number };
  /** The honorific before the name, lower case without its full stop ("dr", "ms"). */
  honorific?: string;
  /** A nickname written in quotation marks inside the name ("Lola" in 'Dolores "Lola" Roe'). */
  nickname?: string;
}

/**
 * Lower-case particles inside names, of people and of bodies: Dutch and German "van", "von", "der";
 * French, Italian, Spanish and Portuguese "of (the)" and "and" ("Fédération des Ouvriers
 * Portuaires", "Ministerio de Trabajo y Previsión", "Vargem dos Sabiás", "dos Santos").
 */
const PARTICLES = [
  'de',
  'la',
  'van',
  'von',
  'der',
  'del',
  'da',
  'du',
  'des',
  'di',
  'do',
  'dos',
  'das',
  'della',
  'y',
  // Welsh "son of", "daughter of": "Tomos ap Iorwerth", "Siân ab Owen", "Mabli ferch Einion".
  'ap',
  'ab',
  'ferch',
  'verch',
  // The Irish and Scottish Gaelic article "of the": "Bord na Móna", "Comhairle nan Eilean Siar".
  'na',
  'nan',
  // Welsh articles and pronouns run together with a preposition: "Cartrefi i'n Pobl", "Pont
  // o'r Afon", "Ysgol yr Eglwys".
  'yr',
  "i'n",
  'i’n',
  "i'r",
  'i’r',
  "o'r",
  'o’r',
  "a'r",
  'a’r',
];
/** Lower-case words a capitalised name may run through ("Department of Health", Māori "o"). */
const CONNECTORS = new Set([
  'of',
  'the',
  'for',
  'and',
  '&',
  'on',
  'in',
  'to',
  'at',
  'o',
  ...PARTICLES,
]);
/** A preposition capitalised inside a group's name ("Residents Against Parking Charges"). */
const PREPOSITION_IN_NAME = /^(?:Against|Without|Versus|Beyond|Before|After|Under|Over)$/u;
const NAME_PARTICLES = new Set([...PARTICLES, 'bin', 'al', 'an']);
/** Words that open a Gaelic surname ("Nic Giolla Easpaig", "Mac Giolla Phádraig"); they do not count as names of their own. */
const GAELIC_SURNAME_OPENERS = new Set([
  'Mac',
  'Nic',
  'Mhic',
  'Ní',
  'Uí',
  'Ó',
  'Giolla',
  'Ghiolla',
]);
const WORD =
  /\p{Lu}{1,4}&\p{Lu}{1,4}(?:['’]s)?|[\p{Lu}\p{Lt}][\p{L}\p{M}'’\-.]*|\d+(?:st|nd|rd|th)?|[\p{Ll}][\p{L}\p{M}'’-]*|&/gu;
const GENDERED_TITLES: Record<string, 'male' | 'female'> = {
  councilwoman: 'female',
  congresswoman: 'female',
  spokeswoman: 'female',
  chairwoman: 'female',
  alderwoman: 'female',
  councilman: 'male',
  congressman: 'male',
  spokesman: 'male',
  chairman: 'male',
  alderman: 'male',
};

/**
 * "Portland", "ÉCOLE", and "l'Estuaire", "d'Alene": an elided article before a capital; "al-Marj",
 * "el-Sayed": the Arabic article joined to one.
 */
function isCapitalised(word: string): boolean {
  return (
    CAPITAL.test(word) ||
    // Irish eclipsis and prefixes before a capital: "Mac an tSaoir", "Ó hAodha", "na bhFear"
    // (and Scottish Gaelic "Mac an t-Saoir").
    IRISH_PREFIXED.test(word) ||
    ((word[0] === 'l' || word[0] === 'd') &&
      (word[1] === "'" || word[1] === '’') &&
      CAPITAL.test(word.slice(2))) ||
    ARABIC_ARTICLE.test(word)
  );
}
const ARABIC_ARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|an|ad-d|ul|ud)-[\p{Lu}\p{Lt}]/u;
/** The letters Irish eclipsis or h-prefixing puts before a capital ("t-Saoir", "hAodha", "bhFear"). */
export const ECLIPSIS_PREFIX = '(?:t|h|n|bh|mb|gc|nd|ng|dt|bp)-?';
const IRISH_PREFIXED = new RegExp(`^${ECLIPSIS_PREFIX}[\\p{Lu}][\\p{Ll}]`, 'u');
const CAPITAL = /^[\p{Lu}\p{Lt}]/u;

function stripPossessive(word: Word): Word {
  const match = /(?:['’]s|['’])$/u.exec(word.text);
  if (match && word.text.length > match[0].length + 1) {
    return {
      text: word.text.slice(0, -match[0].length),
      start: word.start,
      end: word.end - match[0].length,
    };
  }
  return word;
}

/** Removes a sentence-final period from a word unless the word is an abbreviation or an initial. */
function stripFinalPeriod(word: Word, lexicon: Lexicon): Word {
  if (!word.text.endsWith('.')) return word;
  const lower = word.text.toLowerCase();
  if (
    lexicon.abbreviations.has(lower) ||
    /^\p{Lu}\.$/u.test(word.text) ||
    /^(?:\p{L}\.){2,}$/u.test(word.text)
  )
    return word;
  return {
    text: word.text.replace(/\.+$/, ''),
    start: word.start,
    end: word.end - (word.text.length - word.text.replace(/\.+$/, '').length),
  };
}

function endsSentence(word: string, lexicon: Lexicon): boolean {
  if (!word.endsWith('.')) return false;
  return !(
    lexicon.abbreviations.has(word.toLowerCase()) ||
    lexicon.titles.honorifics[word.toLowerCase()] !== undefined ||
    lexicon.titles.preNominal[word.toLowerCase()] !== undefined ||
    /^\p{Lu}\.$/u.test(word)
  );
}

/** Splits the body into word tokens, remembering which follow a hard break (sentence end, quote, newline). */
function tokenize(body: string, lexicon: Lexicon): Array<Word & { breakBefore: boolean }> {
  const words: Array<Word & { breakBefore: boolean }> = [];
  WORD.lastIndex = 0;
  let previousEnd = 0;
  for (let match = WORD.exec(body); match; match = WORD.exec(body)) {
    const gap = body.slice(previousEnd, match.index);
    const previous = words[words.length - 1]?.text ?? '';
    // "T.R. Balasubramanian", "J.D. Harlow": run-together initials open a name, not a new sentence.
    const initials =
      previous.endsWith('.') &&
      /^(?:\p{Lu}\.){2,3}$/u.test(previous) &&
      /^\s$/u.test(gap) &&
      isCapitalised(match[0]) &&
      !SENTENCE_OPENER.test(match[0]);
    const breakBefore =
      previousEnd === 0 ||
      (!initials && /[,;:!?()"“”«»\n—–|/•·]|\.\s|\s-\s|['‘’]\s|\s['‘’]/u.test(gap)) ||
      (!initials && endsSentence(previous, lexicon));
    // "anti-Immigration and Customs Enforcement": the name starts after the prefix.
    // ("Deir al-Marj", "Samir el-Sayed": the Arabic article is part of it.)
    const prefix =
      ARABIC_ARTICLE.test(match[0]) || IRISH_PREFIXED.test(match[0])
        ? 0
        : (/^\p{Ll}+-(?=\p{Lu})/u.exec(match[0])?.[0].length ?? 0);
    // "Phoenix-based Crestline Advisors": a place the name is based in is no part of it.
    // … nor is a hyphenated description that opens the sentence ("Mother-of-three Jo Roe",
    // "Nine-year-old Jo Roe").
    const placeQualifier =
      match[0].includes('-') &&
      (/-(?:based|headquartered|born|registered|owned)$/u.test(match[0]) ||
        /^\p{Lu}\p{Ll}+-(?:of|in)-\p{Ll}+$/u.test(match[0]) ||
        // ("Nine-year-old Ximena Roe")
        /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?-(?:year|month)-old$/u.test(match[0]));
    // … nor is the rest of the place's name before it ("the Port Corrigan-based operator").
    if (placeQualifier && !breakBefore)
      for (let j = words.length - 1; j >= 0; j--) {
        const previous = words[j] as Word & { breakBefore: boolean };
        if (!isCapitalised(previous.text)) break;
        previous.text = previous.text.toLowerCase();
        if (previous.breakBefore) break;
      }
    words.push({
      text: placeQualifier ? match[0].toLowerCase() : match[0].slice(prefix),
      start: match.index + prefix,
      end: match.index + match[0].length,
      breakBefore: breakBefore || prefix > 0,
    });
    previousEnd = match.index + match[0].length;
  }
  return words;
}

/** Words that open a sentence and never follow an initial inside a name. */
const SENTENCE_OPENER =
  /^(?:He|She|They|It|We|I|You|The|A|An|This|That|These|Those|But|And|Or|So|In|On|At|His|Her|Their|Its|Our|My|There|Then)$/u;

/** True when the words from `next` on continue a name through at most one more connector ("of the Library"). */
function connectsToName(words: Array<Word & { breakBefore: boolean }>, next: number): boolean {
  const first = words[next];
  if (!first || first.breakBefore) return false;
  if (isCapitalised(first.text)) return true;
  const second = words[next + 1];
  return (
    first.text === 'the' &&
    second !== undefined &&
    !second.breakBefore &&
    isCapitalised(second.text)
  );
}

/** Groups consecutive capitalised words (and connectors between them) into candidate sequences. */
function capitalisedSequences(
  words: Array<Word & { breakBefore: boolean }>,
  lexicon: Lexicon,
): Word[][] {
  const sequences: Word[][] = [];
  let current: Word[] = [];
  const flush = (): void => {
    while (
      current.length &&
      !isCapitalised(current[current.length - 1]?.text ?? '') &&
      !/^\d/.test(current[current.length - 1]?.text ?? '')
    )
      current.pop();
    if (current.length) sequences.push(current);
    current = [];
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word & { breakBefore: boolean };
    if (current.length && word.breakBefore) flush();
    if (isCapitalised(word.text)) {
      current.push(word);
      if (
        /[^.]\.$/.test(word.text) &&
        word.text.length > 4 &&
        !/^\p{Lu}+\.$/u.test(word.text) &&
        !lexicon.abbreviations.has(word.text.toLowerCase())
      )
        flush();
      // "a post on X. He repeated it": a letter ending a sentence, not an initial — and "… Care
      // Ltd. In a response …": a company's legal ending that ends a sentence.
      else if (
        (/^\p{Lu}\.$/u.test(word.text) ||
          /^(?:Ltd|Inc|Co|Corp|Bros|Plc|Pty|Bhd)\.$/u.test(word.text)) &&
        SENTENCE_OPENER.test(words[i + 1]?.text ?? '')
      )
        flush();
    } else if (
      current.length &&
      /^\d/.test(word.text) &&
      /^(?:Local|No\.|District|Precinct|Ward|Unit|Lodge|Chapter|Branch)$/u.test(
        current[current.length - 1]?.text ?? '',
      )
    ) {
      current.push(word);
    } else if (
      current.length &&
      CONNECTORS.has(word.text.toLowerCase()) &&
      (connectsToName(words, i + 1) ||
        // "Hendrik van der Lught", "María de la Cruz": two particles before the surname.
        (PARTICLES.includes(word.text) &&
          PARTICLES.includes(words[i + 1]?.text ?? '') &&
          !words[i + 1]?.breakBefore &&
          connectsToName(words, i + 2)) ||
        // "Ratepayers for a Fair Sheldrake": a group named for a cause, through "for a".
        (word.text === 'for' &&
          GROUP_NOUN.test(current[current.length - 1]?.text ?? '') &&
          /^(?:a|an)$/u.test(words[i + 1]?.text ?? '') &&
          !words[i + 1]?.breakBefore &&
          connectsToName(words, i + 2)))
    ) {
      current.push(word);
    } else if (
      // "Pádraig Mac an tSaoir", "Sorcha Nic an Iomaire": the Irish article inside a surname
      // (and "Iain Mac a’ Phì": the Gaelic one, elided).
      current.length &&
      /^(?:an|a['’])$/u.test(word.text) &&
      /^(?:Mac|Nic|Mhic|Ní|Uí|Ó|Ui|Ni|O)$/u.test(current[current.length - 1]?.text ?? '') &&
      connectsToName(words, i + 1)
    ) {
      current.push(word);
    } else if (
      current.length &&
      /^(?:a|an)$/u.test(word.text) &&
      current[current.length - 1]?.text === 'for' &&
      GROUP_NOUN.test(current[current.length - 2]?.text ?? '') &&
      connectsToName(words, i + 1)
    ) {
      current.push(word);
    } else flush();
  }
  flush();
  // "Sen. Warren Roe, R-Castine," / "(D-Port Ardell)": a party and home district, not a name.
  return sequences.filter((sequence) => !/^[RDI]-\p{Lu}/u.test(sequence[0]?.text ?? ''));
}

function joinWords(body: string, words: Word[]): Word | undefined {
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return undefined;
  return { text: body.slice(first.start, last.end), start: first.start, end: last.end };
}

/** True when `a` and `b` differ by at most one insertion, deletion or substitution. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** The canonical title a phrase stands for, tolerating one typo in titles of seven letters or more. */
/** "Director of Operations", "Head of Public Affairs", "Secretary of State": a post and its field. */
const POST_OF_FUNCTION =
  /^(?:Director|Head|Chief|Manager|Secretary|Commissioner|Dean|Superintendent|Chair|Officer|Controller|Coordinator)\s+of\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?$/u;

/** A post, then "for" and its portfolio of one to four capitalised words. */
const PORTFOLIO_POST =
  /^(.+?)\s+for\s+(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:and|&)\s+)?\p{Lu}[\p{L}'’-]*){0,3})$/u;
/** The posts that hold a portfolio ("Minister", "Minister of State", "Secretary", "Spokesperson"). */
const PORTFOLIO_HOLDER =
  /^(?:(?:Shadow|Junior|Deputy|Chief|Cabinet|Parliamentary|Assistant|Under-?)\s+)?(?:Minister(?:\s+of\s+State)?|Secretary(?:\s+of\s+State)?|Spokesperson|Spokesman|Spokeswoman|Commissioner|Envoy|Ombudsman)$/u;

export function titleOf(phrase: string, lexicon: Lexicon): string | undefined {
  const lower = phrase.toLowerCase();
  const exact = lexicon.titles.preNominal[lower];
  if (exact !== undefined) return exact;
  // "Director of Operations", "Head of Communications": a post over a named function.
  // (… but not "Dean of Students Margaret": a first name ends the field)
  if (
    POST_OF_FUNCTION.test(phrase) &&
    getGender(stripAccents(phrase.split(/\s+/u).pop() ?? '')) === 'unknown'
  )
    return phrase;
  // "Minister for Employment", "Minister of State for Children and Youth Affairs", "Chief
  // Secretary for Administration": a post over a portfolio (no first name in it).
  const portfolio = PORTFOLIO_POST.exec(phrase);
  if (
    portfolio?.[1] &&
    portfolio[2] &&
    PORTFOLIO_HOLDER.test(portfolio[1]) &&
    lexicon.titles.preNominal[portfolio[1].toLowerCase()] !== undefined &&
    portfolio[2].split(/\s+/u).every((word) => getGender(stripAccents(word)) === 'unknown')
  )
    return phrase;
  if (lower.length < 7 || lower.includes(' ')) return undefined;
  const cache = nearTitles(lexicon);
  if (cache.found.has(lower)) return cache.found.get(lower);
  const near = cache.long.filter((title) => withinOneEdit(title, lower));
  const title = near.length === 1 ? lexicon.titles.preNominal[near[0] as string] : undefined;
  if (cache.found.size > 50_000) cache.found.clear();
  cache.found.set(lower, title);
  return title;
}

/** Per lexicon: its one-word titles of seven letters or more, and the near matches already looked up. */
const nearTitles = perLexicon((lexicon) => ({
  long: Object.keys(lexicon.titles.preNominal)
    .filter((title) => title.length >= 7 && !title.includes(' '))
    .sort(),
  found: new Map<string, string | undefined>(),
}));

/**
 * "County Emergency Manager Jane Roe": the index just after the last Title Case role word that is
 * followed by a one-to-three word name, or 0 when the sequence has no such role.
 */
function titleCaseRoleSplit(words: Word[], lexicon: Lexicon): number {
  for (let i = words.length - 2; i >= 0; i--) {
    const word = (words[i]?.text ?? '').toLowerCase();
    const occupation = /(?:ist|ologist)$/u.test(word) && word.length > 5;
    if (
      words[i - 1]?.text === 'of' ||
      (!occupation &&
        !lexicon.titles.roleNouns.includes(word) &&
        lexicon.titles.preNominal[word] === undefined)
    )
      continue;
    const name = words.slice(i + 1);
    if (
      name.length > 3 ||
      name.some(
        (w) => isOrganisationWord(w.text, lexicon) || looksLikeAcronym(w.text) || /\d/.test(w.text),
      )
    )
      return 0;
    return i + 1;
  }
  return 0;
}

/** Longest pre-nominal title at the start of `words` (e.g. "Deputy Chief"), as a word count. */
function titleLength(words: Word[], lexicon: Lexicon): number {
  for (let n = Math.min(8, words.length - 1); n >= 1; n--) {
    const phrase = words
      .slice(0, n)
      .map((word) => word.text)
      .join(' ');
    // (A post over a portfolio leaves a whole name: "Minister for Employment | Eoghan Tierney".)
    const overPortfolio = words.slice(1, n).some((word) => word.text === 'for');
    if (n > 4 && !overPortfolio) continue;
    if (overPortfolio && words.length - n < 2) continue;
    if (titleOf(phrase, lexicon) !== undefined) return n;
  }
  return 0;
}

/** "Council", "Trust" — and "Trust." ending a sentence. */
function isOrganisationWord(word: string, lexicon: Lexicon): boolean {
  const lower = word.toLowerCase();
  const bare = lower.replace(/\.$/u, '');
  return (
    lexicon.organizationWords.has(lower) ||
    lexicon.organizationLeadingWords.has(lower) ||
    lexicon.organizationSuffixes.has(lower) ||
    lexicon.organizationWords.has(bare) ||
    lexicon.organizationSuffixes.has(bare)
  );
}

function looksLikeAcronym(word: string): boolean {
  return (
    /^\p{Lu}{2,6}s?$/u.test(word) ||
    /^(?:\p{Lu}\.){2,4}$/u.test(word) ||
    /^\p{Lu}{1,4}&\p{Lu}{1,4}$/u.test(word)
  );
}

/** Splits a sequence at connectors that do not belong to an organisation name ("Jane Roe of Springfield"). */
/** Whether the last words so far, the connector and the next word make a known title ("chief of staff"). */
function isTitleWithConnector(
  current: Word[],
  connector: string,
  next: Word | undefined,
  lexicon: Lexicon,
): boolean {
  if (!next) return false;
  // "Minister of State for Employment …": a post over a portfolio.
  if (
    connector === 'for' &&
    isCapitalised(next.text) &&
    [1, 2, 3, 4].some((n) =>
      PORTFOLIO_HOLDER.test(
        current
          .slice(-n)
          .map((word) => word.text)
          .join(' '),
      ),
    )
  )
    return true;
  if (
    connector === 'of' &&
    POST_OF_FUNCTION.test(`${current[current.length - 1]?.text ?? ''} of ${next.text}`)
  )
    return true;
  const tail = current.slice(-2).map((word) => word.text.toLowerCase());
  return [tail.join(' '), tail[tail.length - 1] ?? ''].some(
    (start) =>
      lexicon.titles.preNominal[`${start} ${connector} ${next.text.toLowerCase()}`] !== undefined,
  );
}

/** The last word of a sequence that is not a number: "Workers" in "… Workers Local 1190" is "Local". */
function lastNameWord(words: Word[]): string {
  const last = words[words.length - 1]?.text ?? '';
  // ("… District Council's planning committee": the name's last word without its possessive.)
  return (/^\d/u.test(last) ? (words[words.length - 2]?.text ?? '') : last).replace(/['’]s$/u, '');
}

function splitAtConnectors(words: Word[], lexicon: Lexicon, precededByThe = false): Word[][] {
  const parts: Word[][] = [];
  let current: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    const lower = word.text.toLowerCase();
    // "Daniel Koh Jun Wei", "Mayor Jan Novak": a short month name without a full stop, before
    // another capitalised word, is part of the name.
    const nameNotMonth =
      word.text.length <= 4 &&
      !word.text.endsWith('.') &&
      /^\p{Lu}\p{Ll}+$/u.test(words[i + 1]?.text ?? '');
    if (
      current.length &&
      ((lexicon.months[lower.replace(/\.$/, '')] !== undefined &&
        lower !== 'may' &&
        !nameNotMonth) ||
        lexicon.weekdays[lower.replace(/\.$/, '')] !== undefined)
    ) {
      parts.push(current);
      current = [];
      continue;
    }
    if (CONNECTORS.has(lower) && !isCapitalised(word.text)) {
      const previous = current[current.length - 1]?.text ?? '';
      // "the Rev. Alton Pryor-Simms of the Eastmoor Food Justice Network": a titled person, then
      // the organisation they belong to.
      const titledPerson =
        current.length >= 2 &&
        (lexicon.titles.honorifics[current[0]?.text.toLowerCase() ?? ''] !== undefined ||
          lexicon.titles.preNominal[current[0]?.text.toLowerCase() ?? ''] !== undefined) &&
        !isOrganisationWord(previous, lexicon);
      // "Chief of Staff Ravi Sandoval-Kent": a title with "of" inside it stays whole.
      const inTitle = isTitleWithConnector(current, lower, words[i + 1], lexicon);
      // "Tarrow Students for Housing Justice", "Parents for Safe Streets": a group named for a cause.
      const groupForCause =
        lower === 'for' &&
        GROUP_NOUN.test(previous) &&
        (isCapitalised(words[i + 1]?.text ?? '') ||
          (/^(?:a|an)$/u.test(words[i + 1]?.text ?? '') &&
            isCapitalised(words[i + 2]?.text ?? '')));
      // "Friends of St Aldhelm's", "Friends of Ravensholme Moor": a supporters' group.
      const friendsOf =
        lower === 'of' && previous === 'Friends' && isCapitalised(words[i + 1]?.text ?? '');
      // "the Cambrian & Western on Stryd Fawr": a body, then where it stands.
      const placeAfter = /^(?:on|in|at)$/u.test(lower) && placeFollows(words.slice(i + 1), lexicon);
      const keep =
        !placeAfter &&
        (inTitle ||
          groupForCause ||
          friendsOf ||
          NAME_PARTICLES.has(lower) ||
          ((lower === 'of' ||
            lower === 'for' ||
            lower === 'on' ||
            lower === 'the' ||
            // "Campaign to End Hunger", but not "Corvane Transit Solutions to the Kettle Flats …"
            (lower === 'to' && words[i + 1]?.text !== 'the')) &&
            !titledPerson &&
            (isOrganisationWord(previous, lexicon) || precededByThe || /^(?:the)$/.test(lower))) ||
          ((lower === '&' ||
            (lower === 'and' &&
              // "the Police Department and the Sheriff's Office": two bodies.
              words[i + 1]?.text !== 'the' &&
              (isOrganisationWord(lastNameWord(words), lexicon) ||
                // "Office of Budget and Management", "Department of Health and Environment"
                (current.some((w) => w.text === 'of') &&
                  current.some((w) => isOrganisationWord(w.text, lexicon)) &&
                  isCapitalised(words[i + 1]?.text ?? ''))))) &&
            current.every((w) => !lexicon.titles.preNominal[w.text.toLowerCase()])) ||
          // "Te Rūnanga o Ngāti Pōkaitara Trust": the Māori "of" inside an organisation's name.
          (lower === 'o' && isOrganisationWord(lastNameWord(words), lexicon)) ||
          // "United Coach and Transit Workers Local 1190": a union local's full name, whatever
          // words (even "Coach") come before it.
          (lower === 'and' && /^Local$/u.test(lastNameWord(words))) ||
          // "General and Municipal Workers Alliance": one word before "and" is no title and name.
          (lower === 'and' &&
            current.filter((w) => w.text !== 'The').length === 1 &&
            lexicon.organizationSuffixes.has(lastNameWord(words).toLowerCase())));
      if (keep && current.length) {
        current.push(word);
        continue;
      }
      if (current.length) parts.push(current);
      current = [];
      continue;
    }
    current.push(word);
  }
  if (current.length) parts.push(current);
  return parts
    .map((part) => {
      while (
        part.length &&
        !isCapitalised(part[part.length - 1]?.text ?? '') &&
        !/^\d/.test(part[part.length - 1]?.text ?? '')
      )
        part.pop();
      return part;
    })
    .filter((part) => part.length > 0);
}

/** Whether the capitalised words at the start of `words` name a place by its first or last word ("Stryd Fawr", "Dock Road"). */
function placeFollows(words: Word[], lexicon: Lexicon): boolean {
  const run: string[] = [];
  for (const word of words[0]?.text === 'the' ? words.slice(1) : words) {
    if (!isCapitalised(word.text)) break;
    run.push(word.text.toLowerCase());
  }
  return (
    run.length > 0 &&
    (lexicon.placeOnlyFirstWords.has(run[0] ?? '') ||
      lexicon.placeOnlySuffixes.has(run[run.length - 1] ?? ''))
  );
}

interface Classified {
  kind: 'Person' | 'Organization' | 'Place' | 'Unknown';
  rule: string;
  confidence: number;
}

function classifyWords(words: Word[], lexicon: Lexicon): Classified {
  const texts = words.map((word) => word.text);
  const phrase = texts.join(' ');
  const lower = phrase.toLowerCase();
  const last = texts[texts.length - 1] ?? '';
  const startsWithPlace =
    texts.length >= 2 &&
    texts.length <= 4 &&
    (lexicon.places.has(texts.slice(0, 2).join(' ').toLowerCase()) ||
      lexicon.places.has((texts[0] ?? '').toLowerCase())) &&
    ['state', 'city', 'county', 'region', 'area'].includes(last.toLowerCase());
  if (
    startsWithPlace ||
    lexicon.places.has(lower) ||
    lexicon.places.has(
      lower.replace(
        /^(?:north|south|east|west|northeast|northwest|southeast|southwest|downtown|central|greater)\s+/,
        '',
      ),
    )
  ) {
    return { kind: 'Place', rule: 'mention-place-lexicon', confidence: 0.85 };
  }

  // "Port Anselm", "Fort Ellery", "Mount Vale": a short name opened by a place word.
  if (
    texts.length >= 2 &&
    texts.length <= 3 &&
    lexicon.placeFirstWords.has((texts[0] ?? '').toLowerCase()) &&
    texts.every((text, i) => isCapitalised(text) && (i === 0 || !isOrganisationWord(text, lexicon)))
  )
    return { kind: 'Place', rule: 'mention-place-first-word', confidence: 0.75 };
  // "Oakhurst Homes", "Seabright Holiday Homes": a housebuilder or operator ("Homes for the
  // Future", a scheme, does not end so).
  if (texts.length >= 2 && texts.length <= 3 && last === 'Homes' && texts.every(isCapitalised))
    return { kind: 'Organization', rule: 'mention-org-suffix', confidence: 0.7 };
  // "Coastal Vessels Scotland", "Transport Scotland", "Visit Wales": a name ending in a nation
  // (one the places lexicon does not know as a whole) is a body's.
  if (texts.length >= 2 && /^(?:Scotland|Wales|Ireland|England|Britain|Cymru)$/u.test(last))
    return { kind: 'Organization', rule: 'mention-org-nation', confidence: 0.7 };
  // "St Aidan's", "Saint Mary's" alone: the church, school or hospital named for the saint.
  if (texts.length === 2 && /^(?:St\.?|Saint|Naomh)$/u.test(texts[0] ?? '') && /['’]s$/u.test(last))
    return { kind: 'Organization', rule: 'mention-org-saint', confidence: 0.7 };
  // "Friends of Ravensholme Moor", "Friends of St Aldhelm's": a supporters' group.
  if (texts.length >= 3 && texts[0] === 'Friends' && texts[1] === 'of')
    return { kind: 'Organization', rule: 'mention-org-word', confidence: 0.8 };
  // "Residents of St Brigid's Court", "Tenants of Harbour View": people of a place, not a body —
  // unless the name ends as one ("Residents of Elm Street Association").
  if (
    texts.length >= 3 &&
    texts[1] === 'of' &&
    /^(?:Residents|Tenants|Parents|Families|Neighbou?rs|Workers|Patients|Locals|Homeowners|Members|Staff|Users|Customers|Passengers|Commuters)$/u.test(
      texts[0] ?? '',
    ) &&
    !/^(?:Association|Group|Committee|Council|Union|Alliance|Coalition|Network|Society|Federation|Collective|Campaign)$/u.test(
      last,
    )
  )
    return { kind: 'Unknown', rule: 'mention-people-of-place', confidence: 0.5 };
  if (lexicon.organizationSuffixes.has(last.toLowerCase()) || /^Local \d+$/.test(phrase))
    return { kind: 'Organization', rule: 'mention-org-suffix', confidence: 0.85 };
  // "MP urges minister …": a post written after names, alone, is a description (found below).
  // … and so is a post written as capitals ("the CEO wrote"): no organisation called CEO.
  if (
    texts.length === 1 &&
    (postNominals(lexicon).has(last) ||
      (looksLikeAcronym(last) &&
        (lexicon.titles.roleNouns.includes(lower) ||
          lexicon.titles.postAbbreviations[lower] !== undefined)))
  )
    return { kind: 'Unknown', rule: 'mention-title-phrase', confidence: 0.5 };
  if (texts.length === 1 && looksLikeAcronym(last)) {
    return lexicon.places.has(lower)
      ? { kind: 'Place', rule: 'mention-place-lexicon', confidence: 0.8 }
      : { kind: 'Organization', rule: 'mention-acronym', confidence: 0.6 };
  }
  // "the Equal Protection Clause", "the Consumer Protection Act": a law, whatever words it holds.
  if (texts.length >= 2 && LEGAL_INSTRUMENT.test(last))
    return { kind: 'Unknown', rule: 'mention-thing-phrase', confidence: 0.5 };
  if (texts.some((text) => isOrganisationWord(text, lexicon)))
    return { kind: 'Organization', rule: 'mention-org-word', confidence: 0.7 };
  // "Tarrow Students for Housing Justice": a group named for a cause.
  if (texts.some((text, i) => text === 'for' && i > 0 && GROUP_NOUN.test(texts[i - 1] ?? '')))
    return { kind: 'Organization', rule: 'mention-org-cause', confidence: 0.7 };
  // "NHS Ardcraig", "TriMet Eastside": an acronym opening a name that holds no first name.
  if (
    texts.length >= 2 &&
    texts.length <= 3 &&
    /^\p{Lu}{2,5}$/u.test(texts[0] ?? '') &&
    texts.slice(1).every((text) => /^\p{Lu}\p{Ll}/u.test(text)) &&
    getGender(stripAccents(texts[1] ?? '')) === 'unknown'
  )
    return { kind: 'Organization', rule: 'mention-org-acronym-name', confidence: 0.6 };
  // "Feld-Adeyemi & Cho", "Barnes & Whitlow": names joined by an ampersand make a firm.
  if (texts.length >= 3 && texts.includes('&'))
    return { kind: 'Organization', rule: 'mention-org-ampersand', confidence: 0.7 };
  // "Sheriff Denies 'Sanctuary' Policy", "Mayor Says County Will …": a headline's verb.
  const headlineVerb = texts.some((text) => {
    const word = text.toLowerCase();
    return (
      /[^s]s$/u.test(word) &&
      (lexicon.strongSpeechVerbs.has(word) || lexicon.weakSpeechVerbs.has(word))
    );
  });
  if (headlineVerb) return { kind: 'Unknown', rule: 'mention-headline-verb', confidence: 0.3 };
  if (
    lexicon.titles.roleNouns.includes(last.toLowerCase()) ||
    lexicon.titles.preNominal[last.toLowerCase()] !== undefined
  )
    return { kind: 'Unknown', rule: 'mention-title-phrase', confidence: 0.5 };
  if (texts.length >= 2 && lexicon.thingSuffixes.has(last.toLowerCase()))
    return { kind: 'Unknown', rule: 'mention-thing-phrase', confidence: 0.5 };
  // … but "Band A", "Plan B", "Schedule C": a lone letter at the end names a class of things.
  // (Particles do not count towards the four words: "Ana Luíza Ferreira dos Santos", "Príomhoide
  // Gráinne Nic Giolla Easpaig".)
  if (
    texts.length >= 2 &&
    texts.filter((text) => !NAME_PARTICLES.has(text) && !GAELIC_SURNAME_OPENERS.has(text)).length <=
      4 &&
    texts.every((text) => !/\d/.test(text)) &&
    !/^\p{Lu}$/u.test(last)
  )
    return { kind: 'Person', rule: 'mention-capitalised-name', confidence: 0.7 };
  return { kind: 'Unknown', rule: 'mention-capitalised', confidence: 0.3 };
}

/** The lowercase role noun (one or two words) that ends right before `start`, e.g. "spokesperson" in "hospital spokesperson Gwen Roe". */
const roleNounSet = perLexicon((lexicon) => new Set(lexicon.titles.roleNouns));
/** How far before a name its role is looked for, in characters. */
const ROLE_WINDOW = 60;

function roleBefore(
  body: string,
  start: number,
  lexicon: Lexicon,
): { label: string; start: number; end: number } | undefined {
  const before = body.slice(Math.max(0, start - ROLE_WINDOW), start);
  // "the company's head of human resources, Grace Banda": a post of a department, then the name.
  const ofPart =
    before.endsWith(', ') && before.includes(' of ')
      ? /(?<![\p{L}-])((?:[\p{Ll}-]+\s){0,2}[\p{Ll}-]+)\s+of\s+(?:the\s+)?(?:[\p{L}'’&-]+\s+){0,3}[\p{L}'’&-]+,\s$/u.exec(
          before,
        )
      : null;
  // … and "The Archdeacon of Calderbrook, the Ven Jo Roe": a post written in capitals.
  const capitalisedOfPart =
    !ofPart && before.endsWith(', ') && before.includes(' of ')
      ? /(?<![\p{L}-])(?:the|The)\s+(\p{Lu}[\p{Ll}-]+)\s+of\s+(?:the\s+)?(?:[\p{L}'’&-]+\s+){0,3}[\p{L}'’&-]+,\s$/u.exec(
          before,
        )
      : null;
  const capitalisedPost = capitalisedOfPart?.[1]?.toLowerCase();
  if (capitalisedOfPart && capitalisedPost && roleNounSet(lexicon).has(capitalisedPost)) {
    const phraseStart = start - before.length + capitalisedOfPart.index;
    const postStart = phraseStart + capitalisedOfPart[0].indexOf(capitalisedOfPart[1] ?? '');
    return { label: capitalisedPost, start: postStart, end: postStart + capitalisedPost.length };
  }
  if (ofPart?.[1]) {
    const words = ofPart[1].split(' ');
    const phraseEnd = start - before.length + ofPart.index + ofPart[1].length;
    for (let count = words.length; count >= 1; count--) {
      const candidate = words.slice(-count).join(' ');
      if (roleNounSet(lexicon).has(candidate))
        return { label: candidate, start: phraseEnd - candidate.length, end: phraseEnd };
    }
  }
  // "chief executive officer Jo Roe", "the hospital's CEO, Jo Roe": up to three lower-case words
  // (the last may be a post in capitals) right before the name, read backwards word by word.
  if (!/\s$/u.test(before)) return undefined;
  const comma = /,\s$/u.test(before) ? 1 : 0;
  const tokens = before.slice(0, before.length - 1 - comma).split(/\s/u);
  const words: string[] = [];
  for (let i = tokens.length - 1; i >= 0 && words.length < 3; i--) {
    const token = tokens[i] ?? '';
    const opening = token.startsWith('(') ? token.slice(1) : token;
    const fits =
      words.length === 0
        ? /^(?:[\p{Ll}-]+|\p{Lu}{2,4})$/u.test(opening)
        : /^[\p{Ll}-]+$/u.test(opening);
    // (a word cut off by the window's start may be only the tail of a longer one)
    if (!fits || (i === 0 && before.length === ROLE_WINDOW && opening === token)) break;
    words.unshift(opening);
    if (opening !== token) break;
  }
  if (words.length === 0) return undefined;
  const last = words[words.length - 1] ?? '';
  if (/^\p{Lu}+$/u.test(last)) {
    const post = last.toLowerCase();
    if (lexicon.titles.postAbbreviations[post] === undefined) return undefined;
    const end = start - 1 - comma;
    return { label: post, start: end - post.length, end };
  }
  for (let count = words.length; count >= 1; count--) {
    const candidate = words.slice(-count).join(' ');
    if (roleNounSet(lexicon).has(candidate) || lexicon.titles.preNominal[candidate] !== undefined) {
      const end = start - 1 - comma;
      return { label: candidate, start: end - candidate.length, end };
    }
  }
  return undefined;
}

function pushName(
  mentions: NameMention[],
  body: string,
  words: Word[],
  lexicon: Lexicon,
  atSentenceStart: boolean,
  precededByThe = false,
): void {
  // ("St Aldhelm's", "St Mary's": a saint's possessive is the name of the church or school.)
  let rest = words.map((word, index) =>
    index === words.length - 1
      ? /^(?:St\.?|Saint|Naomh)$/u.test(words[index - 1]?.text ?? '')
        ? stripFinalPeriod(word, lexicon)
        : stripPossessive(stripFinalPeriod(word, lexicon))
      : word,
  );
  let title: NameMention['title'];
  let affiliation: NameMention['affiliation'];
  let gender: NameMention['gender'];
  // "Siobhán McGettigan TD", "Ray Dunne Jr.": letters after a name are not part of it.
  while (rest.length >= 3 && postNominals(lexicon).has(rest[rest.length - 1]?.text ?? ''))
    rest = rest.slice(0, -1);
  // Leading words that never start a name ("However", "The", month names …) — though a group noun
  // may start an organisation's name ("Police Employees' Association", "Workers United Union",
  // "Police Service of Northern Ireland").
  const organisationName = rest
    .slice(1)
    .some((word) => lexicon.organizationSuffixes.has(word.text.toLowerCase()));
  while (
    rest.length > 1 &&
    lexicon.nonNameWords.has(rest[0]?.text.toLowerCase() ?? '') &&
    !lexicon.titles.honorifics[rest[0]?.text.toLowerCase() ?? ''] &&
    !(organisationName && GROUP_NOUN.test(rest[0]?.text ?? '')) &&
    // "Parents for Age-Appropriate Libraries": a group named for a cause.
    !(rest[1]?.text === 'for' && GROUP_NOUN.test(rest[0]?.text ?? '')) &&
    // English "An" goes before a vowel sound; before a consonant it is a given name ("An
    // Nguyen") or the Irish article opening a body's name ("An Garda Síochána").
    !(rest[0]?.text === 'An' && /^[B-DF-GJ-NP-TV-Z][\p{Ll}]/u.test(rest[1]?.text ?? ''))
  )
    rest = rest.slice(1);
  // "Addressing Dylan Roe directly, he said": a participle opening the sentence, then a name.
  if (
    atSentenceStart &&
    rest.length >= 3 &&
    /^\p{Lu}\p{Ll}{3,}ing$/u.test(rest[0]?.text ?? '') &&
    getGender(stripAccents(rest[0]?.text ?? '')) === 'unknown' &&
    getGender(stripAccents(rest[1]?.text ?? '')) !== 'unknown'
  )
    rest = rest.slice(1);
  // … though right before a speech verb, inside a sentence or after the quotation it tags, it is
  // a surname ("…," Oh wrote).
  const lone = rest.length === 1 ? (rest[0] as Word) : undefined;
  const lower = lone?.text.toLowerCase() ?? '';
  const surnameBeforeVerb =
    lone !== undefined &&
    lexicon.nonNameWords.has(lower) &&
    /^\p{Lu}\p{Ll}+$/u.test(lone.text) &&
    lexicon.pronouns[lower] === undefined &&
    lexicon.weekdays[lower] === undefined &&
    lexicon.months[lower] === undefined &&
    (!atSentenceStart ||
      /[,!?]["”’]\s+$/u.test(body.slice(Math.max(0, lone.start - 4), lone.start))) &&
    /^\s+(?:said|says|wrote|writes|told|tells|added|adds)\b/u.test(
      body.slice(lone.end, lone.end + 8),
    );
  if (lone && lexicon.nonNameWords.has(lower) && !surnameBeforeVerb) return;
  // "Writing to the chief constable, …", "Pressed on the claims, …": a participle opening a sentence.
  if (
    rest.length === 1 &&
    atSentenceStart &&
    /^\p{Lu}\p{Ll}{2,}(?:ing|ed)$/u.test(rest[0]?.text ?? '') &&
    /^\s+(?:to|on|at|in|from|with|after|before|about|for|the|a|an|his|her|their|its|outside|during|through|over|up|out)\b/u.test(
      body.slice(rest[0]?.end ?? 0, (rest[0]?.end ?? 0) + 12),
    )
  )
    return;
  // "The Ledger's Sam Ito": an owner in the possessive, then the name.
  // … unless the whole is a place ("Lorne's Cove", "St. John's Harbour").
  // … or a body named for whom it serves ("Fishermen's Co-operative", "St. Mary's Hospital").
  const lastWord = (rest[rest.length - 1]?.text ?? '').toLowerCase();
  const servesWhom =
    isOrganisationWord(lastWord, lexicon) &&
    rest.some(
      (word, i) =>
        /^\p{Lu}\p{Ll}*(?:men|people|children)['’]s$/u.test(word.text) ||
        (i > 0 && /^(?:St\.?|Saint)$/u.test(rest[i - 1]?.text ?? '') && /['’]s$/u.test(word.text)),
    );
  // "the Dorrance County Sheriff's Office", "the District Attorney's Office": an office named for
  // the post that heads it.
  const officeOfPost = rest.some(
    (word, i) =>
      i < rest.length - 1 &&
      /['’]s$/u.test(word.text) &&
      (lexicon.titles.preNominal[word.text.slice(0, -2).toLowerCase()] !== undefined ||
        lexicon.titles.roleNouns.includes(word.text.slice(0, -2).toLowerCase())) &&
      /^(?:Office|Department|Dept\.?|Bureau|Service|Services|Chambers|Cabinet)$/u.test(
        rest[i + 1]?.text ?? '',
      ) &&
      // a bare "Mayor's Office" only when the article also names it in full
      (i > 0 || fullerOfficeNamed(body, word.text.slice(0, -2), rest[i + 1]?.text ?? '')),
  );
  // … or a shop named for its owner ("Pettifer's Bakery", "Doyle's Garage").
  const owner = (rest[0]?.text ?? '').slice(0, -2).toLowerCase();
  const ownersShop =
    rest.length === 2 &&
    /^\p{Lu}\p{Ll}+['’]s$/u.test(rest[0]?.text ?? '') &&
    isOrganisationWord(lastWord, lexicon) &&
    !isOrganisationWord(owner, lexicon) &&
    lexicon.titles.preNominal[owner] === undefined &&
    !lexicon.titles.roleNouns.includes(owner);
  const possessor =
    lexicon.placeSuffixes.has(lastWord) || servesWhom || officeOfPost || ownersShop
      ? -1
      : rest.findIndex((word, i) => i < rest.length - 1 && /['’]s$/u.test(word.text));
  if (possessor >= 0) {
    pushName(mentions, body, rest.slice(0, possessor + 1), lexicon, atSentenceStart, precededByThe);
    rest = rest.slice(possessor + 1);
  }
  // "Member for Yarrabee Fiona Roe": the constituency comes before the member's first name.
  if (
    rest.length >= 3 &&
    /(?<![\p{L}\p{N}])(?:Member|MP|MLA|MSP|MPP|MHA|TD|Senator|Representative|Councillor|Cllr|Deputy)\s+for\s+$/u.test(
      body.slice(Math.max(0, (rest[0]?.start ?? 0) - 30), rest[0]?.start ?? 0),
    )
  ) {
    const firstName = rest.findIndex(
      (word, i) => i > 0 && i < rest.length - 1 && getGender(stripAccents(word.text)) !== 'unknown',
    );
    if (firstName > 0) rest = rest.slice(firstName);
  }
  // "Dean Kowalczyk": a one-word title that is also a common first name, before a lone
  // capitalised word, is a first name and a surname.
  const firstNameTitle =
    rest.length === 2 &&
    titleLength(rest, lexicon) === 1 &&
    getGender(rest[0]?.text ?? '') !== 'unknown' &&
    !/\.$/u.test(rest[0]?.text ?? '');
  // "the Office of the Police and Crime Commissioner for Fenmarsh": an office named for a post
  // holds the title in its own name.
  const officeNamedForPost =
    /^(?:Office|Bureau|Ministry)$/u.test(rest[0]?.text ?? '') && rest[1]?.text === 'of';
  // Affiliation + title + name: find a title inside the sequence.
  for (let i = 0; i < rest.length - 1 && !officeNamedForPost; i++) {
    // ("Federal Office of Justice Assistance": a post right after "of" names the office's field.)
    if (rest[i - 1]?.text === 'of') continue;
    const n = titleLength(rest.slice(i), lexicon);
    if (n > 0 && i + n < rest.length && !firstNameTitle) {
      const titleWords = rest.slice(i, i + n);
      const label = joinWords(body, titleWords);
      if (label) {
        title = { label: label.text, start: label.start, end: label.end };
        gender = GENDERED_TITLES[label.text.toLowerCase()];
      }
      if (i > 0) {
        const org = joinWords(body, rest.slice(0, i));
        if (org) affiliation = { name: org.text, start: org.start, end: org.end };
      }
      if (classifyWords(rest.slice(i + n), lexicon).kind === 'Organization') {
        title = undefined;
        affiliation = undefined;
        gender = undefined;
        break;
      }
      rest = rest.slice(i + n);
      // "Vice Chancellor Senior Professor W. M. Bandara": a second title right after the first.
      for (let more = titleLength(rest, lexicon); more > 0 && more < rest.length;) {
        const extended = title
          ? joinWords(body, [...titleWords, ...rest.slice(0, more)])
          : undefined;
        if (extended) title = { label: extended.text, start: extended.start, end: extended.end };
        rest = rest.slice(more);
        more = titleLength(rest, lexicon);
      }
      break;
    }
  }
  const split = firstNameTitle || officeNamedForPost ? 0 : titleCaseRoleSplit(rest, lexicon);
  if (split > 0) {
    // "General Manager Jane Roe": a role word right after a title extends it.
    const label = joinWords(body, rest.slice(0, split));
    if (label)
      title = title
        ? { label: body.slice(title.start, label.end), start: title.start, end: label.end }
        : { label: label.text, start: label.start, end: label.end };
    rest = rest.slice(split);
  }
  // "Student Affairs Dr. Lenora Watts-Hadley": the name starts at an honorific inside the run.
  const innerHonorific = rest.findIndex(
    (word, i) =>
      i > 0 &&
      i < rest.length - 1 &&
      lexicon.titles.honorifics[word.text.toLowerCase()] !== undefined,
  );
  if (innerHonorific > 0) rest = rest.slice(innerHonorific);
  const honorific = lexicon.titles.honorifics[rest[0]?.text.toLowerCase() ?? ''];
  const honorificWord = (rest[0]?.text ?? '').toLowerCase().replace(/\.$/u, '');
  const honorificStart = rest[0]?.start;
  if (honorific && rest.length > 1) {
    if (honorific !== 'any') gender = honorific;
    rest = rest.slice(1);
  }
  // "the consent of the Secretary of State": a title whose field follows it names no one.
  if (title && /^(?:of|for)$/u.test(rest[0]?.text ?? '')) return;
  // "Clonfad Garda Station": a rank, then the building its holders work from — a body.
  if (
    title &&
    rest.length === 1 &&
    /^(?:Station|Barracks|Headquarters)$/u.test(rest[0]?.text ?? '')
  ) {
    const from = affiliation?.start ?? title.start;
    const to = rest[0]?.end ?? title.end;
    mentions.push({
      text: body.slice(from, to),
      start: from,
      end: to,
      kind: 'Organization',
      rule: 'mention-org-station',
      confidence: 0.6,
    });
    return;
  }
  const span = joinWords(body, rest);
  if (!span) return;
  let classified = classifyWords(rest, lexicon);
  // "Leaders' Questions", "Members' Business": a plural possessive inside names no person.
  if (
    classified.kind === 'Person' &&
    rest.slice(0, -1).some((word) => /\p{Ll}s['’]$/u.test(word.text))
  )
    return;
  // "the Trust's Director of Acute Services, Dr Ifeoma Roe": a post a body's possessive names,
  // written in capitals, is no body itself.
  if (
    classified.kind === 'Organization' &&
    /^(?:of|for)$/u.test(rest[1]?.text ?? '') &&
    lexicon.titles.roleNouns.includes((rest[0]?.text ?? '').toLowerCase()) &&
    /\p{L}['’]s\s+$/u.test(body.slice(Math.max(0, span.start - 6), span.start))
  )
    return;
  // "…," Reeve wrote: a title word alone before a speech verb is a surname ("Reeve", "Judge").
  if (
    rest.length === 1 &&
    classified.rule === 'mention-title-phrase' &&
    !/(?<![\p{L}\p{N}])(?<!(?:for|of|to|from|by|with|at)\s)the\s$/iu.test(
      body.slice(Math.max(0, span.start - 9), span.start),
    ) &&
    /^\s+(?:said|says|wrote|writes|told|tells|added|adds)\b/u.test(
      body.slice(span.end, span.end + 8),
    )
  )
    classified = { kind: 'Person', rule: 'mention-single-capitalised', confidence: 0.5 };
  const before = body.slice(Math.max(0, span.start - 20), span.start).toLowerCase();
  // "from Te Māhanga ridge", "along Pūkio stream": a name before a lower-case place noun.
  const placeNounAfter = /^\s+(\p{Ll}+)(?![\p{L}\p{N}'’-])/u.exec(
    body.slice(span.end, span.end + 20),
  )?.[1];
  // "A Tullyvarn man who …", "a Lisnavane farmer": where someone unnamed is from.
  const placesPerson =
    rest.length === 1 &&
    !title &&
    !honorific &&
    /(?:^|\s)(?:a|an|A|An)\s$/u.test(body.slice(Math.max(0, span.start - 4), span.start)) &&
    placeNounAfter !== undefined &&
    lexicon.residentNouns.has(placeNounAfter);
  // "The Guild's Kilbarron branch", "the firm's Leeds office": where a part of a body is.
  const placesPart =
    rest.length === 1 &&
    !title &&
    !honorific &&
    /^(?:branch|office|depot|chapter|campus|site|plant|division)$/u.test(placeNounAfter ?? '');
  if (placesPerson || placesPart)
    classified = { kind: 'Place', rule: 'mention-place-of-person', confidence: 0.6 };
  else if (lexicon.placePrefixes.some((prefix) => before.endsWith(`${prefix} `)))
    classified = { kind: 'Place', rule: 'mention-place-after-prefix', confidence: 0.8 };
  else if (
    classified.kind !== 'Organization' &&
    !title &&
    !honorific &&
    placeNounAfter !== undefined &&
    lexicon.placeSuffixes.has(placeNounAfter) &&
    !/^(?:district|county|parish|township|park|green|common|close|row|way|estate|square|plaza|wood|drive|dock|docks)$/u.test(
      placeNounAfter,
    )
  )
    classified = { kind: 'Place', rule: 'mention-place-before-place-noun', confidence: 0.7 };
  // "from nearby Hollins Cross station", "at the Dunmore roundabout": a place's name before
  // the lower-case noun of what stands there.
  else if (
    classified.kind === 'Person' &&
    !title &&
    !honorific &&
    /^(?:station|airport|interchange|junction|roundabout|bypass|crossroads)$/u.test(
      placeNounAfter ?? '',
    )
  )
    classified = { kind: 'Place', rule: 'mention-place-before-place-noun', confidence: 0.7 };
  else if (
    rest.length >= 2 &&
    lexicon.placeSuffixes.has((rest[rest.length - 1]?.text ?? '').toLowerCase()) &&
    // "Lakeside Unified School District" is a school district, not a neighbourhood; so is a
    // "Sallow Creek Irrigation District".
    !rest.slice(0, -1).some((word) => isOrganisationWord(word.text, lexicon)) &&
    !(
      /^District$/u.test(rest[rest.length - 1]?.text ?? '') &&
      SERVICE_DISTRICT.test(rest[rest.length - 2]?.text ?? '')
    ) &&
    // "Concerned Citizens of South Harlan Creek" is a group named after a place; "Bay of Fundy" is a place.
    !rest.some(
      (word, i) =>
        word.text === 'of' &&
        i > 0 &&
        !lexicon.placeSuffixes.has((rest[i - 1]?.text ?? '').toLowerCase()),
    ) &&
    /(?<![\p{L}\p{N}])(?:in|at|on|near|to|from|the|of|across|along|outside|inside|into|over)\s$/u.test(
      before,
    )
  ) {
    classified = { kind: 'Place', rule: 'mention-place-suffix', confidence: 0.7 };
  } else if (
    // "Pell's Crossing", "Miller's Creek": a possessive, then a word places end in.
    classified.kind === 'Person' &&
    !title &&
    !honorific &&
    rest.length === 2 &&
    /^\p{Lu}\p{Ll}+['’]s$/u.test(rest[0]?.text ?? '') &&
    lexicon.placeSuffixes.has((rest[1]?.text ?? '').toLowerCase())
  ) {
    classified = { kind: 'Place', rule: 'mention-place-suffix', confidence: 0.7 };
  }
  // "Calder Bay police", "stood on Alder Grove": two words ending in a word places end in, which
  // the article sets after a preposition of place somewhere, are a place wherever they stand.
  if (
    classified.kind === 'Person' &&
    classified.rule === 'mention-capitalised-name' &&
    !title &&
    !honorific &&
    rest.length === 2 &&
    PLACE_ONLY_ENDING.test(rest[1]?.text ?? '') &&
    placedElsewhere(body, `${rest[0]?.text ?? ''} ${rest[1]?.text ?? ''}`)
  )
    classified = { kind: 'Place', rule: 'mention-place-ending', confidence: 0.6 };
  // "POLLARD CITY — Attorney General …", "SALEM, Ore. (AP) —": the capitals opening a paragraph
  // before a dash are the dateline's place.
  if (
    classified.kind !== 'Place' &&
    !title &&
    !honorific &&
    /(?:^|\n)$/u.test(body.slice(Math.max(0, span.start - 1), span.start)) &&
    !/\p{Ll}/u.test(body.slice(span.start, span.end)) &&
    DATELINE_DASH.test(body.slice(span.end, span.end + 60))
  )
    classified = { kind: 'Place', rule: 'mention-dateline-place', confidence: 0.8 };
  // "the leaders of Wrayford, Tansley Vale and North Ashcombe councils": names before a plural
  // body of local government are the places those bodies govern.
  if (
    classified.kind === 'Person' &&
    !title &&
    !honorific &&
    PLACES_BEFORE_BODIES.test(body.slice(span.end, span.end + 80))
  )
    classified = { kind: 'Place', rule: 'mention-place-before-bodies', confidence: 0.6 };
  // "Ferris Street", "Water Avenue", "neighboring Ashby Township": a last word no family name has
  // (a thoroughfare, a township, heights or falls) makes a place wherever it stands — and so does
  // a first word no given name is.
  if (
    classified.kind === 'Person' &&
    !title &&
    !honorific &&
    rest.length >= 2 &&
    (lexicon.placeOnlySuffixes.has((rest[rest.length - 1]?.text ?? '').toLowerCase()) ||
      // ("Stryd Fawr", "Sráid an Mhuilinn": a first word only places have.)
      lexicon.placeOnlyFirstWords.has((rest[0]?.text ?? '').toLowerCase())) &&
    // (… though "City of Paloma Junction" is the body that governs it.)
    rest.every((word) => word.text !== 'of')
  )
    classified = { kind: 'Place', rule: 'mention-place-street', confidence: 0.8 };
  // "whose children travel in from Ashby Fold", "in nearby Lorne's Cove", "a Republican from Cedar
  // Bluffs": a two-word name after a preposition of place, with no title or role, is a place.
  // … unless a first name owns something ("the radiators in Marisol Ybarra's apartment").
  const personOwns =
    getGender(stripAccents(rest[0]?.text ?? '')) !== 'unknown' &&
    /^['’]s\s+\p{Ll}/u.test(body.slice(span.end, span.end + 6));
  if (
    classified.kind === 'Person' &&
    classified.rule === 'mention-capitalised-name' &&
    !title &&
    !honorific &&
    !personOwns &&
    /(?<![\p{L}\p{N}])(?:in|near|outside|across|around|throughout|(?:in|out|over|down|up)\s+from|represents|representing|(?:Republican|Democrat|Independent|native|resident)s?\s+(?:from|of))\s+(?:(?:nearby|neighbouring|neighboring|rural|downtown|central)\s+)?(?:\p{Lu}[\p{L}]*['’]s\s+)?$/u.test(
      body.slice(Math.max(0, span.start - 40), span.start),
    )
  )
    classified = { kind: 'Place', rule: 'mention-place-after-preposition', confidence: 0.6 };
  // "the Friends of the Library", "the Campaign for Clean Water": a capitalised phrase after "the"
  // with an inner "of" or "for" names an organisation.
  if (
    precededByThe &&
    (classified.kind === 'Person' || classified.rule === 'mention-capitalised') &&
    rest.some((word) => word.text === 'of' || word.text === 'for')
  )
    classified = { kind: 'Organization', rule: 'mention-the-x-of-y', confidence: 0.6 };
  // "the Port Anselm Grit", "the Daily Meridian": people's names take no article — unless the
  // article belongs to a noun the name only qualifies ("the Portland ICE office", "the Occupy ICE
  // camp").
  if (
    classified.kind === 'Person' &&
    classified.rule === 'mention-capitalised-name' &&
    !title &&
    !honorific &&
    /(?<![\p{L}\p{N}])the\s$/iu.test(body.slice(Math.max(0, span.start - 4), span.start)) &&
    !QUALIFIED_NOUN.test(body.slice(span.end, span.end + 30))
  )
    classified = { kind: 'Organization', rule: 'mention-the-name', confidence: 0.6 };
  // "City Agency Jane Roe": an organisation phrase followed by a two-word name.
  if (classified.kind === 'Organization' && rest.length >= 3 && !title) {
    const tail = rest.slice(-2);
    const head = rest.slice(0, -2);
    if (
      tail.every(
        (word) =>
          isCapitalised(word.text) &&
          !isOrganisationWord(word.text, lexicon) &&
          !looksLikeAcronym(word.text) &&
          !lexicon.places.has(word.text.toLowerCase()) &&
          !/\d/.test(word.text),
      ) &&
      classifyWords(head, lexicon).kind === 'Organization' &&
      // "Riders United Tolliver Bay": a place, not a person, closes the name.
      !lexicon.placeSuffixes.has((tail[1]?.text ?? '').toLowerCase()) &&
      // "Department of Environmental Quality" is one name, and so is "Residents Against Parking
      // Charges".
      !CONNECTORS.has((head[head.length - 1]?.text ?? '').toLowerCase()) &&
      !PREPOSITION_IN_NAME.test(head[head.length - 1]?.text ?? '') &&
      // … and so is "Scoil Naomh Colmán": the name follows the noun (and "Cyfeillion Ysgol Cwm
      // Eithin": a noun that opens a body's name anywhere before the two words).
      !head.some((word) => lexicon.organizationLeadingWords.has(word.text.toLowerCase())) &&
      // … and so is "Coalition for Public Safety Alternatives", unless a first name follows.
      (!head.some((word) => CONNECTORS.has(word.text)) ||
        getGender(stripAccents(tail[0]?.text ?? '')) !== 'unknown')
    ) {
      const org = joinWords(body, head);
      if (org)
        mentions.push({
          ...org,
          kind: 'Organization',
          rule: 'mention-org-before-name',
          confidence: 0.7,
        });
      rest = tail;
      classified = { kind: 'Person', rule: 'mention-name-after-org', confidence: 0.7 };
    }
  }
  const name = joinWords(body, rest);
  if (!name) return;
  // "the Fr Hennelly Cup", "the Canon Roe Shield": a trophy named for someone.
  const trophy =
    (title || honorific) &&
    rest.length >= 2 &&
    /^(?:Cup|Trophy|Shield)$/u.test(rest[rest.length - 1]?.text ?? '');
  if (trophy) classified = { kind: 'Unknown', rule: 'mention-thing-phrase', confidence: 0.5 };
  if ((title || honorific) && !trophy && classified.rule !== 'mention-headline-verb') {
    if (
      classified.kind === 'Unknown' ||
      classified.kind === 'Person' ||
      (classified.kind === 'Place' && rest.length === 1)
    ) {
      classified = {
        kind: 'Person',
        rule: title ? 'mention-title-name' : 'mention-honorific-name',
        confidence: 0.9,
      };
    }
  }
  if (affiliation)
    mentions.push({
      text: affiliation.name,
      start: affiliation.start,
      end: affiliation.end,
      kind: 'Organization',
      rule: 'mention-affiliation-before-title',
      confidence: 0.75,
    });
  if (title)
    mentions.push({
      text: title.label,
      start: title.start,
      end: title.end,
      kind: 'Title',
      role: titleOf(title.label, lexicon) ?? title.label,
      rule: 'mention-title',
      confidence: 0.9,
    });
  // "a Portland US Immigration and Customs Enforcement office": a place before a national body.
  if (
    classified.kind === 'Organization' &&
    rest.length >= 3 &&
    lexicon.places.has((rest[0]?.text ?? '').toLowerCase()) &&
    /^(?:U\.?S\.?|United|Federal|National|State)$/u.test(rest[1]?.text ?? '')
  ) {
    rest = rest.slice(1);
    const trimmed = joinWords(body, rest);
    if (trimmed) Object.assign(name, trimmed);
  }
  // A name that starts with a common first name ("Nadia Kowalczyk, a forklift operator") stays a person.
  const firstName = rest.length >= 2 && getGender(rest[0]?.text ?? '') !== 'unknown';
  // (… even in apposition after "the council's Liberal group, Fiona Drummond", where she leads it.)
  // (Not across a paragraph break: a headline ending "… from charity" names no firm below it.)
  const apposedBefore = body
    .slice(Math.max(0, name.start - 50), name.start)
    .replace(/^[^]*\n/u, '');
  if (
    classified.kind === 'Person' &&
    !title &&
    !honorific &&
    (ORGANISATION_POSSESSING.test(body.slice(name.end, name.end + 40)) ||
      (ORGANISATION_APPOSED_BEFORE.test(apposedBefore) &&
        !(firstName && /,\s*$/u.test(apposedBefore))))
  )
    classified = { kind: 'Organization', rule: 'mention-org-by-context', confidence: 0.65 };
  // "the member for neighbouring Tarrant Vale ward": a ward, a constituency, a division.
  if (
    classified.kind === 'Person' &&
    !title &&
    !honorific &&
    /^\s+(?:ward|wards|constituency|electoral\s+(?:division|area|ward))(?![\p{L}\p{N}])/u.test(
      body.slice(name.end, name.end + 30),
    )
  )
    classified = { kind: 'Place', rule: 'mention-place-ward', confidence: 0.7 };
  // "Pádraig Ó Cinnéide (Sinn Féin)": a party or affiliation in brackets after a name.
  if (
    classified.kind === 'Person' &&
    !title &&
    !honorific &&
    body[name.start - 1] === '(' &&
    body[name.end] === ')' &&
    /\p{L}\s+\($/u.test(body.slice(Math.max(0, name.start - 3), name.start))
  )
    classified = { kind: 'Organization', rule: 'mention-org-in-brackets', confidence: 0.6 };
  // "Fisheries Inshore Tāwhiri, which represents 40 operators", "Unison, which represents 23
  // staff": what "which" follows is no person.
  if (
    (classified.kind === 'Person' ||
      (classified.kind === 'Unknown' &&
        // (not "the 14th Amendment, which says")
        !lexicon.thingSuffixes.has(name.text.toLowerCase()) &&
        !/(?:\d\p{L}*|(?<![\p{L}\p{N}])[Tt]he)\s+$/u.test(
          body.slice(Math.max(0, name.start - 12), name.start),
        ))) &&
    !title &&
    !honorific &&
    !firstName &&
    /^,\s+which\s/u.test(body.slice(name.end, name.end + 10))
  )
    classified = { kind: 'Organization', rule: 'mention-org-which', confidence: 0.6 };
  // "Runnr, the second-largest app, …", "Safiri, one of the largest ride-hailing platforms, …": a
  // name in apposition with an organisation noun.
  if (
    (classified.kind === 'Unknown' || classified.kind === 'Person') &&
    !title &&
    !honorific &&
    !firstName &&
    // ("In a post on X, the company wrote": where it was posted, not who posted.)
    !/(?<![\p{L}\p{N}])(?:on|via)\s+$/u.test(body.slice(Math.max(0, name.start - 5), name.start)) &&
    APPOSED_ORGANISATION.test(body.slice(name.end, name.end + 60))
  )
    classified = { kind: 'Organization', rule: 'mention-org-apposition', confidence: 0.7 };
  if (classified.kind === 'Unknown') {
    if (
      rest.length !== 1 ||
      classified.rule === 'mention-title-phrase' ||
      classified.rule === 'mention-thing-phrase' ||
      (atSentenceStart &&
        lexicon.nonNameWords.has(name.text.toLowerCase()) &&
        !surnameBeforeVerb) ||
      // "In a Facebook post", "on Instagram": a platform, not a person.
      (lexicon.media[name.text.toLowerCase()] !== undefined && !title && !honorific)
    )
      return;
  }
  const mention: NameMention = {
    ...name,
    kind: classified.kind === 'Unknown' ? 'Person' : classified.kind,
    rule: classified.rule,
    confidence: classified.confidence,
  };
  if (title) mention.title = title;
  if (affiliation) mention.affiliation = affiliation;
  if (gender) mention.gender = gender;
  if (honorific) mention.honorific = honorificWord;
  if (classified.kind === 'Unknown') mention.rule = 'mention-single-capitalised';
  // "hospital spokesperson Gwen Roe", and "The council leader, Cllr Maureen Tolland" before a title.
  // (… and "The presbytery clerk, the Rev Neil Roe": past the article of a clergy title.)
  const opens = title
    ? title.start -
      (/(?<![\p{L}\p{N}])the\s$/u.exec(body.slice(title.start - 4, title.start))?.[0].length ?? 0)
    : honorific && honorificStart !== undefined
      ? honorificStart
      : name.start;
  const role = roleBefore(body, opens, lexicon);
  if (role && mention.kind === 'Person') mention.roleBefore = role;
  mentions.push(mention);
}

/** Whether the body names "<Name> <post>'s <office>" in full somewhere ("Dorrance County Sheriff's Office"). */
function fullerOfficeNamed(body: string, post: string, office: string): boolean {
  const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return new RegExp(
    `\\p{Lu}[\\p{L}.-]*\\s+${literal(post)}['’]s\\s+${literal(office)}(?![\\p{L}])`,
    'u',
  ).test(body);
}

const { getGender } = genderDetection;
/** A word without its accents ("Rocío" → "Rocio"), as the first-name lists write them. */
export function stripAccents(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '');
}
const postNominals = perLexicon((lexicon) => new Set(lexicon.titles.postNominals));
/** A capitalised plural noun or party word that can open an organisation's name. */
const GROUP_CALLED =
  /(?<![\p{L}\p{N}])(?:group|organi[sz]ation|coalition|campaign|committee|network|alliance|nonprofit|non-profit|charity|association|movement|collective|club|society|company|firm|business|outfit)\s+(?:called|named|calling itself|known as)\s+$/u;
const GROUP_NOUN =
  /^\p{Lu}\p{Ll}+(?:s|s['’]|ers|ists)$|^(?:Police|Labour|Liberal|Conservative|Socialist|Democrat|Republican)$/u;
/** Whether the body writes `name` after a preposition of place ("on Alder Grove", "in Calder Bay"). */
function placedElsewhere(body: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:in|on|at|near|from|to|across|outside|around|along)\\s+${escaped}(?![\\p{L}\\p{N}])`,
    'u',
  ).test(body);
}

/** Last words that name places and are rarely surnames ("Park", "Green", "Ford" are both). */
const PLACE_ONLY_ENDING =
  /^(?:Bay|Grove|Creek|Heights|Valley|Falls|Springs|Harbor|Harbour|Cove|Canyon|Beach|Lake|River|Island|Flats|Landing|Crossing|Junction|Reservoir|Mountains?|Township|Quay|Wharf|Pier|Inlet|Peninsula|Estuary|Prairie)$/u;
const SERVICE_DISTRICT =
  /^(?:Irrigation|Water|Sanitation|School|Schools|Fire|Transit|Utility|Utilities|Hospital|Park|Parks|Conservation|Sewer|Drainage|Library|Port|Housing|Health|Flood|Air|Mosquito|Cemetery|Recreation)$/u;
const APPOSED_ORGANISATION =
  /^,\s+(?:one\s+of\s+(?:the|its|their)|the|a|an|its|their)\s+(?:(?!of\s)[\p{L}'’-]+\s+){0,3}?(?:compan(?:y|ies)|services?|schemes?|apps?|firms?|startups?|platforms?|retailers?|chains?|carriers?|airlines?|insurers?|contractors?|operators?|nonprofits?|charit(?:y|ies)|banks?|providers?|manufacturers?|publishers?|networks?|developers?|utilit(?:y|ies)|corporations?|conglomerates?|subsidiar(?:y|ies)|brands?|stores?|restaurants?|business(?:es)?)\b(?!['’]s)/u;
// "Tillman Paving's president", "a rival firm, Tillman Paving": what has a president, or is called a firm, is an organisation.
const ORGANISATION_POSSESSING = new RegExp(
  `^['’]s\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:president|vice president|chief executive|chief operating officer|chief financial officer|ceo|cfo|spokesperson|spokesman|spokeswoman|board|owner|owners|founder|employees|workers|staff|chairman|chairwoman|general counsel|lawyers|attorneys|shareholders|headquarters)\\b`,
  'u',
);
const ORGANISATION_APPOSED_BEFORE =
  /(?<![\p{L}\p{N}])(?:(?:law|accounting|consulting|engineering|lobbying|PR)?\s*(?:firm|company|consultancy|contractor|subsidiary|nonprofit|charity|insurer)\s+$|(?:whose|the|a|an|his|her|their|The|A|An|His|Her|Their)\s+(?:(?:[\p{Ll}'’-]+|\p{Lu}[\p{Ll}'’]*-[\p{Ll}-]+)\s+){0,3}(?:group|campaign|charity|coalition|network|nonprofit|organisation|organization)\s+|(?:firm|company|contractor|developer|startup|utility|operator|vendor|bidder|supplier|chain|retailer|nonprofit|charity|group|union|association|business)\s*,|(?:spokes(?:person|man|woman)|chief executive|ceo|owners?|employees|lawyers?|attorneys?|negotiators?|executives?)\s+for)\s*$/u;
const PRONOUN = /\b(he|she|they|it|we|him|her|them|his|their|its)\b/giu;
/** A nickname in quotation marks between a first name and a surname, with the space after it. */
const NICKNAME =
  /(\p{Lu}[\p{L}\p{M}'’.-]+ )(["“'‘]\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*)?["”'’] )(?=\p{Lu}[\p{L}\p{M}'’-]+)/gu;
const DESCRIPTION_HEADS =
  'judge-executive|reeve|clerk|treasurer|auditor|inspector|coroner|prosecutor|dean|chancellor|principal|administrator|secretary|councillor|councilmember|supervisor|warden|assessor|ombudsman|ombudsperson|ombud|magistrate|registrar|solicitor|sergeant|detective|legislator|premier|general|member|lawmaker|politician|incumbent|democrat|republican|businessman|businesswoman|leader|judge|minister|executive|authority|regulator|watchdog|ministry|commission|trust|provost|mayor|governor|senator|president|chief|sheriff|commissioner|superintendent|director|spokesperson|spokesman|spokeswoman|attorney|lawyer|manager|union|guild|federation|association|council|city|county|department|agency|bureau|company|hospital|university|district|board|administration|office|developer|firm|group|organization|utility|commander|officer|captain|lieutenant|colonel|admiral|brigadier|commodore|constable|councilor|councilwoman|councilman|chair|chairman|chairwoman|convener|convenor|trustee|federation|cooperative|co-operative|co-op|coalition|alliance|society|foundation|operator|carrier|airline|insurer|retailer|lender|miner|municipality|prefecture|corporation|directorate|secretariat|inspectorate|club|rector|vicar|curate|archdeacon|churchwarden|bishop';
/** Up to one more name joined by "and", then a plural body of local government. */
const PLACES_BEFORE_BODIES =
  /^(?:,?\s+and\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})?\s+(?:councils|counties|boroughs|districts|municipalities|authorities|city\s+councils|county\s+councils)(?![\p{L}\p{N}])/u;
/** What follows a dateline's place: a state or country, a wire in brackets, then a dash. */
const DATELINE_DASH = /^(?:,\s*[\p{L}. ]{2,20}?)?\s*(?:\([^)]{1,30}\)\s*)?[—–]/u;
/** A noun a capitalised name can qualify: "the Portland ICE office", "the Occupy ICE camp". */
const QUALIFIED_NOUN = new RegExp(
  `^\\s+(?:${DESCRIPTION_HEADS}|camp|encampment|facility|building|headquarters|site|protest|protests|demonstration|demonstrations|movement|rally|march|vigil|occupation|blockade|event|meeting|hearing|branch|area|station|plant|campus|program|programme|policy|case|raid|field|clinic|school|shelter)\\b`,
  'u',
);
/** The last word of a law's name: "Equal Protection Clause", "Clean Water Act". */
const LEGAL_INSTRUMENT = /^(?:Clause|Constitution|Amendment|Act|Code|Law|Ordinance|Statute|Bill)$/u;
const DESCRIPTION = new RegExp(
  `\\b(?:the|The|THE)\\s+(?:(?!(?:the|The|THE)\\b)(?![\\p{L}-]*['’]s\\s(?:[\\p{Ll}-]+\\s+)?(?:board|council|committee|union|department|agency|commission)\\b)[\\p{L}'’-]+\\s+){0,2}(${DESCRIPTION_HEADS})(?:['’]s)?\\b`,
  'gu',
);
/** Posts written with a capital after "the" ("the Minister", "the Cathaoirleach"), and the words before them. */
const CAPITALISED_POSTS =
  'Minister|Premier|Taoiseach|Tánaiste|Cathaoirleach|Mayor|Governor|Sheriff|Chancellor|Commissioner|Senator|Coroner|Ombudsman|Ombudsperson|Superintendent|Secretary';
const CAPITALISED_POST_QUALIFIER = '(?:Chief|Deputy|Prime|Home|Foreign|Finance|State)\\s+';
/**
 * A post written with a capital after "the", as the subject of a speech verb: "the Minister said",
 * "The Premier told", "the Minister of State said". It is the holder of that post named earlier, as "the minister" is.
 */
const CAPITALISED_POST = new RegExp(
  `(?:the|The)(?<![\\p{L}\\p{N}](?:the|The))(?<!(?:for|of|to|from|by|with|at)\\s(?:the|The))\\s+((?:${CAPITALISED_POST_QUALIFIER})?(?:${CAPITALISED_POSTS}|Executive)(?:\\s+of\\s+State)?)(?![\\p{L}\\p{N}'’])(?=\\s+(?:\\p{Ll}+ly\\s+)?(\\p{Ll}+))`,
  'gu',
);
/** `CAPITALISED_POST` as a possessor: "the Provost’s council account". */
const CAPITALISED_POST_POSSESSOR = new RegExp(
  `(?:the|The)(?<![\\p{L}\\p{N}](?:the|The))\\s+((?:${CAPITALISED_POST_QUALIFIER})?(?:${CAPITALISED_POSTS}|Provost))(?=['’]s\\s)`,
  'gu',
);
/** Words before a post that make it another post ("deputy chief", "shadow minister"). */
const HEADLINE_POST_QUALIFIERS = [
  'deputy',
  'assistant',
  'acting',
  'interim',
  'former',
  'vice',
  'shadow',
];
/**
 * "Lake chief says province …", "…; governor calls the bill '…'": a person's post without "the"
 * before a present-tense speech verb, as headlines and standfirsts write it (kept only on a line
 * that does not end as a sentence does).
 */
const HEADLINE_POST = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(?:(?:${HEADLINE_POST_QUALIFIERS.join('|')})\\s+)?(${DESCRIPTION_HEADS})(?=\\s+(\\p{Ll}+s)(?![\\p{L}\\p{N}]))`,
  'gu',
);
/** The words `HEADLINE_POST` may open with: a post, or the word before one ("deputy"). */
const HEADLINE_POST_FIRST_WORDS = new Set([
  ...DESCRIPTION_HEADS.split('|'),
  ...HEADLINE_POST_QUALIFIERS,
]);
/** `HEADLINE_POST` at the start of a line, matched on the line with its first letter lowered. */
const HEADLINE_POST_AT_LINE_START = new RegExp(`^${HEADLINE_POST.source}`, 'u');
/** A council named for places listed with a comma: "Drumbrack, Lisnavar and Glenmore Borough Council". */
const LISTED_COUNCIL =
  /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s+and\s+.+\s(?:Borough|District|County|City|Town)\s+Council$/u;
const LISTED_PLACE_BEFORE =
  /(?:^|[^\p{L}\p{N}'’-])(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?),\s+$/u;

/**
 * "Drumbrack, Lisnavar and Glenmore Borough Council": the first place of the list, cut off by its
 * comma, is joined to the council's name, and its own mention dropped.
 */
function joinListedCouncilNames(body: string, mentions: NameMention[]): void {
  const joined: Array<{ mention: NameMention; start: number }> = [];
  for (const mention of mentions) {
    if (mention.kind !== 'Organization' || !LISTED_COUNCIL.test(mention.text)) continue;
    const before = LISTED_PLACE_BEFORE.exec(
      body.slice(Math.max(0, mention.start - 40), mention.start),
    );
    if (!before?.[1] || SENTENCE_OPENER.test(before[1])) continue;
    joined.push({
      mention,
      start: mention.start - before[0].length + before[0].indexOf(before[1]),
    });
  }
  for (const { mention, start } of joined)
    widenMention(body, mentions, mention, start, mention.end);
}

/**
 * "Ravinder Sangha … Mr Sangha told councillors": a short name whose last word can end a body's
 * name ("Sangha", "Forum") is a person's when the article puts an honorific before that word.
 */
function peopleNamedLikeBodies(mentions: NameMention[]): void {
  const likeBody = (mention: NameMention): boolean =>
    mention.kind === 'Organization' && mention.rule === 'mention-org-suffix';
  const honoured = new Set(
    mentions.filter((m) => m.honorific && likeBody(m) && !/\s/u.test(m.text)).map((m) => m.text),
  );
  if (honoured.size === 0) return;
  for (const mention of mentions) {
    const words = mention.text.split(/\s+/u);
    if (
      likeBody(mention) &&
      words.length <= 3 &&
      words.every((word) => /^\p{Lu}\p{Ll}/u.test(word)) &&
      honoured.has(words[words.length - 1] ?? '')
    ) {
      mention.kind = 'Person';
      mention.rule = 'mention-capitalised-name';
    }
  }
}

/** Widens `mention` to start..end, dropping the mentions it now covers. */
function widenMention(
  body: string,
  mentions: NameMention[],
  mention: NameMention,
  start: number,
  end: number,
): void {
  const covered = mentions.filter(
    (other) => other !== mention && other.start >= start && other.end <= end,
  );
  for (const other of covered) mentions.splice(mentions.indexOf(other), 1);
  mention.text = body.slice(start, end);
  mention.start = start;
  mention.end = end;
}

/** A department or minister named for portfolios: "Department of Agriculture", then ", Environment and Rural Affairs". */
const PORTFOLIO_BODY =
  /^(?:Department|Ministry|Minister|Secretary\s+of\s+State|Cabinet\s+Secretary|Office|Committee)\s+(?:of|for)\s+\p{Lu}/u;
const PORTFOLIO_LIST =
  /^(?:,\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}){1,4},?\s+and\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}(?![\p{L}\p{N}'’-])(?!\s+\p{Lu})/u;

/**
 * "Department of Agriculture, Environment and Rural Affairs", "Department for Digital, Culture,
 * Media and Sport": the portfolios listed after the first, cut off by its comma, are joined to the
 * body's name and their own mentions dropped — unless a title or a place is among them ("the
 * Department of Health, Mayor Jo Roe and …" lists bodies and people).
 */
function joinListedPortfolios(body: string, mentions: NameMention[]): void {
  for (const mention of [...mentions]) {
    if (mention.kind !== 'Organization' || !PORTFOLIO_BODY.test(mention.text)) continue;
    const list = PORTFOLIO_LIST.exec(body.slice(mention.end, mention.end + 160));
    if (!list) continue;
    const end = mention.end + list[0].length;
    const covered = mentions.filter((other) => other.start >= mention.end && other.end <= end);
    if (
      covered.some(
        (other) =>
          other.kind === 'Title' ||
          other.kind === 'Place' ||
          (other.kind === 'Person' && (other.title || other.rule === 'mention-title-name')),
      )
    )
      continue;
    widenMention(body, mentions, mention, mention.start, end);
  }
}

/** The posts that abbreviations stand for, longest first ("chief executive officer", "district attorney"). */
const abbreviatedPosts = perLexicon((lexicon) =>
  [...new Set(Object.values(lexicon.titles.postAbbreviations).flat())]
    .filter((post) => post.includes(' '))
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1)),
);
/** Each post written after names (MP, TD, MSP …) as a whole word. */
const postAlone = perLexicon(
  (lexicon) =>
    new RegExp(
      `(?:${lexicon.titles.postNominals.join('|')})(?<![\\p{L}\\p{N}](?:${lexicon.titles.postNominals.join('|')}))(?![\\p{L}\\p{N}])`,
      'gu',
    ),
);

/** "the CEO", "the hospital's CFO": a post written as capitals, after "the" as "the mayor" is. */
const abbreviatedPost = perLexicon((lexicon) => {
  const posts = Object.keys(lexicon.titles.postAbbreviations).map((post) => post.toUpperCase());
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:the|The)\\s+(?:(?!(?:the|The)\\b)[\\p{L}'’-]+\\s+){0,2}?(${posts.join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  );
});

/**
 * Whether a post matched before a present-tense verb (`match[2]`) opens a headline's clause: the
 * verb is one of speech, the line does not end as a sentence does, and no lower-case word stands
 * before the post on its line ("city attorney calls", "federal agency calls" and "the" or "his"
 * make it another post than the one named so elsewhere; the noun of a body it belongs to does not:
 * "council leader accuses").
 */
function postOpensHeadlineClause(body: string, match: RegExpMatchArray, lexicon: Lexicon): boolean {
  const start = match.index ?? 0;
  const lineStart = body.lastIndexOf('\n', start) + 1;
  const lineEnd = body.indexOf('\n', start);
  const line = body.slice(lineStart, lineEnd < 0 ? body.length : lineEnd);
  return (
    (lexicon.strongSpeechVerbs.has(match[2] ?? '') ||
      lexicon.weakSpeechVerbs.has(match[2] ?? '')) &&
    !/[.!?…]$/u.test(line.replace(/[\s"“”'‘’]+$/u, '')) &&
    // ("council leader accuses", "union chief says": the body a post belongs to may qualify it.)
    !/(?:^|\s)(?!(?:council|opposition|union|party|parish|club|campaign)\s+$)[\p{Ll}'’-]+\s+$/u.test(
      body.slice(Math.max(0, start - 12, lineStart), start),
    )
  );
}

/** "PCC says", "CEO calls": a post's abbreviation before a present-tense verb, as headlines write it. */
const headlineAbbreviatedPost = perLexicon((lexicon) => {
  const posts = Object.keys(lexicon.titles.postAbbreviations).map((post) => post.toUpperCase());
  return new RegExp(
    `(?<![\\p{L}\\p{N}'’-])(${posts.join('|')})(?=\\s+(\\p{Ll}+s)(?![\\p{L}\\p{N}]))`,
    'gu',
  );
});

/** A description mention over the whole of a match ("the mayor", "Her son", "MP"). */
/** Adds a description, dropping the name mention read at its start (the capitalised word is no one's name). */
function replaceWithDescription(mentions: NameMention[], added: NameMention): void {
  const named = mentions.findIndex((m) => m.start === added.start && m.kind !== 'Description');
  if (named >= 0) mentions.splice(named, 1);
  mentions.push(added);
}

function description(
  match: RegExpMatchArray,
  role: string,
  rule: string,
  confidence: number,
): NameMention {
  return {
    text: match[0],
    start: match.index ?? 0,
    end: (match.index ?? 0) + match[0].length,
    kind: 'Description',
    role,
    rule,
    confidence,
  };
}

/** "Her son", "his younger brother", "their mother": a relative named by whose relative they are. */
const KIN =
  /(His|his|Her|her)(?<![\p{L}\p{N}](?:His|his|Her|her))\s+((?:younger|older|elder|eldest|youngest|adult|teenage|\d+-year-old)\s+)?((?:son|daughter|brother|sister|mother|father)-in-law|son|daughter|husband|wife|brother|sister|mother|father|grandson|granddaughter|grandmother|grandfather|nephew|niece)(?![\p{L}\p{N}'’-])/gu;
/** "the 77-year-old", alone as a noun: a person described by age. */
const AGED_PERSON = /(?<![\p{L}\p{N}])(?:the|The)\s+(\d{1,3})-year-old(?![\p{L}\p{N}-]|\s+\p{L})/gu;
/** "the younger Vermeulen", "The elder Otsuka": one of two relatives who share a surname. */
const BY_AGE =
  /(?<![\p{L}\p{N}])(?:the|The)\s+(younger|elder|older)\s+(\p{Lu}[\p{L}'’-]+)(?![\p{L}\p{N}])/gu;
const INDEFINITE_ORG =
  /\b(?:a|an|A|An)\s+(?:[\p{Ll}-]+\s+){0,1}?(union|guild|federation|association|coalition)\b(?=\s+(?:representing|that\s+represents|of)\b)/gu;
const MONEY =
  /(?:\\?\$|US\$|€|£)\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:million|billion|thousand|[mbk])\b)?/giu;

/**
 * Finds money amounts ("$15,000", "$12.9 million").
 * @example findMoney('It cost $4 million.')[0].amount // 4000000
 */
export function findMoney(body: string): MoneyMention[] {
  const found: MoneyMention[] = [];
  MONEY.lastIndex = 0;
  for (let match = MONEY.exec(body); match; match = MONEY.exec(body)) {
    const text = match[0];
    const number = Number(/\d[\d,]*(?:\.\d+)?/.exec(text)?.[0].replace(/,/g, '') ?? NaN);
    const scale = /billion|\bb$/i.test(text)
      ? 1e9
      : /million|\bm$/i.test(text)
        ? 1e6
        : /thousand|\bk$/i.test(text)
          ? 1e3
          : 1;
    const currency = text.includes('€') ? 'EUR' : text.includes('£') ? 'GBP' : 'USD';
    found.push({
      start: match.index,
      end: match.index + text.length,
      text,
      amount: Number.isFinite(number) ? number * scale : null,
      currency,
      rule: 'money-symbol',
      confidence: 0.95,
    });
  }
  return found;
}

/**
 * Finds names, titles, pronouns and definite descriptions in the body (UTF-16 offsets, sorted).
 * @example findMentions('Mayor Jane Roe spoke.', lexicon).filter(m => m.kind === 'Person')[0].text // 'Jane Roe'
 */
export function findMentions(text: string, lexicon: Lexicon): NameMention[] {
  const mentions: NameMention[] = [];
  // Names are read past a nickname in quotation marks ('Teodoro "Teddy" Maglaya').
  const body = /["“'‘]\p{Lu}[^"”'’\n]{0,30}["”'’] \p{Lu}/u.test(text)
    ? text.replace(
        NICKNAME,
        (_match, given: string, nickname: string) => given + ' '.repeat(nickname.length),
      )
    : text;
  const words = tokenize(body, lexicon);
  for (const sequence of capitalisedSequences(words, lexicon)) {
    const first = sequence[0] as Word & { breakBefore?: boolean };
    const atSentenceStart =
      first.start === 0 ||
      /(?:[.!?]["”’]?\s+|\n\s*|["“]\s*)$/u.test(
        body.slice(Math.max(0, first.start - 4), first.start),
      );
    // "a group called Wexford Families for Safe Libraries": a body's whole name, like one after "the".
    const precededByThe =
      /(?<![\p{L}\p{N}])the\s$/iu.test(body.slice(Math.max(0, first.start - 4), first.start)) ||
      (first.text === 'The' && sequence.length > 2) ||
      GROUP_CALLED.test(body.slice(Math.max(0, first.start - 50), first.start));
    let loneTitle: { label: string; start: number; end: number } | undefined;
    for (const part of splitAtConnectors(sequence, lexicon, precededByThe)) {
      const count = mentions.length;
      pushName(mentions, body, part, lexicon, atSentenceStart, precededByThe);
      const person = mentions.slice(count).find((m) => m.kind === 'Person' && m.title);
      if (
        person &&
        loneTitle &&
        /^\s+and\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u.test(
          body.slice(
            loneTitle.end,
            person.affiliation?.start ?? person.title?.start ?? person.start,
          ),
        )
      ) {
        person.extraTitles = [loneTitle];
      }
      const span = joinWords(body, part);
      loneTitle =
        span &&
        part.length <= 3 &&
        titleLength([...part, { text: 'X', start: span.end, end: span.end }], lexicon) ===
          part.length
          ? { label: span.text, start: span.start, end: span.end }
          : undefined;
    }
  }
  joinListedCouncilNames(body, mentions);
  joinListedPortfolios(body, mentions);
  peopleNamedLikeBodies(mentions);
  for (const mention of mentions) {
    mention.text = mention.text.replace(/\s{2,}/gu, ' ');
    // 'Dolores "Lola" Roe': the nickname is remembered, so that "Lola Roe" and "Lola" are her.
    const nickname = /^\S+\s+["“'‘](\p{Lu}[^"”'’]*)["”'’]\s/u.exec(
      text.slice(mention.start, mention.end),
    );
    if (mention.kind === 'Person' && nickname?.[1]) mention.nickname = nickname[1];
  }
  PRONOUN.lastIndex = 0;
  for (let match = PRONOUN.exec(body); match; match = PRONOUN.exec(body)) {
    mentions.push({
      text: match[0],
      start: match.index,
      end: match.index + match[0].length,
      kind: 'Pronoun',
      rule: 'mention-pronoun',
      confidence: 0.9,
    });
  }
  INDEFINITE_ORG.lastIndex = 0;
  for (let match = INDEFINITE_ORG.exec(body); match; match = INDEFINITE_ORG.exec(body)) {
    mentions.push(
      description(match, (match[1] ?? '').toLowerCase(), 'mention-indefinite-org-description', 0.5),
    );
  }
  // "the local wrote": a union local, only as the subject of a speech verb ("the local police" is not one).
  for (const match of body.matchAll(/\b(?:the|The)\s+local(?=\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+))/gu)) {
    if (!lexicon.strongSpeechVerbs.has(match[1] ?? '')) continue;
    mentions.push(description(match, 'local', 'mention-union-local', 0.5));
  }
  // "MP urges minister to …", "Tynevale's MP has written", "15:05 MP: '…'": a post written after
  // names (MP, TD, MSP …) standing alone, not before or after a name.
  for (const match of body.matchAll(postAlone(lexicon))) {
    const after = body.slice(match.index + match[0].length, match.index + match[0].length + 4);
    const before = body.slice(Math.max(0, match.index - 30), match.index);
    // (nor "Sr." as an honorific before a name: "said Sr. Efraín Roe")
    if (/^\.?\s+\p{Lu}/u.test(after) || /\p{Lu}[\p{L}.'’-]*\s+$/u.test(before)) continue;
    mentions.push(description(match, match[0].toLowerCase(), 'mention-post-alone', 0.5));
  }
  // "Her son, reached by phone, said …", "his brother Colm": a relative of the person just named,
  // resolved once the article's people are known (`kin:<noun>:<possessive>`).
  for (const match of body.matchAll(KIN)) {
    mentions.push(
      description(
        match,
        `kin:${(match[3] ?? '').toLowerCase()}:${(match[1] ?? '').toLowerCase()}`,
        'mention-kin',
        0.5,
      ),
    );
  }
  for (const match of body.matchAll(BY_AGE)) {
    const aged = description(
      match,
      `age:${match[1] === 'younger' ? 'younger' : 'elder'}:${match[2] ?? ''}`,
      'mention-kin',
      0.6,
    );
    // (the surname inside it is no mention of its own: "Whitlock" alone names either of them)
    const inside = mentions.findIndex(
      (m) => m.kind === 'Person' && m.start >= aged.start && m.end <= aged.end,
    );
    if (inside >= 0) mentions.splice(inside, 1);
    mentions.push(aged);
  }
  // "…," says the 77-year-old: the person just written about, by age alone.
  for (const match of body.matchAll(AGED_PERSON))
    mentions.push(description(match, `aged:${match[1] ?? ''}`, 'mention-aged', 0.5));
  // "sent from the Provost’s council account": the post's holder, as its possessor.
  for (const match of body.matchAll(CAPITALISED_POST_POSSESSOR))
    mentions.push(
      description(match, (match[1] ?? '').toLowerCase(), 'mention-capitalised-post', 0.6),
    );
  for (const match of body.matchAll(CAPITALISED_POST)) {
    if (!lexicon.strongSpeechVerbs.has(match[2] ?? '')) continue;
    mentions.push(
      description(match, (match[1] ?? '').toLowerCase(), 'mention-capitalised-post', 0.6),
    );
  }
  for (const match of body.matchAll(HEADLINE_POST)) {
    const head = (match[1] ?? '').toLowerCase();
    // "trust says", "firm says": which of the article's bodies is meant is left to the body text.
    if (
      lexicon.descriptionHeads[head] !== undefined ||
      !postOpensHeadlineClause(body, match, lexicon)
    )
      continue;
    mentions.push(description(match, head, 'mention-headline-post', 0.5));
  }
  // "Principal says children have been 'learning in containers'": a standfirst's first word, the
  // post capitalised.
  for (const line of body.matchAll(/^\p{Lu}\p{Ll}+/gmu)) {
    if (!HEADLINE_POST_FIRST_WORDS.has(line[0].toLowerCase())) continue;
    const at = line.index;
    const opening = HEADLINE_POST_AT_LINE_START.exec(
      (body[at] ?? '').toLowerCase() + body.slice(at + 1, at + 120),
    );
    if (!opening) continue;
    // (the match, moved onto the body as written)
    const match = opening;
    match[0] = body.slice(at, at + opening[0].length);
    match.index = at;
    const head = (opening[1] ?? '').toLowerCase();
    if (
      lexicon.descriptionHeads[head] !== undefined ||
      !postOpensHeadlineClause(body, match, lexicon)
    )
      continue;
    replaceWithDescription(mentions, description(match, head, 'mention-headline-post', 0.5));
  }
  // "PCC says force "went behind my back"": a post's abbreviation opening a headline's clause.
  for (const match of body.matchAll(headlineAbbreviatedPost(lexicon))) {
    if (!postOpensHeadlineClause(body, match, lexicon)) continue;
    replaceWithDescription(
      mentions,
      description(match, (match[1] ?? '').toLowerCase(), 'mention-headline-post', 0.5),
    );
  }
  // "Counsel said …", "Defence counsel told the court": a court's lawyer, with no article.
  for (const match of body.includes('ounsel')
    ? body.matchAll(
        /(?<=^|[.!?]["”’']?\s+|\n)(?:(?:Defence|Defense|Prosecuting|Prosecution|Crown)\s+)?[Cc]ounsel(?=(?:\s+for\s+(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)?\s+(?:said|says|told|argued|added|submitted|described)\b)/gu,
      )
    : []) {
    replaceWithDescription(
      mentions,
      description(match, 'counsel', 'mention-definite-description', 0.6),
    );
  }
  // "described by the prosecution as": the prosecutor who speaks for it.
  for (const match of body.matchAll(
    /(?<![\p{L}\p{N}])(?:the|The)\s+prosecution(?![\p{L}\p{N}'’-])/gu,
  ))
    mentions.push(description(match, 'prosecutor', 'mention-definite-description', 0.5));
  // "the accused wrote:", "the defendant said": the one on trial.
  for (const match of body.matchAll(
    /(?<![\p{L}\p{N}])(?:the|The)\s+(?:accused|defendant)(?![\p{L}\p{N}'’-])/gu,
  ))
    mentions.push(description(match, 'defendant', 'mention-definite-description', 0.6));
  // "The Deputy was unimpressed.": a member of the Dáil, as the House calls one.
  for (const match of body.matchAll(
    /(?<![\p{L}\p{N}])(?:the|The)\s+Deputy(?![\p{L}\p{N}'’-])(?!\s+\p{Lu})/gu,
  ))
    mentions.push(description(match, 'deputy', 'mention-definite-description', 0.5));
  for (const match of body.matchAll(abbreviatedPost(lexicon)))
    mentions.push(
      description(match, (match[1] ?? '').toLowerCase(), 'mention-definite-description', 0.6),
    );
  DESCRIPTION.lastIndex = 0;
  for (let match = DESCRIPTION.exec(body); match; match = DESCRIPTION.exec(body)) {
    const text = match[0].replace(/['’]s$/u, '');
    // "the commission's chief executive" is described by the whole post its abbreviation stands
    // for ("CEO"), not by "executive".
    const head = (match[1] ?? '').toLowerCase();
    const post = abbreviatedPosts(lexicon).find((full) => text.toLowerCase().endsWith(` ${full}`));
    mentions.push({
      text,
      start: match.index,
      end: match.index + text.length,
      kind: 'Description',
      role: post ?? head,
      rule: 'mention-definite-description',
      confidence: 0.6,
    });
  }
  return mentions.sort(
    (a, b) => a.start - b.start || b.end - a.end || a.kind.localeCompare(b.kind),
  );
}
