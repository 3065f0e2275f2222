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
}

const SPEAKER_TYPES = new Set<EntityType>(['PERSON', 'ORG', 'GPE', 'LOC', 'FAC']);
const POSSESSIVE = /^['’]s?\b/;

export function nameIndex(doc: Readonly<Doc>): NameIndex {
  return doc.mentions.length ? fromMentions(doc) : fromCapitals(doc);
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
  return { byField, referents };
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
  return { byField, referents };
}
