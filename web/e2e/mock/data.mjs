// Hand-written fixture data in the API's shapes (src/api/README.md), for developing and testing the
// UI without a database. Offsets are computed from the text, so field.slice(start, end) === text holds.

function spans(text, needle, field) {
  const out = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) {
    out.push({ field, start: i, end: i + needle.length, text: needle });
  }
  if (!out.length) throw new Error(`fixture: "${needle}" not in ${field}`);
  return out;
}

function sentence(text, needle, field) {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`fixture: sentence "${needle}" not in ${field}`);
  let s = text.lastIndexOf('. ', i); s = s < 0 ? 0 : s + 2;
  const p = text.lastIndexOf('\n\n', i); if (p >= 0 && p + 2 > s) s = p + 2;
  let e = text.indexOf('. ', i); e = e < 0 ? text.length : e + 1;
  const q = text.indexOf('\n\n', i); if (q >= 0 && q < e) e = q;
  return { field, start: s, end: e, text: text.slice(s, e) };
}

const A1 = {
  id: 'a1b2c3d4e5f60718',
  title: 'Norland Defense Minister Arrives in Vesta for Talks on Grain Corridor',
  captions: [{ text: 'Norland Defense Minister Pavel Orin, left, is greeted at Vesta airport', credit: 'Harbor Press via AP' }],
  published: '2024-11-29',
  published_source: 'given',
  body: [
    'Norland Defense Minister Pavel Orin arrived in Vesta on Friday for talks with President Ilse Marren, the Norlandic ministry said.',
    'Orin and Marren discussed a grain corridor across the Caldera Sea. “We will not let the corridor close,” Orin told reporters at the airport.',
    'Marren said the two countries would sign a shipping agreement next week. Critics in Vesta accused Norland of sending warships near the coast.',
  ].join('\n\n'),
  url: null,
  tone: { score: -0.8, positive: 2.1, negative: 2.9 },
};
const A2 = {
  id: '0f1e2d3c4b5a6978',
  title: 'Protesters Rally in Kalmar Against Fuel Prices',
  captions: [],
  published: '2024-11-27',
  published_source: 'metadata',
  body: 'Thousands of protesters marched in Kalmar on Wednesday against rising fuel prices.\n\nThe Kalmari government said it would review the tax, while police used tear gas near parliament.',
  url: 'https://example.org/kalmar-protest',
  tone: { score: -3.4, positive: 0.9, negative: 4.3 },
};

// Countries here are real ISO codes standing in for the invented places, so the map has coordinates.
const ENT = {
  orin: { id: 'ent_000000000001', name: 'Pavel Orin', type: 'PERSON', country: 'NOR', actor_code: 'NORMIL', geo: null },
  marren: { id: 'ent_000000000002', name: 'Ilse Marren', type: 'PERSON', country: 'FIN', actor_code: 'FINGOV', geo: null },
  vesta: { id: 'ent_000000000003', name: 'Vesta', type: 'GPE', country: 'FIN', actor_code: null, geo: { lat: 60.17, lon: 24.94, geonames_id: null } },
  norland: { id: 'ent_000000000004', name: 'Norland', type: 'GPE', country: 'NOR', actor_code: 'NOR', geo: { lat: 59.91, lon: 10.75, geonames_id: null } },
  caldera: { id: 'ent_000000000005', name: 'Caldera Sea', type: 'LOC', country: null, actor_code: null, geo: null },
  kalmar: { id: 'ent_000000000006', name: 'Kalmar', type: 'GPE', country: 'SWE', actor_code: null, geo: { lat: 56.66, lon: 16.36, geonames_id: null } },
  kalgov: { id: 'ent_000000000007', name: 'Kalmari government', type: 'ORG', country: 'SWE', actor_code: 'SWEGOV', geo: null },
  police: { id: 'ent_000000000008', name: 'police', type: 'ORG', country: 'SWE', actor_code: 'SWECOP', geo: null },
};

function ent(local, e, article, names, role = null) {
  const mentions = [];
  for (const [field, text] of [['title', article.title], ...article.captions.map((c, i) => [`caption:${i}`, c.text]), ['body', article.body]]) {
    for (const n of names) if (text.includes(n)) mentions.push(...spans(text, n, field));
  }
  return { id: local, global_id: e.id, name: e.name, type: e.type, country: e.country, actor_code: e.actor_code, role, geo: e.geo, mentions };
}

const actor = (local, e) => ({ entity: local, name: e.name, country: e.country, actor_code: e.actor_code });
const PLACE = { vesta: { name: 'Vesta', country: 'FIN', lat: 60.17, lon: 24.94 }, kalmar: { name: 'Kalmar', country: 'SWE', lat: 56.66, lon: 16.36 } };

