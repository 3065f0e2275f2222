#!/usr/bin/env node
// Geoparsing: recognition and placement of toponyms, and how many events carry a place.
//
//   npm run eval:geo [-- --verbose] [-- --skip-corpus] [-- --articles N]
//
// 1. The blind geo set (scripts/data/geo-blind-{dev,test}.jsonl: passages from news of every
//    continent, written by someone who had read neither the resolver nor its data, each toponym
//    with its span, kind, country and coordinates; traps that are not places; the event's place).
//    Split by id parity: the dev half may be studied after its first run; the test half is the
//    honest figure and its items are never printed, not even with --verbose.
//    - recognition: a gold toponym is recalled when a place mention of the pipeline overlaps its
//      span; a predicted place mention is right when it overlaps a gold toponym (precision);
//      traps (demonyms, people, clubs named like places) recognised as places are counted apart;
//    - placement: the share of gold toponyms whose overlapping place has coordinates within
//      161 km (100 miles) of the gold ones; unrecognised or unresolved counts as wrong;
//    - country: the share whose place has the gold country;
//    - event place: passages whose first located event lies within 161 km of the gold event place.
// 2. The share of events (not negated) with a place with coordinates on the demo corpus
//    (samples/) and on generated articles (`npm run gen-corpus -- --articles 300`).
// Needs `npm run build` first.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => import(join(root, 'dist', p));
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const articlesAt = args.indexOf('--articles');
const genN = articlesAt >= 0 ? Number(args[articlesAt + 1]) : 300;

const { runPipeline } = await dist('pipeline.js');
const { analyzeFile } = await dist('analyze.js');

