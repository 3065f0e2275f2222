// Storing one analysed article: one transaction, idempotent by the article's content id.
//
// Concurrency (PostgreSQL, several ingesters): the article row is inserted first with
// ON CONFLICT DO NOTHING, so a second transaction carrying the same article waits on the first and
// then sees the conflict (→ "duplicate"); an article is therefore added exactly once, which makes
// plain counter increments on entities and folded events exact. Shared rows (entities, event keys)
// are upserted in sorted key order so two ingesters lock them in the same order (no deadlocks);
// deadlocks and unique races that still happen are retried.
import { createHash } from 'node:crypto';
import type { ArticleOut, EntityOut, EventOut } from '../types.js';
import type { Db, Queryable } from './db.js';
import { bandHashes, fingerprint, nearDuplicateScore, type Fingerprint } from './minhash.js';
import { dayOf, entityId, entityMergeKey, normName, sourceHost } from './keys.js';
import { Sql } from './filters.js';
import { httpUrl } from '../ingest/url.js';
import { canonicalUrl } from './canonical-url.js';
import { definedAliases } from './aliases.js';
import { foldArticleEvents } from './fold.js';
import { knownActor } from '../kb/actor-codes.js';

export type StoreStatus = 'stored' | 'duplicate';
export interface StoreResult { id: string; status: StoreStatus; dup_group: string }

/** Test hook: called midway through an article (shared entity and event rows written, its own rows not yet), to prove atomicity. */
export interface StoreHooks { midway?: () => void | Promise<void> }

const RETRYABLE = new Set(['40P01', '40001', '23505']);

export async function storeArticle(db: Db, a: ArticleOut, hooks: StoreHooks = {}): Promise<StoreResult> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.tx((q) => storeIn(q, a, hooks));
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (attempt < 4 && code && RETRYABLE.has(code)) {
        await new Promise((r) => setTimeout(r, 10 + Math.random() * 40 * (attempt + 1)));
        continue;
      }
      throw e;
    }
  }
}

/** Multi-row VALUES placeholders: rows of n columns starting at $1. */
function values(rows: unknown[][]): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const parts = rows.map((r) => `(${r.map((v) => (params.push(v), `$${params.length}`)).join(', ')})`);
  return { sql: parts.join(', '), params };
}

/** Insert rows in chunks (PostgreSQL allows at most 65535 parameters per statement). */
async function insertMany(q: Queryable, head: string, rows: unknown[][]): Promise<void> {
  if (!rows.length) return;
  const per = Math.max(1, Math.floor(30000 / rows[0]!.length));
  for (let i = 0; i < rows.length; i += per) {
    const v = values(rows.slice(i, i + per));
    await q.query(`${head} VALUES ${v.sql}`, v.params);
  }
}

const json = (v: unknown) => JSON.stringify(v);

interface Child { head: string; rows: unknown[][] }

/**
 * All of an article's own rows in one statement (data-modifying CTEs): a round trip per table
 * costs more than the rows themselves. Very large articles fall back to chunked inserts.
 */
async function writeChildren(q: Queryable, children: Child[]): Promise<void> {
  const live = children.filter((c) => c.rows.length);
  const total = live.reduce((n, c) => n + c.rows.length * c.rows[0]!.length, 0);
  if (!live.length) return;
  if (total > 30000) {
    for (const c of live) await insertMany(q, c.head, c.rows);
    return;
  }
  const params: unknown[] = [];
  const parts = live.map((c, i) => {
    const vals = c.rows.map((r) => `(${r.map((v) => (params.push(v), `$${params.length}`)).join(', ')})`).join(', ');
    return `c${i} AS (${c.head} VALUES ${vals})`;
  });
  await q.query(`WITH ${parts.join(', ')} SELECT 1`, params);
}

