// Attribution cues (data/quotes/cues.tsv): the one list of verbs and adjectives that introduce
// what someone said, wrote, found or believes. The quote stage reads every row; the events stage
// reads the lemmas it tags (ev-speech, ev-report, ev-saylike).
import { readTsv, resource } from './resource.js';

export type CueClass = 'speech' | 'belief' | 'finding' | 'event';

export interface Cue {
  lemma: string;
  cls: CueClass;
  flags: ReadonlySet<string>;
}

export interface CueLexicon {
  /** Every cue form (lower case, single spaces) → its row. */
  byForm: ReadonlyMap<string, Cue>;
  /** Lemmas tagged with a flag ("ev-speech" …). */
  lemmas(flag: string): Set<string>;
}

export const cueLexicon = resource<CueLexicon>('quotes/cues', () => {
  const byForm = new Map<string, Cue>();
  const rows: Cue[] = [];
  for (const r of readTsv('quotes/cues.tsv')) {
    const [lemma, cls, flags, forms] = r.map((x) => x.trim());
    if (!lemma || !cls) continue;
    const cue: Cue = { lemma, cls: cls as CueClass, flags: new Set(flags && flags !== '-' ? flags.split(',').map((f) => f.trim()) : []) };
    rows.push(cue);
    if (forms && forms !== '-') for (const f of forms.split(',')) byForm.set(f.trim().toLowerCase().replace(/\s+/g, ' '), cue);
  }
  return {
    byForm,
    lemmas: (flag) => new Set(rows.filter((c) => c.flags.has(flag)).map((c) => c.lemma)),
  };
});
