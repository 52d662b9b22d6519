/**
 * Merges reports of the same utterance into one statement. Articles quote the
 * same words differently — a partial quote, a bracketed insertion, curly or
 * straight marks, "they're" for "they are" — so quotes are compared as token
 * sequences: two quotes are the same statement when the shorter one's tokens
 * appear, in order, in the longer one (longest common subsequence) for a large
 * enough share of the shorter, and their speakers do not contradict each
 * other. Identical quotes are grouped first; the other candidates are found
 * through shared token trigrams (ignoring trigrams common to very many quotes),
 * so the cost grows with the corpus, not with its square. The result is independent of the
 * order in which documents are given.
 */

/** One quote occurrence, as the clustering sees it. */
export interface QuoteOccurrence {
  /** A stable identifier (e.g. `<docId>/<start>-<end>`). */
  id: string;
  text: string;
  speakerKey: string | null;
  confidence: number;
}

/** Settings of the clustering. */
export interface MergeSettings {
  /** Share of the shorter quote's tokens that must be matched in order. */
  minCoverage: number;
  /** Shorter quotes than this (in tokens) merge only with the same speaker. */
  minTokensAnySpeaker: number;
  /** Quotes shorter than this never merge. */
  minTokens: number;
  /** Trigrams found in more distinct quotes than this are not used to find candidates. */
  maxCandidatesPerTrigram: number;
}

export const DEFAULT_MERGE_SETTINGS: MergeSettings = {
  minCoverage: 0.8,
  minTokensAnySpeaker: 8,
  minTokens: 2,
  maxCandidatesPerTrigram: 256,
};

const CONTRACTIONS: Array<[RegExp, string]> = [
  [/n['’]t\b/g, ' not'],
  [/['’]re\b/g, ' are'],
  [/['’]ll\b/g, ' will'],
  [/['’]ve\b/g, ' have'],
  [/['’]m\b/g, ' am'],
  [/['’]d\b/g, ' would'],
  [/['’]s\b/g, ''],
];

/**
 * Normalises quote text into comparable tokens: case-folded, accents and
 * punctuation removed, contractions expanded, editorial [insertions] dropped.
 * @example matchTokens("They're [the agents] here.") // ['they', 'are', 'here']
 */
export function matchTokens(text: string): string[] {
  let normal = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  normal = normal.replace(/\[[^\]]*\]/g, ' ');
  for (const [pattern, replacement] of CONTRACTIONS) normal = normal.replace(pattern, replacement);
  return normal.split(/[^\p{L}\p{N}@#]+/u).filter((token) => token.length > 0);
}

/** Length of the longest common subsequence of two token lists. */
export function commonSubsequenceLength(a: readonly string[], b: readonly string[]): number {
  const previous = new Array<number>(b.length + 1).fill(0);
  const current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      current[j] =
        a[i - 1] === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    previous.splice(0, previous.length, ...current);
  }
  return previous[b.length]!;
}

/**
 * Groups quote occurrences into statements.
 * @returns clusters of occurrence ids, each sorted, the list sorted by first id.
 * @example clusterQuotes([{ id: 'a/1-9', text: 'We will sue', speakerKey: 'org:union', confidence: 0.9 }, …]);
 */
export function clusterQuotes(
  occurrences: readonly QuoteOccurrence[],
  settings: MergeSettings = DEFAULT_MERGE_SETTINGS,
): string[][] {
  const sorted = [...occurrences].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // Identical words merge at once (short ones only with the same named speaker); one
  // representative per group takes part in the fuzzy comparison below.
  const groups = new Map<string, number[]>();
  // Articles repeat one another's words: each distinct text is tokenised once.
  const tokensOfText = new Map<string, { tokens: string[]; words: string }>();
  const wordsOf: string[] = [];
  const tokensOf = sorted.map((occurrence) => {
    let known = tokensOfText.get(occurrence.text);
    if (known === undefined) {
      const tokens = matchTokens(occurrence.text);
      known = { tokens, words: tokens.join(' ') };
      tokensOfText.set(occurrence.text, known);
    }
    wordsOf.push(known.words);
    return known.tokens;
  });
  sorted.forEach((occurrence, index) => {
    const words = wordsOf[index]!;
    const short = tokensOf[index]!.length < settings.minTokensAnySpeaker;
    const key = short
      ? `${occurrence.speakerKey ?? `\u0000${occurrence.id}`}\u0000${words}`
      : words;
    const group = groups.get(key) ?? [];
    group.push(index);
    groups.set(key, group);
  });
  const representatives = [...groups.values()].map((members) => members[0]!);
  const parent = representatives.map((_, index) => index);
  const find = (index: number): number => {
    while (parent[index] !== index) {
      parent[index] = parent[parent[index]!]!;
      index = parent[index]!;
    }
    return index;
  };

  const byGram = new Map<string, number[]>();
  representatives.forEach((occurrenceIndex, index) => {
    const list = tokensOf[occurrenceIndex]!;
    const size = list.length >= 3 ? 3 : list.length;
    const seen = new Set<string>();
    for (let i = 0; i + size <= list.length; i += 1) {
      const gram = list.slice(i, i + size).join(' ');
      if (seen.has(gram)) continue;
      seen.add(gram);
      const bucket = byGram.get(gram) ?? [];
      bucket.push(index);
      byGram.set(gram, bucket);
    }
  });

  const compared = new Set<number>();
  for (const bucket of byGram.values()) {
    // A trigram shared by very many different quotes says nothing about any two of them.
    if (bucket.length > settings.maxCandidatesPerTrigram) continue;
    for (let x = 0; x < bucket.length; x += 1) {
      for (let y = x + 1; y < bucket.length; y += 1) {
        const a = bucket[x]!;
        const b = bucket[y]!;
        const rootA = find(a);
        const rootB = find(b);
        if (rootA === rootB) continue;
        const pairKey = a * representatives.length + b;
        if (compared.has(pairKey)) continue;
        compared.add(pairKey);
        const oa = representatives[a]!;
        const ob = representatives[b]!;
        if (sameStatement(sorted[oa]!, tokensOf[oa]!, sorted[ob]!, tokensOf[ob]!, settings)) {
          parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
        }
      }
    }
  }

  const clusters = new Map<number, string[]>();
  [...groups.values()].forEach((members, index) => {
    const root = find(index);
    const cluster = clusters.get(root) ?? [];
    for (const member of members) cluster.push(sorted[member]!.id);
    clusters.set(root, cluster);
  });
  return [...clusters.values()].map((ids) => ids.sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

function sameStatement(
  a: QuoteOccurrence,
  tokensA: readonly string[],
  b: QuoteOccurrence,
  tokensB: readonly string[],
  settings: MergeSettings,
): boolean {
  const shorter = Math.min(tokensA.length, tokensB.length);
  if (shorter < settings.minTokens) return false;
  const sameSpeaker = a.speakerKey !== null && a.speakerKey === b.speakerKey;
  const speakersConflict = a.speakerKey !== null && b.speakerKey !== null && !sameSpeaker;
  if (!sameSpeaker && shorter < settings.minTokensAnySpeaker) return false;
  const coverage = commonSubsequenceLength(tokensA, tokensB) / shorter;
  // Different named speakers must agree on almost every word before we believe the attribution differs only by mistake.
  return (
    coverage >= (speakersConflict ? Math.max(settings.minCoverage, 0.95) : settings.minCoverage)
  );
}
