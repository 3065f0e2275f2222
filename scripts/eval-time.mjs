#!/usr/bin/env node
// Date accuracy on our own set (scripts/data/dates.jsonl: sentences we wrote, with a publication
// date and the expected value and grain of one expression each). An item is right when a date found
// in the sentence covers the expression (either text contains the other) with the same value and
// grain. Also prints how many extra expressions were found that the set does not name.
//   npm run eval:time [-- --verbose]
import { readFileSync } from 'node:fs';
import { datesIn } from '../dist/time/index.js';
import { dayAnchor } from '../dist/time/anchor.js';

const verbose = process.argv.includes('--verbose');
const file = new URL('./data/dates.jsonl', import.meta.url);
const items = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const norm = (s) => s.toLowerCase().replace(/\s+/g, ' ').trim().replace(/^(on|in) /, '');
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
console.log(`dates: ${items.length} expressions, found ${found}, accuracy ${(ok / items.length * 100).toFixed(1)}% (${ok}/${items.length}), extra expressions ${extra}, ${ms.toFixed(3)} ms/sentence`);
