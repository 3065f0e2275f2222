#!/usr/bin/env node
// Compiles the Phoenix actor dictionaries (../shared/data/cameo-dictionaries/Phoenix.{Countries,
// International,MilNonState}.actors.txt, MIT, Copyright (c) 2015 Open Event Data Alliance) into one
// table, data/actors/phoenix-actors.tsv: every named actor with its aliases and its CAMEO codes
// bounded by date, so that the article's date picks the code (a leader's code changes with office).
// Deterministic.   node scripts/build-phoenix-actors.mjs [--dir DIR] [--out FILE]
//
// Row: names (first is the canonical, '|' between aliases) TAB default code ('-' for none) TAB
//      periods (CODE:FROM:TO, ';' between; FROM/TO as YYYYMMDD or '' for open) TAB source file.
// Left out: one-word names of people (a surname alone names many people), names made only of a
// country's own name and spellings (the country tables do those), and entries with no code at all.
import { readFileSync, writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const opt = (k, d) => (args.includes(k) ? args[args.indexOf(k) + 1] : d);
const DIR = opt('--dir', new URL('../../shared/data/cameo-dictionaries/', import.meta.url).pathname);
const OUT = opt('--out', new URL('../data/actors/phoenix-actors.tsv', import.meta.url).pathname);
const FILES = ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt'];

/** YYMMDD or YYYYMMDD → YYYYMMDD (two-digit years above 30 are the 1900s). */
function day(d) {
  if (/^\d{8}$/.test(d)) return d;
  if (/^\d{6}$/.test(d)) return (Number(d.slice(0, 2)) > 30 ? '19' : '20') + d;
  return null;
}
const name = (s) => s.replace(/_+$/, '').replace(/_/g, ' ').trim();
const titled = (s) => s.toLowerCase().replace(/(^|[\s(-])(\p{L})/gu, (m, a, b) => a + b.toUpperCase()).replace(/\bOf\b|\bThe\b|\bAnd\b|\bFor\b|\bDe\b|\bAl\b/g, (w) => w.toLowerCase());

const rows = [];
for (const file of FILES) {
  const lines = readFileSync(DIR + file, 'utf8').split('\n');
  let cur = null;
  const flush = () => {
    if (!cur) return;
    const codes = cur.periods.length || cur.code;
    if (codes) rows.push(cur);
    cur = null;
  };
  for (const raw of lines) {
    const line = raw.replace(/\r$/, '');
    if (!line.trim() || /^\s*#/.test(line)) continue;
    if (/^\t|^\s+\[/.test(line)) {
      // A code line: [CODE] or [CODE >date] [CODE <date] [CODE d1-d2].
      const m = /\[([A-Z0-9]+)\s*([<>]?)\s*(\d{6,8})?(?:-(\d{6,8}))?\s*\]/.exec(line);
      if (!cur || !m) continue;
      const [, code, op, d1, d2] = m;
      if (!d1) { cur.code ??= code; continue; }
      const from = op === '<' ? '' : day(d1) ?? '';
      const to = op === '>' ? '' : op === '<' ? day(d1) ?? '' : day(d2 ?? '') ?? '';
      cur.periods.push(`${code}:${from}:${to}`);
      continue;
    }
    if (line.startsWith('+')) {
      const alias = name(line.slice(1).replace(/[#;].*/, '').replace(/\[.*$/, ''));
      if (cur && alias) cur.names.push(alias);
      continue;
    }
    flush();
    const m = /^([^\s#;[]+)\s*(?:\[([A-Z0-9]+)\])?/.exec(line);
    if (!m) continue;
    cur = { names: [name(m[1])], code: m[2] ?? null, periods: [], file: file.replace(/^Phoenix\.|\.actors\.txt$/g, '') };
  }
  flush();
}

const out = [];
const seen = new Set();
for (const r of rows) {
  const all = [...new Set(r.names.filter((n) => n && /\p{L}/u.test(n)))];
  // People in the country file: keep names of two words or more.
  const names = r.file === 'Countries' ? all.filter((n) => n.includes(' ')) : all;
  if (!names.length) continue;
  const key = names[0];
  if (seen.has(key)) continue;
  seen.add(key);
  out.push([names.map(titled).join('|'), r.code ?? '-', r.periods.join(';'), r.file].join('\t'));
}
const header = `# Named actors with date-bounded CAMEO codes, compiled from the Phoenix actor dictionaries by
# scripts/build-phoenix-actors.mjs. Copyright (c) 2015 Open Event Data Alliance, MIT licence (see
# data/actors/README.md). Do not edit: our own known-actors.tsv takes precedence.
# names ('|' between aliases)  default-code  periods (CODE:FROM:TO; YYYYMMDD, '' open)  source
`;
writeFileSync(OUT, header + out.join('\n') + '\n');
console.log(`${out.length} actors written to ${OUT}`);
