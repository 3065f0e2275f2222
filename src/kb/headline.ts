// Headlinese: "Moldova expels Russian diplomat", "Israel, Hamas swap hostages", "Egypt to host Gaza
// talks". Taggers trained on running text read the present-tense verb after a name as a plural
// noun ("expels/NNS", "swap/NN"), and the parse then has no verb at all. In a title (or any
// sentence with no verb tag), the first word after the subject's nouns that is a verb the event
// lexicon knows is retagged as the verb it is before parsing: VBZ for an -s form, VB after "to",
// VBP otherwise. One verb per clause: the first, and the first after "says"/"said" or a colon.
import { lemmatizeVerb } from './lemma.js';
import { compoundNouns } from './verb-patterns.js';
import { nominalLexicon } from './nominal-events.js';

const SUBJECT_END = /^(NNP|NNPS|NNS|NN|PRP|CD|JJ|POS|,|CC)$/;
const RETAG = /^(NN|NNS|NNP|NNPS|JJ|VBZ|VBP|VBN|VBD|VB)$/;
const SAY = new Set(['says', 'say', 'said', ':', '—', '-']);

/**
 * New tags for a headline's words (Penn tags in, Penn tags out), or null when nothing changes.
 * `knownVerb` says whether a lemma is a verb the coders care about.
 */
export function headlineTags(words: readonly string[], tags: readonly string[], knownVerb: (lemma: string) => boolean): string[] | null {
  if (words.length < 3) return null;
  const out = tags.slice();
  let changed = false;
  let from = 1;
  for (let pass = 0; pass < 2 && from < words.length; pass++) {
    let hit = -1;
    for (let i = from; i < words.length - 1; i++) {
      const w = words[i]!;
      const l = w.toLowerCase();
      if (!/^[\p{L}-]+$/u.test(w) || !RETAG.test(out[i]!)) continue;
      if (out[i]!.startsWith('VB')) { hit = i; break; } // already a verb: this clause is done
      const prevTag = out[i - 1]!;
      if (!SUBJECT_END.test(prevTag) && words[i - 1]!.toLowerCase() !== 'to') continue;
      const lemma = lemmatizeVerb(l, knownVerb);
      if (!knownVerb(lemma)) continue;
      // ("air strike", "peace talks", "tear gas": the second word of a compound noun is no verb.)
      const pair = `${words[i - 1]!.toLowerCase()} ${l}`;
      if (compoundNouns().has(pair) || nominalLexicon().has(pair) || nominalLexicon().has(`${words[i - 1]!.toLowerCase()} ${l.replace(/s$/, '')}`)) continue;
      // "to host": an infinitive; "expels": third person; "swap", "bar": plural subject.
      const tag = words[i - 1]!.toLowerCase() === 'to' ? 'VB' : l !== lemma && l.endsWith('s') ? 'VBZ' : l === lemma ? 'VBP' : null;
      if (!tag) continue;
      out[i] = tag;
      changed = true;
      hit = i;
      break;
    }
    if (hit < 0) break;
    let next = -1;
    for (let k = hit + 1; k < words.length; k++) if (SAY.has(words[k]!.toLowerCase()) && (words[k] === ':' || k === hit)) { next = k + 1; break; }
    if (SAY.has(words[hit]!.toLowerCase())) next = hit + 1;
    if (next < 0) break;
    from = next;
  }
  return changed ? out : null;
}
