// Heads of generic actor phrases (data/events/generic-actors.txt): nouns that name a group or an
// institution without a name ("police", "protesters", "the ministry"), with their CAMEO role type
// and whether they are an arm of a state or a group of people. Multi-word heads are written a_b.
import { readLines, resource } from './resource.js';

export interface GenericHead { type: string; kind: 'state' | 'group' }

const heads = resource('generic actor heads', () => {
  const out = new Map<string, GenericHead>();
  for (const line of readLines('events/generic-actors.txt')) {
    const [w, type, kind] = line.split(/\s+/);
    if (w && type && (kind === 'state' || kind === 'group')) out.set(w.toLowerCase().replace(/_/g, ' '), { type, kind });
  }
  return out;
});

/** The head-noun lexicon: lower-case head (two words joined by a space) → its type and kind. */
export function genericHeads(): Map<string, GenericHead> {
  return heads.get();
}
