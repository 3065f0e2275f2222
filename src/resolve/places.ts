// Places in context: what the text says around a place name (a generic noun: "the Kurram district",
// "the town of Jasper", "Lake Chad"), places the recogniser missed or mistyped, found through the
// gazetteer where the words around them say a place is meant ("in the Kurram district", "near
// Lake Chad", "across the Euphrates", a dateline "MEKELLE, Ethiopia"), and the contextual choice
// among namesakes. A demonym is not a place, nor a person or an organisation named like one:
// spans inside a recognised name are never taken, and a capitalised run that holds a word of an
// organisation's name ("Bank", "University", "FC") is not a place.
import { fieldNames, fieldText, type Doc } from '../doc/index.js';
import type { FieldName, SpanRef } from '../types.js';
import { countryOfDemonym } from '../kb/countries.js';
import { knownActor } from '../kb/actor-codes.js';
import { isProminent, lookupPlace, placeKey, rankPlaces, type KindHint, type Place } from '../kb/gazetteer.js';

type DocText = Pick<Doc, 'title' | 'captions' | 'body'>;

/** Generic nouns that say what kind of place a name is, after it ("Kurram district") or before it ("the town of X"). */
const GENERIC: Record<string, KindHint> = {
  district: 'division', districts: 'division', province: 'adm1', provinces: 'adm1', county: 'division', counties: 'division',
  governorate: 'adm1', governorates: 'adm1', state: 'adm1', oblast: 'adm1', region: 'region', regions: 'region', prefecture: 'adm1',
  department: 'division', municipality: 'division', canton: 'adm1', territory: 'region', emirate: 'adm1', parish: 'division',
  city: 'settlement', town: 'settlement', village: 'settlement', villages: 'settlement', towns: 'settlement', township: 'settlement',
  capital: 'settlement', suburb: 'settlement', neighbourhood: 'settlement', neighborhood: 'settlement', port: 'settlement',
  river: 'river', lake: 'lake', sea: 'sea', strait: 'strait', island: 'island', islands: 'island', valley: 'valley',
  mountains: 'mountain', mountain: 'mountain', desert: 'desert', peninsula: 'region', gulf: 'sea', bay: 'sea',
  hamlet: 'settlement', zone: 'division', regency: 'division', commune: 'division', glacier: 'mountain', gorge: 'valley', canyon: 'valley', ravine: 'river', creek: 'river', hill: 'mountain',
  hills: 'mountain', volcano: 'mountain', range: 'mountain', massif: 'mountain', plateau: 'region', delta: 'region', reservoir: 'lake', forest: 'park', park: 'park',
};

/**
 * Capitalised last words that make a name a place of that kind even when the gazetteer does not
 * hold it ("Birch Glacier", "Kotri Barrage", "Rustaveli Avenue", "Kerr County"): a feature (LOC),
 * a division (GPE) or a landmark (FAC).
 */
const TAIL_KIND: Record<string, { hint: KindHint; type: 'GPE' | 'LOC' | 'FAC' }> = {
  river: { hint: 'river', type: 'LOC' }, glacier: { hint: 'mountain', type: 'LOC' }, valley: { hint: 'valley', type: 'LOC' },
  gorge: { hint: 'valley', type: 'LOC' }, canyon: { hint: 'valley', type: 'LOC' }, mountains: { hint: 'mountain', type: 'LOC' },
  hills: { hint: 'mountain', type: 'LOC' }, hill: { hint: 'mountain', type: 'LOC' }, volcano: { hint: 'mountain', type: 'LOC' },
  falls: { hint: 'river', type: 'LOC' }, creek: { hint: 'river', type: 'LOC' }, reservoir: { hint: 'lake', type: 'LOC' },
  delta: { hint: 'region', type: 'LOC' }, plateau: { hint: 'region', type: 'LOC' }, island: { hint: 'island', type: 'LOC' },
  islands: { hint: 'island', type: 'LOC' }, peninsula: { hint: 'region', type: 'LOC' }, desert: { hint: 'desert', type: 'LOC' },
  forest: { hint: 'park', type: 'LOC' }, 'national park': { hint: 'park', type: 'LOC' },
  district: { hint: 'division', type: 'GPE' }, county: { hint: 'division', type: 'GPE' }, province: { hint: 'adm1', type: 'GPE' },
  governorate: { hint: 'adm1', type: 'GPE' }, prefecture: { hint: 'adm1', type: 'GPE' }, oblast: { hint: 'adm1', type: 'GPE' },
  township: { hint: 'settlement', type: 'GPE' }, municipality: { hint: 'division', type: 'GPE' },
  dam: { hint: null, type: 'FAC' }, barrage: { hint: null, type: 'FAC' }, bridge: { hint: null, type: 'FAC' },
  avenue: { hint: null, type: 'FAC' }, boulevard: { hint: null, type: 'FAC' }, square: { hint: null, type: 'FAC' },
};
const NATURAL_TAIL = /^(river|glacier|valley|gorge|canyon|mountains|volcano|delta|plateau|desert|reservoir|peninsula|park)$/;
/** First words that make a name a feature: "Lake Kivu", "Mount Semeru", "Rio Negro". */
const HEAD_KIND: Record<string, KindHint> = { lake: 'lake', mount: 'mountain', mt: 'mountain', 'mt.': 'mountain', rio: 'river', 'río': 'river', cape: 'region', gulf: 'sea',
  // Arabic heads: a cape or headland ("Ras Isa", "Ras Lanuf"), a valley ("Wadi Fira"), a mountain ("Jebel Marra").
  ras: 'region', wadi: 'valley', jebel: 'mountain', jabal: 'mountain',
  // Arabic heads of settlements: "Beit Lahia", "Deir al-Balah", "Kafr Aqab", "Khirbet X", "Bir Zeit".
  beit: 'settlement', bayt: 'settlement', deir: 'settlement', dayr: 'settlement', kafr: 'settlement', khirbet: 'settlement', bir: 'settlement' };
