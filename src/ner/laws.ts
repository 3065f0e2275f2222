// Named legal instruments: "Charter of the United Nations", "Convention on the Prevention and
// Punishment of Crimes against Internationally Protected Persons", "Treaty of Lisbon". The
// CoNLL model was never taught these (it tags pieces of them as persons or organisations), so a
// phrase rule finds them: a capitalised instrument word, "of/on/for/against", then a chain of
// capitalised words and connectors. Where the chain is exactly one organisation ("Charter of
// the United Nations") the organisation mention stays and the instrument word is dropped.
import type { Mention, Token } from '../doc/index.js';

const INSTRUMENTS = new Set([
  'Charter', 'Convention', 'Treaty', 'Protocol', 'Covenant', 'Declaration', 'Statute', 'Accord', 'Accords',
  'Agreement', 'Act', 'Pact', 'Convention', 'Constitution', 'Resolution', 'Code',
]);
const LINKS = new Set(['of', 'on', 'for', 'against']);
const CONNECTORS = new Set(['of', 'and', 'against', 'the', 'on', 'for', 'in', 'to', 'with', '&']);
const isCap = (t: string) => /^\p{Lu}/u.test(t);

export interface LawSpan { tokenStart: number; tokenEnd: number }

/**
 * Law phrases in one sentence's tokens [from, to), and the mentions that lose to them:
 * returns spans to add (as MISC/LAW) and the indices of mentions to drop.
 */
export function findLaws(tokens: readonly Token[], from: number, to: number, mentions: readonly Mention[]): { laws: LawSpan[]; drop: Set<number> } {
  const laws: LawSpan[] = [];
  const drop = new Set<number>();
  for (let k = from; k < to; k++) {
    const w = tokens[k]!.text;
    // "Articles 1 and 2" alone is a reference into a law, not an organisation.
    if (/^Articles?$/.test(w) && /^\d/.test(tokens[k + 1]?.text ?? '')) {
      mentions.forEach((m, i) => { if (m.tokenStart === k && m.tokenEnd === k + 1) drop.add(i); });
    }
    if (!INSTRUMENTS.has(w) || k + 2 >= to || !LINKS.has(tokens[k + 1]!.text)) continue;
    let j = k + 2, last = -1;
    while (j < to && (isCap(tokens[j]!.text) || CONNECTORS.has(tokens[j]!.text))) {
      // "... the Charter of the United Nations and the Convention on ...": two instruments.
      if (INSTRUMENTS.has(tokens[j]!.text) && LINKS.has(tokens[j + 1]?.text ?? '')) break;
      if (isCap(tokens[j]!.text)) last = j;
      j++;
    }
    if (last < 0) continue;
    const restStart = tokens[k + 2]!.text === 'the' ? k + 3 : k + 2;
    const inside = mentions.map((m, i) => ({ m, i })).filter(({ m }) => m.tokenStart < last + 1 && k < m.tokenEnd);
    const org = inside.find(({ m }) => m.label === 'ORG' && m.tokenStart === restStart && m.tokenEnd === last + 1);
    for (const { m, i } of inside) if (!org || (m.tokenStart <= k && k < m.tokenEnd)) drop.add(i);
    if (!org) laws.push({ tokenStart: k, tokenEnd: last + 1 });
    k = last;
  }
  return { laws, drop };
}
