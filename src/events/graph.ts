// One parsed sentence as the event coder reads it: the dependency tree of the parse stage
// (doc.deps) with children lists, lower-case forms, lemmas, and the mention (real or generic)
// whose head each token is. Indexes are relative to the sentence; -1 is "none" / the root.
// Built once per sentence in one pass; every later look-up is a walk over a few children.
import type { Doc } from '../doc/index.js';
import { lemmatizeVerb, nounKey } from '../kb/lemma.js';

export interface SentenceGraph {
  si: number;
  /** First token of the sentence in doc.tokens. */
  base: number;
  n: number;
  head: Int32Array;
  label: string[];
  /** Penn Treebank tag (the parser's own tagger). */
  tag: string[];
  lower: string[];
  /** Verb lemma for verbs, singular noun key for nouns, the lower-case form otherwise. */
  lemma: string[];
  kids: number[][];
  /** The extended mention (index in the coder's mention list) each token lies in, or -1. */
  mentionAt: Int32Array;
  /** The extended mention whose syntactic head is this token, or -1. */
  mentionHead: Int32Array;
}

/** Forms that can be auxiliaries; any other verb the parser calls one is its slip. */
const AUX_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'am', 'has', 'have', 'had', "'ve", 'does', 'do', 'did',
  'gets', 'get', 'got', 'getting', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'ought']);

export interface MentionSpan { tokenStart: number; tokenEnd: number }

/**
 * The graph of sentence si, or null when the parse stage left it unparsed. `mentions` is the
 * coder's mention list (the real ones, then resolve's generic actors); `known` says which verb
 * lemmas matter, so that "seized" lemmatises to "seize".
 */
/** Verbs that tell their object to do something ("ordered X to leave", "urged X to stop"). */
const CONTROL_VERBS = new Set(['order', 'tell', 'ask', 'urge', 'force', 'allow', 'invite', 'press', 'pressure', 'instruct',
  'direct', 'authorize', 'authorise', 'encourage', 'persuade', 'compel', 'request', 'call', 'warn', 'push', 'permit', 'oblige']);

/** Forms of the verbs of saying after which a source is named ("…, investigators said"). */
const SAY_FORMS = new Set(['said', 'say', 'says', 'told', 'added', 'reported', 'claimed', 'stated', 'announced', 'alleged']);

