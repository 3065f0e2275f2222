// The nominal event lexicon (data/events/nominal-events.txt): event nouns ("talks", "strike",
// "invasion") with their CAMEO code and the prepositions that introduce their target.
import { readFileSync } from 'node:fs';
import { dataFile, resource } from './resource.js';

export interface NominalPattern { code: string; preps: Set<string> }

/** Parse the nominal lexicon: key is the noun (a two-word noun as "a b"), singular. */
export function parseNominals(text: string): Map<string, NominalPattern> {
  const out = new Map<string, NominalPattern>();
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) continue;
    const [code, noun, preps] = line.split(/\s+/);
    if (!code || !noun || !preps) continue;
    const key = noun.toLowerCase().replace(/_/g, ' ');
    if (!out.has(key)) out.set(key, { code, preps: new Set(preps.toLowerCase().split('|')) });
  }
  return out;
}

const nominals = resource('nominal event lexicon', () => parseNominals(readFileSync(dataFile('events/nominal-events.txt'), 'utf8')));
export function nominalLexicon(): Map<string, NominalPattern> {
  return nominals.get();
}

const headWords = resource('nominal event head forms', () => {
  const out = new Set<string>();
  for (const key of nominalLexicon().keys()) {
    const w = key.split(' ').pop()!;
    out.add(w).add(`${w}s`).add(`${w}es`);
    if (w.endsWith('y')) out.add(`${w.slice(0, -1)}ies`);
  }
  return out;
});
/** Every written form of the lexicon's head nouns ("talk", "talks", "strikes"): a quick test before any work. */
export function nominalHeadForms(): Set<string> {
  return headWords.get();
}

