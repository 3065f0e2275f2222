// conlleval-style scoring: exact-match chunks (start, end, type), precision/recall/F1 overall and
// per type. Sequences are IOB2 (gold IOB1 is converted on reading).
import { iob2Chunks } from '../ml/index.js';

export interface Score { tp: number; fp: number; fn: number; p: number; r: number; f1: number }
export interface Report { overall: Score; byType: Record<string, Score> }

function finish(tp: number, fp: number, fn: number): Score {
  const p = tp + fp ? (100 * tp) / (tp + fp) : 0, r = tp + fn ? (100 * tp) / (tp + fn) : 0;
  return { tp, fp, fn, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function scoreChunks(gold: readonly (readonly string[])[], pred: readonly (readonly string[])[]): Report {
  const c: Record<string, [number, number, number]> = {};
  const get = (t: string) => (c[t] ??= [0, 0, 0]);
  gold.forEach((g, s) => {
    const gc = iob2Chunks(g), pc = iob2Chunks(pred[s]!);
    const key = (x: { start: number; end: number; type: string }) => `${x.start}:${x.end}:${x.type}`;
    const gs = new Set(gc.map(key));
    const ps = new Set(pc.map(key));
    for (const x of pc) { const k = get(x.type); if (gs.has(key(x))) k[0]++; else k[1]++; }
    for (const x of gc) if (!ps.has(key(x))) get(x.type)[2]++;
  });
  let tp = 0, fp = 0, fn = 0;
  const byType: Record<string, Score> = {};
  for (const [t, [a, b, d]] of Object.entries(c).sort()) { byType[t] = finish(a, b, d); tp += a; fp += b; fn += d; }
  return { overall: finish(tp, fp, fn), byType };
}

export function formatReport(r: Report): string {
  const f = (s: Score) => `precision ${s.p.toFixed(2)}%  recall ${s.r.toFixed(2)}%  F1 ${s.f1.toFixed(2)}`;
  const lines = [`overall  ${f(r.overall)}  (${r.overall.tp + r.overall.fp} predicted, ${r.overall.tp + r.overall.fn} gold)`];
  for (const [t, s] of Object.entries(r.byType)) lines.push(`${t.padEnd(8)} ${f(s)}  (${s.tp + s.fp} predicted, ${s.tp + s.fn} gold)`);
  return lines.join('\n');
}
