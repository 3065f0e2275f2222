#!/usr/bin/env node
// Why per-call closures keep TurboFan busy (issue 21), in isolation: a closure made anew by every
// call of a function that is not optimised itself, called often enough to be optimised, with a
// full GC every 1,000 calls (as the pipeline's allocation causes every few dozen articles).
// Prints how many times V8 compiled the closure with and without the GCs:
//   node bench/closure-recompile.mjs            → {"with_full_gcs":20,"without":1} (Node 20)
// V8 keeps a closure's optimised code weakly in the feedback vector its instances share: a full
// GC while no instance is alive drops it, and the next instance starts over. A module-level
// function is always alive, so its code stays.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

if (process.argv[2] === '--inner') {
  const gcs = process.argv[3] === 'gc';
  const outer = new Function('arr', 'a', `
    const pick = (x) => { let s = x; for (let i = 0; i < 5; i++) { s = (s * 31 + a) % 1009; if (s === 17) s += arr.length; else if (s === 19) s -= 3; else if (s === 23) s ^= 5; else if (s === 29) s = s * 2 % 1009; else if (s === 31) s = s + 7; else if (s === 37) s = s - 1; } return s > 500; };
    let c = 0; for (let i = 0; i < arr.length; i++) if (pick(arr[i])) c++; return c;`);
  new Function('f', '%NeverOptimizeFunction(f)')(outer);
  const arr = Array.from({ length: 300 }, (_, i) => i);
  for (let k = 0; k < 20000; k++) {
    outer(arr, k);
    if (gcs && k % 1000 === 0) globalThis.gc();
  }
} else {
  const count = (mode) => {
    const r = spawnSync(process.execPath, ['--allow-natives-syntax', '--expose-gc', '--trace-opt', fileURLToPath(import.meta.url), '--inner', mode], { encoding: 'utf8' });
    return r.stdout.split('\n').filter((l) => l.startsWith('[completed compiling') && l.includes('pick')).length;
  };
  process.stdout.write(JSON.stringify({ with_full_gcs: count('gc'), without: count('none') }) + '\n');
}
