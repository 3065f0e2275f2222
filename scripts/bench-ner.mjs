#!/usr/bin/env node
// NER throughput: tags the CoNLL-2003 dev split (documents as the tagger sees them, both passes)
// on one core and reports tokens per second, model load time and peak RSS (model included).
// `node scripts/bench-ner.mjs [--rounds N]`, or `import { benchNer } from './scripts/bench-ner.mjs'`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadavg } from 'node:os';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * tokensPerSecond is wall-clock; tokensPerCpuSecond divides by the CPU time this process used, which
 * is the one-core figure when the machine is shared (GC threads count too, so it is conservative).
 * @returns {Promise<{ tokensPerSecond: number, tokensPerCpuSecond: number, tokens: number, seconds: number, cpuSeconds: number, loadMs: number, peakRssMB: number }>}
 */
export async function benchNer({ rounds = 3, file = `${root}../shared/data/conll2003/dev.txt` } = {}) {
  const { NerTagger } = await import(`${root}dist/ner/tagger.js`);
  const { parseConll } = await import(`${root}dist/ner/conll.js`);
  const t0 = performance.now();
  const tagger = NerTagger.load();
  const loadMs = performance.now() - t0;
  const docs = parseConll(readFileSync(file, 'utf8')).map((d) => d.sentences.map((s) => s.tokens));
  const perRound = docs.reduce((n, d) => n + d.reduce((m, s) => m + s.length, 0), 0);
  for (const d of docs.slice(0, 20)) tagger.tagDocument(d); // warm-up
  const t1 = performance.now();
  const c1 = process.cpuUsage();
  for (let r = 0; r < rounds; r++) for (const d of docs) tagger.tagDocument(d);
  const seconds = (performance.now() - t1) / 1000;
  const cpu = process.cpuUsage(c1);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const tokens = perRound * rounds;
  return {
    tokensPerSecond: Math.round(tokens / seconds), tokensPerCpuSecond: Math.round(tokens / cpuSeconds), tokens,
    seconds: +seconds.toFixed(2), cpuSeconds: +cpuSeconds.toFixed(2), loadMs: Math.round(loadMs), peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values: v } = parseArgs({ options: { rounds: { type: 'string', default: '3' } } });
  const r = await benchNer({ rounds: +v.rounds });
  console.log(`NER tagging: ${r.tokensPerCpuSecond} tokens per CPU-second, ${r.tokensPerSecond} tokens/s wall (${r.tokens} tokens, ${r.cpuSeconds} s CPU, ${r.seconds} s wall, one thread, both passes)`);
  console.log(`model load ${r.loadMs} ms; peak RSS ${r.peakRssMB} MB; machine load average ${loadavg()[0].toFixed(2)} (shared cores slow the CPU-second figure too)`);
}
