// The actor behind each recognised mention: its resolved entity's country and CAMEO actor code.
// When resolution left a nationality word or a country name without a country, the country
// tables still give one ("Ukrainian" in "a Ukrainian delegation" → UKR). Published on the Doc as
// `mentionActors`, so later stages never pick countries again.
import { fieldText, type Doc, type Mention } from '../doc/index.js';
import type { ActorRef, EntityOut } from '../types.js';
import { countryByName, countryOfDemonym, countryOfName } from '../kb/countries.js';

type DocE = Pick<Doc, 'mentions' | 'mentionEntity' | 'entities' | 'title' | 'captions' | 'body'>;

/** A currency named by its country's adjective ("600 million Australian dollars"): money, not an actor. */
const CURRENCY_AFTER = /^\s+(dollars?|euros?|pounds?|yuan|yen|rupees?|francs?|pesos?|shekels?|rand|rubles?|roubles?|dinars?|dirhams?|riyals?|rials?|lira|liras|won|kronor|kroner|krona|krone|naira|shillings?|cedis?|reais|real)\b/i;

export function mentionActors(doc: DocE): (ActorRef | null)[] {
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  // A nationality word that acts ("Chinese vessels fired…") stands for its country: when the article
  // names that country, the event joins the country's entity rather than the adjective's.
  const countryEntity = new Map<string, EntityOut>();
  for (const e of doc.entities) {
    if (e.type === 'GPE' && e.country && countryByName(e.name) === e.country && !countryEntity.has(e.country)) countryEntity.set(e.country, e);
  }
  return doc.mentions.map((men, m) => {
    if (men.type === 'NORP' && CURRENCY_AFTER.test(fieldText(doc, men.field).slice(men.end, men.end + 12))) return null;
    const id = doc.mentionEntity[m];
    let e = id ? byId.get(id) ?? null : null;
    if (e?.type === 'NORP' && e.country) e = countryEntity.get(e.country) ?? e;
    const country = e?.country ?? fallbackCountry(men);
    // International bodies (the UN, the EU) have an actor code but no country: they still act.
    const code = e?.actor_code ?? country;
    return country || code ? { entity: e?.id ?? null, name: e?.name ?? men.text, country, actor_code: code } : null;
  });
}

function fallbackCountry(m: Mention): string | null {
  const t = m.text.replace(/[’']s$/, '');
  if (m.type === 'NORP') return countryOfDemonym(t) ?? countryOfName(t);
  if (m.type === 'GPE') return countryOfName(t);
  return null;
}
