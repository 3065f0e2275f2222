// Generic actors: noun phrases that name a group or an institution without a name ("police",
// "the government", "at least 14 organisers", "Kenyan protesters"). NER leaves them out; here they
// become mentions later stages read like names. Their country comes from the phrase ("Kenyan
// police", "the government of Kenya"), else from the article's main country (only when it has a
// clear one). One pass over the tokens: linear in the document.
import type { Doc, GenericActor } from '../doc/index.js';
import type { ActorRef } from '../types.js';
import { genericHeads, type GenericHead } from '../kb/generic-actors.js';
import { groupActor, roleType } from '../kb/actor-codes.js';

type DocG = Pick<Doc, 'title' | 'captions' | 'body' | 'tokens' | 'mentions'>;

const NOUN = /^NNS?$/;
/** Modifiers a generic phrase may carry before its head ("at least 14", "anti-government", "riot"). */
const MODIFIER_POS = /^(JJ|JJR|JJS|NN|NNS|CD|VBN|VBG)$/;
/** A possessive pronoun makes the phrase someone's ("his forces", "their supporters"): not resolvable here. */
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your', 'whose']);
/** "both governments", "the two armies", "other officials": parties named elsewhere, not one actor. */
const PLURAL_REFERENCE = new Set(['both', 'two', 'three', 'each', 'other', 'either', 'neither', 'respective', 'all']);
/** ... but "two journalists" without "the" is a count, not a reference. */
const NUMBERS = new Set(['two', 'three']);

const COUNTRY_OF = (doc: DocG, actor: (m: number) => ActorRef | null, m: number): string | null => {
  const men = doc.mentions[m];
  if (!men || (men.type !== 'NORP' && men.type !== 'GPE')) return null;
  return actor(m)?.country ?? null;
};

/**
 * Generic noun phrases of the doc, in reading order, each as a mention spanning the phrase. A
 * demonym right before the phrase is taken into it ("Kenyan police"). `actors` are the actors of
 * the real mentions; `main` is the article's dominant country, the actor's country of last resort.
 */
