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

/**
 * BILOU labels over the given types (O, B-, I-, L-, U-): a chunk is U-T alone or B-T I-T* L-T.
 * Known to train slightly better than IOB2 for NER; convert back with `bilouToIob2`.
 */
export function bilouLabels(types: readonly string[]): LabelSet {
  const names = ['O', ...types.flatMap((t) => [`B-${t}`, `I-${t}`, `L-${t}`, `U-${t}`])];
  const L = names.length;
  const allowed = new Uint8Array((L + 1) * L);
  for (let prev = 0; prev <= L; prev++) {
    const p = prev < L ? names[prev]! : 'O';
    const open = p.startsWith('B-') || p.startsWith('I-');
    for (let cur = 0; cur < L; cur++) {
      const c = names[cur]!;
      const inside = c.startsWith('I-') || c.startsWith('L-');
      allowed[prev * L + cur] = (open ? inside && c.slice(2) === p.slice(2) : !inside) ? 1 : 0;
    }
  }
  return { names, allowed };
}

/** IOB2 → BILOU (for training targets). */
export function iob2ToBilou(tags: readonly string[]): string[] {
  return tags.map((t, i) => {
    if (t === 'O') return t;
    const next = tags[i + 1] ?? 'O';
    const continues = next === `I-${t.slice(2)}`;
    if (t.startsWith('B-')) return continues ? t : `U-${t.slice(2)}`;
    return continues ? t : `L-${t.slice(2)}`;
  });
}

/** BILOU → IOB2 (a sequence cut short, ending in B- or I-, still reads as a chunk). */
export function bilouToIob2(tags: readonly string[]): string[] {
  return tags.map((t) => (t.startsWith('U-') ? `B-${t.slice(2)}` : t.startsWith('L-') ? `I-${t.slice(2)}` : t));
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
