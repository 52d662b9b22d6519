/**
 * Date expressions: finds "June 20, 2018", "July 31st", "Aug. 15", "2 August 2018", "7/31/18",
 * "2018-07-31", "June 2019", weekdays ("Monday", "on Tuesday evening") and relative words
 * ("yesterday", "this morning") in a text and resolves them to ISO dates against a reference date
 * (the article's publication date). Weekdays resolve to the most recent such day on or before the
 * reference; a month-day without a year takes the reference's year unless that puts it more than
 * two months after the reference. Offsets returned here are UTF-16 indices of the input string.
 */
import type { DateMention, DatePrecision } from './types.js';
import { perLexicon, type Lexicon } from './lexicon.js';

/** A calendar date (month 1-12). */
export interface CalendarDate {
  year: number;
  month: number;
  day?: number;
}

/** Formats a calendar date as ISO `YYYY-MM-DD` or `YYYY-MM`. */
export function formatIsoDate(date: CalendarDate): string {
  const yyyy = String(date.year).padStart(4, '0');
  const mm = String(date.month).padStart(2, '0');
  return date.day === undefined
    ? `${yyyy}-${mm}`
    : `${yyyy}-${mm}-${String(date.day).padStart(2, '0')}`;
}

/** Parses an ISO date (`YYYY-MM-DD` or `YYYY-MM`), or returns undefined. */
export function parseIsoDate(text: string): CalendarDate | undefined {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(text);
  if (!match) return undefined;
  const date: CalendarDate = { year: Number(match[1]), month: Number(match[2]) };
  if (match[3]) date.day = Number(match[3]);
  return isValid(date) ? date : undefined;
}

function isValid(date: CalendarDate): boolean {
  if (date.month < 1 || date.month > 12 || date.year < 1000 || date.year > 2999) return false;
  if (date.day === undefined) return true;
  const days = new Date(Date.UTC(date.year, date.month, 0)).getUTCDate();
  return date.day >= 1 && date.day <= days;
}

function shiftDays(date: CalendarDate, delta: number): CalendarDate {
  const time = Date.UTC(date.year, date.month - 1, date.day ?? 1) + delta * 86_400_000;
  const shifted = new Date(time);
  return {
    year: shiftedYear(shifted),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  };
}

function shiftedYear(date: Date): number {
  return date.getUTCFullYear();
}

function weekdayOf(date: CalendarDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day ?? 1)).getUTCDay();
}

function monthPattern(lexicon: Lexicon): string {
  const names = Object.keys(lexicon.months).sort((a, b) => b.length - a.length);
  return `(?:${names.map((name) => name.replace(/\./g, '\\.')).join('|')})`;
}

const datePattern = perLexicon((lexicon): RegExp => {
  const month = monthPattern(lexicon);
  const weekday = `(?:${Object.keys(lexicon.weekdays).join('|')})`;
  const relative = `(?:${Object.keys(lexicon.relativeDays)
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/ /g, '\\s+'))
    .join('|')})`;
  const source = [
    `(?<iso>\\b\\d{4}-\\d{2}-\\d{2}\\b)`,
    `(?<slash>\\b\\d{1,2}\\/\\d{1,2}\\/(?:\\d{4}|\\d{2})\\b)`,
    `(?<dmy>\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${month}\\.?,?\\s+\\d{4}\\b)`,
    `(?<mdy>\\b${month}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?\\s+\\d{4}\\b)?)`,
    `(?<my>\\b${month}\\.?,?\\s+\\d{4}\\b)`,
    `(?<weekday>\\b${weekday}\\b)`,
    `(?<relative>\\b${relative}\\b)`,
  ].join('|');
  const pattern = new RegExp(source, 'giu');
  return pattern;
});

function monthNumber(word: string, lexicon: Lexicon): number | undefined {
  return lexicon.months[word.toLowerCase().replace(/\.$/, '')];
}

/** Picks the year for a month/day written without one: the reference year, or the year before if that lands well after the reference. */
function inferYear(
  month: number,
  day: number | undefined,
  reference: CalendarDate | undefined,
): number | undefined {
  if (!reference) return undefined;
  const candidate = { year: reference.year, month, day: day ?? 1 };
  const monthsAhead = (candidate.year - reference.year) * 12 + (month - reference.month);
  return monthsAhead > 2 ? reference.year - 1 : reference.year;
}

interface Resolution {
  date: CalendarDate | undefined;
  precision: DatePrecision;
  rule: string;
  confidence: number;
}

