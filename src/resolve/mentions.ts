// Settling each recognised name before coreference: its SPEC type (a country named as ORG is a
// GPE, "Baghdad Airport" is a FAC, "Iranian" is NORP, "Charter of the United Nations" is a LAW),
// and dropping what is not a name at all ("TV", a bare title such as "Defense Minister").
import type { Mention } from '../doc/index.js';
import type { EntityType, SpanRef } from '../types.js';
import { countryByName, countryOfCapital, countryOfDemonym } from '../kb/countries.js';
import { knownActor, phoenixActor, roleTypeHit } from '../kb/actor-codes.js';
import { regionNamed, citiesNamed, isProminent, type KindHint } from '../kb/gazetteer.js';

/** A name to resolve: a recognised mention, or a span this stage found (description, credit). */
export interface Item {
  /** Index into doc.mentions, or null for spans found here. */
  idx: number | null;
  span: SpanRef;
  type: EntityType;
  /** Text to compare names by (the span text, or a credit's name). */
  name: string;
  /** For places: the country this name stands for ("the North" in an article about Korea). */
  country?: string | null;
  /** A possessor written inside the mention ("South’s Joint Chiefs of Staff" → "South"). */
  possessor?: string;
  /** A place the recogniser missed, found by the gazetteer in context: a mention of its entity all the same. */
  found?: boolean;
  /** For places: what the words around it say it is ("the Kurram district" → a division). */
  hint?: KindHint;
}

// Common nouns that taggers mark as names in news copy, and abbreviations that name no entity.
const JUNK = /^(tv|radio|am|pm|gdp|ceo|cfo|covid|covid-19|ok|no|mr|mrs|ms|dr|he|she|it|they|we|i|you|the|a|an|ap photo|file|photo|video|breaking|update|exclusive|live|analysis|opinion|editorial)$/i;

const FACILITY_HEAD = /\b(airport|air ?base|airbase|airfield|naval base|base|port|harbou?r|palace|hospital|embassy|consulate|bridge|dam|stadium|square|station|prison|jail|plant|reactor|facility|mosque|church|cathedral|temple|tower|building|hotel|camp|crossing|checkpoint|terminal|refinery|pipeline)$/i;

/** Facility words strong enough to override a person label ("King Hussein Bridge"). */
const STRONG_FACILITY = /\b(airport|air ?base|bridge|palace|hospital|stadium|crossing|embassy|dam)$/i;

const HOLIDAY = /^(christmas|easter|ramadan|eid|eid al-fitr|eid al-adha|hanukkah|diwali|nowruz|thanksgiving|new year|passover|lunar new year)$/i;

const LAW_HEAD = /^(charter|convention|treaty|protocol|act|articles?|resolution|agreement|accords?|law|constitution|declaration|statute|covenant)\b/i;

/** Person titles: a mention made only of these and their modifiers is a role, not a name. */
const PERSON_TITLE = /(president|minister|premier|chancellor|leader|adviser|advisor|ambassador|envoy|general|commander|spokes\w+|secretary|governor|mayor|king|queen|prince|emir|judge|prosecutor|senator|lawmaker|chief|director|official|officials|diplomat|admiral|colonel)$/i;
const TITLE_WORD = /^(former|acting|deputy|vice|top|senior|chief|supreme|prime|defense|defence|foreign|interior|finance|national|security|state|minister|president|leader|general|commander|ambassador|adviser|advisor|secretary|of|the|crown|prince|foreign|affairs|justice)$/i;

