// The store on both engines: migrations, idempotent ingest, atomic articles, near-duplicates,
// cross-article entities and folded events, concurrent ingest, deletes and exports.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb, DbError, type Db } from './db.js';
import { migrate, schemaVersion } from './migrate.js';
import { MIGRATIONS } from './schema.js';
import { storeArticle, deleteArticle, listEvents, listEntities, entityProfile, health, getArticle, placeCounts, listArticles, eventItemsByRows, listEventsJson } from './index.js';
import { exportLines, csvLine } from './export.js';
import { normName } from './keys.js';
import { GDELT_COLUMNS } from './gdelt.js';
import { ingestSource } from '../ingest-source.js';
import { stringSource } from '../ingest/index.js';
import { syntheticArticle } from './synthetic.js';
import { testEngines } from './engines-for-tests.js';
import type { ArticleOut } from '../types.js';

async function counts(db: Db) {
  const [r] = await db.query(`SELECT (SELECT count(*)::int FROM articles) a, (SELECT count(*)::int FROM entities) e,
    (SELECT count(*)::int FROM mentions) m, (SELECT count(*)::int FROM event_keys) k, (SELECT count(*)::int FROM events) v,
    (SELECT count(*)::int FROM quotes) q, (SELECT coalesce(sum(num_mentions), 0)::int FROM event_keys) nm,
    (SELECT coalesce(sum(article_count), 0)::int FROM entities) ea`);
  return r!;
}

const reprint = (a: ArticleOut, id: string, url: string | null, extra: string): ArticleOut => ({
  ...a, id, url, title: a.title + ' (reprint)', body: a.body + extra,
});

