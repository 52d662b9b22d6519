/**
 * Policy and dispute cues. Policies: phrases that describe a rule or order ("policy of …", "policy
 * forbidding …", "ordered them not to …") extended to the end of their clause. Disputes: cues of
 * disagreement (deny, reject, dispute, contradict, refuse, "no such policy", "inaccurate") found in
 * the reporter's text or in quotations; each names who disputes (the sentence's subject or the
 * quotation's speaker) and a hint of what is disputed (the object actor or phrase). Offsets are UTF-16.
 */
import type { AttributionContext } from './attribution.js';
import { perLexicon } from './lexicon.js';
import { actorOfMention } from './sources.js';
import { startingIn } from './spans.js';
import type { DisputeCue, PolicyCue, Quote } from './types.js';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface CuePatterns {
  policyPattern: RegExp;
  disputeVerbs: RegExp;
  disputePhrases: RegExp;
}

function alternation(phrases: string[]): string {
  return [...phrases]
    .map(escape)
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .join('|');
}

/** The cue patterns of a lexicon, compiled once. */
const patternsFor = perLexicon((lexicon): CuePatterns => ({
  policyPattern: new RegExp(`\\b(?:${alternation(lexicon.policyCues)})\\b`, 'gi'),
  disputeVerbs: new RegExp(`\\b(?:${alternation(lexicon.disputeCues.verbs)})\\b`, 'gi'),
  disputePhrases: new RegExp(`\\b(?:${alternation(lexicon.disputeCues.phrases)})`, 'gi'),
}));

/**
 * Finds policy and dispute cues.
 * @example findCues(context, quotes).disputes.map(d => d.cue)
 */
export function findCues(
  ctx: AttributionContext,
  quotes: Quote[],
): { policies: PolicyCue[]; disputes: DisputeCue[] } {
  const policies: PolicyCue[] = [];
  const disputes: DisputeCue[] = [];
  const { policyPattern, disputeVerbs, disputePhrases } = patternsFor(ctx.lexicon);
  for (const paragraph of ctx.paragraphs) {
    if (paragraph.kind === 'boilerplate' || paragraph.kind === 'caption') continue;
    for (const sentence of paragraph.sentences) {
      const text = ctx.body.slice(sentence.start, sentence.end);
      const sentencePolicies: PolicyCue[] = [];
      const sentenceDisputes: DisputeCue[] = [];
      const sentenceMentions = startingIn(ctx.index.mentions, sentence.start, sentence.end);
      const nearbyQuotes = startingIn(quotes, paragraph.start, sentence.end);
      policyPattern.lastIndex = 0;
      for (let match = policyPattern.exec(text); match; match = policyPattern.exec(text)) {
        const start = sentence.start + match.index;
        const rest = text.slice(match.index);
        const clause =
          /^(?:[^,;.:"“”]|\.(?=[\p{L}\d]))*(?:[,](?:[^,;.:"“”]|\.(?=[\p{L}\d])){0,40}?\b(?:unless|except|only|when|while)\b(?:[^,;.:"“”]|\.(?=[\p{L}\d]))*)?/u.exec(
            rest,
          )?.[0] ?? match[0];
        const end = start + clause.trimEnd().length;
        if (sentencePolicies.some((p) => start >= p.start && start < p.end)) continue;
        const cue: PolicyCue = {
          start,
          end,
          text: ctx.body.slice(start, end),
          rule: `policy-cue:${match[0].toLowerCase()}`,
          confidence: /^policy/i.test(match[0]) ? 0.75 : 0.55,
        };
        policies.push(cue);
        sentencePolicies.push(cue);
      }
      for (const pattern of [disputeVerbs, disputePhrases]) {
        pattern.lastIndex = 0;
        for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
          const start = sentence.start + match.index;
          const end = start + match[0].length;
          if (sentenceDisputes.some((d) => start < d.end && end > d.start)) continue;
          const quote =
            nearbyQuotes.find((q) => q.start <= start && q.end >= end) ??
            nearbyQuotes.find(
              (q) =>
                q.paragraphIndex === paragraph.index &&
                q.quoteType !== 'indirect' &&
                q.start >= sentence.start &&
                q.start <= sentence.end,
            );
          const inQuote = nearbyQuotes.some((q) => q.start <= start && q.end >= end);
          const subject = sentenceMentions
            .filter(
              (m) =>
                m.end <= start &&
                (m.kind === 'Person' ||
                  m.kind === 'Organization' ||
                  m.kind === 'Description' ||
                  (m.kind === 'Pronoun' && /^(?:he|she|they|it)$/iu.test(m.text))),
            )
            .pop();
          const speaker = inQuote
            ? quote?.speakerKey
            : subject
              ? actorOfMention(ctx.index, subject, ctx.lexicon)?.key
              : undefined;
          const object = sentenceMentions.find(
            (m) =>
              m.start >= end &&
              m.start <= end + 60 &&
              (m.kind === 'Person' || m.kind === 'Organization' || m.kind === 'Description'),
          );
          const target = object ? actorOfMention(ctx.index, object, ctx.lexicon) : undefined;
          const cue: DisputeCue = {
            start,
            end,
            cue: match[0],
            rule:
              pattern === disputeVerbs
                ? inQuote
                  ? 'dispute-verb-in-quote'
                  : 'dispute-verb'
                : inQuote
                  ? 'dispute-phrase-in-quote'
                  : 'dispute-phrase',
            confidence: pattern === disputeVerbs ? 0.6 : 0.5,
          };
          if (quote) cue.quoteIndex = quote.index;
          if (speaker) cue.speakerKey = speaker;
          if (target) cue.targetKey = target.key;
          const hint = ctx.body.slice(end, Math.min(sentence.end, end + 80)).trim();
          if (hint) cue.targetHint = hint;
          disputes.push(cue);
          sentenceDisputes.push(cue);
        }
      }
    }
  }
  return { policies, disputes };
}
