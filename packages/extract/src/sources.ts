/**
 * Source documents: finds the letters, emails, tweets, statements … an article mentions ("a cease and
 * desist letter sent Monday by Jane Roe", "the union said in a statement", "June 20 Roe tweet:"), with
 * their author, recipient and date where the sentence gives them. A later bare mention ("the letter")
 * inherits the author of the most recent mention of the same medium. Offsets are UTF-16 indices.
 */
import type { DateMention, Paragraph, SourceMedium } from './types.js';
import { perLexicon, type Lexicon } from './lexicon.js';
import {
  lastActorBefore,
  resolveDescription,
  resolvePronoun,
  type EntityIndex,
  type WorkingActor,
} from './entities.js';
import type { NameMention } from './mentions.js';
import { insideSorted, startingIn } from './spans.js';

/** A source document mentioned in the article. */
export interface SourceDocumentMention {
  medium: SourceMedium;
  noun: string;
  start: number;
  end: number;
  paragraphIndex: number;
  authorKey?: string;
  recipientKey?: string;
  /** The organisation it was written for ("on behalf of the union"). */
  onBehalfOfKey?: string;
  date?: string;
  rule: string;
}

/** A subordinate clause that opens a sentence and ends at its comma: "Three weeks before X was found, ", "In January, when she fell behind, ". */
const OPENING_CLAUSE =
  /^\s*(?:[^,.;:]{1,30},\s+)?(?:[\p{L}\d]+\s+){0,4}?(?:before|after|when|while|although|though|because|since|until|once|as)\s+[^,.;:—–]{3,160},\s+/iu;

const SEND_VERBS =
  /\b(?:sent|sends|send|filed|files|submitted|submits|issued|issues|wrote|writes|signed|released|posted|tweeted|emailed|delivered|published|shared|obtained|served|serves|announced|announces|unveiled|unveils|forwarded|forwards|fired off|fires off|dashed off|put out|puts out|putting out|set up|sets up|launched|launches)\b/u;

const mediaPattern = perLexicon((lexicon) => {
  const nouns = Object.keys(lexicon.media).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return new RegExp(`\\b(?:${nouns.join('|')})\\b`, 'gi');
});

/** Words that make a post another post: "the shadow secretary", "the deputy chief", "the former mayor". */
const POST_QUALIFIERS = new Set([
  'shadow',
  'deputy',
  'assistant',
  'acting',
  'interim',
  'former',
  'vice',
  'associate',
  'junior',
  'opposition',
]);

/** "sued", "is suing", "filed suit", "filed a lawsuit against": the verb of bringing a case. */
const SUED =
  /(?<![\p{L}\p{N}])(?:sued|sues|is\s+suing|are\s+suing|filed\s+(?:a\s+|the\s+)?(?:suit|lawsuit|complaint))(?![\p{L}\p{N}])/gu;

/** The subject of the last "sued" in the 600 characters before `start`, in its own sentence. */
function plaintiffBefore(
  body: string,
  paragraphs: Paragraph[],
  index: EntityIndex,
  start: number,
  lexicon: Lexicon,
): WorkingActor | undefined {
  const from = Math.max(0, start - 600);
  const verb = [...body.slice(from, start).matchAll(SUED)].at(-1);
  if (!verb) return undefined;
  const at = from + (verb.index ?? 0);
  const paragraph = paragraphs.find((p) => p.start <= at && at < p.end);
  if (!paragraph) return undefined;
  // (after a dateline's dash: "DUNMARSH, Wash. (CP) — The city of Dunmarsh sued …")
  const sentenceStart = Math.max(
    sentenceBounds(body, at, paragraph)[0],
    body.lastIndexOf('— ', at) + 2,
  );
  const subject = firstActorIn(index, sentenceStart, at, lexicon, true);
  return subject && !index.outlets.has(subject.key) ? subject : undefined;
}