async function storeIn(q: Queryable, a: ArticleOut, hooks: StoreHooks): Promise<StoreResult> {
  // 1. The story: an article at the same canonical URL (another scheme, www., tracking
  //    parameters, a truncated copy …) is the same story; else a near-duplicate text (candidates
  //    share an LSH band; the most alike over threshold wins).
  const canon = canonicalUrl(a.url);
  const fp = fingerprint(`${a.title}\n${a.body}`);
  const bands = bandHashes(fp.sig);
  let dupGroup = a.id;
  const sameUrl = canon
    ? await q.query<{ dup_group: string }>('SELECT dup_group FROM articles WHERE canonical_url = $1 AND id <> $2 ORDER BY ingested_at, id LIMIT 1', [canon, a.id])
    : [];
  if (sameUrl.length) dupGroup = sameUrl[0]!.dup_group;
  else {
    const bv = values(bands.map((h, i) => [i, h]));
    const cands = await q.query<{ id: string; minhash: Fingerprint; dup_group: string }>(
      `SELECT DISTINCT a.id, a.minhash, a.dup_group FROM article_bands b JOIN articles a ON a.id = b.article_id
       WHERE (b.band, b.hash) IN (${bv.sql.replace(/\(\$(\d+), \$(\d+)\)/g, '($$$1::int, $$$2::text)')}) AND a.id <> $${bv.params.length + 1}`,
      [...bv.params, a.id],
    );
    let best = 1; // scores ≥ 1 are over a threshold
    for (const c of cands.sort((x, y) => x.dup_group.localeCompare(y.dup_group))) {
      if (!c.minhash || !Array.isArray(c.minhash.sig)) continue;
      const score = nearDuplicateScore(fp, c.minhash);
      if (score > best || (score >= 1 && dupGroup === a.id)) {
        best = Math.max(best, score);
        dupGroup = c.dup_group;
      }
    }
  }

  // 2. The article row: the idempotence gate.
  const url = httpUrl(a.url); // only http(s) addresses are stored as URLs
  const host = sourceHost(url);
  const inserted = await q.query(
    `INSERT INTO articles (id, content_hash, title, captions, body, published, published_day, published_source, url,
       source_host, tone, tone_positive, tone_negative, dup_group, minhash, canonical_url, n_entities, n_events, n_quotes)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
     ON CONFLICT (id) DO NOTHING RETURNING id`,
    [
      a.id, createHash('sha256').update(`${a.title}\n${a.body}`).digest('hex'), a.title, json(a.captions), a.body,
      a.published, dayOf(a.published), a.published_source, url, host,
      a.tone?.score ?? null, a.tone?.positive ?? null, a.tone?.negative ?? null, dupGroup, json(fp), canon,
      // The list's per-article counts, as the rows written below will count them.
      a.entities.length, a.events.filter((e) => !e.negated).length, a.quotes.length,
    ],
  );
  if (!inserted.length) {
    const r = await q.query<{ dup_group: string }>('SELECT dup_group FROM articles WHERE id = $1', [a.id]);
    return { id: a.id, status: 'duplicate', dup_group: r[0]?.dup_group ?? a.id };
  }
  // Child rows are collected and written together, in one statement.
  const children: Child[] = [];
  children.push({ head: 'INSERT INTO article_bands (band, hash, article_id)', rows: bands.map((h, i) => [i, h, a.id]) });

  // 3. Entities: local e1, e2 … → global canonical entities (a few statements whatever the count).
  const globalOf = await globalEntities(q, a.entities, definedAliases(a));
  const perGlobal = new Map<string, number>();
  for (const e of a.entities) perGlobal.set(globalOf.get(e.id)!, (perGlobal.get(globalOf.get(e.id)!) ?? 0) + e.mentions.length);
  if (perGlobal.size) {
    const v = values([...perGlobal].sort((x, y) => x[0].localeCompare(y[0])).map(([id, n]) => [id, n]));
    await q.query(
      `UPDATE entities e SET article_count = e.article_count + 1, mention_count = e.mention_count + v.n
       FROM (VALUES ${v.sql.replace(/\(\$(\d+), \$(\d+)\)/g, '($$$1::text, $$$2::int)')}) AS v(id, n) WHERE e.id = v.id`,
      v.params,
    );
  }
  children.push({
    head: 'INSERT INTO article_entities (article_id, local_id, entity_id, name, type, country, actor_code, role, lat, lon, geonames_id, mention_count)',
    rows: a.entities.map((e) => [a.id, e.id, globalOf.get(e.id), e.name, e.type, e.country, e.actor_code, e.role, e.geo?.lat ?? null, e.geo?.lon ?? null, e.geo?.geonames_id ?? null, e.mentions.length]),
  });
  let seq = 0;
  children.push({
    head: 'INSERT INTO mentions (article_id, seq, local_id, entity_id, field, start_off, end_off, text)',
    rows: a.entities.flatMap((e) => e.mentions.map((m) => [a.id, seq++, e.id, globalOf.get(e.id), m.field, m.start, m.end, m.text])),
  });

  // 4. Dates and quotes.
  children.push({
    head: 'INSERT INTO dates (article_id, seq, field, start_off, end_off, text, value, grain)',
    rows: a.dates.map((d, i) => [a.id, i, d.field, d.start, d.end, d.text, d.value, d.grain]),
  });
  children.push({
    head: 'INSERT INTO quotes (article_id, seq, kind, field, start_off, end_off, text, speaker_local, speaker_entity, speaker_name)',
    rows: a.quotes.map((x, i) => [
      a.id, i, x.kind, x.field, x.start, x.end, x.text, x.speaker?.entity ?? null,
      (x.speaker?.entity && globalOf.get(x.speaker.entity)) || null, x.speaker?.name ?? null,
    ]),
  });

  // 5. Events: folded in the article (one incident told twice), then across articles by
  //    (source, target, code, date, negation).
  const lookup = (local: string) => globalOf.get(local);
  const folded = foldArticleEvents(a.events, lookup).sort((x, y) => x.key.localeCompare(y.key));
  const keyOf = new Map<EventOut, string>();
  for (const f of folded) for (const ev of f.members) keyOf.set(ev, f.key);
  if (folded.length) {
    // One upsert creates new folded events and locks known ones: until we commit, another
    // ingester of the same event waits here, so the counts below are exact.
    const ref = (x: EventOut['source'] | null) => (x?.entity ? lookup(x.entity) ?? null : null);
    const v = values(folded.map((f) => {
      const ev = f.first;
      const src = ev.source;
      const tgt = ev.target;
      return [
        f.key, ref(src), src.name, src.country, src.actor_code, ref(tgt), tgt?.name ?? null, tgt?.country ?? null, tgt?.actor_code ?? null,
        ev.cameo, ev.root, ev.plover, ev.quad_class, ev.goldstein, f.date, f.period?.precision === 'day' ? f.period.start : null,
        f.period?.start ?? null, f.period?.end ?? null, f.period?.precision ?? null,
        (f.members.find((m) => m.place) ?? ev).place?.name ?? null, (f.members.find((m) => m.place) ?? ev).place?.country ?? null,
        (f.members.find((m) => m.place) ?? ev).place?.lat ?? null, (f.members.find((m) => m.place) ?? ev).place?.lon ?? null,
        f.members.every((m) => m.hedged), ev.negated, a.id, json({ article_id: a.id, ...ev.evidence }),
      ];
    }));
    await q.query(
      `INSERT INTO event_keys (id, source_entity, source_name, source_country, source_actor_code,
         target_entity, target_name, target_country, target_actor_code, cameo, root, plover, quad_class, goldstein,
         date, day, date_start, date_end, date_precision, place_name, place_country, place_lat, place_lon, hedged, negated,
         first_article, evidence)
       SELECT v.id, v.se, v.sn, v.sc, v.sa, v.te, v.tn, v.tc, v.ta, v.cameo, v.root, v.plover, v.quad::int, v.gold::float8,
         v.date, v.day::date, v.ds::date, v.de::date, v.dp, v.pn, v.pc, v.plat::float8, v.plon::float8, v.hedged::boolean,
         v.neg::boolean, v.first, v.evidence::jsonb
       FROM (VALUES ${v.sql}) AS v(id, se, sn, sc, sa, te, tn, tc, ta, cameo, root, plover, quad, gold, date, day, ds, de, dp,
         pn, pc, plat, plon, hedged, neg, first, evidence)
       ON CONFLICT (id) DO UPDATE SET num_mentions = event_keys.num_mentions`,
      v.params.map((x) => (x === null || typeof x === 'string' ? x : String(x))),
    );
    // GDELT-style counts over reports: a report is one story (near-duplicate cluster or
    // canonical URL) from one source (URL host; an article without a URL is a source of its
    // own). A second copy of a story from the same source adds nothing; the same story from
    // another source is another article and another source. Mentions count once per report
    // (its fullest copy).
    const prev = new Map<string, { rep: number | null; src: boolean }>();
    if (host) {
      const s2 = new Sql();
      const rows = await q.query<{ k: string; rep: number | null; src: boolean }>(
        `SELECT r.k, max(r.m) FILTER (WHERE r.story = ${s2.p(dupGroup)}) AS rep, true AS src
         FROM (SELECT e.event_key AS k, x.dup_group AS story, x.id, sum(e.mentions)::int AS m
               FROM events e JOIN articles x ON x.id = e.article_id
               WHERE e.event_key IN ${s2.list(folded.map((f) => f.key))} AND x.source_host = ${s2.p(host)} AND x.id <> ${s2.p(a.id)}
               GROUP BY 1, 2, 3) r
         GROUP BY r.k`,
        s2.params,
      );
      for (const r of rows) prev.set(r.k, { rep: r.rep, src: r.src });
    }
    const d = values(folded.map((f) => {
      const p = prev.get(f.key);
      const newReport = !p || p.rep === null;
      return [f.key, newReport ? 1 : 0, p?.src ? 0 : 1, newReport ? f.mentions : Math.max(0, f.mentions - (p!.rep ?? 0))];
    }));
    await q.query(
      `UPDATE event_keys k SET num_articles = k.num_articles + d.na::int, num_sources = k.num_sources + d.ns::int,
         num_mentions = k.num_mentions + d.nm::int
       FROM (VALUES ${d.sql}) AS d(id, na, ns, nm) WHERE k.id = d.id`,
      d.params.map((x) => (typeof x === 'string' ? x : String(x))),
    );
  }
  children.push({
    head: 'INSERT INTO events (article_id, local_id, event_key, negated, mentions, data)',
    rows: a.events.map((ev) => [a.id, ev.id, keyOf.get(ev) ?? null, ev.negated, ev.mentions ?? 1, json(ev)]),
  });
  await hooks.midway?.();
  await writeChildren(q, children);
  return { id: a.id, status: 'stored', dup_group: dupGroup };
}

