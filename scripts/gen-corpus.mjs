#!/usr/bin/env node
// Benchmark corpus generator: `npm run gen-corpus -- --articles N --out FILE.jsonl [--words 600] [--seed 1]`.
// Writes JSONL records {title, text, url, published} built from the team's own templates
// (scripts/gen-corpus/), so benchmarks never depend on data we cannot ship. Seeded: the same
// options give byte-identical output. Streams with backpressure, so any size runs in flat memory.
import { createWriteStream } from 'node:fs';
import { COUNTRIES, IGOS, NGOS, ROLES, castFor, surname } from './gen-corpus/actors.mjs';
import { EVENTS, QUOTES_COOP, QUOTES_CONF, BACKGROUND } from './gen-corpus/events.mjs';

function parseArgs(argv) {
  const o = { articles: 1000, words: 600, seed: 1, out: '-' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = () => {
      const x = argv[++i];
      if (x === undefined) usage(`${a} needs a value`);
      return x;
    };
    if (a === '--articles') o.articles = int(v(), a);
    else if (a === '--words') o.words = int(v(), a);
    else if (a === '--seed') o.seed = int(v(), a);
    else if (a === '--out') o.out = v();
    else if (a === '--help' || a === '-h') usage(null);
    else usage(`unknown option ${a}`);
  }
  return o;
}
function int(s, name) {
  const n = Number(s);
  if (!Number.isInteger(n) || n < 0) usage(`${name} must be a whole number, not ${s}`);
  return n;
}
function usage(err) {
  const text = 'usage: gen-corpus [--articles N] [--words W] [--seed S] [--out FILE.jsonl|-]\n';
  if (err) {
    process.stderr.write(`gen-corpus: ${err}\n${text}`);
    process.exit(2);
  }
  process.stdout.write(text);
  process.exit(0);
}

/** mulberry32: tiny, fast, seedable. */
function makeRng(seed) {
  let s = seed >>> 0 || 0x9e3779b9;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    chance: (p) => next() < p,
  };
}

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON_AP = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const DAY_MS = 86400000;
const iso = (d) => d.toISOString().slice(0, 10);

/** Date expressions consistent with the publication date (weekdays, full dates, months, weeks). */
function whenFor(rng, pub, recent) {
  const back = recent ? 1 + rng.int(6) : 7 + rng.int(120);
  const d = new Date(pub.getTime() - back * DAY_MS);
  const style = rng.int(recent ? 5 : 6);
  if (recent && style < 3) return { text: `on ${DAYS[d.getUTCDay()]}`, date: d };
  if (recent && style === 3) return { text: `on ${DAYS[d.getUTCDay()]} (${MON_AP[d.getUTCMonth()]} ${d.getUTCDate()})`, date: d };
  if (recent) return { text: 'earlier this week', date: d };
  if (style === 0) return { text: `on ${MON_AP[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`, date: d };
  if (style === 1) return { text: `on ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`, date: d };
  if (style === 2) return { text: `in ${MONTHS[d.getUTCMonth()]}`, date: d };
  if (style === 3) return { text: 'last week', date: d };
  if (style === 4) return { text: 'last month', date: d };
  return { text: `on ${DAYS[d.getUTCDay()]}, ${MON_AP[d.getUTCMonth()]} ${d.getUTCDate()}`, date: d };
}

