/**
 * Attribution: decides who said each quotation and in which medium. For every quotation it reads the
 * attribution window after it (`"…," X said`, `"…," said X, <role>`, `"…," the letter says`) and
 * before it (`X said: "…"`, `X wrote that "…"`, `calling it "…"`), then falls back to continuation
 * (a following unattributed quotation in the same paragraph, the multi-paragraph convention, or a
 * paragraph that is only a quotation after an attributed one). Block excerpts introduced by a header
 * line ("June 20 Jane Roe tweet:") take their speaker, medium and date from the header. A subject that
 * is a document ("the letter says", "it states") makes the document's author the speaker. Short
 * phrases in quote marks with no attribution are scare quotes, not statements. Quote types: `direct`
 * for quotations that stand as the speaker's own sentence(s) (introduced by `X said:`/`X said,` or
 * followed by the attribution), `mixed` for words quoted inside the reporter's own sentence.
 * Offsets are UTF-16 indices.
 */
import { perLexicon, type Lexicon } from './lexicon.js';
import {
  NAME_GIVEN_AS,
  courtDefendants,
  resolveDescription,
  lastActorBefore,
  resolvePronoun,
  type EntityIndex,
  type WorkingActor,
} from './entities.js';
import type { NameMention } from './mentions.js';
import type { RawQuote } from './quotes.js';
import {
  AGENTS_AFTER_POSSESSIVE,
  UNNAMED_AGENT_BEFORE,
  actorOfMention,
  insideBrackets,
  isReportingAgent,
  type SourceDocumentMention,
} from './sources.js';
import { insideSorted, lowerBound, startingIn } from './spans.js';
import type {
  DateMention,
  Paragraph,
  Quote,
  QuoteCue,
  QuoteSource,
  ScareQuote,
  TextSpan,
} from './types.js';

/** Everything attribution needs to know about the document. */
export interface AttributionContext {
  body: string;
  paragraphs: Paragraph[];
  index: EntityIndex;
  sources: SourceDocumentMention[];
  dates: DateMention[];
  lexicon: Lexicon;
}