export function sentenceGraph(doc: Readonly<Doc>, si: number, mentions: readonly MentionSpan[], known: (l: string) => boolean): SentenceGraph | null {
  const deps = doc.deps;
  if (!deps || !deps.parsed[si]) return null;
  const s = doc.sentences[si]!;
  const base = s.tokenStart, n = s.tokenEnd - s.tokenStart;
  const head = new Int32Array(n);
  const label = new Array<string>(n);
  const tag = new Array<string>(n);
  const lower = new Array<string>(n);
  const lemma = new Array<string>(n);
  const kids: number[][] = [];
  for (let i = 0; i < n; i++) kids.push([]);
  for (let i = 0; i < n; i++) {
    const h = deps.head[base + i]!;
    head[i] = h < 0 ? -1 : h - base;
    label[i] = deps.label[base + i] ?? '';
    tag[i] = deps.tag[base + i] || doc.tokens[base + i]!.pos || '';
    const l = doc.tokens[base + i]!.text.toLowerCase().replace(/[’‘]/g, "'");
    lower[i] = l;
    const t = tag[i]!;
    lemma[i] = t.startsWith('VB') ? lemmatizeVerb(l, known) : t.startsWith('NN') ? nounKey(l) : l;
  }
  // Does token h have a dependent that `test` accepts? (The repairs below read the tree before the
  // children lists are built: they move heads.)
  const hasKid = (h: number, test: (k: number) => boolean): boolean => {
    for (let k = 0; k < n; k++) if (head[k] === h && test(k)) return true;
    return false;
  };
  // A past-tense verb the parser hung under a noun as a reduced relative while the noun itself stands
  // where a clause should ("Greek coast guard vessels rescued 412 migrants …, the coast guard said"
  // parsed as "vessels [that were] rescued"): a finite form (VBD, not VBN) with an object is the
  // clause's verb and the noun its subject.
  // (Also a participle the news tagger reads as a past tense whose object is a joined verb's:
  // "Chinese coast guard personnel rammed and boarded two Philippine navy boats".)
  for (let i = 0; i < n; i++) {
    const h = head[i]!;
    const finite = tag[i] === 'VBD' || (tag[i] === 'VBN' && doc.tokens[base + i]!.pos === 'VBD');
    if (!finite || !label[i]!.startsWith('acl') || h < 0 || h >= i || !tag[h]!.startsWith('NN')) continue;
    if (!/^(root|ccomp|parataxis|dep)$/.test(label[h]!)) continue;
    const sharedObject = tag[i] === 'VBN' && hasKid(h, (k) => k > i && label[k] === 'conj' && /^VB[DN]$/.test(tag[k]!) && hasKid(k, (o) => label[o] === 'obj'));
    if (!(tag[i] === 'VBD' ? hasKid(i, (k) => label[k] === 'obj') : sharedObject) || hasKid(i, (k) => label[k]!.startsWith('nsubj'))) continue;
    head[i] = head[h]!; label[i] = label[h]!;
    head[h] = i; label[h] = 'nsubj';
    for (let k = 0; k < n; k++) if (k !== i && head[k] === h && k > i) head[k] = i;
  }
  // "A bomb hidden in a parked motorcycle exploded next to a checkpoint" parsed with the noun as the
  // root and "exploded" under "hidden": a finite verb (VBD) with no subject or marker of its own
  // under the participle that describes a root noun is the clause's verb, the noun its subject.
  for (let i = 0; i < n; i++) {
    const p = head[i]!;
    if (tag[i] !== 'VBD' || label[i] !== 'advcl' || p < 0 || p >= i || tag[p] !== 'VBN' || label[p] !== 'acl') continue;
    const noun = head[p]!;
    if (noun < 0 || noun >= p || !(head[noun] === -1 || /^(ccomp|parataxis)$/.test(label[noun]!)) || !tag[noun]!.startsWith('NN')) continue;
    if (hasKid(i, (k) => label[k]!.startsWith('nsubj') || label[k] === 'mark')) continue;
    // (Where the noun stood for a reported clause, "…, officials said", the verb takes its place.)
    head[i] = head[noun]!; label[i] = head[noun] === -1 ? 'root' : label[noun]!;
    for (let k = 0; k < n; k++) if (k !== i && head[k] === noun && k > i) head[k] = i;
    head[noun] = i; label[noun] = 'nsubj';
  }
  // "South Korea's impeached president Yoon arrested" parsed with "impeached" as a clause (its
  // subject "Korea's", its object "Yoon"): a participle right after a possessive describes the
  // nouns that follow it; the last of them heads the phrase, in the participle's place.
  for (let i = 1; i < n - 1; i++) {
    if (tag[i] !== 'VBN' || tag[i - 1] !== 'POS' || !/^(csubj|nsubj|root|dep|parataxis)/.test(label[i]!)) continue;
    let j = i;
    while (j + 1 < n && tag[j + 1]!.startsWith('NN')) j++;
    if (j === i) continue;
    for (let k = i + 1; k < j; k++) if (head[k]! >= i && head[k]! <= j) { head[k] = j; if (label[k] === 'obj' || label[k] === 'nmod') label[k] = 'compound'; }
    for (let k = 0; k < n; k++) if (head[k] === i && label[k] === 'nmod:poss') head[k] = j;
    const h = head[i]!;
    // (Decided before j moves under h, so that j's old label is no object of h's.)
    const passiveHead = h >= 0 && (tag[h] === 'VBN' || doc.tokens[base + h]!.pos === 'VBN') && !hasKid(h, (k) => label[k]!.startsWith('aux') || label[k] === 'obj');
    const subject = label[i]!.startsWith('csubj') || label[i]!.startsWith('nsubj');
    head[j] = h; label[j] = subject ? (passiveHead ? 'nsubj:pass' : 'nsubj') : label[i]!;
    head[i] = j; label[i] = 'amod';
  }
  // "Istanbul mayor Imamoglu detained in corruption probe": a headline's participle (or past form
  // read as a participle by either tagger) heading it with a subject, no object and no auxiliary is
  // a passive that dropped its "is"; its subject is the passive's.
  if (doc.tokens[base]?.field === 'title') {
    for (let v = 0; v < n; v++) {
      if (head[v] !== -1 || (tag[v] !== 'VBN' && !(tag[v] === 'VBD' && doc.tokens[base + v]!.pos === 'VBN'))) continue;
      if (hasKid(v, (k) => label[k] === 'obj' || label[k]!.startsWith('aux') || label[k] === 'nsubj:pass')) continue;
      for (let k = 0; k < n; k++) if (head[k] === v && label[k] === 'nsubj') label[k] = 'nsubj:pass';
    }
  }
  // "Russia tortured Ukrainian prisoners, investigators said" parsed with "investigators" a conjunct
  // of "prisoners": a noun after a comma with no "and" right before a verb of saying that has no
  // subject is that verb's subject.
  for (let k = 1; k < n - 1; k++) {
    if (label[k] !== 'conj' || !tag[k]!.startsWith('NN') || lower[k - 1] !== ',' || !SAY_FORMS.has(lower[k + 1]!) || !tag[k + 1]!.startsWith('VB')) continue;
    if (hasKid(k, (c) => label[c] === 'cc') || hasKid(k + 1, (c) => label[c]!.startsWith('nsubj'))) continue;
    head[k] = k + 1; label[k] = 'nsubj';
  }
  // "Saudi Arabia, the United Arab Emirates and Egypt all condemned the strike" parsed with the
  // first name fronted as an oblique: a bare name (no preposition) before a comma whose verb's
  // subject heads a list ("… B and C") is the list's first member, the subject.
  for (let i = 0; i < n - 1; i++) {
    const h = head[i]!;
    if (h <= i || !/^(obl|dep|nmod|appos)/.test(label[i]!) || !tag[i]!.startsWith('NNP') || lower[i + 1] !== ',' || hasKid(i, (k) => label[k] === 'case')) continue;
    let s0 = -1;
    for (let k = i + 2; k < h; k++) if (head[k] === h && label[k] === 'nsubj' && tag[k]!.startsWith('NNP')) { s0 = k; break; }
    if (s0 < 0 || !hasKid(s0, (c) => label[c] === 'conj' && hasKid(c, (d) => label[d] === 'cc' && (lower[d] === 'and' || lower[d] === 'or')))) continue;
    for (let k = 0; k < n; k++) if (head[k] === s0 && label[k] === 'conj') head[k] = i;
    head[s0] = i; label[s0] = 'conj';
    label[i] = 'nsubj';
  }
  // "criticised Canberra, saying it reflected a Cold War mentality and accusing Australia of …"
  // parsed with "accusing" a conjunct of "reflected": an -ing conjunct of a finite verb under an
  // -ing adjunct joins the adjunct (both say what the main clause's subject did).
  for (let i = 0; i < n; i++) {
    const h = head[i]!;
    if (tag[i] !== 'VBG' || label[i] !== 'conj' || h < 0 || !/^VB[DZP]$/.test(tag[h]!)) continue;
    let a = head[h]!;
    for (let d = 0; d < 3 && a >= 0 && !(tag[a] === 'VBG' && label[a] === 'advcl'); d++) a = head[a]!;
    if (a >= 0 && tag[a] === 'VBG' && label[a] === 'advcl' && a < i) head[i] = a;
  }
  // "The United Nations refugee agency airlifted tents … to eastern Afghanistan" parsed with
  // "airlifted" describing "tents", the object of the noun "agency": a past form the news tagger
  // reads as finite right before a noun that hangs from a root noun as its object is the verb.
  for (let v = 1; v < n - 1; v++) {
    const o = v + 1, nn = head[o]!;
    if (head[v] !== o || label[v] !== 'amod' || !/^VB[DN]$/.test(tag[v]!) || doc.tokens[base + v]!.pos !== 'VBD') continue;
    if (label[o] !== 'obj' || nn < 0 || nn >= v || head[nn] !== -1 || !tag[nn]!.startsWith('NN')) continue;
    head[v] = -1; label[v] = 'root';
    for (let k = 0; k < n; k++) if (k !== v && head[k] === nn && k > v) head[k] = v;
    head[nn] = v; label[nn] = 'nsubj';
  }
  // "Eight killed as police open fire on protesters" parsed with "as police" a prepositional phrase
  // and "open" hanging from "killed": a noun after "as" followed at once by a finite verb with no
  // subject is that verb's subject, and "as" the verb's marker (a clause of time or reason).
  for (let i = 1; i < n - 1; i++) {
    const v = i + 1, h = head[i]!;
    if (!/^obl|nmod/.test(label[i]!) || !tag[i]!.startsWith('NN') || !/^VB[PDZ]$/.test(tag[v]!) || head[v] !== h) continue;
    let asTok = -1;
    for (let k = 0; k < i; k++) if (head[k] === i && label[k] === 'case' && lower[k] === 'as') asTok = k;
    if (asTok < 0 || hasKid(v, (k) => label[k]!.startsWith('nsubj'))) continue;
    head[i] = v; label[i] = 'nsubj';
    head[asTok] = v; label[asTok] = 'mark';
    label[v] = 'advcl';
  }
  // "imposed a curfew after protesters tore down posters, set fire to a police station and clashed
  // with security forces" parsed with "set" a parataxis of "imposed": a verb after a comma that
  // opens a list ("…, set … and clashed …") and has no subject continues the clause before it, an
  // adverbial clause with a subject of its own, as that clause's conjunct.
  for (let v2 = 2; v2 < n; v2++) {
    const h = head[v2]!;
    if (!/^(parataxis|conj)$/.test(label[v2]!) || !tag[v2]!.startsWith('VB') || h < 0 || h >= v2 || lower[v2 - 1] !== ',' || hasKid(v2, (k) => label[k] === 'cc')) continue;
    if (hasKid(v2, (k) => label[k]!.startsWith('nsubj')) || !hasKid(v2, (k) => label[k] === 'conj' && hasKid(k, (c) => label[c] === 'cc' && lower[c] === 'and'))) continue;
    let v1 = -1;
    for (let k = h + 1; k < v2; k++) if (label[k] === 'advcl' && tag[k]!.startsWith('VB') && hasKid(k, (c) => label[c] === 'nsubj')) v1 = k;
    if (v1 < 0) continue;
    head[v2] = v1; label[v2] = 'conj';
  }
  // "Abu Dhabi has in the past rejected accusations" parsed with "has" as the verb and "rejected"
  // hanging from it: a participle under a form of "have" is the verb, "have" its auxiliary.
  for (let i = 0; i < n; i++) {
    const h = head[i]!;
    if (tag[i] !== 'VBN' || h < 0 || h >= i || !/^(has|have|had)$/.test(lower[h]!) || !/^(acl|xcomp|ccomp|dep|conj)/.test(label[i]!)) continue;
    if (hasKid(h, (k) => label[k] === 'obj')) continue;
    head[i] = head[h]!; label[i] = label[h]!;
    for (let k = 0; k < n; k++) if (k !== i && head[k] === h) head[k] = i;
    head[h] = i; label[h] = 'aux';
  }
  // "Venezuela releases jailed Americans" parsed as "Venezuela [is] jailed Americans" with
  // "releases" as a passive auxiliary: a lexical verb is no auxiliary. It is the verb, and the
  // participle after it describes the noun that follows (its object).
  for (let i = 0; i < n - 1; i++) {
    const h = head[i]!;
    if (h !== i + 1 || !/^aux/.test(label[i]!) || !/^VB[ZDP]$/.test(tag[i]!) || AUX_FORMS.has(lower[i]!) || !/^VB[ND]$/.test(tag[h]!)) continue;
    let obj = -1;
    for (let k = h + 1; k < n; k++) if (head[k] === h && label[k] === 'obj') { obj = k; break; }
    // ("investigators arrested impeached President Yoon": the name read as an agent with no "by".)
    if (obj < 0) for (let k = h + 1; k < n; k++) if (head[k] === h && label[k] === 'obl:agent' && !hasKid(k, (c) => label[c] === 'case')) { obj = k; label[k] = 'obj'; break; }
    if (obj < 0) continue;
    head[i] = head[h]!; label[i] = label[h]!;
    for (let k = 0; k < n; k++) {
      if (k === i || head[k] !== h) continue;
      head[k] = i;
      if (label[k] === 'nsubj:pass') label[k] = 'nsubj';
    }
    head[h] = obj; label[h] = 'amod';
  }
  // "Algeria ordered 12 employees of the French embassy and consulates to leave the country"
  // parsed with "to leave" under the object's last noun ("consulates to leave"): after a verb that
  // tells someone to do something, an infinitive inside a long object is the verb's complement.
  for (let i = 0; i < n; i++) {
    if (tag[i] !== 'VB' || !label[i]!.startsWith('acl')) continue;
    if (!hasKid(i, (k) => k < i && label[k] === 'mark' && lower[k] === 'to')) continue;
    let x = head[i]!, d = 0;
    while (x >= 0 && d < 6 && tag[x]!.startsWith('NN') && /^(nmod|conj|compound|appos)/.test(label[x]!)) { x = head[x]!; d++; }
    if (x < 0 || label[x] !== 'obj' || !tag[x]!.startsWith('NN')) continue;
    const v = head[x]!;
    if (v < 0 || !tag[v]!.startsWith('VB') || !CONTROL_VERBS.has(lemma[v]!)) continue;
    if (hasKid(v, (k) => label[k] === 'xcomp')) continue;
    head[i] = v; label[i] = 'xcomp';
  }
  // "ambushed a fuel convoy escorted by Malian soldiers …, killing at least eight soldiers" parsed
  // with "killing" under "escorted": an -ing clause after a comma continues the clause whose object
  // the participle describes.
  for (let i = 1; i < n; i++) {
    const p = head[i]!;
    if (tag[i] !== 'VBG' || label[i] !== 'advcl' || lower[i - 1] !== ',' || p < 0 || !label[p]!.startsWith('acl') || label[p] === 'acl:relcl' || !/^VB[ND]$/.test(tag[p]!)) continue;
    const noun = head[p]!;
    if (noun < 0 || label[noun] !== 'obj' || head[noun]! < 0 || !tag[head[noun]!]!.startsWith('VB')) continue;
    head[i] = head[noun]!;
  }
  // "The U.N. children's agency UNICEF condemned the strike" parsed with two subjects: a name right
  // after a common noun that is also a subject is the subject, the noun its description.
  for (let i = 1; i < n; i++) {
    const v = head[i]!;
    if (label[i] !== 'nsubj' || v < 0 || !/^NNP/.test(tag[i]!) || head[i - 1] !== v || label[i - 1] !== 'nsubj' || !/^NNS?$/.test(tag[i - 1]!)) continue;
    head[i - 1] = i; label[i - 1] = 'appos';
  }
  // "security forces shot dead at least three people" parsed with "people" as a passive's agent:
  // an agent needs its "by"; without one it is the verb's object.
  for (let i = 0; i < n; i++) {
    const v = head[i]!;
    if (label[i] !== 'obl:agent' || v < 0 || i < v) continue;
    // (Only a counted noun with no preposition of its own: "at least three people"; a "by" the
    // parser hung elsewhere still makes an agent.)
    const counted = hasKid(i, (k) => label[k] === 'nummod' || (label[k] === 'nmod' && lower[k] === 'least'));
    if (!counted || hasKid(i, (k) => label[k] === 'case') || hasKid(v, (k) => label[k] === 'obj') || lower.slice(v + 1, i).includes('by')) continue;
    label[i] = 'obj';
  }
  // "arrested two generals and dozens of soldiers, as well as a French citizen" parsed with
  // "citizen" a conjunct of the verb: a noun joined to a verb that has an object before it is
  // another object.
  for (let i = 0; i < n; i++) {
    const v = head[i]!;
    if (label[i] !== 'conj' || !tag[i]!.startsWith('NN') || v < 0 || !tag[v]!.startsWith('VB')) continue;
    let obj = -1, own = false;
    for (let k = 0; k < n; k++) {
      if (head[k] === v && label[k] === 'obj' && k < i) obj = k;
      if (head[k] === i && /^(nsubj|cop|aux)/.test(label[k]!)) own = true;
    }
    if (obj >= 0 && !own) head[i] = obj;
  }
  for (let i = 0; i < n; i++) if (head[i]! >= 0 && head[i]! < n) kids[head[i]!]!.push(i);
  const mentionAt = new Int32Array(n).fill(-1);
  const mentionHead = new Int32Array(n).fill(-1);
  for (let m = 0; m < mentions.length; m++) {
    const men = mentions[m]!;
    if (men.tokenEnd <= base || men.tokenStart >= base + n) continue;
    const a = Math.max(0, men.tokenStart - base), b = Math.min(n, men.tokenEnd - base);
    // The syntactic head: the token whose head lies outside the span (the last such, for names the
    // parser split into a flat chain); the last token when the parse is odd.
    let h = b - 1;
    for (let k = a; k < b; k++) { const hk = head[k]!; if (hk < a || hk >= b) h = k; }
    // A generic phrase that took in a name ("Kenyan police" holds "Kenyan") owns its head; the name
    // keeps its own tokens. A generic inside a name ("the Ministry of Defence") is left out.
    // A generic with exactly the span of a name is the group's word the recogniser took for a name
    // ("— Gunmen shot dead …"; resolve freed it): the generic stands there instead.
    const prior = mentionAt[h]!;
    const same = prior >= 0 && mentions[prior]!.tokenStart === men.tokenStart && mentions[prior]!.tokenEnd === men.tokenEnd;
    if (prior >= 0 && !same) continue;
    for (let k = a; k < b; k++) if (mentionAt[k]! < 0 || same) mentionAt[k] = m;
    mentionHead[h] = m;
  }
  return { si, base, n, head, label, tag, lower, lemma, kids, mentionAt, mentionHead };
}

