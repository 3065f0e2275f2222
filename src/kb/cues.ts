// Attribution cues (data/quotes/cues.tsv): the one list of verbs and adjectives that introduce
// what someone said, wrote, found or believes. The quote stage reads every row; the events stage
// reads the lemmas it tags (ev-speech, ev-report, ev-saylike).
import { readTsv, resource } from './resource.js';

export type CueClass = 'speech' | 'belief' | 'finding' | 'noun' | 'event';

export interface Cue {
  lemma: string;
  cls: CueClass;
  flags: ReadonlySet<string>;
}

export interface CueLexicon {
  /** Every verb or adjective cue form (lower case, single spaces) → its row. */
  byForm: ReadonlyMap<string, Cue>;
  /** Noun cues ("claim", "statement"), by form. */
  nouns: ReadonlyMap<string, Cue>;
  /** Lemmas tagged with a flag ("ev-speech" …). */
  lemmas(flag: string): Set<string>;
}

export const cueLexicon = resource<CueLexicon>('quotes/cues', () => {
  const byForm = new Map<string, Cue>();
  const nouns = new Map<string, Cue>();
  const rows: Cue[] = [];
  for (const r of readTsv('quotes/cues.tsv')) {
    const [lemma, cls, flags, forms] = r.map((x) => x.trim());
    if (!lemma || !cls) continue;
    const cue: Cue = { lemma, cls: cls as CueClass, flags: new Set(flags && flags !== '-' ? flags.split(',').map((f) => f.trim()) : []) };
    rows.push(cue);
    if (forms && forms !== '-') {
      for (const f of forms.split(',')) {
        const list = f.trim() === '+' ? regularForms(lemma) : [f];
        for (const x of list) (cue.cls === 'noun' ? nouns : byForm).set(x.trim().toLowerCase().replace(/\s+/g, ' '), cue);
      }
    }
  }
  return {
    byForm,
    nouns,
    lemmas: (flag) => new Set(rows.filter((c) => c.flags.has(flag)).map((c) => c.lemma)),
  };
});

/** "+" in the forms column: the regular forms of a verb (a phrasal verb inflects its first word). */
export function regularForms(lemma: string): string[] {
  const [verb, ...rest] = lemma.split(' ');
  const tail = rest.length ? ` ${rest.join(' ')}` : '';
  const v = verb!;
  const cons = /[^aeiou]y$/.test(v);
  const s = cons ? `${v.slice(0, -1)}ies` : /(?:s|sh|ch|x|z)$/.test(v) ? `${v}es` : `${v}s`;
  const ed = cons ? `${v.slice(0, -1)}ied` : /e$/.test(v) ? `${v}d` : `${v}ed`;
  const ing = /[^e]e$/.test(v) ? `${v.slice(0, -1)}ing` : `${v}ing`;
  return [v, s, ed, ing].map((f) => f + tail);
}
