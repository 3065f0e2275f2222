// Label sets with allowed transitions, for constrained Viterbi decoding.

export interface LabelSet {
  names: readonly string[];
  /** allowed[prev * L + cur]; row L (prev = L) is the sentence start. */
  allowed: Uint8Array;
}

/**
 * IOB2 labels over the given types: O, B-T, I-T. I-T may follow only B-T or I-T, never the start
 * of a sentence or another type, so every decoded sequence is valid IOB2.
 */
export function iob2Labels(types: readonly string[]): LabelSet {
  const names = ['O', ...types.flatMap((t) => [`B-${t}`, `I-${t}`])];
  const L = names.length;
  const allowed = new Uint8Array((L + 1) * L);
  for (let prev = 0; prev <= L; prev++) {
    for (let cur = 0; cur < L; cur++) {
      const c = names[cur]!;
      let ok = true;
      if (c.startsWith('I-')) {
        const p = prev < L ? names[prev]! : 'O';
        ok = p === `B-${c.slice(2)}` || p === c;
      }
      allowed[prev * L + cur] = ok ? 1 : 0;
    }
  }
  return { names, allowed };
}

/** Every transition allowed (plain tagging, e.g. POS). */
export function freeLabels(names: readonly string[]): LabelSet {
  const L = names.length;
  return { names, allowed: new Uint8Array((L + 1) * L).fill(1) };
}

/** IOB1 (CoNLL-2003 original) → IOB2: an I-X that does not continue an X chunk becomes B-X. */
export function iob1ToIob2(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    if (t.startsWith('I-')) {
      const prev = i > 0 ? out[i - 1]! : 'O';
      out.push(prev === 'O' || prev.slice(2) !== t.slice(2) ? `B-${t.slice(2)}` : t);
    } else out.push(t);
  }
  return out;
}

/** Chunks [start, end, type) of an IOB2 sequence. */
export function iob2Chunks(tags: readonly string[]): { start: number; end: number; type: string }[] {
  const out: { start: number; end: number; type: string }[] = [];
  let cur: { start: number; end: number; type: string } | null = null;
  tags.forEach((t, i) => {
    if (t.startsWith('B-') || (t.startsWith('I-') && (!cur || cur.type !== t.slice(2)))) {
      if (cur) out.push(cur);
      cur = { start: i, end: i + 1, type: t.slice(2) };
    } else if (t.startsWith('I-') && cur) cur.end = i + 1;
    else { if (cur) out.push(cur); cur = null; }
  });
  if (cur) out.push(cur);
  return out;
}
