// Modality: an act that is only intended, offered, promised, planned or threatened is not the act.
// CAMEO codes intentions in root 03 (and their refusals in 12, threats in 13); this file maps the
// code of an act to the code of its intent, refusal or threat, and knows the verbs and adjectives
// that make an act one ("agreed to send", "is ready to supply", "threatened to impose").
import { cueLexicon } from '../kb/cues.js';

/** Verbs whose xcomp ("to V") is an intended act of their subject. */
export const INTENT_VERBS = new Set(['agree', 'plan', 'intend', 'offer', 'promise', 'pledge', 'vow', 'want', 'seek',
  'hope', 'aim', 'prepare', 'propose', 'commit', 'undertake', 'expect', 'wish', 'consider', 'mean', 'volunteer',
  'look', 'strive', 'signal']);
/**
 * (A decision or a vote to act is the act: "decided to sever ties", "voted to extend the inquiry";
 * so is an attempt: "tried to assassinate the prime minister" is an assassination attempt.)
 */
/** Adjectives of readiness ("is ready to supply", "stands willing to mediate"). */
export const INTENT_ADJECTIVES = new Set(['ready', 'willing', 'prepared', 'set', 'poised', 'due', 'eager', 'keen', 'determined',
  'committed', 'open']);
/** Verbs whose xcomp is a threatened act. */
export const THREAT_VERBS = new Set(['threaten', 'warn']);
/** Verbs whose xcomp is an act refused. */
export const REFUSAL_VERBS = new Set(['refuse', 'decline', 'reject']);
/** Verbs whose xcomp is an act that did not happen, or is denied. */
export const NO_ACT_VERBS = new Set(['fail', 'deny', 'avoid', 'stop', 'cease', 'halt', 'forgo', 'neglect', 'abandon', 'consider']);
/** Verbs whose object is asked to act: the xcomp is what is demanded, not an act (the demand is coded). */
export const ASK_VERBS = new Set(['urge', 'ask', 'call', 'press', 'push', 'request', 'order', 'tell', 'force', 'pressure',
  'encourage', 'invite', 'allow', 'permit', 'persuade', 'convince', 'demand', 'beg', 'appeal', 'instruct', 'direct',
  'authorize', 'authorise', 'compel', 'oblige', 'require', 'help', 'enable', 'want', 'expect', 'need', 'lobby']);
/** Auxiliaries of the future (and "is to"): an act announced for later. */
export const FUTURE_AUX = new Set(['will', "'ll", 'shall', 'would', 'wo']);

/** Act code → intent code (CAMEO 03x); null when the act has no intent form (statements, demands, threats). */
export function intentCode(code: string): string | null {
  const root = code.slice(0, 2);
  switch (root) {
    case '03': return code;
    case '04': return '036';
    case '05': return code === '057' ? '030' : '032';
    case '06': return ({ '061': '0311', '062': '0312', '063': '0313', '064': '0314' } as Record<string, string>)[code.slice(0, 3)] ?? '031';
    case '07': return ({ '071': '0331', '072': '0332', '073': '0333', '074': '0334' } as Record<string, string>)[code.slice(0, 3)] ?? '033';
    case '08': return ({ '081': '0351', '082': '0352', '084': '0353', '085': '0354', '086': '0355', '087': '0356' } as Record<string, string>)[code.slice(0, 3)] ?? '035';
    case '09': return '030';
    default: return null;
  }
}

/**
 * The code of an act stated as intended ("will send troops", "would retaliate"): its intent (03x),
 * else, for force, coercion and protest, its threat (13x), else the act's own code.
 */
export function intendedCode(code: string): string {
  return intentCode(code) ?? threatCode(code) ?? code;
}

/** Act code → threat code (CAMEO 13x); null when the act is no threat (cooperation). */
export function threatCode(code: string): string | null {
  const root = code.slice(0, 2), c3 = code.slice(0, 3);
  switch (root) {
    case '13': return code;
    case '14': return '133';
    case '15': return '138';
    case '16': return ({ '161': '1313', '162': '1311', '163': '1312', '164': '134', '165': '135', '166': '136' } as Record<string, string>)[c3] ?? '131';
    case '17': return c3 === '172' || c3 === '174' ? '132' : '137';
    case '18': return '1383';
    case '19': return ({ '191': '1381', '192': '1382' } as Record<string, string>)[c3] ?? '1384';
    case '20': return '1385';
    default: return null;
  }
}

/** Act code → refusal code (CAMEO 12x): refusing to meet, to cooperate, to yield. */
export function refusalCode(code: string): string | null {
  const root = code.slice(0, 2);
  switch (root) {
    case '03': case '05': return '120';
    case '04': return '125';
    case '06': return '121';
    case '07': return '122';
    case '08': return '124';
    case '09': return '120';
    default: return null;
  }
}

/** Subordinators that make a clause hypothetical or open (not an event). */
export const CONDITIONAL_MARKS = new Set(['if', 'unless', 'whether', 'lest']);
/** Speech and report verbs whose complement is a reported act (hedged). */
export const REPORT_VERBS: ReadonlySet<string> = cueLexicon.get().lemmas('ev-report');
/** Adverbs that hedge the act they modify. */
export const HEDGE_ADVERBS = new Set(['reportedly', 'allegedly', 'apparently', 'purportedly', 'possibly', 'probably', 'likely',
  'perhaps', 'seemingly', 'supposedly', 'presumably']);
