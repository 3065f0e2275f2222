// Tree utilities: projectivity and the lifting that makes a training tree projective.
//
// Non-projectivity is handled by projectivising the training trees (Nivre & Nilsson 2005's lift
// without its label encoding): the shortest non-projective arc is moved up to its head's head
// until no arc crosses. The arc-eager system then reaches every training tree, and the parser
// only ever outputs projective trees: the few non-projective arcs of English (about 0.5% of
// words in EWT and GUM, see BENCHMARKS.md) are errors we accept. Heads are 1-based, 0 = root.

/** Is the arc head → d projective: every word strictly between them is dominated by head? */
export function arcIsProjective(heads: ArrayLike<number>, d: number): boolean {
  const h = heads[d - 1]!;
  const lo = Math.min(h, d), hi = Math.max(h, d);
  for (let k = lo + 1; k < hi; k++) {
    // walk up from k until the root or h
    let x = k, steps = 0;
    while (x !== h && x !== 0 && steps++ <= heads.length) x = heads[x - 1]!;
    if (x !== h) return false;
  }
  return true;
}

export function isProjective(heads: ArrayLike<number>): boolean {
  for (let d = 1; d <= heads.length; d++) if (!arcIsProjective(heads, d)) return false;
  return true;
}

/** Is this a tree: one root word, no cycles, heads in range? */
export function isTree(heads: ArrayLike<number>): boolean {
  const n = heads.length;
  let roots = 0;
  for (let d = 1; d <= n; d++) {
    const h = heads[d - 1]!;
    if (h < 0 || h > n || h === d) return false;
    if (h === 0) roots++;
    let x = d, steps = 0;
    while (x !== 0) { x = heads[x - 1]!; if (++steps > n) return false; }
  }
  return roots === 1;
}

/** A projective copy of the tree (lifted arcs keep their labels); the number of lifts made. */
export function projectivise(heads: ArrayLike<number>): { heads: Int32Array; lifts: number } {
  const h = Int32Array.from(heads as ArrayLike<number>);
  let lifts = 0;
  for (;;) {
    let best = -1, bestLen = Infinity;
    for (let d = 1; d <= h.length; d++) {
      if (h[d - 1] === 0) continue;
      const len = Math.abs(h[d - 1]! - d);
      if (len < bestLen && !arcIsProjective(h, d)) { best = d; bestLen = len; }
    }
    if (best < 0) return { heads: h, lifts };
    h[best - 1] = h[h[best - 1]! - 1]!;
    lifts++;
  }
}
