// The verb-pattern lexicon of the event coder (data/events/verb-patterns.txt): parsed once, indexed by verb lemma.
import { readFileSync } from 'node:fs';
import { dataFile, resource } from './resource.js';

export interface Pattern {
  code: string;
  lemma: string;
  /** Elements after the verb, in order; each is a set of alternatives, an alternative may span words (a_b). */
  elements: string[][][];
  /** Roles swapped: the object acts on the subject ("receive aid from X"). */
  reversed: boolean;
  /** Line order, for ties. */
  order: number;
}

export function parsePatterns(text: string): Map<string, Pattern[]> {
  const byLemma = new Map<string, Pattern[]>();
  let order = 0;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) continue;
    const [codeRaw, lemma, ...rest] = line.split(/\s+/);
    if (!codeRaw || !lemma) continue;
    const reversed = codeRaw.startsWith('<');
    const code = codeRaw.replace(/^</, '');
    const elements = rest.map((el) => el.toLowerCase().split('|').map((alt) => alt.split('_')));
    const p: Pattern = { code, lemma: lemma.toLowerCase(), elements, reversed, order: order++ };
    const list = byLemma.get(p.lemma) ?? [];
    list.push(p);
    byLemma.set(p.lemma, list);
  }
  // British spellings of -ize/-yze verbs ("apologised", "recognised", "criticised") share the patterns.
  for (const [lemma, list] of [...byLemma]) {
    const alt = lemma.replace(/([iy])ze$/, '$1se');
    if (alt !== lemma && !byLemma.has(alt)) byLemma.set(alt, list.map((p) => ({ ...p, lemma: alt })));
  }
  // Most specific first; file order breaks ties.
  for (const list of byLemma.values()) list.sort((a, b) => b.elements.length - a.elements.length || a.order - b.order);
  return byLemma;
}

const lexicon = resource('event verb patterns', () => parsePatterns(readFileSync(dataFile('events/verb-patterns.txt'), 'utf8')));

export function verbLexicon(): Map<string, Pattern[]> {
  return lexicon.get();
}

/**
 * Two-word nouns the lexicon's patterns name ("tear gas", "water cannon"): the tagger sometimes reads
 * their second word as a verb ("fired tear gas/VBD at"), and they are nouns wherever they stand.
 */
const compounds = resource('compound nouns of the verb patterns', () => {
  const out = new Set<string>();
  for (const list of verbLexicon().values()) {
    for (const p of list) for (const el of p.elements) for (const alt of el) if (alt.length === 2) out.add(alt.join(' '));
  }
  return out;
});

export function compoundNouns(): Set<string> {
  return compounds.get();
}
