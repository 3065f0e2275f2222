// The names a speaker can be: the resolved mentions of the NER and resolution stages when they
// ran, else capitalised word sequences (so that attribution still works on a bare Doc, with the
// name as written and no entity).
import { fieldNames, fieldText, type Doc } from '../doc/index.js';
import type { EntityType, FieldName } from '../types.js';

export interface Name {
  field: FieldName;
  start: number;
  end: number;
  text: string;
  type: EntityType | null;
  entity: string | null;
  /** What to call the speaker: the entity's canonical name, else the name as written. */
  canonical: string;
  /** Followed by "’s": a modifier ("Yoon’s adviser"), not the head of its phrase. */
  possessive: boolean;
}

/** Something a description can refer to ("the joint chiefs" → Joint Chiefs of Staff). */
export interface Referent { entity: string | null; canonical: string; type: EntityType | null; role: string | null }

export interface NameIndex {
  byField: Map<FieldName, Name[]>;
  referents: Referent[];
  /** Grammatical gender the text gives a person (by canonical name), for "he" and "she". */
  gender: Map<string, 'm' | 'f'>;
}

const SPEAKER_TYPES = new Set<EntityType>(['PERSON', 'ORG', 'GPE', 'LOC', 'FAC']);
const POSSESSIVE = /^['’]s?\b/;

export function nameIndex(doc: Readonly<Doc>): NameIndex {
  const index = doc.mentions.length ? fromMentions(doc) : fromCapitals(doc);
  index.gender = genders(doc, index.byField);
  return index;
}

const MALE_TITLE = /\b(?:Mr\.?|Sir|King|Prince|Lord|spokesman|chairman|businessman|congressman|councilman|his)\s+(?:[\p{Lu}][\p{L}.’'-]*\s+)*$/u;
const FEMALE_TITLE = /\b(?:Mrs\.?|Ms\.?|Miss|Dame|Lady|Queen|Princess|spokeswoman|chairwoman|businesswoman|congresswoman|councilwoman|her)\s+(?:[\p{Lu}][\p{L}.’'-]*\s+)*$/u;

/**
 * Votes for each person's gender from the text itself: a title before the name ("Ms.",
 * "spokeswoman") or the first personal pronoun after it in the same sentence ("Shin said his …").
 * No name lists: a name says nothing we could ship and defend.
 */
function genders(doc: Readonly<Doc>, byField: Map<FieldName, Name[]>): Map<string, 'm' | 'f'> {
  const votes = new Map<string, number>();
  for (const [field, names] of byField) {
    const text = fieldText(doc, field);
    for (const n of names) {
      if (n.type !== 'PERSON' && n.type !== null) continue;
      let v = 0;
      const before = text.slice(Math.max(0, n.start - 40), n.start);
      if (MALE_TITLE.test(before)) v++;
      if (FEMALE_TITLE.test(before)) v--;
      const after = /^[^.!?\n]{0,80}/.exec(text.slice(n.end))![0];
      const p = /\b(he|him|his|himself|she|her|hers|herself)\b/i.exec(after);
      if (p && !/\b(?:\p{Lu}\p{Ll}+\s+){1,3}(?:said|told|added)\b/u.test(after.slice(0, p.index))) v += /^(?:he|him|his|himself)$/i.test(p[1]!) ? 1 : -1;
      if (v) votes.set(n.canonical, (votes.get(n.canonical) ?? 0) + v);
    }
  }
  const out = new Map<string, 'm' | 'f'>();
  for (const [k, v] of votes) if (v) out.set(k, v > 0 ? 'm' : 'f');
  return out;
}

function fromMentions(doc: Readonly<Doc>): NameIndex {
  const byField = new Map<FieldName, Name[]>();
  const ents = new Map(doc.entities.map((e) => [e.id, e]));
  doc.mentions.forEach((m, i) => {
    const id = doc.mentionEntity[i] ?? null;
    const e = id ? ents.get(id) : undefined;
    const type = e?.type ?? m.type;
    if (!SPEAKER_TYPES.has(type) && type !== 'NORP') return;
    const text = fieldText(doc, m.field);
    const list = byField.get(m.field) ?? [];
    list.push({
      field: m.field, start: m.start, end: m.end, text: m.text, type, entity: e ? e.id : null,
      canonical: e?.name ?? m.text.replace(/^the\s+/i, ''), possessive: POSSESSIVE.test(text.slice(m.end, m.end + 3)),
    });
    byField.set(m.field, list);
  });
  for (const l of byField.values()) l.sort((a, b) => a.start - b.start);
  const referents: Referent[] = doc.entities
    .filter((e) => SPEAKER_TYPES.has(e.type))
    .map((e) => ({ entity: e.id, canonical: e.name, type: e.type, role: e.role }));
  return { byField, referents, gender: new Map() };
}

// Capitalised sequences, joined by name particles ("Joint Chiefs of Staff", "bin Salman").
const CAPS = /(?:\b(?:al-|el-)?\p{Lu}[\p{L}\p{M}'’.-]*)(?:\s+(?:(?:of|bin|ibn|de|del|da|van|von|al|el|la|le)\s+)?(?:al-|el-)?\p{Lu}[\p{L}\p{M}'’.-]*)*/gu;
// Capitalised words that open sentences or are not names.
const NOT_NAMES = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'his', 'her', 'its', 'their', 'our', 'but', 'and', 'or',
  'in', 'on', 'at', 'as', 'after', 'before', 'when', 'while', 'if', 'according', 'based', 'this', 'that', 'these',
  'those', 'there', 'some', 'many', 'most', 'one', 'two', 'three', 'last', 'earlier', 'later', 'meanwhile',
  'however', 'also', 'for', 'with', 'by', 'from', 'to', 'of', 'during', 'since', 'until', 'under', 'over',
  'president', 'minister', 'prime', 'defense', 'defence', 'foreign', 'national', 'former', 'supreme', 'leader',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.',
  'aug.', 'sept.', 'oct.', 'nov.', 'dec.', 'mr.', 'mrs.', 'ms.', 'dr.', 'gen.', 'tv', 'no', 'yes', 'what', 'who',
  'why', 'how', 'where', 'so', 'yet', 'still', 'now', 'then', 'both', 'all', 'each', 'every', 'other',
  'spokesman', 'spokeswoman', 'officials', 'police', 'chief', 'secretary', 'ambassador', 'general', 'gov.',
  'sen.', 'rep.', 'iranian', 'iraqi', 'russian', 'chinese', 'american', 'british', 'french', 'german',
  'governor', 'mayor', 'senator', 'councilman', 'councilwoman', 'commissioner', 'judge', 'king', 'queen',
  'prince', 'princess', 'pope', 'sheikh', 'chairman', 'chairwoman', 'director', 'ceo', 'premier', 'chancellor',
  'colonel', 'captain', 'admiral', 'lieutenant', 'sergeant', 'maj.', 'col.', 'lt.', 'capt.', 'adm.', 'sgt.',
  'deputy', 'vice', 'acting', 'interim', 'union', 'leader', 'opposition', 'agency', 'head', 'envoy',
  'north', 'south', 'east', 'west', 'korean', 'ukrainian', 'israeli', 'palestinian', 'turkish', 'syrian',
]);

function fromCapitals(doc: Readonly<Doc>): NameIndex {
  const byField = new Map<FieldName, Name[]>();
  const referents: Referent[] = [];
  const seen = new Map<string, string>(); // surname → full name, for "Shin" after "Shin Wonsik"
  for (const field of fieldNames(doc)) {
    const text = fieldText(doc, field);
    const list: Name[] = [];
    for (const x of text.matchAll(CAPS)) {
      let s = x.index!, t = x[0];
      // Drop leading words that are not part of a name ("The", "President", "Iraqi").
      for (;;) {
        const w = /^(\S+)\s+/.exec(t);
        if (!w || !NOT_NAMES.has(w[1]!.toLowerCase().replace(/['’]s$/, ''))) break;
        s += w[0].length; t = t.slice(w[0].length);
      }
      let possessive = false;
      const pm = /['’]s?$/.exec(t);
      if (pm) { t = t.slice(0, -pm[0].length); possessive = true; }
      t = t.replace(/[.]$/, '');
      if (!t || NOT_NAMES.has(t.toLowerCase())) continue;
      if (!possessive) possessive = POSSESSIVE.test(text.slice(s + t.length, s + t.length + 3));
      const words = t.split(/\s+/);
      let canonical = t;
      if (words.length === 1 && seen.has(t)) canonical = seen.get(t)!;
      else if (words.length > 1) { seen.set(words[words.length - 1]!, t); seen.set(words[0]!, t); }
      list.push({ field, start: s, end: s + t.length, text: t, type: null, entity: null, canonical, possessive });
      if (!referents.some((r) => r.canonical === canonical)) referents.push({ entity: null, canonical, type: null, role: null });
    }
    byField.set(field, list);
  }
  return { byField, referents, gender: new Map() };
}