A1.entities = [
  ent('e1', ENT.orin, A1, ['Pavel Orin', 'Orin'], 'Norland Defense Minister'),
  ent('e2', ENT.marren, A1, ['Ilse Marren', 'Marren'], 'President'),
  ent('e3', ENT.vesta, A1, ['Vesta']),
  ent('e4', ENT.norland, A1, ['Norland']),
  ent('e5', ENT.caldera, A1, ['Caldera Sea']),
];
// "Norland" also occurs inside "Norlandic"; keep only whole-word mentions.
A1.entities[3].mentions = A1.entities[3].mentions.filter((m) => !/[a-z]/.test((m.field === 'body' ? A1.body : m.field === 'title' ? A1.title : A1.captions[0].text)[m.end] ?? ''));
A1.entities[0].mentions = A1.entities[0].mentions.filter((m, i, all) => !all.some((o) => o !== m && o.field === m.field && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start));
A1.entities[1].mentions = A1.entities[1].mentions.filter((m, i, all) => !all.some((o) => o !== m && o.field === m.field && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start));
A1.dates = [{ ...spans(A1.body, 'on Friday', 'body')[0], value: '2024-11-29', grain: 'day' }, { ...spans(A1.body, 'next week', 'body')[0], value: '2024-W49', grain: 'week' }];
A1.quotes = [
  { kind: 'direct', ...spans(A1.body, '“We will not let the corridor close,”', 'body')[0], speaker: { entity: 'e1', name: 'Pavel Orin' } },
  { kind: 'indirect', ...spans(A1.body, 'the two countries would sign a shipping agreement next week', 'body')[0], speaker: { entity: 'e2', name: 'Ilse Marren' } },
];
A1.events = [
  { id: 'v1', global_id: 'evt_000000000001', source: actor('e1', ENT.orin), target: actor('e2', ENT.marren), cameo: '042', root: '04', plover: 'CONSULT', quad_class: 1, goldstein: 1.9, date: '2024-11-29', place: PLACE.vesta, negated: false, hedged: false, evidence: sentence(A1.body, 'arrived in Vesta', 'body') },
  { id: 'v2', global_id: 'evt_000000000002', source: actor('e2', ENT.marren), target: actor('e4', ENT.norland), cameo: '057', root: '05', plover: 'AGREE', quad_class: 1, goldstein: 8.0, date: '2024-W49', place: null, negated: false, hedged: true, evidence: sentence(A1.body, 'would sign a shipping', 'body') },
  { id: 'v3', global_id: 'evt_000000000003', source: { entity: null, name: 'Critics in Vesta', country: 'FIN', actor_code: 'FINCVL' }, target: actor('e4', ENT.norland), cameo: '112', root: '11', plover: 'ACCUSE', quad_class: 3, goldstein: -2.0, date: '2024-11-29', place: PLACE.vesta, negated: false, hedged: false, evidence: sentence(A1.body, 'Critics in Vesta', 'body') },
];
A2.entities = [ent('e1', ENT.kalmar, A2, ['Kalmar']), ent('e2', ENT.kalgov, A2, ['Kalmari government']), ent('e3', ENT.police, A2, ['police'])];
A2.entities[0].mentions = A2.entities[0].mentions.filter((m) => A2.body[m.end] !== 'i');
A2.dates = [{ ...spans(A2.body, 'on Wednesday', 'body')[0], value: '2024-11-27', grain: 'day' }];
A2.quotes = [{ kind: 'indirect', ...spans(A2.body, 'it would review the tax', 'body')[0], speaker: { entity: 'e2', name: 'Kalmari government' } }];
A2.events = [
  { id: 'v1', global_id: 'evt_000000000004', source: { entity: null, name: 'protesters', country: 'SWE', actor_code: 'SWECVL' }, target: actor('e2', ENT.kalgov), cameo: '141', root: '14', plover: 'PROTEST', quad_class: 3, goldstein: -6.5, date: '2024-11-27', place: PLACE.kalmar, negated: false, hedged: false, evidence: sentence(A2.body, 'Thousands of protesters', 'body') },
  { id: 'v2', global_id: 'evt_000000000005', source: actor('e3', ENT.police), target: { entity: null, name: 'protesters', country: 'SWE', actor_code: 'SWECVL' }, cameo: '175', root: '17', plover: 'COERCE', quad_class: 4, goldstein: -9.0, date: '2024-11-27', place: PLACE.kalmar, negated: false, hedged: false, evidence: sentence(A2.body, 'police used tear gas', 'body') },
];

export const ARTICLES = [A1, A2];
export const ENTITIES = ENT;