/** Head words no person's or organisation's name starts with. */
const PLACE_ONLY_HEAD = /^(mount|mt\.?|beit|bayt|deir|dayr|kafr|khirbet|wadi|jebel|jabal)$/;
/** Lower-case generic nouns after a name that the gazetteer does not hold and that still make it a place ("the Lamone river", "Bao Yen district"). */
const UNKNOWN_AFTER = new Set(['district', 'districts', 'province', 'county', 'zone', 'regency', 'department', 'commune', 'governorate', 'prefecture', 'oblast', 'municipality', 'township', 'village',
  'hamlet', 'town', 'river', 'lake', 'valley', 'island', 'islands', 'mountains', 'peninsula', 'plateau', 'delta', 'desert', 'glacier', 'gorge', 'canyon', 'ravine', 'creek', 'volcano', 'range', 'massif', 'area', 'neighbourhood', 'neighborhood', 'suburb', 'refugee camp', 'camp', 'region']);

/**
 * Whether a name the gazetteer does not hold is a place all the same, by its own words or the
 * words around it: a lower-case generic noun after it ("the Lamone river", "Bao Yen district"),
 * "the town of" / "the districts of" before it, a capitalised feature or division word at its end
 * ("Birch Glacier", "Kerr County", "Kotri Barrage") or a feature word at its head ("Lake X",
 * "Mount X", "Rio X"). A name the recogniser gave another type (`named`: "Fiona Hill", "Derby
 * County") needs more than its own last word: a locative word before it, or "the" before a
 * natural feature's word. Returns the entity type and the kind hint, or null.
 */
export function unknownPlace(text: string, start: number, end: number, named = false): { type: 'GPE' | 'LOC' | 'FAC'; hint: KindHint } | null {
  const name = text.slice(start, end);
  const words = name.split(/\s+/);
  if (words.some((w) => MONTHS_DAYS.test(w)) && words.length === 1) return null;
  if (countryOfDemonym(name) || knownActor(name)) return null;
  const after = /^\s+((?:refugee\s+)?[\p{Ll}]+)/u.exec(text.slice(end, end + 30));
  const lw = after?.[1]?.toLowerCase();
  if (lw && UNKNOWN_AFTER.has(lw)) {
    const h = GENERIC[lw] ?? (lw === 'refugee camp' || lw === 'camp' ? 'settlement' : 'region');
    return { type: ['river', 'lake', 'valley', 'island', 'mountain', 'region', 'desert', 'sea'].includes(h ?? '') ? 'LOC' : 'GPE', hint: h };
  }
  const appos = /^,\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,3}?(town|city|village|hamlet|district|province|region|port|island|county|settlement|suburb|neighbou?rhood)\b/u.exec(text.slice(end, end + 60));
  if (appos && words.length <= 3) {
    const h = GENERIC[appos[1]!] ?? 'settlement';
    return { type: h === 'island' ? 'LOC' : 'GPE', hint: h };
  }
  const before = /\b(?:the\s+)?([\p{Ll}]+)\s+of\s+(?:the\s+)?((?:[\p{Lu}][\p{L}\p{M}'’.-]*(?:\s+[\p{Lu}][\p{L}\p{M}'’.-]*)*\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+))*)$/u.exec(text.slice(Math.max(0, start - 60), start));
  if (before && /^(town|towns|village|villages|hamlet|district|districts|province|provinces|county|counties|city|cities|region|regions|island|islands|municipality|governorate|neighbourhood|neighborhood|suburb|settlement|settlements)$/.test(before[1]!)) {
    const h = GENERIC[before[1]!] ?? (/^(settlement|settlements|cities)$/.test(before[1]!) ? 'settlement' : /^(provinces|regions)$/.test(before[1]!) ? 'adm1' : 'division');
    return { type: h === 'island' ? 'LOC' : 'GPE', hint: h };
  }
  if (words.length >= 2) {
    const lc = words.map((w) => w.toLowerCase());
    const tail = TAIL_KIND[lc.slice(-2).join(' ')] ?? TAIL_KIND[lc.at(-1)!];
    const head = HEAD_KIND[lc[0]!];
    if (!tail && !head) return null;
    // A name the recogniser called a person or an organisation ("Fiona Hill", "Derby County"):
    // only after a locative word, or after "the" for a natural feature no surname or club ends with.
    // ("Mount" or "Mt." at its head is a mountain whatever the recogniser said: "Indonesia's
    // Mount Lewotobi Laki-laki", "the slopes of Mount Parnitha".)
    if (named && !locativeBefore(text, start) && !PLACE_ONLY_HEAD.test(lc[0]!)
      && !(/\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start)) && (NATURAL_TAIL.test(lc.at(-1)!) || tail?.type === 'FAC' || (head && head !== 'region')))) return null;
    if (tail) return tail;
    return { type: head === 'settlement' ? 'GPE' : 'LOC', hint: head! };
  }
  return null;
}