for (const engine of testEngines('store')) {
  describe(`store on ${engine.name}`, () => {
    let db: Db;
    before(async () => {
      db = await engine.open();
    });
    after(async () => {
      await engine.dispose(db);
    });

    test('migrations are applied once and recorded', async () => {
      assert.equal(await schemaVersion(db), MIGRATIONS[MIGRATIONS.length - 1]!.version);
      assert.deepEqual(await migrate(db), [], 'a second start applies nothing');
      const rows = await db.query('SELECT version, name FROM schema_migrations ORDER BY version');
      assert.deepEqual(rows.map((r) => r.version), MIGRATIONS.map((m) => m.version));
    });

    test('the same article twice is stored once', async () => {
      const a = syntheticArticle(1);
      const before = await counts(db);
      assert.equal((await storeArticle(db, a)).status, 'stored');
      const mid = await counts(db);
      assert.equal((await storeArticle(db, a)).status, 'duplicate');
      assert.deepEqual(await counts(db), mid);
      assert.equal(mid.a, before.a + 1);
    });

    test('ingesting the same input twice changes no count', async () => {
      const text = ['A', 'B', 'C'].map((x) => JSON.stringify({ title: `Story ${x} of the storage suite`, text: `Officials in the capital met on Monday to discuss story ${x}.\n\nThey agreed to meet again about ${x} next week.`, published: '2024-03-0' + (x.charCodeAt(0) - 64) })).join('\n');
      const s1 = await ingestSource(db, stringSource('batch.jsonl', text));
      const c1 = await counts(db);
      const s2 = await ingestSource(db, stringSource('batch.jsonl', text));
      assert.equal(s1.stored, 3);
      assert.equal(s2.stored, 0);
      assert.equal(s2.duplicates, 3);
      assert.deepEqual(await counts(db), c1);
    });

    test('a failure midway through an article leaves nothing of it', async () => {
      const a = syntheticArticle(2);
      const before = await counts(db);
      await assert.rejects(storeArticle(db, a, { midway: () => { throw new Error('simulated crash'); } }), /simulated crash/);
      assert.deepEqual(await counts(db), before);
      assert.equal(await getArticle(db, a.id), null);
      assert.equal((await storeArticle(db, a)).status, 'stored', 'the article stores cleanly afterwards');
    });

    test('reprints form one near-duplicate group; entities merge; events fold with counts', async () => {
      const a = syntheticArticle(3, { withUrl: true });
      const b = reprint(a, 'f'.repeat(15) + '1', 'https://other.example/x', ' Reprinted with permission.');
      const c = reprint(a, 'f'.repeat(15) + '2', 'https://news3.example/y', ' Updated.');
      const ra = await storeArticle(db, a);
      const rb = await storeArticle(db, b);
      const rc = await storeArticle(db, c);
      assert.equal(rb.dup_group, ra.dup_group);
      assert.equal(rc.dup_group, ra.dup_group);
      const person = a.entities[0]!;
      const ents = await listEntities(db, { q: person.name, type: 'PERSON' }, { limit: 10, offset: 0 });
      assert.equal(ents.items.length, 1, 'one canonical entity across the three articles');
      assert.equal(ents.items[0]!.articles, 3);
      const ev = await listEvents(db, { source: ents.items[0]!.id }, { limit: 10, offset: 0 });
      const folded = ev.items.find((e) => e.date === a.events[0]!.date && e.cameo === a.events[0]!.cameo)!;
      assert.ok(folded, 'the event is found by its source entity');
      // Counts are over reports (one story from one source): a and c are one story from one
      // host, b the same story from another, so 2 articles and 2 sources, not 3.
      const hosts = new Set([a.url, b.url, c.url].map((u) => new URL(u!).hostname));
      assert.equal(hosts.size, 2);
      assert.equal(folded.num_articles, 2);
      assert.equal(folded.num_mentions, 2);
      assert.equal(folded.num_sources, hosts.size);
      assert.equal(folded.articles.length, 3);
      // an unrelated article is not a duplicate
      assert.equal((await storeArticle(db, syntheticArticle(4))).dup_group, syntheticArticle(4).id);
      // deleting a reprint decrements the counts
      assert.equal(await deleteArticle(db, b.id), true);
      const after = (await listEvents(db, { source: ents.items[0]!.id }, { limit: 10, offset: 0 })).items.find((e) => e.id === folded.id)!;
      assert.equal(after.num_articles, 1);
      assert.equal(after.num_sources, 1);
      const prof = await entityProfile(db, ents.items[0]!.id);
      assert.equal(prof!.entity.articles, 2);
    });

    test('an entity without a country joins the known one of the same name', async () => {
      const a = syntheticArticle(5);
      const p = a.entities[0]!;
      const bare: ArticleOut = {
        ...syntheticArticle(6), id: 'e'.repeat(16),
        entities: [{ ...p, id: 'e1', country: null, actor_code: null, mentions: [] }], events: [], quotes: [],
      };
      await storeArticle(db, a);
      await storeArticle(db, bare);
      const ents = await listEntities(db, { q: p.name }, { limit: 10, offset: 0 });
      assert.equal(ents.items.length, 1);
      assert.equal(ents.items[0]!.country, p.country);
    });

    test('concurrent ingests of one article store it once', async () => {
      const a = syntheticArticle(7);
      const before = await counts(db);
      const rs = await Promise.all(Array.from({ length: 6 }, () => storeArticle(db, a)));
      assert.equal(rs.filter((r) => r.status === 'stored').length, 1);
      const now = await counts(db);
      assert.equal(now.a, before.a + 1);
      const ev = await listEvents(db, { article: a.id }, { limit: 5, offset: 0 });
      assert.equal(ev.items[0]!.num_articles >= 1, true);
      assert.equal(now.nm - before.nm, 1, 'one mention added, not six');
    });

    test('exports: CSV header, JSONL, and 61 GDELT columns', async () => {
      const lines: string[] = [];
      for await (const l of exportLines(db, 'events', 'csv')) lines.push(l);
      assert.match(lines[0]!, /^id,date,date_start,date_end,date_precision,source_entity,source_name,source_country,source_actor_code,target_entity/);
      assert.ok(lines.length > 1);
      assert.ok(lines.every((l) => l.endsWith('\r\n')));
      const gd: string[] = [];
      for await (const l of exportLines(db, 'events', 'gdelt')) gd.push(l);
      assert.ok(gd.length >= 1);
      for (const l of gd) {
        const cols = l.replace(/\n$/, '').split('\t');
        assert.equal(cols.length, GDELT_COLUMNS);
        assert.match(cols[0]!, /^\d+$/);
        assert.match(cols[26]!, /^\d{2,4}$/, 'EventCode');
        assert.match(cols[29]!, /^[1-4]$/, 'QuadClass');
        // A located event carries GDELT's geography: Geo_Type 1–5 and a FIPS 10-4 country code.
        if (cols[52]) {
          assert.match(cols[51]!, /^[1-5]$/, 'ActionGeo_Type');
          assert.match(cols[53]!, /^[A-Z]{2}$/, `ActionGeo_CountryCode of "${cols[52]}"`);
          assert.ok(cols[54]!.startsWith(cols[53]!), 'ActionGeo_ADM1Code starts with the country code');
        }
      }
      assert.ok(gd.some((l) => l.split('\t')[52]), 'some GDELT row has a place');
      assert.match(lines[0]!, /,place_lat,place_lon,place_geo_type,/);
      const jl: string[] = [];
      for await (const l of exportLines(db, 'entities', 'jsonl')) jl.push(l);
      assert.ok(JSON.parse(jl[0]!).id.startsWith('ent_'));
      assert.equal(csvLine(['a,b', 'say "hi"', 'x\ny', null]), '"a,b","say ""hi""","x\ny",\r\n');
    });

    test('places: every located event counted by place, for the map', async () => {
      const r = await placeCounts(db, {});
      assert.ok(r.total >= r.located && r.located > 0);
      assert.equal(r.places.reduce((n, p) => n + p.total, 0), r.located);
      for (const p of r.places) assert.equal(p.by_quad['1'] + p.by_quad['2'] + p.by_quad['3'] + p.by_quad['4'], p.total);
      assert.equal((await placeCounts(db, {}, 1)).places.length, 1);
    });

    test('health counts what is stored', async () => {
      const h = await health(db);
      assert.ok(h.articles > 0 && h.entities > 0 && h.events > 0);
    });

    // Issue 19, round 3: the list pages are written as JSON by the database (event items kept in
    // event_items by deferred triggers) and the unfiltered totals read from counters. Pinned here
    // against the rows read one by one, after inserts, duplicates, deletes and a rolled-back store.
    test('list pages written by the database equal the rows; unfiltered totals from the counters are exact', async () => {
      const text = [
        { title: 'Talks in "Geneva" \u2014 caf\u00e9 diplomacy \\ notes', text: 'Russia\'s foreign minister met Ukrainian officials in Geneva on Monday.\n\nRussia did not attack the convoy in Donetsk, Ukrainian officials said.\n\n"We will talk again," he said.', published: '2024-05-06' },
        { title: 'Second story of the list suite', text: 'Iran accused Israel of striking a consulate in Damascus on Tuesday.', published: '2024-05-07', url: 'https://a.example/2' },
        { title: 'Second story of the list suite', text: 'Iran accused Israel of striking a consulate in Damascus on Tuesday. Updated.', published: '2024-05-07', url: 'https://b.example/2' },
      ].map((x) => JSON.stringify(x)).join('\n');
      await ingestSource(db, stringSource('lists.jsonl', text));
      for (let i = 40; i < 46; i++) await storeArticle(db, syntheticArticle(i, { withUrl: i % 2 === 0 }));
      await deleteArticle(db, syntheticArticle(41).id);
      await assert.rejects(storeArticle(db, syntheticArticle(46), { midway: () => { throw new Error('rolled back'); } }), /rolled back/);

      const exact = async () => {
        const [r] = await db.query(`SELECT (SELECT count(*)::int FROM articles) AS a, (SELECT count(*)::int FROM event_keys WHERE NOT negated) AS e,
          (SELECT sum(articles)::int FROM list_counts) AS ca, (SELECT sum(events)::int FROM list_counts) AS ce`);
        assert.equal(r!.ca, r!.a, 'articles counter');
        assert.equal(r!.ce, r!.e, 'events counter');
        return r!;
      };
      const n = await exact();
      // Every kept item is what the event's rows say now.
      assert.deepEqual(await db.query('SELECT k.id FROM event_keys k LEFT JOIN event_items i ON i.id = k.id WHERE i.item IS DISTINCT FROM ng_event_item_json(k.id)'), []);

      const events = await listEvents(db, { negated: 'include' }, { limit: 500, offset: 0 });
      assert.equal(events.total, (await db.query('SELECT id FROM event_keys')).length);
      assert.deepStrictEqual(events.items, await eventItemsByRows(db, events.items.map((e) => e.id)));
      assert.ok(events.items.some((e) => e.negated) && events.items.some((e) => e.articles.length > 1), 'negated and multi-report events are covered');
      const live = await listEvents(db, {}, { limit: 3, offset: 0 });
      assert.equal(live.total, n.e);
      assert.deepStrictEqual(JSON.parse(await listEventsJson(db, {}, { limit: 3, offset: 0 })), live);
      assert.deepStrictEqual((await listEvents(db, {}, { limit: 3, offset: 0, after: live.next! })).items, (await listEvents(db, {}, { limit: 3, offset: 3 })).items);
      assert.deepStrictEqual((await listEvents(db, { sort: 'goldstein', order: 'asc' } as never, { limit: 500, offset: 0 })).items.map((e) => e.goldstein),
        live.items.length ? [...(await listEvents(db, {}, { limit: 500, offset: 0 })).items.map((e) => e.goldstein)].sort((x, y) => x - y) : []);
      assert.deepStrictEqual(await listEvents(db, {}, { limit: 5, offset: 100000 }), { total: n.e, limit: 5, offset: 100000, next: null, items: [] });
      // Offset pages past the middle are read from the end of the index: every offset and a few
      // page sizes give the slice of the whole list (and its order, as the rows say it).
      const allEvents = (await listEvents(db, {}, { limit: 500, offset: 0 })).items;
      assert.deepStrictEqual(allEvents.map((e) => e.id), (await db.query(`SELECT k.id FROM event_keys k WHERE NOT k.negated ORDER BY k.date_start DESC NULLS LAST,
        CASE k.date_precision WHEN 'day' THEN 0 WHEN 'week' THEN 1 WHEN 'month' THEN 2 WHEN 'year' THEN 3 ELSE 4 END, k.num_articles DESC, k.id`)).map((r) => r.id));
      assert.ok(allEvents.length >= 6, 'enough events to page');
      for (const limit of [1, 2, 3, 4]) {
        for (let offset = 0; offset <= allEvents.length + 1; offset++) {
          const page = await listEvents(db, {}, { limit, offset });
          assert.equal(page.total, n.e);
          assert.deepStrictEqual(page.items, allEvents.slice(offset, offset + limit), `events limit ${limit} offset ${offset}`);
          assert.equal(page.next === null, page.items.length < limit, `events next at offset ${offset}`);
        }
      }

      const ref = (await db.query(`SELECT a.id, a.title, a.published, a.url, left(a.body, 240) AS snippet, a.tone, a.dup_group,
          (SELECT count(*)::int FROM articles d WHERE d.dup_group = a.dup_group) - 1 AS duplicates,
          (SELECT count(DISTINCT coalesce(d.source_host, d.id))::int FROM articles d WHERE d.dup_group = a.dup_group) AS sources,
          (SELECT count(*)::int FROM article_entities x WHERE x.article_id = a.id) AS ne,
          (SELECT count(*)::int FROM events x WHERE x.article_id = a.id AND NOT x.negated) AS nv,
          (SELECT count(*)::int FROM quotes x WHERE x.article_id = a.id) AS nq
        FROM articles a ORDER BY a.published_day DESC NULLS LAST, a.ingested_at DESC, a.id`)).map((r) => ({
        id: r.id, title: r.title, published: r.published, url: r.url, snippet: r.snippet, tone: r.tone, dup_group: r.dup_group,
        duplicates: r.duplicates, sources: r.sources, counts: { entities: r.ne, events: r.nv, quotes: r.nq },
      }));
      const articles = await listArticles(db, {}, { limit: 500, offset: 0 });
      assert.equal(articles.total, n.a);
      assert.deepStrictEqual(articles.items, ref.slice(0, 500));
      for (const limit of [1, 2, 3, 4]) {
        for (let offset = 0; offset <= ref.length + 1; offset++) {
          const page = await listArticles(db, {}, { limit, offset });
          assert.equal(page.total, n.a);
          assert.deepStrictEqual(page.items, ref.slice(offset, offset + limit), `articles limit ${limit} offset ${offset}`);
          if (page.next) assert.deepStrictEqual((await listArticles(db, {}, { limit, offset: 0, after: page.next })).items, ref.slice(offset + limit, offset + 2 * limit));
        }
      }
      assert.ok(ref.some((a) => a.duplicates > 0 && a.sources > 1) && ref.some((a) => /"/.test(a.title)), 'stories and escapes are covered');
      const found = await listArticles(db, { q: 'consulate' }, { limit: 50, offset: 0 });
      assert.equal(found.total, 2);
      for (const [limit, offset] of [[1, 1], [5, 7], [50, 199]] as const) {
        const page = await listArticles(db, { q: 'consulate' }, { limit, offset });
        assert.equal(page.total, 2, `total of the search at offset ${offset}`);
        assert.deepStrictEqual(page.items, found.items.slice(offset, offset + limit));
      }
      assert.deepStrictEqual(found.items.map((a) => a.id).sort(), ref.filter((a) => /consulate/.test(a.snippet)).map((a) => a.id).sort());
      assert.equal((await listArticles(db, { from: '2024-05-07', to: '2024-05-07' }, { limit: 50, offset: 0 })).total, ref.filter((a) => a.published === '2024-05-07').length);

      const ents = (await db.query('SELECT * FROM entities ORDER BY article_count DESC, id')).map((r) => ({
        id: r.id, name: r.name, type: r.type, country: r.country, actor_code: r.actor_code,
        geo: r.lat !== null && r.lon !== null ? { lat: r.lat, lon: r.lon, geonames_id: r.geonames_id } : null,
        articles: r.article_count, mentions: r.mention_count,
      }));
      const el = await listEntities(db, {}, { limit: 500, offset: 0 });
      assert.equal(el.total, ents.length);
      assert.deepStrictEqual(el.items, ents.slice(0, 500));
      assert.ok(ents.some((e) => e.geo) && ents.some((e) => !e.geo));
      // A filtered page counts its matches in the same scan; past the last match, apart.
      for (const f of [{ q: 'a' }, { q: ents[0]!.name }, { type: 'GPE' }, { q: 'zzzz-none' }]) {
        const norm = new Map((await db.query('SELECT id, norm_name FROM entities')).map((r) => [r.id as string, r.norm_name as string]));
        const want = ents.filter((e) => (!f.q || norm.get(e.id)!.includes(normName(f.q))) && (!f.type || e.type === f.type));
        for (const [limit, offset] of [[2, 0], [3, 1], [50, 0], [5, want.length], [5, 100000]] as const) {
          const page = await listEntities(db, f, { limit, offset });
          assert.equal(page.total, want.length, `entities ${JSON.stringify(f)} total at offset ${offset}`);
          assert.deepStrictEqual(page.items, want.slice(offset, offset + limit));
        }
      }

      // TRUNCATE (tests, resets) empties the counters and the kept items; a missing item is
      // computed as the list reads it.
      await db.exec('TRUNCATE articles CASCADE');
      const t = await exact();
      assert.equal(t.a, 0);
      assert.equal((await db.query('SELECT count(*)::int AS n FROM event_items'))[0]!.n, 0);
      const after = await listEvents(db, { negated: 'include' }, { limit: 500, offset: 0 });
      assert.deepStrictEqual(after.items, await eventItemsByRows(db, after.items.map((e) => e.id)));
      assert.ok(after.items.every((e) => e.articles.length === 0));
    });
  });
}

test('a PGlite folder in use by another process is refused with a clear message', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ng-lock-'));
  try {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, '.newsgraph.lock'), String(process.ppid || 1));
    await assert.rejects(openDb(dir), (e: unknown) => e instanceof DbError && /in use by process/.test((e as Error).message));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a read-only database folder is refused with a clear message', { skip: process.getuid?.() === 0 ? 'root ignores permissions' : false }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ng-ro-'));
  const { chmodSync } = await import('node:fs');
  chmodSync(dir, 0o500);
  try {
    await assert.rejects(openDb(join(dir, 'db')), (e: unknown) => e instanceof DbError && /read-only/.test((e as Error).message));
  } finally {
    chmodSync(dir, 0o700);
    rmSync(dir, { recursive: true, force: true });
  }
});
