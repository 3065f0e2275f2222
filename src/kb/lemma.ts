// A small English verb lemmatiser: irregular verbs from a table, regular ones by suffix rules.
// The coder only needs lemmas of verbs it may code and of auxiliaries, so a table of the common
// irregular verbs plus careful -s/-ed/-ing rules is enough (no dictionary of every word).
import { BoundedMap } from '../util/bounded-map.js';

/** lemma: [past, past participle] for irregular verbs (several forms separated by '/'). */
const IRREGULAR: Record<string, [string, string]> = {
  arise: ['arose', 'arisen'], awake: ['awoke', 'awoken'], be: ['was/were', 'been'], bear: ['bore', 'borne/born'],
  beat: ['beat', 'beaten'], become: ['became', 'become'], begin: ['began', 'begun'], bend: ['bent', 'bent'],
  bet: ['bet', 'bet'], bid: ['bid', 'bid'], bind: ['bound', 'bound'], bite: ['bit', 'bitten'], bleed: ['bled', 'bled'],
  blow: ['blew', 'blown'], break: ['broke', 'broken'], bring: ['brought', 'brought'], build: ['built', 'built'],
  burn: ['burnt/burned', 'burnt/burned'], burst: ['burst', 'burst'], buy: ['bought', 'bought'], cast: ['cast', 'cast'],
  catch: ['caught', 'caught'], choose: ['chose', 'chosen'], come: ['came', 'come'], cost: ['cost', 'cost'],
  cut: ['cut', 'cut'], deal: ['dealt', 'dealt'], dig: ['dug', 'dug'], do: ['did', 'done'], draw: ['drew', 'drawn'],
  drink: ['drank', 'drunk'], drive: ['drove', 'driven'], eat: ['ate', 'eaten'], fall: ['fell', 'fallen'],
  feed: ['fed', 'fed'], feel: ['felt', 'felt'], fight: ['fought', 'fought'], find: ['found', 'found'],
  flee: ['fled', 'fled'], fly: ['flew', 'flown'], forbid: ['forbade', 'forbidden'], forget: ['forgot', 'forgotten'],
  forgive: ['forgave', 'forgiven'], freeze: ['froze', 'frozen'], get: ['got', 'got/gotten'], give: ['gave', 'given'],
  go: ['went', 'gone'], grow: ['grew', 'grown'], hang: ['hung/hanged', 'hung/hanged'], have: ['had', 'had'],
  hear: ['heard', 'heard'], hide: ['hid', 'hidden'], hit: ['hit', 'hit'], hold: ['held', 'held'], hurt: ['hurt', 'hurt'],
  keep: ['kept', 'kept'], know: ['knew', 'known'], lay: ['laid', 'laid'], lead: ['led', 'led'], leave: ['left', 'left'],
  lend: ['lent', 'lent'], let: ['let', 'let'], lie: ['lay', 'lain'], lose: ['lost', 'lost'], make: ['made', 'made'],
  mean: ['meant', 'meant'], meet: ['met', 'met'], overthrow: ['overthrew', 'overthrown'], pay: ['paid', 'paid'],
  put: ['put', 'put'], quit: ['quit', 'quit'], read: ['read', 'read'], rid: ['rid', 'rid'], ride: ['rode', 'ridden'],
  ring: ['rang', 'rung'], rise: ['rose', 'risen'], run: ['ran', 'run'], say: ['said', 'said'], see: ['saw', 'seen'],
  seek: ['sought', 'sought'], sell: ['sold', 'sold'], send: ['sent', 'sent'], set: ['set', 'set'],
  shake: ['shook', 'shaken'], shoot: ['shot', 'shot'], show: ['showed', 'shown'], shut: ['shut', 'shut'],
  sing: ['sang', 'sung'], sink: ['sank', 'sunk'], sit: ['sat', 'sat'], slay: ['slew', 'slain'], speak: ['spoke', 'spoken'],
  spend: ['spent', 'spent'], split: ['split', 'split'], spread: ['spread', 'spread'], stand: ['stood', 'stood'],
  steal: ['stole', 'stolen'], stick: ['stuck', 'stuck'], strike: ['struck', 'struck/stricken'], swear: ['swore', 'sworn'],
  sweep: ['swept', 'swept'], take: ['took', 'taken'], teach: ['taught', 'taught'], tear: ['tore', 'torn'],
  tell: ['told', 'told'], think: ['thought', 'thought'], throw: ['threw', 'thrown'], undertake: ['undertook', 'undertaken'],
  understand: ['understood', 'understood'], uphold: ['upheld', 'upheld'], wage: ['waged', 'waged'], wake: ['woke', 'woken'],
  wear: ['wore', 'worn'], win: ['won', 'won'], withdraw: ['withdrew', 'withdrawn'], withhold: ['withheld', 'withheld'],
  write: ['wrote', 'written'], oversee: ['oversaw', 'overseen'], forgo: ['forwent', 'forgone'], foresee: ['foresaw', 'foreseen'],
  shed: ['shed', 'shed'], spit: ['spat', 'spat'], upset: ['upset', 'upset'], broadcast: ['broadcast', 'broadcast'],
  mislead: ['misled', 'misled'], overtake: ['overtook', 'overtaken'], override: ['overrode', 'overridden'],
  beset: ['beset', 'beset'], outbid: ['outbid', 'outbid'], rebuild: ['rebuilt', 'rebuilt'], retake: ['retook', 'retaken'],
};