/** A name as written in capitals ("MANILA" in a dateline) loses to any other spelling for display. */
const shouting = (n: string) => n.length > 3 && n === n.toUpperCase() && /\p{Lu}{4}/u.test(n);

/**
 * The global entities of an article's local ones. Names join case-insensitively (the key is the
 * normalised name); a name another article defined as an alias ("TTP") joins that entity; with a
 * country the key is exact; without one, the name joins the best-known entity of that name and
 * type (an article that never says where "Belousov" is from still means the one other articles
 * place in Russia). Acronyms this article defines join their long form and are kept as aliases.
 */
async function globalEntities(q: Queryable, ents: EntityOut[], defined: Map<string, string>): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (!ents.length) return out;
  // A well-known actor under another of its names or spellings ("U.N.", "Vladmir Putin") is stored
  // under the name the actor dictionary gives it.
  ents = ents.map((e) => {
    if (e.type !== 'ORG' && e.type !== 'PERSON') return e;
    const k = knownActor(e.name, e.type);
    return k && k.type === e.type && k.name !== e.name ? { ...e, name: k.name } : e;
  });
  const norm = (e: EntityOut) => normName(e.name) || e.name.toLowerCase();
  const aliasKey = (e: EntityOut) => `${norm(e)}|${e.type}`;
  const own = ents.filter((e) => !defined.has(e.id));
  // Aliases learnt from other articles.
  {
    const s = new Sql();
    const keys = [...new Set(own.map(aliasKey))];
    const rows = await q.query<{ alias_key: string; entity_id: string }>(
      `SELECT alias_key, entity_id FROM entity_aliases WHERE alias_key IN ${s.list(keys)}`, s.params);
    const by = new Map(rows.map((r) => [r.alias_key, r.entity_id]));
    for (const e of own) {
      const id = by.get(aliasKey(e));
      if (id) out.set(e.id, id);
    }
  }
  const bare = own.filter((e) => !e.country && !out.has(e.id));
  if (bare.length) {
    const s = new Sql();
    const pairs = [...new Set(bare.map((e) => `${norm(e)}\u0000${e.type}`))].map((p) => p.split('\u0000'));
    const rows = await q.query<{ norm_name: string; type: string; id: string }>(
      `SELECT DISTINCT ON (norm_name, type) norm_name, type, id FROM entities
       WHERE (norm_name, type) IN (${pairs.map(([n, t]) => `(${s.p(n)}::text, ${s.p(t)}::text)`).join(', ')})
       ORDER BY norm_name, type, (country IS NULL), article_count DESC, id`,
      s.params,
    );
    const known = new Map(rows.map((r) => [`${r.norm_name}\u0000${r.type}`, r.id]));
    for (const e of bare) {
      const id = known.get(`${norm(e)}\u0000${e.type}`);
      if (id) out.set(e.id, id);
    }
  }
  // The rest: one upsert, one row per merge key, in key order (a stable lock order).
  const byKey = new Map<string, EntityOut>();
  for (const e of own) if (!out.has(e.id)) {
    const k = entityMergeKey(e.name, e.type, e.country);
    const o = byKey.get(k);
    if (!o || (shouting(o.name) && !shouting(e.name))) byKey.set(k, e);
  }
  if (byKey.size) {
    const rows = [...byKey].sort((x, y) => x[0].localeCompare(y[0])).map(([k, e]) => [
      entityId(k), k, norm(e), e.name, e.type, e.country, e.actor_code,
      e.geo?.lat ?? null, e.geo?.lon ?? null, e.geo?.geonames_id ?? null,
    ]);
    const v = values(rows);
    const got = await q.query<{ id: string; merge_key: string }>(
      `INSERT INTO entities (id, merge_key, norm_name, name, type, country, actor_code, lat, lon, geonames_id)
       SELECT v.id, v.k, v.n, v.name, v.type, v.country, v.code, v.lat::float8, v.lon::float8, v.gid::bigint
       FROM (VALUES ${v.sql}) AS v(id, k, n, name, type, country, code, lat, lon, gid)
       ON CONFLICT (merge_key) DO UPDATE SET
         name = CASE WHEN length(entities.name) > 3 AND entities.name = upper(entities.name) AND excluded.name <> upper(excluded.name)
                THEN excluded.name ELSE entities.name END,
         actor_code = coalesce(entities.actor_code, excluded.actor_code),
         lat = coalesce(entities.lat, excluded.lat), lon = coalesce(entities.lon, excluded.lon),
         geonames_id = coalesce(entities.geonames_id, excluded.geonames_id)
       RETURNING id, merge_key`,
      v.params.map((x) => (x === null || typeof x === 'string' ? x : String(x))),
    );
    const idOf = new Map(got.map((r) => [r.merge_key, r.id]));
    for (const e of own) if (!out.has(e.id)) out.set(e.id, idOf.get(entityMergeKey(e.name, e.type, e.country))!);
  }
  // Acronyms defined here: the long form's entity, and an alias for the articles to come.
  if (defined.size) {
    const rows: [string, string][] = [];
    for (const [short, long] of defined) {
      const id = out.get(long);
      const e = ents.find((x) => x.id === short);
      if (!id || !e) continue;
      out.set(short, id);
      rows.push([aliasKey(e), id]);
    }
    const uniq = [...new Map(rows).entries()].sort((x, y) => x[0].localeCompare(y[0]));
    if (uniq.length) {
      const v = values(uniq);
      await q.query(`INSERT INTO entity_aliases (alias_key, entity_id) VALUES ${v.sql} ON CONFLICT (alias_key) DO NOTHING`, v.params);
    }
  }
  return out;
}

