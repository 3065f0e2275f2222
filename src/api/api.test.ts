// The HTTP API on both engines (fastify inject: no sockets): validation, errors, tokens, the seed
// acceptance query, response shapes, OpenAPI, exports and the UI fallback.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { buildApp } from './app.js';
import * as S from './schemas.js';
import type { Db } from '../store/db.js';
import { testEngines } from '../store/engines-for-tests.js';
import { ingestSource } from '../ingest-source.js';
import { fileSource } from '../ingest/index.js';
import { GDELT_COLUMNS } from '../store/gdelt.js';

const ROOT = process.cwd();
const SEED = join(ROOT, '../shared/fixtures/seed/seed-articles.txt');
/** A clone without ../shared beside it skips what needs the seed. */
const NO_SEED = !existsSync(SEED) && 'no ../shared here (the seed fixture)';
const TOKEN = 'test-token-0123456789';

function sampleFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sampleFiles(join(dir, d.name)) : /\.(txt|html?|jsonl|xml|rss|atom)(\.gz)?$/i.test(d.name) ? [join(dir, d.name)] : []);
}

function shape<T extends z.ZodType>(schema: T, body: unknown): z.output<T> {
  const r = schema.safeParse(body);
  assert.ok(r.success, r.success ? '' : JSON.stringify(r.error.issues.slice(0, 3)));
  return r.data;
}

function isJsonError(res: { statusCode: number; json(): unknown }, status: number): void {
  assert.equal(res.statusCode, status);
  const body = shape(S.errorBody, res.json());
  assert.equal(body.error.status, status);
}

