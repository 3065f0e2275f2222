// Training the parser: greedy arc-eager with the dynamic oracle and error exploration (Goldberg &
// Nivre 2012). At each state the move classifier is updated when its best legal move costs more
// than the best zero-cost move; the parser then follows its own prediction (from epoch
// `exploreFrom`, with probability `exploreP`) or the oracle's best move. The labeller learns
// from every correct arc the parser makes, with the state as it is at that moment, and the
// state keeps the labeller's own labels, as at run time.
import type { StoredModel } from '../ml/index.js';
import { Encoder, actionFeatures, labelFeatures, type Encoded } from './features.js';
import { State, moveCosts, LEFT, RIGHT, N_ACTIONS, ACTION_NAMES } from './system.js';
import { AvgTable } from './weights.js';
import { coarseTable, LabelCandidates } from './parser.js';

export interface TrainSentence {
  words: string[];
  /** predicted tag ids (jackknifed), as at run time */
  tags: Int32Array;
  /** gold heads at 1..n (projectivised), gold[0] = -1 */
  gold: Int32Array;
  /** gold label ids at 1..n */
  goldLab: Int32Array;
}

export interface ParserTrainOptions {
  tagNames: readonly string[];
  labelNames: readonly string[];
  /** LabelCandidates.collect over the training arcs */
  labelCandidates: Record<string, number[]>;
  epochs: number;
  /** word classes (parseClusters), stored with the model */
  clusters?: Map<string, number>;
  seed?: number;
  exploreFrom?: number;
  exploreP?: number;
  onEpoch?: (epoch: number, freeze: () => { moves: StoredModel; labels: StoredModel }, stats: { moveErrors: number; states: number; labelErrors: number; arcs: number }) => void;
}

export function trainParser(data: readonly TrainSentence[], o: ParserTrainOptions): { moves: StoredModel; labels: StoredModel } {
  const moves = new AvgTable(ACTION_NAMES);
  const labels = new AvgTable(o.labelNames);
  const rootLabel = o.labelNames.indexOf('root');
  const coarse = coarseTable(o.tagNames);
  const enc = new Encoder(o.tagNames, coarse, o.clusters);
  const cands = new LabelCandidates(o.tagNames.length, coarse[o.tagNames.length]!, o.labelNames.length, rootLabel, o.labelCandidates);
  const st = new State(256);
  const keys = new Int32Array(128), lkeys = new Int32Array(128);
  const sc = new Float64Array(N_ACTIONS), lsc = new Float64Array(64);
  const cost = new Int32Array(N_ACTIONS);
  let rng = (o.seed ?? 1) >>> 0 || 1;
  const rand = () => { rng ^= rng << 13; rng >>>= 0; rng ^= rng >>> 17; rng ^= rng << 5; rng >>>= 0; return rng / 4294967296; };
  const order = data.map((_, i) => i);
  const exploreFrom = o.exploreFrom ?? 2, exploreP = o.exploreP ?? 0.9;
  const freeze = () => ({ moves: moves.freeze(), labels: labels.freeze() });

  for (let ep = 1; ep <= o.epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j]!, order[i]!]; }
    const stats = { moveErrors: 0, states: 0, labelErrors: 0, arcs: 0 };
    const explore = ep >= exploreFrom;
    for (const idx of order) {
      const s = data[idx]!;
      const n = s.words.length;
      if (!n) continue;
      const e = enc.encode(s.words, s.tags);
      st.reset(n);
      // Label the arc h → d: learn when the arc is correct, and return the label to keep.
      const label = (h: number, d: number, e: Encoded): number => {
        if (h === 0) return rootLabel;
        const k = labelFeatures(st, e, h, d, lkeys);
        labels.score(lkeys, k, lsc);
        const cs = cands.of(d < h ? 0 : 1, e.P[d]!, e.C[h]!);
        let best = cs[0]!, bs = -Infinity;
        for (const y of cs) if (lsc[y]! > bs) { bs = lsc[y]!; best = y; }
        if (s.gold[d] === h) {
          const g = s.goldLab[d]!;
          stats.arcs++;
          if (best !== g) { stats.labelErrors++; labels.update(lkeys, k, g, 1); labels.update(lkeys, k, best, -1); }
          labels.c++;
          if (!explore) return g;
        }
        return best;
      };
      while (!st.done) {
        const k = actionFeatures(st, e, keys);
        moves.score(keys, k, sc);
        moveCosts(st, s.gold, cost);
        let pred = -1, ps = -Infinity, minCost = Infinity;
        for (let a = 0; a < N_ACTIONS; a++) {
          if (cost[a]! < 0) continue;
          if (sc[a]! > ps) { ps = sc[a]!; pred = a; }
          if (cost[a]! < minCost) minCost = cost[a]!;
        }
        let gbest = -1, gs = -Infinity;
        for (let a = 0; a < N_ACTIONS; a++) if (cost[a] === minCost && sc[a]! > gs) { gs = sc[a]!; gbest = a; }
        stats.states++;
        if (cost[pred]! > minCost) {
          stats.moveErrors++;
          moves.update(keys, k, gbest, 1);
          moves.update(keys, k, pred, -1);
        }
        moves.c++;
        const next = explore && rand() < exploreP ? pred : gbest;
        if (next === LEFT) st.apply(LEFT, label(st.b, st.s0, e));
        else if (next === RIGHT) st.apply(RIGHT, label(st.s0, st.b, e));
        else st.apply(next);
      }
      st.finish((h, d) => label(h, d, e));
    }
    o.onEpoch?.(ep, freeze, stats);
  }
  return freeze();
}
