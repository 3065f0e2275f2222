// Heads of generic actor phrases (data/events/generic-actors.txt): nouns that name a group or an
// institution without a name ("police", "protesters", "the ministry"), with their CAMEO role type
// and whether they are an arm of a state or a group of people. Multi-word heads are written a_b.
import { readLines, resource } from './resource.js';

export interface GenericHead { type: string; kind: 'state' | 'group' }

function readHeads(rel: string, into: Map<string, GenericHead>): void {
  for (const line of readLines(rel)) {
    const [w, type, kind] = line.split(/\s+/);
    const k = w?.toLowerCase().replace(/_/g, ' ');
    if (k && type && (kind === 'state' || kind === 'group') && !into.has(k)) into.set(k, { type, kind });
  }
}

// Ours first; then the Phoenix agents (data/events/cameo-agents.txt) for nouns ours lacks ("gunmen",
// "sheriff", "worshippers") when NEWSGRAPH_CAMEO_AGENTS=on (being measured; off by default).
const heads = resource('generic actor heads', () => {
  const out = new Map<string, GenericHead>();
  readHeads('events/generic-actors.txt', out);
  if (process.env.NEWSGRAPH_CAMEO_AGENTS === 'on') readHeads('events/cameo-agents.txt', out);
  return out;
});

/** The head-noun lexicon: lower-case head (two words joined by a space) → its type and kind. */
export function genericHeads(): Map<string, GenericHead> {
  return heads.get();
}

const agents = resource('agent nouns (ours and Phoenix)', () => {
  const out = new Map<string, GenericHead>();
  readHeads('events/generic-actors.txt', out);
  readHeads('events/cameo-agents.txt', out);
  return out;
});

/**
 * The role of an agent noun ("gangs" → CRM, "coast guard" → MIL, "worshippers" → CVL): our generic
 * heads first, then the Phoenix agents. Used where a phrase's nationality is known and only its
 * role is asked ("Haitian gangs"), not to find new actors.
 */
export function agentRole(noun: string): GenericHead | null {
  return agents.get().get(noun.toLowerCase()) ?? null;
}