const PRESENT_IRREGULAR: Record<string, string> = {
  is: 'be', are: 'be', am: 'be', "'s": 'be', "'re": 'be', "'m": 'be', being: 'be', has: 'have', having: 'have',
  does: 'do', doing: 'do', goes: 'go', "'ve": 'have', "'d": 'have',
};

/** form → { lemma, participle? } built once from the table. */
const FORMS = new Map<string, { lemma: string; pastParticiple: boolean }>();
for (const [lemma, [past, pp]] of Object.entries(IRREGULAR)) {
  for (const f of past.split('/')) if (!FORMS.has(f)) FORMS.set(f, { lemma, pastParticiple: pp.split('/').includes(f) });
  for (const f of pp.split('/')) FORMS.set(f, { lemma, pastParticiple: true });
}

/** Regular verbs whose -ed/-ing form doubles the final consonant or keeps a silent e: decided by a short list. */
const DOUBLED = /(?:bb|dd|gg|ll|mm|nn|pp|rr|tt)$/;
const KEEP_DOUBLE = new Set(['kill', 'call', 'fill', 'spill', 'roll', 'poll', 'sell', 'tell', 'fell', 'dismiss', 'pass', 'press',
  'express', 'address', 'access', 'assess', 'confess', 'discuss', 'stress', 'harass', 'bless', 'miss', 'toss', 'cross', 'buzz',
  'add', 'egg', 'err', 'purr', 'stall', 'install', 'shell', 'fall', 'pull', 'mull', 'annull', 'enroll', 'patroll', 'compell']);
/** Stems ending in a consonant cluster that English spells with a final e ("seiz" → "seize", "arriv" → "arrive"). */
const E_FINAL = /(?:[^aeiou][cgsvzu]|[^aeiou]at|[aeiou][^aeiouwxy])$/;

export interface VerbForm { lemma: string; pastParticiple: boolean; gerund: boolean; thirdPerson: boolean }

/**
 * Lemma of a word read as a verb. `known` (optional) says which lemmas the caller cares about; the
 * rules try the candidate stems in turn and prefer one that is known ("seized" → "seize", not "seiz").
 */
/** Results per `known` function and word: the coder asks about the same words again and again. */
const memo = new WeakMap<(lemma: string) => boolean, Map<string, VerbForm>>();
const plainMemo = new BoundedMap<string, VerbForm>(30_000);

export function verbForm(word: string, known?: (lemma: string) => boolean): VerbForm {
  let m = known ? memo.get(known) : plainMemo;
  if (!m) { m = new BoundedMap(30_000); memo.set(known!, m); }
  let f = m.get(word);
  if (!f) {
    f = computeVerbForm(word, known);
    m.set(word, f);
  }
  return f;
}

function computeVerbForm(word: string, known?: (lemma: string) => boolean): VerbForm {
  const w = word.toLowerCase().replace(/[’‘]/g, "'");
  const pres = PRESENT_IRREGULAR[w];
  if (pres) return { lemma: pres, pastParticiple: false, gerund: w.endsWith('ing'), thirdPerson: w === 'is' || w === 'has' || w === 'does' || w === 'goes' };
  const irr = FORMS.get(w);
  if (irr) return { lemma: irr.lemma, pastParticiple: irr.pastParticiple, gerund: false, thirdPerson: false };
  const pick = (cands: string[]): string => {
    if (known) for (const c of cands) if (known(c)) return c;
    return cands[0]!;
  };
  if (w.length > 4 && w.endsWith('ing')) {
    const stem = w.slice(0, -3);
    return { lemma: pick(stemCandidates(stem)), pastParticiple: false, gerund: true, thirdPerson: false };
  }
  if (w.length > 3 && w.endsWith('ied')) return { lemma: w.slice(0, -3) + 'y', pastParticiple: true, gerund: false, thirdPerson: false };
  if (w.length > 3 && w.endsWith('ed')) {
    const stem = w.slice(0, -2);
    return { lemma: pick(stemCandidates(stem)), pastParticiple: true, gerund: false, thirdPerson: false };
  }
  if (w.length > 3 && w.endsWith('ies')) return { lemma: w.slice(0, -3) + 'y', pastParticiple: false, gerund: false, thirdPerson: true };
  if (w.length > 3 && /(?:ss|sh|ch|x|zz|o)es$/.test(w)) return { lemma: pick([w.slice(0, -2), w.slice(0, -1)]), pastParticiple: false, gerund: false, thirdPerson: true };
  if (w.length > 2 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) return { lemma: w.slice(0, -1), pastParticiple: false, gerund: false, thirdPerson: true };
  return { lemma: w, pastParticiple: false, gerund: false, thirdPerson: false };
}

/** Candidate base forms for a stem left after removing -ed or -ing, most likely first. */
function stemCandidates(stem: string): string[] {
  const out: string[] = [];
  const undoubled = DOUBLED.test(stem) && !KEEP_DOUBLE.has(stem) ? stem.slice(0, -1) : null;
  if (undoubled) out.push(undoubled);
  if (E_FINAL.test(stem)) out.push(stem + 'e');
  out.push(stem);
  if (!out.includes(stem + 'e')) out.push(stem + 'e');
  return out;
}

export function lemmatizeVerb(word: string, known?: (lemma: string) => boolean): string {
  return verbForm(word, known).lemma;
}

/** Singular key of a noun for matching pattern object words ("missiles" → "missile", "militias" → "militia"). */
export function nounKey(word: string): string {
  const w = word.toLowerCase();
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 4 && /(?:ss|sh|ch|x)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}