/** Locative words: a capitalised name right after one (a few modifiers between) is where something is. */
const LOCATIVE = new Set(['in', 'at', 'near', 'from', 'to', 'into', 'across', 'outside', 'around', 'toward', 'towards', 'through',
  'along', 'off', 'on', 'inside', 'via', 'throughout', 'within', 'beyond', 'between', 'over', 'onto', 'past', 'reach', 'reached', 'entered', 'left', 'visited', 'of', 'down',
  // Verbs whose object is mostly a place when the gazetteer knows the name.
  'crossed', 'battered', 'lashed', 'pounded', 'flooded', 'shelled', 'bombed', 'captured', 'recaptured', 'seized', 'liberated', 'toured',
  'swept', 'devastated', 'inundated', 'rocked', 'hit', 'struck', 'evacuated', 'besieged', 'encircled', 'overran', 'occupied', 'annexed', 'invaded']);

/** Words of organisations, events and works: a capitalised run holding one is not a place. */
const ORG_WORD = /^(bank|university|college|school|institute|club|fc|united|city fc|council|party|ministry|department|agency|company|corporation|corp|inc|ltd|group|association|federation|league|cup|championship|open|games|olympics|festival|airlines?|airways|times|post|news|journal|herald|tribune|press|television|tv|radio|hospital|court|church|mosque|university's|museum|foundation|fund|commission|committee|army|navy|police|forces|force|guard|front|movement|brigade|brigades|storm|hurricane|typhoon|cyclone|stadium|gazette|review|world|daily|express|telegraph|bbc|cnn|street|avenue|road|square|airport|station|prize|award|summit|conference|accord|accords|agreement|treaty|declaration|act|plan)$/i;

const MONTHS_DAYS = /^(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|mr|mrs|ms|dr|president|minister|prime|general|king|queen|prince|pope|saint|st|god|allah|covid|i|the|a|an|he|she|it|they|we|this|that|these|those|but|and|or|if|when|while|after|before|as|on|in|at|for|with|by)$/i;

/** The hint the words around a span give: a generic noun right after it, or "the town of" before it. */
export function hintAt(text: string, start: number, end: number, own = true): KindHint {
  const after = /^\s+([\p{L}]+)(\s+of\s)?/u.exec(text.slice(end, end + 24));
  // (Not "the West Darfur town of Ardamata": the noun before "of" says what the name after it is.)
  if (after && !after[2]) {
    const h = GENERIC[after[1]!.toLowerCase()];
    if (h && /^[\p{Ll}]/u.test(after[1]!)) return h;
  }
  // An apposition that says what it is: "Kalokol, a fishing town on the lake".
  const appos = /^,\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,3}?(town|city|village|hamlet|district|province|region|port|island|county|settlement|suburb|neighbou?rhood)\b/u.exec(text.slice(end, end + 60));
  if (appos) return GENERIC[appos[1]!] ?? 'settlement';
  const before = /\b([\p{L}]+)\s+of\s+(?:the\s+)?(?:[\p{Lu}][\p{L}\p{M}'’.-]*(?:\s+[\p{Lu}][\p{L}\p{M}'’.-]*)*\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+))*$/u.exec(text.slice(Math.max(0, start - 60), start));
  if (before) {
    const w = before[1]!.toLowerCase();
    const g = GENERIC[w] ?? ({ provinces: 'adm1', states: 'adm1', cities: 'settlement', hamlets: 'settlement' } as Record<string, KindHint>)[w];
    if (g && /^[\p{Ll}]/u.test(before[1]!)) return g;
  }
  if (!own) return null;
  const inside = /\s([\p{L}]+)$/u.exec(text.slice(start, end));
  if (inside) {
    const h = GENERIC[inside[1]!.toLowerCase()];
    if (h) return h;
  }
  const first = /^([\p{L}]+)\s/u.exec(text.slice(start, end));
  if (first && ['lake', 'mount', 'mt', 'gulf', 'bay', 'sea', 'strait', 'river', 'rio', 'río'].includes(first[1]!.toLowerCase())) {
    const w = first[1]!.toLowerCase();
    return w === 'mount' || w === 'mt' ? 'mountain' : w === 'bay' || w === 'gulf' ? 'sea' : w === 'rio' || w === 'río' ? 'river' : (w as KindHint);
  }
  return null;
}

const LOCATIVE_RE = new RegExp(
  '(?:^|[^\\p{L}])(?:(' + [...LOCATIVE].filter((w) => w !== 'of').map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|') + ')|([\\p{Lu}]?[\\p{Ll}]+)\\s+of)\\s+' +
  '(?:(?:the|northern|southern|eastern|western|central|north|south|east|west|north-?eastern|north-?western|south-?eastern|south-?western|northeastern|northwestern|southeastern|southwestern|remote|rural|coastal|neighbou?ring|nearby|restive|upper|lower|mountainous|war-torn|flood-hit|quake-hit|occupied|disputed|breakaway|border|downtown|provincial|both|parts of|areas of)\\s+)*' +
  '(?:[\\p{Lu}][\\p{L}\\p{M}\'’.-]*(?:\\s+[\\p{Lu}][\\p{L}\\p{M}\'’.-]*)*\\s*(?:,\\s*(?:and\\s+|or\\s+)?|\\s+and\\s+|\\s+or\\s+))*$', 'u');
