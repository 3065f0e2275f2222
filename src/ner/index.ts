// Stage 'ner' (owns: mentions, roles). Tags the whole document (title, captions, body) with the
// stacked perceptron, so document-level features see every field; maps CoNLL labels to SPEC
// types and finds role/title phrases for person mentions.
import type { Mention, Stage, Token } from '../doc/index.js';
import { fieldText } from '../doc/index.js';
import { iob2Chunks } from '../ml/index.js';
import type { ConllLabel } from '../doc/index.js';
import { defaultTagger, type NerTagger } from './tagger.js';
import { mapType } from './map-types.js';
import { findRoles } from './roles.js';
import { findLaws } from './laws.js';
import { findDefinedNames } from './acronyms.js';
import type { EntityType } from '../types.js';
import { knownActor, knownPersonBySurname } from '../kb/actor-codes.js';
import { countryByName, countryOfDemonym } from '../kb/countries.js';
import { verbLexicon } from '../kb/verb-patterns.js';
import { lemmatizeVerb } from '../kb/lemma.js';

export { NerTagger, defaultTagger, DEFAULT_MODEL_PATH } from './tagger.js';
export { mapType } from './map-types.js';
export { findRoles } from './roles.js';

/** Plural nouns of names that are also verbs of the event lexicon ("United States", "Rapid Support Forces"). */
const NAME_PLURALS = /^(states|forces|guards|rights|arms|works|services|relations|affairs|operations|resources|nations|islands|lands|talks|games|times|news|bills|rams|spurs|nets|rangers|kings|chiefs|saints|reports|records|holdings|industries|systems|motors|networks|partners|brothers|sisters|friends|associates|supporters|defenders|patriots|rebels|fighters|workers|farmers|doctors|teachers|lawyers|students|women|veterans|families|mothers|people)$/;
/** A present-tense verb of the event lexicon, as headlines write it ("hosts", "frees", "slaps"). */
function headlineVerb(lower: string): boolean {
  if (!/[^s]s$/.test(lower) || lower.length < 4 || NAME_PLURALS.test(lower)) return false;
  const lex = verbLexicon();
  const lemma = lemmatizeVerb(lower, (l) => lex.has(l));
  return lemma !== lower && lex.has(lemma);
}

