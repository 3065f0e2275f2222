// News tokenisation, close to the CoNLL-2003 / Penn conventions the NER model was trained on:
// "U.S." and "Jan." keep their period, "Iran's" → "Iran" "'s", "didn’t" → "did" "n’t",
// hyphenated names stay whole ("Al-Sadeq", "pro-Iran"), numbers keep their separators
// ("10,000", "3.5", "1996-08-22"), quotes of every kind are tokens of their own.
// Offsets are UTF-16 into the input, so input.slice(start, end) === text always holds.

export interface RawToken { start: number; end: number; text: string }

/**
 * Words that take a period and do NOT end a sentence by themselves: titles, months, and the
 * usual news abbreviations. Lower-cased, without the period.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // titles and ranks
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'pvt', 'adm',
  'cmdr', 'cdr', 'brig', 'gov', 'sen', 'rep', 'reps', 'pres', 'amb', 'sec', 'supt', 'insp', 'det', 'rev',
  'hon', 'fr', 'sr', 'jr', 'st', 'mt', 'ft', 'messrs', 'mme', 'mlle', 'gens', 'sens', 'govt',
  // months and days
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  // organisations, places, misc
  'inc', 'corp', 'co', 'ltd', 'bros', 'dept', 'univ', 'assn', 'ave', 'blvd', 'rd', 'no', 'nos', 'vs',
  'etc', 'approx', 'est', 'fig', 'vol', 'pp', 'ca', 'cf', 'al', 'op', 'intl', 'natl', 'mass', 'calif',
  'fla', 'ill', 'penn', 'tenn', 'wash', 'ariz', 'colo', 'conn', 'ga', 'ky', 'la', 'md', 'mich', 'minn',
  'nev', 'okla', 'ore', 'pa', 'va', 'wis', 'wyo', 'ala', 'ark', 'del', 'kan', 'neb', 'vt',
]);

/** The abbreviations also written in lower case; the rest need a capital ("Gen.", "Mass."). */
const LOWERCASE_ABBREVIATIONS: ReadonlySet<string> = new Set(['etc', 'vs', 'approx', 'cf', 'ca', 'est', 'pp', 'vol', 'fig']);

/** Abbreviations after which a capitalised word is still the same sentence (names follow). */
export const NONFINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'pvt', 'adm',
  'cmdr', 'cdr', 'brig', 'gov', 'sen', 'rep', 'reps', 'pres', 'amb', 'sec', 'supt', 'insp', 'det', 'rev',
  'hon', 'fr', 'st', 'mt', 'ft', 'messrs', 'mme', 'mlle', 'gens', 'sens', 'no', 'nos', 'vs', 'cf',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'approx', 'ca',
]);

// A word: letters/digits joined by inner hyphens, apostrophes or ampersands ("AT&T"); dotted
// acronyms are matched before words, and a dot never joins two words ("Nov.29" → "Nov." "29").
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-‐‑'’&][\p{L}\p{M}\p{N}]+)*/uy;
// Acronyms with periods: U.S., U.N., a.m., N.Y.C. (two or more letter-dot pairs).
const ACRONYM = /(?:\p{L}\.){2,}/uy;
// Numbers: 10,000  3.5  1996-08-22  12:30  1/2  and signed forms; optional trailing letters are a
// separate token except ordinals/units glued in news ("1st", "3rd", "5km") which stay whole.
const NUMBER = /[+-]?\d+(?:[.,:/\-–]\d+)*(?:st|nd|rd|th|s|m|bn|km|kg|pm|am)?(?![\p{L}])/uy;
const URL = /(?:https?:\/\/|www\.)[^\s<>"“”]+[^\s<>"“”.,;:!?)\]']/uy;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/uy;
const ELLIPSIS = /\.{2,}|…/y;
const DASHES = /-{2,}|—|–/y;
const SPACE = /\s/u;

const CLITIC = /^(.*?)(n['’]t|['’](?:s|S|re|RE|ve|VE|ll|LL|d|D|m|M))$/u;

function matchAt(re: RegExp, s: string, i: number): string | null {
  re.lastIndex = i;
  const m = re.exec(s);
  return m ? m[0] : null;
}

/** Tokenise a string. Never drops or rewrites a character other than whitespace. */
export function tokenize(text: string): RawToken[] {
  const out: RawToken[] = [];
  const push = (start: number, end: number) => out.push({ start, end, text: text.slice(start, end) });
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (SPACE.test(c)) { i++; continue; }
    let m: string | null;
    if ((m = matchAt(URL, text, i)) || (m = matchAt(EMAIL, text, i))) { push(i, i + m.length); i += m.length; continue; }
    if ((m = matchAt(ACRONYM, text, i))) {
      // "U.S." but not the "e." of "e.g" inside a longer word: must not be followed by a letter.
      const after = text[i + m.length];
      if (!after || !/[\p{L}\p{N}]/u.test(after)) { push(i, i + m.length); i += m.length; continue; }
    }
    if (/\d/.test(c) || ((c === '-' || c === '+') && /\d/.test(text[i + 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[i - 1] ?? ''))) {
      if ((m = matchAt(NUMBER, text, i))) { push(i, i + m.length); i += m.length; continue; }
    }
    if ((m = matchAt(WORD, text, i))) {
      let end = i + m.length;
      const cl = CLITIC.exec(m);
      if (cl && cl[1]!.length > 0) {
        const stemEnd = i + cl[1]!.length;
        push(i, stemEnd); push(stemEnd, end); i = end; continue;
      }
      // Abbreviation: keep the period with the word ("Jan.", "Gen.", single initials "J.").
      if (text[end] === '.' && isAbbreviation(m, text, end)) end++;
      push(i, end); i = end; continue;
    }
    if ((m = matchAt(ELLIPSIS, text, i)) || (m = matchAt(DASHES, text, i))) { push(i, i + m.length); i += m.length; continue; }
    // A leading apostrophe clitic standing alone ("’s" after a closing quote, "'90s").
    if ((c === "'" || c === '’') && /^(?:s|re|ve|ll|d|m)\b/i.test(text.slice(i + 1, i + 4)) && /[\p{L}\p{N}”"]/u.test(text[i - 1] ?? '')) {
      const cl = /^['’](?:s|re|ve|ll|d|m)/i.exec(text.slice(i))!;
      push(i, i + cl[0].length); i += cl[0].length; continue;
    }
    // Anything else is one character (a surrogate pair stays together).
    const cp = text.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    push(i, i + len); i += len;
  }
  return out;
}

/** Does the period after `word` (at index `dot`) belong to it? */
function isAbbreviation(word: string, text: string, dot: number): boolean {
  const lower = word.toLowerCase().replace(/['’]/g, '');
  if (ABBREVIATIONS.has(lower)) {
    // "No. 1" but "said no." at a sentence end; "Ill." the state but "fell ill." the word.
    if (lower === 'no' || lower === 'nos') return /^\.\s*\d/.test(text.slice(dot, dot + 3));
    return /^\p{Lu}/u.test(word) || LOWERCASE_ABBREVIATIONS.has(lower);
  }
  // Single capital letter initial: "J. Smith", "George W. Bush".
  if (/^\p{Lu}$/u.test(word)) return true;
  return false;
}
