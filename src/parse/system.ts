// The arc-eager transition system (Nivre 2003) with the root token at the bottom of the stack,
// one root per sentence, and a deterministic end; plus its static oracle and the dynamic oracle
// of Goldberg & Nivre (2012), which gives each transition's cost (gold arcs it makes unreachable).
//
// Positions: 0 is the artificial root, words are 1..n. The buffer is always the words b..n (the
// arc-eager system never puts a word back), so it is one index. Transitions:
//   SHIFT   push b
//   RIGHT   arc s0 → b, push b            (s0 not the root)
//   LEFT    arc b → s0, pop s0            (s0 not the root, s0 without a head)
//   REDUCE  pop s0                        (s0 has a head)
// The root takes no dependent while words remain: which word is the sentence's root is settled
// at the end (as with the root at the end of the buffer, Ballesteros & Nivre 2013, a greedy
// parser is not made to pick it early). When the buffer is empty the parse is finished without
// choices: the stack is popped, and a word still without a head becomes the rightmost dependent
// of the word under it — the lowest one becomes the root's. So every sentence gets exactly one
// root and every word a head.

export const SHIFT = 0, RIGHT = 1, LEFT = 2, REDUCE = 3;
export const N_ACTIONS = 4;
export const ACTION_NAMES = ['SHIFT', 'RIGHT', 'LEFT', 'REDUCE'] as const;

/** Parser state for sentences of up to `cap` words; reused across sentences (no allocation per sentence). */
export class State {
  n = 0;
  /** buffer front: words b..n are in the buffer; b = n + 1 when it is empty */
  b = 1;
  sp = 0;
  stack: Int32Array;
  head: Int32Array;
  label: Int32Array;
  /** leftmost and second leftmost child, rightmost and second rightmost (-1: none) */
  l1: Int32Array; l2: Int32Array; r1: Int32Array; r2: Int32Array;
  /** number of left and right children */
  vl: Int32Array; vr: Int32Array;
  /** sets of left and right children's labels, as 2 × 32-bit masks (label ids < 64) */
  lsLo: Int32Array; lsHi: Int32Array; rsLo: Int32Array; rsHi: Int32Array;
  rootChild = -1;

  constructor(cap = 128) {
    this.stack = new Int32Array(0); this.head = this.stack; this.label = this.stack;
    this.l1 = this.l2 = this.r1 = this.r2 = this.vl = this.vr = this.lsLo = this.lsHi = this.rsLo = this.rsHi = this.stack;
    this.alloc(cap);
  }

  private alloc(cap: number): void {
    const m = cap + 2;
    this.stack = new Int32Array(m); this.head = new Int32Array(m); this.label = new Int32Array(m);
    this.l1 = new Int32Array(m); this.l2 = new Int32Array(m); this.r1 = new Int32Array(m); this.r2 = new Int32Array(m);
    this.vl = new Int32Array(m); this.vr = new Int32Array(m);
    this.lsLo = new Int32Array(m); this.lsHi = new Int32Array(m); this.rsLo = new Int32Array(m); this.rsHi = new Int32Array(m);
  }

  reset(n: number): void {
    if (this.stack.length < n + 2) this.alloc(Math.max(n, this.stack.length * 2));
    this.n = n; this.b = 1; this.sp = 1; this.stack[0] = 0; this.rootChild = -1;
    const m = n + 1;
    this.head.fill(-1, 0, m); this.label.fill(-1, 0, m);
    this.l1.fill(-1, 0, m); this.l2.fill(-1, 0, m); this.r1.fill(-1, 0, m); this.r2.fill(-1, 0, m);
    this.vl.fill(0, 0, m); this.vr.fill(0, 0, m);
    this.lsLo.fill(0, 0, m); this.lsHi.fill(0, 0, m); this.rsLo.fill(0, 0, m); this.rsHi.fill(0, 0, m);
  }

  get s0(): number { return this.stack[this.sp - 1]!; }
  get s1(): number { return this.sp > 1 ? this.stack[this.sp - 2]! : -1; }
  get done(): boolean { return this.b > this.n; }

  canDo(a: number): boolean {
    const s0 = this.stack[this.sp - 1]!;
    if (this.b > this.n) return false;
    switch (a) {
      case SHIFT: return true;
      case RIGHT: return s0 !== 0;
      case LEFT: return s0 !== 0 && this.head[s0]! < 0;
      default: return s0 !== 0 && this.head[s0]! >= 0;
    }
  }

