#!/usr/bin/env node
// Attribution (source + cue + content) on the blind attribution sets: scripts/data/attrib-blind-dev.jsonl
// (tuned on) and scripts/data/attrib-blind-test.jsonl (never printed: only its aggregate figures).
// Each item is a news passage with every attribution marked: kind (direct, partial, indirect,
// belief), cue, source span and the entity it stands for (null for "it was reported that…"), and
// the content span; plus scare quotes and titles that are not attributions.
// Runs the whole pipeline on the passage's text (as body) and reads doc.quotes.
//   match: a predicted attribution matches a gold one when their content spans overlap (one to
//     one, largest overlap first).
//   source right: the predicted speaker's name equals the gold source entity or the source as
//     written (case, "the", possessives and punctuation ignored), or one contains the other as whole
//     words and they end in the same word ("Farahani" ~ "Hossein Farahani", "Mark Hensley" ~ "White
//     House spokesman Mark Hensley"); a gold null source wants a null speaker.
//   P = right / predicted, R = right / gold, F1; also content-only figures (overlap, any source).
//   Per kind: recall by the gold kind, precision by the predicted kind (quote.attribution ?? quote.kind).
//   Quote entries that are part of another entry (\`within\`) are not counted.
//   Non-attributions (scare quotes, titles) given an attribution with a speaker are counted.
//   npm run eval:attrib [-- --verbose]   (--verbose prints the dev half's misses and extras only)
import { readFileSync } from 'node:fs';
import { runPipeline } from '../dist/pipeline.js';

const VERBOSE = process.argv.includes('--verbose');
const KINDS = ['direct', 'partial', 'indirect', 'belief'];

const norm = (s) => String(s ?? '').normalize('NFKC').toLowerCase()
  .replace(/[‘’]/g, "'").replace(/[“”"]/g, '')
  .replace(/'s\b/g, '').replace(/[^\p{L}\p{N}\s-]/gu, ' ')
  .replace(/\s+/g, ' ').trim().replace(/^(?:the|a|an) /, '');

export function sourceRight(pred, gold) {
  if (gold.source === null || gold.source === undefined) return pred === null;
  if (pred === null) return false;
  const p = norm(pred);
  if (!p) return false;
  for (const g of [gold.source_entity, gold.source?.text].filter(Boolean).map(norm)) {
    if (p === g) return true;
    const [short, long] = p.length <= g.length ? [p, g] : [g, p];
    if (` ${long} `.includes(` ${short} `) && short.split(' ').pop() === long.split(' ').pop()) return true;
  }
  return false;
}

const overlap = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const kindOf = (q) => q.attribution ?? q.kind;

function zero() {
  const c = { gold: 0, pred: 0, right: 0, found: 0, matched: 0, scare: 0, kinds: {} };
  for (const k of KINDS) c.kinds[k] = { gold: 0, pred: 0, rightG: 0, rightP: 0 };
  return c;
}

function evaluate(file, verbose) {
  const items = readFileSync(new URL(`./data/${file}`, import.meta.url), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  const c = zero();
  let ms = 0;
  for (const a of items) {
    const t0 = performance.now();
    const doc = runPipeline({ title: '', captions: [], body: a.text, published: a.published ?? null, publishedSource: 'given' });
    ms += performance.now() - t0;
    // Entries that are part of another (a quoted fragment of a reported clause, the next paragraph
    // of a quotation: \`within\` set) are not attributions of their own.
    const preds = doc.quotes.filter((q) => q.field === 'body' && q.within === undefined);
    const golds = a.attributions;
    c.gold += golds.length; c.pred += preds.length;
    for (const g of golds) c.kinds[g.kind] && c.kinds[g.kind].gold++;
    for (const q of preds) c.kinds[kindOf(q)] && c.kinds[kindOf(q)].pred++;
    // One-to-one matching by content overlap, largest first.
    const pairs = [];
    golds.forEach((g, gi) => preds.forEach((q, pi) => { const o = overlap(g.content, q); if (o > 0) pairs.push({ gi, pi, o }); }));
    pairs.sort((x, y) => y.o - x.o);
    const gUsed = new Map(), pUsed = new Map();
    for (const x of pairs) if (!gUsed.has(x.gi) && !pUsed.has(x.pi)) { gUsed.set(x.gi, x.pi); pUsed.set(x.pi, x.gi); }
    golds.forEach((g, gi) => {
      const pi = gUsed.get(gi);
      const q = pi === undefined ? null : preds[pi];
      if (q) c.found++;
      const ok = q && sourceRight(q.speaker?.name ?? null, g);
      if (ok) { c.right++; c.kinds[g.kind].rightG++; if (c.kinds[kindOf(q)]) c.kinds[kindOf(q)].rightP++; }
      else if (verbose) {
        console.log(`${a.id} MISS ${g.kind} [${g.cue?.text ?? '-'}] src=${g.source_entity ?? 'null'} "${g.content.text.slice(0, 70)}"`
          + (q ? ` -> got ${kindOf(q)} speaker ${q.speaker?.name ?? 'null'} "${q.text.slice(0, 50)}"` : ' -> not found'));
      }
    });
    preds.forEach((q, pi) => {
      if (pUsed.has(pi)) return;
      if (verbose) console.log(`${a.id} EXTRA ${kindOf(q)} speaker ${q.speaker?.name ?? 'null'} "${q.text.slice(0, 70)}"`);
    });
    for (const n of a.not_attributions ?? []) {
      if (preds.some((q) => q.speaker && overlap(n, q) > 0 && q.end - q.start <= (n.end - n.start) + 4)) {
        c.scare++;
        if (verbose) console.log(`${a.id} SCARE "${n.text}"`);
      }
    }
    c.matched += pUsed.size;
  }
  return { c, n: items.length, ms: ms / items.length };
}

const f = (x) => x.toFixed(3);
function prf(right, pred, gold) {
  const P = right / (pred || 1), R = right / (gold || 1);
  return { P, R, F: (2 * P * R) / ((P + R) || 1) };
}

function report(label, { c, n, ms }) {
  const all = prf(c.right, c.pred, c.gold);
  const content = prf(c.found, c.pred, c.gold);
  console.log(`${label}: ${n} passages, ${c.gold} gold attributions, ${c.pred} predicted, pipeline ${ms.toFixed(1)} ms/passage`);
  console.log(`  attribution (content + source): P ${f(all.P)} R ${f(all.R)} F1 ${f(all.F)} (${c.right} right)`);
  console.log(`  content found (any source):     P ${f(content.P)} R ${f(content.R)} F1 ${f(content.F)} (${c.found} found)`);
  for (const k of KINDS) {
    const x = c.kinds[k];
    const s = prf(0, 1, 1);
    s.P = x.rightP / (x.pred || 1); s.R = x.rightG / (x.gold || 1); s.F = (2 * s.P * s.R) / ((s.P + s.R) || 1);
    console.log(`    ${k.padEnd(8)} gold ${String(x.gold).padStart(3)} pred ${String(x.pred).padStart(3)}  P ${f(s.P)} R ${f(s.R)} F1 ${f(s.F)}`);
  }
  console.log(`  non-attributions (scare quotes, titles) given a speaker: ${c.scare}`);
  return all.F;
}

const dev = evaluate('attrib-blind-dev.jsonl', VERBOSE);
report('attrib-blind-dev', dev);
// The test half: aggregate figures only, never its items.
const test = evaluate('attrib-blind-test.jsonl', false);
report('attrib-blind-test', test);
