#!/usr/bin/env node
// Compiles the CAMEO verb dictionary of PETRARCH2 (../shared/data/cameo-dictionaries/CAMEO.2.0.txt,
// MIT, Copyright (c) 2015 Open Event Data Alliance) into our pattern format, data/events/cameo-verbs.txt.
// Deterministic: the same input gives the same bytes.
//   node scripts/build-cameo-verbs.mjs [--in FILE] [--out FILE]
//
// What is kept, and how it is read (see data/events/README.md):
//   - every verb of a synonym block gets the block's patterns; a verb line's own [code], else the
//     block's, is the code of the verb alone (a pattern with no elements);
//   - a pattern's words after the verb (*) become our elements in order: a prepositional group
//     "(FOR AID)" gives "for aid", a braced phrase "{FINANCIAL AID}" gives "financial_aid", a
//     synonym set "&WEAPON" the alternatives "weapon|gun|…"; nouns are put in the singular;
//   - source and target markers ($ + ^ %) are dropped (our coder finds the actors on the parse);
//   - patterns with words before the verb (subject constraints: "TENSIONS * [112]") are left out,
//     except when they only name the null code, which we do not need;
//   - "[042:043]" (the source's code : the target's code, a two-way event such as a visit and its
//     hosting) is written as CODE:MIRROR; "[---]" (matched, but no event) as "---".
//   - multiword verbs ("+IRON_OUT") become the verb with its particle as the first element.
import { readFileSync, writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const opt = (k, d) => (args.includes(k) ? args[args.indexOf(k) + 1] : d);
const IN = opt('--in', new URL('../../shared/data/cameo-dictionaries/CAMEO.2.0.txt', import.meta.url).pathname);
const OUT = opt('--out', new URL('../data/events/cameo-verbs.txt', import.meta.url).pathname);

const lines = readFileSync(IN, 'utf8').split('\n');

// Nouns to the singular, as our patterns write them ("TALKS" → "talk"); words that only look plural stay.
const KEEP = /(ss|us|is|ws|ics|news|arms|forces|relations|affairs|means|series|species|headquarters|troops)$/;
function singular(w) {
  if (w.length <= 3 || KEEP.test(w)) return w;
  if (w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (/(ches|shes|sses|xes)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s')) return w.slice(0, -1);
  return w;
}
const word = (w) => w.toLowerCase().replace(/_+$/, '');
const norm = (phrase) => phrase.split('_').filter(Boolean).map((w, i, a) => (i === a.length - 1 ? singular(word(w)) : word(w))).join('_');

// Synonym sets.
const synsets = new Map();
let cur = null;
for (const raw of lines) {
  const line = raw.replace(/#.*/, '').trimEnd();
  if (/^&\S+/.test(line.trim())) { cur = line.trim().replace(/_$/, ''); synsets.set(cur, new Set()); continue; }
  if (cur && /^\+/.test(line.trim())) { const p = line.trim().slice(1).trim(); if (p) synsets.get(cur).add(norm(p)); continue; }
  if (line.trim() && !/^\+/.test(line.trim())) cur = null;
}

/** The alternatives of one pattern item (a word, a synonym set, a braced phrase). */
function alternatives(item) {
  if (item.startsWith('{')) {
    // Inside a phrase a synonym set is spelled out: "{&MILITARY AID}" → "army_aid|troops_aid|…".
    const parts = item.slice(1, -1).trim().split(/\s+/).map((w) => (w.startsWith('&') ? [...(synsets.get(w.replace(/_$/, '')) ?? [])] : alternatives(w) ?? []));
    if (parts.some((p) => !p.length)) return [];
    let acc = [''];
    for (const p of parts) {
      const next = [];
      for (const a of acc) for (const b of p) next.push(a ? `${a}_${b}` : b);
      acc = next.slice(0, 60);
    }
    return acc;
  }
  if (item.startsWith('&')) return synsets.has(item.replace(/_$/, '')) ? [item.replace(/_$/, '').toLowerCase()] : [];
  if (/^[$+^%]$/.test(item)) return null;
  return [norm(item)];
}

/** The items of a pattern's part after the verb: words, {phrases}, (groups) flattened in order. */
function items(text) {
  const out = [];
  const re = /\{[^}]*\}|\(|\)|[^\s(){}]+/g;
  for (const m of text.matchAll(re)) if (m[0] !== '(' && m[0] !== ')') out.push(m[0]);
  return out;
}

const out = [];
let block = null; // { code, verbs: [{lemma, particle, code}], patterns: [{code, elements}] }
let nPatterns = 0, nSkipped = 0, nExpanded = 0;
const lemmas = new Set();
const flush = () => {
  if (!block || !block.verbs.length) { block = null; return; }
  const verbs = block.verbs.map((v) => `${v.particle ? `${v.lemma}_${v.particle}` : v.lemma}${v.code ? `=${v.code}` : ''}`);
  for (const v of block.verbs) lemmas.add(v.lemma);
  out.push(`@ ${verbs.join(' ')}${block.code ? ` = ${block.code}` : ''}`);
  const seen = new Set();
  for (const p of block.patterns) {
    const line = `${p.code}${p.elements.length ? ' ' + p.elements.join(' ') : ''}`;
    if (seen.has(line)) continue;
    seen.add(line);
    out.push(line);
    nExpanded += block.verbs.length;
  }
  block = null;
};
for (const raw of lines) {
  const line = raw.replace(/#.*/, '').trimEnd();
  if (!line.trim()) continue;
  const head = /^---\s+(\S+)\s+\[([^\]]*)\](?:---)?\s+---/.exec(line);
  if (head) { flush(); block = { code: head[2] === '---' ? null : head[2], verbs: [], patterns: [] }; continue; }
  if (!block) continue;
  if (line.startsWith('-')) {
    nPatterns++;
    const m = /^-\s*(.*?)\s*\[([^\]]+)\]\s*$/.exec(line);
    if (!m) { nSkipped++; continue; }
    const [pre, post = ''] = m[1].split('*');
    if (!/\*/.test(m[1]) || pre.trim()) { nSkipped++; continue; }
    const code = m[2].trim();
    const els = [];
    let ok = true;
    for (const it of items(post)) {
      const alts = alternatives(it);
      if (alts === null) continue;
      if (!alts.length) { ok = false; break; }
      els.push(alts.join('|'));
    }
    if (!ok) { nSkipped++; continue; }
    block.patterns.push({ code, elements: els });
    continue;
  }
  // A verb line: VERB {forms} [code], or +MULTI_WORD {forms}.
  const vm = /^(\+?)([A-Z][A-Z0-9_'+-]*)\s*(\{[^}]*\})?\s*(\[([^\]]+)\])?/.exec(line.trim());
  if (!vm) continue;
  const name = vm[2];
  if (name.includes('+')) continue; // "WIRE_+TAP": words before the verb
  const parts = name.split('_').filter(Boolean).map((w) => w.toLowerCase());
  if (!vm[1] && parts.length > 1) continue;
  const code = vm[5] ? vm[5].trim() : null;
  block.verbs.push({ lemma: parts[0], particle: parts.slice(1).join('_') || null, code: code === '---' ? '---' : code });
}
flush();

const used = new Set(out.join(' ').match(/&[a-z0-9_]+/g) ?? []);
const syn = [...synsets].filter(([k]) => used.has(k.toLowerCase())).map(([k, v]) => `${k.toLowerCase()} ${[...v].join('|')}`);
const header = `# CAMEO verb patterns compiled from PETRARCH2's CAMEO.2.0.txt by scripts/build-cameo-verbs.mjs.
# Copyright (c) 2015 Open Event Data Alliance (MIT licence; see data/events/README.md). Do not edit:
# change the script, or our own verb-patterns.txt, which takes precedence.
#   &name a|b|c          a synonym set (alternatives; multiword alternatives joined by _)
#   @ verb verb=CODE …   a block of synonymous verbs (a verb's own code of the verb alone after =;
#                        particle verbs as verb_particle); "= CODE" after the list: the block's code
#   CODE el el …         a pattern of the block, elements as in verb-patterns.txt (&name allowed);
#                        CODE:MIRROR codes a two-way event (the target's act is MIRROR); --- no event
`;
writeFileSync(OUT, header + syn.join('\n') + '\n' + out.join('\n') + '\n');
console.log(`${out.length} lines, ${lemmas.size} verb lemmas, ${nExpanded} verb patterns once expanded, written to ${OUT} (${nPatterns} source patterns, ${nSkipped} left out: words before the verb or unknown synonym sets)`);
