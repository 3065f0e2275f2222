// Counts, ordinals and units as date expressions write them; month and weekday names are the
// knowledge base's (src/kb/calendar.ts), re-exported here for the time stage.
export { MONTH_NUM, MONTH_RE, WEEKDAY_NUM, WEEKDAY_RE } from '../kb/calendar.js';

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, fifty: 50, hundred: 100,
};
/** A count written as digits or words ("3", "three", "a"); vague counts are handled apart. */
export const COUNT_RE = '(?:\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|a hundred)';
export const VAGUE_COUNT_RE = '(?:a few|a couple of|several|some|many|a number of)';

export function countValue(s: string): number | null {
  const k = s.toLowerCase().replace(/^a /, '');
  if (/^\d+$/.test(k)) return +k;
  return NUMBER_WORDS[k] ?? null;
}

const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, twentieth: 20, twenty_fifth: 25,
  thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, seventy_fifth: 75, hundredth: 100,
};
export const ORDINAL_RE = '(?:\\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|twentieth|twenty[- ]fifth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|seventy[- ]fifth|hundredth)';

export function ordinalValue(s: string): number | null {
  const k = s.toLowerCase().replace(/[- ]/g, '_');
  const d = /^(\d+)(?:st|nd|rd|th)$/.exec(k);
  if (d) return +d[1]!;
  return ORDINALS[k] ?? null;
}

export type Unit = 'day' | 'week' | 'month' | 'year';
export function unitOf(s: string): Unit | null {
  const k = s.toLowerCase().replace(/s$/, '');
  if (k === 'day' || k === 'week' || k === 'month' || k === 'year') return k;
  if (k === 'decade') return 'year';
  if (k === 'hour' || k === 'night') return 'day';
  return null;
}
