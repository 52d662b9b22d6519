/**
 * Repeated words: articles quote the same words more than once — a headline or a crosshead that
 * repeats a line from the body, a partial quote picked up again after the full sentence was
 * attributed ("'They have been peaceful.' Sure."), a fragment of a letter quoted in full further
 * down. A quotation whose own attribution found no speaker (or only carried over a neighbour's, or
 * that stands in a headline or as a short phrase taken for a scare quote) takes the speaker of the
 * attributed quotation whose words contain it, or that its words contain, when exactly one speaker
 * said them. Offsets are UTF-16 indices.
 */
import type { Quote, ScareQuote } from './types.js';

/** The rules whose speaker is weaker evidence than the same words attributed elsewhere. */
const WEAK_RULES = new Set(['quote-unattributed', 'continuation-next-paragraph']);

/** Lower-case words of a text, apostrophes straightened, punctuation dropped. */
function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘]/gu, "'")
    .split(/[^\p{L}\p{N}'-]+/u)
    .map((word) => word.replace(/^['-]+|['-]+$/gu, ''))
    .filter((word) => word.length > 0);
}

/** `wordsOf` without a verb's or a plural's final -s ("would rip the heart out" ~ "it rips …"). */
function stemsOf(text: string): string[] {
  return wordsOf(text).map((word) => (word.length > 3 ? word.replace(/(?<![su'])s$/u, '') : word));
}

/** Whether every word of a text opens with a capital (or is a short connector): a name. */
function titleCase(text: string): boolean {
  return text
    .split(/\s+/u)
    .every(
      (word) => /^[\p{Lu}\p{N}]/u.test(word) || /^(?:of|for|the|and|a|an|to|in|on)$/u.test(word),
    );
}

/** Whether `inner` occurs as a run of whole words inside `outer`. */
function containsRun(outer: readonly string[], inner: readonly string[]): boolean {
  if (inner.length === 0 || inner.length > outer.length) return false;
  for (let i = 0; i + inner.length <= outer.length; i++) {
    let j = 0;
    while (j < inner.length && outer[i + j] === inner[j]) j++;
    if (j === inner.length) return true;
  }
  return false;
}

/** The one speaker of the attributed quotations that contain the words, or that the words contain. */
function speakerOfRepeat(
  words: readonly string[],
  quote: { start: number; end: number },
  sources: ReadonlyArray<{ quote: Quote; words: string[] }>,
  allowContaining: boolean,
  maxSourceWords = Infinity,
  firstWhenSeveral = false,
): Quote | undefined {
  const found = sources.filter(
    (source) =>
      (source.quote.end <= quote.start || source.quote.start >= quote.end) &&
      source.words.length <= maxSourceWords &&
      (containsRun(source.words, words) ||
        (allowContaining && source.words.length >= 4 && containsRun(words, source.words))),
  );
  const speakers = new Set(found.map((source) => source.quote.speakerKey));
  if (speakers.size === 1) return found[0]?.quote;
  // "Councillors accuse executive of 'steamrolling'" above one speaker's "that's steamrolling"
  // and another's "not a council that is steamrolling anybody": words quoted before any of their
  // sources summarise the first who said them.
  const first = [...found].sort((a, b) => a.quote.start - b.quote.start)[0];
  return firstWhenSeveral && first && first.quote.start >= quote.end ? first.quote : undefined;
}

/**
 * Gives repeated words the speaker who said them elsewhere in the article: unattributed quotations
 * and weak continuations are re-attributed, and headline or short quotations taken for scare quotes
 * become statements (rule `repeat-of-attributed-quote`).
 * @param paragraphIndexOf the paragraph of a body offset (for promoted scare quotes)
 * @example inheritRepeatedWords(quotes, scareQuotes, (offset) => 0)
 */
export function inheritRepeatedWords(
  quotes: Quote[],
  scareQuotes: ScareQuote[],
  paragraphIndexOf: (offset: number) => number,
): { quotes: Quote[]; scareQuotes: ScareQuote[] } {
  const sources = quotes
    .filter((quote) => quote.speakerKey !== null && !WEAK_RULES.has(quote.rule))
    .map((quote) => ({ quote, words: wordsOf(quote.text) }));
  // ("Mother tells court: 'Our house is so quiet now'" above the second paragraph of her
  // statement: words no one was found to say may take a continuation's speaker.)
  const continuedSources = quotes
    .filter((quote) => quote.speakerKey !== null && quote.rule === 'continuation-next-paragraph')
    .map((quote) => ({ quote, words: stemsOf(quote.text) }));
  if (sources.length === 0 && continuedSources.length === 0) return { quotes, scareQuotes };
  const stemmedSources = sources.map(({ quote }) => ({ quote, words: stemsOf(quote.text) }));
  for (const quote of quotes) {
    const weak = quote.speakerKey === null || WEAK_RULES.has(quote.rule);
    if (!weak) continue;
    const words = wordsOf(quote.text);
    // A single word no one was found to say ("… calls his post 'irresponsible'") is the fragment
    // someone is quoted saying further down, as a headline's word is.
    const single = words.length === 1 && quote.speakerKey === null;
    if (words.length < 2 && !single) continue;
    const source = single
      ? speakerOfRepeat(words, quote, sources, false, 12)
      : (speakerOfRepeat(
          stemsOf(quote.text),
          quote,
          stemmedSources,
          true,
          Infinity,
          !titleCase(quote.text),
        ) ??
        (quote.speakerKey === null
          ? speakerOfRepeat(stemsOf(quote.text), quote, continuedSources, false)
          : undefined));
    if (!source || source.speakerKey === quote.speakerKey) continue;
    if (single && source.start < quote.end) continue;
    quote.speakerKey = source.speakerKey;
    delete quote.speakerDescription;
    delete quote.speakerMention;
    delete quote.cue;
    if (source.source) quote.source = { ...source.source, rule: 'source-repeated-words' };
    quote.rule = 'repeat-of-attributed-quote';
    quote.confidence = Math.min(source.confidence, 0.75);
  }
  const kept: ScareQuote[] = [];
  const promoted: Quote[] = [];
  for (const scare of scareQuotes) {
    const words = wordsOf(scare.text);
    // A name in title case ("Tier 1", "Fair Pay for All") is a label even when someone said it.
    // … and so is the name of a category ("log them as "transitional supervision"").
    const label =
      scare.rule === 'scare-quote-category' ||
      (scare.rule !== 'scare-quote-headline' && titleCase(scare.text));
    // A headline's single word ("… calls suit 'baseless'") repeats a fragment quoted below, not a
    // word found anywhere in a long quotation.
    const headlineWord = words.length === 1 && scare.rule === 'scare-quote-headline';
    const source =
      (words.length >= 2 || headlineWord) && !label
        ? speakerOfRepeat(
            words,
            scare,
            sources,
            // ("Greenway 'would cut farms in two'" above "… would "cut farms in two"": a short
            // headline phrase may hold a word more than the phrase it repeats.)
            scare.rule === 'scare-quote-headline' && words.length >= 3 && words.length <= 6,
            headlineWord ? 12 : Infinity,
            words.length >= 2 && !titleCase(scare.text),
          )
        : undefined;
    if (!source) {
      kept.push(scare);
      continue;
    }
    const quote: Quote = {
      index: 0,
      start: scare.start,
      end: scare.end,
      text: scare.text,
      quoteType: 'mixed',
      speakerKey: source.speakerKey,
      paragraphIndex: paragraphIndexOf(scare.start),
      rule: 'repeat-of-attributed-quote',
      confidence: Math.min(source.confidence, 0.7),
    };
    if (source.source) quote.source = { ...source.source, rule: 'source-repeated-words' };
    promoted.push(quote);
  }
  return { quotes: [...quotes, ...promoted], scareQuotes: kept };
}
