// A tiny stand-in for `newsgraph serve` over the fixture data: serves web/dist at `/` and the API
// shapes of src/api/README.md under `/api`. For UI development only (`node web/e2e/mock/server.mjs`);
// the end-to-end tests run against the real server.
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ARTICLES, ENTITIES } from './data.mjs';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

const globalEvents = ARTICLES.flatMap((a) => a.events.map((e) => {
  const g = (local) => local ? a.entities.find((x) => x.id === local)?.global_id ?? null : null;
  const act = (x) => x && { ...x, entity: g(x.entity) };
  return {
    id: e.global_id, source: act(e.source), target: act(e.target), cameo: e.cameo, root: e.root, plover: e.plover,
    quad_class: e.quad_class, goldstein: e.goldstein, date: /^\d{4}-\d\d-\d\d$/.test(e.date ?? '') ? e.date : a.published,
    place: e.place, hedged: e.hedged, num_mentions: 1, num_articles: 1, num_sources: 1,
    evidence: { article_id: a.id, ...e.evidence }, articles: [{ id: a.id, title: a.title, published: a.published }],
  };
}));

function page(items, q) {
  const limit = Number(q.get('limit') ?? 50), offset = Number(q.get('offset') ?? 0);
  return { total: items.length, limit, offset, items: items.slice(offset, offset + limit) };
}
const inRange = (d, q) => (!q.get('from') || (d ?? '') >= q.get('from')) && (!q.get('to') || (d ?? '') <= q.get('to'));
const matchActor = (a, v) => !v || (a && (a.entity === v || (a.actor_code ?? '').startsWith(v) || a.country === v));

function eventsFor(q) {
  return globalEvents.filter((e) => matchActor(e.source, q.get('source')) && matchActor(e.target, q.get('target'))
    && (!q.get('cameo') || e.cameo.startsWith(q.get('cameo'))) && (!q.get('root') || e.root === q.get('root'))
    && (!q.get('quad_class') || String(e.quad_class) === q.get('quad_class')) && (!q.get('plover') || e.plover === q.get('plover'))
    && inRange(e.date, q));
}

