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
/** When and where something was said, between the reporting verb and "that". */
const ADVERBIAL_BEFORE_THAT =
  /^(?:(?:in|on|at|after|before|during|outside|inside|from|last|this|earlier|later)\s+(?:[^,.;:"“”]|(?<=\s\p{Lu}\p{Ll}{1,3})\.(?=\s\d)){0,50}?|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\s+(?:(?:morning|afternoon|evening|night)\s+)?)\bthat\s+/u;

/** The last word of a clause cut short by a quotation: a word no clause ends on. */
const DANGLING_END =
  /(?<![\p{L}\p{N}])(?:a|an|the|its|his|her|their|our|my|your|this|that|these|those|and|or|but|of|to|in|on|at|by|for|from|with|as|into|than|be|been|being|is|are|was|were|had|has|have|would|could|should|will|can|may|might|must|not|no|called|calling|described|describing|termed|dubbed|labelled|labeled|what|which|who|whose)\s*$/iu;

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
          // "told a radio host Thursday that …": the clause starts after "that" when one follows
          // the object within a few words; otherwise after a short object ("told reporters …").
          const objectThenThat = /^[^,.;:"“”]{0,60}?\bthat\s+/u.exec(
            ctx.body.slice(clauseStart, limit),
          );
          const object = /^(?:the\s+)?[\p{L}'’.]+(?:\s+\p{Lu}[\p{L}'’.]+)*\s+/u.exec(
            ctx.body.slice(clauseStart, limit),
          );
          if (objectThenThat) clauseStart += objectThenThat[0].length;
          else if (object) clauseStart += object[0].length;
        }
        // "said in a statement that …", "said Wednesday that …", "said outside the courthouse that …".
        const adverbial = ADVERBIAL_BEFORE_THAT.exec(ctx.body.slice(clauseStart, limit));
        if (adverbial) clauseStart += adverbial[0].length;
        const that = /^that\s+/u.exec(ctx.body.slice(clauseStart, limit));
        if (that) clauseStart += that[0].length;
        // "… would take place but told reporters …": a second reporting verb ends the clause.
        const clauseText = ctx.body.slice(clauseStart, limit);
        const stop = /\s+(?:but|and)\s+(?:also\s+)?(?:told|said|added|called|insisted)\b/u.exec(
          clauseText,
        );
        let clauseEnd = stop ? clauseStart + stop.index : limit;
        // A clause that runs on into a quotation ("… said the city had \"…\"") is cut short when it
        // stops on a word no clause ends on (an auxiliary, article, preposition …): what stands before
        // its last "and"/"but"/comma is kept when that is a clause of its own, else nothing.
        let cutByQuotation = false;
        if (
          !stop &&
          limit < sentence.end &&
          DANGLING_END.test(ctx.body.slice(clauseStart, limit))
        ) {
          const clause = ctx.body.slice(clauseStart, limit);
          const joints = [...clause.matchAll(/\s+(?:and|but)\s+|,\s+/gu)];
          const joint = joints.at(-1);
          const kept = joint ? clause.slice(0, joint.index) : '';
          if (kept.split(/\s+/u).length >= 4 && !DANGLING_END.test(kept))
            clauseEnd = clauseStart + kept.length;
          else cutByQuotation = true;
        }
        const [s, e] = trimClause(ctx.body, clauseStart, clauseEnd);
        const words = ctx.body.slice(s, e).split(/\s+/u).length;
        if (e - s > 12 && !cutByQuotation && (limit === sentence.end || words >= 5)) {
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