/** Children of i with the given relation (before the colon, unless the label has one). */
export function kidsWith(g: SentenceGraph, i: number, rel: string): number[] {
  const out: number[] = [];
  for (const k of g.kids[i]!) if (relIs(g.label[k]!, rel)) out.push(k);
  return out;
}

export function kidWith(g: SentenceGraph, i: number, rel: string): number {
  for (const k of g.kids[i]!) if (relIs(g.label[k]!, rel)) return k;
  return -1;
}

/** "obl" matches obl, obl:agent, obl:tmod…; "obl:agent" only itself. */
export function relIs(label: string, rel: string): boolean {
  if (label === rel) return true;
  return !rel.includes(':') && label.startsWith(rel + ':');
}

/** The preposition(s) of a nominal dependent ("on", "according to", "out of"), lower case, or ''. */
export function caseOf(g: SentenceGraph, i: number): string {
  const cs: string[] = [];
  for (const k of g.kids[i]!) {
    if (g.label[k] === 'case') {
      cs.push(g.lower[k]!);
      for (const f of g.kids[k]!) if (g.label[f] === 'fixed') cs.push(g.lower[f]!);
    }
  }
  return cs.join(' ');
}

export const isVerbTag = (t: string): boolean => t.startsWith('VB') || t === 'MD';
export const isNounTag = (t: string): boolean => t.startsWith('NN') || t === 'PRP' || t === 'CD';
