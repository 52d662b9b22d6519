/**
 * A generator of synthetic news articles for the extraction benchmark: a headline, a byline and
 * paragraphs of reported speech (nine quotations per block) in the shapes the extractor reads — `"…," X said`, `said X, a
 * spokesperson with Y`, `X said: "…"`, pronoun continuations, a letter quoted with "the letter
 * says", an excerpt header with a block quotation, indirect speech and a denial — with invented
 * names, titles and organisations. Deterministic: the same seed and index give the same article.
 */
import { random } from '../shared/random.js';

const FIRST = [
  'Ada',
  'Bruno',
  'Celia',
  'Dmitri',
  'Elena',
  'Farid',
  'Greta',
  'Hugo',
  'Ines',
  'Jonas',
  'Kaia',
  'Lars',
  'Mira',
  'Nils',
  'Odette',
  'Pavel',
  'Quinn',
  'Rosa',
  'Sven',
  'Tomas',
];
const LAST = [
  'Abara',
  'Brandvik',
  'Castell',
  'Delgado',
  'Eriksen',
  'Fontaine',
  'Galloway',
  'Hartmann',
  'Ivanova',
  'Jaramillo',
  'Kowalski',
  'Lindqvist',
  'Moreau',
  'Nakamura',
  'Okafor',
  'Petrov',
  'Quayle',
  'Rasmussen',
  'Szabo',
  'Thornbury',
];
const TITLES = [
  'Mayor',
  'Councilor',
  'Sheriff',
  'Superintendent',
  'Commissioner',
  'Deputy Chief',
  'Capt.',
];
const ORGS = [
  'Harbor Workers Union',
  'Northgate School Board',
  'Riverside Tenants Association',
  "Pine County Sheriff's Office",
  'Elm Valley Water District',
  'Metro Transit Authority',
];
const TOWNS = ['Millbrook', 'Ashford', 'Cedar Falls', 'Dunmore', 'Eastport', 'Fairview'];
const TOPICS = ['budget', 'contract', 'curfew', 'levy', 'shelter', 'rezoning'];
const SAY = ['said', 'says', 'added', 'told reporters'];

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)] as T;
}

/** One synthetic article (plain text, no front matter) and the number of quotations it holds. */
export interface SyntheticArticle {
  fileName: string;
  text: string;
  quotes: number;
}

/**
 * Generates article `index` of a corpus; `paragraphBlocks` repeats the body to make longer articles.
 * @example generateArticle(0).text.startsWith('Millbrook') // depends on the seed
 */
export function generateArticle(index: number, paragraphBlocks = 1, seed = 7): SyntheticArticle {
  const next = random(seed * 1_000_003 + index);
  const town = pick(next, TOWNS);
  const topic = pick(next, TOPICS);
  const person = (): { first: string; last: string } => ({
    first: pick(next, FIRST),
    last: pick(next, LAST),
  });
  const official = person();
  const critic = person();
  const spokes = person();
  const org = pick(next, ORGS);
  const title = pick(next, TITLES);
  const lines: string[] = [
    `${town} ${topic} fight heads to a vote`,
    `By ${person().first} ${person().last}`,
  ];
  let quotes = 0;
  for (let block = 0; block < paragraphBlocks; block++) {
    const day = 1 + Math.floor(next() * 27);
    lines.push(
      `${title} ${official.first} ${official.last} defended the ${topic} plan on Monday. "We have listened to every resident and the plan reflects that," ${official.last} ${pick(next, SAY)}. "Nobody is being left behind."`,
      `"That is simply not true," said ${critic.first} ${critic.last}, president of the ${org}. "The ${topic} was written behind closed doors."`,
      `${critic.last} said the group would file a complaint with the state. According to ${official.last}, the council will vote on June ${day}.`,
      `The ${org} sent a letter to the council on Tuesday. "We ask that you delay the vote until the public has seen the numbers," the letter says.`,
      `${spokes.first} ${spokes.last}, a spokesperson with the ${town} city office, said: "The numbers have been public since March."`,
      `"We will keep talking," she added.`,
      `June ${day} ${official.last} email to council members:`,
      `Please hold questions about the ${topic} until the hearing. I will answer every one of them in public.`,
      `${official.last} denied that any resident had been "shut out" of the process.`,
    );
    quotes += 9;
  }
  return {
    fileName: `synthetic-${String(index).padStart(6, '0')}.txt`,
    text: lines.join('\n\n'),
    quotes,
  };
}
