// Nominal events: an event noun heading the subject of a clause codes an event of its own ("Talks
// between Serbia and Kosovo collapsed", "The visit by the Indian prime minister to Moscow angered
// Washington", "An Israeli strike on Rafah killed 30 people"). Only the subject position: an event
// noun inside an object or a prepositional phrase ("condemned the strike on X", "since the invasion
// of Y") is what another event is about, or background, and is left alone. Lexicon:
// data/events/nominal-events.txt. One bounded look-around per candidate noun: linear in the sentence.
import { clauseEnd, type SentenceView } from './clause.js';
import { nominalHeadForms, nominalLexicon } from '../kb/nominal-events.js';
import { governingPreposition, isPlace, isPossessiveModifier, mentionRange } from './phrases.js';
import { LOCATIVE, PREPOSITIONS, SUBORDINATORS } from './words.js';

export interface NominalHit {
  code: string;
  /** Head noun token. */
  head: number;
  source: number;
  target: number;
  /** Further coordinated targets are the caller's (conjunctsAfter). */
}

const NP_WORDS = /^(DT|JJ|JJR|JJS|NN|NNS|NNP|NNPS|CD|POS|PRP\$|HYPH|VBN|VBG)$/;
/** Force roots: a strike "on a school in Gaza" hits the place it is in. */
const FORCE = new Set(['18', '19', '20']);
const TARGET_WINDOW = 8;

/** Singular key of a noun token ("talks" → "talk", "strikes" → "strike"). */
function singular(l: string): string {
  if (l.endsWith('ies') && l.length > 4) return l.slice(0, -3) + 'y';
  if (l.endsWith('ses') || l.endsWith('shes') || l.endsWith('ches')) return l.slice(0, -2);
  if (l.endsWith('s') && !l.endsWith('ss') && l.length > 3) return l.slice(0, -1);
  return l;
}

/**
 * Event nouns heading the subject of their clause, with their source and target mentions.
 * `isActor(m)` says whether a mention resolves to an actor.
 */
export function nominalEvents(v: SentenceView, isActor: (m: number) => boolean): NominalHit[] {
  const lex = nominalLexicon();
  const out: NominalHit[] = [];
  const n = v.toks.length;
  let anyVerb: boolean | undefined;
  const forms = nominalHeadForms();
  for (let j = 0; j < n; j++) {
    const w = v.lower[j]!;
    if (w.length < 3 || !forms.has(w) || v.verbal[j] || v.mentionAt[j]! >= 0) continue;
    const pos = v.toks[j]!.pos;
    if (pos !== 'NN' && pos !== 'NNS') continue;
    const one = singular(v.lower[j]!);
    const pat = (j > 0 ? lex.get(`${v.lower[j - 1]} ${one}`) : undefined) ?? lex.get(one);
    if (!pat) continue;
    // (Cheapest test first: the target's preposition, or "by" an agent, follows the noun.)
    const after = v.lower[j + 1] ?? '';
    if (after !== 'by' && !pat.preps.has(after)) continue;
    // The head of a noun phrase (the next word is not a noun: "peace talks", not "talks venue").
    if (/^NN/.test(v.toks[j + 1]?.pos ?? '') && v.mentionAt[j + 1]! < 0) continue;
    // Subject position: from the clause start to the noun only noun-phrase words (no verb, no
    // preposition), and a finite verb of the clause follows, or the sentence has no verb at all.
    const cs = v.clauseStart[j]!;
    // ("Since Russia's invasion of Ukraine, ...", "after talks between ...": an adverbial, not a subject.)
    if (SUBORDINATORS.has(v.lower[cs]!)) continue;
    let ok = true;
    for (let k = cs; k < j && ok; k++) {
      if (v.mentionAt[k]! >= 0) continue;
      const pos = v.toks[k]!.pos ?? '';
      if (v.verbal[k] || PREPOSITIONS.has(v.lower[k]!) || !NP_WORDS.test(pos)) ok = false;
    }
    if (!ok) continue;
    anyVerb ??= v.verbal.includes(1);
    let verbAfter = false;
    for (let k = j + 1, e = clauseEnd(v, j); k < e && !verbAfter; k++) if (v.verbal[k]) verbAfter = true;
    if (anyVerb && !verbAfter) continue;
    // Source inside the phrase: a possessor or a nationality before the noun ("Russia's", "the Israeli").
    let source = -1;
    for (let k = j - 1; k >= cs; k--) {
      const m = v.mentionAt[k]!;
      if (m < 0) continue;
      if (isActor(m)) { source = m; break; }
      k = mentionRange(v, m)[0];
    }
    let target = -1;
    let k = j + 1;
    const limit = Math.min(n, j + 1 + TARGET_WINDOW * 2);
    // "the visit by X to Y": the agent after the noun.
    if (v.lower[k] === 'by' && source < 0) {
      for (let q = k + 1; q < Math.min(limit, k + 6); q++) {
        const m = v.mentionAt[q]!;
        if (m >= 0 && isActor(m)) { source = m; k = mentionRange(v, m)[1]; break; }
        if (v.verbal[q] || (PREPOSITIONS.has(v.lower[q]!) && q > k + 1)) break;
      }
    }
    const prep = v.lower[k] ?? '';
    if (!pat.preps.has(prep)) continue;
    let locative = -1;
    for (let q = k + 1; q < Math.min(limit, k + 1 + TARGET_WINDOW); q++) {
      if (v.verbal[q]) break;
      const m = v.mentionAt[q]!;
      if (m < 0) continue;
      const gp = governingPreposition(v, m);
      if (gp === prep && !isPossessiveModifier(v, m) && isActor(m)) { target = m; break; }
      if (gp === prep && isPossessiveModifier(v, m) && isActor(m)) { target = m; break; }
      if (gp && LOCATIVE.has(gp) && isPlace(v, m) && isActor(m) && locative < 0) locative = m;
      q = mentionRange(v, m)[1] - 1;
    }
    if (target < 0 && FORCE.has(pat.code.slice(0, 2))) target = locative;
    if (prep === 'between' && target >= 0 && source < 0) {
      // "talks between A and B": A acts on B.
      const [, b] = mentionRange(v, target);
      const c = (v.lower[b] === 'and') ? v.mentionAt[b + 1]! : -1;
      if (c >= 0 && isActor(c)) { source = target; target = c; }
      else continue;
    }
    if (source < 0 || target < 0 || source === target) continue;
    out.push({ code: pat.code, head: j, source, target });
  }
  return out;
}
