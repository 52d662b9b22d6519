/**
 * Generates synthetic news corpora shaped like the real ones: a headline, a
 * byline with outlet and date, officials with titles, union presidents and
 * attorneys quoted with the usual attribution patterns (`"…," X said`,
 * `said X, <role>`, `X said: "…"`, pronoun continuations, letters quoted with
 * `the letter says`, indirect speech, denials). Names are drawn from small
 * lists of common given names and surnames with a seeded random generator, so
 * the same size always gives the same corpus.
 */
import { random } from '../shared/random.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const GIVEN = [
  'Maria',
  'James',
  'Aisha',
  'Daniel',
  'Sofia',
  'Omar',
  'Grace',
  'Peter',
  'Lena',
  'Victor',
  'Nadia',
  'Hugo',
  'Irene',
  'Samuel',
  'Clara',
  'Tomas',
];
const FAMILY = [
  'Alvarez',
  'Becker',
  'Chen',
  'Dubois',
  'Eriksen',
  'Fischer',
  'Garcia',
  'Hughes',
  'Ivanova',
  'Jensen',
  'Kowalski',
  'Lindqvist',
  'Moreau',
  'Novak',
  'Okafor',
  'Petrov',
];
const CITIES = [
  'Riverton',
  'Lakeside',
  'Millbrook',
  'Harborview',
  'Oakdale',
  'Fairmont',
  'Westfield',
  'Brookhaven',
];
const TOPICS = [
  'the bus depot closure',
  'the new parking rules',
  'the library budget',
  'the shelter contract',
  'the bridge repairs',
  'the school merger',
];
const OUTLETS = ['The Riverton Ledger', 'Valley Courier', 'Metro Daily', 'The Evening Post'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** One synthetic article (plain text, no front matter). */
export function syntheticArticle(index: number): string {
  const next = random(index + 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const person = () => `${pick(GIVEN)} ${pick(FAMILY)}`;
  const city = pick(CITIES);
  const topic = pick(TOPICS);
  const mayor = person();
  const president = person();
  const attorney = person();
  const spokesperson = person();
  const union = `${city} Transit Workers Union`;
  const mayorLast = mayor.split(' ')[1];
  const day = 1 + Math.floor(next() * 27);
  const month = pick(MONTHS);
  const paragraphs = [
    `${city} officials clash over ${topic}`,
    `By ${person()}, ${pick(OUTLETS)}\n${month} ${day}, 2021`,
    `The ${union} sent Mayor ${mayor} a letter on Monday demanding that the city reverse course on ${topic}, the latest step in a dispute that has divided the council for weeks.`,
    `"We cannot accept a decision that puts our members at risk and ignores every warning we gave," the letter says. "If the city does not change course, we are prepared to go to court."`,
    `"This is a reckless plan that was never discussed with the people who do the work," said ${president}, president of the ${union}. "Our members deserve better than this."`,
    `${mayorLast} rejected the union's account. "No such decision has been made, and the claims in this letter are inaccurate," ${mayorLast} said on Tuesday. "We will keep talking with everyone involved."`,
    `He added that the council would hold a public hearing before any vote.`,
    `According to ${spokesperson}, a spokesperson for the mayor's office, the city has received more than ${100 + Math.floor(next() * 900)} comments on ${topic}.`,
    `${attorney}, an attorney for the union, said: "The city has ignored its own rules. We have asked for the records twice and received nothing."`,
    `Council members are expected to discuss ${topic} again on ${month} ${Math.min(day + 7, 28)}.`,
  ];
  return `${paragraphs.join('\n\n')}\n`;
}

/**
 * Writes `count` synthetic articles into `dir` (created if needed).
 * @returns the number of bytes written.
 */
export function writeSyntheticCorpus(dir: string, count: number): number {
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let index = 0; index < count; index += 1) {
    const text = syntheticArticle(index);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, `synthetic-${String(index).padStart(5, '0')}.txt`), text);
  }
  return bytes;
}
