// Names defined with their short form in brackets: "the Tehreek-e-Taliban Pakistan (TTP)",
// "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)", "United Nations Interim Force in Lebanon
// (UNIFIL)". The CoNLL model, trained on 1996 wire copy, cuts such long and foreign names into
// pieces (a people, a person, a place), so the article's own definition settles the span: the
// capitalised words before the bracket whose initials spell the short form are one name, and the
// short form, there and wherever else it stands, is a mention of the same kind.
import type { Mention, Token } from '../doc/index.js';

/** Lower-case words a name may hold between its capitalised ones (English, Romance, Arabic particles). */
const CONNECTORS = new Set([
  'of', 'the', 'in', 'for', 'and', 'on', 'de', 'du', 'des', 'la', 'le', 'les', 'el', 'al', 'wal', 'e', 'y', 'i',
  'di', 'da', 'do', 'dos', 'das', 'del', 'della', 'van', 'von', 'der', 'et', '&',
]);
const MAX_WORDS = 12;

/** A short form: 2–8 letters or digits, at least two capitals, starting with a capital ("TTP", "FAMa", "M23"). */
export function isShortForm(w: string): boolean {
  return /^\p{Lu}[\p{L}\d&]{1,7}$/u.test(w) && (w.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

interface Unit { letter: string; mandatory: boolean }

/** Initials of a run of words: each capitalised part must be spelled, each particle may be. */
function units(words: readonly string[]): Unit[] {
  const out: Unit[] = [];
  for (const w of words) {
    for (const part of w.split(/[-‐]/)) {
      const p = part.replace(/^[^\p{L}\d]+/u, '');
      if (!p) continue;
      const cap = /^[\p{Lu}\d]/u.test(p);
      out.push({ letter: p[0]!.toUpperCase(), mandatory: cap });
    }
  }
  return out;
}

/** Do the units spell `short` in order (particles optional), or, for three letters or more, as a set of the capitals (French order: "FARDC")? */
export function spells(short: string, words: readonly string[]): boolean {
  const letters = short.toUpperCase().replace(/[^\p{Lu}\d]/gu, '');
  const us = units(words);
  if (!us.length || !us[0]!.mandatory) return false;
  // In order: reach[i] = letters spelled after the units so far can be i.
  let reach = new Set<number>([0]);
  for (const u of us) {
    const next = new Set<number>();
    for (const i of reach) {
      if (i < letters.length && letters[i] === u.letter) next.add(i + 1);
      if (!u.mandatory) next.add(i);
    }
    reach = next;
    if (!reach.size) break;
  }
  if (reach.has(letters.length)) return true;
  const caps = us.filter((u) => u.mandatory).map((u) => u.letter).sort().join('');
  return letters.length >= 3 && caps === [...letters].sort().join('');
}

export interface DefinedName { tokenStart: number; tokenEnd: number; short: number; label: 'ORG' | 'LOC' }

/**
 * Names defined by a bracketed short form in one sentence's tokens [from, to): the longest run of
 * capitalised words and particles before "(" whose initials spell it, at least two words.
 */
export function findDefinedNames(tokens: readonly Token[], from: number, to: number, mentions: readonly Mention[]): DefinedName[] {
  const out: DefinedName[] = [];
  for (let k = from + 1; k + 2 < to; k++) {
    if (tokens[k]!.text !== '(' || tokens[k + 2]!.text !== ')' || !isShortForm(tokens[k + 1]!.text)) continue;
    const short = tokens[k + 1]!.text;
    let s = k;
    while (s > from && k - s < MAX_WORDS) {
      const w = tokens[s - 1]!.text;
      if (/^[\p{Lu}\d]/u.test(w) || /\p{Lu}/u.test(w) && /-/.test(w) || CONNECTORS.has(w)) s--;
      else break;
    }
    let best = -1;
    for (let a = s; a < k - 1; a++) {
      if (!/^\p{Lu}/u.test(tokens[a]!.text)) continue;
      const words: string[] = [];
      for (let j = a; j < k; j++) words.push(tokens[j]!.text);
      if (spells(short, words)) { best = a; break; }
    }
    if (best < 0) continue;
    // A place only when the recogniser found the whole name as a place ("the Democratic Republic
    // of Congo (DRC)"); otherwise an organisation, whatever the pieces were ("Armed Forces of the
    // Democratic Republic of Congo (FARDC)").
    let widest: Mention | null = null;
    for (const m of mentions) {
      if (m.tokenStart < k && best < m.tokenEnd && (!widest || m.tokenEnd - m.tokenStart > widest.tokenEnd - widest.tokenStart)) widest = m;
    }
    const label = widest && widest.label === 'LOC' && widest.tokenStart === best && widest.tokenEnd === k ? 'LOC' : 'ORG';
    out.push({ tokenStart: best, tokenEnd: k, short: k + 1, label });
  }
  return out;
}
