#!/usr/bin/env node
// Dependency parser speed and memory (issue 15), as JSON on the last line of stdout:
//   node bench/parse.mjs [--rounds 3] [--selection] [--articles 300] [--model FILE]
// Parses the EWT and GUM dev sentences (gold tokens) with our own tagger: words per second on one
// thread, tagging included, model load excluded (the first round warms the JIT and is not
// timed; the median of the timed rounds is reported). Peak RSS is the whole process with the
// model loaded. --selection also runs the pipeline up to the parse stage over the demo corpus
// (samples/) and generated articles and reports the share of sentences the stage parses.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const opt = (name, d) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : d; };
const ROUNDS = Number(opt('--rounds', 3));
const { Parser, readConll4, readConlluTreebank } = await import('../dist/parse/index.js');
const DATA = join(ROOT, '../shared/data/ud-english/');
const sents = [
  ...readConll4(readFileSync(join(DATA, 'ewt-dev.conll4'), 'utf8')),
  ...readConlluTreebank(readFileSync(join(DATA, 'gum-dev.conllu'), 'utf8')),
].map((s) => s.words);
const words = sents.reduce((a, s) => a + s.length, 0);

const rss0 = process.memoryUsage().rss;
const t0 = performance.now();
const MODEL = opt('--model', join(ROOT, 'models/parse.bin.gz'));
const p = Parser.load(MODEL);
const loadMs = performance.now() - t0;
const rssModel = process.memoryUsage().rss - rss0;

const rates = [], cpuRates = [];
let tagOnly = 0;
const cpuS = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1e6; };
for (let r = 0; r <= ROUNDS; r++) {
  const s0 = performance.now(), c0 = cpuS();
  for (const w of sents) p.parse(w);
  const sec = (performance.now() - s0) / 1000, csec = cpuS() - c0;
  if (r > 0) { rates.push(words / sec); cpuRates.push(words / csec); }
}
cpuRates.sort((a, b) => a - b);
{
  const s0 = performance.now();
  for (const w of sents) p.tagIds(w);
  tagOnly = words / ((performance.now() - s0) / 1000);
}
rates.sort((a, b) => a - b);
const cpu = process.cpuUsage();
const out = {
  sentences: sents.length, words, rounds: ROUNDS,
  words_per_s: Math.round(rates[Math.floor(rates.length / 2)]),
  words_per_s_rounds: rates.map(Math.round),
  // on a shared machine the wall rate is the CPU share we got; per CPU-second is the thread's own rate
  words_per_cpu_s: Math.round(cpuRates[Math.floor(cpuRates.length / 2)]),
  load_average: (await import('node:os')).loadavg().map((x) => +x.toFixed(1)),
  tagging_only_words_per_s: Math.round(tagOnly),
  model_load_ms: Math.round(loadMs),
  model_rss_mb: +(rssModel / 2 ** 20).toFixed(1),
  peak_rss_mb: +(process.resourceUsage().maxRSS / 1024).toFixed(1), // before --selection loads the pipeline
  model_file_mb: +(readFileSync(MODEL).length / 1e6).toFixed(2),
  cpu_s: +((cpu.user + cpu.system) / 1e6).toFixed(1),
};

if (args.includes('--selection')) {
  const { runPipeline } = await import('../dist/pipeline.js');
  const { rawArticles } = await import('../dist/workers/files.js');
  const share = async (inputs) => {
    let total = 0, parsed = 0, articles = 0, tokens = 0, parsedTokens = 0;
    for await (const raw of rawArticles(inputs)) {
      const doc = runPipeline(raw, { until: 'parse' });
      articles++;
      total += doc.sentences.length;
      doc.sentences.forEach((s, i) => {
        tokens += s.tokenEnd - s.tokenStart;
        if (doc.deps?.parsed[i]) { parsed++; parsedTokens += s.tokenEnd - s.tokenStart; }
      });
    }
    return { articles, sentences: total, parsed, share: +(parsed / total).toFixed(3), token_share: +(parsedTokens / tokens).toFixed(3) };
  };
  const samples = [];
  for (const d of ['raw', 'jsonl', 'html', 'rss', 'atom']) {
    const dir = join(ROOT, 'samples', d);
    if (existsSync(dir)) for (const f of readdirSync(dir).sort()) samples.push(join(dir, f));
  }
  out.selection_samples = await share(samples);
  const n = Number(opt('--articles', 300));
  const gen = join(tmpdir(), `newsgraph-parse-bench-${n}.jsonl`);
  if (!existsSync(gen)) execFileSync(process.execPath, [join(ROOT, 'scripts/gen-corpus.mjs'), '--articles', String(n), '--out', gen]);
  out.selection_generated = await share([gen]);
}
console.log(JSON.stringify(out));
