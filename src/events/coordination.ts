// Coordination: names joined by "and" (two subjects, a list of targets) and a verb joined by "and"
// to reported speech ("X said Y wanted Z and urged W"). Bounded look-arounds only.
import type { SentenceView, VerbGroup } from './clause.js';
import { mentionRange, startsClause } from './phrases.js';
import { GROUP_ADVERBS, SPEECH } from './words.js';

/** Roots of acts done by saying (statements, appeals, demands, accusations, rejections, threats). */
export const SPEECH_ACT_ROOTS = new Set(['01', '02', '03', '05', '10', '11', '12', '13']);

/**
 * The speaker of reported speech that a finite verb after "and" continues ("X said Y wanted Z and
 * urged W"), or -1: the verb is the last group's conjunct, that group lies inside the complement of a
 * speech verb with a known subject, and the verb has no auxiliary of its own to share the complement's.
 */
export function conjoinedSpeaker(v: SentenceView, g: VerbGroup, groups: readonly VerbGroup[], subjects: Map<number, number>): number {
  let k = g.start - 1;
  if (v.lower[k] !== 'and') return -1;
  if (v.lower[k - 1] === ',') k--;
  if (g.start !== g.head && !GROUP_ADVERBS.has(v.lower[g.start]!)) return -1;
  if (!/^(VBD|VBZ)$/.test(v.toks[g.head]!.pos ?? '')) return -1;
  // The speech verb: the last one before the conjunct whose complement holds a verb of its own.
  for (let n = groups.length - 2; n >= 0; n--) {
    const sg = groups[n]!;
    if (sg.head >= k || !SPEECH.has(sg.lemma) || sg.passive) continue;
    const who = subjects.get(sg.head);
    if (who === undefined || who < 0) return -1;
    const inner = groups.some((x) => x.head > sg.head && x.head < k && x !== g);
    return inner ? who : -1;
  }
  return -1;
}

/**
 * Roots (and codes) of what two coordinated subjects do side by side, not to each other ("expressed
 * concern", "welcomed", "urged restraint", "condemned", "scrambled jets"); other acts with no named
 * object are done between them ("met", "signed", "exchanged prisoners", "violated the ceasefire").
 */
export const SIDE_BY_SIDE = new Set(['01', '02', '07', '10', '11', '12', '13', '14', '15', '051', '052']);

/** Names coordinated after mention m ("Russia and Belarus", "Iran, Syria and Iraq"), up to a new clause. */
export function conjunctsAfter(v: SentenceView, m: number): number[] {
  const out: number[] = [];
  let [, k] = mentionRange(v, m);
  for (let n = 0; n < 6; n++) {
    let j = k;
    const comma = v.lower[j] === ',';
    if (comma) j++;
    const conj = v.lower[j] === 'and' || v.lower[j] === 'or';
    if (conj) j++;
    if (!comma && !conj) break;
    if (v.lower[j] === 'the') j++;
    const c = v.mentionAt[j] ?? -1;
    if (c < 0 || c === m || startsClause(v, j)) break;
    const [a, b] = mentionRange(v, c);
    if (a !== j || v.lower[b] === "'s" || v.lower[b] === '’s') break;
    out.push(c);
    // A list ends with "and"; commas alone make an apposition ("Russia, its main ally").
    if (conj) return out;
    k = b;
  }
  return [];
}

/** Lower-case words of a conjunct's title ("his Japanese counterpart", "her foreign minister"). */
const TITLE_WORDS = new Set(['his', 'her', 'their', 'its', 'counterpart', 'minister', 'president', 'prime', 'foreign', 'defence',
  'defense', 'leader', 'envoy', 'chief', 'secretary', 'premier']);

/** The name coordinated before a subject ("Israel and Bahrain"), or -1. */
export function conjunctBefore(v: SentenceView, m: number): number {
  const [a] = mentionRange(v, m);
  let k = a - 1;
  if (v.lower[k] === 'the') k--;
  // "Sethi and Japanese Defense Minister Hiroshi Tanabe": skip the second conjunct's titles.
  // ("Colombia's Andres Rojas and Venezuela's Carlos Mendez": a possessive country is a title too.)
  // ("X and his Lithuanian counterpart Y": a possessive pronoun and a role word too.)
  for (let n = 0; n < 5 && k > 0 && v.lower[k] !== 'and' && (/^[A-Z]/.test(v.toks[k]!.text) || v.mentionAt[k]! >= 0 || v.lower[k] === "'s" || TITLE_WORDS.has(v.lower[k]!)); n++) k--;
  if (k < 1 || v.lower[k] !== 'and') return -1;
  k--;
  while (k >= 0 && (v.lower[k] === 'the')) k--;
  const p = k >= 0 ? v.mentionAt[k]! : -1;
  return p >= 0 && p !== m ? p : -1;
}

/** Names listed with commas before the first conjunct p ("Britain, France and Germany" → [Britain]), nearest first. */
export function listBefore(v: SentenceView, p: number): number[] {
  const out: number[] = [];
  let [a] = mentionRange(v, p);
  for (let n = 0; n < 5; n++) {
    let k = a - 1;
    if (v.lower[k] !== ',') break;
    k--;
    const q = k >= 0 ? v.mentionAt[k]! : -1;
    if (q < 0 || q === p) break;
    const [qa, qb] = mentionRange(v, q);
    if (qb !== k + 1) break;
    out.push(q);
    a = v.lower[qa - 1] === 'the' ? qa - 1 : qa;
  }
  // (A clause opener before the list would make the first "name" an adverbial: keep only a list at the clause's start.)
  return out.length && a === v.clauseStart[a] ? out : [];
}
