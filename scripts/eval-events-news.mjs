#!/usr/bin/env node
// Scores the events stage on the blind news sets of issue 16, written by a helper who had read
// neither the coder nor our suites (scripts/data/events-news-blind-*.jsonl: 170 headlines and ledes,
// half with no political event; scripts/data/events-stories-blind-*.jsonl: 20 full stories with
// their core events and the events a careless coder would add). Every item goes through the whole
// pipeline. The dev halves may be studied after their first run; the test halves are never read
// by whoever works on the coder, and --verbose never prints their items.
//   node scripts/eval-events-news.mjs [--verbose] [--only tune|dev|test|dev2|test2|dev3|test3|dev4|test4|dev5|test5]
// Prints, per half:
//   headlines and ledes: relevance P/R/F1 (an item is predicted relevant when it gets at least one
//     non-negated event), false events per 100 items without a political event, triple
//     (source, CAMEO root, target) P/R/F1, and the share of gold events whose PLOVER type and
//     source and target are right (the outside "type + countries" measure);
//   stories: share of core events found (triple), precision of the coded events, forbidden events.
// Actors are compared by country, else by role or organisation code (IGO*, COP, UAF, …), "-" for none.
import { existsSync, readFileSync } from 'node:fs';
import { runPipeline } from '../dist/pipeline.js';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const data = (f) => new URL(`./data/${f}`, import.meta.url);
const load = (f) => readFileSync(data(f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

// Kosovo has no ISO code; any IGO code is an IGO; the EU is EUR in PLOVER; a named NGO's code is an NGO.
const normC = (c) => {
  if (!c || c === '-') return '-';
  if (c === 'KOS' || c === 'KSV' || c === 'UNK') return 'XKX';
  if (c === 'EUR' || c.startsWith('IGO')) return 'IGO';
  // CAMEO's own codes for named NGOs (Amnesty AMN, the Red Cross IRC, Human Rights Watch …) are NGOs.
  if (c.startsWith('NGO') || c === 'AMN' || c === 'IRC' || c === 'GRP') return 'NGO';
  return c;
};
const actorKey = (a) => (a ? normC(a.country ?? a.actor_code) : '-');
const MUTUAL = (code) => /^(03|04[0-6]|057|06)/.test(code);
/** The reverse of a mutual act (coded both ways, docs/events-annotation.md) is no error where the annotator wrote one way. */
/** A protest against no one named may be coded at the protesters' own state, and the other way round. */
const protestTargets = (list) => list.map((s) => s.split(' ')).filter(([src, code, tgt]) => code.startsWith('14') && (tgt === '-' || tgt === src)).flatMap(([src]) => [`${normC(src)}|14|${normC(src)}`, `${normC(src)}|14|-`]);
const reverseOfMutual = (list) => list.filter((s) => MUTUAL(s.split(' ')[1])).map((s) => { const [src, code, tgt] = s.split(' '); return `${normC(tgt)}|${code.slice(0, 2)}|${normC(src)}`; });
const triple = (s) => { const [src, code, tgt] = s.split(' '); return `${normC(src)}|${code.slice(0, 2)}|${normC(tgt)}`; };
const prf = (tp, fp, fn) => { const p = tp / (tp + fp || 1), r = tp / (tp + fn || 1); return { p, r, f: (2 * p * r) / (p + r || 1) }; };
const f3 = (x) => x.toFixed(3);

function events(raw) {
  const doc = runPipeline(raw);
  return doc.events.filter((e) => !e.negated);
}

function scoreNews(name, items) {
  const quiet = name.includes('test');
  let rtp = 0, rfp = 0, rfn = 0, falseEvents = 0, nonRelevant = 0, tp = 0, fp = 0, fn = 0, typeOk = 0, goldN = 0, evN = 0, located = 0;
  const t0 = performance.now();
  for (const c of items) {
    const raw = c.kind === 'headline'
      ? { title: c.text, captions: [], body: '', published: c.published, publishedSource: 'given' }
      : { title: '', captions: [], body: c.text, published: c.published, publishedSource: 'given' };
    const evs = events(raw);
    evN += evs.length;
    located += evs.filter((e) => e.place && e.place.lat !== null && e.place.lon !== null).length;
    const predRel = evs.length > 0;
    if (c.relevant && predRel) rtp++; else if (!c.relevant && predRel) rfp++; else if (c.relevant) rfn++;
    if (!c.relevant) { nonRelevant++; falseEvents += evs.length; }
    const pred = new Map(evs.map((e) => [`${actorKey(e.source)}|${e.root}|${actorKey(e.target)}`, e]));
    const gold = new Set(c.events.map(triple));
    const ok = new Set([...(c.ok ?? []).map(triple), ...reverseOfMutual(c.events), ...protestTargets(c.events)]);
    const miss = [], extra = [];
    for (const k of gold) if (pred.has(k)) tp++; else { fn++; miss.push(k); }
    for (const k of pred.keys()) if (!gold.has(k) && !ok.has(k)) { fp++; extra.push(k); }
    // Type + actors: the gold event's PLOVER type with its source and target right.
    c.events.forEach((g, i) => {
      goldN++;
      const [src, , tgt] = g.split(' ');
      const type = c.plover?.[i];
      if (evs.some((e) => actorKey(e.source) === normC(src) && actorKey(e.target) === normC(tgt) && (e.plover ?? 'NONE') === (type ?? 'NONE'))) typeOk++;
    });
    if (verbose && !quiet && (miss.length || extra.length)) console.log(`${c.id} ${c.text}\n    want ${[...gold].join(', ') || '-'}; got ${[...pred.keys()].join(', ') || '-'}`);
  }
  const rel = prf(rtp, rfp, rfn), tri = prf(tp, fp, fn);
  console.log(`${name}: ${items.length} items (${items.length - nonRelevant} with a political event), ${(items.length / ((performance.now() - t0) / 1000)).toFixed(0)} items/s`);
  console.log(`  relevance P ${f3(rel.p)} R ${f3(rel.r)} F1 ${f3(rel.f)}; false events per 100 items without one: ${(100 * falseEvents / (nonRelevant || 1)).toFixed(1)}`);
  console.log(`  triple (source, root, target) P ${f3(tri.p)} R ${f3(tri.r)} F1 ${f3(tri.f)} (tp ${tp}, fp ${fp}, fn ${fn}); PLOVER type + source + target right: ${(100 * typeOk / (goldN || 1)).toFixed(1)}% of ${goldN}`);
  console.log(`  events with a place with coordinates ${(100 * located / (evN || 1)).toFixed(1)}% (${located}/${evN})`);
  return { relevance: rel, triple: tri, falsePer100: 100 * falseEvents / (nonRelevant || 1), typeActors: typeOk / (goldN || 1) };
}

function scoreStories(name, items) {
  const quiet = name.includes('test');
  let found = 0, core = 0, predN = 0, predOk = 0, forbidden = 0, evN = 0, located = 0;
  for (const c of items) {
    const evs = events({ title: c.title, captions: [], body: c.body, published: c.published, publishedSource: 'given' });
    // Events with a place with coordinates (issue 17: ≥ 85% of the events of real news stories).
    evN += evs.length;
    located += evs.filter((e) => e.place && e.place.lat !== null && e.place.lon !== null).length;
    const pred = new Set(evs.map((e) => `${actorKey(e.source)}|${e.root}|${actorKey(e.target)}`));
    const gold = new Set(c.events.map(triple));
    const ok = new Set([...(c.ok ?? []).map(triple), ...reverseOfMutual(c.events), ...protestTargets(c.events)]);
    // (A forbidden event whose triple is also a core event's cannot be told from it at the root
    // level the scorer compares — "USA 057 COD" forbidden beside the core "USA 051 COD" — so it is
    // not counted as forbidden.)
    const bad = new Set((c.forbidden ?? []).map(triple).filter((k) => !gold.has(k)));
    core += gold.size;
    for (const k of gold) if (pred.has(k)) found++;
    predN += pred.size;
    for (const k of pred) if (gold.has(k) || ok.has(k)) predOk++;
    const hit = [...pred].filter((k) => bad.has(k));
    forbidden += hit.length;
    if (verbose && !quiet) {
      console.log(`${c.id} ${c.title}\n    missed ${[...gold].filter((k) => !pred.has(k)).join(', ') || '-'}\n    extra ${[...pred].filter((k) => !gold.has(k) && !ok.has(k)).join(', ') || '-'}${hit.length ? `\n    FORBIDDEN ${hit.join(', ')}` : ''}`);
    }
  }
  console.log(`${name}: ${items.length} stories, ${core} core events`);
  console.log(`  core events found ${found}/${core} (${(100 * found / (core || 1)).toFixed(1)}%); precision of coded events ${f3(predOk / (predN || 1))} (${predOk}/${predN}); forbidden ${forbidden}`);
  console.log(`  events with a place with coordinates ${(100 * located / (evN || 1)).toFixed(1)}% (${located}/${evN})`);
  return { recall: found / (core || 1), precision: predOk / (predN || 1), forbidden, located: located / (evN || 1) };
}

// 'tune': 300 headlines and ledes and 30 stories written later for tuning the coder under the same
// conventions (events-news-tune.jsonl, events-stories-tune.jsonl): studied freely, so not a blind figure.
// 'dev2', 'test2': a second blind set written in session 6 by a helper who had read neither the coder
// nor any of our event suites, only docs/events-annotation.md and the CAMEO tables
// (events-news-blind2-*.jsonl: 160 headlines and ledes; events-stories-blind2-*.jsonl: 16 stories).
// 'dev3', 'test3': a third, written in session 8 the same way (events-news-blind3-*.jsonl: 180
// headlines and ledes, half with no political event; events-stories-blind3-*.jsonl: 16 stories).
// 'dev4', 'test4': a fourth, written in session 9 the same way, with longer stories (body sentences).
// 'dev5', 'test5': a fifth, written in session 10 the same way (150 headlines and ledes, 16 stories).
for (const half of ['tune', 'dev', 'test', 'dev2', 'test2', 'dev3', 'test3', 'dev4', 'test4', 'dev5', 'test5']) {
  if (only ? only !== half : half === 'tune') continue;
  const n = /\d$/.test(half) ? half.slice(-1) : '';
  const name = half === 'tune' ? 'tune' : `blind${n}-${n ? half.slice(0, -1) : half}`;
  if (!existsSync(data(`events-news-${name}.jsonl`))) continue;
  scoreNews(`events-news-${name}`, load(`events-news-${name}.jsonl`));
  scoreStories(`events-stories-${name}`, load(`events-stories-${name}.jsonl`));
}