/** Mentions of a document whose tokens and sentences are already set. */
export function findMentions(doc: Parameters<Stage['run']>[0], tagger: NerTagger): Mention[] {
  // Word arrays filled by push: an optimised .map makes holey arrays, and the tagger's functions
  // optimised on packed ones were thrown away at the first (issue 21).
  const sentWords: string[][] = [];
  for (const s of doc.sentences) {
    const ws: string[] = [];
    for (let k = s.tokenStart; k < s.tokenEnd; k++) ws.push(doc.tokens[k]!.text);
    sentWords.push(ws);
  }
  const tags = tagger.tagDocument(sentWords, { headline: doc.sentences.map((s) => s.field === 'title'), headlineVerb });
  const mentions: Mention[] = [];
  const shortForms = new Map<string, ConllLabel>();
  doc.sentences.forEach((s, si) => {
    const taken = new Set<number>();
    const chunks = iob2Chunks(tags[si]!);
    // "Abdel Fattah | al-Burhan": a person's name followed at once by a name in an Arabic article
    // (al-, el-) that the model typed apart is one name.
    for (let ci = chunks.length - 2; ci >= 0; ci--) {
      const c = chunks[ci]!, d = chunks[ci + 1]!;
      if (c.type === 'PER' && d.start === c.end && /^(?:al|el)-\p{Lu}/u.test(doc.tokens[s.tokenStart + d.start]!.text)) {
        chunks.splice(ci, 2, { ...c, end: d.end });
      }
    }
    let pushed = 0;
    chunks.forEach((c, ci) => {
      let a = s.tokenStart + c.start;
      let b = s.tokenStart + c.end;
      // "Baghdad | Airport", "Pyongyang | International Airport": the place name the model found,
      // followed by a capitalised facility head, names the facility (the CoNLL guidelines often
      // tag only the place).
      const limit = ci + 1 < chunks.length ? s.tokenStart + chunks[ci + 1]!.start : s.tokenEnd;
      const ext = facilityEnd(doc.tokens, b, limit);
      let label = ext > b ? 'LOC' : (c.type as ConllLabel);
      b = ext;
      // "King Hussein Bridge", "Kennedy Stadium" tagged as a person: a name ending in a facility
      // head is the facility, with the honorific before it.
      if (label === 'PER' && FACILITY_HEADS.has(doc.tokens[b - 1]!.text)) {
        label = 'LOC';
        while (a > s.tokenStart && FACILITY_HONORIFICS.has(doc.tokens[a - 1]!.text) && !taken.has(a - 1)) a--;
      }
      // A dash or bracket the model took in ("— Gunmen" after a dateline) is not part of the name.
      while (a < b && !/[\p{L}\p{N}]/u.test(doc.tokens[a]!.text)) a++;
      while (b > a && !/[\p{L}\p{N}]/u.test(doc.tokens[b - 1]!.text)) b--;
      if (a >= b) return;
      for (let k = a; k < b; k++) taken.add(k);
      mentions.push(mention(doc, a, b, label, tagger));
      pushed++;
    });
    // Legal instruments by phrase rule (laws.ts): they replace the pieces the model found.
    const before = mentions.length;
    const own = mentions.slice(before - pushed);
    const { laws, drop } = findLaws(doc.tokens, s.tokenStart, s.tokenEnd, own);
    if (laws.length || drop.size) {
      const kept = own.filter((_, i) => !drop.has(i));
      mentions.length = before - pushed;
      mentions.push(...kept);
      for (const l of laws) {
        mentions.push(mention(doc, l.tokenStart, l.tokenEnd, 'MISC', tagger, 'LAW'));
        for (let k = l.tokenStart; k < l.tokenEnd; k++) taken.add(k);
      }
    }
    // A name defined by its bracketed short form (acronyms.ts) replaces the pieces the model cut
    // it into; the short form is a mention of the same kind, here and wherever else it stands.
    const sentStart = before - pushed;
    const defined = findDefinedNames(doc.tokens, s.tokenStart, s.tokenEnd, mentions.slice(sentStart));
    for (const d of defined) {
      for (let i = mentions.length - 1; i >= sentStart; i--) {
        const m = mentions[i]!;
        if ((m.tokenStart < d.tokenEnd && d.tokenStart < m.tokenEnd) || (m.tokenStart <= d.short && d.short < m.tokenEnd)) mentions.splice(i, 1);
      }
      mentions.push(mention(doc, d.tokenStart, d.tokenEnd, d.label, tagger), mention(doc, d.short, d.short + 1, d.label, tagger));
      for (let k = d.tokenStart; k < d.tokenEnd; k++) taken.add(k);
      taken.add(d.short);
      shortForms.set(doc.tokens[d.short]!.text, d.label);
    }
    // "pro-Iran", "anti-American": a group stance word the CoNLL guidelines leave untagged.
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      if (!taken.has(k) && /^(?:pro|anti)-\p{Lu}/u.test(doc.tokens[k]!.text)) mentions.push(mention(doc, k, k + 1, 'MISC', tagger));
    }
    // A well-known person's lone surname ("Biden makes surprise visit to Kyiv", "ICC issues arrest
    // warrant for Putin"): headlines name leaders by surname alone, and the model, trained on 1996
    // wire copy, misses or mistypes them. Only distinctive surnames of our known-actors table
    // (knownPersonBySurname: one person, five letters or more or a short name the table gives),
    // not followed by another name word.
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const w = doc.tokens[k]!.text;
      // (A Title Case headline's verb is no name word: "Argentina's Milei Pledges Support".)
      const next = doc.tokens[k + 1]?.text ?? '';
      if (!/^\p{Lu}\p{Ll}+$/u.test(w) || (/^\p{Lu}/u.test(next) && !headlineVerb(next.toLowerCase())) || !knownPersonBySurname(w)) continue;
      if (!taken.has(k)) { mentions.push(mention(doc, k, k + 1, 'PER', tagger)); taken.add(k); continue; }
      const i = mentions.findIndex((m) => m.tokenStart === k && m.tokenEnd === k + 1 && m.label !== 'PER');
      if (i >= 0 && !countryByName(w)) mentions[i] = mention(doc, k, k + 1, 'PER', tagger);
    }
  });
  if (shortForms.size) shortFormMentions(doc, mentions, shortForms, tagger);
  mentions.sort((x, y) => x.tokenStart - y.tokenStart);
  return joinKnownOf(doc, mentions, tagger);
}

/** Every other use of a defined short form ("six TTP militants" in the title) as a mention of the name's kind. */
function shortFormMentions(doc: Parameters<Stage['run']>[0], mentions: Mention[], shortForms: ReadonlyMap<string, ConllLabel>, tagger: NerTagger): void {
  const at = new Map<number, number>();
  const covered = new Set<number>();
  mentions.forEach((m, i) => { if (m.tokenEnd === m.tokenStart + 1) at.set(m.tokenStart, i); for (let k = m.tokenStart; k < m.tokenEnd; k++) covered.add(k); });
  doc.tokens.forEach((t, k) => {
    const label = shortForms.get(t.text);
    if (!label) return;
    const i = at.get(k);
    if (i !== undefined) { if (mentions[i]!.label !== label) mentions[i] = mention(doc, k, k + 1, label, tagger); }
    else if (!covered.has(k)) mentions.push(mention(doc, k, k + 1, label, tagger));
  });
}