/** Remove an article and everything it contributed (counts decremented, orphans dropped). */
export async function deleteArticle(db: Db, id: string): Promise<boolean> {
  return db.tx(async (q) => {
    const art = await q.query('SELECT 1 FROM articles WHERE id = $1 FOR UPDATE', [id]);
    if (!art.length) return false;
    const ents = await q.query<{ entity_id: string; n: number }>(
      'SELECT entity_id, sum(mention_count)::int AS n FROM article_entities WHERE article_id = $1 GROUP BY entity_id ORDER BY entity_id',
      [id],
    );
    for (const e of ents) {
      await q.query('UPDATE entities SET article_count = article_count - 1, mention_count = mention_count - $2 WHERE id = $1', [e.entity_id, e.n]);
    }
    const keys = (await q.query<{ event_key: string }>(
      'SELECT DISTINCT event_key FROM events WHERE article_id = $1 AND event_key IS NOT NULL ORDER BY event_key', [id],
    )).map((r) => r.event_key);
    await q.query('DELETE FROM articles WHERE id = $1', [id]);
    // Children cascade; shared rows left without any article go.
    if (keys.length) await recountEvents(q, keys);
    await q.query('DELETE FROM event_keys WHERE num_articles <= 0 AND NOT EXISTS (SELECT 1 FROM events e WHERE e.event_key = event_keys.id)');
    await q.query(
      `UPDATE articles SET dup_group = (SELECT min(b.id) FROM articles b WHERE b.dup_group = $1) WHERE dup_group = $1`,
      [id],
    );
    await q.query('DELETE FROM entities WHERE article_count <= 0 AND NOT EXISTS (SELECT 1 FROM article_entities x WHERE x.entity_id = entities.id)');
    return true;
  });
}