for (const engine of testEngines('api')) {
  describe(`API on ${engine.name}`, () => {
    let db: Db;
    let app: FastifyInstance;
    let locked: FastifyInstance;
    let web: string;
    before(async () => {
      db = await engine.open();
      web = mkdtempSync(join(tmpdir(), 'ng-web-'));
      mkdirSync(join(web, 'assets'));
      writeFileSync(join(web, 'index.html'), '<!doctype html><title>ui</title>');
      writeFileSync(join(web, 'assets', 'app.js'), 'console.log(1)');
      app = await buildApp({ db, webRoot: web, bodyLimit: 64 * 1024, cacheMs: 0 });
      locked = await buildApp({ db, token: TOKEN, private: true, webRoot: null, cacheMs: 0 });
      for (const f of [...(NO_SEED ? [] : [SEED]), ...sampleFiles(join(ROOT, 'samples'))]) {
        try {
          await ingestSource(db, await fileSource(f));
        } catch {
          // a half-written sample of another engineer must not break the API suite
        }
      }
    });
    after(async () => {
      await app.close();
      await locked.close();
      await engine.dispose(db);
      rmSync(web, { recursive: true, force: true });
    });

    test('health', async () => {
      const r = await app.inject('/api/health');
      assert.equal(r.statusCode, 200);
      const h = shape(S.healthBody, r.json());
      assert.equal(h.engine, engine.name);
      assert.ok(h.articles >= 2);
    });

    test('acceptance: GET /api/events?source=RUS&target=PRK returns the Belousov visit with its evidence', { skip: NO_SEED }, async () => {
      const r = await app.inject('/api/events?source=RUS&target=PRK');
      assert.equal(r.statusCode, 200);
      const body = shape(S.listOf.events, r.json());
      const visit = body.items.find((e) => /belousov/i.test(`${e.source.name} ${e.evidence?.text ?? ''}`));
      assert.ok(visit, `no Belousov event among ${body.total} RUS→PRK events`);
      assert.ok(visit.evidence && visit.evidence.text.length > 0);
      assert.ok(visit.num_articles >= 1);
    });

    test('ingesting the seed again changes no count', { skip: NO_SEED }, async () => {
      const h1 = (await app.inject('/api/health')).json();
      const s = await ingestSource(db, await fileSource(SEED));
      assert.equal(s.stored, 0);
      assert.equal((await app.inject('/api/health')).json().articles, h1.articles);
      assert.deepEqual((await app.inject('/api/health')).json(), h1);
    });

    test('lists and details have their documented shapes', async () => {
      const arts = shape(S.listOf.articles, (await app.inject('/api/articles?limit=5')).json());
      assert.ok(arts.items.length > 0);
      const one = await app.inject(`/api/articles/${arts.items[0]!.id}`);
      assert.equal(one.statusCode, 200);
      shape(S.articleDetail, one.json());
      const found = shape(S.listOf.articles, (await app.inject('/api/articles?q=defense%20minister')).json());
      assert.ok(found.total >= 1, 'full-text search finds the seed');
      const none = shape(S.listOf.articles, (await app.inject('/api/articles?from=1990-01-01&to=1990-12-31')).json());
      assert.equal(none.total, 0);
      const ents = shape(S.listOf.entities, (await app.inject('/api/entities?limit=3')).json());
      if (ents.items.length) shape(S.entityProfile, (await app.inject(`/api/entities/${ents.items[0]!.id}`)).json());
      shape(S.listOf.quotes, (await app.inject('/api/quotes?q=the')).json());
      shape(S.graphBody, (await app.inject('/api/graph?mode=country')).json());
      shape(S.graphBody, (await app.inject('/api/graph?mode=entity&limit=10')).json());
      shape(S.timelineBody, (await app.inject('/api/timeline?grain=week')).json());
      shape(S.listOf.events, (await app.inject('/api/events?pair=prk-rus&quad_class=1&from=2024-01-01&to=2025-12-31&root=04&cameo=04')).json());
    });

    test('invalid parameters are JSON 400s and the server keeps serving', async () => {
      for (const url of [
        '/api/articles?limit=0', '/api/articles?limit=abc', '/api/articles?offset=-1', '/api/articles?from=2024-13-45',
        '/api/articles?nope=1', '/api/events?quad_class=9', '/api/events?cameo=abc', '/api/events?pair=RUS',
        '/api/entities?type=ALIEN', '/api/graph?mode=galaxy', '/api/timeline?grain=year', '/api/export/events?format=xml',
        '/api/export/entities?format=gdelt', '/api/export/secrets', '/api/articles?limit=1&limit=2',
      ]) isJsonError(await app.inject(url), 400);
      isJsonError(await app.inject('/api/articles/0123456789abcdef'), 404);
      isJsonError(await app.inject('/api/entities/ent_000000000000'), 404);
      isJsonError(await app.inject('/api/nothing'), 404);
      assert.equal((await app.inject('/api/health')).statusCode, 200);
    });

    test('SQL-looking strings: a 400 for structured parameters, harmless text for searches', async () => {
      const evil = ["RUS' OR '1'='1", "1; DROP TABLE articles; --", "' UNION SELECT * FROM entities --"];
      for (const e of evil) {
        const q = encodeURIComponent(e);
        for (const p of ['source', 'target', 'pair', 'cameo', 'root', 'plover', 'quad_class', 'from', 'to', 'article']) {
          isJsonError(await app.inject(`/api/events?${p}=${q}`), 400);
        }
        isJsonError(await app.inject(`/api/articles/${q}`), 400);
        isJsonError(await app.inject(`/api/entities?country=${q}`), 400);
        isJsonError(await app.inject(`/api/articles?limit=${q}`), 400);
        for (const url of [`/api/articles?q=${q}`, `/api/entities?q=${q}`, `/api/quotes?q=${q}&speaker=${q}`, `/api/events?place=${q}`]) {
          const r = await app.inject(url);
          assert.equal(r.statusCode, 200, url);
          assert.equal(r.json().total, 0, url);
        }
      }
      assert.ok((await app.inject('/api/health')).json().articles >= 2, 'the tables are still there');
    });

    test('POST /api/ingest: content types, size limit, empty and bad bodies', async () => {
      const text = 'Ministers of two countries met on Monday in the capital.\n\nThey agreed to continue the talks on trade and energy next month.';
      const ok = await app.inject({ method: 'POST', url: '/api/ingest', headers: { 'content-type': 'text/plain' }, payload: text });
      assert.equal(ok.statusCode, 200, ok.body);
      const s = shape(S.ingestBody, ok.json());
      assert.equal(s.stored + s.duplicates, 1);
      const again = shape(S.ingestBody, (await app.inject({ method: 'POST', url: '/api/ingest', headers: { 'content-type': 'text/plain' }, payload: text })).json());
      assert.equal(again.duplicates, 1);
      const nd = await app.inject({
        method: 'POST', url: '/api/ingest', headers: { 'content-type': 'application/x-ndjson' },
        payload: JSON.stringify({ title: 'Ndjson story', text: 'Delegates met in the city to talk about ports.\n\nThe talks will go on.' }) + '\nnot json\n',
      });
      const nds = shape(S.ingestBody, nd.json());
      assert.equal(nds.rejected.length, 1);
      const js = await app.inject({ method: 'POST', url: '/api/ingest', headers: { 'content-type': 'application/json' }, payload: { articles: [{ title: 'Json story', text: 'Envoys held talks on grain.\n\nMore talks are planned.' }] } });
      assert.equal(js.statusCode, 200, js.body);
      const html = await app.inject({ method: 'POST', url: '/api/ingest?url=https://example.org/a', headers: { 'content-type': 'text/html' }, payload: '<html><head><title>A page</title></head><body><article><h1>A page</h1><p>Officials of the two governments met for long talks about the border and trade and security.</p><p>They will meet again soon to continue those talks about the border.</p></article></body></html>' });
      assert.ok(html.statusCode === 200 || html.statusCode === 400, html.body);
      isJsonError(await app.inject({ method: 'POST', url: '/api/ingest', headers: { 'content-type': 'image/png' }, payload: Buffer.from([137, 80, 78, 71]) }), 415);
      isJsonError(await app.inject({ method: 'POST', url: '/api/ingest', headers: { 'content-type': 'application/xml' }, payload: '<a/>' }), 415);
      isJsonError(await app.inject({ method: 'POST', url: '/api/ingest', headers: { 'content-type': 'text/plain' }, payload: 'x'.repeat(70 * 1024) }), 413);
      isJsonError(await app.inject({ method: 'POST', url: '/api/ingest', headers: { 'content-type': 'text/plain' }, payload: '   ' }), 400);
      isJsonError(await app.inject({ method: 'POST', url: '/api/ingest', headers: { 'content-type': 'application/json' }, payload: '{not json' }), 400);
      isJsonError(await app.inject({ method: 'POST', url: '/api/ingest?published=yesterday', headers: { 'content-type': 'text/plain' }, payload: text }), 400);
      assert.equal((await app.inject('/api/health')).statusCode, 200);
    });

    test('tokens: writes and private reads need the right bearer token', async () => {
      const post = (auth?: string) => locked.inject({
        method: 'POST', url: '/api/ingest', payload: 'Leaders met in the capital for talks.\n\nThey spoke about the economy.',
        headers: { 'content-type': 'text/plain', ...(auth ? { authorization: auth } : {}) },
      });
      isJsonError(await post(), 401);
      isJsonError(await post('Bearer wrong-token-xxxxxxxx'), 401);
      isJsonError(await post(`Basic ${TOKEN}`), 401);
      assert.equal((await post(`Bearer ${TOKEN}`)).statusCode, 200);
      isJsonError(await locked.inject('/api/events'), 401);
      assert.equal((await locked.inject({ url: '/api/events', headers: { authorization: `Bearer ${TOKEN}` } })).statusCode, 200);
      isJsonError(await locked.inject({ method: 'DELETE', url: '/api/articles/0123456789abcdef' }), 401);
      isJsonError(await locked.inject({ method: 'DELETE', url: '/api/articles/0123456789abcdef', headers: { authorization: `Bearer ${TOKEN}` } }), 404);
    });

    test('exports: CSV with header, JSONL, GDELT with 61 columns', async () => {
      const csv = await app.inject('/api/export/events?format=csv');
      assert.equal(csv.statusCode, 200);
      assert.match(String(csv.headers['content-type']), /text\/csv/);
      assert.match(csv.body.split('\r\n')[0]!, /^id,date,date_start,date_end,date_precision,source_entity,/);
      const ent = await app.inject('/api/export/entities?format=jsonl');
      assert.equal(ent.statusCode, 200);
      for (const l of ent.body.split('\n').filter(Boolean)) assert.ok(JSON.parse(l).id);
      const q = await app.inject('/api/export/quotes?format=csv');
      assert.match(q.body, /^id,article_id,published,kind,speaker_entity,speaker_name,text/);
      const gd = await app.inject('/api/export/events?format=gdelt');
      assert.equal(gd.statusCode, 200);
      for (const l of gd.body.split('\n').filter(Boolean)) assert.equal(l.split('\t').length, GDELT_COLUMNS);
    });

    test('event filters, sort and date periods (issue 20)', async () => {
      const ok = async (u: string) => {
        const r = await app.inject(u);
        assert.equal(r.statusCode, 200, `${u}: ${r.body}`);
        return r.json();
      };
      const asc = await ok('/api/events?sort=goldstein&order=asc&limit=500');
      const g = asc.items.map((e: { goldstein: number }) => e.goldstein);
      assert.deepEqual(g, [...g].sort((a: number, b: number) => a - b));
      for (const e of asc.items) assert.ok('date_start' in e && 'date_precision' in e && Array.isArray(e.evidence_spans));
      await ok('/api/events?actor=rus&role=gov&precision=day,month&dates=overlap&from=2024-01-01&to=2024-12-31&negated=include&hedged=exclude');
      await ok('/api/graph?negated=only&root=19');
      await ok('/api/entities?root=04&type=person');
      const t = await ok('/api/timeline?grain=week&precision=week,month,year');
      assert.ok(Array.isArray(t.coarse));
      for (const [u, p] of [['/api/events?dates=sometimes', 'dates'], ['/api/events?precision=hour', 'precision'], ['/api/events?sort=tone', 'sort'],
        ['/api/events?role=GOVERNMENT', 'role'], ['/api/events?negated=yes', 'negated']] as const) {
        const r = await app.inject(u);
        assert.equal(r.statusCode, 400, u);
        assert.match(r.json().error.message, new RegExp(p));
      }
    });

    test('the read cache answers repeats and is cleared by a write through the API', async () => {
      const cached = await buildApp({ db, webRoot: null, cacheMs: 60_000 });
      try {
        const t1 = (await cached.inject('/api/articles?limit=1')).json().total;
        await ingestSource(db, (await import('../ingest/index.js')).stringSource('side.jsonl', JSON.stringify({ title: 'Side door', text: 'Written by another process.\n\nIt is not seen at once.' }) + '\n'));
        assert.equal((await cached.inject('/api/articles?limit=1')).json().total, t1, 'served from the cache');
        const w = await cached.inject({ method: 'POST', url: '/api/ingest', headers: { 'content-type': 'text/plain' }, payload: 'Cache buster story about harbours.\n\nThe harbour opened again.' });
        assert.equal(w.statusCode, 200);
        assert.ok((await cached.inject('/api/articles?limit=1')).json().total >= t1 + 2, 'a write cleared the cache');
      } finally {
        await cached.close();
      }
    });

    test('list pages are the JSON text the database wrote, sent as is, cached or not, with their schemas and headers', async () => {
      const { listEvents, listArticles, listEntities } = await import('../store/index.js');
      const cached = await buildApp({ db, webRoot: null, cacheMs: 60_000 });
      try {
        const cases: [string, () => Promise<unknown>, z.ZodType][] = [
          ['/api/events?limit=7&offset=2', () => listEvents(db, {}, { limit: 7, offset: 2 }), S.eventList],
          ['/api/events?limit=3&negated=include&sort=goldstein', () => listEvents(db, { negated: 'include', sort: 'goldstein' } as never, { limit: 3, offset: 0 }), S.eventList],
          ['/api/articles?limit=5', () => listArticles(db, {}, { limit: 5, offset: 0 }), S.articleList],
          ['/api/articles?q=minister', () => listArticles(db, { q: 'minister' }, { limit: 50, offset: 0 }), S.articleList],
          ['/api/entities?q=a&limit=4', () => listEntities(db, { q: 'a' }, { limit: 4, offset: 0 }), S.entityList],
        ];
        for (const [url, direct, schema] of cases) {
          const want = await direct();
          for (const a of [app, cached, cached]) {
            const r = await a.inject(url);
            assert.equal(r.statusCode, 200, url);
            assert.equal(r.headers['content-type'], 'application/json; charset=utf-8', url);
            assert.equal(r.headers['x-content-type-options'], 'nosniff', 'security headers as on every answer');
            assert.deepStrictEqual(r.json(), want, url);
            shape(schema, r.json());
          }
        }
        isJsonError(await app.inject('/api/events?limit=0'), 400);
        isJsonError(await app.inject('/api/articles?after=bad!'), 400);
      } finally {
        await cached.close();
      }
    });

    test('concurrent misses of one URL share one query (no stampede); bad requests are never cached', async () => {
      let queries = 0;
      const counting: Db = { ...db, query: ((sql: string, params?: unknown[]) => { queries++; return db.query(sql, params); }) as Db['query'] };
      const cached = await buildApp({ db: counting, webRoot: null, cacheMs: 60_000 });
      try {
        const url = '/api/articles?limit=3';
        const all = await Promise.all(Array.from({ length: 20 }, () => cached.inject(url)));
        assert.ok(all.every((r) => r.statusCode === 200 && r.body === all[0]!.body));
        const one = queries;
        queries = 0;
        await cached.inject('/api/articles?limit=4');
        assert.equal(one, queries, '20 concurrent requests cost the queries of one');
        for (let i = 0; i < 2; i++) isJsonError(await cached.inject('/api/articles?limit=abc'), 400);
      } finally {
        await cached.close();
      }
    });

    test('OpenAPI document and the web UI with its SPA fallback', async () => {
      const doc = (await app.inject('/api/openapi.json')).json();
      assert.equal(doc.openapi, '3.1.0');
      for (const p of ['/api/events', '/api/entities/{id}', '/api/ingest', '/api/graph', '/api/timeline', '/api/export/{what}']) assert.ok(doc.paths[p], p);
      assert.ok(doc.paths['/api/events'].get.parameters.some((x: { name: string }) => x.name === 'source'));
      const index = await app.inject('/');
      assert.equal(index.statusCode, 200);
      assert.match(index.body, /<title>ui<\/title>/);
      assert.match((await app.inject('/articles/abc')).body, /<title>ui<\/title>/, 'client routes fall back to index.html');
      assert.equal((await app.inject('/assets/app.js')).body, 'console.log(1)');
      assert.match((await app.inject('/../../etc/passwd')).body, /<title>ui<\/title>/, 'no path leaves the web root');
    });
  });
}

test('serve refuses a non-loopback address without a token (exit 2, one line)', () => {
  const bin = join(ROOT, 'bin/newsgraph');
  const env = { ...process.env, NEWSGRAPH_TOKEN: '' };
  delete (env as Record<string, string | undefined>).NEWSGRAPH_TOKEN;
  const r = spawnSync(process.execPath, [bin, 'serve', '--host', '0.0.0.0', '--port', '0', '--db', 'memory:'], { encoding: 'utf8', env, timeout: 20000 });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^newsgraph: refusing to serve on 0\.0\.0\.0 without a token/);
  assert.equal(r.stderr.trim().split('\n').length, 1);
});