function isBareTitle(text: string): boolean {
  const words = text.replace(/['’]s$/, '').split(/\s+/).filter(Boolean);
  if (!PERSON_TITLE.test(words.at(-1) ?? '')) return false;
  // "Iraqi President", "Russian Defense Minister", "Supreme Leader": modifiers are demonyms or title words.
  return words.every((w) => TITLE_WORD.test(w) || countryOfDemonym(w) !== null || roleTypeHit(w) !== null);
}

/** The SPEC type a recognised mention should have, or null to drop it. */
export function settleType(m: Pick<Mention, 'text' | 'label' | 'type'>): EntityType | null {
  const text = m.text.trim();
  if (text.length < 2 || !/\p{L}/u.test(text) || JUNK.test(text)) return null;
  // A name starts with a capital (allowing Arabic particles "al-", "el-", "bin").
  if (!/^[\p{Lu}\d]/u.test(text) && !/^(al|el|ad|as|bin|ibn|de|van|von)[- ]\p{Lu}/u.test(text)) return null;
  const known = knownActor(text);
  if (known) return known.type === 'PERSON' ? (m.label === 'PER' ? 'PERSON' : m.type) : known.type;
  // "Convention on …", "Charter of …", "Law of the Sea" (not "Law Society of Kenya").
  if (new RegExp(LAW_HEAD.source + '\\s+(of|on|against|for)\\s', 'i').test(text)) return 'LAW';
  if (/^Articles?\s+\d/.test(text)) return 'LAW';
  if (countryByName(text)) return 'GPE';
  if (HOLIDAY.test(text)) return 'EVENT';
  // "Pakistani Taliban", "Iraqi Kurdistan Workers' Party": a demonym before a known organisation.
  const dem = /^(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)\s+(.+)$/u.exec(text);
  if (dem && countryOfDemonym(dem[1]!) && knownActor(dem[2]!, 'ORG')) return 'ORG';
  if (countryOfDemonym(text) && !countryOfCapital(text)) return 'NORP';
  if (/^(pro|anti)-\p{Lu}/u.test(text)) return 'NORP';
  if (isBareTitle(text)) return null;
  if ((m.label !== 'PER' || STRONG_FACILITY.test(text)) && FACILITY_HEAD.test(text) && text.split(/\s+/).length >= 2) return 'FAC';
  // Model numbers and codes ("H-6", "S-400") are products, not peoples.
  if (m.label === 'MISC' && /\d/.test(text)) return 'PRODUCT';
  // "the West Darfur town of Ardamata": a first-level division the model took for a MISC name.
  if (m.label === 'MISC' && text.includes(' ') && regionNamed(text)?.kind === 'adm1') return 'GPE';
  if (m.label === 'ORG' && countryOfCapital(text)) return 'GPE';
  // "to retake El Fasher", "in Al Hudaydah": a name in an Arabic article that is a city of note and
  // no organisation the dictionaries know is the city, whatever the recogniser's label.
  if (m.label === 'ORG' && /^(al|el|ad|ar|as|an|at|az)[- ]\p{Lu}/iu.test(text) && !phoenixActor(text, 'ORG', null) && citiesNamed(text).some(isProminent)) return 'GPE';
  if (m.label === 'LOC' || m.type === 'GPE' || m.type === 'LOC') {
    const region = regionNamed(text);
    if (region) return region.country && region.lat ? (m.type === 'LOC' ? 'LOC' : 'GPE') : 'LOC';
    if (citiesNamed(text).length) return 'GPE';
    // No place of that name, but an organisation or armed group the Phoenix dictionaries know
    // ("al-Shabaab" read as a place in a headline): the organisation.
    if (m.label === 'LOC' && phoenixActor(text, 'ORG', null)) return 'ORG';
    return m.type === 'FAC' ? 'FAC' : m.type === 'GPE' ? 'GPE' : 'LOC';
  }
  return m.type;
}

/**
 * Spans of treaty and law titles: "Articles 1 and 2 of the Charter of the United Nations and the
 * Convention on the Prevention and Punishment of Crimes against Internationally Protected
 * Persons, including Diplomatic Agents". Taggers split such titles into many false names.
 */
export function lawSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  const head = /\b(Charter|Convention|Treaty|Protocol|Covenant|Statute|Declaration|Articles?\s+\d+(?:\s*(?:and|,)\s*\d+)*)\s+(?=(of|on|for|against|to)\s)/g;
  for (const m of text.matchAll(head)) {
    let end = m.index! + m[1]!.length;
    const rest = /^(?:(?:\s+|,\s+)(?:(?:of|on|for|against|to|the|and|with|between|including|in)\b|[\p{Lu}][\p{L}'’-]*|\d{4}))+/u.exec(text.slice(end));
    if (rest) {
      // End on a capitalised word or a year, not on a connector.
      const words = [...rest[0].matchAll(/[\p{L}\d'’-]+/gu)];
      for (let i = words.length - 1; i >= 0; i--) {
        const w = words[i]![0];
        if (/^[\p{Lu}\d]/u.test(w)) { end += words[i]!.index! + w.length; break; }
      }
    }
    if (end > m.index! + m[1]!.length) out.push([m.index!, end]);
  }
  return out;
}

export const PLACE_TYPES: ReadonlySet<EntityType> = new Set(['GPE', 'LOC', 'FAC']);

/** The coreference group of a type: places corefer across GPE/LOC/FAC only by country or name. */
export function typeGroup(t: EntityType): string {
  if (t === 'GPE' || t === 'LOC') return 'PLACE';
  return t;
}
