// Verbs that taggers trained on the treebanks misread inside a fixed phrase of news copy: "set" in
// "protesters set fire to the offices" comes out a noun or an adjective (set/NN, set/JJ), and the
// clause then has no verb. The phrase decides: "set" before "fire", "ablaze", "alight" or "on fire"
// is the verb, its form from the word before it. Likewise "due" in "was due to travel".
const AUX_PERFECT = /^(has|have|had|been|be|being|was|were|is|are|get|got|gets)$/;

const HYPHEN_PARTICIPLE = /^[\p{L}.]+-(flagged|owned|backed|led|based|made|registered|operated|run|brokered|funded|sponsored|controlled|held|built|linked|allied|affiliated|aligned|dominated|occupied|administered|supported|organised|organized|mediated)$/iu;
const BE = /^(is|are|was|were|be|been|being|'s|’s)$/;

/** New tags for the sentence's words (Penn tags), or null when nothing changes. */
export function idiomTags(words: readonly string[], tags: readonly string[]): string[] | null {
  let out: string[] | null = null;
  for (let i = 0; i + 1 < words.length; i++) {
    // "had been due to travel to Beijing": "due" after a form of "be" and before "to" and a word
    // that can be a verb is the adjective of a plan (due/JJ to/TO travel/VB), not the preposition
    // "due to" ("cancelled due to rain").
    if (words[i]!.toLowerCase() === 'due' && i > 0 && BE.test(words[i - 1]!.toLowerCase()) && words[i + 1]!.toLowerCase() === 'to' && i + 2 < words.length
      && /^(VB|VBP|NN)$/.test(tags[i + 2]!) && /^[a-z]+$/.test(words[i + 2]!)) {
      out ??= tags.slice();
      out[i] = 'JJ'; out[i + 1] = 'TO'; out[i + 2] = 'VB';
      continue;
    }
    // "a Marshall Islands-flagged tanker", "U.S.-brokered talks", "Iranian-backed militias": a
    // hyphened participle before a noun is an adjective, never the clause's verb.
    if (HYPHEN_PARTICIPLE.test(words[i]!) && tags[i]!.startsWith('VB') && /^(NN|JJ)/.test(tags[i + 1]!)) {
      out ??= tags.slice();
      out[i] = 'JJ';
      continue;
    }
    // "as police open fire on protesters": "open" before "fire" is the verb (open/JJ in the treebanks).
    if (/^(open|opened)$/i.test(words[i]!) && words[i + 1]!.toLowerCase() === 'fire' && !tags[i]!.startsWith('VB') && i > 0 && /^(NN|NNS|NNP|NNPS|PRP|TO|MD|RB)$/.test(tags[i - 1]!)) {
      out ??= tags.slice();
      out[i] = words[i]!.toLowerCase() === 'opened' ? 'VBD' : /^(TO|MD)$/.test(tags[i - 1]!) ? 'VB' : 'VBP';
      continue;
    }
    // "NATO's secretary-general demanded …": an office of the form "X-general" is a noun.
    if (/^\p{L}+-generals?$/iu.test(words[i]!) && !tags[i]!.startsWith('NN')) {
      out ??= tags.slice();
      out[i] = /s$/i.test(words[i]!) ? 'NNS' : 'NN';
      continue;
    }
    if (words[i]!.toLowerCase() !== 'set' || tags[i]!.startsWith('VB')) continue;
    const next = words[i + 1]!.toLowerCase();
    if (!(next === 'fire' || next === 'ablaze' || next === 'alight' || (next === 'on' && words[i + 2]?.toLowerCase() === 'fire'))) continue;
    const prev = (words[i - 1] ?? '').toLowerCase();
    out ??= tags.slice();
    out[i] = prev === 'to' || tags[i - 1] === 'MD' ? 'VB' : AUX_PERFECT.test(prev) ? 'VBN' : 'VBD';
  }
  return out;
}