export function findGenerics(doc: DocG, actors: readonly (ActorRef | null)[], main: string | null): GenericActor[] {
  const actor = (m: number): ActorRef | null => actors[m] ?? null;
  const lex = genericHeads();
  const out: GenericActor[] = [];
  const owner = new Int32Array(doc.tokens.length).fill(-1);
  doc.mentions.forEach((men, m) => { for (let k = men.tokenStart; k < men.tokenEnd && k < owner.length; k++) owner[k] = m; });
  const toks = doc.tokens;
  const low = (k: number) => (toks[k]?.text ?? '').toLowerCase();
  // A participle modifies only after a determiner or an adjective ("the armed militants"); after an
  // auxiliary or a noun it is a verb ("had sent troops").
  const isModifier = (k: number): boolean => {
    const pos = toks[k]!.pos ?? '';
    if (!MODIFIER_POS.test(pos) || !/^[a-z0-9]/.test(toks[k]!.text)) return false;
    if (pos === 'VBN' || pos === 'VBG') return /^(DT|JJ|CD|PRP\$)$/.test(toks[k - 1]?.pos ?? '');
    return true;
  };
  // A name the recogniser took for a group's word ("— Police", "Protesters") and resolution left
  // without an actor is read as the generic phrase it is: its tokens are free for the scan below.
  doc.mentions.forEach((men, m) => {
    if (actor(m)) return;
    const words = men.text.toLowerCase().replace(/^[^\p{L}]+/u, '').replace(/^the\s+/, '');
    if (!lex.has(words)) return;
    for (let k = men.tokenStart; k < men.tokenEnd && k < owner.length; k++) owner[k] = -1;
  });
  for (let i = 0; i < toks.length; i++) {
    if (owner[i]! >= 0) continue;
    // Two-word heads ("riot police", "security forces") first.
    let head: GenericHead | undefined, end = i + 1;
    const two = i + 1 < toks.length && toks[i + 1]!.sentence === toks[i]!.sentence && owner[i + 1]! < 0 ? lex.get(`${low(i)} ${low(i + 1)}`) : undefined;
    if (two) { head = two; end = i + 2; } else head = lex.get(low(i));
    if (!head) continue;
    const last = toks[end - 1]!;
    // The head of its phrase: a noun not followed by another noun ("government spokesman", "police station").
    // (A two-word head is a noun phrase even where the tagger read its noun as a verb: "before
    // security forces/VBZ dispersed them".)
    // (And a head the tagger read as an adjective right after "the", with no noun after it: "called
    // on the military/JJ to halt".)
    const adjectiveHead = last.pos === 'JJ' && !two && low(i - 1) === 'the' && !NOUN.test(toks[end]?.pos ?? '');
    if (last.pos && !/^NNP?S?$/.test(last.pos) && !(two && last.pos === 'VBZ') && !adjectiveHead) continue;
    const next = toks[end];
    if (next && next.sentence === last.sentence && owner[end]! < 0 && NOUN.test(next.pos ?? '') && /^[a-z]/.test(next.text)) continue;
    // "journalist Maria Ressa": a title before a name; the name is the actor.
    if (next && next.sentence === last.sentence && owner[end]! >= 0) continue;
    // Modifiers before it, and a demonym or possessive country in front of those.
    let start = i;
    while (start > 0 && toks[start - 1]!.sentence === last.sentence && owner[start - 1]! < 0 && isModifier(start - 1)) start--;
    // "to clear protesters": a verb the tagger took for an adjective is not a modifier.
    while (start < i && low(start - 1) === 'to') start++;
    const det = low(start - 1);
    const ref = (k: number) => PLURAL_REFERENCE.has(low(k)) && (!NUMBERS.has(low(k)) || low(k - 1) === 'the');
    if (POSSESSIVE_PRONOUNS.has(det) || ref(start - 1) || ref(start)) { i = end - 1; continue; }
    let country: string | null = null;
    let absorbed = -1;
    const before = start - 1;
    if (before >= 0 && owner[before]! >= 0 && toks[before]!.sentence === last.sentence) {
      const m = owner[before]!;
      // "Kenyan police", "US officials": the country is part of the phrase. "UN officials", "Hamas
      // fighters": an organisation acts through its people, so the name stays the actor.
      const t = doc.mentions[m]!.type;
      if (t !== 'NORP' && t !== 'GPE') { i = end - 1; continue; }
      country = COUNTRY_OF(doc, actor, m);
      if (country) absorbed = m;
    } else if ((det === "'s" || det === '’s') && start >= 2 && owner[start - 2]! >= 0) {
      country = COUNTRY_OF(doc, actor, owner[start - 2]!);
    } else if ((det === "'s" || det === '’s') && start >= 3 && (low(start - 2) === 'country' || low(start - 2) === 'nation') && low(start - 3) === 'the') {
      // "the country's military rulers": the country named last before it.
      for (let k = start - 4; k >= Math.max(0, start - 60) && !country; k--) {
        if (toks[k]!.field !== last.field) break;
        if (owner[k]! >= 0 && doc.mentions[owner[k]!]!.type === 'GPE') country = COUNTRY_OF(doc, actor, owner[k]!);
      }
    }
    // "the government of Kenya", "police in Dhaka"
    if (!country && (low(end) === 'of' || low(end) === 'in')) {
      let k = end + 1;
      while (k < end + 3 && (low(k) === 'the' || /^JJ/.test(toks[k]?.pos ?? '') && /^[a-z]/.test(toks[k]!.text))) k++;
      if (k < toks.length && owner[k]! >= 0 && toks[k]!.sentence === last.sentence) country = COUNTRY_OF(doc, actor, owner[k]!);
    }
    const a = absorbed >= 0 ? doc.mentions[absorbed]!.tokenStart : start;
    const first = toks[a]!;
    const text = sliceText(doc, first.field, first.start, last.end);
    const role = roleType(text) ?? head.type;
    const nationality = absorbed >= 0 ? actor(absorbed) : null;
    out.push({
      mention: { field: first.field, start: first.start, end: last.end, text, label: 'ORG', type: 'ORG', tokenStart: a, tokenEnd: end },
      role, kind: head.kind, country, nationality, actor: groupActor(text, role, country ?? main, nationality),
    });
    i = end - 1;
  }
  return out;
}

function sliceText(doc: DocG, field: string, start: number, end: number): string {
  const text = field === 'title' ? doc.title : field === 'body' ? doc.body : doc.captions[Number(field.slice(8))]?.text ?? '';
  return text.slice(start, end);
}
