// Headlinese: "Moldova expels Russian diplomat", "Israel, Hamas swap hostages", "Egypt to host Gaza
// talks". Taggers trained on running text read the present-tense verb after a name as a plural
// noun ("expels/NNS", "swap/NN"), and the parse then has no verb at all. In a title (or any
// sentence with no verb tag), the first word after the subject's nouns that is a verb the event
// lexicon knows is retagged as the verb it is before parsing: VBZ for an -s form, VB after "to",
// VBP otherwise. One verb per clause: the first, and the first after "says"/"said", a colon or a semicolon.
import { lemmatizeVerb } from './lemma.js';
import { compoundNouns } from './verb-patterns.js';
import { nominalLexicon } from './nominal-events.js';
import { genericHeads } from './generic-actors.js';

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
      // "Somali forces retake town", "Talks collapse": an -s form (read as a verb or a plural noun)
      // followed at once by a base form the lexicon knows is the subject's plural head, and the
      // base form its verb.
      if (/^(VBZ|NNS)$/.test(out[i]!) && /s$/.test(l) && i + 1 < words.length - 1 && /^(VBP|VB|NN|NNS|JJ)$/.test(out[i + 1]!) && /^[a-z]+$/.test(words[i + 1]!)) {
        const l2 = words[i + 1]!;
        // (Only a noun that names actors or an event: "forces", "rebels", "talks", "protests"; not
        // "Zimbabwe lifts ban", "Pope urges end".)
        const noun = genericHeads().has(l) || nominalLexicon().has(l) || nominalLexicon().has(l.replace(/s$/, ''));
        if (noun && lemmatizeVerb(l2, knownVerb) === l2 && knownVerb(l2) && !compoundNouns().has(`${l} ${l2}`) && !nominalLexicon().has(`${l} ${l2}`)) {
          out[i] = 'NNS'; out[i + 1] = 'VBP'; changed = true; hit = i + 1; break;
        }
      }
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
      // A base form after a single noun ("Roadside bomb kills four soldiers") is the noun's second
      // word when a third-person verb follows; after a list of names ("Kenya, Uganda sign") it is the verb.
      if (tag === 'VBP' && /^(NN|NNP)$/.test(prevTag) && !words.slice(from, i).some((x) => x === ',' || x.toLowerCase() === 'and')) {
        const later = words.findIndex((x, k) => k > i && /^[a-z]+s$/.test(x) && x.toLowerCase() !== lemmatizeVerb(x.toLowerCase(), knownVerb) && knownVerb(lemmatizeVerb(x.toLowerCase(), knownVerb)) && /^(NNS|VBZ|NN)$/.test(out[k]!));
        if (later > 0) continue;
      }
      out[i] = tag;
      changed = true;
      hit = i;
      break;
    }
    if (hit < 0) break;
    let next = -1;
    for (let k = hit + 1; k < words.length; k++) if ((SAY.has(words[k]!.toLowerCase()) && (words[k] === ':' || k === hit)) || words[k] === ';') { next = k + 1; break; }
    if (SAY.has(words[hit]!.toLowerCase())) next = hit + 1;
    if (next < 0) break;
    from = next;
  }
  // "Thai court dissolves opposition party, bans its leaders": a second verb after a comma, in the
  // third person, shares the subject of the first.
  const firstVerb = out.findIndex((t) => t === 'VBZ' || t === 'VBP' || t === 'VBD');
  if (firstVerb >= 0) {
    for (let i = firstVerb + 2; i < words.length - 1; i++) {
      if (words[i - 1] !== ',' || !/^[a-z]+s$/.test(words[i]!) || !/^(NNS|NN|NNP|NNPS)$/.test(out[i]!)) continue;
      const l = words[i]!;
      const lemma = lemmatizeVerb(l, knownVerb);
      if (lemma === l || !knownVerb(lemma)) continue;
      // (A list of nouns, "arrests, raids and strikes", has no object after it.)
      if (!/^(DT|PRP\$|NNP|NNPS|NNS|NN|JJ|CD)$/.test(out[i + 1]!)) continue;
      out[i] = 'VBZ';
      changed = true;
    }
  }
  return changed ? out : null;
}

/**
 * Words to parse a headline with (same length, same positions): the parser knows running text, so
 * headlinese is rewritten into it where one word does it. A leading list of names joined by commas
 * gets "and" ("Kenya, Uganda sign deal" → "Kenya and Uganda sign deal"); "to" before the verb of a
 * headline with no verb before it becomes "will" ("Egypt to host talks" → "Egypt will host talks").
 * `tags` are the (retagged) Penn tags.
 */
export function headlineParseWords(words: readonly string[], tags: readonly string[]): string[] | null {
  let verb = tags.findIndex((t) => t.startsWith('VB') || t === 'MD');
  if (verb < 0) return null;
  const out = words.slice();
  let changed = false;
  if (verb >= 2 && words[verb - 1]!.toLowerCase() === 'to' && tags[verb] === 'VB' && !tags.slice(0, verb - 1).some((t) => t.startsWith('VB') || t === 'MD')) {
    out[verb - 1] = 'will';
    changed = true;
    verb--;
  }
  // "X, Y verb" / "X, Y, Z verb": the commas of a list of capitalised names before the verb.
  const commas: number[] = [];
  let ok = true;
  for (let i = 0; i < verb; i++) {
    if (words[i] === ',') commas.push(i);
    else if (!/^\p{Lu}/u.test(words[i]!) && !/^(NNP|NNPS)$/.test(tags[i]!)) { ok = false; break; }
  }
  if (ok && commas.length && commas[0]! > 0 && commas.at(-1)! < verb - 1) {
    const last = commas.at(-1)!;
    out[last] = 'and';
    changed = true;
  }
  return changed ? out : null;
}