/** The actor a subject-like mention refers to (names, subject pronouns, descriptions). */
export function actorOfMention(
  index: EntityIndex,
  mention: NameMention,
  lexicon: Lexicon,
): WorkingActor | undefined {
  const key = index.mentionActor.get(mention.start);
  if (key) return index.actors.get(key);
  if (mention.kind === 'Pronoun')
    return resolvePronoun(index, mention.text, mention.start, lexicon);
  if (mention.kind === 'Description' && mention.role) {
    const actor = resolveDescription(index, mention.role, mention.start, lexicon);
    // "the shadow health secretary" is not the general secretary named before: a qualifier of
    // the post must be one of the actor's.
    const qualifiers = mention.text
      .toLowerCase()
      .split(/\s+/u)
      .filter((word) => POST_QUALIFIERS.has(word));
    if (
      actor?.kind === 'Person' &&
      qualifiers.length > 0 &&
      ![...actor.typeNouns].some((noun) =>
        qualifiers.every((qualifier) => noun.split(/\s+/u).includes(qualifier)),
      )
    )
      return undefined;
    return actor;
  }
  // "The Trust's consultation document": a capitalised kind of body, alone, is the one named so.
  if (
    mention.kind === 'Organization' &&
    /^\p{Lu}\p{Ll}+$/u.test(mention.text) &&
    /^['’]s\s/u.test(index.body.slice(mention.end, mention.end + 3))
  ) {
    const owner = resolveDescription(index, mention.text.toLowerCase(), mention.start, lexicon);
    return owner && !index.outlets.has(owner.key) ? owner : undefined;
  }
  return undefined;
}

/**
 * "said in a statement", "warning in a letter delivered Tuesday": a speech verb, up to two words,
 * then "in" and a determiner right before the medium noun.
 */
function speechVerbBeforeMedium(before: string, lexicon: Lexicon): RegExpExecArray | null {
  for (const pattern of VERB_THEN_IN_MEDIUM) {
    const match = pattern.exec(before);
    // ("… rejected that characterisation in a strongly worded email": a verb of judgement too.)
    if (
      match?.[1] &&
      (lexicon.strongSpeechVerbs.has(match[1]) ||
        (lexicon.weakSpeechVerbs.has(match[1]) && !/ing$/u.test(match[1])))
    )
      return match;
  }
  return null;
}

/**
 * A word, then none, one or two more, then "in a|the|his … (up to two words, or a date such as
 * "Oct. 6")" at the end.
 */
const VERB_THEN_IN_MEDIUM = ['', '(?:\\p{Ll}+\\s+)', '(?:\\p{Ll}+\\s+){2}'].map(
  (between) =>
    new RegExp(
      `\\b(\\p{Ll}+)\\s+${between}in\\s+(?:a|an|the|his|her|its|their)\\s+(?:[\\p{L}-]+\\s+|\\p{Lu}\\p{Ll}{1,3}\\.\\s+\\d{1,2}\\s+){0,2}$`,
      'u',
    ),
);

/** "the utility's lawyers", "the union's account on X": agents or channels speaking for their owner. */
export const AGENTS_AFTER_POSSESSIVE =
  /^['’]s\s+(?:[\p{Ll}-]+\s+){0,2}(?:lawyers?|attorneys?|counsel|spokes(?:person|man|woman)|officials|representatives?|board|leadership|executives?|account|website|page|feed|office|campaign|team|staff|press\s+office|department|division|desk)\b/u;

/**
 * Text ending where a news outlet or a recipient is named, not a speaker or an author: "obtained by
 * (the)", "first reported Monday night by", "seen by", "shared with", "told (the)", "speaking to" — but
 * "a report by", "a study by" name the document's author.
 */
const REPORTING_AGENT_BEFORE =
  /(?:(?<![\p{L}\p{N}])(?:obtained|reviewed|seen|reported|published|shared|provided|leaked|cited|quoted|broadcast|aired|forwarded)\s+(?:[\p{L}.]+\s+){0,3}?(?:by|with|to)|(?<![\p{L}\p{N}])(?:told|tells|telling|speaking\s+to|spoke\s+to|said\s+to|interview\s+with|(?:a|an)\s+(?!(?:report|study|audit|review|analysis|survey|letter|memo|email|complaint|petition|filing|motion|lawsuit|statement|assessment|evaluation|investigation)\s)[\p{L}-]+\s+by))\s+(?:the\s+)?$/iu;
/** "first published by the alternative weekly The Ashby Current": a description before the outlet. */
const REPORTED_BY_DESCRIBED =
  /(?<![\p{L}\p{N}])(?:obtained|reviewed|reported|published|leaked|broadcast|aired)\s+(?:[\p{L}.]+\s+){0,3}?by\s+the\s+(?:[\p{Ll}-]+\s+){1,3}(?:The\s+)?$/u;

/** Whether the mention at `start` is named as the outlet that obtained or reported something, or as the one spoken to. */
export function isReportingAgent(body: string, start: number): boolean {
  const before = body.slice(Math.max(0, start - 80), start);
  return REPORTING_AGENT_BEFORE.test(before) || REPORTED_BY_DESCRIBED.test(before);
}

/** Whether `start` lies inside brackets opened earlier in its sentence ("(no relation to Marcus)"). */
export function insideBrackets(body: string, start: number): boolean {
  const before = body.slice(Math.max(0, start - 120), start);
  const open = before.lastIndexOf('(');
  return open >= 0 && before.indexOf(')', open) < 0 && !/[.!?]\s/u.test(before.slice(open));
}

/** The text with the full stops of abbreviations ("Sept.", "U.S.") replaced, same length, so that patterns stopping at a full stop read past them. */
function maskAbbreviations(text: string, lexicon: Lexicon): string {
  return text.replace(/\b[\p{L}.]+\./gu, (word) =>
    lexicon.abbreviations.has(word.toLowerCase()) || /^(?:\p{Lu}\.)+$/u.test(word)
      ? word.replace(/\./gu, '\u2219')
      : word,
  );
}

/** Text ending in "a spokesperson for (Health Minister)": the next name is whom an unnamed speaker works for. */
const UNNAMED_AGENT =
  '(?:[Aa]n?|[Oo]ne)\\s+(?:[\\p{Ll}-]+\\s+)?(?:spokes(?:person|man|woman)|representative|aide|staffer|official|lawyer|attorney|adviser|advisor)\\s+(?:for|of|with|to)\\s';
export const UNNAMED_AGENT_BEFORE = new RegExp(
  `\\b${UNNAMED_AGENT}+(?:(?:the\\s+)?[\\p{Lu}][\\p{L}.'’-]*\\s+){0,4}$`,
  'u',
);
/** A sentence that opens with "A spokesperson for …". */
const OPENS_WITH_UNNAMED_AGENT = new RegExp(`^\\s*${UNNAMED_AGENT}`, 'u');

/** Whether a person with a role noun right before their name follows the mention ("X spokesperson Jane Roe"). */
function qualifiesNextPerson(index: EntityIndex, mention: NameMention): boolean {
  const next = startingIn(index.mentions, mention.end, mention.end + 40).find(
    (m) => m.kind === 'Person',
  );
  return (
    next?.roleBefore !== undefined &&
    /^\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(index.body.slice(mention.end, next.roleBefore.start))
  );
}

function firstActorIn(
  index: EntityIndex,
  from: number,
  to: number,
  lexicon: Lexicon,
  allowPronouns: boolean,
): WorkingActor | undefined {
  for (const mention of startingIn(index.mentions, from, to)) {
    if (insideSorted(index.quoteSpans, mention.start)) continue;
    if (mention.kind === 'Pronoun' && !allowPronouns) continue;
    // "His attorney, Jane Roe, said in a statement": a possessive is not the one who speaks.
    if (mention.kind === 'Pronoun' && /^(?:his|her|its|their|our|my)$/iu.test(mention.text))
      continue;
    if (mention.rule === 'mention-affiliation-before-title') continue;
    if (isReportingAgent(index.body, mention.start) || insideBrackets(index.body, mention.start))
      continue;
    if (
      mention.kind === 'Title' ||
      mention.kind === 'Place' ||
      mention.kind === 'Date' ||
      mention.kind === 'Money'
    )
      continue;
    // "the utility's lawyers wrote": the owner of the agents speaks; "the council's report" and
    // "Ybarra's union, Local 31, sent …" do not.
    if (
      (mention.kind === 'Description' ||
        mention.kind === 'Person' ||
        mention.kind === 'Organization') &&
      /^['’]s?\s/u.test(index.body.slice(mention.end, mention.end + 3)) &&
      !AGENTS_AFTER_POSSESSIVE.test(index.body.slice(mention.end, mention.end + 40))
    )
      continue;
    // "the council's director of place, Sunita Roe": the name in apposition, not a guess from the role.
    if (mention.kind === 'Description') {
      const apposed = startingIn(index.mentions, mention.end, Math.min(to, mention.end + 40)).find(
        (m) => m.kind === 'Person',
      );
      if (
        apposed &&
        /^[^,.;:]{0,30},\s*$/u.test(
          index.body.slice(mention.end, apposed.title?.start ?? apposed.start),
        )
      )
        continue;
    }
    const actor = actorOfMention(index, mention, lexicon);
    if (actor && index.outlets.has(actor.key)) continue;
    // "Keystone spokesperson Anita Brandt": the organisation only qualifies the person after it.
    if (actor?.kind === 'Organization' && qualifiesNextPerson(index, mention)) continue;
    if (actor) return actor;
  }
  return undefined;
}

/** "'s Facebook page", "'s official account": what follows the owner of a page a post is on. */
const PAGE_OF_OWNER =
  /^['’]s\s+(?:official\s+)?(?:(?:Facebook|Instagram|X|Twitter|TikTok|LinkedIn|YouTube|Bluesky)\s+)?(?:page|account|feed|channel)\b/u;

/**
 * The words between an owner and the document it owns: "own", dates, lower-case modifiers ("'s own
 * 2023 inspection", "'s Oct. 3 press") — never an article, preposition or verb, which end the
 * owner's phrase ("her own reconciliation before the report").
 */
const OWNED_WORDS =
  '\\s+(?:own\\s+)?(?:(?:(?!(?:the|a|an|of|to|in|on|at|for|with|before|after|by|from|and|or|but|that|which|was|were|is|are|had|has|have|be|been)\\s)[\\p{Ll}\\p{N}-]+|(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)\\p{L}*\\.?|\\d{1,2},?)\\s+){0,4}';
/** What stands between a possessive pronoun or a description ending in "'s" and what it owns. */
const OWNED_AFTER = new RegExp(`^${OWNED_WORDS}$`, 'u');
/** What stands between a name and the document it owns, "'s" first. */
const OWNED_AFTER_POSSESSIVE = new RegExp(`^['’]s${OWNED_WORDS}$`, 'u');

/** Each "by" (not "by doing") after a document noun. */
const BY_AGENT = /(?<![\p{L}\p{N}])by\s+(?!\p{Ll}+ing\b)/gu;

/** The verb of a relative clause whose subject wrote the document before it ("… he sent to …"). */
const RELATIVE_WRITING_VERB =
  /^\s+(?:had\s+|has\s+|have\s+|had\s+just\s+)?(?:sent|wrote|written|signed|filed|posted|tweeted|emailed|issued|circulated|drafted|authored)\b/u;

/** The verbs of a relative clause in an aside that make its subject the author: "…, which Roe signed,". */
const RELATIVE_AUTHORING_VERB =
  /^\s+(?:had\s+|has\s+|have\s+)?(?:wrote|written|signed|drafted|authored|co-signed|cosigned)\b/u;

/** "a council report", "the department memo": an organisation's kind right before the document noun. */
const ORGANISATION_MODIFIER =
  /(?<![\p{L}\p{N}])(?:a|an|the)\s+(?:(?:county|city|borough|district|parish|town)\s+(?=council\s))?(council|department|union|board|agency|company|trust|commission|authority|ministry|district|hospital|university|coalition|association|city|county)\s+(?:(?!(?:a|an|the|his|her|its|their)\s)[\p{Ll}-]+\s+)?$/iu;

/** Where the first strong speech verb or sending verb between `from` and `to` starts. */
function mainVerbAfter(
  body: string,
  from: number,
  to: number,
  lexicon: Lexicon,
): number | undefined {
  for (const word of body.slice(from, to).matchAll(/\p{Ll}+/gu))
    if (lexicon.strongSpeechVerbs.has(word[0]) || SEND_VERBS.test(` ${word[0]} `))
      return from + word.index;
  return undefined;
}

function sentenceBounds(body: string, position: number, paragraph: Paragraph): [number, number] {
  for (const sentence of paragraph.sentences)
    if (position >= sentence.start && position < sentence.end)
      return [sentence.start, sentence.end];
  return [paragraph.start, paragraph.end];
}

/**
 * Finds source-document mentions and their authors.
 * @example findSourceDocuments(body, paragraphs, index, dates, lexicon)
 */
export function findSourceDocuments(
  body: string,
  paragraphs: Paragraph[],
  index: EntityIndex,
  dates: DateMention[],
  lexicon: Lexicon,
): SourceDocumentMention[] {
  const found: SourceDocumentMention[] = [];
  const lastAuthored = new Map<string, SourceDocumentMention>();
  const pattern = mediaPattern(lexicon);
  for (const paragraph of paragraphs) {
    if (
      paragraph.kind === 'headline' ||
      paragraph.kind === 'boilerplate' ||
      paragraph.kind === 'caption'
    )
      continue;
    const text = body.slice(paragraph.start, paragraph.end);
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const noun = match[0].toLowerCase();
      const medium = lexicon.media[noun] as SourceMedium | undefined;
      if (!medium) continue;
      // "Halvorsen Advisory Group", "the Morning Report": a word of a name, not a document.
      if (
        /^\p{Lu}/u.test(match[0]) &&
        /\p{Lu}[\p{L}'’.-]*\s+$/u.test(text.slice(Math.max(0, match.index - 30), match.index))
      )
        continue;
      // "text", "post", "order", "address" … are too common as plain words: require a determiner or a header.
      if (
        [
          'text',
          'post',
          'order',
          'address',
          'note',
          'message',
          'records',
          'policy',
          'document',
          'reply',
          'response',
          'report',
          'complaint',
          'motion',
          'remarks',
          'notice',
          'filing',
          'opinion',
          'ordinance',
          'resolution',
          'decision',
          'brief',
          'video',
          'ruling',
          'petition',
          'account',
          'release',
          'grievance',
        ].includes(noun) &&
        !/(?<![\p{L}\p{N}])(?:a|an|the|his|her|their|its|written|this|that)\s+(?:[\p{L}\p{N}.'’-]+\s+){0,4}$/iu.test(
          text.slice(Math.max(0, match.index - 40), match.index),
        ) &&
        // ("One post, by Gareth Roe, …": one of several, with its writer.)
        !(
          /(?<![\p{L}\p{N}])(?:one|another)\s+$/iu.test(
            text.slice(Math.max(0, match.index - 10), match.index),
          ) && /^,?\s+by\s/u.test(text.slice(match.index + match[0].length))
        ) &&
        paragraph.kind !== 'excerpt-header'
      )
        continue;
      const start = paragraph.start + match.index;
      const end = start + match[0].length;
      // "within 90 minutes of the alarm": time, not a meeting's minutes.
      if (
        noun === 'minutes' &&
        /(?:\d|\b(?:few|several|many|five|ten|fifteen|twenty|thirty|forty|fifty|sixty))\s+$/iu.test(
          body.slice(Math.max(0, start - 12), start),
        )
      )
        continue;
      // "the out-of-hours text line", "an email address": the noun qualifies another thing.
      if (
        /^\s+(?:line|lines|service|system|number|address|alerts?)\b/u.test(
          body.slice(end, end + 12),
        )
      )
        continue;
      // "the sheriff's office Facebook page": a platform named before a page or an account is
      // where things are posted, not something posted.
      if (
        /^(?:facebook|instagram|linkedin|tiktok|twitter|bluesky)$/u.test(noun) &&
        /^\s+(?:page|account|group|feed|profile|channel)\b/iu.test(body.slice(end, end + 12))
      )
        continue;
      // 'she "never issued an order."': a word inside a quotation names no document of the article.
      if (insideSorted(index.quoteSpans, start)) continue;
      const [sentenceStart, sentenceEnd] = sentenceBounds(body, start, paragraph);
      const doc: SourceDocumentMention = {
        medium,
        noun,
        start,
        end,
        paragraphIndex: paragraph.index,
        rule: 'source-medium-noun',
      };
      const after = maskAbbreviations(body.slice(end, sentenceEnd), lexicon);
      // "filed Sunday in U.S. District Court by the Prairie Justice Project": abbreviations are
      // masked, so their full stops do not end the search.
      // "obtained by the Gazette", "first reported by …", "read to the court by …": whoever
      // obtained, reported or read it out is not its author — but a later "by" may name one
      // ("first reported by the Current, was sent Friday by Deputy City Manager Jo Roe").
      const reach = after.slice(
        0,
        Math.min(120, (after.search(/[.;:]/u) + 1 || after.length + 1) - 1),
      );
      const by =
        [...reach.matchAll(BY_AGENT)].find(
          (match) =>
            !/(?<![\p{L}\p{N}])(?:obtained|reviewed|seen|reported|shared|provided|released|leaked|cited|quoted|flanked|accompanied|joined|surrounded|backed|attended|hosted|moderated|interrupted|watched|cheered|applauded|greeted|met|read(?:\s+(?:out|aloud))?(?:\s+(?:to|in|before)\s+(?:the\s+)?\p{Ll}+)?)\s+by\s+$/u.test(
              reach.slice(0, match.index + match[0].length),
            ),
        ) ?? null;
      // "a post … on the Instagram account of the Associated Students": the account's owner posted it.
      const from =
        /^[^.;:]{0,40}?\bfrom\s/u.exec(after) ??
        /^[^.;:]{0,60}?\b(?:account|page|feed|channel)\s+of\s/u.exec(after);
      const to = /^[^.;:]{0,30}?\bto\s/u.exec(after);
      const before = body.slice(sentenceStart, start);
      const saidInAuthor = speechVerbBeforeMedium(before, lexicon);
      // "A spokesperson for the minister said in an email": the email has an unnamed author.
      // (… unless a name follows in apposition: "A spokeswoman for the firm, Ilse Roe, said in a
      // statement".)
      const agentOpens = saidInAuthor !== null && OPENS_WITH_UNNAMED_AGENT.test(before);
      const apposed = agentOpens
        ? startingIn(
            index.mentions,
            sentenceStart,
            sentenceStart + (saidInAuthor?.index ?? 0),
          ).find(
            (m) =>
              m.kind === 'Person' &&
              /,\s*$/u.test(body.slice(Math.max(sentenceStart, m.start - 2), m.start)) &&
              /^\s*,/u.test(body.slice(m.end, m.end + 2)),
          )
        : undefined;
      const unnamedAuthor = agentOpens && !apposed;
      if (saidInAuthor && !unnamedAuthor) {
        const author =
          (apposed ? actorOfMention(index, apposed, lexicon) : undefined) ??
          firstActorIn(index, sentenceStart, sentenceStart + saidInAuthor.index, lexicon, true);
        if (author) [doc.authorKey, doc.rule] = [author.key, 'source-said-in-medium'];
      }
      if (doc.authorKey) {
        // "the union said in a statement shared by its lawyer": the sayer is the author.
      } else if (paragraph.kind === 'excerpt-header') {
        // "Our attorney, Jo Roe of Roe Pell, sent the mayor a letter …:" — the subject of the
        // sending verb, else the name right before the document ("June 20 Roe tweet:").
        // (… unless a "from" after the document names its sender: "text messages he received
        // from Alicia Fenn. One reads:")
        const sending = SEND_VERBS.exec(body.slice(sentenceStart, start));
        const author =
          (sending
            ? firstActorIn(index, sentenceStart, sentenceStart + sending.index, lexicon, false)
            : undefined) ??
          (from ? undefined : lastActorBefore(index, start, () => true, start - paragraph.start));
        if (author) {
          doc.authorKey = author.key;
          doc.rule = 'source-excerpt-header';
        }
      }
      // "A report by council planning officers": the officers write for the body they serve.
      const officers =
        by && !doc.authorKey
          ? /^(?:the\s+)?(council|trust|board|authority|department|agency|ministry|commission)(?:['’]s)?\s+(?:[\p{Ll}-]+\s+){0,2}(?:officers|officials|staff|planners|engineers|inspectors)\b/u.exec(
              body.slice(end + by.index + by[0].length, end + by.index + by[0].length + 60),
            )
          : null;
      const served = officers?.[1]
        ? resolveDescription(index, officers[1], start, lexicon)
        : undefined;
      if (!doc.authorKey && served?.kind === 'Organization')
        [doc.authorKey, doc.rule] = [served.key, 'source-by-officers'];
      if (!doc.authorKey && by) {
        const author = firstActorIn(
          index,
          end + by.index + by[0].length,
          Math.min(sentenceEnd, end + by.index + by[0].length + 80),
          lexicon,
          false,
        );
        if (author) [doc.authorKey, doc.rule] = [author.key, 'source-by-author'];
      }
      if (!doc.authorKey && from) {
        const fromAt = end + from.index + from[0].length;
        // "a letter from him to the council": the pronoun is the author, not the recipient.
        const author = firstActorIn(
          index,
          fromAt,
          Math.min(sentenceEnd, fromAt + 80),
          lexicon,
          /^(?:him|her|them)\b/u.test(body.slice(fromAt, fromAt + 5)),
        );
        if (author) [doc.authorKey, doc.rule] = [author.key, 'source-from-author'];
      }
      if (!doc.authorKey && (medium === 'post' || medium === 'tweet')) {
        // "A post on the co-operative's Facebook page": the page's owner posted it (and "That post
        // went up on the authority's Facebook page").
        const owner = startingIn(index.mentions, end, Math.min(sentenceEnd, end + 60)).find(
          (m) =>
            /^\s+(?:(?:went|goes|was\s+put|is\s+put)\s+up\s+)?(?:on|to)\s+(?:the\s+)?$/u.test(
              body.slice(end, m.start),
            ) && PAGE_OF_OWNER.test(body.slice(m.end, m.end + 50)),
        );
        const ownerActor = owner ? actorOfMention(index, owner, lexicon) : undefined;
        if (ownerActor) [doc.authorKey, doc.rule] = [ownerActor.key, 'source-page-owner'];
      }
      if (!doc.authorKey) {
        // "A memo he sent to the county administrator", "the letter Roe signed": a relative
        // clause names its writer.
        const writer = startingIn(index.mentions, end, Math.min(sentenceEnd, end + 40)).find((m) =>
          // (and "the reply brief, which Roe signed alone," — but "the email, which the union
          // posted online," was only passed on)
          (/^\s+(?:that\s+|which\s+)?$/u.test(body.slice(end, m.start))
            ? RELATIVE_WRITING_VERB
            : /^,\s+which\s+$/u.test(body.slice(end, m.start))
              ? RELATIVE_AUTHORING_VERB
              : undefined
          )?.test(body.slice(m.end, m.end + 30)),
        );
        const writerActor = writer ? actorOfMention(index, writer, lexicon) : undefined;
        if (writerActor) [doc.authorKey, doc.rule] = [writerActor.key, 'source-relative-writer'];
      }
      if (!doc.authorKey) {
        // "the Valderrama memo", "a Feb. 3 Okafor email": a person's name right before the noun.
        const named = startingIn(index.mentions, Math.max(sentenceStart, start - 40), start).find(
          (m) => m.kind === 'Person' && /^\s+$/u.test(body.slice(m.end, start)),
        );
        const namedActor = named ? actorOfMention(index, named, lexicon) : undefined;
        if (namedActor?.kind === 'Person')
          [doc.authorKey, doc.rule] = [namedActor.key, 'source-name-before-noun'];
      }
      if (!doc.authorKey) {
        // "A council report presented to …", "the department audit": the body the noun names.
        const kind = ORGANISATION_MODIFIER.exec(before);
        const named = kind?.[1] ? resolveDescription(index, kind[1], start, lexicon) : undefined;
        if (named?.kind === 'Organization')
          [doc.authorKey, doc.rule] = [named.key, 'source-organisation-modifier'];
      }
      if (!doc.authorKey) {
        const owner = startingIn(index.mentions, sentenceStart, start)
          .reverse()
          .find(
            (m) =>
              m.end <= start &&
              m.kind !== 'Title' &&
              m.kind !== 'Place' &&
              // "the department's own 2023 inspection report", "The Trust's June 3 notice" (a
              // description may hold its "'s")
              (/['’]s$/u.test(m.text) ? OWNED_AFTER : OWNED_AFTER_POSSESSIVE).test(
                body.slice(m.end, start),
              ),
          );
        const ownerActor = owner ? actorOfMention(index, owner, lexicon) : undefined;
        if (ownerActor) [doc.authorKey, doc.rule] = [ownerActor.key, 'source-possessor-author'];
        // "Its announcement on Instagram …", "his press release declared": a possessive pronoun.
        const possessive = ownerActor
          ? undefined
          : startingIn(index.mentions, Math.max(sentenceStart, start - 40), start)
              .reverse()
              .find(
                (m) =>
                  m.kind === 'Pronoun' &&
                  /^(?:its|his|her|their)$/iu.test(m.text) &&
                  OWNED_AFTER.test(body.slice(m.end, start)),
              );
        // "The union disputes the hospital's account. Its bargaining update …": "Its" opening a
        // sentence is the organisation that opened the one before, not the last one named.
        const previousSentence =
          possessive && possessive.start === sentenceStart && /^its$/iu.test(possessive.text)
            ? [...paragraph.sentences].reverse().find((s) => s.end <= sentenceStart)
            : undefined;
        const previousSubject = previousSentence
          ? startingIn(index.mentions, previousSentence.start, previousSentence.end).find(
              (m) => m.kind !== 'Title' && m.kind !== 'Date',
            )
          : undefined;
        const previousSubjectActor =
          previousSubject &&
          body
            .slice(previousSentence?.start ?? 0, previousSubject.start)
            .split(/\s+/u)
            .filter(Boolean).length <= 1
            ? actorOfMention(index, previousSubject, lexicon)
            : undefined;
        const possessor = possessive
          ? previousSubjectActor?.kind === 'Organization'
            ? previousSubjectActor
            : resolvePronoun(
                index,
                /^its$/iu.test(possessive.text)
                  ? 'it'
                  : /^their$/iu.test(possessive.text)
                    ? 'they'
                    : possessive.text,
                possessive.start,
                lexicon,
              )
          : undefined;
        // ("The Inspectorate visited … Its report, published on Thursday, …": the subject of the
        // sentence before is a strong enough guess to carry over to "the report says".)
        if (possessor)
          [doc.authorKey, doc.rule] = [
            possessor.key,
            possessor === previousSubjectActor
              ? 'source-possessive-pronoun-previous-subject'
              : possessor.kind === 'Organization'
                ? 'source-possessive-pronoun-author-organisation'
                : 'source-possessive-pronoun-author',
          ];
      }
      // "Ashby, in a campus-wide email on Wednesday, called …": the subject before the aside wrote it.
      const aside = /,\s+in\s+(?:a|an|the|his|her|their|its)\s+(?:[\p{L}\p{N}-]+\s+){0,2}$/u.exec(
        before,
      );
      if (!doc.authorKey && aside) {
        const author = firstActorIn(
          index,
          sentenceStart,
          sentenceStart + aside.index,
          lexicon,
          true,
        );
        if (author) [doc.authorKey, doc.rule] = [author.key, 'source-subject-in-medium-aside'];
      }
      if (!doc.authorKey && SEND_VERBS.test(before)) {
        // "Three weeks before Jo Roe was found …, the jail's second-in-command wrote a memo": the
        // subject comes after a clause that opens the sentence.
        // … and before its verb ("wrote the sheriff a memo": the sheriff only received it).
        const clause = OPENING_CLAUSE.exec(before);
        // ("Over the following fortnight, Mr Roe said, Albright sent her text messages": past the
        // reporting aside.)
        const reported = /,\s+[^,.;:]{1,40}?\s+(?:said|says|told\s+the\s+court|added),\s+/u.exec(
          before,
        );
        const subjectFrom = reported
          ? reported.index + reported[0].length
          : clause
            ? clause[0].length
            : 0;
        const verb = SEND_VERBS.exec(before.slice(subjectFrom));
        const author = firstActorIn(
          index,
          sentenceStart + subjectFrom,
          verb ? sentenceStart + subjectFrom + verb.index : start,
          lexicon,
          true,
        );
        if (author) [doc.authorKey, doc.rule] = [author.key, 'source-sentence-subject'];
      }
      if (
        !doc.authorKey &&
        // ("In a written response included at the back of the audit": the response, not the audit.)
        // ("UPDATE, 4.10pm: In a statement issued after publication, Prof Roe said …")
        /^\s*(?:update\b[^:\n]{0,20}:\s*)?(?:(?:but|and|yet|still|however),?\s+)?in\s+(?:a|an|the|his|her|their|its)\s+(?:[\p{L}\p{N}.,'’-]+\s+){0,4}$/iu.test(
          before,
        )
      ) {
        // ("In a victim impact statement, read to the court by Inspector Roe, Mr Ng said": the
        // participle's agent read it out.)
        const firstComma = body.indexOf(',', end);
        const participle =
          firstComma > 0
            ? /^,\s+(?:\p{Ll}+ed|read|sent|seen|written|given|shown)\s[^,.;:"“”]{0,80},/u.exec(
                body.slice(firstComma, sentenceEnd),
              )
            : null;
        const comma = participle ? firstComma + participle[0].length - 1 : firstComma;

        if (comma > 0 && comma < sentenceEnd) {
          // "In a letter to the chief executive, Jo Roe, dated 3 February, Mr Ng wrote that": the
          // subject of the main verb, not the recipient in apposition.
          // … but "the Council, which represents …, accuses": a relative clause is no subject.
          // … while "to the trust, which runs the hospital, Mrs Roe wrote": the subject after it.
          const verbAt = mainVerbAfter(body, comma, sentenceEnd, lexicon);
          const lastComma = verbAt !== undefined ? body.lastIndexOf(',', verbAt) : -1;
          const subjectFrom =
            lastComma >= comma &&
            !/\b(?:which|who|whose|that)\b/u.test(body.slice(lastComma, verbAt))
              ? lastComma
              : -1;
          const author =
            (subjectFrom >= comma
              ? firstActorIn(index, subjectFrom, verbAt ?? sentenceEnd, lexicon, true)
              : undefined) ?? firstActorIn(index, comma, sentenceEnd, lexicon, true);
          if (author) [doc.authorKey, doc.rule] = [author.key, 'source-in-a-medium-subject'];
        }
      }
      if (!doc.authorKey) {
        // "The memo, dated Nov. 4, is on Department of Health letterhead and is unsigned": whose
        // letterhead it bears wrote it.
        const letterhead = startingIn(index.mentions, end, sentenceEnd).find(
          (m) =>
            m.kind === 'Organization' &&
            /^\s+letterhead\b/u.test(body.slice(m.end, m.end + 12)) &&
            /\bon\s+(?:the\s+|an?\s+)?(?:official\s+)?$/u.test(
              body.slice(Math.max(end, m.start - 24), m.start),
            ),
        );
        const letterheadActor = letterhead ? actorOfMention(index, letterhead, lexicon) : undefined;
        if (letterheadActor?.kind === 'Organization')
          [doc.authorKey, doc.rule] = [letterheadActor.key, 'source-letterhead'];
      }
      const behalf = /\bon behalf of\s/u.exec(body.slice(sentenceStart, sentenceEnd));
      if (behalf) {
        const from_ = sentenceStart + behalf.index + behalf[0].length;
        const principal = firstActorIn(
          index,
          from_,
          Math.min(sentenceEnd, from_ + 80),
          lexicon,
          false,
        );
        if (principal && principal.key !== doc.authorKey) doc.onBehalfOfKey = principal.key;
      }
      if (to) {
        const recipient = firstActorIn(
          index,
          end + to.index + to[0].length,
          Math.min(sentenceEnd, end + to.index + to[0].length + 60),
          lexicon,
          false,
        );
        if (recipient && recipient.key !== doc.authorKey) doc.recipientKey = recipient.key;
      }
      const window =
        paragraph.kind === 'excerpt-header'
          ? [paragraph.start, paragraph.end]
          : [Math.max(sentenceStart, start - 40), Math.min(sentenceEnd, end + 40)];
      const date = dates.find(
        (d) =>
          d.iso &&
          d.start >= (window[0] ?? 0) &&
          d.end <= (window[1] ?? 0) &&
          d.precision === 'day',
      );
      if (date?.iso) doc.date = date.iso;
      // (A statement whose writer the paragraph before gave is the one the header introduces.)
      const statedJustBefore =
        medium === 'statement' &&
        lastAuthored.get(medium)?.authorKey !== undefined &&
        (lastAuthored.get(medium)?.paragraphIndex ?? -1) >= paragraph.index - 1;
      if (!doc.authorKey && paragraph.kind === 'excerpt-header') {
        const signer = signatureAfterBlock(body, paragraphs, paragraph, index, lexicon);
        if (signer) [doc.authorKey, doc.rule] = [signer.key, 'source-signature-after-block'];
      }
      if (!doc.authorKey && paragraph.kind === 'excerpt-header' && !statedJustBefore) {
        const sender = senderBefore(body, paragraphs, paragraph, medium, index, start, false);
        if (sender) [doc.authorKey, doc.rule] = [sender.key, 'source-sender-before-header'];
      }
      if (!doc.authorKey) {
        const previous = lastAuthored.get(medium);
        if (previous?.authorKey) {
          doc.authorKey = previous.authorKey;
          doc.rule = 'source-same-medium-earlier';
          if (!doc.date && previous.date) doc.date = previous.date;
        }
      }
      if (!doc.authorKey) {
        // "Its president, Jane Roe, wrote last week to the MP." then "the letter reads".
        const sender = senderBefore(body, paragraphs, paragraph, medium, index, start, true);
        if (sender) [doc.authorKey, doc.rule] = [sender.key, 'source-sender-before'];
      }
      if (!doc.authorKey && /^\s*(?:The|This|That)\s+(?:[\p{Ll}\p{N}-]+\s+){0,2}$/u.test(before)) {
        // "… sent the county a notice of claim." then "The letter calls the jail …": a sentence
        // opened by a document named definitely, right after another whose writer is known.
        const recent = found.at(-1);
        if (
          recent?.authorKey &&
          recent.paragraphIndex === paragraph.index &&
          start - recent.end < 300 &&
          (recent.rule === 'source-sentence-subject' || recent.rule === 'source-said-in-medium')
        ) {
          doc.authorKey = recent.authorKey;
          doc.rule = 'source-recent-document';
        }
      }
      if (
        !doc.authorKey &&
        (((noun === 'report' || noun === 'paper') &&
          /^\s+(?:to|before)\s+(?:the\s+)?(?:council['’]s\s+)?(?:cabinet|councillors|councilors|(?:planning\s+)?committee|full\s+council)\b/iu.test(
            body.slice(end, end + 40),
          )) ||
          /^consultation\s+(?:paper|document)$/u.test(noun))
      ) {
        // "A report to cabinet", "The report before the planning committee": the council's
        // officers wrote it, for the council — and so they did "the consultation paper".
        const council = resolveDescription(index, 'council', start, lexicon);
        if (council) [doc.authorKey, doc.rule] = [council.key, 'source-council-report'];
      }
      if (!doc.authorKey && /^(?:lawsuit|lawsuits|suit|complaint)$/u.test(noun)) {
        // "The city of Corrigan Bay sued the agency on Tuesday, …" then "The lawsuit says": who
        // sued, in the sentences just before.
        const plaintiff = plaintiffBefore(body, paragraphs, index, start, lexicon);
        if (plaintiff) [doc.authorKey, doc.rule] = [plaintiff.key, 'source-plaintiff'];
      }
      found.push(doc);
      // "its" is too weak a guess to carry over to later mentions of the medium ("his", "her" are not).
      if (doc.authorKey && doc.rule !== 'source-possessive-pronoun-author-organisation')
        lastAuthored.set(medium, doc);
    }
    signedBy(body, paragraph, index, lexicon, found, lastAuthored);
  }
  authorFromLaterMention(found);
  return found;
}

/**
 * "The memo warns of …" before the article says who wrote it ("The memo, signed by Capt. Jo Roe,
 * …" two paragraphs later): a document with no author takes the author of the next mention of the
 * same kind of document, when that one was found from its own sentence.
 */
function authorFromLaterMention(found: SourceDocumentMention[]): void {
  for (const [i, doc] of found.entries()) {
    if (doc.authorKey) continue;
    const later = found
      .slice(i + 1)
      .find(
        (other) =>
          other.medium === doc.medium &&
          other.start - doc.end < 3000 &&
          other.authorKey !== undefined &&
          other.rule !== 'source-same-medium-earlier' &&
          other.rule !== 'source-possessive-pronoun-author-organisation',
      );
    if (later?.authorKey) {
      doc.authorKey = later.authorKey;
      doc.rule = 'source-same-medium-later';
    }
  }
}

/**
 * "Read the full statement:", paragraphs in quotation marks, then "- Fiona Roe, director of
 * midwifery, …": the name that signs the block below its last paragraph.
 */
function signatureAfterBlock(
  body: string,
  paragraphs: Paragraph[],
  header: Paragraph,
  index: EntityIndex,
  lexicon: Lexicon,
): WorkingActor | undefined {
  let quoted = 0;
  for (const paragraph of paragraphs.slice(header.index + 1)) {
    const text = body.slice(paragraph.start, paragraph.end);
    if (/^\s*["“‘']/u.test(text)) {
      quoted++;
      continue;
    }
    const dash = /^\s*[-–—]\s*/u.exec(text);
    if (!quoted || !dash) return undefined;
    const from = paragraph.start + dash[0].length;
    const signer = startingIn(index.mentions, from, Math.min(paragraph.end, from + 60)).find(
      (m) => m.kind === 'Person' || m.kind === 'Organization',
    );
    return signer && /^[\s\p{Lu}.]*$/u.test(body.slice(from, signer.start))
      ? (actorOfMention(index, signer, lexicon) ?? undefined)
      : undefined;
  }
  return undefined;
}

const SENDING_VERBS: Record<string, RegExp> = {
  email: /\b(?:emailed|e-mailed|wrote|written|sent)\b/u,
  'text-message': /\b(?:texted|messaged|wrote|sent)\b/u,
  tweet: /\b(?:tweeted|posted|wrote|said(?=\s+on\s+(?:X|Twitter)\b))\b/u,
  // "The club said on Facebook that its members were "heartbroken"." then "the post said".
  post: /\b(?:posted|wrote|said(?=\s+on\s+(?:Facebook|Instagram|X|Twitter|TikTok|LinkedIn|Bluesky|Threads|social\s+media)\b))\b/u,
  letter: /\b(?:wrote|written|sent)\b/u,
  // "The board's director, Jo Roe, set out its position in a statement." then "Read the full
  // statement:"; "Police have appealed for information." then the appeal.
  statement: /\b(?:issued|released|put\s+out|set\s+out|published|appealed|responded)\b/u,
  // "Capt. Jo Roe had ordered staff to stop …" then "The Sept. 19 memo": a memo carries orders.
  memo: /\b(?:wrote|written|sent|circulated)\b|(?<!\b(?:being|been|was|were|is|are|be|get|got)\s)\b(?:ordered|instructed|directed)\b/u,
};

/**
 * "Okonjo emailed Pruitt from a personal account." then "From the email, sent Jan. 16:": the
 * subject of the sending verb in the two paragraphs before the header wrote what it introduces.
 */
function senderBefore(
  body: string,
  paragraphs: Paragraph[],
  header: Paragraph,
  medium: string,
  index: EntityIndex,
  before: number,
  addressed: boolean,
): WorkingActor | undefined {
  const sending = SENDING_VERBS[medium];
  if (!sending) return undefined;
  // In running text only a sending addressed to someone counts ("wrote last week to the MP").
  // … or, for a post, one put somewhere ("posted a summary of the changes on X").
  const placed =
    medium === 'post' || medium === 'tweet' ? `|(?:\\s+[\\p{L}\\d'’]+){0,6}\\s+on\\s` : '';
  const verb = addressed
    ? new RegExp(`${sending.source}(?=(?:\\s+[\\p{L}'’]+){0,3}\\s+to\\s${placed})`, 'u')
    : sending;
  const own = header.kind === 'body' ? [header] : [];
  for (const paragraph of [
    ...own,
    ...paragraphs.slice(Math.max(0, header.index - 2), header.index).reverse(),
  ]) {
    if (paragraph.kind !== 'body') continue;
    const sentences = paragraph.sentences.filter((sentence) => sentence.end <= before);
    for (const sentence of [...sentences].reverse()) {
      const found = verb.exec(body.slice(sentence.start, sentence.end));
      if (!found) continue;
      // The subject right before the verb: "after … put a rival firm ahead, Okonjo emailed".
      const verbAt = sentence.start + found.index;
      const author = lastActorBefore(index, verbAt, () => true, verbAt - sentence.start);
      if (author) return author;
    }
  }
  return undefined;
}

const SIGNED_BY =
  /(?:\b(?:it|they|(?:the|this|that)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+(?:was|were|is|are)\s+|(?<=^|[.!?]["”’]?\s+)|,\s+|(?<=\p{Ll}\s))(?:(?:signed|written|sent|authored|drafted)\s+by|attributed\s+to|(?:issued|sent|released|published)\s+(?:under|in|over)\s+the\s+(?:name|signature)\s+of)\s+/giu;

/**
 * "… says the district erred. It was signed by the association's president, Jane Roe.", "The
 * release was issued under the name of company president Karl Roe.": the author of the document
 * just mentioned — and of the one it took its author from, when that was only the organisation.
 */
function signedBy(
  body: string,
  paragraph: Paragraph,
  index: EntityIndex,
  lexicon: Lexicon,
  found: SourceDocumentMention[],
  lastAuthored: Map<string, SourceDocumentMention>,
): void {
  const text = body.slice(paragraph.start, paragraph.end);
  if (
    !/\b(?:(?:signed|written|sent|authored|drafted)\s+by|attributed\s+to|name\s+of|signature\s+of)\b/iu.test(
      text,
    )
  )
    return;
  for (const match of text.matchAll(SIGNED_BY)) {
    const at = paragraph.start + match.index;
    const from = at + match[0].length;
    const author = firstActorIn(index, from, Math.min(paragraph.end, from + 80), lexicon, false);
    if (!author) continue;
    // The document named in the clause itself ("The release was issued under …") and the one just
    // before it ("… the letter reads." then "It was signed by …").
    const named = found.find((d) => d.start >= at && d.start < from);
    const before = [...found]
      .reverse()
      .find((d) => d.start < at && d.paragraphIndex >= paragraph.index - 1);
    for (const doc of [named, before]) {
      // A signature outweighs a guess from an earlier document or from the sentence's subject.
      const guessed =
        doc?.rule === 'source-same-medium-earlier' || doc?.rule === 'source-sentence-subject';
      if (!doc || (doc.authorKey && !guessed)) continue;
      const earlierAuthor = doc.rule === 'source-same-medium-earlier' ? doc.authorKey : undefined;
      [doc.authorKey, doc.rule] = [author.key, 'source-signed-by'];
      lastAuthored.set(doc.medium, doc);
      // "… a statement attributed to Sheriff Jo Roe. "…," the statement said.": the same document
      // named again later in the paragraph took its author before the signature was read.
      for (const later of found)
        if (
          later.start > from &&
          later.paragraphIndex === paragraph.index &&
          later.medium === doc.medium &&
          (later.rule === 'source-same-medium-earlier' || !later.authorKey)
        )
          [later.authorKey, later.rule] = [author.key, 'source-signed-by'];
      // (only "the release", "this letter": a document named again, not "a statement attributed to")
      const definite = /(?<![\p{L}\p{N}])(?:the|this|that)\s+(?:[\p{L}-]+\s+)?$/iu.test(
        body.slice(Math.max(0, doc.start - 30), doc.start),
      );
      if (!definite || !earlierAuthor || index.actors.get(earlierAuthor)?.kind !== 'Organization')
        continue;
      for (const earlier of found)
        if (
          earlier.medium === doc.medium &&
          earlier.authorKey === earlierAuthor &&
          earlier.paragraphIndex >= paragraph.index - 4
        )
          [earlier.authorKey, earlier.rule] = [author.key, 'source-signed-by'];
    }
  }
}
