// Is the clause around a date expression about the future or the past? News defaults to the past
// ("met on Friday"); only a future marker close to the expression ("will meet on Friday",
// "is scheduled to arrive next week") turns a bare weekday or month forward. The nearest marker
// wins, so "met on Monday and will meet again" keeps Monday in the past.

export type Tense = 'past' | 'present' | 'future' | 'unknown';

// A future marker swallows its whole verb group ("will be held") so that a participle inside it
// is not read as a past verb.
// "will stay closed until", "is scheduled for", "is expected on", "adjourned the case until": a
// schedule or a deferral points forward even when its verb is past.
const FUTURE = /\b(?:(?:will|won['’]t|shall|would|['’]ll)(?:\s+not)?(?:\s+(?:be|have(?:\s+been)?|stay|remain|become|get))?(?:\s+[a-z]+)?|(?:to be|going to|(?:is|are|was|were|been)\s+(?:due|scheduled|set|slated|expected|planned|poised|about)(?:\s+to|(?=\s+(?:for|on|in|until|by)\b|\s*$))|(?:is|are|was|were)\s+to|plans?\s+to|planning\s+to|intends?\s+to|agreed\s+to|vowed\s+to|promised\s+to)(?:\s+(?:be\s+)?[a-z]+)?|(?:adjourned|postponed|deferred|delayed|extended|suspended|pushed\s+back|put\s+off)(?:\s+[\w’'-]+){0,5}?\s+(?:until|till)|upcoming|to be held|next)\b/gi;
// Past verb forms; regular "-ed" forms of five letters or more, minus frequent non-verbs.
const PAST = /\b(?:was|were|did|didn['’]t|had|has|have|said|told|met|held|made|took|came|went|gave|sent|began|left|fell|rose|won|lost|fought|spoke|wrote|struck|shot|hit|saw|knew|brought|led|ran|flew|drove|stood|built|paid|sold|bought|caught|threw|chose|broke|stole|sought|fled|woke|rode|swore|tore|wore|bore|froze|arrived|[a-z]{3,}ed)\b/gi;
// Present-tense verbs of schedules ("takes effect on March 1", "returns in August"): the nearer
// occurrence of the date, whichever side of publication it falls.
const PRESENT = /\b(?:is|are|takes?|begins?|starts?|opens?|returns?|ends?|expires?|comes?|runs?|lasts?|closes?|resumes?|holds?|falls?)\b/gi;
const NOT_VERBS = new Set(['united', 'indeed', 'speed', 'need', 'armed', 'red', 'hundred', 'related', 'based', 'concerned', 'supposed']);

/** Clause limits: sentence ends and semicolons; a colon or dash starts a new clause too. */
const BOUNDARY = /[.!?;:—]\s|\n/g;

export function tenseAt(text: string, start: number, end: number): Tense {
  let from = Math.max(0, start - 90);
  BOUNDARY.lastIndex = from;
  for (let b = BOUNDARY.exec(text); b && b.index < start; b = BOUNDARY.exec(text)) {
    // An abbreviation's dot ("Jan. 3", "U.S.") does not end a clause.
    if (b[0][0] === '.' && /\b(?:[A-Z][a-z]{0,3}|[A-Z])$/.test(text.slice(Math.max(0, b.index - 5), b.index))) continue;
    from = b.index + b[0].length;
  }
  // To the right, only the rest of this clause: not past a comma ("…on Saturday, his office said")
  // nor into a coordinated clause ("…on Wednesday and will travel…").
  let to = Math.min(text.length, end + 50);
  const nb = /[.!?;,]\s|\n|\s(?:and|but)\s/.exec(text.slice(end, to));
  if (nb) to = end + nb.index;
  const left = text.slice(from, start);
  const right = text.slice(end, to);
  const nearest = (re: RegExp, s: string, fromRight: boolean, mask: Set<number>): number => {
    let best = Infinity;
    re.lastIndex = 0;
    for (let x = re.exec(s); x; x = re.exec(s)) {
      if (re !== FUTURE && (NOT_VERBS.has(x[0].toLowerCase()) || mask.has(x.index))) continue;
      if (re !== FUTURE && /^[A-Z]/.test(x[0]) && x.index > 0) continue; // names ("United") are not verbs
      const dist = fromRight ? x.index : s.length - (x.index + x[0].length);
      best = Math.min(best, dist);
      if (re === FUTURE) for (let i = x.index; i < x.index + x[0].length; i++) mask.add(i);
    }
    return best;
  };
  const ml = new Set<number>(), mr = new Set<number>();
  // Words inside a future phrase ("is scheduled to") are not past markers.
  const futL = nearest(FUTURE, left, false, ml), futR = nearest(FUTURE, right, true, mr);
  const maskWords = (s: string, m: Set<number>) => {
    for (const i of [...m]) { let j = i; while (j > 0 && /\w/.test(s[j - 1]!)) m.add(--j); }
  };
  maskWords(left, ml); maskWords(right, mr);
  const pastL = nearest(PAST, left, false, ml), pastR = nearest(PAST, right, true, mr);
  const presL = nearest(PRESENT, left, false, ml), presR = nearest(PRESENT, right, true, mr);
  // The left context weighs more: the verb usually comes before its date.
  const fut = Math.min(futL, futR + 5), past = Math.min(pastL, pastR + 5), pres = Math.min(presL, presR + 5);
  const best = Math.min(fut, past, pres);
  if (best === Infinity) return 'unknown';
  return best === fut ? 'future' : best === past ? 'past' : 'present';
}
