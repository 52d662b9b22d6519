/**
 * Indirect speech: reported statements without quotation marks — "according to X, …", "…, according
 * to X", "X said (that) …", "X says …", "…, X said." — emitted as quotes with quoteType `indirect`.
 * Only sentences without quotation marks are considered, and only when the speaker resolves to an
 * actor. The span is the reported clause. Offsets are UTF-16 indices.
 */
import type { AttributionContext } from './attribution.js';
import { actorOfMention } from './sources.js';
import type { RawQuote } from './quotes.js';
import { startingIn } from './spans.js';
import type { Quote } from './types.js';

const INDIRECT_VERBS = new Set([
  'said',
  'says',
  'say',
  'told',
  'tells',
  'wrote',
  'writes',
  'argued',
  'argues',
  'claimed',
  'claims',
  'insisted',
  'insists',
  'noted',
  'notes',
  'explained',
  'explains',
  'stated',
  'states',
  'warned',
  'warns',
  'acknowledged',
  'acknowledges',
  'denied',
  'denies',
  'confirmed',
  'confirms',
  'added',
  'adds',
  'maintained',
  'maintains',
  'contended',
  'contends',
  'alleged',
  'alleges',
  'believes',
  'believed',
  'suggested',
  'suggests',
  'announced',
  'announces',
  'testified',
  'reported',
  'reports',
]);

/** Subject, optional aside (", who …," or "— … —"), optional auxiliaries/adverbs, then the reporting verb. */
const SUBJECT_VERB =
  /^(?:\s*,[^,]{1,100},|\s*[—–][^—–]{1,100}[—–])?\s*,?\s*(?:(?:has|have|had|also|repeatedly|previously|later|then|again)\s+){0,3}(?:\p{Ll}+ly\s+)?(\p{Ll}+)\s+/u;
/** "X called it … and said …": the reporting verb after "and". */
const AND_VERB = /^[^.;]{0,120}?\band\s+(?:also\s+)?(said|says|added|noted|argued|insisted)\s+/u;

function trimClause(body: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /[\s,]/.test(body[s] ?? '')) s++;
  while (e > s && /[\s.,;!?]/.test(body[e - 1] ?? '')) e--;
  return [s, e];
}

/**
 * Finds indirect (reported) speech.
 * @example findIndirectSpeech(context, rawQuotes).map(q => q.text)
 */
