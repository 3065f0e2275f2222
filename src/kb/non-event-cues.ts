// Cues of sentences that report no political event (sport, where conflict verbs are figurative:
// "Brazil beat Argentina", "United attack"): data/events/non-event-cues.txt, our own list.
import { readLines, resource } from './resource.js';

const cues = resource('non-event cues', () => {
  const single = new Set<string>();
  const multi: string[][] = [];
  for (const line of readLines('events/non-event-cues.txt')) {
    const words = line.toLowerCase().split(/\s+/);
    if (words.length === 1) single.add(words[0]!); else multi.push(words);
  }
  return { single, multi };
});

/**
 * Does a sentence (its lower-case words and their Penn tags) carry a non-event cue (or a score)? A one-word cue
 * counts only as a noun ("match" the verb is no cue); a cue of several words counts in a row.
 */
export function hasNonEventCue(lower: readonly string[], tags: readonly string[]): boolean {
  const { single, multi } = cues.get();
  for (let i = 0; i < lower.length; i++) {
    const w = lower[i]!;
    // A score ("1-0", "3-2 win"): sport.
    if (/^\d{1,2}[-–]\d{1,2}$/.test(w) && !/^(19|20)\d/.test(w)) return true;
    if (single.has(w) && (tags[i] ?? '').startsWith('NN') || single.has(w) && (tags[i] ?? '') === 'JJ') return true;
    for (const m of multi) {
      if (m[0] !== w) continue;
      let ok = true;
      for (let k = 1; k < m.length; k++) if (lower[i + k] !== m[k]) { ok = false; break; }
      if (ok) return true;
    }
  }
  return false;
}