const OF_HEADS = /^(mountains|hills|highlands|foothills|plains|islands|districts|provinces|regions|counties|towns|villages|cities|states|hamlet|residents|people|citizens|inhabitants|mayor|governor|governors|streets|north|south|east|west|outskirts|northeast|northwest|southeast|southwest|centre|center|heart|coast|banks|shores|capital|parts|part|areas|area|edge|suburbs|province|district|city|town|village|region|state|county|governorate|island|islands|port|municipality|department|prefecture|oblast|republic|kingdom|emirate|valley|territory|mouth|waters|west|streets)$/i;

/**
 * Whether the words before `start`, in its sentence, put a place there: a locative word ("in",
 * "near", "across"), a generic noun and "of" ("the town of", "north of"), a few modifiers
 * between ("in northwestern"), or a list of names after one ("in Kalokol, Loiyangalani and").
 */
export function locativeBefore(text: string, start: number): boolean {
  let from = Math.max(0, start - 80);
  const cut = Math.max(text.lastIndexOf('. ', start - 1), text.lastIndexOf('\n', start - 1), text.lastIndexOf('? ', start - 1), text.lastIndexOf('! ', start - 1));
  if (cut >= from) from = cut + 1;
  const m = LOCATIVE_RE.exec(text.slice(from, start));
  if (!m) return false;
  if (m[1]) return true;
  return OF_HEADS.test(m[2] ?? '');
}

