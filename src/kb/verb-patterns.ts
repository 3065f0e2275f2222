// The verb-pattern lexicon of the event coder, parsed once and indexed by verb lemma: our own
// patterns (data/events/verb-patterns.txt) first, then the CAMEO dictionary's (data/events/cameo-verbs.txt,
// compiled from PETRARCH2's CAMEO.2.0.txt by scripts/build-cameo-verbs.mjs) for what ours lack.
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
  /** The code of the target's side of a two-way event ("visit" 042 → the host's 043), or null. */
  mirror: string | null;
  /** Which lexicon the pattern comes from. */
  origin: 'own' | 'cameo';
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
    const p: Pattern = { code, lemma: lemma.toLowerCase(), elements, reversed, order: order++, mirror: null, origin: 'own' };
    const list = byLemma.get(p.lemma) ?? [];
    list.push(p);
    byLemma.set(p.lemma, list);
  }
  return finish(byLemma);
}

/** British spellings share the patterns; most specific first. */
function finish(byLemma: Map<string, Pattern[]>): Map<string, Pattern[]> {
  // British spellings of -ize/-yze verbs ("apologised", "recognised", "criticised") share the patterns.
  for (const [lemma, list] of [...byLemma]) {
    const alt = lemma.replace(/([iy])ze$/, '$1se');
    if (alt !== lemma && !byLemma.has(alt)) byLemma.set(alt, list.map((p) => ({ ...p, lemma: alt })));
  }
  // Most specific first; file order breaks ties.
  for (const list of byLemma.values()) list.sort((a, b) => b.elements.length - a.elements.length || a.order - b.order);
  return byLemma;
}

/**
 * The compiled CAMEO dictionary (see scripts/build-cameo-verbs.mjs for the format): synonym sets,
 * blocks of synonymous verbs with their codes, and the block's patterns for every verb of it.
 */
export function parseCameoVerbs(text: string): Map<string, Pattern[]> {
  const byLemma = new Map<string, Pattern[]>();
  const synsets = new Map<string, string[][]>();
  let verbs: { lemma: string; particle: string | null }[] = [];
  let order = 0;
  const add = (lemma: string, particle: string | null, codeRaw: string, els: string[][][]) => {
    const [code, mirror] = codeRaw.split(':') as [string, string | undefined];
    const elements = particle ? [[[particle]], ...els] : els;
    const p: Pattern = { code: code!, lemma, elements, reversed: false, order: order++, mirror: mirror && mirror !== code ? mirror : mirror ? code! : null, origin: 'cameo' };
    const list = byLemma.get(lemma);
    if (list) list.push(p); else byLemma.set(lemma, [p]);
  };
  const element = (el: string): string[][] => el.split('|').flatMap((alt) => (alt.startsWith('&') ? synsets.get(alt) ?? [] : [alt.split('_')]));
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) continue;
    if (line.startsWith('&')) {
      const [name, alts] = line.split(' ') as [string, string];
      synsets.set(name, alts.split('|').map((a) => a.split('_')));
    } else if (line.startsWith('@ ')) {
      const [list, block] = line.slice(2).split(' = ') as [string, string | undefined];
      verbs = [];
      for (const v of list.split(' ')) {
        const [name, own] = v.split('=') as [string, string | undefined];
        const [lemma, ...rest] = name.split('_') as [string, ...string[]];
        const particle = rest.join('_') || null;
        verbs.push({ lemma, particle });
        const code = own ?? block;
        if (code && code !== '---') add(lemma, particle, code, []);
      }
    } else {
      const [code, ...els] = line.split(' ') as [string, ...string[]];
      const elements = els.map(element);
      for (const v of verbs) add(v.lemma, v.particle, code, elements);
    }
  }
  return finish(byLemma);
}

/**
 * How much of the CAMEO dictionary joins ours: 'none'; 'lemmas' — the verbs ours does not know;
 * 'all' — also CAMEO's patterns of our verbs, after ours. (NEWSGRAPH_CAMEO_VERBS, for measuring.)
 */
export type CameoMode = 'none' | 'lemmas' | 'all';

export function mergeLexicons(own: Map<string, Pattern[]>, cameo: Map<string, Pattern[]>, mode: CameoMode): Map<string, Pattern[]> {
  if (mode === 'none') return own;
  const out = new Map(own);
  for (const [lemma, list] of cameo) {
    const mine = out.get(lemma);
    if (!mine) out.set(lemma, list);
    else if (mode === 'all') out.set(lemma, [...mine, ...list.filter((p) => p.elements.length > 0)].sort((a, b) => b.elements.length - a.elements.length || Number(a.origin === 'cameo') - Number(b.origin === 'cameo') || a.order - b.order));
  }
  return out;
}

const lexicon = resource('event verb patterns', () => {
  const own = parsePatterns(readFileSync(dataFile('events/verb-patterns.txt'), 'utf8'));
  const mode = (process.env.NEWSGRAPH_CAMEO_VERBS ?? 'none') as CameoMode;
  if (mode === 'none') return own;
  return mergeLexicons(own, parseCameoVerbs(readFileSync(dataFile('events/cameo-verbs.txt'), 'utf8')), mode);
});

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
