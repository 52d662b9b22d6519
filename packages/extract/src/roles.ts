/**
 * Roles and posts: records the positions people hold, from a title before the name ("Deputy Chief
 * Jane Roe" with its affiliation), a lower-case role before the name ("union president Jane Roe"),
 * and appositions after it ("Jane Roe, a spokesperson with the City", "Jane Roe, president of the
 * Union", "Jane Roe, an attorney for the union", "Jane Roe, who chairs the committee"). It also
 * learns what kind of thing an organisation is from appositions ("the union, called the X",
 * "X, a union that …") so that "the union" can be resolved later. Offsets are UTF-16 indices.
 */
import {
  addPost,
  lastActorBefore,
  resolveDescription,
  type EntityIndex,
  type WorkingActor,
} from './entities.js';
import { perLexicon, type Lexicon } from './lexicon.js';
import type { NameMention } from './mentions.js';
import { lowerBound, startingIn } from './spans.js';

const ORG_TYPE_NOUNS = [
  'union',
  'guild',
  'federation',
  'association',
  'council',
  'agency',
  'group',
  'company',
  'developer',
  'organization',
  'organisation',
  'department',
  'office',
  'board',
  'firm',
  'coalition',
  'nonprofit',
  'charity',
  'hospital',
  'university',
  'district',
  'bureau',
  'newspaper',
  'co-operative',
  'cooperative',
  'co-op',
];

