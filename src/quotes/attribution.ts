// Quotations of one field, in reading order: direct quotes with the attribution beside them,
// partial quotes framed by a verb ("described … as “historic”"), and reported speech ("X said
// (that) <clause>", "<clause>, X said", "according to X", "X told Y …"). Speakers are found by
// subject.ts; every speaker found is remembered so that later pronouns can reach it.
import type { FieldName, QuoteOut, SpeakerRef } from '../types.js';
import type { Cue } from '../kb/cues.js';
import { CORE_FORMS, cueNoun, cueOf, DATE_LEAD, DIRECTIVES, FRAME_RE, IRREGULAR_VERBS, NEEDS_THAT, NOT_AFTER_QUOTE, NEGATED_BEFORE, NOUN_LIKE, findCues, type CueMatch } from './lexicon.js';
import { findQuoted, type QuotedSpan } from './marks.js';
import type { Name, NameIndex } from './names.js';
import { pronounSpeaker, subjectSpeaker, type History, type Speaker, type SubjectContext } from './subject.js';

export interface Range { start: number; end: number }

/**
 * Sentences longer than this are not searched for attributions. News sentences stay far below it
 * (the longest in our samples, the seed, generated corpora and the extraction pages is under 600
 * characters); without a bound, text such as "said " repeated over 80 KB — one sentence — made the
 * finder scan the growing sentence once per verb, quadratic time.
 */
export const MAX_ATTRIBUTION_SPAN = 2000;

/** Index of the last element of ascending `xs` that is < x (or <= x with `orEqual`), -1 if none. */
function lastBelow(xs: readonly number[], x: number, orEqual = false): number {
  let lo = 0, hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (orEqual ? xs[mid]! <= x : xs[mid]! < x) lo = mid + 1; else hi = mid;
  }
  return lo - 1;
}

/** Is some value of ascending `xs` in [a, b)? */
export function anyIn(xs: readonly number[], a: number, b: number): boolean {
  const i = lastBelow(xs, a) + 1;
  return i < xs.length && xs[i]! < b;
}

const ascending = (xs: readonly number[]) => xs.every((x, k) => k === 0 || xs[k - 1]! <= x);

const NO_FLAGS: ReadonlySet<string> = new Set();
/** A word and "that" ("claim that"): a noun cue when the word is one (looked up, not alternated). */
const NOUN_CUE = /\b([A-Za-z]+)(\s+that\s+)/g;
/** The possessor (and an optional modifier) right before a noun cue: "the ministry’s (repeated) ", "his ". */
const POSSESSOR = /(?<![\p{L}’'])((?:[\p{Lu}][\p{L}.-]*(?:\s+[\p{Lu}][\p{L}.-]*)*|(?:[Tt]he|[Aa]n?)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)[’']s?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:[\p{Ll}-]+\s+)?$/u;
/** A quoted stretch inside a reported clause makes it a partial quotation. */
const QUOTED_INSIDE = /[“"][^“”"]{2,}[”"]/;

interface SayVerb { start: number; end: number; verb: string; used: boolean; cue: Cue | undefined }

/** A copula before an adjective cue ("were concerned that", "appear convinced that"). */
const COPULA_BEFORE = /\b(?:is|are|was|were|be|been|remains?|remained|appears?|appeared|seems?|seemed|feels?|felt|grew|grows)\s+(?:[a-z]+ly\s+)?$/i;
/** The auxiliary of a passive cue ("it was widely reported that", "is said to"). */
const PASSIVE_BEFORE = /\b(?:is|are|was|were|been|being)\s+(?:[a-z]+ly\s+|also\s+|now\s+)?$/i;
/** Passive cues that take an infinitive ("was said to be divided"); "are expected to" is a forecast, not an attribution. */
const PASSIVE_INFINITIVE = new Set(['said', 'reported', 'believed', 'alleged', 'claimed', 'thought', 'rumoured', 'rumored']);

/** A verb-looking word, for when the POS tagger missed one ("officers chased/VBN demonstrators"). */
const VERB_GUESS = new RegExp(`\\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does|do|[a-z]{2,}ed|${IRREGULAR_VERBS})\\b`);
const AUX = /\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|should|must|does|do|did|be|been)\b/i;
const OBJECT_OF_TOLD = /^\s+(?:reporters|journalists|lawmakers|legislators|parliament|supporters|the\s+(?:press|media|newspaper|agency|broadcaster|BBC|council|assembly|parliament|committee|audience|crowd)|(?:state|local|foreign|national)\s+(?:media|television|TV|radio)|an?\s+(?:news\s+conference|audience|crowd|gathering|group\s+of\s+\w+)|(?:the\s+)?(?:[\p{Lu}][\p{L}’'.-]*\s*){1,4}(?:news\s+agency|newspaper|television|TV|radio)?|(?:him|her|them|us))(?=[\s,.:])/u;
const ADJUNCT = [
  /^\s*,\s*/,
  // Case-sensitive on purpose: under the i flag \p{Lu} matches lower-case letters too, and the
  // name after "on" would run on into the reported clause ("in a post on X that the government…").
  /^\s*(?:[Ii]n|[Oo]n|[Dd]uring|[Aa]t|[Vv]ia|[Tt]hrough|[Oo]ver)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w’'-]+\s+){0,3}?(?:statement|interview|speech|post|briefing|address|conference|meeting|letter|message|video|broadcast|session|report|appearance|call|remarks|sermon|tweet|note|communique|communiqué)s?\b(?:\s+(?:with|on|to|at|in|from|by)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}’'.-]*(?:\s+|(?=[\s,.;:]|$)))+)?/u,
  /^\s*(?:on|via)\s+(?:Twitter|X|Facebook|Telegram|Instagram|television|TV|radio|state\s+television|social\s+media)\b/i,
  /^\s*to\s+(?:reporters|journalists|lawmakers|parliament|supporters|the\s+press|the\s+media)\b/i,
  /^\s*(?:in|at|from)\s+(?:[\p{Lu}][\p{L}’'-]*)(?:\s+[\p{Lu}][\p{L}’'-]*)?(?=[\s,])/u,
  /^\s*(?:earlier|later|also|again|separately|publicly|repeatedly|previously|recently|on\s+\w+day)\b/i,
];

