#!/usr/bin/env node
// Date accuracy on our own sets: scripts/data/dates.jsonl (sentences we wrote, with a publication
// date and the expected value and grain of one expression each; the stage was tuned on it) and
// scripts/data/dates-heldout.jsonl (written afterwards, never tuned on). An item is right when a date found
// in the sentence covers the expression (either text contains the other) with the same value and
// grain. Also prints how many extra expressions were found that the set does not name. The blind
// sets scripts/data/dates-blind-dev.jsonl and dates-blind-test.jsonl (written without looking at the
// engine or its data) are printed as blind-dev and blind-test and kept out of 'dates overall'.
//   npm run eval:time [-- --verbose]
import { readFileSync } from 'node:fs';
import { datesIn } from '../dist/time/index.js';
import { dayAnchor } from '../dist/time/anchor.js';

const VERBOSE = process.argv.includes('--verbose');
const norm = (s) => s.toLowerCase().replace(/\s+/g, ' ').trim().replace(/^(on|in) /, '');

// The blind test half is the honest figure for new copy: its items are never printed.
function evaluate(name, label = name) {
  const verbose = VERBOSE && !name.includes('blind-test');
  const items = readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  let ok = 0, found = 0;
  const byText = new Map();
  for (const it of items) {
    const got = datesIn(it.text, dayAnchor(it.published));
    const want = norm(it.expr);
    const same = got.filter((d) => norm(d.text).includes(want) || want.includes(norm(d.text)));
    const hit = same.find((d) => d.value === it.value && d.grain === it.grain) ?? same[0];
    if (hit) found++;
    const good = hit && hit.value === it.value && hit.grain === it.grain;
    if (good) ok++;
    else if (verbose) console.log(`MISS "${it.expr}" in "${it.text}" (pub ${it.published}) -> ${hit ? `${hit.text} = ${hit.value}/${hit.grain}` : 'not found'} (want ${it.value}/${it.grain})`);
    const k = byText.get(it.text) ?? { got, wants: [] };
    k.wants.push(want);
    byText.set(it.text, k);
  }
  let extra = 0;
  for (const [text, { got, wants }] of byText) {
    for (const d of got) {
      if (!wants.some((w) => norm(d.text).includes(w) || w.includes(norm(d.text)))) {
        extra++;
        if (verbose) console.log(`EXTRA "${d.text}" = ${d.value}/${d.grain} in "${text}"`);
      }
    }
  }
  const t0 = performance.now();
  let n = 0;
  for (let r = 0; r < 20; r++) for (const it of items) { datesIn(it.text, dayAnchor(it.published)); n++; }
  const ms = (performance.now() - t0) / n;
  console.log(`${label}: ${items.length} expressions, found ${found}, accuracy ${(ok / items.length * 100).toFixed(1)}% (${ok}/${items.length}), extra expressions ${extra}, ${ms.toFixed(3)} ms/sentence`);
  return [ok, items.length];
}

const [a, n] = evaluate('dates.jsonl');
const [b, m] = evaluate('dates-heldout.jsonl');
console.log(`dates overall: accuracy ${((a + b) / (n + m) * 100).toFixed(1)}% (${a + b}/${n + m})`);
evaluate('dates-blind-dev.jsonl', 'blind-dev (dates-blind-dev.jsonl)');
evaluate('dates-blind-test.jsonl', 'blind-test (dates-blind-test.jsonl)');
