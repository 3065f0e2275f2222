// Keeping V8's optimised code once it is made (issue 21).
//
// What `bench/jit-settle.mjs` showed: after the first few hundred articles V8 kept compiling
// ~300 functions with TurboFan every 250 articles (2 s of background compile work per window,
// about a fifth of the analysis time, for as long as the run lasts), and almost none of them had
// deoptimised. They had lost their bytecode: V8 "flushes" the bytecode of a function it thinks
// unused — its age grows at each full GC and is reset only when the function is entered in the
// interpreter or the baseline tier. A hot function that runs only as optimised code, or only
// inlined into an optimised caller, never resets its age, so after a few full GCs its bytecode is
// flushed, its optimised code is dropped with it, and it starts over: interpreted, profiled,
// compiled again. The pipeline allocates a few MB per article, so full GCs come every few dozen
// articles and the cycle never ends. With flushing off the repeated compiles stop (window after
// window: ~300 → ~90 compiles, the rest being real first compiles and rare deoptimisations).
//
// Flushing exists to give back the memory of code that runs once (start-up, a one-off command);
// an analysis process runs the same code for every article, and the bytecode it keeps is a few MB
// (measured: no change in peak RSS beyond run-to-run noise). The setting is the process's own
// (set here when the pipeline loads, in every thread that loads it), not a flag a user passes.
import { setFlagsFromString } from 'node:v8';

let done = false;
/** Stop V8 from flushing the bytecode (and so the optimised code) of functions it thinks idle. */
export function keepOptimisedCode(): void {
  if (done) return;
  done = true;
  setFlagsFromString('--no-flush-bytecode');
}