/**
 * "International Committee | of the | Red Cross": a name the model split at "of (the)" is one
 * organisation when the whole is a known actor.
 */
function joinKnownOf(doc: Parameters<Stage['run']>[0], mentions: Mention[], tagger: NerTagger): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i]!, b = mentions[i + 1];
    if (b && a.field === b.field && a.type !== 'PERSON' && b.type !== 'PERSON' && doc.tokens[a.tokenEnd]?.text === 'of') {
      const gap = b.tokenStart - a.tokenEnd;
      if ((gap === 1 || (gap === 2 && doc.tokens[a.tokenEnd + 1]!.text.toLowerCase() === 'the')) && doc.tokens[a.tokenStart]!.sentence === doc.tokens[b.tokenEnd - 1]!.sentence) {
        const whole = mention(doc, a.tokenStart, b.tokenEnd, 'ORG', tagger);
        if (knownActor(whole.text, 'ORG')) { out.push({ ...whole, type: 'ORG' }); i++; continue; }
      }
    }
    // "Papua New | Guineans": two names side by side that together are a country or its people are one.
    // (The text is tested before a mention is made: most neighbours are no such pair.)
    if (b && a.field === b.field && b.tokenStart === a.tokenEnd && doc.tokens[a.tokenStart]!.sentence === doc.tokens[b.tokenEnd - 1]!.sentence) {
      const text = fieldText(doc, a.field).slice(a.start, b.end);
      const label: ConllLabel | null = countryOfDemonym(text) ? 'MISC' : countryByName(text) ? 'LOC' : null;
      if (label) { out.push(mention(doc, a.tokenStart, b.tokenEnd, label, tagger)); i++; continue; }
    }
    out.push(a);
  }
  return out;
}

const FACILITY_MODIFIERS = new Set(['International', 'Air', 'Naval', 'Military', 'Regional', 'National', 'Central', 'Main', 'Grand']);
const FACILITY_HEADS = new Set(['Airport', 'Airbase', 'Base', 'Port', 'Harbour', 'Harbor', 'Bridge', 'Palace', 'Stadium', 'Prison', 'Station', 'Terminal', 'Dam', 'Square', 'Embassy', 'Tower', 'Hospital', 'Mosque', 'Cathedral']);

const FACILITY_HONORIFICS = new Set(['King', 'Queen', 'Prince', 'Princess', 'Sultan', 'Sheikh', 'Emir', 'Imam', 'President', 'General', 'Saint', 'St.']);

/** End of a facility name continuing a place mention at token `b` (or `b` when there is none). */
function facilityEnd(tokens: readonly Token[], b: number, limit: number): number {
  let k = b;
  while (k < limit && FACILITY_MODIFIERS.has(tokens[k]!.text)) k++;
  return k < limit && FACILITY_HEADS.has(tokens[k]!.text) && tokens[k]!.sentence === tokens[b - 1]!.sentence ? k + 1 : b;
}

function mention(doc: Parameters<Stage['run']>[0], a: number, b: number, label: ConllLabel, tagger: NerTagger, type?: EntityType): Mention {
  const first = doc.tokens[a]!, last = doc.tokens[b - 1]!;
  const text = fieldText(doc, first.field).slice(first.start, last.end);
  const lower: string[] = [];
  for (let k = a; k < b; k++) lower.push(doc.tokens[k]!.text.toLowerCase());
  return { field: first.field, start: first.start, end: last.end, text, label, type: type ?? mapType(label, text, lower, tagger.gaz), tokenStart: a, tokenEnd: b };
}

export const nerStage: Stage = {
  name: 'ner',
  requires: ['tokens', 'sentences'],
  assigns: ['mentions', 'roles'],
  run(doc, ctx) {
    if (!doc.tokens.length) return { mentions: [], roles: [] };
    let tagger: NerTagger;
    try {
      tagger = defaultTagger();
    } catch (e) {
      ctx.report({ severity: 'error', message: (e as Error).message });
      return { mentions: [], roles: [] };
    }
    const mentions = findMentions(doc, tagger);
    const roles = findRoles(doc.tokens, mentions, tagger.gaz, (t) => fieldText(doc, t.field));
    return { mentions, roles };
  },
};
