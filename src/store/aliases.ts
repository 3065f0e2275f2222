// Names that one article says are the same thing, for joining entities across articles:
// an acronym the article defines ("the Pakistani Taliban, known as Tehreek-e-Taliban Pakistan,
// or TTP"; "the National Liberation Army (ELN)"). The store keeps each as an alias of the long
// form's entity, so a later article that only says "TTP" joins it too.
import type { ArticleOut, EntityOut, SpanRef } from '../types.js';

const ACRONYM = /^[\p{Lu}][\p{Lu}\d&.-]{1,9}$/u;
const LINK = /^\s*(?:,\s*)?(?:\(\s*|(?:also |better |commonly |widely )?(?:known|called|referred to) as\b[^.;()]{0,60}?(?:,?\s*or\s+|\(\s*)|(?:or|also|aka)\s+)$/i;

const textOf = (a: ArticleOut, field: string): string => {
  if (field === 'title') return a.title;
  if (field === 'body') return a.body;
  const m = /^caption:(\d+)$/.exec(field);
  return m ? a.captions[Number(m[1])]?.text ?? '' : '';
};

/** Initial capitals of a name ("Tehreek-e-Taliban Pakistan" → "TTP"). */
export function initials(name: string): string {
  return name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('').toUpperCase();
}

/**
 * Local acronym entity id → local long-form entity id, for acronyms this article defines. A name
 * directly followed by "(ACR)" defines it whatever its letters; "…, or ACR" only when the letters
 * are the initials of the name or of the words between ("known as Tehreek-e-Taliban Pakistan").
 */
export function definedAliases(a: ArticleOut): Map<string, string> {
  const out = new Map<string, string>();
  const ms: { e: EntityOut; m: SpanRef }[] = [];
  for (const e of a.entities) for (const m of e.mentions) ms.push({ e, m });
  for (const { e: short, m } of ms) {
    if (short.type !== 'ORG' || !ACRONYM.test(short.name.trim()) || out.has(short.id)) continue;
    const text = textOf(a, m.field);
    // The nearest longer ORG name ending before the acronym, in the same sentence.
    let best: { e: EntityOut; m: SpanRef } | null = null;
    for (const x of ms) {
      if (x.e === short || x.m.field !== m.field || x.m.end > m.start || m.start - x.m.end > 90) continue;
      if (x.e.type !== 'ORG' || ACRONYM.test(x.e.name.trim()) || x.e.name.trim().split(/\s+/).length < 2) continue;
      if (!best || x.m.end > best.m.end) best = x;
    }
    if (!best) continue;
    const between = text.slice(best.m.end, m.start);
    if (/[.;!?]\s/.test(between) || !LINK.test(between)) continue;
    const acr = short.name.replace(/[.\s]/g, '').toUpperCase();
    const bracket = /^\s*\(\s*$/.test(between);
    const spelled = initials(best.m.text) === acr || initials(best.e.name) === acr || initials(between.replace(/\b(known|called|referred|also|better|commonly|widely|as|or|aka)\b/gi, ' ')) === acr;
    if (bracket || spelled) out.set(short.id, best.e.id);
  }
  return out;
}