function resolveMatch(
  groups: Record<string, string | undefined>,
  text: string,
  lexicon: Lexicon,
  reference: CalendarDate | undefined,
): Resolution | undefined {
  if (groups.iso) {
    const date = parseIsoDate(text);
    return date ? { date, precision: 'day', rule: 'date-iso', confidence: 0.99 } : undefined;
  }
  if (groups.slash) {
    const [m, d, y] = text.split('/').map(Number) as [number, number, number];
    const year = y < 100 ? 2000 + y : y;
    const date = { year, month: m, day: d };
    return isValid(date)
      ? { date, precision: 'day', rule: 'date-numeric-mdy', confidence: 0.9 }
      : undefined;
  }
  if (groups.dmy) {
    const match = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z.]+?)\.?,?\s+(\d{4})$/u.exec(text);
    const month = match ? monthNumber(match[2] ?? '', lexicon) : undefined;
    if (!match || month === undefined) return undefined;
    const date = { year: Number(match[3]), month, day: Number(match[1]) };
    return isValid(date)
      ? { date, precision: 'day', rule: 'date-day-month-year', confidence: 0.97 }
      : undefined;
  }
  if (groups.mdy) {
    const match = /^([A-Za-z.]+?)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?$/u.exec(text);
    const month = match ? monthNumber(match[1] ?? '', lexicon) : undefined;
    if (!match || month === undefined) return undefined;
    const day = Number(match[2]);
    if (match[3]) {
      const date = { year: Number(match[3]), month, day };
      return isValid(date)
        ? { date, precision: 'day', rule: 'date-month-day-year', confidence: 0.97 }
        : undefined;
    }
    const year = inferYear(month, day, reference);
    const date = year === undefined ? undefined : { year, month, day };
    if (date && !isValid(date)) return undefined;
    return { date, precision: 'day', rule: 'date-month-day', confidence: date ? 0.85 : 0.5 };
  }
  if (groups.my) {
    const match = /^([A-Za-z.]+?)\.?,?\s+(\d{4})$/u.exec(text);
    const month = match ? monthNumber(match[1] ?? '', lexicon) : undefined;
    if (!match || month === undefined) return undefined;
    return {
      date: { year: Number(match[2]), month },
      precision: 'month',
      rule: 'date-month-year',
      confidence: 0.95,
    };
  }
  if (groups.weekday) {
    const weekday = lexicon.weekdays[text.toLowerCase()];
    if (weekday === undefined) return undefined;
    if (!reference?.day)
      return { date: undefined, precision: 'day', rule: 'date-weekday', confidence: 0.4 };
    const back = (weekdayOf(reference) - weekday + 7) % 7;
    return {
      date: shiftDays(reference, -back),
      precision: 'day',
      rule: 'date-weekday-before-published',
      confidence: 0.75,
    };
  }
  if (groups.relative) {
    const delta = lexicon.relativeDays[text.toLowerCase().replace(/\s+/g, ' ')];
    if (delta === undefined) return undefined;
    if (!reference?.day)
      return { date: undefined, precision: 'day', rule: 'date-relative', confidence: 0.4 };
    return {
      date: shiftDays(reference, delta),
      precision: 'day',
      rule: 'date-relative-to-published',
      confidence: 0.8,
    };
  }
  return undefined;
}

/**
 * Finds and resolves every date expression in `text` (UTF-16 offsets).
 * @example findDates('She wrote on June 20.', lexicon, { year: 2018, month: 7, day: 31 })[0].iso // '2018-06-20'
 */
export function findDates(text: string, lexicon: Lexicon, reference?: CalendarDate): DateMention[] {
  const pattern = datePattern(lexicon);
  pattern.lastIndex = 0;
  const found: DateMention[] = [];
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const resolution = resolveMatch(match.groups ?? {}, match[0], lexicon, reference);
    if (!resolution) continue;
    if (resolution.rule === 'date-weekday' || resolution.rule === 'date-weekday-before-published') {
      // "May" and "March" style ambiguity does not apply to weekdays; but a capitalised weekday is required.
      if (!/^[A-Z]/.test(match[0])) continue;
    }
    if (match.groups?.mdy && /^may\s/i.test(match[0]) && !/^May/.test(match[0])) continue;
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
      iso: resolution.date ? formatIsoDate(resolution.date) : null,
      precision: resolution.precision,
      rule: resolution.rule,
      confidence: resolution.confidence,
    });
  }
  return found;
}