function makeArticle(rng, i, targetWords) {
  const pub = new Date(Date.UTC(2022, 0, 1) + rng.int(4 * 365) * DAY_MS);
  const ci = rng.int(COUNTRIES.length);
  let ti = rng.int(COUNTRIES.length - 1);
  if (ti >= ci) ti++;
  const S = castFor(rng, COUNTRIES[ci]);
  const T = castFor(rng, COUNTRIES[ti]);
  const igo = rng.pick(IGOS);
  const introduced = new Set();

  // An official in one of several news styles; the first mention is full, later ones the surname.
  const officialRef = (C, role) => {
    const name = C.official(role);
    if (introduced.has(name)) return rng.chance(0.2) ? `the ${C.demonym} ${role.toLowerCase()}` : surname(name);
    introduced.add(name);
    const cap = role.replace(/\b[a-z]/g, (c) => c.toUpperCase()).replace(/ Of /g, ' of ');
    switch (rng.int(4)) {
      case 0: return `${C.demonym} ${cap} ${name}`;
      case 1: return `${name}, ${C.ref}'s ${role.toLowerCase()},`;
      case 2: return `${cap} ${name} of ${C.ref}`;
      default: return `${C.ref}'s ${cap} ${name}`;
    }
  };
  const fill = (tpl, ctx) =>
    tpl
      .replace(/\{igo\}/g, ctx.headline ? igo.replace(/^the /, '') : igo)
      .replace(/\{SO\}/g, () => officialRef(S, ctx.sRole))
      .replace(/\{TO\}/g, () => officialRef(T, ctx.tRole))
      .replace(/\{Sd\}/g, S.demonym).replace(/\{Td\}/g, T.demonym)
      .replace(/\{Sc\}/g, S.capital).replace(/\{Tc\}/g, T.capital)
      .replace(/\{S\}/g, S.ref).replace(/\{T\}/g, T.ref)
      .replace(/\{n\}/g, () => String([2, 3, 5, 12, 40, 150, 300, 1200][rng.int(8)]))
      .replace(/\{when\}/g, () => ctx.when.text);
  const sentence = (s) => {
    // An appositive official at a clause end ("met with X, Iran's trade minister,.") loses its comma.
    const t = s.replace(/,\s*([,.:;])/g, '$1').replace(/\ba (?=[AEIO](?!u))/g, 'an ');
    return t[0].toUpperCase() + t.slice(1);
  };

  const lead = rng.pick(EVENTS);
  const root = Number(lead[0]);
  const conflictual = root >= 9;
  const ctx = { sRole: rng.pick(ROLES), tRole: rng.pick(ROLES), when: whenFor(rng, pub, true) };
  const title = fill(lead[1], { ...ctx, headline: true }).replace(/^the /, 'The ').replace(/^\w/, (c) => c.toUpperCase());

  const paras = [];
  const dateline = rng.int(3) === 0 ? '' : rng.chance(0.5) ? `${S.capital.toUpperCase()} (Newsgraph Wire) — ` : `${S.capital.toUpperCase()}, ${S.name} — `;
  paras.push(dateline + sentence(fill(lead[2], ctx)) + ' ' + sentence(fill(rng.pick(BACKGROUND), ctx)));

  const [quoteText, reported] = rng.pick(conflictual ? QUOTES_CONF : QUOTES_COOP);
  const speaker = officialRef(S, ctx.sRole);
  const venue = rng.pick(['in a statement', 'at a news conference in ' + S.capital, 'told reporters', 'said in a televised address', 'wrote on social media']);
  if (rng.chance(0.5)) paras.push(`“${quoteText},” ${speaker} ${venue.startsWith('told') || venue.startsWith('wrote') || venue.startsWith('said') ? venue : 'said ' + venue}.`);
  else paras.push(sentence(`${speaker} said ${venue.startsWith('in') || venue.startsWith('at') ? venue + ' ' : ''}that ${fill(reported, ctx)}.`));

  const [reply] = rng.pick(conflictual ? QUOTES_CONF : QUOTES_COOP);
  const tSpeaker = officialRef(T, ctx.tRole);
  paras.push(rng.chance(0.5)
    ? `In ${T.capital}, ${tSpeaker} said: “${reply}.” ${sentence(fill(rng.pick(BACKGROUND), ctx))}`
    : `According to ${tSpeaker}, ${T.ref} had not been consulted in advance. “${reply},” ${surname(T.official(ctx.tRole))} said.`);

  let words = paras.join(' ').split(/\s+/).length;
  let guard = 0;
  while (words < targetWords && guard++ < 200) {
    let p;
    if (rng.chance(0.55)) {
      const ev = rng.pick(EVENTS);
      const c2 = { ...ctx, when: whenFor(rng, pub, false) };
      const lead2 = sentence(fill(ev[2], c2));
      const intro = rng.pick(['In a separate development, ', 'Earlier, ', 'Separately, ', '']);
      p = (intro ? fixCase(intro + lead2[0].toLowerCase() + lead2.slice(1)) : lead2) + ' ' + sentence(fill(rng.pick(BACKGROUND), c2));
    } else {
      const k = rng.int(BACKGROUND.length);
      p = [0, 5, 11].map((d) => sentence(fill(BACKGROUND[(k + d) % BACKGROUND.length], ctx))).join(' ');
      if (rng.chance(0.3)) p += ` ${sentence(`${rng.pick(NGOS)} said ${ctx.when.text} that civilians must be protected.`)}`;
    }
    paras.push(sentence(p));
    words += p.split(/\s+/).length;
  }
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
  const ymd = iso(pub);
  return { title, text: paras.join('\n\n'), url: `https://news.example.org/${ymd.replace(/-/g, '/')}/${slug}-${i}`, published: ymd };
}

/** Lower-casing the first letter after an intro must not lower-case a proper name. */
function fixCase(p) {
  return p.replace(/^((?:In a separate development|Earlier|Separately), )([a-z])(\w*)/, (m, intro, c, rest) => {
    const w = c + rest;
    return ['the', 'a', 'thousands', 'satellite', 'negotiators', 'gunmen', 'students', 'activists', 'investigators', 'rights'].includes(w) ? m : intro + c.toUpperCase() + rest;
  });
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const rng = makeRng(o.seed);
  const out = o.out === '-' ? process.stdout : createWriteStream(o.out);
  let buf = '';
  for (let i = 0; i < o.articles; i++) {
    buf += JSON.stringify(makeArticle(rng, i, o.words)) + '\n';
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await new Promise((r) => out.once('drain', r));
      buf = '';
    }
  }
  if (buf) out.write(buf);
  if (out !== process.stdout) await new Promise((r, j) => out.end((e) => (e ? j(e) : r())));
}

main().catch((e) => {
  process.stderr.write(`gen-corpus: ${e.message}\n`);
  process.exit(1);
});