function api(path, q) {
  if (path === '/api/health') return { ok: true, engine: 'mock', articles: ARTICLES.length, entities: Object.keys(ENTITIES).length, events: globalEvents.length };
  if (path === '/api/articles') {
    const words = (q.get('q') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const items = ARTICLES.filter((a) => words.every((w) => `${a.title} ${a.body}`.toLowerCase().includes(w)) && inRange(a.published, q))
      .map((a) => ({ id: a.id, title: a.title, published: a.published, url: a.url, snippet: a.body.slice(0, 240), tone: a.tone.score, dup_group: a.id, duplicates: 0, counts: { entities: a.entities.length, events: a.events.length, quotes: a.quotes.length } }));
    return page(items, q);
  }
  let m = path.match(/^\/api\/articles\/([^/]+)$/);
  if (m) { const a = ARTICLES.find((x) => x.id === m[1]); return a ? { ...a, dup_group: a.id, duplicates: [] } : null; }
  const entItem = (e) => {
    const mentions = ARTICLES.flatMap((a) => a.entities.filter((x) => x.global_id === e.id).flatMap((x) => x.mentions.map((mm) => ({ article_id: a.id, title: a.title, published: a.published, ...mm }))));
    return { ...e, articles: new Set(mentions.map((x) => x.article_id)).size, mentions: mentions.length, _m: mentions };
  };
  if (path === '/api/entities') {
    const items = Object.values(ENTITIES).map(entItem).filter((e) => (!q.get('q') || e.name.toLowerCase().includes(q.get('q').toLowerCase())) && (!q.get('type') || e.type === q.get('type')) && (!q.get('country') || e.country === q.get('country')))
      .map(({ _m, ...e }) => e);
    return page(items, q);
  }
  m = path.match(/^\/api\/entities\/([^/]+)$/);
  if (m) {
    const e = Object.values(ENTITIES).find((x) => x.id === m[1]);
    if (!e) return null;
    const { _m, ...item } = entItem(e);
    const arts = new Set(_m.map((x) => x.article_id));
    const co = Object.values(ENTITIES).filter((x) => x.id !== e.id).map(entItem).filter((x) => x._m.some((mm) => arts.has(mm.article_id))).map(({ _m: mm, ...x }) => ({ id: x.id, name: x.name, type: x.type, country: x.country, articles: x.articles }));
    const roles = ARTICLES.flatMap((a) => a.entities.filter((x) => x.global_id === e.id && x.role).map((x) => x.role)).map((role) => ({ role, count: 1 }));
    const quotes = ARTICLES.flatMap((a) => a.quotes.filter((qq) => a.entities.find((x) => x.id === qq.speaker?.entity)?.global_id === e.id).map((qq, i) => ({ id: `${a.id}-${i}`, article_id: a.id, article_title: a.title, published: a.published, ...qq, speaker: { entity: e.id, name: e.name } })));
    const events = globalEvents.filter((x) => x.source?.entity === e.id || x.target?.entity === e.id);
    return { entity: item, roles, mentions: _m, cooccurring: co, quotes, events };
  }
  if (path === '/api/events') return page(eventsFor(q), q);
  if (path === '/api/graph') {
    const mode = q.get('mode') === 'entity' ? 'entity' : 'country';
    const key = (a) => (mode === 'country' ? a?.country : a?.entity) ?? null;
    const nodes = new Map(), edges = new Map();
    for (const e of eventsFor(q)) {
      const s = key(e.source), t = key(e.target);
      if (!s || !t) continue;
      for (const [k, a] of [[s, e.source], [t, e.target]]) {
        const n = nodes.get(k) ?? { id: k, label: mode === 'country' ? k : a.name, type: mode === 'country' ? 'country' : 'PERSON', country: a.country, count: 0 };
        n.count++; nodes.set(k, n);
      }
      const id = `${s}>${t}`;
      const ed = edges.get(id) ?? { id, source: s, target: t, count: 0, by_quad: { 1: 0, 2: 0, 3: 0, 4: 0 } };
      ed.count++; ed.by_quad[e.quad_class]++; edges.set(id, ed);
    }
    return { mode, nodes: [...nodes.values()], edges: [...edges.values()] };
  }
  if (path === '/api/places') {
    const evs = eventsFor(q);
    const by = new Map();
    for (const e of evs) {
      if (!e.place || e.place.lat === null) continue;
      const k = `${e.place.lat.toFixed(3)},${e.place.lon.toFixed(3)}`;
      const p = by.get(k) ?? { name: e.place.name, country: e.place.country, lat: e.place.lat, lon: e.place.lon, total: 0, by_quad: { 1: 0, 2: 0, 3: 0, 4: 0 } };
      p.total++; p.by_quad[e.quad_class]++;
      by.set(k, p);
    }
    return { total: evs.length, located: [...by.values()].reduce((n, p) => n + p.total, 0), places: [...by.values()].sort((a, b) => b.total - a.total) };
  }
  if (path === '/api/timeline') {
    const b = new Map();
    for (const e of eventsFor(q)) {
      if (!/^\d{4}-\d\d-\d\d$/.test(e.date ?? '')) continue;
      const x = b.get(e.date) ?? { period: e.date, start: e.date, total: 0, by_quad: { 1: 0, 2: 0, 3: 0, 4: 0 } };
      x.total++; x.by_quad[e.quad_class]++; b.set(e.date, x);
    }
    return { grain: q.get('grain') ?? 'day', buckets: [...b.values()].sort((x, y) => x.start.localeCompare(y.start)) };
  }
  if (path === '/api/export/events') return '__csv__';
  return null;
}

export function startMock(port = 0) {
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname.startsWith('/api/')) {
      const body = api(url.pathname, url.searchParams);
      if (body === '__csv__') {
        res.writeHead(200, { 'content-type': 'text/csv', 'content-disposition': 'attachment; filename="events.csv"' });
        res.end('id,source,target,cameo\n' + eventsFor(url.searchParams).map((e) => [e.id, e.source?.country, e.target?.country, e.cameo].join(',')).join('\n'));
        return;
      }
      res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body ?? { error: { status: 404, code: 'not_found', message: 'not found' } }));
      return;
    }
    const file = normalize(join(DIST, url.pathname === '/' ? 'index.html' : url.pathname));
    try {
      const data = await readFile(file.startsWith(DIST) ? file : join(DIST, 'index.html'));
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(data);
    } catch {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(await readFile(join(DIST, 'index.html')));
    }
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const s = await startMock(Number(process.env.PORT ?? 8090));
  console.log(`mock newsgraph UI on http://127.0.0.1:${s.address().port}/`);
}
