#!/usr/bin/env node
// Quotation detection and speaker attribution on our own sets: scripts/data/quotes.jsonl (short
// news articles we wrote, with every quotation a reader would mark and who said it; the stage was
// tuned on it) and scripts/data/quotes-heldout.jsonl (written afterwards, never tuned on). Runs the
// whole pipeline (text → ner → syntax → resolve → time → quotes), so names come from the real NER
// and resolution when their models are present. Also scores the blind sets
// scripts/data/quotes-blind-dev.jsonl and quotes-blind-test.jsonl (news copy written without
// looking at the engine or its data), printed as blind-dev and blind-test and kept out of 'overall'.
//   quote detection: a gold quotation is found when a predicted quote's text contains its first 40
//     characters (as the seed scorer matches); precision = predicted quotes matching some gold
//     quotation / all predicted quotes.
//   speaker: right when the predicted speaker name equals the gold speaker or one of its aliases
//     (case, quotes and spacing ignored). Precision = right / gold quotations found with a speaker;
//     recall = right / gold quotations; F1 of the two. Scare quotes given a speaker are counted.
// Convention: a directive is reported speech — "urged residents to store water" reports what was
// said (the addressee and the infinitive), as an independent annotator marked it in the blind
// sets; q07 and q15 of quotes.jsonl were re-annotated to match when the stage adopted it.
//   npm run eval:quotes [-- --verbose]
import { readFileSync } from 'node:fs';
import { runPipeline } from '../dist/pipeline.js';

const VERBOSE = process.argv.includes('--verbose');
const norm = (s) => String(s ?? '').normalize('NFKC').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
const total = { gold: 0, found: 0, attributed: 0, right: 0, predicted: 0, predictedMatched: 0, scare: 0 };

// The blind test halves are the honest figure for new copy: their items are never printed.
const quiet = (name) => name.includes('blind-test');

function evaluate(name, label = name, inOverall = true) {
  const verbose = VERBOSE && !quiet(name);
  const items = readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  let gold = 0, found = 0, attributed = 0, right = 0, predicted = 0, predictedMatched = 0, scare = 0, ms = 0;
  for (const a of items) {
    const t0 = performance.now();
    const doc = runPipeline({ title: a.title, captions: [], body: a.body, published: a.published, publishedSource: 'given' });
    ms += performance.now() - t0;
    const qs = doc.quotes;
    const wants = a.quotes.map((g) => norm(g.starts).slice(0, 40));
    predicted += qs.length;
    for (const q of qs) {
      if (wants.some((w) => norm(q.text).includes(w))) predictedMatched++;
      else if (verbose) console.log(`${a.id} EXTRA ${q.kind} "${q.text.slice(0, 60)}" (${q.speaker?.name ?? 'no speaker'})`);
    }
    for (const g of a.quotes) {
      gold++;
      const names = [g.speaker, ...g.aliases].map(norm);
      const want = norm(g.starts).slice(0, 40);
      const same = qs.filter((q) => norm(q.text).includes(want));
      const ok = (q) => q.speaker && names.includes(norm(q.speaker.name));
      const hit = same.find(ok) ?? same.find((q) => q.speaker) ?? same[0];
      if (hit) found++;
      if (hit?.speaker) attributed++;
      if (hit && ok(hit)) right++;
      else if (verbose) console.log(`${a.id} MISS ${g.kind} "${g.starts.slice(0, 50)}" -> ${hit ? `speaker ${hit.speaker?.name ?? 'none'}` : 'not found'} (want ${g.speaker})`);
    }
    for (const nq of a.not_quotes) {
      const hit = qs.find((q) => q.speaker && norm(q.text).replace(/"/g, '') === norm(nq));
      if (hit) { scare++; attributed++; if (verbose) console.log(`${a.id} SCARE "${nq}" given ${hit.speaker.name}`); }
    }
  }
  if (inOverall) Object.entries({ gold, found, attributed, right, predicted, predictedMatched, scare }).forEach(([k, v]) => { total[k] += v; });
  report(label, { gold, found, attributed, right, predicted, predictedMatched, scare }, items.length, ms / items.length);
}

function report(name, c, articles, msPerArticle) {
  const P = c.right / (c.attributed || 1), R = c.right / (c.gold || 1), F = (2 * P * R) / ((P + R) || 1);
  console.log(`${name}: ${articles ?? '-'} articles, ${c.gold} gold quotations${msPerArticle ? `, pipeline ${msPerArticle.toFixed(1)} ms/article (all stages)` : ''}`);
  console.log(`  detection: precision ${(c.predictedMatched / (c.predicted || 1)).toFixed(3)} (${c.predictedMatched}/${c.predicted}), recall ${(c.found / c.gold).toFixed(3)} (${c.found}/${c.gold})`);
  console.log(`  speaker: precision ${P.toFixed(3)}, recall ${R.toFixed(3)}, F1 ${F.toFixed(3)} (${c.right} right of ${c.attributed} attributed), scare quotes attributed ${c.scare}`);
}

evaluate('quotes.jsonl');
evaluate('quotes-heldout.jsonl');
report('overall', total);
evaluate('quotes-blind-dev.jsonl', 'blind-dev (quotes-blind-dev.jsonl)', false);
evaluate('quotes-blind-test.jsonl', 'blind-test (quotes-blind-test.jsonl)', false);