/** A capitalised run that opens a sentence has no cue in its capital. */
function sentenceInitial(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 4), start);
  return start === 0 || /(^|[.!?\n]["'“”’]?)\s*["'“‘(]?$/.test(before);
}

/** What follows a dateline's place: a comma and its country or state, an agency in parentheses, or a dash. */
const DATELINE_AFTER = /^(,|\s*\(|\s+[—–-])/;

/** Ordinary words that open a sentence before a place noun ("Nearby village", "Each district"). */
const COMMON_CAPITAL = /^(another|each|every|nearby|neighbou?ring|local|rural|remote|coastal|northern|southern|eastern|western|central|north|south|east|west|one|two|three|this|that|its|his|her|their|our|whole|entire|same|other|mountain|border|frontier|small|tiny|large|big|old|new|which|what|whose|no|some|many|several|both|either|neither|any|all|most|upper|lower|main|major|flooded|affected|entire|such|home|hill|island|capital|state|federal|provincial|district|county|city|town|village|river|lake)$/i;

/** Whether any word from the i-th on is inside a recognised name. */
function initialBlocked(words: readonly RunWord[], i: number, blocked: readonly SpanRef[]): boolean {
  for (let k = i; k < words.length; k++) if (inBlocked(blocked, words[k]!.s)) return true;
  return false;
}

/** Whether offset x lies in one of the blocked spans. (A module function, not a closure made per run: issue 21.) */
function inBlocked(blocked: readonly SpanRef[], x: number): boolean {
  for (const b of blocked) if (b.start <= x && x < b.end) return true;
  return false;
}

/** A word of a capitalised run: its start and end offsets in the field, and its text. */
interface RunWord { s: number; e: number; t: string }

export interface FoundPlace extends SpanRef { place: Place | null; hint: KindHint; type?: 'GPE' | 'LOC' | 'FAC' }

const RUN = /[\p{Lu}][\p{L}\p{M}'’.-]*(?:(?:\s+|-)(?:(?:de|da|do|del|della|di|du|des|la|le|el|al|of|the|on|upon|am|an|sur|dos|das|y|i|ul|ad|as|ar|bin)(?:\s+|-))?[\p{Lu}][\p{L}\p{M}'’.-]*)*/gu;

/**
 * Places the recogniser missed: capitalised runs (and their sub-runs, longest first) that the
 * gazetteer knows, not inside any recognised name, with a cue that a place is meant — a
 * locative word before, a generic noun after, or a dateline — and that resolve in the article's
 * context (a small town abroad without such context is not taken).
 */
export function findPlaceSpans(doc: DocText, taken: readonly SpanRef[], focus: ReadonlySet<string>, near: readonly Place[] = []): FoundPlace[] {
  // (Split into small functions — the run's words, a known place at words i..j, an unknown place
  // from word i — so that a rare branch reached late recompiles a small function, not the whole
  // loop: issue 21.)
  const out: FoundPlace[] = [];
  for (const field of fieldNames(doc)) {
    const text = fieldText(doc, field);
    if (!text) continue;
    const blocked = taken.filter((s) => s.field === field);
    for (const m of text.matchAll(RUN)) placesInRun(text, field as FieldName, m[0], m.index!, blocked, focus, near, out);
  }
  return out;
}

/** findPlaceSpans' work on one capitalised run (`run` at `runStart`): the places found are pushed to `out`. */
function placesInRun(text: string, field: FieldName, run: string, runStart: number, blocked: readonly SpanRef[], focus: ReadonlySet<string>, near: readonly Place[], out: FoundPlace[]): void {
  // Pushed, not mapped: an array from .map changes its hidden class once this function is
  // optimised (TurboFan's inlined map makes holey arrays), which deoptimised it (issue 21).
  const words: RunWord[] = [];
  for (const w of run.matchAll(/[^\s-]+/g)) words.push({ s: runStart + w.index!, e: runStart + w.index! + w[0].length, t: w[0] });
  if (hasOrgWord(words)) return;
  // Datelines: "MEKELLE, Ethiopia (Reuters) —" at the head of the field or a paragraph.
  const dateline = /^[\p{Lu}\s.'’-]+$/u.test(run) && run.length >= 3 && /(^|\n)\s*$/.test(text.slice(Math.max(0, runStart - 3), runStart)) && DATELINE_AFTER.test(text.slice(runStart + run.length));
  if (!dateline && run === run.toUpperCase() && run.length > 3) return; // shouting headline words
  if (allBlocked(words, blocked)) return;
  let i = 0;
  while (i < words.length) {
    let found: FoundPlace | null = null;
    if (inBlocked(blocked, words[i]!.s)) { i++; continue; }
    // The words before the start say whether a place may begin here (computed once per start).
    const loc = dateline || locativeBefore(text, words[i]!.s);
    const initial = sentenceInitial(text, words[i]!.s);
    for (let j = words.length; j > i; j--) {
      found = knownPlaceAt(text, field, words, i, j, blocked, loc, initial, dateline, focus, near);
      if (found) { i = j; break; }
    }
    // A name the gazetteer does not hold, that its own words or the words around it make a
    // place ("the Lamone river", "Bao Yen district", "Birch Glacier"): the whole run from here.
    if (!found && !initialBlocked(words, i, blocked) && !MONTHS_DAYS.test(words[i]!.t)) {
      found = unknownPlaceFrom(text, field, words, i, initial, dateline, loc);
      if (found) i = words.length;
    }
    if (found) out.push(found); else i++;
  }
}

/** A word of the run names an organisation ("Bank", "University"), other than a place's generic tail noun. */
function hasOrgWord(words: readonly RunWord[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (ORG_WORD.test(w.t.replace(/['’]s$/, '')) && !GENERIC[w.t.toLowerCase()] && !(k === words.length - 1 && TAIL_KIND[w.t.toLowerCase()])) return true;
  }
  return false;
}

function allBlocked(words: readonly RunWord[], blocked: readonly SpanRef[]): boolean {
  for (const w of words) if (!inBlocked(blocked, w.s)) return false;
  return true;
}

/** The gazetteer's place named by words i..j-1 of a run, when a cue says a place is meant; else null. */
function knownPlaceAt(text: string, field: FieldName, words: readonly RunWord[], i: number, j: number, blocked: readonly SpanRef[], loc: boolean, initial: boolean, dateline: boolean, focus: ReadonlySet<string>, near: readonly Place[]): FoundPlace | null {
  const a = words[i]!.s, b = words[j - 1]!.e;
  let e = b;
  while (/[.'’]/.test(text[e - 1] ?? '') && e > a) e--;
  // An abbreviation keeps its dots ("Ore.", "N.Y."): the gazetteer knows it so.
  const abbr = b - a <= 6 && /\.$/.test(text.slice(a, b)) && /^[\p{Lu}][\p{L}.]*$/u.test(text.slice(a, b));
  const name = abbr ? text.slice(a, b) : text.slice(a, e).replace(/['’]s$/, '');
  const end = a + name.length;
  if ((name.length < 3 && !abbr) || MONTHS_DAYS.test(name.replace(/\.$/, ''))) return null;
  if (blocked.some((s) => s.start < end && a < s.end)) return null;
  const hint = hintAt(text, a, end);
  // A division or country right after a place and a comma ("Hinton, Alberta", "PORTLAND, Ore.").
  const afterPlace = /[\p{L}.],\s*$/u.test(text.slice(Math.max(0, a - 3), a)) && blocked.some((s) => s.end <= a && s.end >= a - 3);
  const great = initial && !dateline && hint === null && greatCityAtHead(text, a, end, name);
  if (!loc && hint === null && !afterPlace && !great) return null;
  if (initial && !dateline && hint === null && !great) return null;
  if (countryOfDemonym(name) && !lookupPlace(name, focus)?.country) return null;
  if (knownActor(name)) return null;
  const place = dateline
    ? rankPlaces(name, { focus, hint: 'settlement' })[0] ?? null
    : lookupPlace(name, focus, { hint, near });
  // (lookupPlace keeps a lower-tier place only in the article's countries or near its places.)
  if (!place) return null;
  if (!loc && hint === null && !great && !['adm1', 'country', 'territory', 'region'].includes(place.kind)) return null;
  return { field, start: a, end, text: name, place, hint: dateline ? 'settlement' : hint };
}

/** A place the gazetteer does not hold, named by the run from word i to its end, that its words or context make a place; else null. */
function unknownPlaceFrom(text: string, field: FieldName, words: readonly RunWord[], i: number, initial: boolean, dateline: boolean, loc: boolean): FoundPlace | null {
  const a = words[i]!.s;
  let e = words.at(-1)!.e;
  while (/[.'’]/.test(text[e - 1] ?? '') && e > a) e--;
  const name = text.slice(a, e).replace(/['’]s$/, '');
  let tailOrg = false;
  for (let k = i; k < words.length && !tailOrg; k++) {
    const w = words[k]!;
    tailOrg = ORG_WORD.test(w.t.replace(/['’]s$/, '')) && !GENERIC[w.t.toLowerCase()] && !TAIL_KIND[w.t.toLowerCase()];
  }
  // (At a sentence's head only with a feature's or a division's noun after it, and not an
  // ordinary word's capital: "Ruang volcano in North Sulawesi erupted", not "Nearby village".)
  const headNoun = initial && i === 0 && !dateline && /^\s+(volcano|river|glacier|district|province|county|lake)\b/.test(text.slice(a + name.length, a + name.length + 12))
    && words.length - i === 1 && !COMMON_CAPITAL.test(name);
  const u = name.length >= 3 && !tailOrg && !MONTHS_DAYS.test(name) && (!initial || dateline || i > 0 || headNoun) ? unknownPlace(text, a, a + name.length) : null;
  if (u && (u.type !== 'FAC' || loc)) return { field, start: a, end: a + name.length, text: name, place: null, hint: u.hint, type: u.type };
  return null;
}

/**
 * A sentence opening with a great city's name and a verb ("Odesa was also hit"): the city, when
 * the name is no word the text also writes in lower case and the gazetteer's best place for it is
 * a city of half a million or a capital of 100,000.
 */
function greatCityAtHead(text: string, start: number, end: number, name: string): boolean {
  if (name.length < 4 || !/^\s+[\p{Ll}]/u.test(text.slice(end, end + 3)) || new RegExp(`\\b${name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(text)) return false;
  const p = rankPlaces(name)[0];
  return !!p && (p.kind === 'city' || p.kind === 'town') && (p.population >= 500000 || (p.feature === 'PPLC' && p.population >= 100000));
}

const PHYSICAL = new Set(['region', 'territory', 'sea', 'strait', 'river', 'lake', 'mountain', 'desert', 'island', 'valley', 'park', 'continent', 'adm1', 'country']);
const SPEAKS = /^\s*(,\s*)?(said|says|told|added|wrote|argued|warned|explained|insisted|asked|replied|who|whose)\b/;
/** A place's possessive before what only a place has ("Kharkiv's mayor", "Derna's outskirts"). */
const PLACE_POSSESSIVE = /^['’]s\s+(?:[\p{Ll}-]+\s+){0,2}?(mayor|governor|outskirts|residents|inhabitants|streets|city centre|city center|centre|center|suburbs|districts?|neighbou?rhoods?|old city|old town|port|airport|train station|main square|seafront|waterfront|outskirt|skyline|city hall|municipality|city council|regional administration)\b/u;
const LEADING_LOCATIVE = /^(Inside|In|Near|From|Across|Outside|Around|Along|Through|Across|Towards?|Into|At)\s+/;

/** The place before a list's comma or "and" ("Jabalia and …", "Gusau and …"), if any. */
function placeBeforeList(text: string, start: number, focus: ReadonlySet<string>): Place | null {
  const m = /([\p{Lu}][\p{L}\p{M}'’-]*(?:\s+[\p{Lu}][\p{L}\p{M}'’-]*){0,2})(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)$/u.exec(text.slice(Math.max(0, start - 40), start));
  const q = m ? lookupPlace(m[1]!, focus) : null;
  return q && q.kind !== 'country' && q.kind !== 'continent' ? q : null;
}

/**
 * Whether a name that is also a person's of the article is written where a town is: right after
 * "in", "near", "at", "from" and the like, or after "and" in a list of places ("from San Antonio
 * and Austin"), and not speaking ("In Buenos Aires, Mendoza said" is the person).
 */
export function townWordsBefore(text: string, start: number, end: number, focus: ReadonlySet<string>): boolean {
  if (SPEAKS.test(text.slice(end, end + 20))) return false;
  const before = text.slice(Math.max(0, start - 12), start);
  if (/\b(?:in|near|at|from|into|toward|towards|outside|across|around)\s+$/.test(before)) return true;
  return /\b(?:and|or)\s+$/.test(before) && !!placeBeforeList(text, start, focus);
}

/** Whether the name is listed after a place of that country. */
function listedAfterPlace(text: string, start: number, focus: ReadonlySet<string>, country: string | null): boolean {
  return !!country && placeBeforeList(text, start, focus)?.country === country;
}

/** A town of that name in the country of the place listed before it ("Gusau and Tsafe"). */
function townListedAfterPlace(text: string, start: number, name: string, focus: ReadonlySet<string>): Place | null {
  const q = placeBeforeList(text, start, focus);
  if (!q?.country) return null;
  return rankPlaces(name, { focus: new Set([q.country]), near: [q] }).find((p) => p.country === q.country && (p.kind === 'city' || p.kind === 'town')) ?? null;
}

/**
 * A name the recogniser called a person that the text puts where only places are: right after
 * "in", "near", "at" (no article) and itself in a place ("near Bulo Burte in Hiiraan region",
 * "at Kalaupur, Sindhupalchok").
 */
function placedInPlace(text: string, start: number, end: number, focus: ReadonlySet<string>): boolean {
  if (!/\b(?:in|near|at|outside|inside|around|into|toward|towards|across)\s+$/.test(text.slice(Math.max(0, start - 12), start))) return false;
  const m = /^(?:\s+in\s+(?:the\s+)?|,\s+)([\p{Lu}][\p{L}\p{M}'’-]*(?:\s+[\p{Lu}][\p{L}\p{M}'’-]*){0,2})/u.exec(text.slice(end, end + 50));
  if (!m || SPEAKS.test(text.slice(end, end + 20))) return false;
  const q = lookupPlace(m[1]!.replace(/['’]s$/, ''), focus);
  return !!q && q.kind !== 'city' && q.kind !== 'town';
}

/**
 * A name the gazetteer knows whole, looked up with only the words around it as the hint when its
 * own first word misled ("Rio Grande do Sul" is a state, not a river).
 */
function lookupByContext(name: string, focus: ReadonlySet<string>, text: string, start: number, end: number): Place | null {
  const outside = hintAt(text, start, end, false);
  return outside === hintAt(text, start, end) ? null : lookupPlace(name, focus, { hint: outside });
}

/**
 * A recognised name that is really a place, or a place name the recogniser cut short: the span
 * to use (a leading "Inside" dropped, a run completed: "Bab" + "el-Mandeb", "Ural" + "River") and
 * its type, or null to keep the mention as the recogniser gave it. Demonyms stay peoples; a
 * person is a place only where the words before it say so ("across Luzon") and it is not
 * speaking; an organisation only when the gazetteer knows the name as a division or a feature
 * or the words before it say so, and no word of its name is an organisation's.
 */
export function placeReading(doc: DocText, m: SpanRef, type: string, focus: ReadonlySet<string>): { span: SpanRef; type: 'GPE' | 'LOC' | 'FAC' } | null {
  const text = fieldText(doc, m.field);
  let start = m.start, end = m.end;
  // A person is a place only after words that say so: nothing to look up otherwise.
  if (type === 'PERSON' && m.text.trim().split(/\s+/).length < 2 && !LEADING_LOCATIVE.test(m.text) && hintAt(text, m.start, m.end) === null && !locativeBefore(text, m.start)
    && !PLACE_POSSESSIVE.test(text.slice(m.end, m.end + 50))
    && !(/(^|\n)\s*$/.test(text.slice(Math.max(0, m.start - 3), m.start)) && DATELINE_AFTER.test(text.slice(m.end)))
    && !placeBeforeList(text, m.start, focus) && !/[\p{Lu}][\p{L}]*['’]s\s+$/u.test(text.slice(Math.max(0, m.start - 20), m.start))) return null;
  if (type === 'ORG' && m.text.split(/\s+/).some((w) => ORG_WORD.test(w) && !GENERIC[w.toLowerCase()])) return null;
  if (type === 'NORP' && countryOfDemonym(m.text)) return null;
  const lead = LEADING_LOCATIVE.exec(m.text);
  if (lead && m.text.length > lead[0].length + 2) start += lead[0].length;
  // Two places taken as one name ("Nuba Mountains of South Kordofan"): the feature is the first;
  // the one after "of" is found on its own.
  const ofTail = /^(.+?\s(?:Mountains|Hills|Highlands|Valley|Desert|Islands|Plains|Coast|Delta))\s+of\s+(?:the\s+)?[\p{Lu}]/u.exec(text.slice(start, end));
  if (ofTail) end = start + ofTail[1]!.length;
  // A dateline taken whole ("LEGAZPI, Philippines"): the place in capitals is the name; the
  // country after the comma is found on its own.
  const dl = /^([\p{Lu}][\p{Lu}\s.'’-]+),\s/u.exec(m.text);
  if (dl && /(^|\n)\s*$/.test(text.slice(Math.max(0, m.start - 3), m.start))) end = m.start + dl[1]!.length;
  // The capitalised run around the mention, when it is a place name as a whole.
  const runs = [...text.slice(Math.max(0, start - 40), Math.min(text.length, end + 40)).matchAll(RUN)];
  const off = Math.max(0, start - 40);
  const run = runs.find((r) => off + r.index! <= start && end <= off + r.index! + r[0].length);
  if (run && (off + run.index! < start || off + run.index! + run[0].length > end)) {
    const a = off + run.index!, b = off + run.index! + run[0].length;
    const whole = text.slice(a, b);
    if (!ORG_WORD.test(whole.split(/\s+/).at(-1)!) || GENERIC[whole.split(/\s+/).at(-1)!.toLowerCase()]) {
      const p = lookupPlace(whole, focus, { hint: hintAt(text, a, b) }) ?? lookupByContext(whole, focus, text, a, b);
      // (Also a town's whole name of several words that the recogniser cut: "Cox's Bazar".)
      const townWhole = !!p && (p.kind === 'city' || p.kind === 'town') && /\s/.test(whole) && !/^the\s/i.test(whole) && placeKey(p.name) === placeKey(whole) && (isProminent(p) || focus.has(p.country ?? ''));
      if (p && (PHYSICAL.has(p.kind) || townWhole)) { start = a; end = b; }
    }
  }
  const name = text.slice(start, end).replace(/['’]s$/, '');
  end = start + name.length;
  if (name.length < 2) return null;
  // A place the recogniser got right, whole: nothing to change.
  if ((type === 'GPE' || type === 'LOC') && start === m.start && end === m.end) return null;
  const words = name.split(/\s+/);
  if (words.some((w) => ORG_WORD.test(w) && !GENERIC[w.toLowerCase()])) return null;
  if (countryOfDemonym(name) && type === 'NORP') return null;
  const hint = hintAt(text, start, end);
  // A dateline: the paragraph opens with the place in capitals and a comma ("SION, Switzerland").
  const dateline = /(^|\n)\s*$/.test(text.slice(Math.max(0, start - 3), start)) && /^[\p{Lu}\s.'’-]+$/u.test(name) && DATELINE_AFTER.test(text.slice(end));
  const cue = dateline || hint !== null || locativeBefore(text, start) || PLACE_POSSESSIVE.test(text.slice(end, end + 50));
  const p = dateline ? rankPlaces(name, { focus, hint: 'settlement' })[0] ?? null
    : lookupPlace(name, focus, { hint }) ?? lookupByContext(name, focus, text, start, end) ?? (type !== 'GPE' && type !== 'LOC' ? townListedAfterPlace(text, start, name, focus) : null);
  if (!p) {
    // A name the gazetteer does not hold that its words make a place ("the Lamone river", "Birch
    // Glacier"): a place all the same, placed later beside the places around it.
    if (type === 'GPE' || type === 'LOC') return null;
    const u = unknownPlace(text, start, end, true) ?? (type === 'PERSON' && placedInPlace(text, start, end, focus) ? { type: 'GPE' as const, hint: null } : null);
    // (A facility by its last word — "the Kotri Barrage", "the Ava Bridge" — that the recogniser
    // called an organisation or a product is a facility after "the" or a locative word.)
    const facility = u?.type === 'FAC' && type !== 'PERSON' && (locativeBefore(text, start) || /\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start)));
    if (!u || (u.type === 'FAC' && !facility) || (type === 'PERSON' && SPEAKS.test(text.slice(end, end + 20)))) return null;
    if (facility) return { span: { field: m.field, start, end, text: text.slice(start, end) }, type: 'FAC' };
    return { span: { field: m.field, start, end, text: text.slice(start, end) }, type: u.type };
  }
  const placeType = p.kind === 'country' || p.kind === 'adm1' || p.kind === 'adm2' || p.kind === 'city' || p.kind === 'town' || p.kind === 'territory' ? 'GPE' : 'LOC';
  const changed = start !== m.start || end !== m.end;
  const span = { field: m.field, start, end, text: text.slice(start, end) };
  if (type === 'GPE' || type === 'LOC') return changed ? { span, type: placeType } : null;
  const speaks = SPEAKS.test(text.slice(end, end + 20));
  if (type === 'PERSON') {
    // A name of two words or more that is a first-level division's own name ("Nova Scotia",
    // "North Darfur", "Cabo Delgado") is that division when it is not speaking.
    const division = p.kind === 'adm1' && words.length >= 2 && !speaks && placeKey(p.name).replace(/^(north|south|east|west)ern /, '$1 ') === placeKey(name).replace(/^(north|south|east|west)ern /, '$1 ');
    if (division) return { span, type: placeType };
    const possessive = PLACE_POSSESSIVE.test(text.slice(end, end + 50)) && p.population >= 50000;
    // Also a name whose head only places have ("Beit Lahia") or listed with a place of the same
    // country ("fled Jabalia and Beit Lahia").
    const listed = PLACE_ONLY_HEAD.test(words[0]!.toLowerCase()) || listedAfterPlace(text, start, focus, p.country);
    if (listed && !speaks) return { span, type: placeType };
    if (!cue || (p.kind === 'town' && !focus.has(p.country ?? '') && !hint && !dateline && !possessive)) return null;
    return { span, type: placeType };
  }
  if (type === 'ORG') {
    // (An organisation's own last word is no cue: "Derby County", "Stoke City" are clubs.)
    const outside = dateline || hintAt(text, start, end, false) !== null || locativeBefore(text, start) || PLACE_POSSESSIVE.test(text.slice(end, end + 50));
    if (outside) return p.kind === 'town' && !focus.has(p.country ?? '') && !hint && !dateline ? null : { span, type: placeType };
    // With no cue, a division or a feature the gazetteer knows, or a town of the article's
    // countries ("Rwandan forces still guard Mocímboa da Praia"), that is not speaking.
    if (speaks) return null;
    // (Or listed after a place of its country: "Kramatorsk, Sloviansk and Druzhkivka".)
    if ((p.kind === 'city' || p.kind === 'town') && listedAfterPlace(text, start, focus, p.country)) return { span, type: placeType };
    // (A town of the article's countries whose name of several words is written whole is that
    // town however small: "Mocímboa da Praia", whose population the table does not know.)
    if (PHYSICAL.has(p.kind) || (focus.has(p.country ?? '') && (p.kind === 'city' || p.kind === 'town' || p.kind === 'adm2')
      && (p.population >= 5000 || p.feature.startsWith('PPLA') || (words.length >= 2 && placeKey(p.name) === placeKey(name))))) return { span, type: placeType };
    return null;
  }
  // Peoples and products the recogniser could not tell from places ("the swollen Indus", "Gulf of Oman").
  if (!(cue || PHYSICAL.has(p.kind) || p.population >= 100000)) return null;
  return { span, type: placeType };
}