/**
 * A dateline opening a story: a place in capitals, optionally a region or country and an agency
 * or date in brackets, then a dash ("NAIROBI, Kenya —", "SEOUL, South Korea (AP) —", "GENEVA –").
 */
const DATELINE = /^\s*[\p{Lu}][\p{Lu}\s.'’-]{1,30}(?:,\s*[\p{Lu}][\p{L}.’'\s-]{1,30})?(?:\s*\([^)]{1,40}\))?\s*[—–-]{1,2}\s+/u;

function stripAdjuncts(text: string, at: number, end: number): number {
  for (let guard = 0; guard < 6; guard++) {
    const rest = text.slice(at, end);
    const d = DATE_LEAD.exec(rest);
    if (d) { at += d[0].length; continue; }
    let moved = false;
    for (const re of ADJUNCT) {
      const m = re.exec(rest);
      if (m && m[0].length) { at += m[0].length; moved = true; break; }
    }
    if (!moved) break;
  }
  return at;
}

function trimSpan(text: string, s: number, e: number): Range {
  while (s < e && /[\s,:“”"‘]/.test(text[s]!)) s++;
  while (e > s && /[\s.,;:!?—–-]/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

export interface FieldInput {
  field: FieldName;
  text: string;
  sentences: Range[];
  names: Name[];
  index: NameIndex;
  history: History;
  finiteVerbs: number[];
  /** The cue forms of the field, when the caller has found them (else found here). */
  cues?: CueMatch[];
  /** The POS tag of the token starting at an offset, where the tagger ran. */
  posAt?: (offset: number) => string | undefined;
  /** Told of each quotation whose opening mark (at this offset) is never closed. */
  onUnclosed?: (openAt: number) => void;
}

export function quotesInField(inp: FieldInput): QuoteOut[] {
  const { field, text, sentences, history } = inp;
  const ctx: SubjectContext = { text, names: inp.names, index: inp.index, history, finiteVerbs: inp.finiteVerbs };
  const quoted = findQuoted(text);
  if (inp.onUnclosed) for (const q of quoted) if (q.closeAt < 0 && q.last) inp.onUnclosed(q.openAt);
  // Lookups by binary search over sorted positions, each giving what a scan of the whole field
  // gave: the field is read once, not once per verb or quotation.
  // inQuote(i): some quotation (open mark to close mark) covers i. Quotations sorted by their open
  // mark, with the running maximum of their ends.
  // (Position arrays filled by push, not .map: an optimised .map makes holey arrays, and the
  // searches optimised on packed ones were thrown away at the first; issue 21.)
  const qOpen: number[] = [];
  const qMaxEnd: number[] = [];
  for (const q of quoted) {
    qOpen.push(q.openAt);
    qMaxEnd.push(Math.max(qMaxEnd[qMaxEnd.length - 1] ?? -1, q.closeAt >= 0 ? q.closeAt : q.end));
  }
  const inQuote = ascending(qOpen)
    ? (i: number) => { const k = lastBelow(qOpen, i, true); return k >= 0 && qMaxEnd[k]! > i; }
    : (i: number) => quoted.some((q) => q.openAt <= i && i < (q.closeAt >= 0 ? q.closeAt : q.end));
  // sentenceAt(i): the sentence holding i, else the next one, else the whole field.
  const sStarts: number[] = [];
  for (const x of sentences) sStarts.push(x.start);
  const disjoint = sentences.every((x, k) => x.start <= x.end && (k === 0 || sentences[k - 1]!.end <= x.start));
  const sentenceAt = disjoint
    ? (i: number): Range => {
      const k = lastBelow(sStarts, i, true);
      if (k >= 0 && i < sentences[k]!.end) return sentences[k]!;
      return sentences[k + 1] ?? { start: 0, end: text.length };
    }
    : (i: number): Range => sentences.find((x) => x.start <= i && i < x.end) ?? sentences.find((x) => x.start > i) ?? { start: 0, end: text.length };
  // paragraphOf(i): line breaks (a blank-line run counts once) before i = breaks that start before i.
  const breaks: number[] = [];
  for (const m of text.matchAll(/\n\s*\n|\n/g)) breaks.push(m.index!);
  const paragraphOf = (i: number) => lastBelow(breaks, i) + 1;
  // ';' and ':' positions, for clause starts.
  const stops: number[] = [];
  for (let i = text.indexOf(';'), j = text.indexOf(':'); i >= 0 || j >= 0;) {
    if (j < 0 || (i >= 0 && i < j)) { stops.push(i); i = text.indexOf(';', i + 1); } else { stops.push(j); j = text.indexOf(':', j + 1); }
  }

  const says: SayVerb[] = [];
  const spoken = new Map<SayVerb, Speaker>();
  for (const c of inp.cues ?? findCues(text)) {
    const m = { index: c.index, 0: text.slice(c.index, c.index + c.length), 1: c.form };
    if (inQuote(m.index)) continue;
    if (NEGATED_BEFORE.test(text.slice(Math.max(0, m.index - 25), m.index))) continue;
    const verb = (m[1] ?? 'saying').toLowerCase().replace(/\s+/g, ' ');
    const cue = cueOf(verb);
    if (m[1] && !CORE_FORMS.has(verb)) {
      // Forms beyond the core speech verbs are often nouns ("fears of", "the claim") or adjectives:
      // the tagger must call them verbs (adjective cues: adjectives after a copula), participles
      // must open a clause after a comma (", saying that …").
      const adj = !!cue?.flags.has('adj');
      const pos = inp.posAt?.(m.index);
      // (A noun reading of a bare form is overruled when no determiner precedes it and a clause or
      // an object follows: "Diplomats in the region fear that …", "Many Russians doubt the …".)
      const verbal = pos === undefined || (adj ? /^(?:JJ|VBN|VBD)/.test(pos) : /^V/.test(pos))
        || (!adj && /^NN/.test(pos) && !/ing$/.test(verb)
          && !/(?:\b(?:the|a|an|his|her|its|their|our|my|your|this|these|those|some|any|no|such|growing|widespread|deep|grave|serious|new)|['’]s?)\s+$/i.test(text.slice(Math.max(0, m.index - 15), m.index))
          && /^\s+(?:that|the|a|an|this|these|those|their|its|his|her|they|it|he|she|we|there)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12)));
      if (!verbal) continue;
      if (adj && !COPULA_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
      if (/ing$/.test(verb) && !/,[”"’]?\s*$/.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    }
    says.push({ start: m.index, end: m.index + m[0].length, verb, used: false, cue });
  }
  const out: QuoteOut[] = [];
  const remember = (sp: Speaker | null, at: number) => { if (sp) history.speakers.push({ ...sp, at }); };
  const span = (r: Range) => ({ field, start: r.start, end: r.end, text: text.slice(r.start, r.end) });
  const quote = (kind: QuoteOut['kind'], r: Range, sp: Speaker | null, attribution: NonNullable<QuoteOut['attribution']> = kind, cue: Range | null = null): QuoteOut => ({
    kind, field, start: r.start, end: r.end, text: text.slice(r.start, r.end), speaker: sp ? { ...sp.ref } as SpeakerRef : null,
    attribution, cue: cue ? span(cue) : null,
  });
  /** Quotations that belong to another entry, and the entry (resolved to an index at the end). */
  const partOf = new Map<QuoteOut, QuoteOut>();
  /** Entries made from quotation marks (direct and partial quotations). */
  const marked = new Set<QuoteOut>();

  // Closing marks that end a spoken passage (a clause may start after them); a short quoted noun
  // phrase ("the so-called “Gen Z march”") does not end anything.
  const passageEnds: number[] = [];
  for (const q of quoted) {
    if (q.closeAt >= 0 && (text.slice(q.start, q.end).split(/\s+/).length >= 4 || /[,.!?]$/.test(text.slice(q.start, q.closeAt).trimEnd()))) passageEnds.push(q.closeAt);
  }
  passageEnds.sort((a, b) => a - b);
  /** Clause start for a verb: the sentence start, or after a closing quote mark, ';' or ':' before it. */
  const clauseStart = (verbAt: number): number => {
    const s = sentenceAt(verbAt).start;
    // The last ';', ':' or passage end in [s, verbAt).
    let cut = -1;
    const k = lastBelow(stops, verbAt);
    if (k >= 0 && stops[k]! >= s) cut = stops[k]! - s;
    const e = lastBelow(passageEnds, verbAt);
    if (e >= 0 && passageEnds[e]! >= s) cut = Math.max(cut, passageEnds[e]! - s);
    return cut >= 0 ? s + cut + 1 : s;
  };
  // Verbs of saying are found in reading order: the one after a close mark, or the last before an
  // open mark, is found by binary search.
  const sayStarts: number[] = [];
  for (const x of says) sayStarts.push(x.start); // (push, not .map: see qOpen)
  const fv = inp.finiteVerbs;
  const hasFiniteVerb = ascending(fv) ? (a: number, b: number) => anyIn(fv, a, b) : (a: number, b: number) => fv.some((f) => f >= a && f < b);

  // Direct and partial quotations, chain by chain (a chain is one quotation over paragraphs).
  const chains = new Map<number, QuotedSpan[]>();
  for (const q of quoted) chains.set(q.chain, [...(chains.get(q.chain) ?? []), q]);
  interface Task { at: number; run: () => void }
  const tasks: Task[] = [];
  let lastDirect: { speaker: Speaker | null; paragraph: number } | null = null;

  for (const parts of chains.values()) {
    const first = parts[0]!, last = parts[parts.length - 1]!;
    tasks.push({
      at: first.openAt,
      run: () => {
        let sp: Speaker | null = null;
        let framed = false;
        let usedCue: Range | null = null;
        const content = text.slice(first.start, last.end);
        const words = content.split(/\s+/).length;
        const lead = text.slice(Math.max(0, first.openAt - 20), first.openAt);
        // A short quotation as a noun phrase ("a “million-strong memorial march”") is a scare quote,
        // unless a framing verb introduces it ("called it a “…”"); it must not use up a verb.
        const nounPhrase = words < 6 && /\b(?:a|an|the|this|that|its|his|her|their|our|so-called)\s+$/i.test(lead);
        const frameNear = [...text.slice(Math.max(0, first.openAt - 60), first.openAt).matchAll(FRAME_RE)]
          .some((m) => !/\b(?:its|the|a|an|his|her|their|our)\s+$/i.test(text.slice(Math.max(0, first.openAt - 60), first.openAt).slice(0, m.index!)));
        if (nounPhrase && !frameNear) return;
        const sentenceInitial = /(?:^|[.!?:]\s*|\n\s*|[,—–]\s*)$/.test(lead) || first.openAt === sentenceAt(first.openAt).start;
        const embedded = /^[\p{Ll}]/u.test(content) || !sentenceInitial;
        const afterClose = (): Speaker | null => {
          // ",” Velayati said", ",” said the minister". Not ",” but officials agreed…": a new clause.
          if (last.closeAt < 0) return null;
          const sEnd = Math.max(sentenceAt(last.closeAt).end, last.closeAt + 1);
          const after = text.slice(last.closeAt + 1, Math.min(sEnd, last.closeAt + 160));
          let v: SayVerb | undefined;
          for (let k = lastBelow(sayStarts, last.closeAt, true) + 1; k < says.length && says[k]!.start <= last.closeAt + 1 + after.length; k++) {
            if (!says[k]!.used && (words >= 4 || CORE_FORMS.has(says[k]!.verb))) { v = says[k]; break; }
          }
          const contentEnd = text.slice(last.start, last.end + 1).trimEnd();
          const continues = /[,?!—–-]$/.test(contentEnd) || /^\s*[,—–]/.test(after) || /^\s+[a-z]/.test(after);
          if (!v || !continues || NOT_AFTER_QUOTE.has(v.verb) || /[“"]/.test(text.slice(last.closeAt + 1, v.start))) return null;
          const between = text.slice(last.closeAt + 1, v.start);
          if (/^[\s,—–]*(?:but|and|while|as|so|because|although)\b/i.test(between)) return null;
          let sp: Speaker | null = null;
          if (/^[\s,—–]*$/.test(between) && /[,?!—–-]$/.test(contentEnd)) {
            // Verb first: "said Velayati", "said Dr. Priya Shah, who …".
            const np = /^\s+((?:[A-Z][a-z]{0,3}\.\s|[^,.;:!?])+?)(?=\s+(?:on|in|at|during|after|before|as|while|who|to|from|late|early|last|this)\b|[,.;:!?]|$)/.exec(text.slice(v.end, sEnd));
            if (np) {
              const npEnd = v.end + np[0].length;
              // "said his niece, Jaqueline Benites": a name in apposition after the description.
              const app = /^,\s*/.exec(text.slice(npEnd, sEnd));
              const named = app ? ctx.names.find((n) => n.start === npEnd + app[0].length && !n.possessive && (n.type === 'PERSON' || n.type === null)) : undefined;
              const closes = named && /^\s*(?:[.,;]|$|\s+(?:on|in|at|who|during|after|before|as|while)\b)/.test(text.slice(named.end, sEnd));
              sp = subjectSpeaker(ctx, v.end + np.index, npEnd);
              if (closes && named && (named.type === 'PERSON' || !sp)) sp = { ref: { entity: named.entity, name: named.canonical }, type: named.type, plural: false };
            }
          } else if (between.split(/\s+/).length <= 14) {
            sp = subjectSpeaker(ctx, last.closeAt + 1, v.start);
          }
          if (sp) { v.used = true; usedCue = v; spoken.set(v, sp); }
          return sp;
        };
        const beforeOpen = (): Speaker | null => {
          // "He added that the assassination “…”", "X said: “…”", "described … as “…”".
          // The colon or comma that introduces the quotation ("said: “…”") does not start a clause.
          let p = first.openAt;
          while (p > 0 && /[\s:,]/.test(text[p - 1]!)) p--;
          const cs = clauseStart(p);
          if (first.openAt - cs > MAX_ATTRIBUTION_SPAN) return null;
          const frames = [...text.slice(cs, first.openAt).matchAll(FRAME_RE)]
            .filter((m) => !/\b(?:its|the|a|an|his|her|their|our|these|those|new|repeated)\s+$/i.test(text.slice(Math.max(0, cs + m.index! - 12), cs + m.index!)))
            .map((m) => ({ start: cs + m.index!, end: cs + m.index! + m[0].length }));
          // A verb that already introduced a reported clause may frame a quotation inside it too.
          let v: SayVerb | undefined;
          for (let k = lastBelow(sayStarts, first.openAt); k >= 0 && says[k]!.start >= cs; k--) {
            if (says[k]!.end <= first.openAt && (words >= 4 || CORE_FORMS.has(says[k]!.verb))) { v = says[k]; break; }
          }
          const cand = [...(v ? [{ ...v, frame: false }] : []), ...frames.map((f) => ({ ...f, frame: true }))]
            .sort((a, b) => b.start - a.start)[0];
          if (!cand || first.openAt - cand.end > 90 || /[“”"]/.test(text.slice(cand.end, first.openAt))) return null;
          let sp = subjectSpeaker(ctx, clauseStart(cand.start), cand.start);
          if (sp) { framed = cand.frame; if (!cand.frame) v!.used = true; }
          if (!sp && !cand.frame && v && spoken.has(v)) sp = spoken.get(v)!;
          if (sp) { usedCue = { start: cand.start, end: cand.end }; if (!cand.frame && v && !spoken.has(v)) spoken.set(v, sp); }
          return sp;
        };
        // A quotation inside a sentence is framed by what precedes it; one that opens a sentence is
        // attributed after it closes.
        sp = embedded ? (beforeOpen() ?? afterClose()) : (afterClose() ?? beforeOpen());
        const partial = /^[\p{Ll}]/u.test(content) || (!sentenceInitial && words < 8);
        if (nounPhrase && !framed) return;
        if (!sp && !partial && lastDirect && paragraphOf(first.openAt) - lastDirect.paragraph <= 1 && sentenceInitial) {
          sp = lastDirect.speaker; // an unattributed quotation continues the previous speaker
        }
        if (!sp && (partial || words < 4)) return; // no speech verb: not a quotation we can attribute
        let head: QuoteOut | null = null;
        for (const p of parts) {
          const q = quote(partial ? 'partial' : 'direct', trimSpan(text, p.start, p.end), sp, partial ? 'partial' : 'direct', sp ? usedCue : null);
          out.push(q);
          marked.add(q);
          if (head) partOf.set(q, head); else head = q;
        }
        remember(sp, first.openAt);
        if (!partial) lastDirect = { speaker: sp, paragraph: paragraphOf(last.end) };
      },
    });
  }

  // Reported speech.
  for (const v of says) {
    tasks.push({ at: v.start + 0.5, run: () => { if (!v.used) reported(v); } });
  }
  for (const m of text.includes('that') ? text.matchAll(NOUN_CUE) : []) {
    if (!cueNoun(m[1]!.toLowerCase()) || inQuote(m.index!)) continue;
    const p = POSSESSOR.exec(text.slice(Math.max(0, m.index! - 80), m.index!));
    if (!p) continue;
    const at = m.index! - p[0].length;
    tasks.push({ at, run: () => nounCue(at, p[1]!, m[1]!, m.index! + m[0].length) });
  }
  for (const m of text.matchAll(/\b[Aa]ccording\s+to\s+/g)) {
    if (inQuote(m.index!)) continue;
    tasks.push({ at: m.index!, run: () => accordingTo(m.index!, m.index! + m[0].length) });
  }

  function reported(v: SayVerb): void {
    const sent = sentenceAt(v.start);
    const sEnd = sent.end;
    if (sEnd - v.start > MAX_ATTRIBUTION_SPAN || v.start - sent.start > MAX_ATTRIBUTION_SPAN) return;
    const flags = v.cue?.flags ?? NO_FLAGS;
    if (flags.has('passive') && /(?:ed|said|thought)$/.test(v.verb)) {
      const aux = PASSIVE_BEFORE.exec(text.slice(Math.max(sent.start, v.start - 40), v.start));
      if (aux) { passive(v, aux[0].length, sEnd); return; }
    }
    let at = v.end;
    // "X told Y (that) …": step over the addressee.
    if (flags.has('told') || v.verb === 'tells' || v.verb === 'telling') {
      const o = OBJECT_OF_TOLD.exec(text.slice(at, sEnd));
      if (o) at += o[0].length;
    }
    // ", X said, after …" / "…, X said on Tuesday, …": a parenthetical attribution of the clause before.
    const d0 = DATE_LEAD.exec(text.slice(at, Math.min(sEnd, at + 40)));
    const parenthetical = /^\s*,/.test(text.slice(d0 ? at + d0[0].length : at, sEnd));
    at = stripAdjuncts(text, at, sEnd);
    // "… a rights group said in a report published on Thursday.": a participle modifying the
    // adjunct, with no finite verb, ends the sentence as the adjunct would.
    if (/^\s*(?:published|released|issued|posted|broadcast|aired|seen|obtained|made\s+public)\b/i.test(text.slice(at, sEnd)) && !hasFiniteVerb(at, sEnd)) at = sEnd;
    const rest = text.slice(at, sEnd);
    let clause: Range | null = null;
    /** What was said is a noun phrase or an infinitive, not a clause ("denied the claim", "pledged to protect"). */
    let nominal = false;
    let that = (flags.has('whether') ? /\b(?:that|whether|if)\s+/ : /\bthat\s+/).exec(rest);
    // Not a that-clause of this cue: a noun cue's ("an investigation into the general's claim
    // that …"), or a relative clause inside the object of "dismissed the result as a process that …".
    if (that && that.index > 0) {
      const before = rest.slice(0, that.index);
      const w = /([A-Za-z]+)\s*$/.exec(before);
      if ((w && cueNoun(w[1]!.toLowerCase())) || (flags.has('as') && /\sas\s/.test(` ${before}`)) || (flags.has('of') && /\sof\s/.test(` ${before}`))) that = null;
    }
    if (parenthetical) { /* handled below as a clause-final attribution */ } else if (that && that.index <= 90 && !AUX.test(rest.slice(0, that.index)) && !/[“”"]/.test(rest.slice(0, that.index))) {
      clause = { start: at + that.index + that[0].length, end: sEnd };
    } else if (DIRECTIVES.has(v.verb) && /^\s*(?:[\p{L}\p{N}’'-]+\s+){1,8}?to\s+\p{Ll}/u.test(rest) && !/^\s*(?:to|for|about|by|whether|if)\b/i.test(rest)) {
      // "urged residents to store water": the addressee and what they were urged to do.
      clause = { start: at, end: sEnd };
    } else if (flags.has('inf') && /^\s*(?:[\p{L}\p{N}’'-]+\s+){0,6}?to\s+\p{Ll}/u.test(rest) && !/^\s*(?:for|about|by|whether|if|that)\b/i.test(rest)) {
      // "pledged to protect …", "expect the talks to move …", "hoped to form …".
      clause = { start: at, end: sEnd }; nominal = true;
    } else if (flags.has('np') && /^\s*[\p{L}\p{N}]/u.test(rest) && !/^\s*(?:to|by|of|about|so|that|it\s+was|on|in|at|with|from|after|before)\b/i.test(rest)) {
      // "denied targeting civilians", "called for an immediate ceasefire", "conceded defeat".
      clause = { start: at, end: sEnd }; nominal = true;
    } else if ((flags.has('of') && /^\s*(?:[\p{L}\p{N}’'-]+\s+){1,8}?of\s+\p{L}/u.test(rest))
      || (flags.has('as') && /^\s*(?:[\p{L}\p{N}’'-]+\s+){1,8}?as\s+[\p{L}“"]/u.test(rest))) {
      // "accused the army of staging the attack", "condemned the move as a violation of …".
      clause = { start: at, end: sEnd }; nominal = true;
    } else if (!NEEDS_THAT.has(v.verb) && /^\s*[\p{L}\p{N}]/u.test(rest) && !/^\s*(?:to|by|of|about|so|nothing|yes|no|it\s+was\s+too)\b/i.test(rest)
      && !(/^\s*(?:after|before|during|following|outside|at|in|on|from|near|with|via)\b/i.test(rest) && !hasFiniteVerb(at, sEnd))) {
      clause = { start: at, end: sEnd };
    }
    let subjectFrom = clauseStart(v.start), subjectTo = v.start;
    if (clause) {
      // A cue inside what an earlier cue of the sentence reports ("Analysts note that the prime
      // minister has said …", "said they expected …"): its subject lies after that cue.
      const k = lastBelow(sayStarts, v.start);
      const prev = k >= 0 ? says[k]! : null;
      const coordinated = /(?:,|\b(?:and|but|or))\s+(?:(?:also|then|later|have|has|had|will|would|may|might|could|[a-z]+ly)\s+)*$/.test(text.slice(Math.max(0, v.start - 60), v.start));
      if (prev && !coordinated && prev.end <= v.start && prev.start >= subjectFrom && spoken.has(prev)) {
        let from = prev.end;
        const t = /^.*\bthat\s+/s.exec(text.slice(from, v.start));
        if (t) from += t[0].length;
        subjectFrom = from;
      }
    }
    if (!clause || trimSpan(text, clause.start, clause.end).end - trimSpan(text, clause.start, clause.end).start < 8) {
      // "<clause>, X said (on Tuesday)." — the attribution closes the sentence.
      // (What follows may be a prepositional phrase with no verb: "told a news conference after the summit.")
      if (!parenthetical && !/^[\s.,;!?]*$/.test(rest) && !(/^\s*(?:after|before|during|at|in|on|from|outside|following|near|with|via|by)\b/i.test(rest) && !hasFiniteVerb(at, sEnd) && !/[“"]/.test(rest))) return;
      const head = text.slice(subjectFrom, v.start).replace(/,\s*$/, (m) => ' '.repeat(m.length));
      // The subject starts after the comma that ends the clause; an appositive subject ("…, the
      // regional governor, Vyacheslav Morozov, said") reaches back over one more comma when the
      // phrase there opens like a noun phrase (a determiner or a capital).
      let comma = head.lastIndexOf(', ');
      if (comma < 0) return;
      const prev = head.lastIndexOf(', ', comma - 1);
      if (prev >= 0 && /^(?:the|a|an|its|his|her|their|\p{Lu})/u.test(head.slice(prev + 2, comma))
        && head.slice(prev + 2, comma).split(/\s+/).length <= 6 && !hasFiniteVerb(subjectFrom + prev + 1, subjectFrom + comma)) comma = prev;
      clause = { start: subjectFrom, end: subjectFrom + comma };
      subjectFrom = subjectFrom + comma + 1;
      if (text.slice(subjectFrom, subjectTo).trim().split(/\s+/).length > 8) return;
    }
    // A lead sentence's dateline ("NAIROBI, Kenya — …", "SEOUL (AP) — …") is not part of what was said.
    const dl = DATELINE.exec(text.slice(clause.start, clause.end));
    if (dl) clause = { start: clause.start + dl[0].length, end: clause.end };
    let r = trimSpan(text, clause.start, cutAccording(clause.end, clause.start));
    if (nominal) {
      // A noun phrase or infinitive ends where a new clause starts (", but officials agreed …").
      const cut = /,?\s+(?:but|while|whereas|although|though|because)\s|,\s+(?:and|which|who|saying|adding|as|calling|describing|branding|labell?ing|terming|dismissing)\s|;/.exec(text.slice(r.start, r.end));
      if (cut) r = trimSpan(text, r.start, r.start + cut.index);
    }
    // What was said ends where the speaker's next verb starts ("said it had targeted a depot, and
    // accused the group of …", "called for a ceasefire and said …"): "and" or "but" right before a cue.
    for (const m of text.slice(r.start, r.end).matchAll(/,?\s+(?:and|but)\s+(?:(?:also|then|later|have|has|had|will|would|may|might|could)\s+)*|,\s+/g)) {
      const after = r.start + m.index! + m[0].length;
      const k = lastBelow(sayStarts, after, true);
      if (k >= 0 && says[k]!.start === after && (/\w\s+$/.test(m[0]) || /ing$/.test(says[k]!.verb))) { r = trimSpan(text, r.start, r.start + m.index!); break; }
    }
    // A clause that opens with a quotation mark is a direct quotation, handled with the marks.
    if (r.end <= r.start || text.slice(r.start, r.end).split(/\s+/).length < (nominal ? 1 : 3) || /^[“"‘]/.test(text.slice(clause.start, clause.end).trimStart())) return;
    // What was said is a clause with a verb ("said Russia has provided…"), not an object ("announced
    // a new package of aid") unless the cue takes one.
    if (!nominal && !DIRECTIVES.has(v.verb) && !hasFiniteVerb(r.start, r.end) && !VERB_GUESS.test(text.slice(r.start, r.end))) return;
    // A participle (", saying …", ", adding …") speaks for the subject of the clause it hangs on:
    // the speaker of a cue before it in the sentence, else that clause's subject.
    let sp: Speaker | null = null;
    if (/ing$/.test(v.verb)) {
      // The clause it hangs on is the one of the last finite verb before the comma: a cue's speaker,
      // or the subject of that verb, read from the last cue or "that" before it.
      const comma = text.lastIndexOf(',', v.start);
      const k = lastBelow(fv, comma);
      const verbAt = k >= 0 && fv[k]! >= sent.start ? fv[k]! : -1;
      const cueAt = says.find((x) => x.start === verbAt);
      const j = lastBelow(sayStarts, v.start);
      const prevCue = j >= 0 && says[j]!.start >= sent.start ? says[j]! : null;
      if (flags.has('continues') && prevCue && spoken.has(prevCue)) sp = spoken.get(prevCue)!;
      else if (cueAt) sp = spoken.get(cueAt) ?? null;
      else if (verbAt >= 0) {
        let from = sent.start;
        const j = lastBelow(sayStarts, verbAt);
        if (j >= 0 && says[j]!.end > from && spoken.has(says[j]!)) from = says[j]!.end;
        const t = /.*\bthat\s+/is.exec(text.slice(from, verbAt));
        if (t) from += t[0].length;
        sp = subjectSpeaker(ctx, from, verbAt + 1);
      }
    } else sp = subjectSpeaker(ctx, subjectFrom, subjectTo);
    // "The union said … and vowed to strike": a cue coordinated with the one before shares its speaker.
    if (!sp && coordinatedWith(v)) sp = spoken.get(coordinatedWith(v)!) ?? null;
    if (!sp) return;
    if (NOUN_LIKE.has(v.verb) && sp.ref.entity === null && sp.type === null && !/^[\p{Lu}]/u.test(sp.ref.name)) return;
    v.used = true;
    spoken.set(v, sp);
    const belief = v.cue?.cls === 'belief';
    out.push(quote('indirect', r, sp, belief ? 'belief' : QUOTED_INSIDE.test(text.slice(r.start, r.end)) ? 'partial' : 'indirect', v));
    remember(sp, v.start);
  }

  /** The cue of the same sentence that `v` is coordinated with ("said … and vowed"), if any. */
  function coordinatedWith(v: SayVerb): SayVerb | null {
    if (!/\b(?:and|but)\s+(?:(?:also|then|later|have|has|had|will|would)\s+)*$/.test(text.slice(Math.max(0, v.start - 40), v.start))) return null;
    const k = lastBelow(sayStarts, v.start);
    return k >= 0 && says[k]!.start >= sentenceAt(v.start).start && spoken.has(says[k]!) ? says[k]! : null;
  }

  /** "It was widely reported that …", "the cabinet was said to be divided …": no source is named. */
  function passive(v: SayVerb, auxLen: number, sEnd: number): void {
    const at = stripAdjuncts(text, v.end, sEnd);
    const rest = text.slice(at, sEnd);
    const m = /^\s*that\s+/.exec(rest) ?? (PASSIVE_INFINITIVE.has(v.verb) ? /^\s*(?=to\s+\p{Ll})/u.exec(rest) : null);
    if (!m) return;
    const r = trimSpan(text, at + m[0].length, cutAccording(sEnd, at + m[0].length));
    if (text.slice(r.start, r.end).split(/\s+/).length < 3) return;
    v.used = true;
    out.push(quote('indirect', r, null, v.cue?.cls === 'belief' ? 'belief' : 'indirect', { start: v.start - auxLen, end: v.end }));
  }

  /** "the company's claim that …", "his warning that …": the possessor is the source. */
  function nounCue(at: number, possessor: string, noun: string, from: number): void {
    const sent = sentenceAt(at);
    if (sent.end - at > MAX_ATTRIBUTION_SPAN) return;
    const owner = possessor.toLowerCase();
    const pron = ({ his: 'he', her: 'she', its: 'it', their: 'they' } as const)[owner as 'his'];
    const sp = pron ? pronounSpeaker(ctx, pron, at) : subjectSpeaker(ctx, at, at + possessor.replace(/[’']s?$/, '').length);
    if (!sp) return;
    let end = sent.end;
    // The clause ends before the sentence's own verb when the noun phrase is its subject ("X's
    // claim that the fire was accidental was disputed"): the second finite verb, with no
    // conjunction or comma between the two.
    const k = lastBelow(fv, from);
    const v1 = fv[k + 1], v2 = fv[k + 2];
    if (v1 !== undefined && v2 !== undefined && v2 < end && !/[,;]|\b(?:and|or|but|which|who|that|because|if|when|while)\b/.test(text.slice(v1, v2))) end = v2;
    const r = trimSpan(text, from, end);
    if (text.slice(r.start, r.end).split(/\s+/).length < 3 || !hasFiniteVerb(r.start, r.end)) return;
    const cue = cueNoun(noun.toLowerCase());
    const kind = cue?.flags.has('belief') ? 'belief' : QUOTED_INSIDE.test(text.slice(r.start, r.end)) ? 'partial' : 'indirect';
    const cueAt = text.lastIndexOf(noun, from);
    out.push(quote('indirect', r, sp, kind, { start: cueAt, end: cueAt + noun.length }));
    remember(sp, at);
  }

  function cutAccording(end: number, start: number): number {
    const i = text.slice(start, end).search(/,\s+according\s+to\b/i);
    return i >= 0 ? start + i : end;
  }

  function accordingTo(at: number, after: number): void {
    const sent = sentenceAt(at);
    if (sent.end - at > MAX_ATTRIBUTION_SPAN || at - sent.start > MAX_ATTRIBUTION_SPAN) return;
    const cs = clauseStart(at);
    const lead = /^[\s“"]*$/.test(text.slice(cs, at));
    let src: Range, clause: Range;
    if (lead) {
      const comma = text.indexOf(',', after);
      if (comma < 0 || comma > sent.end) return;
      src = { start: after, end: comma };
      clause = { start: comma + 1, end: sent.end };
    } else {
      const before = text.slice(cs, at);
      if (!/,\s*$/.test(before)) return;
      const end = text.slice(after, sent.end).search(/[,;.]\s|[.]$/);
      src = { start: after, end: end >= 0 ? after + end : sent.end };
      clause = { start: cs, end: at };
    }
    const dl = DATELINE.exec(text.slice(clause.start, clause.end));
    if (dl) clause = { start: clause.start + dl[0].length, end: clause.end };
    const c = trimSpan(text, clause.start, clause.end);
    if (text.slice(c.start, c.end).split(/\s+/).length < 3 || /[“”]/.test(text.slice(c.start, c.end))) return;
    const s = trimSpan(text, src.start, src.end);
    if (s.end <= s.start || text.slice(s.start, s.end).split(/\s+/).length > 10) return;
    const sp = subjectSpeaker(ctx, s.start, s.end) ?? { ref: { entity: null, name: text.slice(s.start, s.end) }, type: null, plural: false };
    out.push(quote('indirect', c, sp, QUOTED_INSIDE.test(text.slice(c.start, c.end)) ? 'partial' : 'indirect', { start: at, end: after }));
  }

  tasks.sort((a, b) => a.at - b.at);
  for (const t of tasks) t.run();
  out.sort((a, b) => a.start - b.start);
  // A quoted fragment inside a reported clause belongs to it ("said the reform would “clean up …”"),
  // the later paragraphs of a quotation to its first: each keeps its entry, pointing at the host.
  const hosts = out.filter((q) => !marked.has(q));
  for (const q of out) {
    if (!marked.has(q)) continue;
    const host = partOf.get(q) ?? hosts.find((h) => h.start <= q.start && q.end <= h.end && h.end - h.start > q.end - q.start);
    if (host) q.within = out.indexOf(host);
  }
  return out;
}