  /** Record arc h → d with label id lab (children bookkeeping for the features). */
  arc(h: number, d: number, lab: number): void {
    this.head[d] = h; this.label[d] = lab;
    if (h === 0) this.rootChild = d;
    if (d < h) {
      // arc-eager adds left children from the nearest outwards: d is the new leftmost
      this.l2[h] = this.l1[h]!; this.l1[h] = d; this.vl[h]!++;
      if (lab < 32) this.lsLo[h]! |= 1 << lab; else this.lsHi[h]! |= 1 << (lab - 32);
    } else {
      this.r2[h] = this.r1[h]!; this.r1[h] = d; this.vr[h]!++;
      if (lab < 32) this.rsLo[h]! |= 1 << lab; else this.rsHi[h]! |= 1 << (lab - 32);
    }
  }

  /** Apply an unlabelled move; for RIGHT and LEFT the arc's label is `lab`. */
  apply(a: number, lab = -1): void {
    const s0 = this.stack[this.sp - 1]!;
    switch (a) {
      case SHIFT: this.stack[this.sp++] = this.b++; break;
      case RIGHT: this.arc(s0, this.b, lab); this.stack[this.sp++] = this.b++; break;
      case LEFT: this.arc(this.b, s0, lab); this.sp--; break;
      default: this.sp--;
    }
  }

  /**
   * The end of the parse, once the buffer is empty: pop the stack, attaching a word without a head
   * to the word under it. labelOf(h, d) gives each such arc its label.
   */
  finish(labelOf: (h: number, d: number) => number): void {
    while (this.sp > 1) {
      const s0 = this.stack[this.sp - 1]!;
      if (this.head[s0]! < 0) {
        const h = this.stack[this.sp - 2]!;
        this.arc(h, s0, labelOf(h, s0));
      }
      this.sp--;
    }
  }
}

/**
 * Cost of each legal move against gold heads (gold[d] for d = 1..n; gold[0] unused), after
 * Goldberg & Nivre (2012): the number of gold arcs the move makes unreachable. Illegal moves
 * get cost -1. Arcs the end-of-parse attachment might still make are not counted (a slight
 * approximation: they are rare and the end rule only rescues them).
 */
export function moveCosts(st: State, gold: ArrayLike<number>, out: Int32Array): void {
  const s0 = st.s0, b = st.b, n = st.n, sp = st.sp, stack = st.stack, head = st.head;
  for (let a = 0; a < N_ACTIONS; a++) out[a] = st.canDo(a) ? 0 : -1;
  if (b > n) return;
  const gb = gold[b]!;
  // gold dependents of b on the stack still without a head (LEFT could still give them b)
  let bDepsOnStack = 0, gbOnStack = false;
  for (let k = 0; k < sp; k++) {
    const x = stack[k]!;
    if (x === gb) gbOnStack = true;
    if (x !== 0 && head[x]! < 0 && gold[x] === b) bDepsOnStack++;
  }
  // gold dependents of s0 in the buffer
  let s0DepsInBuffer = 0;
  for (let d = b; d <= n; d++) if (gold[d] === s0) s0DepsInBuffer++;
  // The root's arc is made at the end, to a word left without a head: shifting the gold root
  // keeps it reachable, giving it a head loses it.
  if (out[SHIFT]! >= 0) out[SHIFT] = (gbOnStack && gb !== 0 ? 1 : 0) + bDepsOnStack;
  if (out[RIGHT]! >= 0) {
    let c = 0;
    if (gb !== s0 && (gbOnStack || gb > b)) c++;
    // b's gold dependents waiting on the stack (s0 included) are lost
    c += bDepsOnStack;
    out[RIGHT] = c;
  }
  if (out[LEFT]! >= 0) {
    let c = s0DepsInBuffer;
    const g0 = gold[s0]!;
    if (g0 > b || g0 === 0) c++;
    out[LEFT] = c;
  }
  if (out[REDUCE]! >= 0) out[REDUCE] = s0DepsInBuffer;
}

/** The static oracle's move for a projective gold tree (Nivre 2003's canonical order). */
export function staticOracle(st: State, gold: ArrayLike<number>): number {
  const s0 = st.s0, b = st.b;
  if (s0 !== 0 && st.head[s0]! < 0 && gold[s0] === b) return LEFT;
  if (gold[b] === s0 && s0 !== 0) return RIGHT;
  if (s0 !== 0 && st.head[s0]! >= 0) {
    // reduce when b has a head or a dependent further down the stack
    for (let k = 0; k < st.sp - 1; k++) {
      const x = st.stack[k]!;
      if (gold[b] === x || (x !== 0 && gold[x] === b)) return REDUCE;
    }
  }
  return SHIFT;
}
