// Synthetic analysed articles (already in the SPEC shape) for the store's tests and benchmarks:
// they exercise storage and queries at any scale without running the analysis pipeline.
import { createHash } from 'node:crypto';
import type { ArticleOut, EntityOut, EventOut } from '../types.js';

const COUNTRIES: [string, string, string][] = [
  ['RUS', 'Russia', 'Moscow'], ['PRK', 'North Korea', 'Pyongyang'], ['USA', 'United States', 'Washington'],
  ['CHN', 'China', 'Beijing'], ['IRN', 'Iran', 'Tehran'], ['IRQ', 'Iraq', 'Baghdad'], ['UKR', 'Ukraine', 'Kyiv'],
  ['KOR', 'South Korea', 'Seoul'], ['JPN', 'Japan', 'Tokyo'], ['FRA', 'France', 'Paris'], ['DEU', 'Germany', 'Berlin'],
  ['GBR', 'United Kingdom', 'London'], ['ISR', 'Israel', 'Jerusalem'], ['TUR', 'Turkey', 'Ankara'], ['IND', 'India', 'New Delhi'],
  ['PAK', 'Pakistan', 'Islamabad'], ['SAU', 'Saudi Arabia', 'Riyadh'], ['EGY', 'Egypt', 'Cairo'], ['BRA', 'Brazil', 'Brasilia'],
  ['ZAF', 'South Africa', 'Pretoria'],
];
const ROLES: [string, string][] = [['GOV', 'Foreign Minister'], ['MIL', 'Defense Minister'], ['GOV', 'President'], ['MIL', 'Army Chief'], ['GOV', 'Prime Minister']];
const CODES: [string, string, number, number][] = [
  ['042', 'CONSULT', 1, 1.9], ['036', 'CONSULT', 1, 4.0], ['051', 'COOPERATE', 1, 3.4], ['071', 'AID', 2, 7.4],
  ['0871', 'CONCEDE', 2, 7.0], ['112', 'ACCUSE', 3, -2.0], ['1041', 'REQUEST', 3, -5.0], ['130', 'THREATEN', 3, -4.4],
  ['172', 'COERCE', 4, -5.0], ['190', 'ASSAULT', 4, -10.0], ['186', 'ASSAULT', 4, -10.0], ['0233', 'REQUEST', 1, 3.4],
];
const WORDS = ('talks military cooperation border ministers agreed sanctions missiles alliance summit pressure troops ' +
  'economy energy grain shipments ceasefire envoy visit delegation strike drones statement officials week ' +
  'meeting treaty support security region conflict negotiations aid exports port capital leaders').split(' ');

/** A small deterministic PRNG (mulberry32), so corpora are the same on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, xs: T[]): T => xs[Math.floor(r() * xs.length)]!;

/** Article number i of a synthetic corpus (seeded by i). */
export function syntheticArticle(i: number, opts: { withUrl?: boolean } = {}): ArticleOut {
  const r = rng(i * 7919 + 13);
  const [c1, n1, cap1] = pick(r, COUNTRIES);
  let other = pick(r, COUNTRIES);
  while (other[0] === c1) other = pick(r, COUNTRIES);
  const [c2, n2, cap2] = other;
  const [rt, role] = pick(r, ROLES);
  const person = `${role.split(' ')[0]} ${n1.split(' ')[0]}ov ${Math.floor(r() * 60)}`; // ~60 people per country/role
  const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(r() * 365) * 86400000).toISOString().slice(0, 10);
  const [cameo, plover, quad, gold] = pick(r, CODES);
  const s1 = `${n1} ${role} ${person} met officials of ${n2} in ${cap2} on ${day}.`;
  const filler: string[] = [];
  const len = 80 + Math.floor(r() * 120);
  for (let k = 0; k < len; k++) filler.push(pick(r, WORDS));
  const body = `${s1}\n\n${filler.join(' ')} ${i}.`;
  const title = `${n1} and ${n2}: ${pick(r, WORDS)} ${pick(r, WORDS)}`;
  const at = (name: string, from = 0) => {
    const start = body.indexOf(name, from);
    return { field: 'body' as const, start, end: start + name.length, text: name };
  };
  const ents: EntityOut[] = [
    { id: 'e1', name: person, type: 'PERSON', country: c1, actor_code: c1 + rt, role: `${n1} ${role}`, geo: null, mentions: [at(person)] },
    { id: 'e2', name: n1, type: 'GPE', country: c1, actor_code: c1, role: null, geo: null, mentions: [at(n1)] },
    { id: 'e3', name: n2, type: 'GPE', country: c2, actor_code: c2, role: null, geo: null, mentions: [at(n2, body.indexOf(' of ') )] },
    { id: 'e4', name: cap2, type: 'GPE', country: c2, actor_code: null, role: null, geo: { lat: 10 + r() * 40, lon: r() * 120, geonames_id: null }, mentions: [at(cap2)] },
  ];
  const ev: EventOut = {
    id: 'v1',
    source: { entity: 'e1', name: person, country: c1, actor_code: c1 + rt },
    target: { entity: 'e3', name: n2, country: c2, actor_code: c2 },
    cameo, root: cameo.slice(0, 2), plover, quad_class: quad as 1 | 2 | 3 | 4, goldstein: gold, date: day,
    place: { name: cap2, country: c2, lat: 40, lon: 100 }, negated: false, hedged: false,
    evidence: { field: 'body', start: 0, end: s1.length, text: s1 },
  };
  return {
    id: createHash('sha256').update(body).digest('hex').slice(0, 16),
    url: opts.withUrl === false ? null : `https://news${i % 7}.example/${i}`,
    title, captions: [], published: day, published_source: 'given', body,
    entities: ents,
    dates: [{ ...at(day), value: day, grain: 'day' }],
    quotes: [{ kind: 'indirect', ...at(s1), speaker: { entity: 'e1', name: person } }],
    events: [ev],
    tone: { score: (r() - 0.5) * 10, positive: r() * 5, negative: r() * 5 },
  };
}