function orgAfter(
  index: EntityIndex,
  body: string,
  from: number,
  limit: number,
): { name: string; key?: string } | undefined {
  const window = body.slice(from, from + limit);
  const mention = startingIn(index.mentions, from, from + limit).find(
    (m) =>
      m.kind === 'Organization' ||
      m.kind === 'Description' ||
      m.kind === 'Place' ||
      m.kind === 'Person',
  );
  if (!mention) {
    const plain = /^(?:the\s+)?([\p{L}'’ -]{2,40}?)(?=[,.;]|$)/u.exec(window.trim());
    return plain?.[1] ? { name: plain[1].trim() } : undefined;
  }
  if (mention.kind === 'Description' && mention.role) {
    const actor = resolveDescription(index, mention.role, mention.start);
    return actor
      ? { name: actor.name, key: actor.key }
      : { name: mention.text.replace(/^the\s+/i, '') };
  }
  const key = index.mentionActor.get(mention.start);
  const actor = key ? index.actors.get(key) : undefined;
  const name = actor?.name ?? mention.text;
  if (actor?.kind === 'Person' || mention.kind === 'Person') {
    // "a spokesperson with Roe's office": the organisation is the person's office, not the person.
    const office =
      /^['’]s\s+((?:[\p{Ll}-]+\s+){0,2}?(?:office|campaign|administration|staff|team|cabinet|council|firm|company|department))\b/u.exec(
        body.slice(mention.end, mention.end + 40),
      );
    return office?.[1] ? { name: `${name}'s ${office[1]}` } : undefined;
  }
  return key ? { name, key } : { name };
}

function roleNounPattern(lexicon: Lexicon): string {
  return [...new Set(lexicon.titles.roleNouns)]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .join('|');
}

interface AppositionPatterns {
  apposition: RegExp;
  appositionPossessive: RegExp;
  appositionBare: RegExp;
}

/** "X, a spokesperson with Y", "X, the union's president", "X, a spokesperson": compiled once per lexicon. */
const appositionPatterns = perLexicon((lexicon): AppositionPatterns => {
  const roles = roleNounPattern(lexicon);
  return {
    apposition: new RegExp(
      `^,\\s+(?:(?:a|an|the)\\s+)?(?:[\\p{L}'’-]+\\s+){0,3}?(${roles})\\s+(?:(of|for|with|at|to|in)\\s+)`,
      'iu',
    ),
    appositionPossessive: new RegExp(
      `^,\\s+(?:(?:a|an)\\s+[^,]{0,40}?\\s+and\\s+)?(?:the\\s+)?([\\p{L}'’ -]{2,50}?)['’]s\\s+((?:[\\p{Ll}-]+\\s+)?(?:${roles}))\\b`,
      'u',
    ),
    appositionBare: new RegExp(
      `^,\\s+(?:(?:a|an|the)\\s+)?((?:[\\p{Ll}-]+\\s+){0,2}?(?:${roles}))(?:\\s*(?:,|\\.|$)|\\s+(?:who|whose)\\s)`,
      'u',
    ),
  };
});

/**
 * Finds posts held by people and organisation kinds, updating the entity index in place.
 * @example findPosts(body, index, lexicon)
 */
export function findPosts(body: string, index: EntityIndex, lexicon: Lexicon): void {
  learnOrganisationKinds(body, index);
  postsOfDescribedOpenings(body, index, lexicon);
  const { apposition, appositionPossessive, appositionBare } = appositionPatterns(lexicon);
  const chairs = /^,\s+who\s+(chairs|leads|heads|runs|manages|directs|represents)\s+/u;
  for (const mention of index.mentions) {
    if (mention.kind !== 'Person') continue;
    const key = index.mentionActor.get(mention.start);
    const actor = key ? index.actors.get(key) : undefined;
    if (!actor || actor.kind !== 'Person') continue;
    addTitlePost(index, actor, mention);
    const after = body.slice(mention.end, mention.end + 160);
    const withOrg = apposition.exec(after);
    if (withOrg?.[1]) {
      const org = orgAfter(index, body, mention.end + withOrg[0].length, 80);
      const roleStart = mention.end + after.indexOf(withOrg[1], 1);
      const post = {
        roleLabel: withOrg[1],
        start: roleStart,
        end: roleStart + withOrg[1].length,
        rule: 'post-apposition-role-of-org',
        confidence: 0.8,
      };
      addPost(
        actor,
        org ? { ...post, orgName: org.name, ...(org.key ? { orgKey: org.key } : {}) } : post,
      );
      continue;
    }
    const possessive = appositionPossessive.exec(after);
    if (possessive?.[1] && possessive[2]) {
      const roleStart = mention.end + after.indexOf(possessive[2]);
      const orgStart = mention.end + after.indexOf(possessive[1]);
      const described = startingIn(index.mentions, orgStart - 4, orgStart + 1).find(
        (m) => m.kind === 'Description',
      );
      const orgActor = described?.role
        ? resolveDescription(index, described.role, described.start)
        : undefined;
      addPost(actor, {
        roleLabel: possessive[2],
        orgName: orgActor?.name ?? possessive[1],
        ...(orgActor ? { orgKey: orgActor.key } : {}),
        start: roleStart,
        end: roleStart + possessive[2].length,
        rule: 'post-apposition-org-possessive-role',
        confidence: 0.7,
      });
      continue;
    }
    const bare = appositionBare.exec(after);
    if (bare?.[1]) {
      const roleStart = mention.end + after.indexOf(bare[1]);
      addPost(actor, {
        roleLabel: bare[1],
        start: roleStart,
        end: roleStart + bare[1].length,
        rule: 'post-apposition-role',
        confidence: 0.65,
      });
      continue;
    }
    const chair = chairs.exec(after);
    if (chair?.[1]) {
      const org = orgAfter(index, body, mention.end + chair[0].length, 60);
      const role =
        {
          chairs: 'chair',
          leads: 'leader',
          heads: 'head',
          runs: 'head',
          manages: 'manager',
          directs: 'director',
          represents: 'representative',
        }[chair[1]] ?? chair[1];
      const roleStart = mention.end + after.indexOf(chair[1]);
      addPost(actor, {
        roleLabel: role,
        ...(org ? { orgName: org.name, ...(org.key ? { orgKey: org.key } : {}) } : {}),
        start: roleStart,
        end: roleStart + chair[1].length,
        rule: 'post-who-verb-org',
        confidence: 0.6,
      });
      continue;
    }
    // "The sub-committee, chaired by Cllr Desmond Roe, decided …": the one it is chaired by.
    const opening = mention.title?.start ?? mention.start;
    const chairedBy = /(?<![\p{L}\p{N}])(chaired|led|headed)\s+by\s+$/u.exec(
      body.slice(Math.max(0, opening - 16), opening),
    );
    if (chairedBy?.[1]) {
      const roleStart = opening - chairedBy[0].length;
      addPost(actor, {
        roleLabel: { chaired: 'chair', led: 'leader', headed: 'head' }[chairedBy[1]] ?? 'chair',
        start: roleStart,
        end: roleStart + chairedBy[1].length,
        rule: 'post-chaired-by',
        confidence: 0.6,
      });
      continue;
    }
    if (mention.roleBefore) {
      const before = body.slice(
        Math.max(0, mention.roleBefore.start - 40),
        mention.roleBefore.start,
      );
      const owner = /((?:the\s+)?[\p{L}'’-]+?)(?:['’]s)?\s+$/u.exec(before);
      const ownerText = owner?.[1] ?? '';
      const roleStart = mention.roleBefore.start;
      const ownerMention = startingIn(index.mentions, roleStart - 80, roleStart).find(
        (m) =>
          m.end <= roleStart &&
          m.end >= roleStart - 4 &&
          (m.kind === 'Organization' || m.kind === 'Description'),
      );
      const ownerKey = ownerMention
        ? (index.mentionActor.get(ownerMention.start) ??
          (ownerMention.role
            ? resolveDescription(index, ownerMention.role, ownerMention.start)?.key
            : undefined))
        : undefined;
      const possessivePronoun = /^(?:their|its)$/iu.test(ownerText)
        ? lastOrganisationBefore(index, mention.roleBefore.start)
        : undefined;
      const orgActor = ownerKey ? index.actors.get(ownerKey) : possessivePronoun;
      const ownerIsPerson =
        ownerMention === undefined &&
        startingIn(index.mentions, roleStart - 40, roleStart).some(
          (m) => m.kind === 'Person' && m.end >= roleStart - 2,
        );
      const orgName =
        orgActor?.name ??
        (ownerText &&
        !ownerIsPerson &&
        !/^(?:the|a|an|his|her|their|its|and|said|says)$/iu.test(ownerText)
          ? ownerText.replace(/^the\s+/iu, '')
          : undefined);
      addPost(actor, {
        roleLabel: mention.roleBefore.label,
        ...(orgName ? { orgName } : {}),
        ...(orgActor ? { orgKey: orgActor.key } : {}),
        start: mention.roleBefore.start,
        end: mention.roleBefore.end,
        rule: 'post-role-before-name',
        confidence: 0.65,
      });
    }
  }
}

/** "Fenmarsh's police and crime commissioner has …", "The council leader was …": a paragraph opened by a description. */
const describedOpening = perLexicon(
  (lexicon) =>
    new RegExp(
      `^(?:(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,2}\\p{Lu}[\\p{L}-]*['’]s|The|A|An)\\s+((?:[\\p{Ll}-]+\\s+){0,4}?(?:${roleNounPattern(lexicon)}))\\s+(?:has|have|had|is|was|will|would|says|said|told|wrote|insisted|warned|accused|claimed)\\s`,
      'u',
    ),
);

/**
 * "Fenmarsh's police and crime commissioner has had his plan vetoed …" then, opening the next
 * paragraph, "Ravinder Sangha, who oversees …": the person named first there, with no post of
 * their own and no one named in the paragraph before, holds the post that paragraph opened with.
 */
function postsOfDescribedOpenings(body: string, index: EntityIndex, lexicon: Lexicon): void {
  const pattern = describedOpening(lexicon);
  for (const actor of index.actors.values()) {
    if (actor.kind !== 'Person' || actor.posts.length > 0) continue;
    const first = actor.mentions[0];
    if (!first || first.start !== actor.firstMention) continue;
    const breakBefore = /\n\s*$/u.exec(body.slice(Math.max(0, first.start - 4), first.start));
    if (!breakBefore) continue;
    const paragraphEnd = first.start - breakBefore[0].length;
    const paragraphStart = body.lastIndexOf('\n', paragraphEnd - 1) + 1;
    const opening = pattern.exec(body.slice(paragraphStart, paragraphEnd));
    if (!opening?.[1]) continue;
    const roleStart = paragraphStart + opening[0].indexOf(opening[1]);
    // (the place whose post it is, "Fenmarsh's", names no one)
    const namedThere = startingIn(index.mentions, roleStart, paragraphEnd).some(
      (m) => m.kind === 'Person',
    );
    if (namedThere) continue;
    addPost(actor, {
      roleLabel: opening[1],
      start: roleStart,
      end: roleStart + opening[1].length,
      rule: 'post-described-opening',
      confidence: 0.55,
    });
  }
}

/** The organisation named or described ("the union") most recently before `position`. */
function lastOrganisationBefore(index: EntityIndex, position: number): WorkingActor | undefined {
  for (let i = lowerBound(index.mentions, position) - 1; i >= 0; i--) {
    const mention = index.mentions[i] as NameMention;
    if (position - mention.start > 1500) break;
    if (index.quoteSpans.some(([start, end]) => mention.start >= start && mention.start < end))
      continue;
    const covered = startingIn(index.mentions, mention.start - 80, mention.start).some(
      (m) => m.kind === 'Description' && m.end >= mention.end,
    );
    if (mention.kind === 'Organization' && !covered) {
      const key = index.mentionActor.get(mention.start);
      if (key) return index.actors.get(key);
    }
    if (mention.kind === 'Description' && mention.role) {
      const actor = resolveDescription(index, mention.role, mention.start);
      if (actor?.kind === 'Organization') return actor;
    }
  }
  return lastActorBefore(index, position, (actor) => actor.kind === 'Organization', 1500);
}

function addTitlePost(index: EntityIndex, actor: WorkingActor, mention: NameMention): void {
  if (!mention.title) return;
  for (const extra of mention.extraTitles ?? []) {
    addPost(actor, {
      roleLabel: extra.label,
      start: extra.start,
      end: extra.end,
      rule: 'post-title-and-title-before-name',
      confidence: 0.75,
    });
  }
  const affiliationKey = mention.affiliation
    ? index.mentionActor.get(mention.affiliation.start)
    : undefined;
  addPost(actor, {
    roleLabel: mention.title.label,
    ...(mention.affiliation ? { orgName: mention.affiliation.name } : {}),
    ...(affiliationKey ? { orgKey: affiliationKey } : {}),
    start: mention.title.start,
    end: mention.title.end,
    rule: mention.affiliation ? 'post-affiliation-title-name' : 'post-title-before-name',
    confidence: 0.85,
  });
}

/** "the union, called the X", "X, a … union", "The developer, X," → X is a union / developer. */
function learnOrganisationKinds(body: string, index: EntityIndex): void {
  const nouns = ORG_TYPE_NOUNS.join('|');
  const calledPattern = new RegExp(
    `\\b(${nouns}),?\\s+(?:called|named|known as)\\s+(?:the\\s+)?$`,
    'iu',
  );
  const appositiveBefore = new RegExp(`\\b(?:the|a|an)\\s+(${nouns}),\\s+(?:the\\s+)?$`, 'iu');
  const appositiveAfter = new RegExp(
    `^,\\s+(?:a|an|the)\\s+(?:[^,.;]{0,70}\\s)?(${nouns})\\b`,
    'iu',
  );
  // "the parents' group Rhieni Bryn Eithin", "the campaign group Keep Talbot Open".
  const nounBefore = new RegExp(
    `\\b(?:the|a|an|its|their)\\s+(?:[\\p{Ll}'’-]+\\s+){0,2}(${nouns})\\s+$`,
    'iu',
  );
  const representing = new RegExp(
    `\\b(?:the|a|an)\\s+(${nouns})\\s+(?:that\\s+represents|representing)\\s+[^.;]{0,80}?,\\s+(?:the\\s+)?$`,
    'iu',
  );
  for (const mention of index.mentions) {
    if (mention.kind !== 'Organization') continue;
    const key = index.mentionActor.get(mention.start);
    const actor = key ? index.actors.get(key) : undefined;
    if (!actor) continue;
    const before = body.slice(Math.max(0, mention.start - 120), mention.start);
    const after = body.slice(mention.end, mention.end + 120);
    for (const match of [
      calledPattern.exec(before),
      appositiveBefore.exec(before),
      nounBefore.exec(before),
      representing.exec(before),
      appositiveAfter.exec(after),
    ]) {
      if (!match?.[1]) continue;
      const noun = match[1].toLowerCase();
      // ("the island's community development co-operative" is "the co-op" too)
      for (const kind of CO_OPERATIVE.includes(noun) ? CO_OPERATIVE : [noun])
        actor.typeNouns.add(kind);
    }
  }
}

/** The ways of writing a co-operative, each of which names it. */
const CO_OPERATIVE = ['co-operative', 'cooperative', 'co-op'];