interface Attribution {
  speaker: WorkingActor | null;
  speakerMention?: { start: number; end: number };
  /** How the text describes an unnamed speaker (kept by continuations). */
  description?: TextSpan;
  cue?: QuoteCue;
  source?: QuoteSource;
  rule: string;
  confidence: number;
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we']);
const WORD_RE = /[\p{L}'’-]+/gu;

function wordCount(text: string): number {
  return text.match(WORD_RE)?.length ?? 0;
}

function isSpeechVerb(word: string, lexicon: Lexicon, allowWeak: boolean): boolean {
  const lower = word.toLowerCase();
  return lexicon.strongSpeechVerbs.has(lower) || (allowWeak && lexicon.weakSpeechVerbs.has(lower));
}

/** Speech verbs in `text` (offset by `base`), in order. */
function speechVerbs(text: string, base: number, lexicon: Lexicon, allowWeak: boolean): QuoteCue[] {
  const cues: QuoteCue[] = [];
  WORD_RE.lastIndex = 0;
  for (let match = WORD_RE.exec(text); match; match = WORD_RE.exec(text)) {
    const word = match[0];
    if (!/^\p{Ll}/u.test(word)) continue;
    // (Only a word that can be a speech verb is worth the checks below.)
    // ('"Coats on, children!" Roe calls.': a call that ends its clause is speech.)
    const callEndsClause =
      /^(?:calls|called|calling)$/u.test(word) &&
      /^(?:\s+out)?\s*(?:[.!?,;]|$)/u.test(
        text.slice(match.index + word.length, match.index + word.length + 8),
      );
    if (
      !lexicon.phrasalSpeechVerbs.has(word) &&
      !isSpeechVerb(word, lexicon, allowWeak) &&
      !callEndsClause
    )
      continue;
    // "the post said", "a tweet", "a two-line note": after a determiner (and a numbered or
    // "terse"/"handwritten" adjective) the word is a noun.
    const before = text.slice(Math.max(0, match.index - 30), match.index);
    if (
      /(?<![\p{L}\p{N}])(?:the|a|an|his|her|its|their|this|our|my)\s+(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|single|double)-\p{L}+\s+|terse\s+|handwritten\s+)?$/iu.test(
        before,
      ) ||
      // "Langworthy's email had been misunderstood": after a possessive, a noun.
      (/\p{L}['’]s?\s+$/u.test(before) && lexicon.media[word] !== undefined) ||
      // "that report" is a noun; "a letter that says" is a relative clause's verb.
      (/(?<![\p{L}\p{N}])that\s+$/iu.test(before) && !/(?:s|ed)$|^(?:said|read|wrote)$/u.test(word))
    )
      continue;
    // "raised the issue in writing three times": "in writing" is a manner, not a verb (though "put
    // it in writing: …" introduces the words).
    if (
      word === 'writing' &&
      /(?<![\p{L}\p{N}])in\s+$/u.test(before) &&
      !/^\s*:/u.test(text.slice(match.index + word.length, match.index + word.length + 3))
    )
      continue;
    // "invited state inspectors", "state law": "state" before a noun is no verb.
    if (
      word === 'state' &&
      /^\s+(?!(?:that|the|a|an|his|her|its|their|our|in|on|to|what|how|why|whether|clearly|plainly|publicly|otherwise)\b)\p{Ll}/u.test(
        text.slice(match.index + word.length, match.index + word.length + 20),
      )
    )
      continue;
    // "residents should continue to put their bins out": a modal's verb followed by "to" is an
    // action, not speech.
    if (
      /(?<![\p{L}\p{N}])(?:should|would|will|could|can|may|might|must)\s+(?:not\s+)?$/u.test(
        before,
      ) &&
      /^\s+to\s/u.test(text.slice(match.index + word.length, match.index + word.length + 4))
    )
      continue;
    const particle = lexicon.phrasalSpeechVerbs.get(word);
    if (
      particle &&
      new RegExp(`^\\s+${particle}\\b`, 'u').test(text.slice(match.index + word.length))
    ) {
      const verb = `${word} ${particle}`;
      cues.push({ verb, start: base + match.index, end: base + match.index + verb.length });
    } else if (isSpeechVerb(word, lexicon, allowWeak) || callEndsClause) {
      cues.push({ verb: word, start: base + match.index, end: base + match.index + word.length });
    }
  }
  return cues;
}

function isAbbreviationBefore(body: string, dot: number, lexicon: Lexicon): boolean {
  const token = /(\S+)$/.exec(body.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';
  const abbreviation = `${token.toLowerCase()}.`;
  return (
    /^\p{Lu}$/u.test(token) ||
    lexicon.abbreviations.has(abbreviation) ||
    // "Capt.", "Rev.", "Supt." before a name do not end the sentence.
    lexicon.titles.preNominal[abbreviation] !== undefined ||
    lexicon.titles.honorifics[abbreviation] !== undefined ||
    /^(?:\p{L}\.)+\p{L}$/u.test(token)
  );
}

/** End of the attribution window after a quotation: the first sentence end or the next long quotation. */
function tailEnd(
  ctx: AttributionContext,
  quote: RawQuote,
  nextStart: number,
  paragraphEnd: number,
): number {
  const limit = Math.min(nextStart, paragraphEnd);
  const text = ctx.body.slice(quote.outerEnd, limit);
  const pattern = /[.!?](?=\s|$)/gu;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (
      match[0] === '.' &&
      isAbbreviationBefore(ctx.body, quote.outerEnd + match.index, ctx.lexicon)
    )
      continue;
    return quote.outerEnd + match.index;
  }
  return limit;
}

/** Start of the attribution window before a quotation: the last sentence end or the previous long quotation. */
/** Whether a sentence ends (or a semicolon or colon falls) between two offsets; "St." does not end one. */
function sentenceEndIn(ctx: AttributionContext, from: number, to: number): boolean {
  const pattern = /[.!?;:](?=\s)/gu;
  const text = ctx.body.slice(from, to);
  for (let match = pattern.exec(text); match; match = pattern.exec(text))
    if (match[0] !== '.' || !isAbbreviationBefore(ctx.body, from + match.index, ctx.lexicon))
      return true;
  return false;
}

/** A quotation's tag, then a clause of its own: ' he says, and ', ', said Roe, while '. */
const PREVIOUS_TAG =
  /^\s*,?\s*(?:[\p{L}'’-]+\s+){0,3}?(?:said|says|told|tells|added|adds|asked|asks|wrote|writes)(?:\s+[\p{L}'’-]+){0,3}?\s*,\s*(?:and|but|while|as)\s+/u;

function leadStart(
  ctx: AttributionContext,
  quote: RawQuote,
  previousEnd: number,
  paragraph: Paragraph,
): number {
  const floor = Math.max(previousEnd, paragraph.start);
  const text = ctx.body.slice(floor, quote.outerStart);
  // In a headline or standfirst a semicolon joins two clauses with subjects of their own ("chief
  // says …; council president calls …").
  const headline = paragraph.kind === 'headline' || isStandfirst(ctx, paragraph);
  const pattern = headline ? /[.!?;]["”’]?(?=\s)/gu : /[.!?]["”’]?(?=\s)/gu;
  let start = floor;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[0] === '.' && isAbbreviationBefore(ctx.body, floor + match.index, ctx.lexicon))
      continue;
    start = floor + match.index + match[0].length;
  }
  // '"I like the tourists," he says, and Ritchie rolls her eyes: "…"': the tag of the quotation
  // before belongs to it; the clause after "and" leads to this one.
  if (start === previousEnd && /["”’']$/u.test(ctx.body.slice(Math.max(0, start - 1), start))) {
    const tag = PREVIOUS_TAG.exec(ctx.body.slice(start, quote.outerStart));
    if (tag) start += tag[0].length;
  }
  return start;
}

function subjectMentions(ctx: AttributionContext, from: number, to: number): NameMention[] {
  return startingIn(ctx.index.mentions, from, to).filter((m) => {
    if (m.end > to) return false;
    // "the proud member of the "Resist" movement": a word in quote marks is not the subject, nor
    // is a party in brackets ("Jane Roe (Labour) said").
    if (insideSorted(ctx.index.quoteSpans, m.start)) return false;
    if (ctx.body[m.start - 1] === '(' && ctx.body[m.end] === ')') return false;
    // "… obtained by the Gazette", "(no relation to Marcus)": an outlet, a recipient or an aside.
    if (m.kind !== 'Pronoun' && isReportingAgent(ctx.body, m.start)) return false;
    if (insideBrackets(ctx.body, m.start)) return false;
    if (m.kind === 'Pronoun') return SUBJECT_PRONOUNS.has(m.text.toLowerCase());
    // "says his sister, Lashonda Pruitt": the name in apposition is the subject.
    if (m.rule === 'mention-kin' && /^,?\s+\p{Lu}/u.test(ctx.body.slice(m.end, m.end + 4)))
      return false;
    if (m.kind === 'Description')
      return (
        !/^['’]s/u.test(ctx.body.slice(m.end, m.end + 2)) ||
        AGENTS_AFTER_POSSESSIVE.test(ctx.body.slice(m.end, m.end + 40))
      );
    if (m.kind === 'Person' || m.kind === 'Organization') {
      const key = ctx.index.mentionActor.get(m.start);
      if (key && ctx.index.outlets.has(key)) return false;
      // "near the Okafor-Lind home": a name that only qualifies a noun after "the".
      if (
        m.kind === 'Person' &&
        /(?<![\p{L}\p{N}])the\s$/iu.test(ctx.body.slice(Math.max(0, m.start - 4), m.start)) &&
        NAME_QUALIFIES.test(ctx.body.slice(m.end, m.end + 20))
      )
        return false;
      return !/^['’]s?\s/u.test(ctx.body.slice(m.end, m.end + 3)) || key !== undefined;
    }
    return false;
  });
}

/** Nouns a family's name qualifies: "the Okafor home", "the Roe family". */
const NAME_QUALIFIES =
  /^\s+(?:home|house|family|household|farm|ranch|property|residence|estate|yard|driveway|apartment|children|kids|case|lawsuit|campaign|administration|era|years)(?![\p{L}\p{N}])/u;

/** The document a subject like "the letter" / "it" stands for. */
function documentSubject(
  ctx: AttributionContext,
  from: number,
  to: number,
  position: number,
  paragraphIndex: number,
): SourceDocumentMention | undefined {
  const phrase = ctx.body.slice(from, to).trim().toLowerCase();
  const direct = startingIn(ctx.sources, from, to)
    .reverse()
    .find((s) => s.end <= to);
  if (
    direct &&
    // "The memo, which was obtained by the Courier, also says": an aside does not count.
    wordCount(
      ctx.body
        .slice(direct.end, to)
        .replace(/^\s*,\s*(?:who|which|that|whose)\b[^,]*,/u, ' ')
        .replace(/\b(?:also|later|then|again|now)\b/gu, ' '),
    ) <= 2 &&
    /(?<![\p{L}\p{N}])(?:the|this|that|their|its|his|her|a|an)\s+(?:[\p{L}\p{N}.'’-]+\s+){0,3}$/u.test(
      ctx.body.slice(Math.max(from, direct.start - 40), direct.start).toLowerCase() + ' ',
    )
  )
    return direct;
  if (/^(?:it|one|another)$/u.test(phrase)) {
    const from = ctx.paragraphs[Math.max(0, paragraphIndex - 2)]?.start ?? 0;
    const recent = startingIn(ctx.sources, from, position)
      .reverse()
      .filter((s) => s.paragraphIndex >= paragraphIndex - 2);
    if (phrase === 'it') return recent.find((s) => s.authorKey) ?? recent[0];
    // ("Albright sent her a series of text messages. … "…," one read.": one of the documents
    // just named, when they are several and a person wrote them.)
    return recent.find(
      (s) =>
        /s$/u.test(s.noun) &&
        s.authorKey !== undefined &&
        ctx.index.actors.get(s.authorKey)?.kind === 'Person',
    );
  }
  return undefined;
}

/**
 * The words are the document's ("the letter says", "reads the memo from …"): its author speaks,
 * or nobody named when the article does not say who wrote it.
 */
function documentSpeaks(
  ctx: AttributionContext,
  doc: SourceDocumentMention,
  cue: QuoteCue,
  rule: string,
  namedConfidence: number,
  unnamedConfidence: number,
): Attribution {
  const speaker = doc.authorKey ? (ctx.index.actors.get(doc.authorKey) ?? null) : null;
  return {
    speaker,
    cue,
    source: sourceFromDocument(ctx, doc, speaker, 'source-document-subject'),
    rule,
    confidence: speaker ? namedConfidence : unnamedConfidence,
  };
}

function sourceFromDocument(
  ctx: AttributionContext,
  doc: SourceDocumentMention,
  speaker: WorkingActor | null,
  rule: string,
): QuoteSource {
  const source: QuoteSource = { medium: doc.medium, rule };
  const author = doc.authorKey ?? speaker?.key;
  if (author) source.authorKey = author;
  const behalf = doc.onBehalfOfKey ?? onBehalfOf(ctx, author);
  if (behalf) source.onBehalfOfKey = behalf;
  if (doc.recipientKey) source.recipientKey = doc.recipientKey;
  if (doc.date) source.date = doc.date;
  return source;
}

/** The organisation a person writes for: the organisation of their first post that names one. */
function onBehalfOf(ctx: AttributionContext, authorKey: string | undefined): string | undefined {
  const author = authorKey ? ctx.index.actors.get(authorKey) : undefined;
  if (!author || author.kind !== 'Person') return undefined;
  return author.posts.find((post) => post.orgKey && post.orgKey !== author.key)?.orgKey;
}

/** "In one, he wrote:", "In another of them, she said": one of the documents just named. */
const IN_ONE_OF_THEM =
  /(?:^|[.!?]["”’]?\s+|\n)In\s+(?:one|another|the\s+(?:first|second|third|last|latest))(?:\s+of\s+them)?,\s*$/u;

function resolveSubject(ctx: AttributionContext, mention: NameMention): WorkingActor | null {
  if (mention.kind === 'Pronoun') {
    // "Mr Roe read out text messages Doe sent her. In one, he wrote: …": their author.
    if (IN_ONE_OF_THEM.test(ctx.body.slice(Math.max(0, mention.start - 40), mention.start))) {
      const gender = ctx.lexicon.pronouns[mention.text.toLowerCase()];
      const written = startingIn(ctx.sources, Math.max(0, mention.start - 600), mention.start)
        .reverse()
        .find((doc) => doc.authorKey !== undefined);
      const author = written?.authorKey ? ctx.index.actors.get(written.authorKey) : undefined;
      if (author && (author.gender ?? author.presumedGender ?? gender) === gender) return author;
    }
    // "The union's attorney, Jo Roe, told the judge … Outside the courtroom, he accused …": a
    // pronoun opening its sentence goes on with the subject of the one before, not its object.
    const subject =
      sentenceSubjectBefore(ctx, mention) ??
      (pronounOpensSentence(ctx, mention) ? sentenceSubjectBefore(ctx, mention, true) : undefined);
    if (subject) return subject;
    // "One teacher, who asked not to be named, said …" / "'…,' she said": the unnamed one.
    if (unnamedOpensSentenceBefore(ctx, mention)) return null;
  }
  // "The health secretary, Priya Roe, went further …": the name in apposition is the one meant.
  if (mention.kind === 'Description') {
    const apposed = startingIn(ctx.index.mentions, mention.end, mention.end + 60).find(
      (m) =>
        m.kind === 'Person' &&
        // ("The convener of the planning group, the Rev Anne-Marie Roe, wrote …")
        /^(?:\s+(?:of|for|at|to|with|in)\s+[^,.;:]{1,80})?,\s*(?:the\s+)?$/u.test(
          ctx.body.slice(mention.end, m.title?.start ?? m.start),
        ) &&
        /^\s*,/u.test(ctx.body.slice(m.end, m.end + 2)),
    );
    const named = apposed ? actorOfMention(ctx.index, apposed, ctx.lexicon) : undefined;
    if (named?.kind === 'Person') return named;
  }
  const actor = actorOfMention(ctx.index, mention, ctx.lexicon) ?? null;
  return (actor && holderOfPossessedPost(ctx, mention, actor)) ?? actor;
}

/**
 * "the Water Authority's executive director told his board": the person the article gives that
 * post at that organisation, when there is exactly one; plural agents ("the utility's lawyers")
 * and posts no one named holds leave the organisation as the subject.
 */
function holderOfPossessedPost(
  ctx: AttributionContext,
  mention: NameMention,
  organisation: WorkingActor,
): WorkingActor | undefined {
  if (organisation.kind !== 'Organization') return undefined;
  const words = /^['’]s((?:\s+[\p{Ll}-]+){1,3})/u
    .exec(ctx.body.slice(mention.end, mention.end + 60))?.[1]
    ?.trim()
    .split(/\s+/u);
  for (let n = Math.min(3, words?.length ?? 0); n >= 1; n--) {
    const role = words?.slice(0, n).join(' ') ?? '';
    const holders = [...ctx.index.actors.values()].filter(
      (actor) =>
        actor.kind === 'Person' &&
        actor.posts.some(
          (post) =>
            post.roleLabel.toLowerCase() === role &&
            (post.orgKey === organisation.key ||
              post.orgName?.toLowerCase() === organisation.name.toLowerCase()),
        ),
    );
    if (holders.length === 1) return holders[0];
  }
  return undefined;
}

/**
 * Whether the sentence before a "'…,' she said" — the one before the quotation's own, or the last
 * of the paragraph above — opens with an unnamed person the pronoun can be ("One Grade 6 teacher
 * …, who asked not to be named, said she had been punched.").
 */
function unnamedOpensSentenceBefore(ctx: AttributionContext, pronoun: NameMention): boolean {
  const gender = ctx.lexicon.pronouns[pronoun.text.toLowerCase()];
  if (gender !== 'male' && gender !== 'female') return false;
  const before = sentenceBeforePronoun(ctx, pronoun);
  if (!before?.quoted || before.opensWithQuotation !== true) return false;
  const { sentence } = before;
  if (!sentence) return false;
  // ("One operator, who asked that only his first name, Dmitri, be used, said …" names him.)
  const named = startingIn(ctx.index.mentions, sentence.start, sentence.end).some(
    (m) =>
      m.kind === 'Person' &&
      !insideSorted(ctx.index.quoteSpans, m.start) &&
      actorOfMention(ctx.index, m, ctx.lexicon)?.kind === 'Person',
  );
  if (named) return false;
  return ctx.index.unnamed.some(
    (unnamed) =>
      unnamed.at >= sentence.start &&
      unnamed.at < sentence.end &&
      wordCount(ctx.body.slice(sentence.start, unnamed.at)) <= 3 &&
      (unnamed.gender === undefined || unnamed.gender === gender),
  );
}

/**
 * For a he/she after a quotation ("…," she said): the quotation it follows (which may hold
 * sentences of its own), whether the pronoun's own sentence opens with quotation marks (undefined
 * when no sentence holds it), and the sentence before that one — which names the speaker — in the
 * paragraph above when the quotation opens its paragraph ("Nora Keaveney, who is 79, has been a
 * patient of Dr Ní Fhlannagáin since 1994." / "'Where am I to go?' she said.").
 */
function sentenceBeforePronoun(
  ctx: AttributionContext,
  pronoun: NameMention,
):
  | {
      quoted: [number, number] | undefined;
      opensWithQuotation: boolean | undefined;
      sentence: Paragraph['sentences'][number] | undefined;
    }
  | undefined {
  const paragraph = ctx.paragraphs.find((p) => p.start <= pronoun.start && pronoun.start < p.end);
  if (!paragraph) return undefined;
  // (… not a quotation that closed the sentence before: '… as "adequate". He warned …')
  const closing = quotationEndingBefore(ctx, pronoun.start, 4);
  const quoted =
    closing && !/[.!?]/u.test(ctx.body.slice(closing[1], pronoun.start)) ? closing : undefined;
  const opensAt = quoted ? quoted[0] : pronoun.start;
  const own = paragraph.sentences.findIndex((s) => s.start <= opensAt && opensAt < s.end);
  const ownSentence = paragraph.sentences[own];
  const above = ctx.paragraphs[paragraph.index - 1];
  return {
    quoted,
    opensWithQuotation: ownSentence
      ? /^\s*["“'‘]/u.test(ctx.body.slice(ownSentence.start, ownSentence.start + 2))
      : undefined,
    sentence:
      own > 0
        ? paragraph.sentences[own - 1]
        : above?.kind === 'body'
          ? above.sentences[above.sentences.length - 1]
          : undefined,
  };
}

/** Whether a he/she is the first name-like word of its sentence, within its first few words. */
function pronounOpensSentence(ctx: AttributionContext, pronoun: NameMention): boolean {
  const paragraph = ctx.paragraphs.find((p) => p.start <= pronoun.start && pronoun.start < p.end);
  const sentence = paragraph?.sentences.find(
    (s) => s.start <= pronoun.start && pronoun.start < s.end,
  );
  if (!sentence || !/^(?:he|she)$/iu.test(pronoun.text)) return false;
  const before = ctx.body.slice(sentence.start, pronoun.start);
  if (/["“”'‘’]/u.test(before) || wordCount(before) > 6) return false;
  return !startingIn(ctx.index.mentions, sentence.start, pronoun.start).some(
    (m) => m.kind === 'Person' || m.kind === 'Organization' || m.kind === 'Description',
  );
}

/** The last quotation that closes at most `gap` characters before `position`. */
function quotationEndingBefore(
  ctx: AttributionContext,
  position: number,
  gap: number,
): [number, number] | undefined {
  return [...ctx.index.quoteSpans]
    .reverse()
    .find(([, end]) => end <= position && position - end <= gap);
}

/**
 * "Mayor Jane Roe, asked whether she had tried to get Morrow to withdraw the memo, said no. '…,'
 * she said": a he/she after a quotation is the person who opens the sentence before the
 * quotation, when that person can be a he/she — not whoever was named last inside that sentence.
 */
function sentenceSubjectBefore(
  ctx: AttributionContext,
  pronoun: NameMention,
  chained = false,
): WorkingActor | undefined {
  const gender = ctx.lexicon.pronouns[pronoun.text.toLowerCase()];
  if (gender !== 'male' && gender !== 'female') return undefined;
  const before = sentenceBeforePronoun(ctx, pronoun);
  if (!before) return undefined;
  if (!chained && before.opensWithQuotation === false) return undefined;
  const { sentence } = before;
  if (!sentence) return undefined;
  // "She said the attorney general's letter …" / "'…,' she said": the same she.
  const openingPronoun = startingIn(ctx.index.mentions, sentence.start, sentence.start + 12).find(
    (m) =>
      m.kind === 'Pronoun' &&
      /^(?:he|she)$/iu.test(m.text) &&
      ctx.lexicon.pronouns[m.text.toLowerCase()] === gender &&
      /^\s*$/u.test(ctx.body.slice(sentence.start, m.start)),
  );
  if (openingPronoun && openingPronoun.start < pronoun.start) {
    // "Donald Roe, who …, said he had voted against it. He is not related to the chairman." /
    // "'…,' he said": the he who opens the sentence before is the subject of the one before that.
    const same = sentenceSubjectBefore(ctx, openingPronoun, true);
    if (same) return same;
  }
  let opened = startingIn(ctx.index.mentions, sentence.start, sentence.start + 80).filter(
    (m) => m.kind === 'Person' || m.kind === 'Description' || m.kind === 'Organization',
  );
  // "In an interview with Capitol Signal published Thursday, hours before he resigned, Roe did not
  // dispute …": the name after the opening phrase's preposition is its object; the subject comes
  // after the phrase's commas.
  if (opened[0] && INTRODUCTORY_PREPOSITION.test(ctx.body.slice(sentence.start, opened[0].start))) {
    const subject = startingIn(ctx.index.mentions, opened[0].end, sentence.end).find(
      (m) => m.kind === 'Person' && /,\s+$/u.test(ctx.body.slice(m.start - 2, m.start)),
    );
    if (!subject || wordCount(ctx.body.slice(sentence.start, subject.start)) > 25) return undefined;
    opened = [subject];
  }
  const first = opened[0];
  // "Kestrel Park High chemistry teacher Dominique Roe held up …": the person the school qualifies.
  let opening = first ? qualifiedSubject(ctx, opened) : undefined;
  if (opening?.kind === 'Organization') opening = undefined;
  // "The state member for Port Marran, Josh Ferreira, said …": the name in apposition.
  if (opening?.kind === 'Description') {
    const description = opening;
    const apposed = startingIn(ctx.index.mentions, description.end, description.end + 60).find(
      (m) =>
        m.kind === 'Person' &&
        /,\s*(?:the\s+)?$/u.test(ctx.body.slice(description.end, m.title?.start ?? m.start)),
    );
    if (apposed && !/[.;:]/u.test(ctx.body.slice(description.end, apposed.start)))
      opening = apposed;
  }
  // "Opposition police spokesman Craig Roe said …": a role of a few words may come first.
  // "Back on Dock Road, Ferhat is unmoved": a short phrase set off by a comma may come first.
  const leading = first
    ? ctx.body.slice(sentence.start, first.start).replace(/^[^,;:]{1,40},\s*$/u, '')
    : '';
  if (!opening || wordCount(leading) > 4 || /[,;:]/u.test(leading)) return undefined;
  // "A coworker of Osvaldo Roe's, who asked not to be named, said …": an unnamed person opens it.
  if (/^\s*(?:A|An|One|Another)\s/u.test(leading)) return undefined;
  const actor = actorOfMention(ctx.index, opening, ctx.lexicon);
  if (!actor || actor.kind !== 'Person') return undefined;
  const compatible =
    (actor.gender ?? actor.presumedGender) === undefined ||
    (actor.gender ?? actor.presumedGender) === gender;
  return compatible ? actor : undefined;
}

/** The words' attribution to the actor `subject` names, or nothing when it names no one. */
function spokenBy(
  ctx: AttributionContext,
  subject: NameMention,
  rule: string,
  confidence: number,
  cue?: QuoteCue,
): Attribution | undefined {
  const speaker = resolveSubject(ctx, subject);
  if (!speaker) return undefined;
  return {
    speaker,
    speakerMention: { start: subject.start, end: subject.end },
    ...(cue ? { cue } : {}),
    rule,
    confidence,
  };
}

/** Where a name's phrase opens: its organisation, title or role noun may come before the name. */
function phraseStart(mention: NameMention): number {
  return Math.min(
    mention.start,
    mention.affiliation?.start ?? mention.start,
    mention.title?.start ?? mention.start,
    mention.roleBefore?.start ?? mention.start,
  );
}

/**
 * The first of the subject mentions, unless it only qualifies the person after it: "Prairie Lakes
 * spokesman Derek Hollins", "Veridyne's general counsel, Martin Szabo-Ellery".
 */
function qualifiedSubject(
  ctx: AttributionContext,
  subjects: NameMention[],
): NameMention | undefined {
  const [first, next] = subjects;
  if (!first || next?.kind !== 'Person') return first;
  // "Port of Sabrine Executive Director Caroline Roe", "Public Utilities Commission Chair Ann Lee":
  // an organisation, the rest of its name and a title, then the person.
  if (
    first.kind === 'Organization' &&
    next.title &&
    /^(?:\s+\p{Lu}[\p{L}.'’&-]*)*\s*$/u.test(ctx.body.slice(first.end, next.title.start))
  )
    return next;
  const byRole =
    next.roleBefore !== undefined &&
    /^\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(ctx.body.slice(first.end, next.roleBefore.start));
  const byPossessive = /^['’]s\s+(?:[\p{Ll}-]+,?\s+){1,3}$/u.test(
    ctx.body.slice(first.end, next.start),
  );
  // "Ferrisport police Commander Sunniva Roe": a place-like word that names no one, a lower-case
  // noun, then the titled person.
  const byAffiliation =
    first.rule === 'mention-single-capitalised' &&
    !ctx.index.mentionActor.has(first.start) &&
    next.title !== undefined &&
    /^\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(ctx.body.slice(first.end, next.title.start));
  return byRole || byPossessive || byAffiliation ? next : first;
}

/** `"…," said X` / `"…," X said` / `"…," the letter says`. */
function attributeFromTail(
  ctx: AttributionContext,
  quote: RawQuote,
  end: number,
): Attribution | undefined {
  const from = quote.outerEnd;
  const text = ctx.body.slice(from, end);
  // "… ended." He went on: a quotation closed by a full stop ends its sentence; one closed by "!"
  // or "?" too, unless a tag follows at once ('"Why?" Roe asked.').
  if (
    /\.\s*$/u.test(ctx.body.slice(quote.start, quote.outerEnd - 1)) &&
    /^\s+[\p{Lu}]/u.test(text) &&
    quote.marks !== 'none'
  )
    return undefined;
  if (
    /[!?]\s*$/u.test(ctx.body.slice(quote.start, quote.outerEnd - 1)) &&
    /^\s+[\p{Lu}]/u.test(text) &&
    quote.marks !== 'none' &&
    !/^\s+(?:(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}|(?:he|she|they|it|we)\s+)?(?:\p{Ll}+ly\s+)?\p{Ll}+(?:\s+(?:\p{Lu}[\p{L}.'’-]*\s*){1,4}|\s+(?:her|him|them|me|us|reporters))?(?:\s+(?:in|at|during|on|from|outside|before|after)\s+[^.,!?;:]{1,90}?)?\s*(?:[.,]|$)/u.test(
      text,
    )
  )
    return undefined;
  if (
    !/^\s*[,—–-]?\s*\S/u.test(text) ||
    /^\s*[.;]/u.test(text) ||
    /^\s*(?:and|but|or|to|of|in|that|which|as|after|before|when|because|since|while|until|if|although|though|unless)\b/iu.test(
      text,
    )
  )
    return undefined;
  // "…," prompting Roe to respond: the one prompted answers next; they did not say it.
  if (
    /^\s*,?\s*(?:prompting|leading|forcing|causing|drawing|sparking|provoking|inviting)\s/u.test(
      text,
    )
  )
    return undefined;
  const verbFirst = /^\s*[,—–-]?\s*(?:\p{Ll}+ly\s+)?([\p{Ll}]+)/u.exec(text);
  // "…," arguing that it would …: a participle goes on with the sentence's own subject.
  if (
    verbFirst?.[1] &&
    isSpeechVerb(verbFirst[1], ctx.lexicon, false) &&
    !/ing$/u.test(verbFirst[1])
  ) {
    const verbStart = from + text.indexOf(verbFirst[1], verbFirst[0].length - verbFirst[1].length);
    const cue = { verb: verbFirst[1], start: verbStart, end: verbStart + verbFirst[1].length };
    const afterVerb = ctx.body.slice(cue.end, end);
    // "…," reads the Sept. 19 memo from Capt. Jo Roe: the document named after the verb speaks.
    const docAfter = startingIn(ctx.sources, cue.end, Math.min(end, cue.end + 40)).find((d) =>
      /^\s+(?:the|a|an|his|her|their|its)\s+(?:[\p{L}\d.'’-]+\s+){0,3}$/u.test(
        ctx.body.slice(cue.end, d.start),
      ),
    );
    if (docAfter) return documentSpeaks(ctx, docAfter, cue, 'tail-document-says', 0.8, 0.5);
    if (/^\s+(?:one|another|a|an|some|two|three|several|many)\s+[\p{Ll}]/u.test(afterVerb)) {
      // "said a colleague, Maria Ortiz": the description is followed by the name.
      const apposed = subjectMentions(ctx, cue.end, Math.min(end, cue.end + 60)).find(
        (m) =>
          m.kind === 'Person' &&
          /^\s+(?:one|another|a|an)\s+(?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+,\s*$/u.test(
            ctx.body.slice(cue.end, m.title?.start ?? m.start),
          ),
      );
      const named = apposed ? resolveSubject(ctx, apposed) : null;
      if (apposed && named)
        return {
          speaker: named,
          speakerMention: { start: apposed.start, end: apposed.end },
          cue,
          rule: 'tail-verb-then-speaker',
          confidence: 0.85,
        };
      return { speaker: null, cue, rule: 'tail-verb-then-unnamed-speaker', confidence: 0.6 };
    }
    const subjects = subjectMentions(ctx, cue.end, Math.min(end, cue.end + 80));
    // "said Northmoor spokesperson Kevin Desrosiers": the organisation qualifies the person.
    const subject = qualifiedSubject(ctx, subjects);
    if (subject && wordCount(ctx.body.slice(cue.end, subject.start)) <= 4) {
      const speaker = resolveSubject(ctx, subject);
      return {
        speaker,
        speakerMention: { start: subject.start, end: subject.end },
        cue,
        rule: 'tail-verb-then-speaker',
        confidence: speaker ? 0.92 : 0.5,
      };
    }
  }
  const verbs = speechVerbs(text, from, ctx.lexicon, false);
  const cue = verbs[0];
  if (!cue) return dashSignature(ctx, quote, from, end);
  const subjectZone: [number, number] = [from, cue.start];
  // "…," the memo, signed by Assistant Commissioner Brett Roe, says: the document right after the
  // quotation is the subject, and a name in its aside is not.
  const docFirst = startingIn(ctx.sources, from, cue.start).find((d) => d.end <= cue.start);
  if (
    docFirst &&
    wordCount(ctx.body.slice(from, docFirst.start)) <= 2 &&
    /^\s*,[^,]{1,120},\s*(?:(?:also|further|then|later)\s+)?$/u.test(
      ctx.body.slice(docFirst.end, cue.start),
    )
  )
    return documentSpeaks(ctx, docFirst, cue, 'tail-document-says', 0.8, 0.5);
  const subject = qualifiedSubject(ctx, subjectMentions(ctx, subjectZone[0], subjectZone[1]));
  // The subject's name may come after its organisation and title ("Port of Sabrine Executive
  // Director Caroline Roe said").
  const subjectOpens = subject ? phraseStart(subject) : cue.start;
  const lead = ctx.body.slice(from, subjectOpens);
  // ("… 'stand shoulder to shoulder' with heads, while Roe told reporters …": a new clause.)
  // (… but "… 'cut off' by a run of cancellations, the chair of the community council has said.":
  // a tag that closes the sentence after a comma.)
  const closingTag = /,\s+$/u.test(lead) && /^\s*[.!?]/u.test(ctx.body.slice(cue.end, cue.end + 3));
  if (
    (wordCount(lead) > 3 && !closingTag) ||
    /(?<![\p{L}\p{N}])(?:while|whereas|although|though)\s/u.test(lead)
  )
    return undefined;
  // `"within 60 days," a promise Roe said she would hold him to`: an appositive noun, not a tag
  // (and "…", a remark Ms Roe described as "…").
  if (
    subject &&
    (subject.kind === 'Person' || subject.kind === 'Organization') &&
    /^\s*,?\s*(?:a|an)\s+\p{Ll}+\s*(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?$/u.test(lead)
  )
    return undefined;
  const doc = documentSubject(ctx, from, cue.start, from, quote.paragraphIndex);
  if (doc && (!subject || subject.kind === 'Pronoun' || subject.kind === 'Description'))
    return documentSpeaks(ctx, doc, cue, 'tail-document-says', 0.8, 0.5);
  // "…," the auditors wrote: the body whose report the article last named wrote it.
  const writers = /^\s*,?\s*the\s+([\p{Ll}'’ ]+?)\s*$/u.exec(ctx.body.slice(from, cue.start))?.[1];
  const writtenMedium = writers
    ? ctx.lexicon.documentWriters[writers.replace(/’/gu, "'")]
    : undefined;
  if (writtenMedium) {
    const written = [...ctx.sources]
      .reverse()
      .find((d) => d.end <= from && d.medium === writtenMedium && d.authorKey !== undefined);
    if (written) return documentSpeaks(ctx, written, cue, 'tail-document-writers', 0.7, 0.5);
  }
  if (!subject) {
    // "…," a charge nurse said — an unnamed speaker.
    if (
      wordCount(ctx.body.slice(from, cue.start)) <= 6 &&
      /^\s*[,—–-]?\s*(?:a|an|the|one|another|some)\b/iu.test(text)
    ) {
      return { speaker: null, cue, rule: 'tail-unnamed-speaker', confidence: 0.6 };
    }
    return undefined;
  }
  // "the Rev. Odile Roe of First Covenant Church told", "attorney Jo Roe of the firm Roe Pell
  // writes": the organisation after the name is part of the subject.
  const between = ctx.body
    .slice(subject.end, cue.start)
    .replace(
      /^\s+(?:of|from|at|with)\s+(?:the\s+)?(?:(?:law\s+)?firm\s+|group\s+|union\s+)?(?:\p{Lu}[\p{L}'’.&-]*\s+){1,6}/u,
      ' ',
    )
    // ("the chair of the local community council has said": a body in lower case too.)
    .replace(
      /^\s+of\s+(?:the|its|their)\s+(?:[\p{Ll}'’-]+\s+){0,3}(?:council|association|group|committee|board|trust|union|club|society|authority|party|federation|forum)\s+/u,
      ' ',
    );
  if (wordCount(between) > 3 && !/^\s*,/u.test(between)) return undefined;
  // "…" against the city after internal emails showed …": the verb opens a clause of its own.
  if (
    /(?<![\p{L}\p{N}])(?:after|before|when|because|as|while|since|until|if|although|though|unless|once)\s/u.test(
      between,
    )
  )
    return undefined;
  if (unnamedAgentOf(ctx, subject) || crowdVoice(subject, cue.verb))
    return { speaker: null, cue, rule: 'tail-unnamed-agent', confidence: 0.55 };
  const speaker = resolveSubject(ctx, subject);
  return {
    speaker,
    speakerMention: { start: subject.start, end: subject.end },
    cue,
    rule: 'tail-speaker-then-verb',
    confidence: speaker ? 0.9 : 0.5,
  };
}

/**
 * "In a report published on Wednesday, inspectors said:" after "the Healthcare Standards
 * Inspectorate": a plural noun for the staff of the one body whose name grows from it speaks for
 * that body.
 */
function staffOfBody(
  ctx: AttributionContext,
  start: number,
  cue: QuoteCue,
): Attribution | undefined {
  const noun = /(?:^|[\s,])(\p{Ll}{4,}(?:or|er|ist|ant|ent))s\s+(?:\p{Ll}+ly\s+)?$/u.exec(
    ctx.body.slice(start, cue.start),
  )?.[1];
  if (!noun) return undefined;
  const bodies = [...ctx.index.actors.values()].filter(
    (actor) =>
      actor.kind === 'Organization' &&
      actor.firstMention < cue.start &&
      actor.name
        .toLowerCase()
        .split(/\s+/u)
        .some((word) => word.length > noun.length && word.startsWith(noun)),
  );
  return bodies.length === 1 && bodies[0]
    ? { speaker: bodies[0], cue, rule: 'lead-staff-of-body', confidence: 0.55 }
    : undefined;
}

/**
 * "But Greysford Brewery insists it has no intention of selling. A spokesperson said: '…'": an
 * unnamed spokesperson, for no body named in the sentence, speaks for the body that opens the
 * sentence before.
 */
function spokespersonOfSubjectBefore(
  ctx: AttributionContext,
  quote: RawQuote,
  start: number,
): Attribution | undefined {
  if (
    !/^\s*(?:A|An)\s+(?:[\p{Ll}-]+\s+)?spokes(?:person|man|woman)\s+(?:\p{Ll}+ly\s+)?(?:said|says|added|told)\b[^.!?"“‘']*$/u.test(
      ctx.body.slice(start, quote.outerStart),
    )
  )
    return undefined;
  const paragraph = ctx.paragraphs.find((p) => p.index === quote.paragraphIndex);
  const before = [...(paragraph?.sentences ?? [])].reverse().find((s) => s.end <= start + 1);
  if (!before) return undefined;
  const subject = subjectMentions(ctx, before.start, before.end)[0];
  if (
    !subject ||
    subject.kind !== 'Organization' ||
    wordCount(ctx.body.slice(before.start, subject.start)) > 1
  )
    return undefined;
  const body = actorOfMention(ctx.index, subject, ctx.lexicon);
  return body?.kind === 'Organization'
    ? { speaker: body, rule: 'lead-spokesperson-of-subject-before', confidence: 0.55 }
    : undefined;
}

/**
 * "… would 'cut farms in two', members of the council heard." above "The warning came from Cllr
 * Tomás Roe, who told the chamber …": the words are the one the next paragraph says they came from.
 */
function cameFromBelow(ctx: AttributionContext, paragraph: Paragraph): Attribution | undefined {
  const next = ctx.paragraphs.find((p) => p.index === paragraph.index + 1);
  if (!next || next.kind !== 'body') return undefined;
  const opening = CAME_FROM.exec(ctx.body.slice(next.start, next.end));
  if (!opening) return undefined;
  const at = next.start + opening[0].length;
  const named = subjectMentions(ctx, at, at + 80).find(
    (m) => m.kind === 'Person' && phraseStart(m) - at <= 12,
  );
  const speaker = named ? resolveSubject(ctx, named) : null;
  return speaker
    ? {
        speaker,
        speakerMention: { start: named!.start, end: named!.end },
        rule: 'lead-came-from-below',
        confidence: 0.55,
      }
    : undefined;
}
const CAME_FROM =
  /^\s*(?:The|That|This|Those|These)\s+(?:warnings?|claims?|calls?|comments?|remarks?|criticism|accusations?|pleas?|words|description|appeal|charge)\s+(?:came|comes)\s+from\s+/u;

/** "shouts of", "cries of", "chants of": a crowd's words follow. */
const CROWD_CRY_OF =
  /(?<![\p{L}\p{N}])(?:shouts|cries|chants|calls|jeers|heckles|cheers|chorus(?:es)?)\s+of\s+$/u;

/** Verbs of a crowd's voice: chanting, shouting, singing. */
const CROWD_VERB =
  /^(?:chant|chants|chanted|chanting|shout|shouts|shouted|shouting|yelled|yelling|sang|sing|singing|roared|cheered|jeered)$/u;

/** "'Not one more bus!' they chanted": a crowd's voice, not the organisation named last. */
function crowdVoice(subject: NameMention, verb: string): boolean {
  return subject.kind === 'Pronoun' && /^they$/iu.test(subject.text) && CROWD_VERB.test(verb);
}

/** Words after which a name is an object: prepositions and the verbs that take a person as object. */
const OBJECT_BEFORE =
  /(?<![\p{L}\p{N}])(?:to|of|for|from|with|against|about|by|at|on|in|into|over|under|toward|towards|accused|accuses|accusing|blamed|blames|urged|urges|asked|asks|told|tells|warned|warns|sued|sues|thanked|criticised|criticized|praised|attacked|called\s+on|wrote\s+to|met|meet|joined|named|hired|fired|appointed|represents|represented|representing)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+)?(?:(?!(?:which|whom)\s)\p{Ll}[\p{Ll}-]*(?:['’]s)?\s+){0,3}$/u;

/** Whether a mention stands as an object ("in a letter to the union", "accused the union of"). */
function inObjectPosition(ctx: AttributionContext, mention: NameMention, from: number): boolean {
  // "the processing office is run by the agency, which said …": the subject of its own clause.
  const relative = /^,?\s*(?:who|which)\s+(?:\p{Ll}+\s+){0,2}?(\p{Ll}+)/u.exec(
    ctx.body.slice(mention.end, mention.end + 40),
  );
  if (relative?.[1] && isSpeechVerb(relative[1], ctx.lexicon, true)) return false;
  // A role in apposition ("the chief constable, Mr Roe") belongs to someone else's phrase.
  const role =
    mention.roleBefore && !/,/u.test(ctx.body.slice(mention.roleBefore.end, mention.start))
      ? mention.roleBefore.start
      : mention.start;
  const opens = Math.min(
    mention.start,
    mention.affiliation?.start ?? mention.start,
    mention.title?.start ?? mention.start,
    role,
  );
  if (mention.kind === 'Description' && /^the\s/iu.test(mention.text) === false) return false;
  const before = ctx.body.slice(Math.max(from, opens - 60), opens);
  // "Cabinet member for finance Cllr Rashid Roe said": a portfolio, not an object.
  if (PORTFOLIO_BEFORE.test(before)) return false;
  return (
    OBJECT_BEFORE.test(before) ||
    APPOSED_TO_OBJECT_BEFORE.test(before) ||
    // "the councillor for Cressing and Longwick": joined by "and" to an object.
    /(?<![\p{L}\p{N}])(?:to|of|for|from|with|against|about|by|at|on|in)\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:and|or|&)\s+$/u.test(
      before,
    )
  );
}
/** A post held for a portfolio, right before a name: "member for finance", "spokesperson for health". */
const PORTFOLIO_BEFORE =
  /(?<![\p{L}\p{N}])(?:member|spokes(?:person|man|woman)|secretary|minister|lead|champion|holder|councillor|director|head)\s+for\s+(?:[\p{Ll}-]+\s+){1,3}$/u;
/** "told her supervisor, deputy general manager " before a name: the name is the object's apposition. */
const APPOSED_TO_OBJECT_BEFORE =
  /(?<![\p{L}\p{N}])(?:told|tells|asked|asks|warned|warns|urged|urges|accused|accuses|thanked|emailed|e-mailed|texted|wrote\s+to|called\s+on)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+)?(?:(?!(?:in|at|on|to|by|for|with|from|which|who|whom|that|and|but)\s)[\p{Ll}-]+\s+){0,2}(?!(?:in|at|on|to|by|for|with|from)\b)[\p{Ll}-]+,\s+(?:(?!(?:to|which|who|whom|that|and|but|in|at|as)\s)[\p{Ll}-]+\s+){0,3}$/u;

/**
 * `"No such order exists." — Tallis County Executive Lorna Roe, Aug. 6, 2025`: a dash after the
 * quotation, then the speaker's title and name (an epigraph, a fact-check's claim, a pull quote).
 */
function dashSignature(
  ctx: AttributionContext,
  quote: RawQuote,
  from: number,
  end: number,
): Attribution | undefined {
  const text = ctx.body.slice(from, end);
  const ownLine = ctx.body[from - 1] === '\n';
  if (!(ownLine ? /^\s*[—–-]\s*\p{Lu}/u : /^\s*[—–]\s*\p{Lu}/u).test(text)) return undefined;
  const dash = from + text.search(ownLine ? /[—–-]/u : /[—–]/u) + 1;
  const signed = subjectMentions(ctx, dash, Math.min(end, dash + 80)).filter(
    (m) => m.kind === 'Person' || m.kind === 'Organization',
  );
  const subject = qualifiedSubject(ctx, signed);
  if (!subject) return undefined;
  // "— Port Ardell Police Officers' Guild president Kevin Roe": from the organisation on.
  const opens = Math.min(phraseStart(subject), signed[0]?.start ?? subject.start);
  if (wordCount(ctx.body.slice(dash, opens)) > 1) return undefined;
  return spokenBy(ctx, subject, 'tail-dash-signature', 0.75);
}

/**
 * 'Claim 1: "…"' with '— Marisol Roe, president of Local 517, in a Feb. 27 letter' on the next
 * line: the signature names the speaker.
 */
function signatureOnNextLine(ctx: AttributionContext, quote: RawQuote): Attribution | undefined {
  // (on its own line a hyphen serves as the dash: "- Rosa Roe, RN, 5 West")
  const gap = /^[^\S\n]*[.,]?[^\S\n]*\n[^\S\n]*(?=[—–-]\s*\p{Lu})/u.exec(
    ctx.body.slice(quote.outerEnd, quote.outerEnd + 10),
  );
  if (!gap) return undefined;
  const from = quote.outerEnd + gap[0].length;
  // … unless the quotation is itself an item of a list of hyphens.
  const lineStart = ctx.body.lastIndexOf('\n', quote.outerStart) + 1;
  if (ctx.body[from] === '-' && /^\s*[-•*]\s/u.test(ctx.body.slice(lineStart, quote.outerStart)))
    return undefined;
  const lineEnd = ctx.body.indexOf('\n', from);
  return dashSignature(ctx, quote, from, lineEnd < 0 ? ctx.body.length : lineEnd);
}

/** "read from an", "read aloud from the": a document read out follows. */
const READ_FROM_BEFORE =
  /(?<![\p{L}\p{N}])read(?:\s+aloud)?\s+from\s+(?:a|an|the|his|her|their|its)\s+(?:[\p{L}\p{N}.'’-]+\s+){0,3}$/u;
/** "read the message", "read out the statement": a document read out, if the quotation follows it. */
const READ_DOCUMENT_BEFORE =
  /(?<![\p{L}\p{N}])read(?:\s+(?:aloud|out))?\s+(?:a|an|the|his|her|their|its)\s+(?:[\p{L}\p{N}.'’-]+\s+){0,3}$/u;

/**
 * An opening clause closed by a comma, then perhaps a role in apposition, then at most a title
 * (after a lower-case modifier or two): "Asked about the email, ", "In a statement Monday, Capt. ",
 * "In a letter …, the board's director of primary care, Dr ", "In a memo, housing authority
 * Executive Director ".
 */
const OPENING_CLAUSE =
  /^\s*(?:[^,;:"“”‘’]|(?<=\p{L})’(?=\p{L})){1,100},\s+(?:(?:[^,;:"“”‘’]|(?<=\p{L})’(?=\p{L})){1,60},\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;

/** The first name or pronoun between `from` and `to` that is neither an object ("In a letter to the council …") nor an owner ("the board's director"). */
function openingSubject(
  ctx: AttributionContext,
  from: number,
  to: number,
): NameMention | undefined {
  const mentions = subjectMentions(ctx, from, to);
  // "Council President Yvette Roe", "U.S. District Judge Harriet Roe": the body before a title
  // only qualifies the person after it.
  // … nor does it before a role ("Alliance executive director Yolanda Roe").
  const qualifiesTitled = (m: NameMention) =>
    mentions.some(
      (next) =>
        next.kind === 'Person' &&
        ((next.title !== undefined &&
          next.title.start >= m.end &&
          /^(?:\s+\p{Lu}[\p{L}.'’&-]*)*\s*$/u.test(ctx.body.slice(m.end, next.title.start))) ||
          (next.start > m.end &&
            /^\s+(?:\p{Ll}[\p{L}-]*\s+){1,3}$/u.test(ctx.body.slice(m.end, next.start)) &&
            ctx.lexicon.titles.roleNouns.some((role) =>
              ctx.body.slice(m.end, next.start).trim().endsWith(role),
            ))),
    );
  return mentions.find(
    (m) =>
      m.kind === 'Pronoun' ||
      // ("Crew transfer vessels operate …, he said": a capitalised first word names no one.)
      ((m.rule !== 'mention-single-capitalised' || ctx.index.mentionActor.has(m.start)) &&
        m.rule !== 'mention-affiliation-before-title' &&
        !qualifiesTitled(m) &&
        !inObjectPosition(ctx, m, from) &&
        // "NHS Ardcraig's director of primary care, Dr Fiona Roe": the owner is not the subject
        // (though "the utility's lawyers" speak for it).
        (!/^['’]s?\s/u.test(ctx.body.slice(m.end, m.end + 3)) ||
          AGENTS_AFTER_POSSESSIVE.test(ctx.body.slice(m.end, m.end + 40)))),
  );
}

/**
 * "One, sent at 2.14am on 19 July, read:", "Another said:", "… was a message sent at 1.14am which
 * read:": a message quoted in a court report with no sender named in its sentence.
 */
const MESSAGE_READ =
  /(?:^\s*|[.!?]["”’']?\s+|,\s+)(?:(?:One|Another|A\s+(?:second|third|further|later)|The\s+(?:first|second|third|last|final))(?:\s+(?:message|text|email|voicemail|note))?|(?<=\s)(?:(?:was|is|came)\s+)?(?:a|an|the|one)\s+(?:[\p{Ll}-]+\s+)?(?:message|text|text\s+message|email|voicemail|note))\b(?:[^.!?:"“”‘]|(?<=\d)\.(?=\d)){0,100}?\b(?:read|reads|said|says|stated)(?:\s+\p{Ll}+ly)?\s*:\s*$/u;

/** "Lowther sent a text message to Mrs Gauld which read:": who sent it, then the message. */
const SENT_WHICH_READ =
  /(?<![\p{L}\p{N}])(?:sent|texted|emailed|messaged)\s+(?:[^.!?:"“”]{0,60}?\s)?(?:message|text|email|letter|note|card)s?\b[^.!?:"“”]{0,60}?\b(?:which|that)\s+(?:read|reads|said|says|stated)\s*:?\s*$/u;

/**
 * "The court heard that later that evening Lowther sent a text message to Mrs Gauld which read:":
 * the words are the sender's, the subject of "sent" — not the one it was sent to.
 */
function senderOfMessageRead(
  ctx: AttributionContext,
  lead: string,
  start: number,
): Attribution | undefined {
  const sent = SENT_WHICH_READ.exec(lead);
  if (!sent) return undefined;
  const at = start + sent.index;
  const subject = subjectMentions(ctx, start, at)
    .filter(
      (m) =>
        (m.kind === 'Person' || (m.kind === 'Pronoun' && /^(?:he|she)$/iu.test(m.text))) &&
        /^\s+(?:(?:had|has|then|later|also)\s+)?$/u.test(ctx.body.slice(m.end, at)),
    )
    .at(-1);
  return subject ? spokenBy(ctx, subject, 'lead-sender-of-message', 0.65) : undefined;
}

/**
 * A message read out in court, with no sender named, was sent by the defendant (the one person
 * the article says pleaded, admitted, denied, was convicted or appeared in court) — not by the
 * prosecutor or the officer reading it; with no one on trial, by the one person the article says
 * sent messages.
 */
function messageOfDefendant(
  ctx: AttributionContext,
  lead: string,
  leadStart: number,
): Attribution | undefined {
  const match = MESSAGE_READ.exec(lead);
  if (!match || /(?<![\p{L}\p{N}])(?:from|by)\s+\p{Lu}/u.test(match[0])) return undefined;
  const defendants = courtDefendants(ctx.index);
  if (defendants.size === 1) {
    const speaker = ctx.index.actors.get([...defendants][0] ?? '') ?? null;
    if (speaker) return { speaker, rule: 'lead-message-of-defendant', confidence: 0.6 };
  }
  // In a round-up of cases: "she sent 37 messages to the man …" in the sentence before.
  if (defendants.size > 1) {
    const from = Math.max(0, leadStart - 400);
    const sent = [...ctx.body.slice(from, leadStart).matchAll(MESSAGES_SENT)].at(-1);
    if (!sent) return undefined;
    const sentAt = from + (sent.index ?? 0);
    const pronoun = startingIn(ctx.index.mentions, Math.max(0, sentAt - 20), sentAt)
      .filter((m) => m.kind === 'Pronoun' && /^(?:he|she)$/iu.test(m.text))
      .at(-1);
    const sender =
      pronoun && wordCount(ctx.body.slice(pronoun.end, sentAt)) === 0
        ? resolveSubject(ctx, pronoun)
        : undefined;
    return sender?.kind === 'Person' && defendants.has(sender.key)
      ? { speaker: sender, rule: 'lead-message-of-sender', confidence: 0.55 }
      : undefined;
  }
  // "Cllr Fairweather sent the town clerk 23 messages …" then "One message, read out by the
  // investigator, said:": the one who sent the messages, when one person did.
  const senders = new Set<string>();
  for (const sent of ctx.body.matchAll(MESSAGES_SENT)) {
    const at = sent.index ?? 0;
    const sentenceStart = Math.max(
      ctx.body.lastIndexOf('. ', at) + 2,
      ctx.body.lastIndexOf('\n', at) + 1,
    );
    const subject = subjectMentions(ctx, sentenceStart, at)
      .filter((m) => m.kind === 'Person' && wordCount(ctx.body.slice(m.end, at)) <= 2)
      .at(-1);
    const actor = subject ? actorOfMention(ctx.index, subject, ctx.lexicon) : undefined;
    if (actor?.kind === 'Person') senders.add(actor.key);
  }
  if (senders.size !== 1) return undefined;
  const sender = ctx.index.actors.get([...senders][0] ?? '');
  return sender ? { speaker: sender, rule: 'lead-message-of-sender', confidence: 0.55 } : undefined;
}
/** "sent the town clerk 23 messages", "bombarded his sister-in-law with threatening texts". */
const MESSAGES_SENT =
  /(?<![\p{L}\p{N}])(?:sent|texted|messaged|emailed|bombarded)\b[^.!?"“”]{0,80}?\b(?:messages|texts|emails)\b/gu;

/** Heads of a lede's unnamed subject that a body names: "A youth football club in …". */
const BODY_HEADS =
  /^(?:club|group|charity|company|firm|business|school|council|organi[sz]ation|association|society|trust|union|campaign|co-operative|cooperative|community|network|centre|center|team|band|choir|venue|pub|shop|restaurant|cafe|café|hospital|practice|surgery)$/u;

/**
 * "A HILL farmer from Cefn Bryncoch has described … as 'horrific'." above "Emyr Tudur-Lewis, 58,
 * said …"; "A youth football club in Drumnaquill says …" above "Drumnaquill Rovers Youth FC, which
 * has 180 players, said …": a lede's unnamed subject is the person (for a person's noun) or the
 * body (for a body's noun) that opens one of the next two paragraphs.
 */
function namedInNextParagraph(
  ctx: AttributionContext,
  quote: RawQuote,
  start: number,
  cue: QuoteCue,
): Attribution | undefined {
  const subject =
    /^\s*(?:A|An)\s+((?:[\p{L}'’-]+\s+){0,4}?)([\p{L}'’-]+)(?=\s+(?:from|in|at|of|near|on|who|whose|has|have|had|is|was|says|said|\p{Ll}+s\b|\p{Ll}+ed\b))/u.exec(
      ctx.body.slice(start, cue.start),
    );
  const head = subject?.[2]?.toLowerCase();
  if (!head) return undefined;
  const kind = BODY_HEADS.test(head)
    ? 'Organization'
    : ctx.lexicon.personNouns.has(head)
      ? 'Person'
      : undefined;
  if (!kind) return undefined;
  const paragraph = ctx.paragraphs.find((p) => p.index === quote.paragraphIndex);
  if (!paragraph) return undefined;
  // (The lede: no paragraph of prose before it, past a standfirst, a byline or a timestamp.)
  const bodyBefore = ctx.paragraphs.filter(
    (p) =>
      p.index < paragraph.index &&
      p.kind === 'body' &&
      !isStandfirst(ctx, p) &&
      wordCount(ctx.body.slice(p.start, p.end)) >= 12 &&
      /[.!?]["”’']?\s*$/u.test(ctx.body.slice(p.start, p.end)),
  );
  if (bodyBefore.length > 0) return undefined;
  // (… or the one after, past a paragraph of scene: "Firefighters were called …".)
  const next = ctx.paragraphs
    .filter((p) => p.index > paragraph.index && p.kind === 'body')
    .slice(0, 2);
  for (const below of next) {
    const opener = subjectMentions(ctx, below.start, Math.min(below.end, below.start + 80)).find(
      (m) => m.kind === 'Person' || m.kind === 'Organization',
    );
    if (
      !opener ||
      (opener.title?.start ?? opener.start) !== below.start ||
      !/^\s*(?:,|\s\p{Ll})/u.test(ctx.body.slice(opener.end, opener.end + 3))
    )
      continue;
    const actor = actorOfMention(ctx.index, opener, ctx.lexicon);
    if (actor?.kind === kind)
      return { speaker: actor, cue, rule: 'lead-unnamed-named-below', confidence: 0.55 };
  }
  return undefined;
}

/** Whether a name at `subjectStart` opens the sentence at `start`: within four words, or right after an opening clause. */
function opensSentence(ctx: AttributionContext, start: number, subjectStart: number): boolean {
  const before = ctx.body.slice(start, subjectStart);
  return wordCount(before) <= 4 || OPENING_CLAUSE.test(before);
}

/**
 * The paragraph `paragraphIndex` and its sentence holding `position` (or ending right at it, with
 * `orAtEnd`: a quotation opens after its sentence's colon).
 */
function sentenceAt(
  ctx: AttributionContext,
  paragraphIndex: number,
  position: number,
  orAtEnd = false,
): { paragraph?: Paragraph; sentence?: { start: number; end: number } } {
  const paragraph = ctx.paragraphs.find((p) => p.index === paragraphIndex);
  const sentence = paragraph?.sentences.find(
    (s) => s.start <= position && (position < s.end || (orAtEnd && position === s.end)),
  );
  return { paragraph, sentence };
}

/** The person named as the subject that opens the sentence of the quotation, before `cue`. */
function sentenceOpener(
  ctx: AttributionContext,
  quote: RawQuote,
  cue: QuoteCue,
): Attribution | undefined {
  const { sentence } = sentenceAt(ctx, quote.paragraphIndex, cue.start);
  if (!sentence) return undefined;
  const opener = openingSubject(ctx, sentence.start, cue.start);
  if (!opener || opener.kind !== 'Person' || !opensSentence(ctx, sentence.start, opener.start))
    return undefined;
  return spokenBy(ctx, opener, 'lead-speaker-verb', 0.7, cue);
}

/** Whether the cue follows "and" or "but" (and perhaps an adverb): a verb whose subject is elided. */
function joinedByConjunction(ctx: AttributionContext, start: number, cue: QuoteCue): boolean {
  return /(?<![\p{L}\p{N}])(?:and|but)\s+(?:\p{Ll}+ly\s+)?$/u.test(
    ctx.body.slice(Math.max(start, cue.start - 20), cue.start),
  );
}

/** The speaker who opens the sentence with "said", "told" or "wrote", before the cue that followed. */
function reportingOpener(
  ctx: AttributionContext,
  verbs: QuoteCue[],
  cue: QuoteCue,
  start: number,
): Attribution | undefined {
  const found = verbs.find(
    (verb) => verb.start < cue.start && /^(?:said|says|told|tells|wrote|writes)$/u.test(verb.verb),
  );
  // "X acknowledged the gift but said … that Varnham "…"": the cue itself goes on from the verb
  // that follows the sentence's subject.
  const openingVerb =
    joinedByConjunction(ctx, start, cue) &&
    /^(?:said|says|told|tells|wrote|writes)$/u.test(cue.verb)
      ? /^\s*(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|s)(?![\p{L}\p{N}])/u
      : undefined;
  const firstSubject = openingVerb ? openingSubject(ctx, start, cue.start) : undefined;
  const predicate = firstSubject && openingVerb?.exec(ctx.body.slice(firstSubject.end, cue.start));
  const predicateVerb = predicate?.[0].trim().split(/\s+/u).pop() ?? '';
  const predicateEnd = firstSubject && predicate ? firstSubject.end + predicate[0].length : 0;
  const outer =
    found ??
    (firstSubject && predicate
      ? { verb: predicateVerb, start: predicateEnd - predicateVerb.length, end: predicateEnd }
      : undefined);
  const opener = outer
    ? found
      ? openingSubject(ctx, start, outer.start)
      : firstSubject
    : undefined;
  if (
    !outer ||
    !opener ||
    !opensSentence(ctx, start, opener.start) ||
    !(
      wordCount(ctx.body.slice(opener.end, outer.start)) <= 3 ||
      /^\s*,/u.test(ctx.body.slice(opener.end, outer.start))
    )
  )
    return undefined;
  return spokenBy(ctx, opener, 'lead-speaker-verb', 0.7, outer);
}

/** `X said: "…"`, `X wrote that "…"`, `calling it "…"`. */
function attributeFromLead(
  ctx: AttributionContext,
  quote: RawQuote,
  start: number,
  short: boolean,
): Attribution | undefined {
  const to = quote.outerStart;
  const text = ctx.body.slice(start, to);
  const sentByDefendant =
    senderOfMessageRead(ctx, text, start) ?? messageOfDefendant(ctx, text, start);
  if (sentByDefendant) return sentByDefendant;
  // "said the minister had been warned": a passive speech verb names who was spoken to ("is
  // insisting" is no passive).
  const verbs = speechVerbs(text, start, ctx.lexicon, true).filter(
    (verb) =>
      (/ing$/u.test(verb.verb) ||
        !/(?<![\p{L}\p{N}])(?:been|being|be|was|were|is|are|get|got)\s+$/u.test(
          ctx.body.slice(Math.max(0, verb.start - 8), verb.start),
        )) &&
      // "asked the company to explain "…"": the one asked has not spoken; the asker has.
      !REQUESTED_TO.test(ctx.body.slice(Math.max(start, verb.start - 60), verb.start)),
  );
  // "Kevin Roe read from an email he had received from the company …: "…"", "The inspector read
  // the message to the court: "…"": the document read out is what speaks.
  const readOut = /:\s*$/u.test(text)
    ? startingIn(ctx.sources, start, to).find(
        (d) =>
          d.end <= to &&
          d.authorKey !== undefined &&
          (READ_FROM_BEFORE.test(ctx.body.slice(Math.max(start, d.start - 40), d.start)) ||
            // ("The inspector read the message to the court: "…"")
            (READ_DOCUMENT_BEFORE.test(ctx.body.slice(Math.max(start, d.start - 40), d.start)) &&
              /^[^,;:.]{0,30}:\s*$/u.test(ctx.body.slice(d.end, to)))),
      )
    : undefined;
  if (readOut) {
    const verbAt = ctx.body.lastIndexOf('read', readOut.start);
    return documentSpeaks(
      ctx,
      readOut,
      { verb: 'read', start: verbAt, end: verbAt + 4 },
      'lead-document-read-out',
      0.7,
      0.45,
    );
  }
  let cue = verbs[verbs.length - 1];
  if (!cue) return undefined;
  // "Ferraro said the union had asked for dates and "heard nothing back."": a sentence that opens
  // with its speaker and a strong speech verb reports the weaker verbs inside it too.
  // … and so does a participle inside the reported clause ("… said the officers had been
  // responding to a report and that …"), unlike one after a comma ("…, writing that").
  const participleAfterComma =
    /ing$/u.test(cue.verb) && /,\s*$/u.test(ctx.body.slice(start, cue.start));
  const innerParticiple = /ing$/u.test(cue.verb) && !participleAfterComma;
  // (… and so is a strong verb inside the first of two reported clauses: "told the meeting
  // that the council had written to every landowner and that purchase would be "…"".)
  if (
    ((innerParticiple ||
      (!ctx.lexicon.strongSpeechVerbs.has(cue.verb) && !/ing$/u.test(cue.verb))) &&
      wordCount(ctx.body.slice(cue.end, to)) > 3) ||
    /(?<![\p{L}\p{N}])(?:and|but)\s+that\s/u.test(ctx.body.slice(cue.end, to))
  ) {
    const outer = verbs.find(
      (verb) => verb !== cue && ctx.lexicon.strongSpeechVerbs.has(verb.verb),
    );
    const opener = outer ? openingSubject(ctx, start, outer.start) : undefined;
    if (
      outer &&
      opener &&
      opensSentence(ctx, start, opener.start) &&
      (wordCount(ctx.body.slice(opener.end, outer.start)) <= 3 ||
        /^\s*,/u.test(ctx.body.slice(opener.end, outer.start))) &&
      !sentenceEndIn(ctx, outer.end, to)
    ) {
      // "The Globe reported Wednesday that Roe had texted a lobbyist calling the union "…"": the
      // one who broke the story did not write the words; the subject of what it reported did.
      const reportedSubject = REPORTED_THAT.test(outer.verb)
        ? subjectMentions(ctx, outer.end, cue.start).find(
            (m) =>
              m.kind === 'Person' &&
              REPORTED_CLAUSE_OPENING.test(ctx.body.slice(outer.end, phraseStart(m))),
          )
        : undefined;
      if (reportedSubject) return spokenBy(ctx, reportedSubject, 'lead-reported-clause', 0.6, cue);
      cue = outer;
    }
  }
  const gap = ctx.body.slice(cue.end, to);
  // "He said the unit had lost money …, but that finances would be "one factor among many."":
  // a sentence that opens with its speaker and a strong speech verb reports all of itself.
  // … a title before the name or an aside after it may lengthen the opening ("Police Chief Terry
  // Roe, who has led the department since 2021, said …").
  const opener = openingSubject(ctx, start, cue.start);
  // "Judge Harriet Roe denied the motion, writing that …": a participle after a comma goes on
  // with the subject that opens the sentence, however long the clause before it.
  const openerParticiple =
    /ing$/u.test(cue.verb) &&
    /,\s*$/u.test(ctx.body.slice(start, cue.start)) &&
    opener !== undefined &&
    opener.kind !== 'Pronoun' &&
    !subjectMentions(ctx, opener.end, cue.start).some(
      (m) =>
        (m.kind === 'Person' || m.kind === 'Organization') && !inObjectPosition(ctx, m, opener.end),
    );
  const opensWithSpeaker =
    (ctx.lexicon.strongSpeechVerbs.has(cue.verb) || openerParticiple) &&
    opener !== undefined &&
    opensSentence(ctx, start, opener.start) &&
    (openerParticiple ||
      wordCount(ctx.body.slice(opener.end, cue.start)) <= 3 ||
      /^\s*,/u.test(ctx.body.slice(opener.end, cue.start))) &&
    !sentenceEndIn(ctx, cue.end, to) &&
    wordCount(gap) <= 40;
  // "… the vice-chancellor, Professor Jo Roe, told a meeting of 200 staff that anyone who
  // discussed it "outside the building" …": a strong verb right after its named subject reaches
  // a short phrase further on.
  const named = subjectMentions(ctx, start, cue.start).at(-1);
  const namedRightBefore =
    ctx.lexicon.strongSpeechVerbs.has(cue.verb) &&
    named !== undefined &&
    (named.kind === 'Person' ||
      named.kind === 'Organization' ||
      (named.kind === 'Pronoun' && /^(?:he|she)$/iu.test(named.text))) &&
    (wordCount(ctx.body.slice(named.end, cue.start)) === 0 ||
      /^\s*,[^,]{1,80},\s*$/u.test(ctx.body.slice(named.end, cue.start))) &&
    !sentenceEndIn(ctx, cue.end, to) &&
    wordCount(gap) <= 20;
  if (short && wordCount(gap) > 8 && !opensWithSpeaker && !namedRightBefore)
    return namedInNextParagraph(ctx, quote, start, cue);
  if (!short && wordCount(gap) > 14 && !opensWithSpeaker && !namedRightBefore) return undefined;
  // "Roe, who left the agency in May, said …": mentions inside a comma-delimited aside are not the subject.
  const aside =
    /,\s+(?:(?:who|which|whose|whom|where)\b(?:[^,]*,){1,3}?|(?:a|an|the|now|then|also)\b[^,]*,|(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s\s+\p{Ll}[^,]*,|\p{Ll}[\p{Ll}-]*(?:\s+[\p{Ll}-]+){0,3}\s+(?:of|for|at|with)\s+[^,]*,)\s*(?:(?:has|have|had|was|is|were|will|would|also|later|earlier|then|again|since)\s+)*(?:\p{Ll}+ly\s+)?$/u.exec(
      ctx.body.slice(start, cue.start),
    );
  const subjectEnd = aside ? start + aside.index : cue.start;
  // "In a letter to the union …", "accused the union of …": a name after a preposition or a verb
  // is an object, not the one who speaks.
  const candidates = subjectMentions(ctx, start, subjectEnd);
  const notObjects = candidates.filter(
    (m) => m.kind === 'Pronoun' || !inObjectPosition(ctx, m, start),
  );
  let subjects = notObjects.length > 0 ? notObjects : candidates;
  // "In a letter …, which has been seen by the Meridian, the chief executive, Jane Roe, wrote": the
  // subject follows a relative clause that opens the sentence.
  if (subjects.length === 0 && aside) {
    const clauseEnd = ctx.body.indexOf(',', start + aside.index + 1);
    if (clauseEnd > 0 && clauseEnd < cue.start)
      subjects = subjectMentions(ctx, clauseEnd + 1, cue.start);
  }
  const documentNear =
    documentSubject(
      ctx,
      subjects.length ? (subjects[subjects.length - 1]?.start ?? start) : start,
      cue.start,
      cue.start,
      quote.paragraphIndex,
    ) ??
    (subjects.length === 0
      ? documentSubject(ctx, start, cue.start, cue.start, quote.paragraphIndex)
      : undefined);
  // "… sent the mayor a letter Monday that says …": the document stands between its sender and the
  // verb, and it is what says.
  const lastSubject = subjects[subjects.length - 1];
  // The document closest to the verb after the subject, even behind an aside.
  const between =
    lastSubject !== undefined
      ? startingIn(ctx.sources, lastSubject.end, cue.start)
          .reverse()
          .find((d) => d.end <= cue.start)
      : undefined;
  const doc = documentNear ?? between;
  const documentSays =
    doc !== undefined &&
    lastSubject !== undefined &&
    // "the union's social media posts had caused …": a noun, not the verb of the document.
    ctx.lexicon.media[cue.verb] === undefined &&
    doc.start >= lastSubject.end &&
    /^\s*(?:[\p{Lu}\p{N}][\p{L}\p{N}.]*\s+){0,3}(?:that|which)?\s*$/u.test(
      // "a memo to employees last week, signed by the mill manager, warning that …"
      ctx.body
        .slice(doc.end, cue.start)
        .replace(/^\s+(?:to|for)\s+[^,]{1,40}?(?=\s*,|\s+(?:that|which)\b|\s*$)/u, ' ')
        .replace(/,[^,]{1,100},/gu, ' ')
        .replace(/\b(?:last|this|next)\s+(?:week|month|year|night)\b/gu, ' '),
    ) &&
    !/(?<![\p{L}\p{N}])(?:in|on|via|with|through|from|to|of|by|at)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu.test(
      ctx.body.slice(Math.max(start, doc.start - 40), doc.start),
    );
  // "Ardell Public Radio published a June 20 memo from Capt. X limiting …", "Kevin Roe read from
  // an email he had received from the company": whoever published, obtained, released or read
  // out a document with a known author does not speak its words.
  const published =
    doc !== undefined &&
    doc.authorKey !== undefined &&
    lastSubject !== undefined &&
    doc.start >= lastSubject.end &&
    doc.authorKey !== ctx.index.mentionActor.get(lastSubject.start) &&
    /^,?\s+(?:(?:has|have|had|also|first|then)\s+)?(?:published|obtained|released|leaked|posted|shared|reviewed|unearthed|reported|read(?:\s+aloud)?\s+from|quoted\s+from)\b/u.test(
      ctx.body.slice(lastSubject.end, doc.start),
    );
  // "… she called a press conference to say …": a person named by a pronoun speaks for a
  // document no one is known to have written.
  const personalPronoun =
    lastSubject?.kind === 'Pronoun' &&
    doc?.authorKey === undefined &&
    /^(?:he|she|they|we|i)$/iu.test(lastSubject.text) &&
    !/[,;]/u.test(ctx.body.slice(lastSubject.end, cue.start)) &&
    // "… when she received a letter warning that …": the one it was sent to does not speak.
    !/(?<![\p{L}\p{N}])(?:received|receives|receiving|got|gets|obtained|opened|was\s+sent|were\s+sent|was\s+given|were\s+given|was\s+handed)\s/u.test(
      ctx.body.slice(lastSubject.end, doc?.start ?? cue.start),
    ) &&
    wordCount(ctx.body.slice(lastSubject.end, cue.start)) <= 10;
  if (
    doc &&
    !personalPronoun &&
    (!lastSubject || lastSubject.kind === 'Pronoun' || documentSays || published)
  )
    return documentSpeaks(ctx, doc, cue, 'lead-document-says', 0.75, 0.45);
  // "… obtained a June 12 email from Commander Jo Roe instructing supervisors that …": a
  // participle right after a document with a known writer is the document speaking.
  if (/ing$/u.test(cue.verb)) {
    const sending = [...startingIn(ctx.sources, start, cue.start)]
      .reverse()
      .find(
        (d) =>
          d.end <= cue.start &&
          d.authorKey !== undefined &&
          /^\s+(?:(?:from|by)\s+[^,.;:]{1,60}?\s+)?$/u.test(ctx.body.slice(d.end, cue.start)),
      );
    if (sending) return documentSpeaks(ctx, sending, cue, 'lead-document-says', 0.75, 0.45);
  }
  // "X responded to Y, calling it …": a participle takes the subject of the main clause.
  const participle = /ing$/u.test(cue.verb) && /,\s*$/u.test(ctx.body.slice(start, cue.start));
  // "A woman who gave her name only as Lupe, …, said": the name she gave is who speaks.
  const givenName = GAVE_NAME_AS.exec(text);
  if (givenName) {
    const at = start + givenName[0].length;
    const named = subjectMentions(ctx, at, at + 40).find(
      (m) => m.start === at && m.kind === 'Person',
    );
    const found = named ? spokenBy(ctx, named, 'lead-speaker-verb', 0.65, cue) : undefined;
    if (found) return found;
  }
  // "Hundreds of workers rallied outside the county jail, chanting …": a crowd with no name.
  if (participle && CROWD_OPENING.test(text))
    return { speaker: null, cue, rule: 'lead-unnamed-speaker', confidence: 0.5 };
  // The participle's subject is the clause's subject, not a name after a preposition
  // ("In a letter to the City Council, Marchetti asked …, writing that …").
  // … and "CP&L spokesperson Danica Roe declined to say, saying only …": the person the
  // organisation qualifies.
  // "… will close from March 2, the trust said, citing …": the participle goes with the speech
  // verb right before it, and so with that verb's subject.
  const saidBefore = participle
    ? /(?<![\p{L}\p{N}])(\p{Ll}+)\s*,\s*$/u.exec(ctx.body.slice(start, cue.start))
    : null;
  const tagSubject =
    saidBefore?.[1] && ctx.lexicon.strongSpeechVerbs.has(saidBefore[1])
      ? subjects.filter(
          (m) =>
            /^\s*$/u.test(ctx.body.slice(m.end, start + (saidBefore.index ?? 0))) &&
            /,\s*$/u.test(ctx.body.slice(Math.max(start, m.start - 3), m.start)),
        )
      : [];
  let subject =
    tagSubject.length === 1
      ? tagSubject[0]
      : participle
        ? (qualifiedSubject(
            ctx,
            subjects.filter(
              (m) =>
                !/(?<![\p{L}\p{N}])(?:to|for|with|by|from|of|at|in|on|against|about)\s+(?:the\s+)?$/iu.test(
                  ctx.body.slice(Math.max(0, m.start - 12), m.start),
                ),
            ),
          ) ?? subjects[0])
        : subjects[subjects.length - 1];
  // "… a claim city officials call …": a lower-case noun phrase right before the verb is the (unnamed) subject.
  const nearVerb = ctx.body.slice(subject ? subject.end : start, cue.start);
  if (
    subject &&
    !participle &&
    // "the union representing rank-and-file officers fired back": the noun qualifies the subject.
    !/^\s*(?:[\p{Ll}]+ing|who|that|which|of|for|at|from)\s/u.test(nearVerb) &&
    /(?:^|\s)(?:the\s+|a\s+|an\s+)?(?:[\p{Ll}-]+\s+)?(?:officials|residents|critics|supporters|officers|workers|employees|members|tenants|neighbors|neighbours|parents|experts|protesters|organizers|staff|people|activists|agents|deputies|nurses|teachers|lawmakers|leaders|sources|office|department|agency)\s+(?:\p{Ll}+ly\s+)?$/u.test(
      nearVerb,
    )
  )
    subject = undefined;
  // "Roe closed the day with a rally, where a crowd of several hundred chanted "…"": a crowd
  // between the name and the chant is the one chanting.
  if (
    subject &&
    CROWD_VERB.test(ctx.body.slice(cue.start, cue.end)) &&
    /(?<![\p{L}\p{N}])(?:crowds?|hundreds|dozens|thousands|scores|several\s+(?:hundred|dozen)|protesters|demonstrators|marchers|strikers|picketers)(?![\p{L}\p{N}])/u.test(
      nearVerb,
    )
  )
    return { speaker: null, cue, rule: 'lead-unnamed-speaker', confidence: 0.5 };
  // "… outside the depot, where they chanted "…"": a crowd's they.
  if (subject && crowdVoice(subject, cue.verb))
    return { speaker: null, cue, rule: 'lead-unnamed-speaker', confidence: 0.5 };
  // "in Corby Vale, where a receptionist said …": an indefinite person right before the verb.
  if (subject && !participle && indefinitePersonBeforeVerb(ctx.lexicon).test(nearVerb))
    subject = undefined;
  // "As Benedetti called the roll, a woman near the front stood and said": an unnamed person
  // after the name is the subject; so is "the man" a sentence names after it.
  // (… but "Dafydd Price, 83, a retired shepherd who says": the description is the name's.)
  if (
    subject &&
    !participle &&
    subject.kind !== 'Pronoun' &&
    unnamedAfterName(ctx.lexicon).test(nearVerb) &&
    !/^\s*(?:,\s*\d{1,3})?,\s+(?:a|an)\s[^,;.]*\bwho\s+(?:\p{Ll}+ly\s+)?$/u.test(nearVerb)
  )
    return { speaker: null, cue, rule: 'lead-unnamed-speaker', confidence: 0.5 };
  // "A physician at Calloway, who asked not to be named, said …": the name only places an
  // unnamed speaker who opens the sentence.
  if (
    subject &&
    subject.kind !== 'Pronoun' &&
    /^\s*(?:A|An|One|Another)\s+(?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+\s+(?:at|for|with|from|of|in)\s+(?:the\s+)?$/u.test(
      ctx.body.slice(start, subject.start),
    )
  )
    return (
      namedInNextParagraph(ctx, quote, start, cue) ?? {
        speaker: null,
        cue,
        rule: 'lead-unnamed-speaker',
        confidence: 0.5,
      }
    );
  // "A man who has stayed there since October, and who asked that his name not be used because
  // he is looking for work, said: …": the pronoun belongs to the unnamed subject's clause.
  if (
    subject?.kind === 'Pronoun' &&
    ctx.index.unnamed.some(({ at }) => at >= start && at < (subject?.start ?? 0))
  )
    return { speaker: null, cue, rule: 'lead-unnamed-speaker', confidence: 0.55 };
  // "Pruitt called the plan "…" and wrote that he would "…"": a verb joined by "and" after an
  // earlier quotation of the sentence goes on with the subject that opens the sentence.
  if (!subject && joinedByConjunction(ctx, start, cue)) {
    const elided = sentenceOpener(ctx, quote, cue);
    if (elided) return elided;
  }
  if (!subject) {
    const namedBelow = namedInNextParagraph(ctx, quote, start, cue);
    if (namedBelow) return namedBelow;
    const staff = staffOfBody(ctx, start, cue) ?? spokespersonOfSubjectBefore(ctx, quote, start);
    if (staff) return staff;
    if (
      /^\s*(?:a|an|the|one)\s/iu.test(text) ||
      /^\s*one,/iu.test(text) ||
      /(?<![\p{L}\p{N}])(?:a|an|the)\s+[\p{Ll}\s'’-]+$/u.test(ctx.body.slice(start, cue.start)) ||
      /[\p{Ll}]\s+(?:\p{Ll}+ly\s+)?$/u.test(ctx.body.slice(start, cue.start))
    ) {
      return { speaker: null, cue, rule: 'lead-unnamed-speaker', confidence: 0.5 };
    }
    return undefined;
  }
  if (unnamedAgentOf(ctx, subject)) {
    // "Jonah Roe, a spokesperson for Mr. Tran, said …, but added:": the spokesperson is named.
    const named = namedAgentBefore(ctx, subject);
    if (!named) return { speaker: null, cue, rule: 'lead-unnamed-agent', confidence: 0.55 };
    subject = named;
  }
  const speaker = resolveSubject(ctx, subject);
  // "A Crestline employee, who spoke on condition …, said", "A ClearPath supervisor who would
  // not give his name said": an unnamed person the organisation only places.
  if (
    (subject.kind === 'Organization' || speaker?.kind === 'Organization') &&
    /(?:^|\s)(?:a|an|one|another)\s+$/iu.test(
      ctx.body.slice(Math.max(start, subject.start - 10), subject.start),
    ) &&
    personNounAfter(ctx.lexicon).test(ctx.body.slice(subject.end, subject.end + 30))
  )
    return { speaker: null, cue, rule: 'lead-unnamed-speaker', confidence: 0.5 };
  // "Dr Fiona Roe said the board recognised "…"": when the inner subject is no one the article
  // names, the words are the reporting speaker's; so are they after "Henshaw said the authority
  // paid every invoice and accused the city of "…"": a speech verb joined by "and" goes with the
  // speaker who opens the sentence, not the reported clause's subject.
  const joinedByAnd =
    (subject.kind !== 'Pronoun' || /^(?:it|they)$/iu.test(subject.text)) &&
    joinedByConjunction(ctx, start, cue);
  const reporter =
    speaker === null || joinedByAnd ? reportingOpener(ctx, verbs, cue, start) : undefined;
  if (reporter && speaker === null) return reporter;
  if (reporter && reporter.speaker?.key !== speaker?.key) return { ...reporter, cue };
  return {
    speaker,
    speakerMention: { start: subject.start, end: subject.end },
    cue,
    rule: 'lead-speaker-verb',
    confidence: speaker ? 0.85 : 0.45,
  };
}

/**
 * Right after a determiner, a possessive or a preposition, perhaps with an adjective between ("the
 * hospital's "resource pool"", "an early 'options appraisal'").
 */
const LABEL_POSITION =
  /(?:(?<![\p{L}\p{N}])(?:a|an|the|its|their|his|her|our|this|into|of|for|on|in|with|about|over|from|\d[\d,.]*)|['’]s)\s+(?:[\p{Ll}-]+(?:ly|al|ed|ing|ive|ous|ful|ic|ary|ish|less|able|ible|new|old|first|last|called)\s+)?$/iu;

/** "asked the company to", "urged ministers to": a request whose object is to speak next. */
/** A sentence's opening phrase up to the preposition whose object is the first name ("In an interview with"). */
const INTRODUCTORY_PREPOSITION =
  /^\s*(?:In|At|During|After|Before|Speaking|Asked|Writing)\b[^,;:]{0,40}?\s(?:with|to|by|of|for|from|at|on)\s+(?:the\s+)?$/u;
/** "A woman who gave her name only as ", "One driver, who would be identified only as ": the name follows. */
const GAVE_NAME_AS = new RegExp(
  `^\\s*(?:A|An|One|Another)\\s+[^,.;:]{0,40}?(?:gave\\s+)?${NAME_GIVEN_AS}\\s+`,
  'u',
);
/** Verbs by which an outlet or an investigation breaks a story rather than says its words. */
const REPORTED_THAT = /^(?:reported|reports|revealed|reveals|disclosed|discloses)$/u;
/** What may stand between such a verb and the subject of what it reported: a day, then "that". */
const REPORTED_CLAUSE_OPENING =
  /^\s+(?:(?:on\s+)?\p{Lu}\p{Ll}+(?:\s+\d{1,2})?\s+|(?:last|this)\s+\p{Ll}+\s+)?that\s+$/u;
const REQUESTED_TO =
  /(?<![\p{L}\p{N}])(?:asked|asks|urged|urges|pressed|presses|invited|invites|challenged|challenges|called\s+on|calls\s+on|begged|begs)\s+[^,.;:"“”]{1,40}?\s+to\s+$/u;

/**
 * The lede's convention of describing a speaker before naming them: "A federal judge said …" in
 * the first paragraph of the story is the one judge the article names further down. Only in the
 * lede (or the paragraph after a standfirst), only a description that opens the quotation's
 * sentence, and only when exactly one actor first named after it bears that noun.
 */
function namedFurtherDown(
  ctx: AttributionContext,
  quote: RawQuote,
  paragraph: Paragraph,
): WorkingActor | undefined {
  // (the lede may follow a standfirst)
  const opening = ctx.paragraphs
    .filter((p) => p.kind === 'body' || p.kind === 'dateline')
    .slice(0, 2);
  if (!opening.some((p) => p.index === paragraph.index)) return undefined;
  const sentence = paragraph.sentences.find((s) => s.start <= quote.start && quote.start < s.end);
  if (!sentence) return undefined;
  const described =
    /^(?:\p{Lu}[\p{Lu}\s.,'’-]*\s[—–-]+\s*)?(?:A|An)\s+(?:[\p{Ll}-]+\s+){0,3}?([\p{Ll}-]+)\s+(?:\p{Ll}+ly\s+)?(?:said|says|told|tells|wrote|writes|warned|argued|ruled|found|called|accused|insisted|claimed)\b/u.exec(
      ctx.body.slice(sentence.start, quote.outerStart),
    );
  const noun = described?.[1];
  if (!noun) return undefined;
  const named = [...ctx.index.actors.values()].filter(
    (actor) =>
      actor.firstMention > quote.outerEnd &&
      (actor.typeNouns.has(noun) ||
        actor.posts.some((post) => post.roleLabel.toLowerCase().split(/\s+/u).includes(noun))),
  );
  return named.length === 1 ? named[0] : undefined;
}

/** A sentence whose subject is a crowd counted, not named: "Hundreds of workers", "About 90 people". */
const CROWD_OPENING =
  /^\s*(?:(?:Hundreds|Dozens|Thousands|Scores|Several|Many|Most|Some)\s+(?:of\s+)?\p{Ll}|(?:About|Nearly|Almost|Roughly|Some|Over|More than|At least)\s+\d[\d,]*\s+\p{Ll}|\d[\d,]*\s+\p{Ll})/u;

/** "a charge nurse", "one detention deputy", "a spokesperson for the county": an unnamed person. */
const indefinitePersonPhrase = perLexicon(
  (lexicon) =>
    new RegExp(
      `(?<![\\p{L}])(?:[Aa]n?|[Oo]ne|[Aa]nother)\\s+(?:[\\p{Ll}-]+\\s+){0,3}?(?:${[...lexicon.personNouns].join('|')})\\b(?:\\s+(?:for|of|with|at)\\s+(?:the\\s+)?(?:[\\p{Lu}][\\p{L}.'’-]*\\s?){1,5})?`,
      'gu',
    ),
);

/**
 * Records how the text describes the unnamed speaker of a quotation, when the rule found one
 * ("…," a charge nurse said; "One deputy, who asked not to be named, … 'I cried,' she said").
 */
function describeUnnamed(
  ctx: AttributionContext,
  quote: RawQuote,
  attribution: Attribution,
  windowStart: number,
  windowEnd: number,
): void {
  const said = attribution.speakerMention
    ? ctx.body.slice(attribution.speakerMention.start, attribution.speakerMention.end)
    : '';
  const pronoun = /^(?:he|she|they)$/iu.test(said);
  // "…," the officer said: a definite description of someone introduced without a name.
  const definite = /^the\s/iu.test(said) ? (said.split(/\s+/u).pop() ?? '').toLowerCase() : '';
  if (!attribution.rule.includes('unnamed') && !pronoun && !definite) return;
  const candidates: TextSpan[] = [];
  const pattern = indefinitePersonPhrase(ctx.lexicon);
  if (definite && attribution.speakerMention) {
    const from = Math.max(0, quote.outerStart - 1500);
    const earlier = [...ctx.body.slice(from, quote.outerStart).matchAll(pattern)].filter((m) =>
      new RegExp(`\\b${definite}\\b`, 'u').test(m[0]),
    );
    const last = earlier[earlier.length - 1];
    const phrase = last?.[0].trimEnd();
    attribution.description =
      last && phrase
        ? { start: from + last.index, end: from + last.index + phrase.length, text: phrase }
        : { ...attribution.speakerMention, text: said };
    return;
  }
  for (const [from, to] of [
    [windowStart, quote.outerStart],
    [quote.outerEnd, windowEnd],
  ] as const) {
    const text = ctx.body.slice(from, to);
    for (const match of text.matchAll(pattern)) {
      const phrase = match[0].trimEnd();
      candidates.push({
        start: from + match.index,
        end: from + match.index + phrase.length,
        text: phrase,
      });
    }
  }
  if (candidates.length === 0) {
    const subject = [...ctx.index.unnamed]
      .reverse()
      .find((unnamed) => unnamed.at < quote.outerStart && quote.outerStart - unnamed.at < 800);
    if (subject)
      candidates.push({
        start: subject.at,
        end: subject.end,
        text: ctx.body.slice(subject.at, subject.end),
      });
  }
  const anchor = attribution.cue?.start ?? quote.outerStart;
  const nearest = candidates.sort(
    (a, b) => Math.abs(a.start - anchor) - Math.abs(b.start - anchor) || a.start - b.start,
  )[0];
  if (nearest) attribution.description = nearest;
}

/** "…, where a receptionist " right before a verb: an indefinite person noun phrase. */
const indefinitePersonBeforeVerb = perLexicon(
  (lexicon) =>
    new RegExp(
      `(?:^|[\\s,])(?:a|an|one|another)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${[
        ...lexicon.personNouns,
        ...lexicon.titles.roleNouns.filter((noun) => !noun.includes(' ')),
      ].join('|')})\\s+(?:\\p{Ll}+ly\\s+)?$`,
      'u',
    ),
);

/**
 * "… sets out a timetable for closing the branches. It states:" then the quotation as its own
 * paragraph: the paragraph above ends with a colon, so its last sentence introduces the quotation.
 */
function colonParagraphAbove(
  ctx: AttributionContext,
  quote: RawQuote,
  lead: string,
  above: Paragraph | undefined,
): Attribution | undefined {
  if (!above || above.kind !== 'body' || lead.trim() !== '') return undefined;
  const aboveText = ctx.body.slice(above.start, above.end);
  if (!/:\s*$/u.test(aboveText)) return undefined;
  const sentence = above.sentences[above.sentences.length - 1];
  const colon = above.start + aboveText.lastIndexOf(':');
  const introduced = { ...quote, outerStart: colon + 1 };
  const attribution = attributeFromLead(ctx, introduced, sentence?.start ?? above.start, false);
  if (attribution?.speaker) return { ...attribution, rule: `${attribution.rule}-above` };
  // "Rep. Doyle Hammarsten, one of the few people with a spine, put it better than I can:"
  const subjectColon = colonAfterSubject(ctx, introduced, sentence?.start ?? above.start);
  if (subjectColon) return { ...subjectColon, rule: 'lead-subject-colon-above' };
  // "Chief Adaeze Morrow sent it to every officer on Oct. 2. … The key passage reads:": the
  // sender named in the paragraph wrote what it introduces.
  for (const earlier of [...above.sentences].reverse()) {
    const verb =
      /\b(?:sent|sends|wrote|writes|emailed|emails|issued|issues|signed|signs|circulated|circulates|distributed|posted|posts|tweeted|tweets)\b/u.exec(
        ctx.body.slice(earlier.start, earlier.end),
      );
    if (!verb) continue;
    const at = earlier.start + verb.index;
    // "Our attorney, Jo Roe of Roe & Doe, sent the mayor a letter": the letter's author, not the
    // firm named last before the verb.
    const authored = startingIn(ctx.sources, earlier.start, earlier.end).find((d) => d.authorKey);
    const sender =
      (authored?.authorKey ? ctx.index.actors.get(authored.authorKey) : undefined) ??
      lastActorBefore(ctx.index, at, () => true, at - earlier.start);
    if (sender)
      return {
        speaker: sender,
        ...(attribution?.cue ? { cue: attribution.cue } : {}),
        ...(attribution?.source ? { source: attribution.source } : {}),
        rule: 'colon-above-sender',
        confidence: 0.6,
      };
  }
  return attribution ? { ...attribution, rule: `${attribution.rule}-above` } : undefined;
}

/** Verbs of a short sentence about a person, whose words then follow ("Olufsen was blunt."). */
const SUBJECT_STATE_VERB =
  /^(?:was|is|were|had|has|did|does|didn['’]t|doesn['’]t|wasn['’]t|isn['’]t|sounded|sounds|seemed|seems|remained|remains|stayed|stays|grew|grows|got|gets|went|goes|became|becomes|kept|keeps|put|puts|took|takes|offered|offers|gave|gives|disagreed|disagrees|agreed|agrees|objected|objects|demurred|demurs|conceded|concedes|pushed|pushes|disputes|disputed|denies|denied|rejects|rejected)$/u;

/**
 * A quotation that opens a sentence right after one in which a named speaker reports something
 * ("Bríd Keaveney said she had rung every practice. \"Every one of them says the same thing.\"")
 * goes on with that speaker's words.
 */
function previousSentenceSpeaker(
  ctx: AttributionContext,
  quote: RawQuote,
  paragraph: Paragraph,
): Attribution | undefined {
  const own = paragraph.sentences.findIndex(
    (s) => s.start <= quote.outerStart && quote.outerStart < s.end,
  );
  const sentence = paragraph.sentences[own - 1];
  if (!sentence || quotationStartsIn(ctx, sentence.start, sentence.end)) return undefined;
  const found = reporterOf(ctx, quote, sentence);
  if (found)
    return {
      ...found,
      rule: 'lead-previous-sentence',
      confidence: Math.min(found.confidence, 0.65),
    };
  // "Pressed on the claims, Olufsen was blunt." then the quotation: a short sentence about a named
  // person introduces their words.
  // … and "Asked whether families pay, she pauses." — a gesture of the one just named.
  // ("Contacted again after the CCC decision, he was more forthright.": past a participle's clause.)
  const participleClause = /^\s*\p{Lu}\p{Ll}+(?:ed|ing)\b[^;:,]{0,120},\s+/u.exec(
    ctx.body.slice(sentence.start, sentence.end),
  );
  const opening = sentence.start + (participleClause?.[0].length ?? 0);
  const named = subjectMentions(ctx, opening, sentence.end).filter(
    (m) =>
      m.kind === 'Person' ||
      m.kind === 'Organization' ||
      // "The mayor was unimpressed."
      (m.kind === 'Description' && ctx.body.slice(opening, m.start).trim() === '') ||
      (m.kind === 'Pronoun' && /^(?:he|she)$/iu.test(m.text)),
  );
  const subject = qualifiedSubject(ctx, named);
  if (!subject || subject.kind === 'Organization') return undefined;
  const before = ctx.body
    .slice(sentence.start, subject.title?.start ?? subject.start)
    .replace(/^[^;:]{1,200},\s*$/u, '');
  const after = ctx.body.slice(subject.end, sentence.end);
  const verb = /^\s+(\p{Ll}+(?:n['’]t)?)(?![\p{L}\p{N}])/u.exec(after)?.[1] ?? '';
  // ("He points at a twisted steel frame in the corner.": a gesture may take a longer object.)
  const beat = ctx.lexicon.beatVerbs.has(verb);
  if (
    wordCount(before) > 2 ||
    wordCount(after) > (beat ? 12 : 8) ||
    !(SUBJECT_STATE_VERB.test(verb) || beat)
  )
    return undefined;
  return spokenBy(ctx, subject, 'lead-previous-sentence-subject', 0.55);
}

/** A person noun right after an organisation's name ("… employee", "… night supervisor"), but not one who speaks for it. */
const personNounAfter = perLexicon(
  (lexicon) =>
    new RegExp(
      `^\\s+(?:[\\p{Ll}-]+\\s+)?(?!spokes|representative|official|lawyer|attorney)(?:${[...lexicon.personNouns].join('|')})\\b`,
      'u',
    ),
);

/** ", a woman near the front stood and", "; when …, the man " before the verb: an unnamed person named after the subject. */
const unnamedAfterName = perLexicon(
  (lexicon) =>
    new RegExp(
      `[,;]\\s+(?:when\\s+[^,]{1,80},\\s+)?(?:a|an|one|another|the)\\s+(?:[\\p{Ll}-]+\\s+){0,1}(?:${[...lexicon.personNouns].join('|')})\\b[^,;.]{0,40}$`,
      'u',
    ),
);

/**
 * A paragraph that is only a quotation, after a paragraph whose last sentence has a named speaker
 * report something without quoting it ("Mayor Jo Roe … said he wants answers. He has asked the
 * board for a timeline."): that speaker's words.
 */
function speakerOfLastSentence(
  ctx: AttributionContext,
  quote: RawQuote,
  previous: Paragraph,
): Attribution | undefined {
  const sentence = previous.sentences[previous.sentences.length - 1];
  if (!sentence || quotationStartsIn(ctx, previous.start, previous.end)) return undefined;
  const found =
    reporterOf(ctx, quote, sentence) ??
    gestureBefore(ctx, sentence) ??
    introducedAbove(ctx, previous) ??
    documentIntroducedAbove(ctx, previous, sentence);
  if (!found) return undefined;
  return { ...found, rule: 'lead-previous-paragraph', confidence: Math.min(found.confidence, 0.6) };
}

/**
 * "Last week, chief operating officer Jo Roe sent a memo to all franchisees. The Ledger reviewed a
 * copy." then a paragraph that is only a quotation: the document just named speaks, when the
 * paragraph ends with it or with the outlet's copy of it.
 */
function documentIntroducedAbove(
  ctx: AttributionContext,
  previous: Paragraph,
  last: { start: number; end: number },
): Attribution | undefined {
  const doc = startingIn(ctx.sources, previous.start, previous.end)
    .filter((d) => d.end <= previous.end && d.authorKey !== undefined)
    .at(-1);
  if (!doc) return undefined;
  const lastText = ctx.body.slice(last.start, last.end);
  // ("… says the message went down badly" only mentions it; "sent a memo" introduces it.)
  if (
    !COPY_SEEN.test(lastText) &&
    !(doc.start >= last.start && DOCUMENT_SENT.test(ctx.body.slice(last.start, doc.start)))
  )
    return undefined;
  return documentSpeaksAfterVerb(
    ctx,
    doc,
    Math.max(previous.start, doc.start - 40),
    doc.end,
    'lead-previous-paragraph-document',
    0.6,
  );
}

/**
 * The document speaks, its cue the first verb that handled it between `from` and `to` ("sent",
 * "showed", "forwarded"); nothing when no such verb stands there.
 */
function documentSpeaksAfterVerb(
  ctx: AttributionContext,
  doc: SourceDocumentMention,
  from: number,
  to: number,
  rule: string,
  confidence: number,
): Attribution | undefined {
  const verb = DOCUMENT_HANDLED.exec(ctx.body.slice(from, to));
  if (!verb?.[1]) return undefined;
  const at = from + verb.index;
  const cue = { verb: verb[1], start: at, end: at + verb[1].length };
  return documentSpeaks(ctx, doc, cue, rule, confidence, 0.45);
}
/** A verb by which someone handles a document: past tenses, "sent", "read", "says". */
const DOCUMENT_HANDLED =
  /(?<![\p{L}\p{N}])(\p{Ll}+ed|sent|wrote|read|reads|says|showed|shown)(?![\p{L}\p{N}])/u;
/** "… sent a memo to all franchisees": a sentence that introduces the document it names. */
const DOCUMENT_SENT =
  /(?<![\p{L}\p{N}])(?:sent|issued|released|circulated|emailed|e-mailed|posted|distributed)\s+(?:[^.;:]{0,30}?\s)?(?:a|an|the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}$/u;
/** "The Ledger reviewed a copy.", "Its text was obtained by …": the outlet has the document. */
const COPY_SEEN =
  /^\s*(?:(?:\p{Lu}[\p{L}&'’.]*|&)\s+){1,4}(?:has\s+|have\s+)?(?:reviewed|obtained|saw|seen|viewed|read)\s+(?:a\s+copy|the\s+(?:memo|letter|email|e-mail|document|text|message|note))\b/u;

/**
 * "Vance-Moody, who left the city in December, agreed to talk for this story." then a paragraph
 * that is only a quotation: a short paragraph about one named person, who opens it, introduces
 * that person's words (a feature's and an oral history's convention).
 */
function introducedAbove(ctx: AttributionContext, previous: Paragraph): Attribution | undefined {
  if (previous.sentences.length > 2 || wordCount(ctx.body.slice(previous.start, previous.end)) > 45)
    return undefined;
  const named = subjectMentions(ctx, previous.start, previous.end).filter(
    (m) => m.kind === 'Person' || m.kind === 'Organization',
  );
  const people = new Set(
    named.filter((m) => m.kind === 'Person').map((m) => ctx.index.mentionActor.get(m.start)),
  );
  const subject = named[0];
  // ("The society's chair, retired accountant Bashir Roe, remembers …": a post in apposition
  // before the name.)
  const opening = ctx.body.slice(previous.start, subject ? phraseStart(subject) : previous.start);
  if (
    !subject ||
    subject.kind !== 'Person' ||
    people.size !== 1 ||
    (wordCount(opening) > 0 &&
      !/^(?:The|Their|Its|His|Her)\s+[^,.;:]{1,40},\s+(?:[\p{Ll}-]+\s+){0,3}$/u.test(opening))
  )
    return undefined;
  const found = spokenBy(ctx, subject, 'lead-previous-paragraph', 0.5);
  return found?.speaker ? found : undefined;
}

/**
 * "The state agency quoted him as saying that the tariff "…"", "…," the agency quoted the minister
 * as saying: the one quoted, not the one who quoted — in the quotation's own sentence, before it
 * or right after it.
 */
function quotedAsSaying(
  ctx: AttributionContext,
  quote: RawQuote,
  windowStart: number,
  windowEnd: number,
): Attribution | undefined {
  const before = ctx.body.slice(windowStart, quote.outerStart);
  const lead =
    /(?<![\p{L}\p{N}])quoted\s+([^.!?;"“”]{1,90}?)\s+as\s+saying\b[^.!?"“”]{0,120}$/u.exec(before);
  const after = ctx.body.slice(quote.outerEnd, windowEnd);
  const tail = lead
    ? null
    : /^\s*,?\s*[^.!?"“”]{0,60}?(?<![\p{L}\p{N}])quoted\s+([^.!?;"“”]{1,90}?)\s+as\s+saying\b/u.exec(
        after,
      );
  const found = lead ?? tail;
  if (!found?.[1]) return undefined;
  const from = lead
    ? windowStart + found.index + found[0].indexOf(found[1])
    : quote.outerEnd + found.index + found[0].lastIndexOf(found[1]);
  // (a person before the body their title names: "Industry Minister Kateřina Roe")
  const inObject = startingIn(ctx.index.mentions, from, from + found[1].length);
  const object =
    inObject.find((m) => m.kind === 'Person') ??
    inObject.find(
      (m) =>
        m.kind === 'Organization' ||
        m.kind === 'Description' ||
        (m.kind === 'Pronoun' && /^(?:him|her)$/iu.test(m.text)),
    );
  if (!object) return undefined;
  const attribution =
    object.kind === 'Pronoun'
      ? (() => {
          const speaker = resolvePronoun(ctx.index, object.text, object.start, ctx.lexicon);
          return speaker ? { speaker, rule: 'lead-quoted-as-saying', confidence: 0.7 } : undefined;
        })()
      : spokenBy(ctx, object, 'lead-quoted-as-saying', 0.7);
  return attribution?.speaker ? attribution : undefined;
}

/** "Her words, not mine: "…"", "In his own words: "…"": the person the possessive points to. */
function ownWords(ctx: AttributionContext, quote: RawQuote, lead: string): Attribution | undefined {
  const match =
    /(?:^\s*|[.!?]\s+)(?:In\s+)?(His|Her|his|her)\s+(?:own\s+)?words(?:,\s*not\s+mine)?\s*:\s*$/u.exec(
      lead,
    );
  if (!match?.[1]) return undefined;
  const at = quote.outerStart - lead.length + match.index + match[0].indexOf(match[1]);
  const speaker = resolvePronoun(ctx.index, match[1], at, ctx.lexicon);
  if (!speaker || speaker.kind !== 'Person') return undefined;
  return { speaker, rule: 'lead-own-words', confidence: 0.7 };
}

/** "Then he turned to the crowd." — a short sentence of a gesture whose subject then speaks. */
function gestureBefore(
  ctx: AttributionContext,
  sentence: { start: number; end: number },
): Attribution | undefined {
  const text = ctx.body.slice(sentence.start, sentence.end);
  if (wordCount(text) > 12) return undefined;
  const beat =
    /^\s*(?:(?:Then|Later|Finally|Afterwards|Again),?\s+)?(?:\S+\s+){1,4}?(\p{Ll}+)\b/u.exec(text);
  if (!beat?.[1] || !ctx.lexicon.beatVerbs.has(beat[1])) return undefined;
  const verbAt = sentence.start + beat[0].length - beat[1].length;
  const subject = subjectMentions(ctx, sentence.start, verbAt).at(-1);
  if (!subject || (subject.kind !== 'Person' && subject.kind !== 'Pronoun')) return undefined;
  const found = spokenBy(ctx, subject, 'lead-previous-paragraph', 0.55);
  return found?.speaker?.kind === 'Person' ? found : undefined;
}

/** Whether a quotation opens between `from` and `to`. */
function quotationStartsIn(ctx: AttributionContext, from: number, to: number): boolean {
  return ctx.index.quoteSpans.some(([start]) => start >= from && start < to);
}

/** The named speaker a sentence with no quotation reports ("X said she had rung every practice."), read as if the quotation followed it. */
function reporterOf(
  ctx: AttributionContext,
  quote: RawQuote,
  sentence: { start: number; end: number },
): Attribution | undefined {
  const found = attributeFromLead(
    ctx,
    { ...quote, outerStart: sentence.end },
    sentence.start,
    false,
  );
  return found?.speaker && found.rule.startsWith('lead-speaker') ? found : undefined;
}

/** A sentence that opens with a document: "The letter gives the city ten days …", "A memo from the provost's office, obtained by …, instructs …", "The union's caption was shorter:". */
const DOCUMENT_OPENING =
  /^\s*(?:[-–—•*]\s+|\p{Lu}[\p{Lu}\s]{2,30}\s*[—–:]\s+)?(?:(?:In|On|By|Last|Earlier|Later|Since)(?:\s+(?!(?:he|she|they|we|it|I|you|[Hh]is|[Hh]er|[Tt]heir)\b)[^\s,]+){1,4},\s+)?(?:(?:[Bb]ut|[Aa]nd|[Yy]et|[Ss]till|[Hh]owever|[Mm]eanwhile|[Nn]ow|[Ii]nstead),?\s+)?(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]his|[Tt]hat|[Oo]ne|[Aa]nother|[Aa] copy of the)\s+(?:[\p{L}-]+['’]s?\s+)?|(?:\p{Lu}[\p{L}'’.&-]*\s+){0,5}?\p{Lu}[\p{L}'’.&-]*['’]s?\s+)(?:(?:(?!(?:with|to|from|on|in|at|by|for|of|a|an|the|and|or|but)\s)[\p{Ll}-]+|\d{4}|(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[\p{L}.]*\s+\d{1,2},?|\d{1,2}\s+\p{Lu}\p{Ll}+)\s+){0,4}$/u;

/**
 * The words of a sentence whose subject is a document are the document's: its author speaks, or
 * nobody named when the article does not say who wrote it.
 */
function documentOpensSentence(
  ctx: AttributionContext,
  quote: RawQuote,
  start: number,
): Attribution | undefined {
  const doc = startingIn(ctx.sources, start, quote.outerStart).find(
    (d) => d.end <= quote.outerStart,
  );
  if (!doc || !DOCUMENT_OPENING.test(ctx.body.slice(start, doc.start))) return undefined;
  // "The letter, which Jane Roe read aloud, says": a named speaker before the verb speaks instead;
  // so does one who "described as" the words ("The order … began after what Deputy Commissioner
  // Harlan Roe described as …").
  const between = ctx.body.slice(doc.end, quote.outerStart);
  const namedSpeaker = subjectMentions(ctx, doc.end, quote.outerStart).some(
    (m) =>
      (m.kind === 'Person' || m.kind === 'Organization') &&
      /(?<![\p{L}\p{N}])(?:what|which|that|as|whom)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u.test(
        ctx.body.slice(Math.max(doc.end, m.start - 60), m.start),
      ) &&
      speechVerbs(
        ctx.body.slice(m.end, Math.min(quote.outerStart, m.end + 40)),
        m.end,
        ctx.lexicon,
        true,
      ).some((v) => wordCount(ctx.body.slice(m.end, v.start)) <= 2),
  );
  if (namedSpeaker) return undefined;
  // "The statement from the guild came a day after the mayor, who …, told the union in writing
  // that '…'": another subject's strong speech verb stands between the document and the words.
  const otherSpeaker = speechVerbs(between, doc.end, ctx.lexicon, false).some((verb) =>
    subjectMentions(ctx, doc.end, verb.start).some(
      (m) =>
        (m.kind === 'Person' ||
          m.kind === 'Organization' ||
          m.kind === 'Description' ||
          (m.kind === 'Pronoun' && /^(?:he|she|they)$/iu.test(m.text))) &&
        !/(?<![\p{L}\p{N}])(?:from|by|of|to)\s+(?:the\s+)?$/u.test(
          ctx.body.slice(Math.max(doc.end, m.start - 12), m.start),
        ) &&
        !inObjectPosition(ctx, m, doc.end) &&
        // the subject of that verb: right before it, or before an aside
        (wordCount(ctx.body.slice(m.end, verb.start)) <= 1 ||
          /^\s*,[^,]{1,120},\s*(?:\p{Ll}+ly\s+)?$/u.test(ctx.body.slice(m.end, verb.start))),
    ),
  );
  if (otherSpeaker) return undefined;
  const firstSpeechVerb = speechVerbs(between, doc.end, ctx.lexicon, true)[0];
  const verb =
    /^(?:,[^,]*,|\s+(?:from|by|to|of|for|sent|signed|dated|obtained|posted|released|issued|written)\b[^,]*?)?\s*(?:(?:also|further|then|later|only|even|now)\s+)?(\p{Ll}+)/u.exec(
      between,
    );
  // "The union's caption was shorter:", "A post on the account of X, the student government, read:"
  const colonEnds = /:\s*$/u.test(between);
  if (
    !colonEnds &&
    !firstSpeechVerb &&
    (!verb?.[1] || /^(?:to|of|for|from|by|and|or|in|on|at|with)$/u.test(verb[1]))
  )
    return undefined;
  // "The complaint quotes a message a nurse received from a manager: '…'": the words are the
  // inner document's, whoever wrote it; "A June 19 post on Roe's official account, since deleted,
  // saying …": the account's owner.
  const inner = startingIn(ctx.sources, doc.end, quote.outerStart).filter(
    (other) => other.end <= quote.outerStart,
  );
  // The inner document introduces the words itself: it is the last before them, close, and not in
  // an aside ("— one day after the mayor's post —").
  const last = inner.filter((other) => other.noun !== 'account').at(-1);
  // ("The memo, attached to the lawsuit as an exhibit, says …": the lawsuit is in an aside.)
  const aside = /^\s*,[^,]{1,120},/u.exec(ctx.body.slice(doc.end, quote.outerStart));
  const introduces =
    last !== undefined &&
    !(aside && last.end <= doc.end + aside[0].length) &&
    // ("The complaint describes the directive as "…"": the directive is what it describes.)
    !/^\s+as\s*$/u.test(ctx.body.slice(last.end, quote.outerStart)) &&
    wordCount(ctx.body.slice(last.end, quote.outerStart)) <= 15 &&
    !/[—–]/u.test(ctx.body.slice(last.start, quote.outerStart)) &&
    !/['’]s\s+(?:[\p{Ll}-]+\s+)?$/u.test(
      ctx.body.slice(Math.max(doc.end, last.start - 30), last.start),
    ) &&
    // "The letter asked for a reply 'within 14 days'": a document asked for has not spoken.
    !/(?<![\p{L}\p{N}])for\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+)?$/u.test(
      ctx.body.slice(Math.max(doc.end, last.start - 30), last.start),
    );
  const authorKey = introduces
    ? last.authorKey
    : (doc.authorKey ?? inner.find((other) => other.authorKey)?.authorKey);
  const speaker = authorKey ? (ctx.index.actors.get(authorKey) ?? null) : null;
  const cueStart = verb?.[1] ? doc.end + verb.index + verb[0].length - verb[1].length : undefined;
  return {
    speaker,
    ...(verb?.[1] && cueStart !== undefined
      ? { cue: { verb: verb[1], start: cueStart, end: cueStart + verb[1].length } }
      : {}),
    source: sourceFromDocument(ctx, doc, speaker, 'source-document-subject'),
    rule: 'lead-document-opens-sentence',
    confidence: speaker ? 0.7 : 0.45,
  };
}

/** "According to the email, the calls 'are to be logged …'": the document's author speaks. */
function accordingToDocument(
  ctx: AttributionContext,
  quote: RawQuote,
  start: number,
): Attribution | undefined {
  const doc = startingIn(ctx.sources, start, quote.outerStart)
    .filter((d) => d.end <= quote.outerStart)
    .find((d) =>
      /(?<![\p{L}\p{N}])according to\s+(?:the|a|an|his|her|its|their|this|that)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(
        ctx.body.slice(Math.max(start, d.start - 40), d.start),
      ),
    );
  const speaker = doc?.authorKey ? ctx.index.actors.get(doc.authorKey) : undefined;
  if (!doc || !speaker) return undefined;
  return {
    speaker,
    source: sourceFromDocument(ctx, doc, speaker, 'source-according-to'),
    rule: 'lead-according-to-document',
    confidence: 0.7,
  };
}

/** A clause opened by a conjunction after a comma: ", while Ramón Díaz, a line cook, shrugged:". */
const CLAUSE_OPENING = /[,;]\s*(?:while|whereas|but|and)\s+$/u;
const CLAUSE_INSIDE = /[,;]\s*(?:while|whereas|but|and)\s/u;

/**
 * "… he sent her a message through the jail's tablet system that she has saved as a screenshot:
 * '…'": the last document named before a colon that ends its sentence speaks, when its writer is
 * known and no other name stands between it and the colon.
 */
function documentBeforeColon(ctx: AttributionContext, quote: RawQuote): Attribution | undefined {
  const { paragraph, sentence } = sentenceAt(ctx, quote.paragraphIndex, quote.outerStart, true);
  const from = sentence?.start ?? paragraph?.start ?? quote.outerStart;
  if (!/:\s*$/u.test(ctx.body.slice(from, quote.outerStart))) return undefined;
  const doc = startingIn(ctx.sources, from, quote.outerStart)
    .filter((d) => d.end <= quote.outerStart)
    .at(-1);
  if (!doc?.authorKey) return undefined;
  const after = ctx.body.slice(doc.end, quote.outerStart);
  if (
    wordCount(after) > 14 ||
    subjectMentions(ctx, doc.end, quote.outerStart).some(
      (m) => m.kind === 'Person' || m.kind === 'Organization',
    )
  )
    return undefined;
  return documentSpeaksAfterVerb(ctx, doc, from, doc.start, 'lead-document-before-colon', 0.6);
}

/**
 * "Ron Kuczynski, who leads the taxpayers' league, put it bluntly: '…'": a sentence that opens with
 * a named person and ends in a colon before the quotation, even with no speech verb.
 */
function colonAfterSubject(
  ctx: AttributionContext,
  quote: RawQuote,
  start: number,
): Attribution | undefined {
  const lead = ctx.body.slice(start, quote.outerStart);
  if (!/:\s*$/u.test(lead)) return undefined;
  // "Related: 'We were told to drive in labour' - mum's warning": a link's label, not a speaker.
  if (LINK_LINE.test(lead.slice(lead.lastIndexOf('\n') + 1))) return undefined;
  // "He followed up minutes later:" — a he/she opening the sentence counts as well.
  const named = subjectMentions(ctx, start, quote.outerStart).filter(
    (m) =>
      (m.kind === 'Person' ||
        m.kind === 'Organization' ||
        (m.kind === 'Pronoun' &&
          /^(?:he|she)$/iu.test(m.text) &&
          // ("Two days later he sent another:")
          (wordCount(ctx.body.slice(start, m.start)) === 0 ||
            TIME_BEFORE_SUBJECT.test(ctx.body.slice(start, m.start)))) ||
        // "The sheriff put it simply in his announcement:" — so does a description.
        (m.kind === 'Description' && wordCount(ctx.body.slice(start, m.start)) === 0)) &&
      resolveSubject(ctx, m),
  );
  // "…," said Jo Roe, …, while Ramón Díaz, a line cook, shrugged:" — the subject of the clause
  // the colon closes.
  const clauseSubject = [...named]
    .reverse()
    .find(
      (m) =>
        CLAUSE_OPENING.test(ctx.body.slice(start, phraseStart(m))) &&
        !CLAUSE_INSIDE.test(ctx.body.slice(m.end, quote.outerStart)),
    );
  // "Te Rūnanga o Ngāti Hinewai chair Hēmi Roe:", "Minister for Ports Olivia Roe, in a written
  // statement:" — a reaction piece's label: names, titles and a role or two, then the person
  // (and perhaps where they said it) right before the colon.
  const lastPerson = [...named].reverse().find((m) => m.kind === 'Person');
  if (
    !clauseSubject &&
    lastPerson &&
    named[0] !== lastPerson &&
    /^\s*(?:,[^,:"“”]{0,60})?:\s*$/u.test(ctx.body.slice(lastPerson.end, quote.outerStart))
  ) {
    const label = ctx.body.slice(start, phraseStart(lastPerson));
    const lowerWords = (label.match(/(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*/gu) ?? []).filter(
      (word) => !LABEL_CONNECTORS.has(word),
    );
    if (
      !/[,;]/u.test(label) &&
      lowerWords.length <= 3 &&
      lowerWords.every((word) => !isSpeechVerb(word, ctx.lexicon, true) && !/ed$/u.test(word))
    )
      return spokenBy(ctx, lastPerson, 'lead-subject-colon', 0.6);
  }
  // "Cottonwood teacher Dmitri Roe followed her:" — past the organisation that qualifies the person.
  const subject = clauseSubject ?? qualifiedSubject(ctx, named);
  // "His sister and business partner, Vera Roe, who keeps the books, sees it differently:" — a
  // description of a few words may stand before the name in apposition.
  // "Pressed on whether it would be ready, spokesperson Kevin Roe's reply was brief:" — past a
  // phrase set off at the start.
  const fronted = subject
    ? /^[^,;:"“”]{1,100},\s+/u.exec(ctx.body.slice(start, subject.start))
    : null;
  const frontedHasName =
    fronted !== null &&
    subjectMentions(ctx, start, start + fronted[0].length).some(
      (m) => m.kind === 'Person' || m.kind === 'Organization',
    );
  const before = subject
    ? ctx.body.slice(start + (fronted && !frontedHasName ? fronted[0].length : 0), subject.start)
    : '';
  if (
    !subject ||
    (!clauseSubject &&
      (inObjectPosition(ctx, subject, start) ||
        wordCount(before) > 6 ||
        (wordCount(before) > 4 && !/,\s*$/u.test(before))))
  )
    return undefined;
  // "Roe showed the paper a text message she received from her manager, Luis Ortega, …:" — a
  // document another wrote, after the subject, speaks.
  const passedOn = startingIn(ctx.sources, subject.end, quote.outerStart)
    .filter(
      (d) =>
        d.end <= quote.outerStart &&
        (d.rule === 'source-from-author' || d.rule === 'source-by-author') &&
        d.authorKey !== undefined,
    )
    .at(-1);
  const passedOnSpeaks =
    passedOn && passedOn.authorKey !== resolveSubject(ctx, subject)?.key
      ? documentSpeaksAfterVerb(
          ctx,
          passedOn,
          subject.end,
          passedOn.start,
          'lead-document-passed-on',
          0.65,
        )
      : undefined;
  if (passedOnSpeaks) return passedOnSpeaks;
  return spokenBy(ctx, subject, 'lead-subject-colon', 0.6);
}

/** A short phrase of time before a sentence's subject: "Two days later", "The next morning,". */
const TIME_BEFORE_SUBJECT =
  /^\s*(?:[\p{L}\d]+\s+){0,3}(?:later|earlier|afterwards|then|day|morning|afternoon|evening|night|week),?\s+$/iu;

/** Small words inside the names and titles of a reaction piece's label. */
const LABEL_CONNECTORS = new Set([
  'of',
  'for',
  'and',
  'the',
  'o',
  'de',
  'da',
  'du',
  'la',
  'van',
  'von',
  'al',
]);

/**
 * A chronology's entry: "Sept. 18 — Deputy Chief Gideon Roe to the site administrator, by text:
 * '…'". The paragraph opens with a date and a dash, then the one who said or wrote what follows.
 */
function datedEntry(
  ctx: AttributionContext,
  quote: RawQuote,
  paragraph: Paragraph,
  rawByParagraph: Map<number, RawQuote[]>,
): Attribution | undefined {
  if ((rawByParagraph.get(paragraph.index) ?? [])[0] !== quote) return undefined;
  const date = startingIn(ctx.dates, paragraph.start, paragraph.start + 20)[0];
  if (!date) return undefined;
  const dash = /^[\s,]*[—–-]\s*/u.exec(ctx.body.slice(date.end, paragraph.end));
  if (!date || date.start > paragraph.start + 2 || !dash) return undefined;
  const from = date.end + dash[0].length;
  const clause = /^[^:,(]*/u.exec(ctx.body.slice(from, quote.outerStart))?.[0] ?? '';
  const named = subjectMentions(ctx, from, from + clause.length).filter(
    (m) => (m.kind === 'Person' || m.kind === 'Organization') && !inObjectPosition(ctx, m, from),
  );
  const subject = qualifiedSubject(ctx, named);
  if (!subject) return undefined;
  if (wordCount(ctx.body.slice(from, phraseStart(subject))) > 3) return undefined;
  return spokenBy(ctx, subject, 'lead-dated-entry', 0.65);
}

/** "CLAIM:", "The claim:", "Statement:" — a fact-check's label for the words it rates. */
const CLAIM_LABEL =
  /^\s*(?:(?:the|THE|The)\s+)?(?:claim|CLAIM|Claim|statement|STATEMENT|Statement)\s*:\s*$/u;
/** "WHO SAID IT:", "Said by:", "Speaker:" — the fact-check's line naming who made the claim. */
const CLAIMANT_LABEL =
  /(?:^|\n)\s*(?:who\s+said\s+it|who\s+made\s+the\s+claim|said\s+by|claimed\s+by|speaker)\s*:\s*/iu;

/**
 * A fact-check's claim box: `CLAIM: "…"` on one line, `WHO SAID IT: State Sen. Brock Roe, in a
 * post on X` on the next (or in the next paragraph) — the claimant named there said the words.
 */
function claimBox(
  ctx: AttributionContext,
  quote: RawQuote,
  paragraph: Paragraph,
): Attribution | undefined {
  const lineStart = Math.max(paragraph.start, ctx.body.lastIndexOf('\n', quote.outerStart - 1) + 1);
  if (!CLAIM_LABEL.test(ctx.body.slice(lineStart, quote.outerStart))) return undefined;
  const next = ctx.paragraphs[paragraph.index + 1];
  const until = Math.min(next ? next.end : paragraph.end, quote.outerEnd + 300);
  const label = CLAIMANT_LABEL.exec(ctx.body.slice(quote.outerEnd, until));
  if (!label) return undefined;
  const from = quote.outerEnd + label.index + label[0].length;
  const lineEnd = ctx.body.indexOf('\n', from);
  const named = subjectMentions(ctx, from, lineEnd < 0 ? until : Math.min(lineEnd, until)).filter(
    (m) => m.kind === 'Person' || m.kind === 'Organization',
  );
  const subject = qualifiedSubject(ctx, named);
  if (!subject || wordCount(ctx.body.slice(from, phraseStart(subject))) > 3) return undefined;
  return spokenBy(ctx, subject, 'lead-claim-box', 0.8);
}

/** `Marangoni: "We did not want to do this."` — a paragraph that opens with a name and a colon. */
function nameColon(
  ctx: AttributionContext,
  quote: RawQuote,
  paragraph: Paragraph,
): Attribution | undefined {
  const lead = ctx.body.slice(paragraph.start, quote.outerStart);
  // "1. Baptiste-Hale: '…'", "- Roe: '…'": a list item may number the line; "CLAIM:" and "THE
  // CLAIM:" are labels.
  const named =
    /^\s*(?:(?:\d{1,2}[.)]|[-–—•*])\s+)?((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*):\s*$/u.exec(
      lead,
    );
  if (!named?.[1] || /^\p{Lu}+$/u.test(named[1]) || /^THE\s+\p{Lu}+$/u.test(named[1]))
    return undefined;
  const subject = subjectMentions(ctx, paragraph.start, quote.outerStart).find(
    (m) => m.kind === 'Person' || m.kind === 'Organization',
  );
  return subject ? spokenBy(ctx, subject, 'lead-name-colon', 0.8) : undefined;
}

/**
 * "A spokesperson for Health Minister Colin Arsenault said …": the name belongs to the one the
 * unnamed speaker works for, not to the speaker.
 */
/** The person named right before ", a spokesperson for <subject>", when there is one. */
function namedAgentBefore(ctx: AttributionContext, subject: NameMention): NameMention | undefined {
  return subjectMentions(ctx, Math.max(0, subject.start - 120), subject.start).find(
    (m) =>
      m.kind === 'Person' && NAMED_AGENT_BETWEEN.test(ctx.body.slice(m.end, phraseStart(subject))),
  );
}
/** ", a spokesperson for (the) ": between a named agent and whom they speak for. */
const NAMED_AGENT_BETWEEN =
  /^,\s*(?:a|an|the)\s+(?:[\p{Ll}-]+\s+)?(?:spokes(?:person|man|woman)|representative|aide|adviser|advisor|lawyer|attorney)\s+(?:for|of|to|with)\s+(?:the\s+)?(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?$/u;

function unnamedAgentOf(ctx: AttributionContext, subject: NameMention): boolean {
  return UNNAMED_AGENT_BEFORE.test(ctx.body.slice(Math.max(0, subject.start - 80), subject.start));
}

function quoteTypeOf(ctx: AttributionContext, quote: RawQuote, lead: string): 'direct' | 'mixed' {
  if (quote.marks === 'none') return 'direct';
  const trimmed = lead.trim();
  if (trimmed === '') return 'direct';
  if (/[:]$/u.test(trimmed)) return 'direct';
  const lastWord = /([\p{L}]+)[,]?$/u.exec(trimmed);
  if (/,$/u.test(trimmed) && lastWord?.[1] && isSpeechVerb(lastWord[1], ctx.lexicon, false))
    return 'direct';
  return 'mixed';
}

function headerAttribution(ctx: AttributionContext, header: Paragraph): Attribution {
  // (The first document whose writer is known: "The decision was rubber-stamped on Tuesday. In a
  // statement, the health board said:".)
  const docs = startingIn(ctx.sources, header.start, header.end).filter((s) => s.end <= header.end);
  const doc = docs.find((s) => s.authorKey !== undefined) ?? docs[0];
  const speaker = doc?.authorKey ? (ctx.index.actors.get(doc.authorKey) ?? null) : null;
  const source: QuoteSource = {
    medium: doc?.medium ?? 'document',
    rule: 'source-excerpt-header',
    header: {
      start: header.start,
      end: header.end,
      text: ctx.body.slice(header.start, header.end),
    },
  };
  if (speaker) source.authorKey = speaker.key;
  const behalf = doc?.onBehalfOfKey ?? onBehalfOf(ctx, speaker?.key);
  if (behalf) source.onBehalfOfKey = behalf;
  if (doc?.recipientKey) source.recipientKey = doc.recipientKey;
  if (doc?.date) source.date = doc.date;
  const mention = speaker
    ? ctx.index.timeline.find(
        ([s, e, key]) => s >= header.start && e <= header.end && key === speaker.key,
      )
    : undefined;
  const attribution: Attribution = {
    speaker,
    source,
    rule: 'excerpt-header',
    confidence: speaker ? 0.88 : 0.5,
  };
  if (mention) attribution.speakerMention = { start: mention[0], end: mention[1] };
  return attribution;
}

/** The medium named around the cue ("said in a statement", "says in the letter", "wrote in an email"). */
function mediumNearCue(
  ctx: AttributionContext,
  attribution: Attribution,
  windowStart: number,
  windowEnd: number,
): void {
  if (attribution.source || !attribution.cue) return;
  const cueStart = attribution.cue.start;
  // "issued a written response insisting …", "posted a tweet saying …": the medium right before the cue.
  const right = startingIn(ctx.sources, windowStart, cueStart).find(
    (s) => wordCount(ctx.body.slice(s.end, cueStart)) <= 1,
  );
  if (right) {
    attribution.source = sourceFromDocument(
      ctx,
      { ...right, ...(attribution.speaker ? { authorKey: attribution.speaker.key } : {}) },
      attribution.speaker,
      'source-medium-before-cue',
    );
    return;
  }
  const doc = startingIn(ctx.sources, windowStart, windowEnd).find(
    (s) =>
      s.end <= windowEnd &&
      /(?<![\p{L}\p{N}])in\s+(?:a|an|the|his|her|their|its)\b[^.;"“”]*$/iu.test(
        ctx.body.slice(Math.max(windowStart, s.start - 40), s.start),
      ),
  );
  if (doc) {
    attribution.source = sourceFromDocument(
      ctx,
      { ...doc, authorKey: attribution.speaker?.key ?? doc.authorKey },
      attribution.speaker,
      'source-in-medium',
    );
    return;
  }
  if (attribution.speaker) {
    const speakerKey = attribution.speaker.key;
    const paragraph = ctx.paragraphs[lowerBound(ctx.paragraphs, windowStart + 1) - 1];
    const recent = paragraph
      ? startingIn(
          ctx.sources,
          Math.max(0, (ctx.paragraphs[paragraph.index - 1] ?? paragraph).start),
          windowEnd,
        )
          .reverse()
          .find((s) => s.authorKey === speakerKey && s.paragraphIndex >= paragraph.index - 1)
      : undefined;
    if (recent)
      attribution.source = sourceFromDocument(
        ctx,
        recent,
        attribution.speaker,
        'source-recent-by-speaker',
      );
  }
}

/** "X responded to the letter, calling it …": a reply with no named medium is a response. */
function responseNearCue(
  ctx: AttributionContext,
  attribution: Attribution,
  windowStart: number,
  windowEnd: number,
): void {
  if (attribution.source || !attribution.speaker) return;
  if (
    !/\b(?:responded|replied|responds|replies|wrote back)\b/u.test(
      ctx.body.slice(windowStart, windowEnd),
    )
  )
    return;
  attribution.source = {
    medium: 'response',
    authorKey: attribution.speaker.key,
    rule: 'source-response-verb',
  };
  const behalf = onBehalfOf(ctx, attribution.speaker.key);
  if (behalf) attribution.source.onBehalfOfKey = behalf;
}

/** "…, he continued, …": a continuation verb keeps the medium of the speaker's previous quotation. */
function continuedSource(attribution: Attribution, previous: Quote | undefined): void {
  if (attribution.source || !attribution.cue || !previous?.source) return;
  if (!/^(?:continued|continues|added|adds|went on|goes on)$/u.test(attribution.cue.verb)) return;
  if (previous.speakerKey !== attribution.speaker?.key) return;
  attribution.source = { ...previous.source, rule: 'source-continued' };
}

function dateNear(ctx: AttributionContext, from: number, to: number): string | undefined {
  return (
    startingIn(ctx.dates, from, to).find((d) => d.iso && d.precision === 'day' && d.end <= to)
      ?.iso ?? undefined
  );
}

/**
 * Attributes raw quotations to speakers; short unattributed ones become scare quotes.
 * @example attributeQuotes(rawQuotes, context).quotes[0].speakerKey
 */
/**
 * "… wrote the sheriff a memo." / "'…,' Capt. Jo Roe wrote on Jan. 14.": a person who wrote the
 * words right after a document nobody was named as writing wrote that document — and the later
 * mentions of the same kind of document that have no author either ("The three-page memo warns
 * of …").
 */
function learnWriter(ctx: AttributionContext, quote: RawQuote, attribution: Attribution): void {
  const speaker = attribution.speaker;
  if (speaker?.kind !== 'Person' || !attribution.cue || attribution.source) return;
  if (!/^(?:wrote|writes|write|writing)$/u.test(attribution.cue.verb)) return;
  const doc = [...ctx.sources]
    .reverse()
    .find(
      (d) =>
        d.end <= quote.outerStart &&
        d.paragraphIndex >= quote.paragraphIndex - 1 &&
        (d.medium === 'memo' || d.medium === 'letter' || d.medium === 'email'),
    );
  if (!doc) return;
  // "Local 517 said in a letter …" then ""…," wrote Marisol Roe, the local's president": the one
  // who wrote it for the organisation signs what the letter says next.
  const organisation = doc.authorKey ? ctx.index.actors.get(doc.authorKey) : undefined;
  const writesFor =
    organisation?.kind === 'Organization' &&
    speaker.posts.some(
      (post) =>
        post.orgKey === organisation.key ||
        (post.orgName !== undefined &&
          resolveDescription(
            ctx.index,
            post.orgName.replace(/^the\s+/iu, ''),
            post.start,
            ctx.lexicon,
          )?.key === organisation.key),
    );
  if (doc.authorKey && !writesFor) return;
  const previousAuthor = doc.authorKey;
  for (const later of ctx.sources)
    if (
      later.start >= doc.start &&
      later.medium === doc.medium &&
      (later.authorKey === undefined || later.authorKey === previousAuthor)
    ) {
      later.authorKey = speaker.key;
      later.rule = 'source-writer-quoted-after';
    }
}

export function attributeQuotes(
  rawQuotes: RawQuote[],
  ctx: AttributionContext,
): { quotes: Quote[]; scareQuotes: ScareQuote[] } {
  const quotes: Quote[] = [];
  const scareQuotes: ScareQuote[] = [];
  /** Where the quotations taken for titles so far open. */
  const titleStarts = new Set<number>();
  const paragraphByIndex = new Map(ctx.paragraphs.map((p) => [p.index, p]));
  const attributed = new Map<RawQuote, Attribution>();
  const long = rawQuotes.filter(
    (q) =>
      wordCount(ctx.body.slice(q.start, q.end)) > 3 ||
      q.marks === 'none' ||
      /^[\p{Lu}].*[.!?]$/u.test(ctx.body.slice(q.start, q.end)),
  );
  const longByParagraph = groupByParagraph(long);
  const rawByParagraph = groupByParagraph(rawQuotes);
  const quotesByParagraph = new Map<number, Quote[]>();
  const rawByStart = new Map(rawQuotes.map((q) => [q.start, q]));
  const lastQuoteBySpeaker = new Map<string, Quote>();
  for (const quote of rawQuotes) {
    const paragraph = paragraphByIndex.get(quote.paragraphIndex);
    if (!paragraph) continue;
    const text = ctx.body.slice(quote.start, quote.end);
    // A headline's quote marks label ("City denies 'sweep quota'"); its statements recur below.
    if (paragraph.kind === 'headline') {
      // "Night bus cuts 'will leave workers stranded', union warns": who the headline says said it.
      const speaker = headlineSpeaker(ctx, quote, paragraph);
      if (speaker) {
        quotes.push({
          index: 0,
          start: quote.start,
          end: quote.end,
          text,
          quoteType: /^\p{Lu}/u.test(text) && /[.!?]$/u.test(text) ? 'direct' : 'mixed',
          speakerKey: speaker.key,
          paragraphIndex: quote.paragraphIndex,
          rule: 'headline-speaker-verb',
          confidence: 0.5,
        });
        continue;
      }
      scareQuotes.push({
        start: quote.start,
        end: quote.end,
        text,
        rule: 'scare-quote-headline',
        confidence: 0.6,
      });
      continue;
    }
    const fullSentence = /^[\p{Lu}]/u.test(text) && /[.!?]$/u.test(text);
    const short = wordCount(text) <= 3 && quote.marks !== 'none' && !fullSentence;
    const sameParagraphLong = longByParagraph.get(quote.paragraphIndex) ?? [];
    // (a title taken for a label before — "who wrote "The Salt Between Us" in 2021, weighed in" —
    // does not cut the sentence's subject off from the quotation)
    const previousLong = [...sameParagraphLong]
      .reverse()
      .find((q) => q.outerEnd <= quote.outerStart && !titleStarts.has(q.start));
    const nextLong = sameParagraphLong.find((q) => q.outerStart >= quote.outerEnd);
    const windowEnd = tailEnd(ctx, quote, nextLong?.outerStart ?? paragraph.end, paragraph.end);
    const windowStart = leadStart(ctx, quote, previousLong?.outerEnd ?? paragraph.start, paragraph);
    const lead = ctx.body.slice(windowStart, quote.outerStart);
    let attribution: Attribution | undefined;
    const previousParagraph = paragraphByIndex.get(quote.paragraphIndex - 1);
    const headerAbove =
      previousParagraph?.kind === 'excerpt-header' ||
      (previousParagraph &&
        paragraphByIndex.get(quote.paragraphIndex - 2)?.kind === 'excerpt-header' &&
        attributedByHeaderChain(rawByParagraph, attributed, quote));
    if (headerAbove && lead.trim() === '') {
      const header =
        previousParagraph?.kind === 'excerpt-header'
          ? previousParagraph
          : paragraphByIndex.get(quote.paragraphIndex - 2);
      if (header) attribution = headerAttribution(ctx, header);
    }
    // "held signs reading "Care Not Cops"": words on a sign are the crowd's, never a label.
    // "placards reading 'Hands off our pool' and 'Carrickbawn deserves better'": the next words of
    // a list of signs are signs too.
    const listedAfter = (rawByParagraph.get(quote.paragraphIndex) ?? [])
      .filter((other) => other.outerEnd <= quote.outerStart)
      .at(-1);
    const listedSign =
      listedAfter &&
      attributed.get(listedAfter)?.rule === 'lead-sign' &&
      /^[\s,]*(?:(?:and|or)\s+)?$/u.test(ctx.body.slice(listedAfter.outerEnd, quote.outerStart))
        ? attributed.get(listedAfter)
        : undefined;
    const sign = signAttribution(ctx, quote, windowStart) ?? listedSign;
    attribution ??= sign;
    attribution ??= claimBox(ctx, quote, paragraph);
    attribution ??= nameColon(ctx, quote, paragraph);
    attribution ??= datedEntry(ctx, quote, paragraph, rawByParagraph);
    attribution ??= colonParagraphAbove(ctx, quote, lead, previousParagraph);
    attribution ??= ownWords(ctx, quote, lead);
    attribution ??= quotedAsSaying(ctx, quote, windowStart, windowEnd);
    const fromLead = attributeFromLead(ctx, quote, windowStart, short);
    // "several people began chanting, "Let her speak!" Fairweather's husband …": a speech verb
    // right before the marks introduces the words, whatever follows them.
    const verbBefore = /(?<![\p{L}\p{N}])(\p{Ll}+)\s*[,:]\s*$/u.exec(lead)?.[1];
    if (
      verbBefore &&
      isSpeechVerb(verbBefore, ctx.lexicon, true) &&
      (fromLead?.speaker ||
        // (what a document "read" or "states" is the document's, not an unnamed person's)
        (fromLead?.rule.startsWith('lead-unnamed') &&
          !/^(?:read|reads|states?|stated)$/u.test(verbBefore)))
    )
      attribution ??= fromLead;
    attribution ??= signatureOnNextLine(ctx, quote);
    attribution ??= attributeFromTail(ctx, quote, windowEnd);
    attribution ??= documentOpensSentence(ctx, quote, windowStart);
    // "He accused the federation of "running a campaign" against him since he announced …": a
    // short phrase with no comma of speech before its mark belongs to the sentence's speaker, not
    // to a verb after it.
    const speechComma = /[,?!—–…]\s*$/u.test(ctx.body.slice(quote.start, quote.outerEnd - 1));
    const tailOfPhrase = short && attribution?.rule.startsWith('tail') === true && !speechComma;
    if (
      fromLead &&
      (!attribution ||
        ((attribution.rule.startsWith('tail-unnamed') || tailOfPhrase) && fromLead.speaker))
    )
      attribution = fromLead;
    if (!attribution?.speaker) {
      const coordinated = coordinatedPredicate(ctx, quote, previousLong, attributed);
      if (coordinated) attribution = coordinated;
    }
    if (!attribution && short)
      attribution = phraseInSameSentence(ctx, quote, previousLong, attributed);
    attribution ??= colonAfterSubject(ctx, quote, windowStart) ?? documentBeforeColon(ctx, quote);
    if (!attribution?.speaker)
      attribution = accordingToDocument(ctx, quote, windowStart) ?? attribution;
    if (!attribution && !short) {
      const before = [...(quotesByParagraph.get(quote.paragraphIndex) ?? [])]
        .reverse()
        .find((q) => q.end <= quote.start);
      const previous = before ? rawByStart.get(before.start) : undefined;
      const previousAttribution = previous ? attributed.get(previous) : undefined;
      if (previousAttribution) {
        attribution = {
          ...previousAttribution,
          rule: 'continuation-same-paragraph',
          confidence: Math.min(previousAttribution.confidence, 0.85),
        };
        delete attribution.speakerMention;
        delete attribution.cue;
      } else if (
        lead.trim() === '' &&
        (attribution = previousSentenceSpeaker(ctx, quote, paragraph))
      ) {
        // "Her daughter, Bríd Keaveney, said she had rung every practice. \"Every one of them …\""
      } else if (
        (quote.outerStart <= paragraph.start + 1 ||
          LABEL_LEAD.test(ctx.body.slice(paragraph.start, quote.outerStart))) &&
        previousParagraph
      ) {
        const inPrevious = [...(rawByParagraph.get(previousParagraph.index) ?? [])].reverse();
        // … or a shorter quotation its speaker was named for ("'On est tannés,' she said").
        const lastInPrevious =
          inPrevious.find((q) => wordCount(ctx.body.slice(q.start, q.end)) > 3) ??
          inPrevious.find((q) => {
            const found = attributed.get(q);
            return found?.speaker && /^(?:tail|lead)-speaker/u.test(found.rule);
          });
        const lastAttribution = lastInPrevious ? attributed.get(lastInPrevious) : undefined;
        const onlyQuote =
          quote.continuesFromPrevious ||
          ctx.body.slice(quote.outerEnd, paragraph.end).trim().length < 3;
        // (A crosshead in quotation marks, with no full stop, repeats words from below instead.)
        const reportedAbove =
          !lastAttribution &&
          onlyQuote &&
          previousParagraph.kind === 'body' &&
          /[.!?]\s*['"”’]?\s*$/u.test(ctx.body.slice(quote.start, paragraph.end))
            ? speakerOfLastSentence(ctx, quote, previousParagraph)
            : undefined;
        if (reportedAbove) {
          // "She said members are also worried about being sued." then a paragraph of her words.
          attribution = reportedAbove;
        } else if (lastAttribution && onlyQuote) {
          attribution = {
            ...lastAttribution,
            rule: quote.continuesFromPrevious
              ? 'continuation-multi-paragraph'
              : 'continuation-next-paragraph',
            confidence: Math.min(
              lastAttribution.confidence,
              quote.continuesFromPrevious ? 0.85 : 0.7,
            ),
          };
          delete attribution.speakerMention;
          delete attribution.cue;
        }
      }
    }
    // "Sponsors say they have the votes; governor calls the bill "…"": a standfirst drops its
    // articles as a headline does, so its speaker is found as a headline's is.
    if (!attribution?.speaker && isStandfirst(ctx, paragraph)) {
      const speaker = headlineSpeaker(ctx, quote, paragraph);
      if (speaker) attribution = { speaker, rule: 'standfirst-speaker-verb', confidence: 0.5 };
    }
    // "met with shouts of ‘shame’ from the public gallery": a crowd's voice.
    if (CROWD_CRY_OF.test(ctx.body.slice(Math.max(0, quote.outerStart - 30), quote.outerStart)))
      attribution = { speaker: null, rule: 'lead-unnamed-speaker', confidence: 0.5 };
    const namedInOwnWords = whatTheyCalled(ctx, quote) ?? describedBy(ctx, quote);
    attribution = namedInOwnWords ?? attribution;
    if (attribution) learnWriter(ctx, quote, attribution);
    if (!sign && isTitle(ctx, quote, text)) {
      titleStarts.add(quote.start);
      scareQuotes.push({
        start: quote.start,
        end: quote.end,
        text,
        rule: 'scare-quote-title',
        confidence: 0.7,
      });
      continue;
    }
    if (
      short &&
      !sign &&
      !namedInOwnWords &&
      ((isModifierUse(ctx.body, quote, text) &&
        !(
          attribution?.speaker &&
          attribution.rule === 'lead-speaker-verb' &&
          !isTitleCase(text) &&
          // ("working in ‘dangerous and degrading’ conditions": words joined by "and" judge.)
          (!LABEL_POSITION.test(
            ctx.body.slice(Math.max(0, quote.outerStart - 30), quote.outerStart),
          ) ||
            /\p{Ll}\s+(?:and|or|but|yet)\s+\p{Ll}/u.test(text))
        )) ||
        isNamingUse(ctx, quote, text, attribution?.speaker != null))
    )
      attribution = undefined;
    // "downgrades the trust from "good" to "requires improvement"", "rates its care as
    // "inadequate"": a grade, not anyone's words.
    const graded =
      short &&
      GRADED_AS.test(ctx.body.slice(Math.max(0, quote.outerStart - 120), quote.outerStart));
    if (short && (graded || !attribution || attribution.rule.startsWith('continuation'))) {
      // "to log them instead as "transitional supervision"": the name of a category, which stays
      // a label even where someone's quoted words use it too.
      const category =
        graded ||
        CLASSIFIED_AS.test(ctx.body.slice(Math.max(0, quote.outerStart - 60), quote.outerStart));
      scareQuotes.push({
        start: quote.start,
        end: quote.end,
        text,
        rule: category ? 'scare-quote-category' : 'scare-quote-short-unattributed',
        confidence: 0.7,
      });
      continue;
    }
    if (short && attribution && attribution.rule.startsWith('tail') && !speechComma) {
      scareQuotes.push({
        start: quote.start,
        end: quote.end,
        text,
        rule: 'scare-quote-short-unattributed',
        confidence: 0.6,
      });
      continue;
    }
    attribution ??= cameFromBelow(ctx, paragraph);
    // "A federal judge said …" in the lede, "U.S. District Judge Jo Roe" further down.
    if (attribution && attribution.speaker === null && !attribution.description) {
      const named = namedFurtherDown(ctx, quote, paragraph);
      if (named) attribution = { ...attribution, speaker: named, rule: 'lede-described-speaker' };
    }
    if (attribution && !attribution.speaker && !attribution.description)
      describeUnnamed(ctx, quote, attribution, windowStart, windowEnd);
    if (attribution) {
      attributed.set(quote, attribution);
      mediumNearCue(ctx, attribution, windowStart, windowEnd);
      responseNearCue(ctx, attribution, windowStart, windowEnd);
      const lastBySpeaker = attribution.speaker
        ? lastQuoteBySpeaker.get(attribution.speaker.key)
        : undefined;
      const previousBySpeaker =
        lastBySpeaker && lastBySpeaker.paragraphIndex >= quote.paragraphIndex - 2
          ? lastBySpeaker
          : undefined;
      continuedSource(attribution, previousBySpeaker);
    }
    const result: Quote = {
      index: 0,
      start: quote.start,
      end: quote.end,
      text,
      quoteType: quoteTypeOf(ctx, quote, lead),
      speakerKey: attribution?.speaker?.key ?? null,
      paragraphIndex: quote.paragraphIndex,
      rule: attribution?.rule ?? 'quote-unattributed',
      confidence:
        (attribution?.confidence ?? 0.3) *
        (quote.closed || quote.continuesInNext || quote.marks === 'none' ? 1 : 0.6),
    };
    if (attribution?.speakerMention) result.speakerMention = attribution.speakerMention;
    if (attribution?.description && !result.speakerKey)
      result.speakerDescription = attribution.description;
    if (attribution?.cue) result.cue = attribution.cue;
    if (attribution?.source) result.source = attribution.source;
    const date = attribution?.source?.date ?? dateNear(ctx, windowStart, windowEnd);
    if (date) result.date = date;
    quotes.push(result);
    if (result.speakerKey) lastQuoteBySpeaker.set(result.speakerKey, result);
    const inParagraph = quotesByParagraph.get(result.paragraphIndex) ?? [];
    inParagraph.push(result);
    quotesByParagraph.set(result.paragraphIndex, inParagraph);
  }
  quotes.forEach((quote, i) => (quote.index = i));
  return { quotes, scareQuotes };
}

/** Verbs a headline attributes words with ("union warns", "Mayor says", "firm calls claims …"). */
const HEADLINE_VERB =
  'says?|said|warns?|warned|claims?|insists?|tells?|argues?|admits?|vows?|calls?|denies|brands?|slams?|blasts?|accuses|urges|rejects|dismisses|rules|ruled|finds|found';
/** A headline's speaker after its quotation: "…', union warns", "…', says Vetrenko". */
const HEADLINE_SPEAKER_AFTER = new RegExp(
  `^\\s*[,:;—–-]?\\s*(?:(?:${HEADLINE_VERB})\\s+((?:[\\p{L}'’-]+\\s+){0,3}?[\\p{L}'’-]+)|((?:[\\p{L}'’-]+\\s+){0,3}?[\\p{L}'’-]+)\\s+(?:${HEADLINE_VERB}))\\s*(?:$|[,;.|/])`,
  'u',
);
/** A headline's speaker before its quotation: "Police say officers were '…'". */
const HEADLINE_SPEAKER_BEFORE = new RegExp(
  `(?:^|[,;:.|/]\\s*|\\bas\\s+)((?:[\\p{L}'’-]+\\s+){0,3}?[\\p{L}'’-]+)\\s+(?:${HEADLINE_VERB})\\s+[^"“‘'.;:|/]{0,80}$`,
  'u',
);

/**
 * The one actor a headline names as the speaker of its quotation, before it ("Mayor Roe says …
 * 'reckless'") or after it ("… 'bullies', says Vetrenko"): a name the body gives in full, or a
 * post ("council leader") only one person holds.
 */
/** The paragraph right after the headline, when it reads like one: short, with no full stop at its end. */
function isStandfirst(ctx: AttributionContext, paragraph: Paragraph): boolean {
  const previous = ctx.paragraphs.find((p) => p.index === paragraph.index - 1);
  const text = ctx.body.slice(paragraph.start, paragraph.end).trim();
  return (
    previous?.kind === 'headline' &&
    paragraph.kind === 'body' &&
    !/[.!?]["”’']?$/u.test(text) &&
    wordCount(text) <= 40
  );
}

function headlineSpeaker(
  ctx: AttributionContext,
  quote: RawQuote,
  paragraph: Paragraph,
): WorkingActor | undefined {
  const after = ctx.body.slice(quote.outerEnd, paragraph.end);
  const before = ctx.body.slice(paragraph.start, quote.outerStart);
  const phrase = HEADLINE_SPEAKER_AFTER.exec(after) ?? HEADLINE_SPEAKER_BEFORE.exec(before);
  const words = (phrase?.[1] ?? phrase?.[2] ?? '').replace(/^(?:the|a|an)\s+/iu, '').trim();
  if (!words) return undefined;
  // A name: the one person or body the article names with those words.
  const named = [...ctx.index.actors.values()].filter(
    (actor) =>
      (actor.name === words || actor.name.endsWith(` ${words}`) || actor.aliases.includes(words)) &&
      actor.mentions.some((mention) => mention.start >= paragraph.end),
  );
  if (named.length === 1) return named[0];
  // ("Judge rules …": a headline's first word is capitalised whatever it is.)
  const opensHeadline = ctx.body
    .slice(paragraph.start, quote.outerStart)
    .trimStart()
    .startsWith(words);
  const lastWord = words.split(/\s+/u).at(-1) ?? '';
  // (… though "Sheriff denies 'policy'" quotes a label, not the sheriff's words.)
  const postOpening =
    opensHeadline && !words.includes(' ') && wordCount(ctx.body.slice(quote.start, quote.end)) > 1;
  if (named.length > 1 || (/^\p{Lu}/u.test(lastWord) && !postOpening)) return undefined;
  // A post: the one person who holds it ("council leader insists …"). (A body described — "union
  // warns" — is often quoted through its leader below, so it is left to the repeated words.)
  const post = words.toLowerCase();
  const fits = [...ctx.index.actors.values()].filter(
    (actor) => actor.kind === 'Person' && actor.typeNouns.has(post),
  );
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * `X said the plan "works" and accused the union of "fearmongering."`: a quotation in a second
 * predicate of the same sentence, with no subject of its own, was said by the previous quotation's
 * speaker.
 */
function coordinatedPredicate(
  ctx: AttributionContext,
  quote: RawQuote,
  previous: RawQuote | undefined,
  attributed: Map<RawQuote, Attribution>,
): Attribution | undefined {
  const before = previous ? attributed.get(previous) : undefined;
  // (An unnamed spokesperson goes on too: "A spokesperson for the council said it was "…", but
  // confirmed that the scheme was "…".")
  if (!previous || !before || (!before.speaker && before.rule !== 'lead-unnamed-speaker'))
    return undefined;
  const between = ctx.body.slice(previous.outerEnd, quote.outerStart);
  // ("… and added the line that has dogged him: "…"": a colon that introduces the words is no break.)
  if (/[.!?;:]\s/u.test(between.replace(/:\s*$/u, '')) || wordCount(between) > 20) return undefined;
  // (a short complement may come first: "… "a number of concerns" about the books and asked …")
  const verb =
    /^(?:\s+(?:about|over|from|to|for|with|on|in|by)\s+[^,.;:"“”]{1,40}?)?\s*,?\s*(?:and|but)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)\b/u.exec(
      between,
    );
  // "… said that her client "has never …" and that the messages were "stripped of context."":
  // a second clause of the same speech verb.
  const secondClause = verb?.[1] === 'that';
  // "… insisting that "…" and claiming …": a participle counts when it is a speech verb.
  const participle =
    verb?.[1] !== undefined && /ing$/u.test(verb[1]) && isSpeechVerb(verb[1], ctx.lexicon, true);
  // "… supports the principle but would need "time and resources"": a modal starts a second predicate.
  const modal =
    verb?.[1] !== undefined && /^(?:would|will|could|should|might|must|can|may)$/u.test(verb[1]);
  if (
    !verb?.[1] ||
    (!secondClause &&
      !participle &&
      !modal &&
      !/(?:ed|s)$/u.test(verb[1]) &&
      !/^(?:said|told|wrote|spoke|read)$/u.test(verb[1]))
  )
    return undefined;
  // (A pronoun after the verb opens the reported clause: "… and said he had "…"", "… and warning
  // that it "…"".)
  const verbAt = previous.outerEnd + verb.index + verb[0].length - verb[1].length;
  const subjects = subjectMentions(ctx, previous.outerEnd, quote.outerStart).filter(
    (m) =>
      (m.kind === 'Pronoun' && m.start < verbAt) ||
      (m.kind !== 'Description' && m.kind !== 'Pronoun' && m.start < previous.outerEnd + 8),
  );
  if (subjects.length > 0 && !secondClause) return undefined;
  return {
    speaker: before.speaker,
    rule: secondClause ? 'coordinated-clause' : 'coordinated-predicate',
    confidence: Math.min(before.confidence, 0.75),
    ...(before.source ? { source: before.source } : {}),
  };
}

/**
 * "… but that 'any death in our care is reviewed' and any concerns would be 'fully investigated'":
 * a short phrase in the same sentence as the speaker's longer quotation, with no speech verb and
 * no one else named between, is the same speaker's.
 */
function phraseInSameSentence(
  ctx: AttributionContext,
  quote: RawQuote,
  previous: RawQuote | undefined,
  attributed: Map<RawQuote, Attribution>,
): Attribution | undefined {
  const before = previous ? attributed.get(previous) : undefined;
  // (An unnamed spokesperson goes on too: "A spokesperson for the council said it was "…", but
  // confirmed that the scheme was "…".")
  if (!previous || !before || (!before.speaker && before.rule !== 'lead-unnamed-speaker'))
    return undefined;
  const between = ctx.body.slice(previous.outerEnd, quote.outerStart);
  if (
    sentenceEndIn(ctx, previous.outerEnd, quote.outerStart) ||
    speechVerbs(between, previous.outerEnd, ctx.lexicon, true).length > 0 ||
    wordCount(between) > 12 ||
    subjectMentions(ctx, previous.outerEnd, quote.outerStart).some(
      (m) => m.kind === 'Person' || m.kind === 'Organization',
    )
  )
    return undefined;
  return {
    speaker: before.speaker,
    rule: 'coordinated-phrase',
    confidence: Math.min(before.confidence, 0.65),
    ...(before.source ? { source: before.source } : {}),
  };
}

const NOT_NOUNS = new Set([
  'and',
  'or',
  'but',
  'to',
  'in',
  'at',
  'on',
  'for',
  'before',
  'after',
  'when',
  'while',
  'because',
  'as',
  'of',
  'by',
  'with',
  'from',
  'than',
  'that',
  'which',
  'who',
  'since',
  'until',
  'if',
  'is',
  'was',
  'are',
  'were',
  'said',
  'says',
  'he',
  'she',
  'they',
  'it',
  'during',
  'about',
  'over',
  'into',
  'the',
  'a',
  'an',
  'this',
  'these',
  'those',
  'its',
  'their',
  'his',
  'her',
  'our',
  'any',
  'every',
  'such',
  'like',
  'including',
]);

/** Words after a quoted phrase that show it is no modifier of a noun ("'never once' against", "'a campaign' would"), unless the phrase is a name. */
const VERB_AFTER_PHRASE = new Set([
  'against',
  'toward',
  'towards',
  'through',
  'without',
  'within',
  'across',
  'among',
  'between',
  'despite',
  'amid',
  'via',
  'per',
  'whether',
  'where',
  'then',
  'so',
  'not',
  'now',
  'yet',
  'also',
  'would',
  'will',
  'could',
  'should',
  'can',
  'may',
  'might',
  'must',
  'has',
  'have',
  'had',
  'be',
  'been',
  'do',
  'does',
  'did',
  // past tenses that are not nouns: "had "never once" paid an invoice"
  'paid',
  'made',
  'told',
  'sent',
  'kept',
  'left',
  'met',
  'took',
  'gave',
  'went',
  'came',
  'got',
  'ran',
  'saw',
  'knew',
  'thought',
  'brought',
  'bought',
  'heard',
  'lost',
  'meant',
  'spent',
  'stood',
  'understood',
  'won',
  'wrote',
  'spoke',
  'broke',
  'chose',
  'drove',
  'fell',
  'forgot',
  'sought',
  'taught',
  'caught',
  'fought',
]);

/** `"hands-off" approach`: a short quotation used as a modifier of the noun after it is a term, not a statement. */
const NAMING_VERB =
  /(?<![\p{L}\p{N}])(?:call|calls|called|calling|dub|dubs|dubbed|term|terms|termed|label|labels|labeled|labelled|brand|brands|branded|nicknamed|known\s+as|referred\s+to\s+as|refers\s+to\s+as|so-called)\s+$/iu;
/** "And this:", "And the kicker:": a short label of lower-case words opening the paragraph before a quotation. */
const LABEL_LEAD = /^(?:And|But|Plus|Then|Also)(?:\s+\p{Ll}[\p{Ll}-]*){1,3}\s*:\s*$/u;

/** "signs reading", "T-shirts that read", "a banner saying": what a sign or a garment says follows. */
const SIGN_READING =
  /(?<![\p{L}\p{N}])(?:signs?|placards?|banners?|(?<=(?:-\p{Ll}+|wooden)\s)boards?|notices?|T-shirts?|shirts?|stickers?|posters?|buttons?|pickets?)\b(?:[^.!?"“”‘’]|(?<=\p{L})[’'](?=\p{L})){0,60}?(?:reading|read|reads|saying|that\s+said|with\s+the\s+words|included|including)[:,]?\s*$/iu;
/** "members of the Brennerton Coalition held signs …": the organisation whose members carry the sign. */
const SIGN_CARRIER_BEFORE =
  /(?:\p{Ll}+s|children|people|staff)\s+(?:of|from)\s+(?:the\s+)?$|\bby\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,4}$/u;

/** "stood and held up a sign", "wearing a T-shirt": a person carrying what reads. */
const SIGN_HOLDER_AFTER =
  /^[^.!?]{0,60}?(?<![\p{L}\p{N}])(?:held|holds|holding|carried|carries|carrying|wore|wears|wearing|waved|waves|waving|raised|hoisted)\s+(?:up\s+)?(?:a|an|the|his|her|their)\s/u;

/**
 * "Mr Roe has since put up hand-painted boards …": the subject who put the sign up; "his daughter
 * Aoibhe Roe, a sixth-class pupil, whose placard read:" the one whose sign it is.
 */
const SIGN_PUT_UP_AFTER =
  /^\s+(?:(?:has|had|have|also|since|then|later|recently|now)\s+){0,3}(?:put\s+up|erected|painted|hung|displayed)\s+(?:[\p{L}-]+\s+){0,3}?(?:signs?|boards?|banners?|placards?|posters?|notices?)\b|^(?:,\s+[^,.;:]{1,60})?,\s+whose\s+(?:[\p{L}-]+\s+)?(?:sign|placard|banner|poster|notice|T-shirt)\b/u;

/** "a sign " before the one who made it ("a sign he nailed …"). */
const SIGN_NOUN_BEFORE = /(?:signs?|placards?|banners?|posters?)\s+(?:that\s+)?$/u;
/** "… nailed to the gate", "… had painted": what the maker of a sign did with it. */
const SIGN_MAKER_AFTER =
  /^\s+(?:had\s+)?(?:\p{Ll}+ly\s+)?(?:nailed|hung|put|posted|painted|made|wrote|taped|planted|erected|displayed|propped|pinned|tacked|stuck)\b/u;

/**
 * Words on a sign, a placard or a T-shirt: the organisation whose members carry it when the
 * sentence says so, otherwise no one named.
 */
function signAttribution(
  ctx: AttributionContext,
  quote: RawQuote,
  start: number,
): Attribution | undefined {
  const lead = ctx.body.slice(start, quote.outerStart);
  if (!SIGN_READING.test(lead)) return undefined;
  const mentions = subjectMentions(ctx, start, quote.outerStart);
  // … or the person who holds it up ("Dwayne Roe stood and held up a sign that read …").
  const carrier =
    mentions.find(
      (m) =>
        m.kind === 'Organization' &&
        SIGN_CARRIER_BEFORE.test(ctx.body.slice(Math.max(start, m.start - 60), m.start)),
    ) ??
    // (the nearest: "Roe's husband, Dwayne Roe, stood and held up a sign"; "She carried a placard")
    mentions.findLast(
      (m) =>
        (m.kind === 'Person' || (m.kind === 'Pronoun' && /^(?:he|she)$/iu.test(m.text))) &&
        (SIGN_HOLDER_AFTER.test(ctx.body.slice(m.end, Math.min(quote.outerStart, m.end + 80))) ||
          SIGN_PUT_UP_AFTER.test(ctx.body.slice(m.end, Math.min(quote.outerStart, m.end + 80)))),
    ) ??
    // … or who put it up ("A hand-lettered sign he nailed to the gate reads …").
    mentions.find(
      (m) =>
        (m.kind === 'Person' || (m.kind === 'Pronoun' && /^(?:he|she)$/iu.test(m.text))) &&
        SIGN_NOUN_BEFORE.test(ctx.body.slice(Math.max(start, m.start - 20), m.start)) &&
        SIGN_MAKER_AFTER.test(ctx.body.slice(m.end, m.end + 30)),
    );
  // … or the body that printed it ("placards printed by their union reading …"), or put it up
  // ("signs reading "…", put up by the residents' association, line the verges").
  const printer = carrier
    ? undefined
    : (/\bby\s+(?:their|its|the)\s+(?:[\p{Ll}'’-]+\s+)?(union|association|federation|coalition|campaign|group|council|guild)\b/u.exec(
        lead,
      )?.[1] ??
      /^["”’']?\s*,\s+(?:put\s+up|made|erected|painted|printed)\s+by\s+(?:their|its|the)\s+(?:[\p{Ll}'’-]+\s+)?(union|association|federation|coalition|campaign|group|council|guild)\b/u.exec(
        ctx.body.slice(quote.end, quote.end + 80),
      )?.[1]);
  const speaker = carrier
    ? resolveSubject(ctx, carrier)
    : printer
      ? (resolveDescription(ctx.index, printer, quote.outerStart, ctx.lexicon) ?? null)
      : null;
  return {
    speaker,
    ...(carrier && speaker ? { speakerMention: { start: carrier.start, end: carrier.end } } : {}),
    rule: 'lead-sign',
    confidence: speaker ? 0.6 : 0.5,
  };
}

/** "was described by the prosecution as ", "branded by Cllr Roe as a ": who described it, then "as". */
const DESCRIBED_BY =
  /(?<![\p{L}\p{N}])(?:described|branded|labelled|labeled|dubbed|characteri[sz]ed)\s+by\s+([^,.;:!?"“”‘’]{2,60}?)\s+as\s+(?:(?:a|an|the|his|her|their|its)\s+)?$/u;

/**
 * "Royston Roe … was described by the prosecution as ‘the man everybody trusted’": the words of
 * the one the passive names.
 */
function describedBy(ctx: AttributionContext, quote: RawQuote): Attribution | undefined {
  const from = Math.max(0, quote.outerStart - 120);
  const match = DESCRIBED_BY.exec(ctx.body.slice(from, quote.outerStart));
  if (!match?.[1]) return undefined;
  const at = from + match.index + match[0].indexOf(match[1], match[0].indexOf(' by ') + 4);
  const agent = subjectMentions(ctx, at, at + match[1].length).find(
    (m) => m.kind === 'Person' || m.kind === 'Organization' || m.kind === 'Description',
  );
  const speaker = agent ? resolveSubject(ctx, agent) : null;
  return speaker && agent
    ? {
        speaker,
        speakerMention: { start: agent.start, end: agent.end },
        rule: 'own-words-described-by',
        confidence: 0.6,
      }
    : undefined;
}

/** "what she called a", "what Roe described as his": the one naming it, then the naming verb. */
const OWN_WORDS_BEFORE =
  /(?<![\p{L}\p{N}])what\s+(\p{Lu}[\p{L}'’-]+|he|she|they)\s+(?:\p{Ll}+ly\s+)?(?:call|calls|called|termed|terms|described\s+as|describes\s+as)\s+(?:(?:a|an|the|his|her|their|its)\s+)?$/u;

/**
 * "… and blamed what she called a "hostile work environment"": words a person is said to have
 * used for something are theirs, a mixed quotation of whoever "she" is (or the one named there).
 */
function whatTheyCalled(ctx: AttributionContext, quote: RawQuote): Attribution | undefined {
  const before = ctx.body.slice(Math.max(0, quote.outerStart - 60), quote.outerStart);
  const match = OWN_WORDS_BEFORE.exec(before);
  if (!match?.[1]) return undefined;
  // ("what they call "the Pit"" names a place.)
  if (isTitleCase(ctx.body.slice(quote.start, quote.end)) && /call/u.test(match[0]))
    return undefined;
  const at = quote.outerStart - before.length + match.index + match[0].indexOf(match[1], 4);
  const mention = subjectMentions(ctx, at, at + match[1].length).find((m) => m.start === at);
  const speaker = mention ? resolveSubject(ctx, mention) : null;
  if (!speaker || !mention) return undefined;
  return {
    speaker,
    speakerMention: { start: mention.start, end: mention.end },
    rule: 'own-words-what-they-called',
    confidence: 0.6,
  };
}

/** "what she called a", "what they call": a person naming something in their own words. */
const PERSON_CALLS =
  /(?<![\p{L}\p{N}])what\s+(?:he|she|they|we)\s+(?:\p{Ll}+ly\s+)?(?:call|calls|called)\s+(?:(?:a|an|the)\s+)?$/iu;
/** "to classify office stays as", "log them instead as": a category's name follows. */
/** "rated … as", "downgraded … from", "upgraded … to": a grade follows. */
const GRADED_AS =
  /(?<![\p{L}\p{N}])(?:rate|rates|rated|rating|re-rated|downgrad\p{L}*|upgrad\p{L}*|grade|grades|graded)\s+(?:[^.;:!?]{0,80}?\s)?(?:as|to|from)\s+$/iu;
const CLASSIFIED_AS =
  /(?<![\p{L}\p{N}])(?:classify|classifies|classified|classifying|reclassif\p{L}*|record|records|recorded|recording|log|logs|logged|logging|code|codes|coded|coding|categori[sz]\p{L}*|designat\p{L}*|list|lists|listed|listing|count|counts|counted|counting|mark|marks|marked|marking)\s+(?:[\p{L}'’-]+\s+){0,4}as\s+$/iu;
const DETERMINER_BEFORE = /(?:^|\s)(?:a|an|the|its|their|his|her|our|this|these|those)\s+$/iu;
const COPULA_ARTICLE_BEFORE = /(?<![\p{L}\p{N}])(?:is|are|was|were|been|be)\s+(?:a|an)\s+$/u;
const PREPOSITION_BEFORE = /\s(?:of|for|on|about|into|from|with|under|as)\s+$/iu;
const ADJECTIVE_ENDING = /(?:ous|ful|ive|able|ible|ic|less|ish|ed|en|ary|ent|ant)$/u;

/**
 * A short quotation used as a name or a label rather than as someone's words: right after a
 * naming verb ("what the agency calls "coverage routes"") unless it is an evaluation ("a claim
 * officials call "absurd""), inside a noun phrase ("a "navigation campus""), or after a
 * preposition in a sentence with no speech verb ("footage of "critical incidents"").
 */
function isNamingUse(
  ctx: AttributionContext,
  quote: RawQuote,
  text: string,
  hasSpeaker: boolean,
): boolean {
  const before = ctx.body.slice(Math.max(0, quote.outerStart - 40), quote.outerStart);
  const lastWord = (/([\p{L}-]+)[.!?,;:]*$/u.exec(text)?.[1] ?? '').toLowerCase();
  const evaluative =
    ctx.lexicon.evaluativeWords.has(lastWord) ||
    ADJECTIVE_ENDING.test(lastWord) ||
    /^(?:un|dis|anti|ir|il)-?\p{L}{3}/u.test(lastWord);
  // "what she called a "directive"": a person's own word for it, theirs to answer for (though
  // "what they call "The Long Shelf"" is a place's name).
  if (PERSON_CALLS.test(before)) return isTitleCase(text);
  // "described the overtime order as a "temporary bridge"": the speaker's own characterisation.
  if (
    /(?<![\p{L}\p{N}])(?:described|describes|describing|characteri[sz]ed|characteri[sz]es|portrayed|painted)\s+(?:[\p{L}'’-]+\s+){0,6}as\s+(?:(?:a|an|the)\s+)?$/iu.test(
      ctx.body.slice(Math.max(0, quote.outerStart - 80), quote.outerStart),
    )
  )
    return false;
  // "participants called it "Camp Esperanza"": a name in title case given to something.
  if (isTitleCase(text) && /(?<![\p{L}\p{N}])call(?:s|ed|ing)?\s+(?:it|them)\s+$/iu.test(before))
    return true;
  if (NAMING_VERB.test(before) || CLASSIFIED_AS.test(before)) return !evaluative;
  // "Roe said the notices were a "necessary legal step"": what something is, in a speaker's
  // reported words, is their judgement, not a name.
  if (hasSpeaker && COPULA_ARTICLE_BEFORE.test(before)) return false;
  if (DETERMINER_BEFORE.test(before)) return true;
  if (hasSpeaker || !PREPOSITION_BEFORE.test(before)) return false;
  const paragraph = ctx.paragraphs.find((p) => p.start <= quote.start && quote.start < p.end);
  const sentence = paragraph?.sentences.find(
    (s) => s.start <= quote.outerStart && quote.outerStart < s.end,
  );
  const lead = ctx.body.slice(sentence?.start ?? quote.outerStart, quote.outerStart);
  // A verb, not an adjective: "the department's written policy" has no speech verb.
  return ![...lead.matchAll(/(\S+\s+)?(\p{Ll}+)/gu)].some(
    ([, previous, word]) =>
      !/^(?:a|an|the|its|his|her|their|our)\s|['’]s\s$/iu.test(previous ?? '') &&
      (ctx.lexicon.strongSpeechVerbs.has(word ?? '') ||
        ctx.lexicon.weakSpeechVerbs.has(word ?? '')),
  );
}

/** Words after which quoted words are the name of something: a title, a subject line, a slogan's campaign. */
const TITLE_BEFORE =
  /(?<![\p{L}\p{N}])(?:titled|entitled|headlined|headed|captioned|subtitled|named|nicknamed|dubbed|branded|subject\s+line|the\s+notation|the\s+heading|the\s+hashtag|the\s+slogan|the\s+banner|the\s+caption)\s*,?\s*$/iu;

/**
 * A quotation that names something rather than reports words: a title, a subject line or a
 * notation ("a video titled "The Truth About Your Safety"", "under the subject line "…""), or a
 * name in title case used before a noun ("the "Fair Pay for Hartwell TAs" campaign").
 */
function isTitle(ctx: AttributionContext, quote: RawQuote, text: string): boolean {
  if (quote.marks === 'none' || wordCount(text) > 14) return false;
  const before = ctx.body.slice(Math.max(0, quote.outerStart - 30), quote.outerStart);
  // "Related: "Two deaths, no answers at Kessock jail" (Dec. 4, 2024)", "- The Ledger, "Sheriff's
  // email says …," Aug. 5, 2025": a story's headline in a list of links or sources.
  const paragraph = ctx.paragraphs[quote.paragraphIndex];
  const sentence = paragraph?.sentences.find(
    (s) => s.start <= quote.outerStart && quote.outerStart < s.end,
  );
  const lineStart = ctx.body.slice(sentence?.start ?? paragraph?.start ?? 0, quote.outerStart);
  if (
    LINK_LINE.test(lineStart) ||
    (/^\p{Lu}/u.test(text) &&
      DATED_AFTER.test(ctx.body.slice(quote.outerEnd, quote.outerEnd + 30)) &&
      /^\s*(?:[-–—•*]\s+)?[^"“”]*,\s*$/u.test(lineStart))
  )
    return true;
  if (wordCount(text) > 10) return false;
  if (TITLE_BEFORE.test(before)) return true;
  // "the "Detainer Compliance Act."": the name of a law.
  if (isTitleCase(text) && LAW_NAME.test(text)) return true;
  // 'Dolores "Lola" Roe': a nickname inside a name.
  if (
    /^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)?$/u.test(text) &&
    /\p{Lu}[\p{Ll}\p{M}'’-]+\s$/u.test(before) &&
    /^\s\p{Lu}/u.test(ctx.body.slice(quote.outerEnd, quote.outerEnd + 2))
  )
    return true;
  const titleCase = isTitleCase(text);
  // "A Facebook group called "Pine Hollow Neighbors for Clean Air,"", "calling the site "Camp
  // Ferris"", "known among officers as the "Officers' Bill of Rights"": a name given to something.
  if (titleCase && !/[!?;:]$/u.test(text) && NAME_GIVEN_BEFORE.test(before)) return true;
  // "the young adult novels "The Salt Between Us" and "Every Color of Dusk"", "who wrote "…"",
  // "A fourth book, "Blue Hour at Tamarack Lake,"": the name of a work.
  if (titleCase && !/[!?;:]$/u.test(text) && WORK_BEFORE.test(before)) return true;
  if (titleCase && !/[.!?,;:]$/u.test(text)) {
    const listed = /["”’]\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$/u.exec(before);
    if (listed) {
      const previous = quotationEndingBefore(ctx, quote.outerStart, 12);
      if (previous) {
        const previousText = ctx.body.slice(previous[0] + 1, previous[1] - 1);
        const beforePrevious = ctx.body.slice(Math.max(0, previous[0] - 30), previous[0]);
        if (isTitleCase(previousText) && WORK_BEFORE.test(beforePrevious)) return true;
      }
    }
  }
  return (
    titleCase &&
    wordCount(text) >= 2 &&
    DETERMINER_BEFORE.test(before) &&
    isModifierUse(ctx.body, quote, text)
  );
}

/** A line that lists related stories or reading: "Related:", "Read more:", "Read our guide:". */
const LINK_LINE =
  /^\s*(?:[-–—•*]\s+)?(?:related|read\s+more|see\s+also|also\s+read|more\s+coverage|previously|read\s+our\s+[^:"“”]{1,40}|listen|watch)\s*:\s*$/iu;
/** A date right after a closing mark: a cited story's date (", Aug. 5, 2025", " (Dec. 4, 2024)"). */
const DATED_AFTER =
  /^\s*,?\s*\(?(?:(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)\p{L}*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4})/u;
/** The last word of a law's name: "… Compliance Act", "… Equal Protection Clause". */
const LAW_NAME = /\s(?:Act|Ordinance|Bill|Clause|Code|Amendment|Statute)[.,]?$/u;

/** The nouns and verbs that name a work before its title in quotation marks. */
const WORK_BEFORE =
  /(?<![\p{L}\p{N}])(?:novels?|books?|memoirs?|films?|movies?|songs?|albums?|plays?|poems?|documentar(?:y|ies)|podcasts?|essays?|musicals?|operas?|paintings?|wrote|written|authored|directed|published|author\s+of)\s*,?\s*$/iu;

/** "a group called", "calling the site", "known locally as the": a name given to something follows. */
const NAME_GIVEN_BEFORE =
  /(?<![\p{L}\p{N}])(?:called|call(?:s|ing)\s+(?:[\p{L}'’-]+\s+){1,3}|calls?\s+(?:it|itself|themselves|themself)\s+|known\s+(?:[\p{Ll}]+\s+){0,3}as(?:\s+the)?)\s*$/iu;

/** Every word capitalised, or a short function word: "The Salt Between Us", "Every Color of Dusk". */
function isTitleCase(text: string): boolean {
  return text
    .replace(/[.,!?]+$/u, '')
    .split(/\s+/u)
    .every(
      (word) =>
        /^[\p{Lu}\p{N}&]/u.test(word) ||
        /^(?:of|for|the|and|a|an|to|in|on|at|by|with)$/u.test(word),
    );
}

function isModifierUse(body: string, quote: RawQuote, text: string): boolean {
  // "over "security concerns," pointing to …": punctuation inside the marks ends a phrase.
  if (
    /[.!?,;:]$/u.test(text) ||
    (!isTitleCase(text) && /[.!?,;:]$/u.test(body.slice(quote.start, quote.outerEnd - 1)))
  )
    return false;
  const next = /^\s+([\p{Ll}][\p{L}-]*)/u.exec(
    body.slice(quote.outerEnd, quote.outerEnd + 30),
  )?.[1];
  // "had "never once" criticised": a verb in the past, not a noun, follows.
  if (next === undefined || NOT_NOUNS.has(next) || /ly$/u.test(next)) return false;
  // "the staff had "selectively ignored" evidence": after an auxiliary the words are a verb phrase.
  if (
    /(?<![\p{L}\p{N}])(?:had|has|have|was|were|is|are|be|been|being|would|will|could|should|did|does|do)\s+$/u.test(
      body.slice(Math.max(0, quote.outerStart - 12), quote.outerStart),
    )
  )
    return false;
  // "force the line to "seriously consider" calling", "that it "continues to expect" earnings":
  // after "to" or a subject pronoun, or opening with an adverb, the words are a verb phrase.
  if (
    /(?<![\p{L}\p{N}])(?:to|it|he|she|they|we|I)\s+$/u.test(
      body.slice(Math.max(0, quote.outerStart - 6), quote.outerStart),
    ) ||
    /^\p{Ll}+ly\s+\p{Ll}/u.test(text)
  )
    return false;
  // … though "the "BRE" raids", "the "Camp Esperanza" sweep" are names whatever follows, and
  // "an early 'options appraisal' prepared by officers" is a noun phrase.
  if (isTitleCase(text)) return true;
  const nounPhrase =
    /(?<![\p{L}\p{N}])(?:a|an|the|its|their|his|her|our|this|that)\s+(?:[\p{Ll}-]+\s+)?$/iu.test(
      body.slice(Math.max(0, quote.outerStart - 30), quote.outerStart),
    );
  return (
    !VERB_AFTER_PHRASE.has(next) && (nounPhrase || !(next.length > 4 && /[^e]ed$/u.test(next)))
  );
}

function groupByParagraph(quotes: RawQuote[]): Map<number, RawQuote[]> {
  const groups = new Map<number, RawQuote[]>();
  for (const quote of quotes) {
    const group = groups.get(quote.paragraphIndex) ?? [];
    group.push(quote);
    groups.set(quote.paragraphIndex, group);
  }
  return groups;
}

function attributedByHeaderChain(
  rawByParagraph: Map<number, RawQuote[]>,
  attributed: Map<RawQuote, Attribution>,
  quote: RawQuote,
): boolean {
  const inPrevious = rawByParagraph.get(quote.paragraphIndex - 1) ?? [];
  const previous = inPrevious[inPrevious.length - 1];
  return (
    previous !== undefined &&
    previous.continuesInNext &&
    attributed.get(previous)?.rule === 'excerpt-header'
  );
}

/** Resolves a pronoun or description at a position (exported for the indirect-speech stage). */
export function resolveSpeakerWord(
  ctx: AttributionContext,
  word: string,
  position: number,
): WorkingActor | undefined {
  if (SUBJECT_PRONOUNS.has(word.toLowerCase()))
    return resolvePronoun(ctx.index, word, position, ctx.lexicon);
  return resolveDescription(ctx.index, word, position, ctx.lexicon);
}