const km = (a, b) => {
  const r = (x) => (x * Math.PI) / 180;
  const h = Math.sin(r(b[0] - a[0]) / 2) ** 2 + Math.cos(r(a[0])) * Math.cos(r(b[0])) * Math.sin(r(b[1] - a[1]) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(Math.min(1, h)));
};
const PLACE = new Set(['GPE', 'LOC', 'FAC']);
const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)}% (${a}/${b})` : 'n/a');
const overlaps = (a, b) => a.start < b.end && b.start < a.end;
// Kosovo has no ISO code: XKX, KOS, KSV or UNK (world-countries' code) are one country.
const normC = (c) => c?.replace(/^(KOS|KSV|UNK)$/, 'XKX') ?? null;

function scoreGeo(file, quiet) {
  const items = readFileSync(join(root, 'scripts/data', file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  const S = { gold: 0, recalled: 0, pred: 0, predOk: 0, traps: 0, trapHits: 0, within: 0, country: 0, countryN: 0, evN: 0, evOk: 0, evAny: 0 };
  const byKind = new Map();
  const kind = (k) => { if (!byKind.has(k)) byKind.set(k, { n: 0, rec: 0, ok: 0 }); return byKind.get(k); };
  const lines = [];
  for (const it of items) {
    const doc = runPipeline({ title: '', captions: [], body: it.text, published: it.published ?? null, publishedSource: it.published ? 'given' : null });
    // Every place mention in the body, with the entity it resolved to.
    const byId = new Map(doc.entities.map((e) => [e.id, e]));
    const pred = [];
    for (const e of doc.entities) {
      if (!PLACE.has(e.type)) continue;
      for (const m of e.mentions) if (m.field === 'body') pred.push({ start: m.start, end: m.end, text: m.text, e });
    }
    void byId;
    const gold = it.toponyms;
    for (const p of pred) {
      S.pred++;
      if (gold.some((g) => overlaps(g, p))) S.predOk++;
      else if (verbose && !quiet) lines.push(`  ${it.id}: extra place "${p.text}"`);
    }
    for (const t of it.not_places ?? []) {
      S.traps++;
      const hit = pred.find((p) => overlaps(p, t) && !gold.some((g) => overlaps(g, p)));
      if (hit) { S.trapHits++; if (verbose && !quiet) lines.push(`  ${it.id}: trap "${t.text}" (${t.why}) taken as a place`); }
    }
    for (const g of gold) {
      S.gold++;
      const k = kind(g.kind);
      k.n++;
      // The longest overlapping prediction carries the entity (a "Kurram district" span over "Kurram").
      const hits = pred.filter((p) => overlaps(p, g)).sort((a, b) => (b.end - b.start) - (a.end - a.start));
      if (!hits.length) { if (verbose && !quiet) lines.push(`  ${it.id}: missed "${g.text}" (${g.kind})`); continue; }
      S.recalled++;
      k.rec++;
      const e = hits.find((h) => h.e.geo)?.e ?? hits[0].e;
      if (g.country) { S.countryN++; if (normC(e.country) === normC(g.country)) S.country++; }
      const d = e.geo ? km([e.geo.lat, e.geo.lon], [g.lat, g.lon]) : Infinity;
      if (d <= 161) { S.within++; k.ok++; }
      else if (verbose && !quiet) lines.push(`  ${it.id}: "${g.text}" (${g.kind}, ${g.country}) placed ${e.geo ? `at ${e.name} ${e.country} ${e.geo.lat},${e.geo.lon}: ${Math.round(d)} km off` : `nowhere (${e.name}, ${e.country})`}`);
    }
    if (it.event_place) {
      S.evN++;
      const evs = doc.events.filter((e) => !e.negated);
      const placed = evs.filter((e) => e.place && e.place.lat !== null);
      if (placed.length) S.evAny++;
      const first = placed[0];
      if (first && km([first.place.lat, first.place.lon], [it.event_place.lat, it.event_place.lon]) <= 161) S.evOk++;
      else if (verbose && !quiet) lines.push(`  ${it.id}: event place ${first ? `${first.place.name} (${first.place.lat},${first.place.lon})` : evs.length ? 'none' : 'no event'}; want ${it.event_place.name}`);
    }
  }
  const name = file.replace(/\.jsonl$/, '');
  console.log(`\n[${name}] ${items.length} passages, ${S.gold} toponyms, ${S.traps} traps`);
  console.log(`  recognition recall      ${pct(S.recalled, S.gold)}`);
  console.log(`  recognition precision   ${pct(S.predOk, S.pred)}`);
  console.log(`  traps taken as places   ${pct(S.trapHits, S.traps)}`);
  console.log(`  placed within 161 km    ${pct(S.within, S.gold)}   (unrecognised or unresolved count as wrong)`);
  console.log(`  country right           ${pct(S.country, S.countryN)}   (of recognised toponyms with a country)`);
  console.log(`  event place within 161 km ${pct(S.evOk, S.evN)}   (first located event; passages with any located event ${pct(S.evAny, S.evN)})`);
  console.log(`  by kind (recalled / within 161 km): ${[...byKind].sort((a, b) => b[1].n - a[1].n).map(([k, v]) => `${k} ${v.rec}/${v.ok}/${v.n}`).join(', ')}`);
  for (const l of lines) console.log(l);
  return S;
}

scoreGeo('geo-blind-dev.jsonl', false);
scoreGeo('geo-blind-test.jsonl', true);

/** Share of events (not negated) with a place with coordinates, and with any place. */
function eventShare(label, articles) {
  let n = 0, coords = 0, any = 0, docs = 0;
  for (const a of articles) {
    docs++;
    for (const e of a.events) {
      if (e.negated) continue;
      n++;
      if (e.place) any++;
      if (e.place && e.place.lat !== null && e.place.lon !== null) coords++;
    }
  }
  console.log(`  ${label.padEnd(28)} ${docs} articles, ${n} events: with coordinates ${pct(coords, n)}, with any place ${pct(any, n)}`);
}

if (!args.includes('--skip-corpus')) {
  console.log('\n[events with a place]');
  const files = [];
  const walk = (d) => { for (const f of readdirSync(d).sort()) { const p = join(d, f); if (statSync(p).isDirectory()) walk(p); else if (/\.(txt|html?|jsonl|json|xml)(\.gz)?$/i.test(f)) files.push(p); } };
  walk(join(root, 'samples'));
  const demo = [];
  for (const f of files) demo.push(...(await analyzeFile(f)).articles);
  eventShare('demo corpus (samples/)', demo);
  const out = `/tmp/newsgraph-eval-geo-${process.pid}.jsonl`;
  const r = spawnSync(process.execPath, [join(root, 'scripts/gen-corpus.mjs'), '--articles', String(genN), '--out', out], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status === 0 && existsSync(out)) eventShare(`generated (${genN} articles)`, (await analyzeFile(out)).articles);
}
