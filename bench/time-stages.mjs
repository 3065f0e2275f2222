// Per-stage timing of the pipeline over already-read articles, in this thread: the one timer the
// stage-share benchmarks share (bench/stage-times.mjs, scripts/bench-time-quotes.mjs).
import { createDoc } from '../dist/doc/index.js';
import { defaultStages } from '../dist/pipeline.js';

/**
 * Runs every article through every stage after a warm-up (JIT, lazy model loads): `warmRaws`
 * untimed, else the first `warm` of raws.
 * Returns milliseconds per stage name, and the docs' date and quote counts.
 */
export function timeStages(raws, { warm = 5, warmRaws = null } = {}) {
  const ms = new Map(defaultStages.map((s) => [s.name, 0]));
  const run = (raw, timed) => {
    let doc = createDoc(raw);
    for (const stage of defaultStages) {
      const t = performance.now();
      const layers = stage.run(doc, { report: (d) => doc.diagnostics.push({ stage: stage.name, ...d }) });
      doc = { ...doc, ...layers };
      if (timed) ms.set(stage.name, ms.get(stage.name) + performance.now() - t);
    }
    return doc;
  };
  // Untimed warm-up: the given articles (steady-state figures), else the first few of raws.
  for (const r of warmRaws ?? raws.slice(0, warm)) run(r, false);
  let dates = 0;
  let quotes = 0;
  for (const r of raws) {
    const d = run(r, true);
    dates += d.dates.length;
    quotes += d.quotes.length;
  }
  return { ms, dates, quotes };
}
