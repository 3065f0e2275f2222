// Punctuation attachment by the UD rule, after the parse. UD attaches a punctuation mark to the
// head of the unit it delimits, at the highest node that keeps the tree projective: paired marks
// (brackets, quotes) to the head of what they enclose; otherwise to the lower of the two
// candidates found by climbing from the nearest words on either side as long as the climb stays
// on that side of the mark (after UDapi's ud.FixPunct, which the treebanks' punctuation follows).
// Given the parse of the words, this reproduces the gold attachment of most marks, which the
// greedy parser gets right less often (the figures are in BENCHMARKS.md).

/** Penn tags of punctuation marks. */
export const PUNCT_TAGS: ReadonlySet<string> = new Set([',', '.', ':', '``', "''", '-LRB-', '-RRB-', 'HYPH', 'NFP']);

const PAIRS: Record<string, string> = { '(': ')', '[': ']', '{': '}', '“': '”', '‘': '’', '``': "''", '«': '»' };

/**
 * Re-attach every punctuation mark (isPunct[i] for word i, 0-based) in heads (1-based, 0 root),
 * in place. A word the parser attached to a mark moves to the mark's nearest non-mark ancestor.
 * A sentence of marks only, or a mark that is the root, is left alone.
 */
export function reattachPunct(words: readonly string[], isPunct: ArrayLike<number>, heads: Int32Array): void {
  const n = words.length;
  const P = (x: number) => x > 0 && isPunct[x - 1] === 1;
  let rootWord = 0;
  for (let d = 1; d <= n; d++) if (heads[d - 1] === 0) rootWord = d;
  if (!rootWord || P(rootWord)) return;
  // words attached to a mark climb to the mark's nearest word ancestor
  for (let d = 1; d <= n; d++) {
    if (P(d)) continue;
    let h = heads[d - 1]!, guard = 0;
    while (P(h) && guard++ <= n) h = heads[h - 1]!;
    heads[d - 1] = h;
  }
  // subtree spans over words (marks excluded)
  const lo = new Int32Array(n + 1), hi = new Int32Array(n + 1);
  for (let d = 1; d <= n; d++) { lo[d] = d; hi[d] = d; }
  for (let d = 1; d <= n; d++) {
    if (P(d)) continue;
    let h = heads[d - 1]!, guard = 0;
    while (h > 0 && guard++ <= n) {
      if (d < lo[h]!) lo[h] = d;
      if (d > hi[h]!) hi[h] = d;
      h = heads[h - 1]!;
    }
  }
  const isAncestor = (a: number, x: number) => { // a is an ancestor of x (or x itself)
    let guard = 0;
    while (x > 0 && guard++ <= n) { if (x === a) return true; x = heads[x - 1]!; }
    return false;
  };
  const done = new Uint8Array(n + 1);
  // paired marks: both to the single highest word inside, when the inside is one subtree
  const open: number[] = [];
  let straight = -1;
  const pair = (a: number, b: number) => {
    let top = -1, count = 0;
    for (let x = a + 1; x < b; x++) {
      if (P(x)) continue;
      const h = heads[x - 1]!;
      if (h < a || h > b) { top = x; count++; }
    }
    if (count === 1) { heads[a - 1] = top; heads[b - 1] = top; done[a] = 1; done[b] = 1; }
  };
  for (let p = 1; p <= n; p++) {
    if (!P(p)) continue;
    const w = words[p - 1]!;
    if (w in PAIRS) open.push(p);
    else if (w === '"') { if (straight < 0) straight = p; else { pair(straight, p); straight = -1; } }
    else {
      for (let k = open.length - 1; k >= 0; k--) {
        if (PAIRS[words[open[k]! - 1]!] === w) { pair(open[k]!, p); open.length = k; break; }
      }
    }
  }
  // the other marks
  for (let p = 1; p <= n; p++) {
    if (!P(p) || done[p] || p === rootWord) continue;
    let l = p - 1;
    while (l > 0 && P(l)) l--;
    let r = p + 1;
    while (r <= n && P(r)) r++;
    if (r > n) r = 0;
    if (l > 0) {
      let guard = 0;
      while (guard++ <= n) {
        const h = heads[l - 1]!;
        if (h === 0 || h > p || hi[l]! > p) break;
        l = h;
      }
    }
    if (r > 0) {
      let guard = 0;
      while (guard++ <= n) {
        const h = heads[r - 1]!;
        if (h === 0 || h < p || lo[r]! < p) break;
        r = h;
      }
    }
    let c: number;
    if (l === 0) c = r;
    else if (r === 0) c = l;
    else if (isAncestor(l, r)) c = r;
    else if (isAncestor(r, l)) c = l;
    else c = l;
    if (c > 0) heads[p - 1] = c;
  }
}
