// Which sentences the parse stage parses: those some later stage can read a parse of. The event
// coder and the quote finder look for an actor doing or saying something, so a sentence is parsed
// when it has
//   - a possible actor: a name mention (ner), a generic actor noun ("police", "the government":
//     data/events/generic-actors.txt, plural forms too) or a personal pronoun subject
//     (he, she, it, we, they), and
//   - something the coders read: a verb (VB* from the syntax stage) whose lemma has an event
//     pattern (data/events/verb-patterns.txt: "attack", "meet", "say", "urge", …) or is a verb
//     of saying or believing (the cue lexicon, data/quotes/cues.tsv), an event noun ("talks", "strike":
//     data/events/nominal-events.txt), or "according" (to X).
// Everything else (background, description, datelines, lists of figures) keeps no parse. The
// share of sentences parsed is in BENCHMARKS.md (`node bench/parse.mjs --selection`).
import type { Doc } from '../doc/index.js';
import { cueLexicon } from '../kb/cues.js';
import { genericHeads } from '../kb/generic-actors.js';
import { nominalLexicon } from '../kb/nominal-events.js';
import { verbLexicon } from '../kb/verb-patterns.js';

const PRONOUNS = new Set(['he', 'she', 'it', 'we', 'they']);

let actorNouns: Set<string> | null = null;
let eventNouns: Set<string> | null = null;
let verbs: Set<string> | null = null;
/** Verbs of saying, writing, finding and believing: the cue lexicon's lemmas (data/quotes/cues.tsv; a phrasal cue by its verb). */
function sayLemmas(): string[] {
  const lex = cueLexicon.get();
  const out = new Set<string>(['quote']);
  for (const c of lex.byForm.values()) if (c.cls !== 'event' && c.cls !== 'noun' && !c.flags.has('no-parse')) out.add(c.lemma.split(' ')[0]!);
  return [...out];
}

/** Lemmas of the verbs the coders read: event patterns and verbs of saying. */
function verbLemmas(): Set<string> {
  if (!verbs) {
    verbs = new Set(verbLexicon().keys());
    for (const v of sayLemmas()) verbs.add(v);
  }
  return verbs;
}

function plurals(w: string, into: Set<string>): void {
  into.add(w).add(`${w}s`).add(`${w}es`);
  if (w.endsWith('y')) into.add(`${w.slice(0, -1)}ies`);
  if (w.endsWith('man')) into.add(`${w.slice(0, -3)}men`);
}

function lexicons(): { actors: Set<string>; events: Set<string> } {
  if (!actorNouns) {
    actorNouns = new Set();
    for (const k of genericHeads().keys()) plurals(k.split(' ').pop()!, actorNouns);
  }
  if (!eventNouns) {
    eventNouns = new Set();
    for (const k of nominalLexicon().keys()) plurals(k.split(' ').pop()!, eventNouns);
  }
  return { actors: actorNouns, events: eventNouns };
}

/** Irregular past forms of the event and speech verbs news uses most (the rest are regular). */
const IRREGULAR: Record<string, string> = {
  said: 'say', told: 'tell', wrote: 'write', written: 'write', met: 'meet', fought: 'fight', struck: 'strike',
  stricken: 'strike', shot: 'shoot', took: 'take', taken: 'take', gave: 'give', given: 'give', made: 'make',
  sent: 'send', held: 'hold', led: 'lead', began: 'begin', begun: 'begin', fled: 'flee', left: 'leave',
  kept: 'keep', sought: 'seek', brought: 'bring', spoke: 'speak', spoken: 'speak', threw: 'throw',
  thrown: 'throw', won: 'win', lost: 'lose', beat: 'beat', beaten: 'beat', broke: 'break', broken: 'break',
  drove: 'drive', driven: 'drive', withdrew: 'withdraw', withdrawn: 'withdraw', overthrew: 'overthrow',
  overthrown: 'overthrow', sold: 'sell', bought: 'buy', paid: 'pay', laid: 'lay', stood: 'stand', fell: 'fall',
  fallen: 'fall', came: 'come', went: 'go', gone: 'go', saw: 'see', seen: 'see', got: 'get', found: 'find',
  stole: 'steal', stolen: 'steal', hung: 'hang', blew: 'blow', blown: 'blow', shook: 'shake', shaken: 'shake',
  swore: 'swear', sworn: 'swear', bore: 'bear', borne: 'bear', forbade: 'forbid', forbidden: 'forbid',
  rose: 'rise', risen: 'rise', bid: 'bid', hit: 'hit', cut: 'cut', put: 'put', set: 'set', shut: 'shut', quit: 'quit',
};

/** Is some lemma of this verb form (lower case) in the set? Regular -s/-es/-ies/-ed/-ied/-ing, doubled consonants, and IRREGULAR. */
function verbIn(w: string, lemmas: Set<string>): boolean {
  if (lemmas.has(w)) return true;
  const irr = IRREGULAR[w];
  if (irr) return lemmas.has(irr);
  const tryStem = (stem: string) => stem.length > 1 && (lemmas.has(stem) || lemmas.has(stem + 'e') ||
    (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2] && lemmas.has(stem.slice(0, -1))));
  if (w.endsWith('ies') || w.endsWith('ied')) return lemmas.has(w.slice(0, -3) + 'y');
  if (w.endsWith('es') && lemmas.has(w.slice(0, -2))) return true;
  if (w.endsWith('s')) return lemmas.has(w.slice(0, -1));
  if (w.endsWith('ed')) return tryStem(w.slice(0, -2));
  if (w.endsWith('ing')) return tryStem(w.slice(0, -3));
  return false;
}

/** Per sentence of the doc: 1 when the parse stage should parse it. */
export function sentencesToParse(doc: Pick<Doc, 'tokens' | 'sentences' | 'mentions'>): Uint8Array {
  const { actors, events } = lexicons();
  const lemmas = verbLemmas();
  const out = new Uint8Array(doc.sentences.length);
  const hasName = new Uint8Array(doc.sentences.length);
  for (const m of doc.mentions) {
    const t = doc.tokens[m.tokenStart];
    if (t) hasName[t.sentence] = 1;
  }
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si]!;
    let actor = hasName[si] === 1, act = false;
    for (let i = s.tokenStart; i < s.tokenEnd && !(actor && act); i++) {
      const t = doc.tokens[i]!;
      const pos = t.pos ?? '';
      if (pos.startsWith('VB')) {
        if (!act && verbIn(t.text.toLowerCase(), lemmas)) act = true;
        continue;
      }
      if (!act && (t.text === 'according' || t.text === 'According')) act = true;
      if (pos.startsWith('NN') || pos === 'PRP') {
        const w = t.text.toLowerCase();
        if (!actor && (pos === 'PRP' ? PRONOUNS.has(w) : actors.has(w))) actor = true;
        if (!act && pos.startsWith('NN') && events.has(w)) act = true;
      }
    }
    if (actor && act) out[si] = 1;
  }
  return out;
}
