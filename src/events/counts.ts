// Counts of people, as GDELT's knowledge graph has them: killed, wounded, arrested, abducted,
// displaced, read off the parse ("killing at least 11 soldiers" → killed 11, "40 people were
// arrested" → arrested 40). Only numbers the text writes (digits or number words): "dozens" is no count.
import { fieldText, type Doc } from '../doc/index.js';
import type { CountOut } from '../types.js';
import { kidWith, kidsWith, type SentenceGraph } from './graph.js';

const KINDS: Record<string, CountOut['kind']> = {
  kill: 'killed', murder: 'killed', massacre: 'killed', slay: 'killed', execute: 'killed', behead: 'killed', slaughter: 'killed',
  wound: 'wounded', injure: 'wounded', hurt: 'wounded', maim: 'wounded',
  arrest: 'arrested', detain: 'arrested', jail: 'arrested', imprison: 'arrested', apprehend: 'arrested', round: 'arrested',
  abduct: 'abducted', kidnap: 'abducted', seize: 'abducted', capture: 'abducted', 'take hostage': 'abducted',
  displace: 'displaced', uproot: 'displaced', evacuate: 'displaced',
};
/** Patients that are people (a seized ship or a captured town is no count of abducted people). */
const PEOPLE = /^(people|persons?|civilians?|soldiers?|troops|officers?|policemen|police|militants?|fighters?|rebels?|insurgents?|children|women|men|students?|worshippers?|villagers?|residents?|protesters?|demonstrators?|journalists?|reporters?|workers?|passengers?|pilgrims?|migrants?|refugees?|prisoners?|hostages?|suspects?|members?|activists?|supporters?|guards?|staff|employees?|farmers?|miners?|fishermen|sailors?|crew|aid workers?|others?|family|families|girls?|boys?|teachers?|doctors?|nurses?|patients?|tourists?|voters?|leaders?|commanders?|officials?|lawmakers?|opposition|gunmen|attackers?|assailants?|bombers?|jihadists?|extremists?|terrorists?|peacekeepers?|personnel|servicemen|marines?|inhabitants|individuals|victims|survivors|nationals|citizens|dead|wounded)$/;

const WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1000,
};

function numberOf(text: string, next: string): number | null {
  const t = text.replace(/,/g, '');
  let n: number | null = null;
  if (/^\d+(\.\d+)?$/.test(t)) n = Number(t);
  else if (WORDS[t.toLowerCase()] !== undefined) n = WORDS[t.toLowerCase()]!;
  if (n === null) return null;
  const scale = next.toLowerCase();
  if (scale === 'hundred') n *= 100;
  else if (scale === 'thousand') n *= 1000;
  else if (scale === 'million') n *= 1e6;
  return Number.isFinite(n) ? Math.round(n) : null;
}

/** The count an act of verb v reports, if the text gives a number of people. */
export function countOf(doc: Readonly<Doc>, g: SentenceGraph, v: number, passive: boolean): CountOut | null {
  const kind = KINDS[g.lemma[v]!];
  if (!kind) return null;
  const patient = passive ? kidWith(g, v, 'nsubj:pass') : kidWith(g, v, 'obj');
  if (patient < 0) return null;
  // "killing 12" (the number is the object), "killing 12 people", "at least 11 soldiers".
  let num = -1;
  if (g.tag[patient] === 'CD') num = patient;
  else {
    if (!PEOPLE.test(g.lower[patient]!)) return null;
    num = kidsWith(g, patient, 'nummod')[0] ?? -1;
  }
  if (num < 0) return null;
  const n = numberOf(g.lower[num]!, g.lower[num + 1] ?? '');
  if (n === null || n <= 0) return null;
  // The span: from "at least"/"more than" before the number to the patient's head.
  let a = Math.min(num, patient);
  for (const k of g.kids[num]!) if (k < a && (g.label[k] === 'advmod' || g.label[k] === 'fixed' || g.label[k] === 'case')) a = Math.min(a, k);
  for (const k of g.kids[a]!) if (k < a && g.label[k] === 'fixed') a = k;
  const b = Math.max(num, patient);
  const t0 = doc.tokens[g.base + a]!, t1 = doc.tokens[g.base + b]!;
  return { kind, n, field: t0.field, start: t0.start, end: t1.end, text: fieldText(doc, t0.field).slice(t0.start, t1.end) };
}