export function findIndirectSpeech(ctx: AttributionContext, rawQuotes: RawQuote[]): Quote[] {
  const found: Quote[] = [];
  for (const paragraph of ctx.paragraphs) {
    if (paragraph.kind !== 'body') continue;
    for (const sentence of paragraph.sentences) {
      const text = ctx.body.slice(sentence.start, sentence.end);
      // Words in quotation marks are direct speech: reported clauses stop at the first mark.
      const firstMark = text.search(/["“”«»]|''/u);
      const quoted = startingIn(rawQuotes, paragraph.start, sentence.end).find(
        (q) => q.outerStart < sentence.end && q.outerEnd > sentence.start,
      );
      if (quoted && quoted.outerStart <= sentence.start) continue;
      const limit = Math.min(
        firstMark >= 0 ? sentence.start + firstMark : sentence.end,
        quoted ? quoted.outerStart : sentence.end,
      );
      const subjects = startingIn(ctx.index.mentions, sentence.start, limit).filter(
        (m) =>
          m.end <= limit &&
          (m.kind === 'Person' ||
            m.kind === 'Organization' ||
            m.kind === 'Description' ||
            (m.kind === 'Pronoun' && /^(?:he|she|they|it|we)$/iu.test(m.text))),
      );
      const according = /\baccording to\s/iu.exec(text);
      if (according && firstMark < 0) {
        const subject = subjects.find(
          (m) => m.start >= sentence.start + according.index + according[0].length,
        );
        const actor = subject ? actorOfMention(ctx.index, subject, ctx.lexicon) : undefined;
        if (subject && actor) {
          const clauseAfter =
            according.index < 3 ? text.indexOf(',', subject.end - sentence.start) : -1;
          const [s, e] =
            clauseAfter > 0
              ? trimClause(ctx.body, sentence.start + clauseAfter + 1, sentence.end)
              : trimClause(ctx.body, sentence.start, sentence.start + according.index);
          if (e - s > 10)
            found.push(
              indirectQuote(
                ctx,
                s,
                e,
                actor.key,
                subject,
                'indirect-according-to',
                0.7,
                paragraph.index,
              ),
            );
          continue;
        }
      }
      const before = found.length;
      for (const subject of subjects) {
        const after = ctx.body.slice(subject.end, limit);
        const verb = SUBJECT_VERB.exec(after) ?? AND_VERB.exec(after);
        if (!verb?.[1] || !INDIRECT_VERBS.has(verb[1])) continue;
        if (/['’]s$/u.test(ctx.body.slice(subject.start, subject.end + 2))) continue;
        const actor = actorOfMention(ctx.index, subject, ctx.lexicon);
        if (!actor) break;
        let clauseStart = subject.end + verb.index + verb[0].length;
        if (/^(?:told|tells)$/u.test(verb[1])) {
          const object = /^(?:the\s+)?[\p{L}'’.]+(?:\s+\p{Lu}[\p{L}'’.]+)*\s+/u.exec(
            ctx.body.slice(clauseStart, limit),
          );
          if (object) clauseStart += object[0].length;
        }
        const medium = /^(?:in|on)\s+[^,.;]{0,50}?\bthat\s+/u.exec(
          ctx.body.slice(clauseStart, limit),
        );
        if (medium) clauseStart += medium[0].length;
        const that = /^that\s+/u.exec(ctx.body.slice(clauseStart, limit));
        if (that) clauseStart += that[0].length;
        // "… would take place but told reporters …": a second reporting verb ends the clause.
        const clauseText = ctx.body.slice(clauseStart, limit);
        const stop = /\s+(?:but|and)\s+(?:also\s+)?(?:told|said|added|called|insisted)\b/u.exec(
          clauseText,
        );
        const [s, e] = trimClause(ctx.body, clauseStart, stop ? clauseStart + stop.index : limit);
        const words = ctx.body.slice(s, e).split(/\s+/u).length;
        if (e - s > 12 && (limit === sentence.end || words >= 5)) {
          const verbStart = subject.end + verb.index + verb[0].lastIndexOf(verb[1]);
          found.push(
            indirectQuote(
              ctx,
              s,
              e,
              actor.key,
              subject,
              'indirect-speaker-verb-clause',
              limit === sentence.end ? 0.65 : 0.5,
              paragraph.index,
              verb[1],
              verbStart,
            ),
          );
        }
        break;
      }
      const tail =
        /,\s+((?:[\p{Lu}][\p{L}'’.-]*\s?){1,3}|he|she|they)\s+(said|says|added|wrote|argued|noted)\s*\.?$/u.exec(
          text,
        );
      if (tail && firstMark < 0 && found.length === before) {
        const subjectStart = sentence.start + tail.index + tail[0].indexOf(tail[1] ?? '');
        const subject = subjects.find((m) => m.start === subjectStart);
        const actor = subject ? actorOfMention(ctx.index, subject, ctx.lexicon) : undefined;
        if (subject && actor) {
          const [s, e] = trimClause(ctx.body, sentence.start, sentence.start + tail.index);
          if (e - s > 12)
            found.push(
              indirectQuote(
                ctx,
                s,
                e,
                actor.key,
                subject,
                'indirect-clause-speaker-said',
                0.65,
                paragraph.index,
              ),
            );
        }
      }
    }
  }
  return found;
}

function indirectQuote(
  ctx: AttributionContext,
  start: number,
  end: number,
  speakerKey: string,
  subject: { start: number; end: number },
  rule: string,
  confidence: number,
  paragraphIndex: number,
  verb?: string,
  verbStart?: number,
): Quote {
  const quote: Quote = {
    index: 0,
    start,
    end,
    text: ctx.body.slice(start, end),
    quoteType: 'indirect',
    speakerKey,
    speakerMention: { start: subject.start, end: subject.end },
    paragraphIndex,
    rule,
    confidence,
  };
  if (verb && verbStart !== undefined)
    quote.cue = { verb, start: verbStart, end: verbStart + verb.length };
  return quote;
}