/**
 * Recount folded events from their reports (what storeIn adds up incrementally): articles =
 * distinct (story, source) reports, sources = distinct sources, mentions = per report, its
 * fullest copy.
 */
export async function recountEvents(q: Queryable, keys: string[]): Promise<void> {
  const s = new Sql();
  await q.query(
    `UPDATE event_keys k SET num_articles = coalesce(c.na, 0), num_sources = coalesce(c.ns, 0), num_mentions = coalesce(c.nm, 0)
     FROM (SELECT ids.id, c.na, c.ns, c.nm FROM unnest(${s.p(keys)}::text[]) AS ids(id) LEFT JOIN (
       SELECT r.k, count(*)::int AS na, count(DISTINCT r.src)::int AS ns, sum(r.m)::int AS nm FROM (
         SELECT p.k, p.story, p.src, max(p.m) AS m FROM (
           SELECT e.event_key AS k, x.dup_group AS story, coalesce(x.source_host, 'article:' || x.id) AS src, x.id, sum(e.mentions) AS m
           FROM events e JOIN articles x ON x.id = e.article_id WHERE e.event_key = ANY(${s.p(keys)}::text[])
           GROUP BY 1, 2, 3, 4) p GROUP BY 1, 2, 3) r GROUP BY r.k) c ON c.k = ids.id) c
     WHERE k.id = c.id`,
    s.params,
  );
}
