/**
 * Policy and dispute cues. Policies: phrases that describe a rule or order ("policy of …", "policy
 * forbidding …", "ordered them not to …") extended to the end of their clause. Disputes: cues of
 * disagreement (deny, reject, dispute, contradict, refuse, "no such policy", "inaccurate") found in
 * the reporter's text or in quotations; each names who disputes (the sentence's subject or the
 * quotation's speaker) and a hint of what is disputed (the object actor or phrase). Offsets are UTF-16.
 */
import type { AttributionContext } from './attribution.js';
import { actorOfMention } from './sources.js';
import type { DisputeCue, PolicyCue, Quote } from './types.js';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Finds policy and dispute cues.
 * @example findCues(context, quotes).disputes.map(d => d.cue)
 */
export function findCues(ctx: AttributionContext, quotes: Quote[]): { policies: PolicyCue[]; disputes: DisputeCue[] } {
  const policies: PolicyCue[] = [];
  const disputes: DisputeCue[] = [];
  const policyPattern = new RegExp(`\\b(?:${ctx.lexicon.policyCues.map(escape).sort((a, b) => b.length - a.length).join('|')})\\b`, 'giu');
  const disputeVerbs = new RegExp(`\\b(?:${ctx.lexicon.disputeCues.verbs.map(escape).sort((a, b) => b.length - a.length).join('|')})\\b`, 'giu');
  const disputePhrases = new RegExp(`(?:${ctx.lexicon.disputeCues.phrases.map(escape).sort((a, b) => b.length - a.length).join('|')})`, 'giu');
  for (const paragraph of ctx.paragraphs) {
    if (paragraph.kind === 'boilerplate' || paragraph.kind === 'caption') continue;
    for (const sentence of paragraph.sentences) {
      const text = ctx.body.slice(sentence.start, sentence.end);
      policyPattern.lastIndex = 0;
      for (let match = policyPattern.exec(text); match; match = policyPattern.exec(text)) {
        const start = sentence.start + match.index;
        const rest = text.slice(match.index);
        const clause = /^[^,;.:"“”]*(?:[,][^,;.:"“”]{0,40}?\b(?:unless|except|only|when|while)\b[^,;.:"“”]*)?/u.exec(rest)?.[0] ?? match[0];
        const end = start + clause.trimEnd().length;
        if (policies.some((p) => start >= p.start && start < p.end)) continue;
        const cue: PolicyCue = { start, end, text: ctx.body.slice(start, end), rule: `policy-cue:${match[0].toLowerCase()}`, confidence: /^policy/i.test(match[0]) ? 0.75 : 0.55 };
        policies.push(cue);
      }
      for (const pattern of [disputeVerbs, disputePhrases]) {
        pattern.lastIndex = 0;
        for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
          const start = sentence.start + match.index;
          const end = start + match[0].length;
          if (disputes.some((d) => start < d.end && end > d.start)) continue;
          const quote = quotes.find((q) => q.start <= start && q.end >= end) ?? quotes.find((q) => q.paragraphIndex === paragraph.index && q.quoteType !== 'indirect' && q.start >= sentence.start && q.start <= sentence.end);
          const inQuote = quotes.some((q) => q.start <= start && q.end >= end);
          const subject = ctx.index.mentions.filter((m) => m.end <= start && m.start >= sentence.start && (m.kind === 'Person' || m.kind === 'Organization' || m.kind === 'Description' || (m.kind === 'Pronoun' && /^(?:he|she|they|it)$/iu.test(m.text)))).pop();
          const speaker = inQuote ? quote?.speakerKey : subject ? actorOfMention(ctx.index, subject, ctx.lexicon)?.key : undefined;
          const object = ctx.index.mentions.find((m) => m.start >= end && m.start <= end + 60 && m.start < sentence.end && (m.kind === 'Person' || m.kind === 'Organization' || m.kind === 'Description'));
          const target = object ? actorOfMention(ctx.index, object, ctx.lexicon) : undefined;
          const cue: DisputeCue = {
            start,
            end,
            cue: match[0],
            rule: pattern === disputeVerbs ? (inQuote ? 'dispute-verb-in-quote' : 'dispute-verb') : inQuote ? 'dispute-phrase-in-quote' : 'dispute-phrase',
            confidence: pattern === disputeVerbs ? 0.6 : 0.5,
          };
          if (quote) cue.quoteIndex = quote.index;
          if (speaker) cue.speakerKey = speaker;
          if (target) cue.targetKey = target.key;
          const hint = ctx.body.slice(end, Math.min(sentence.end, end + 80)).trim();
          if (hint) cue.targetHint = hint;
          disputes.push(cue);
        }
      }
    }
  }
  return { policies, disputes };
}
