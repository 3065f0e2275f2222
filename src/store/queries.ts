// Read queries behind the API and the exports. Filters arrive validated (src/api/schemas.ts);
// values are always bound parameters (see filters.ts).
import type { ArticleOut, Caption, DateOut, EntityOut, EventOut, FieldName, QuoteOut, SpeakerRef } from '../types.js';
import type { Db, Row } from './db.js';
import { Sql, eventWhere, eventOrderSql, likeEscape, ENTITY_ID, type EventFilters, type EventOrder } from './filters.js';
import { normName } from './keys.js';
import { CursorError, decodeCursor, encodeCursor, type CursorValue } from './cursor.js';
import { countryName } from './countries.js';

export interface Page { limit: number; offset: number; /** A `next` cursor: the page starts after that row (lists that support it). */ after?: string }
export interface List<T> { total: number; limit: number; offset: number; items: T[] }
/** A list with keyset paging: `next` is the cursor of the page's last row when more may follow. */
export interface KeysetList<T> extends List<T> { next: string | null }

// ------------------------------------------------------------------ events
/**
 * An events list item. The list reads it as JSON kept per folded event (event_items, written by
 * ng_event_item_json in migration 1903): a change here needs a migration that replaces that
 * function and rewrites event_items (store.test.ts compares both with eventItemsByRows).
 */
export interface EventItem {
  id: string;
  source: { entity: string | null; name: string | null; country: string | null; actor_code: string | null };
  target: { entity: string | null; name: string | null; country: string | null; actor_code: string | null } | null;
  cameo: string; root: string; plover: string | null; quad_class: EventOut['quad_class']; goldstein: number;
  date: string | null;
  /** The date's period and precision: "2024-12" is 2024-12-01…2024-12-31, month. */
  date_start: string | null; date_end: string | null; date_precision: 'day' | 'week' | 'month' | 'year' | null;
  place: { name: string; country: string | null; lat: number | null; lon: number | null } | null;
  hedged: boolean;
  negated: boolean;
  num_mentions: number; num_articles: number; num_sources: number;
  evidence: { article_id: string; field: FieldName; start: number; end: number; text: string } | null;
  /** Every report's evidence (caption and body, other articles), up to 20. */
  evidence_spans: { article_id: string; field: FieldName; start: number; end: number; text: string }[];
  articles: { id: string; title: string; published: string | null }[];
}

const EVENT_COLS = `k.id, k.source_entity, k.source_name, k.source_country, k.source_actor_code,
  k.target_entity, k.target_name, k.target_country, k.target_actor_code, k.cameo, k.root, k.plover, k.quad_class,
  k.goldstein, k.date, to_char(k.date_start, 'YYYY-MM-DD') AS date_start, to_char(k.date_end, 'YYYY-MM-DD') AS date_end,
  k.date_precision, k.place_name, k.place_country, k.place_lat, k.place_lon, k.hedged, k.negated,
  k.num_mentions, k.num_articles, k.num_sources, k.evidence, k.first_article`;
const EVENT_ORDER = eventOrderSql();
/** The page's extra JSON per event: first reporting articles and every evidence span. */
const EVENT_EXTRAS = (n: number) => `(SELECT coalesce(json_agg(json_build_object('id', x.id, 'title', x.title, 'published', x.published)), '[]'::json)
        FROM (SELECT a.id, a.title, a.published FROM events e JOIN articles a ON a.id = e.article_id
              WHERE e.event_key = p.id ORDER BY a.published_day NULLS LAST, a.id LIMIT ${n}) x) AS arts,
     (SELECT coalesce(json_agg(y.span), '[]'::json) FROM (
        SELECT jsonb_build_object('article_id', e.article_id) || sp AS span
        FROM events e CROSS JOIN LATERAL jsonb_array_elements(coalesce(e.data->'evidence_all', jsonb_build_array(e.data->'evidence'))) AS sp
        WHERE e.event_key = p.id ORDER BY e.article_id, e.local_id LIMIT 20) y) AS spans`;
const parseJson = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);

export function eventItem(r: Row): EventItem {
  return {
    id: r.id,
    source: { entity: r.source_entity, name: r.source_name, country: r.source_country, actor_code: r.source_actor_code },
    target: r.target_name || r.target_entity || r.target_country
      ? { entity: r.target_entity, name: r.target_name, country: r.target_country, actor_code: r.target_actor_code }
      : null,
    cameo: r.cameo, root: r.root, plover: r.plover, quad_class: r.quad_class, goldstein: r.goldstein,
    date: r.date,
    date_start: r.date_start ?? null, date_end: r.date_end ?? null, date_precision: r.date_precision ?? null,
    place: r.place_name ? { name: r.place_name, country: r.place_country, lat: r.place_lat, lon: r.place_lon } : null,
    hedged: r.hedged,
    negated: !!r.negated,
    num_mentions: r.num_mentions, num_articles: r.num_articles, num_sources: r.num_sources,
    evidence: r.evidence ?? null,
    evidence_spans: r.spans ? parseJson(r.spans) as EventItem['evidence_spans'] : [],
    articles: r.arts ? parseJson(r.arts) as EventItem['articles'] : [],
  };
}

/**
 * Folded events read row by row and mapped in Node (eventItem), as the list did before the
 * database wrote its JSON: the reference that JSON is tested against (store.test.ts).
 */
export async function eventItemsByRows(db: Db, ids: string[]): Promise<EventItem[]> {
  if (!ids.length) return [];
  const s = new Sql();
  const rows = await db.query(`SELECT p.*, ${EVENT_EXTRAS(20)} FROM (SELECT ${EVENT_COLS} FROM event_keys k WHERE k.id IN ${s.list(ids)}) p`, s.params);
  const by = new Map(rows.map((r) => [r.id as string, eventItem(r)]));
  return ids.map((id) => by.get(id)!);
}

const EVENT_CURSOR = ['d?', 'n', 'n', 's'] as const;

/** An event's date precision as a rank (the default order's second key and the cursor's second value). */
const PRECISION_SQL = (a: string) => `(CASE ${a}.date_precision WHEN 'day' THEN 0 WHEN 'week' THEN 1 WHEN 'month' THEN 2 WHEN 'year' THEN 3 ELSE 4 END)`;
/** The events list's total without filters: the counters kept by migration 1902's triggers. */
const LIVE_EVENTS_TOTAL = '(SELECT coalesce(sum(c.events), 0)::int FROM list_counts c)';
const ARTICLES_TOTAL = '(SELECT coalesce(sum(c.articles), 0)::int FROM list_counts c)';

/**
 * `OFFSET $n`, or nothing for the first page: a statement whose only parameter was an offset
 * that is always 0 (every first page, and every `after` page) was planned anew on every
 * execution (PostgreSQL judged the generic plan, which assumes some offset, dearer than the
 * custom one for 0): 0.27 ms of a 0.7 ms events page. Without the parameter it is planned once
 * per connection.
 */
const offsetSql = (s: Sql, offset: number) => (offset > 0 ? ` OFFSET ${s.p(offset)}` : '');

/** The default events order backwards (event_keys_list_order read from its end). */
const EVENT_ORDER_REVERSED = `ORDER BY k.date_start ASC NULLS FIRST, ${PRECISION_SQL('k')} DESC, k.num_articles ASC, k.id DESC`;

/**
 * An offset page of a list whose total is known exactly in the same statement (the counters of
 * migration 1902, read in the same snapshot as the rows): `forward` (… LIMIT n OFFSET o) when the
 * page starts in the first half, else the same rows read from the other end of the index
 * (`reversed`, the list order backwards: LIMIT min(n, total − o) OFFSET max(total − o − n, 0)).
 * An offset costs one index entry per row skipped, so the deepest page now skips half the list
 * instead of all of it (on average a quarter instead of a half). Both branches are in the
 * statement, behind one-time filters on the total, so only one is executed; the caller orders
 * the page's rows again. Same rows as the forward page, whatever the offset.
 */
function fromNearerEnd(s: Sql, forward: string, reversed: string, total: string, page: Page): string {
  const o = `${s.p(page.offset)}::bigint`;
  const n = s.int(page.limit);
  // (The outer LIMIT, at most the page anyway, tells the planner how few rows come: with only
  // the computed LIMIT it expected a tenth of the table and hashed every article.)
  return `SELECT * FROM (SELECT * FROM (${forward}) f WHERE ${o} * 2 < ${total}
    UNION ALL
    SELECT * FROM (${reversed} LIMIT least(${n}, greatest(${total} - ${o}, 0)) OFFSET greatest(${total} - ${o} - ${n}, 0)) r
    WHERE ${o} * 2 >= ${total}) u LIMIT ${n}`;
}

/** A list answer around the items' JSON text, in the key order the API has always used. */
function listJson(total: number, page: Page, next: string | null | undefined, items: string): string {
  return `{"total":${total},"limit":${page.limit},"offset":${page.offset},${next === undefined ? '' : `"next":${next === null ? 'null' : JSON.stringify(next)},`}"items":${items}}`;
}

/**
 * One page of folded events with its total, as the API's JSON text. The page's keys come first
 * (sorting keys only, an index-only scan in the default order), then each one's kept list item;
 * the total is an init plan of the same statement. `after` (default order only) starts after
 * the row of a `next` cursor: an index range of one page whatever the depth.
 */
export async function listEventsJson(db: Db, f: EventFilters & EventOrder, page: Page): Promise<string> {
  const { sort, order, ...filters } = f;
  const s = new Sql();
  eventWhere(s, filters);
  const w = s.whereSql();
  const inner = eventOrderSql({ sort, order }, 'k');
  const keyset = (sort ?? 'date') === 'date' && (order ?? 'desc') === 'desc';
  const n = s.int(page.limit);
  let ids: string;
  if (page.after) {
    if (!keyset) throw new CursorError('after works with the default order of events (sort=date, order=desc); other orders page by offset');
    const [day, prec, arts, id] = decodeCursor(page.after, EVENT_CURSOR);
    const m = s.p(page.limit + page.offset);
    const and = w ? `${w} AND` : 'WHERE';
    const precSql = PRECISION_SQL('k');
    const tie = `(${precSql} > ${s.p(prec)}::int OR (${precSql} = ${s.p(prec)}::int AND (k.num_articles < ${s.p(arts)}::int OR (k.num_articles = ${s.p(arts)}::int AND k.id > ${s.p(id)}))))`;
    const undated = `(SELECT k.id, k.date_start, k.date_precision, k.num_articles FROM event_keys k ${and} k.date_start IS NULL${day === null ? ` AND ${tie}` : ''} ${inner} LIMIT ${m})`;
    ids = day === null ? undated
      : `(SELECT k.id, k.date_start, k.date_precision, k.num_articles FROM event_keys k ${and} k.date_start <= ${s.p(day)}::date
           AND (k.date_start < ${s.p(day)}::date OR ${tie}) ${inner} LIMIT ${m}) UNION ALL ${undated}`;
    ids = `SELECT k.* FROM (${ids}) k ${inner} LIMIT ${n}${offsetSql(s, page.offset)}`;
  } else {
    // The sort keys with the ids (from the index alone in the default order), so the page needs
    // no other column of event_keys.
    const extra = { goldstein: ', k.goldstein', mentions: ', k.num_mentions', sources: ', k.num_sources' }[sort as string] ?? '';
    const cols = `k.id, k.date_start, k.date_precision, k.num_articles${extra}`;
    ids = `SELECT ${cols} FROM event_keys k ${w} ${inner} LIMIT ${n}${offsetSql(s, page.offset)}`;
    // The default list without filters: its total is known (the counters), so a page past the
    // middle is read from the other end of the index (see fromNearerEnd).
    if (keyset && w === 'WHERE NOT k.negated' && page.offset > 0) {
      ids = fromNearerEnd(s, ids, `SELECT ${cols} FROM event_keys k ${w} ${EVENT_ORDER_REVERSED}`, LIVE_EVENTS_TOTAL, page);
    }
  }
  // The database writes the page's JSON (one text value, passed through to the client as it
  // is: no rows to parse, no objects to serialise again in Node) from each event's list item,
  // kept as JSON since it last changed (event_items, migration 1903; computed here if missing),
  // with its row count, the `next` cursor's values and the total. The list without filters takes
  // its total from the counters (migration 1902) instead of counting every row.
  // (No filter but the default one, negated events left out: the counters hold that total.)
  const total = w === 'WHERE NOT k.negated' ? LIVE_EVENTS_TOTAL : `(SELECT count(*)::int FROM event_keys k ${w})`;
  const [r] = await db.query<{ items: string; n: number; last: CursorValue[] | null; total: number }>(
    `SELECT '[' || coalesce(string_agg(coalesce(i.item, ng_event_item_json(k.id)), ',' ${inner}), '') || ']' AS items, count(*)::int AS n,
       ${keyset ? `(array_agg(json_build_array(to_char(k.date_start, 'YYYY-MM-DD'), ${PRECISION_SQL('k')}, k.num_articles, k.id) ${inner}))[count(*)::int]` : 'NULL::json'} AS last,
       ${total} AS total
     FROM (${ids}) k
     LEFT JOIN event_items i ON i.id = k.id`,
    s.params,
  );
  const next = keyset && r && r.n === page.limit && r.last ? encodeCursor(r.last) : null;
  return listJson(r?.total ?? 0, page, next, r?.items ?? '[]');
}

/** One page of folded events with its total (the parsed form of listEventsJson). */
export async function listEvents(db: Db, f: EventFilters & EventOrder, page: Page): Promise<KeysetList<EventItem>> {
  return JSON.parse(await listEventsJson(db, f, page)) as KeysetList<EventItem>;
}

// ------------------------------------------------------------------ articles
export interface ArticleFilters { q?: string; from?: string; to?: string }

/**
 * A search ranks by relevance only its newest RANKED matches (then the older ones follow, newest
 * first): ranking reads every ranked article's text vector, and ranking every match of a common
 * word cost 18–27 ms a request on 10,000 articles (issue 19, finding 5).
 */
export const RANKED = 200;

/**
 * An articles list item. Its id, title, published, url and snippet are read as JSON kept with
 * the row (articles.list_json, migration 1905): a change to those needs a migration that
 * replaces that generated column (store.test.ts compares the page with the rows).
 */
export interface ArticleItem {
  id: string; title: string; published: string | null; url: string | null; snippet: string; tone: number | null;
  dup_group: string; duplicates: number; sources: number; counts: { entities: number; events: number; quotes: number };
}
const ARTICLE_ORDER = 'a.published_day DESC NULLS LAST, a.ingested_at DESC, a.id';
/** ARTICLE_ORDER backwards (articles_list_order read from its end). */
const ARTICLE_ORDER_REVERSED = 'a.published_day ASC NULLS FIRST, a.ingested_at ASC, a.id DESC';
const ARTICLE_CURSOR = ['d?', 't', 's'] as const;

/**
 * One page of articles. Default order newest first; with `q`, the newest RANKED matches by
 * relevance, then the rest newest first. `after` (a `next` cursor from the previous page, not
 * with `q`) starts the page after that row: an index range scan of one page whatever the depth.
 */
export async function listArticlesJson(db: Db, f: ArticleFilters, page: Page): Promise<string> {
  const s = new Sql();
  // The query parsed once per statement (an init plan), not once per article ranked: the
  // parse and stem of websearch_to_tsquery took more than ranking.
  const tq = f.q ? `(SELECT websearch_to_tsquery('english', ${s.p(f.q)}))` : '';
  if (f.q) s.add(`a.tsv @@ ${tq}`);
  if (f.from) s.add(`a.published_day >= ${s.p(f.from)}::date`);
  if (f.to) s.add(`a.published_day <= ${s.p(f.to)}::date`);
  const w = s.whereSql();
  const and = w ? `${w} AND` : 'WHERE';
  const n = s.int(page.limit);
  let ids: string;
  if (page.after) {
    const m = s.p(page.limit + page.offset); // each part's rows up to the page's end
    if (f.q) throw new CursorError('after cannot be used with q (a ranked list pages by offset)');
    // Rows after the cursor in (day DESC NULLS LAST, ingested_at DESC, id): dated rows from the
    // cursor's day down (an index range), then the undated ones.
    const [day, at, id] = decodeCursor(page.after, ARTICLE_CURSOR);
    const tie = `(a.ingested_at < ${s.p(at)}::timestamptz OR (a.ingested_at = ${s.p(at)}::timestamptz AND a.id > ${s.p(id)}))`;
    const undated = `(SELECT a.id, a.published_day, a.ingested_at FROM articles a ${and} a.published_day IS NULL${day === null ? ` AND ${tie}` : ''}
        ORDER BY a.ingested_at DESC, a.id LIMIT ${m})`;
    ids = day === null ? undated
      : `(SELECT a.id, a.published_day, a.ingested_at FROM articles a ${and} a.published_day <= ${s.p(day)}::date
           AND (a.published_day < ${s.p(day)}::date OR ${tie}) ORDER BY ${ARTICLE_ORDER} LIMIT ${m})
         UNION ALL ${undated}`;
    ids = `SELECT * FROM (${ids}) a ORDER BY ${ARTICLE_ORDER} LIMIT ${n}${offsetSql(s, page.offset)}`;
  } else if (f.q) {
    // The newest RANKED matches by relevance, then the older matches newest first. One scan of
    // the matches gives both the ranked candidates and the total (a window count over the
    // narrow rows, where a second scan of the matches cost as much again); the candidates'
    // text vectors are read afterwards by their row address, for those RANKED rows only.
    const o = s.p(page.offset);
    const k = s.int(RANKED);
    ids = `SELECT x.id, x.published_day, x.ingested_at, x.pos, x.total FROM (
        SELECT c.id, c.published_day, c.ingested_at, c.total,
          row_number() OVER (ORDER BY ts_rank(t.tsv, ${tq}) DESC, c.published_day DESC NULLS LAST, c.ingested_at DESC, c.id) AS pos
        FROM (SELECT a.ctid AS tid, a.id, a.published_day, a.ingested_at, count(*) OVER () AS total
              FROM articles a ${w} ORDER BY ${ARTICLE_ORDER} LIMIT ${k}) c
        JOIN articles t ON t.ctid = c.tid) x
      WHERE x.pos > ${o} ORDER BY x.pos LIMIT ${n}`;
    if (page.offset + page.limit > RANKED) {
      ids = `SELECT * FROM (${ids}) r UNION ALL
        SELECT a.id, a.published_day, a.ingested_at, ${k} + row_number() OVER (ORDER BY ${ARTICLE_ORDER}), NULL::bigint FROM (
          SELECT a.id, a.published_day, a.ingested_at FROM articles a ${w} ORDER BY ${ARTICLE_ORDER}
          OFFSET greatest(${k}::int, ${o}::int) LIMIT ${n}) a`;
      ids = `SELECT * FROM (${ids}) u ORDER BY u.pos LIMIT ${n}`;
    }
  } else {
    ids = `SELECT a.id, a.published_day, a.ingested_at FROM articles a ${w} ORDER BY ${ARTICLE_ORDER} LIMIT ${n}${offsetSql(s, page.offset)}`;
    if (!w && page.offset > 0) ids = fromNearerEnd(s, ids, `SELECT a.id, a.published_day, a.ingested_at FROM articles a ORDER BY ${ARTICLE_ORDER_REVERSED}`, ARTICLES_TOTAL, page);
  }
  // One statement: the page's ids (an index scan in list order), then for those rows only their
  // columns, their story's size (an index-only count) and the total as an init plan (from the
  // counters without filters), the page written as JSON by the database (see listEventsJson).
  const order = `ORDER BY ${f.q ? 'pg.pos' : ARTICLE_ORDER.replace(/a\./g, 'pg.')}`;
  const [r] = await db.query<{ items: string; n: number; last: CursorValue[] | null; total: number }>(
    `SELECT '[' || coalesce(string_agg(${ARTICLE_ITEM_JSON}, ',' ${order}), '') || ']' AS items, count(*)::int AS n,
       ${f.q ? 'NULL::json' : `(array_agg(json_build_array(to_char(pg.published_day, 'YYYY-MM-DD'),
         to_char(pg.ingested_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), a.id) ${order}))[count(*)::int]`} AS last,
       ${!w ? ARTICLES_TOTAL : f.q ? `coalesce(max(pg.total)::int, (SELECT count(*)::int FROM articles a ${w}))` : `(SELECT count(*)::int FROM articles a ${w})`} AS total
     FROM (${ids}) pg
     JOIN articles a ON a.id = pg.id
     CROSS JOIN LATERAL (SELECT count(*)::int AS n, count(DISTINCT coalesce(d.source_host, d.id))::int AS sources
                         FROM articles d WHERE d.dup_group = a.dup_group) st
     CROSS JOIN LATERAL (SELECT
         coalesce(a.n_entities, (SELECT count(*)::int FROM article_entities x WHERE x.article_id = a.id)) AS entities,
         coalesce(a.n_events, (SELECT count(*)::int FROM events x WHERE x.article_id = a.id AND NOT x.negated)) AS events,
         coalesce(a.n_quotes, (SELECT count(*)::int FROM quotes x WHERE x.article_id = a.id)) AS quotes) cn`,
    s.params,
  );
  const next = r && r.n === page.limit && !f.q && r.last ? encodeCursor(r.last) : null;
  return listJson(r?.total ?? 0, page, next, r?.items ?? '[]');
}

/**
 * An articles list item as JSON text, in the key order the API has always used: the article's
 * id, title, published, url and snippet from the JSON kept with its row (articles.list_json, a
 * generated column: migration 1905), then its tone, its story's size and its counts.
 */
const ARTICLE_ITEM_JSON = `'{' || a.list_json
  || ',"tone":' || coalesce(to_json(a.tone)::text, 'null') || ',"dup_group":' || to_json(a.dup_group)::text
  || ',"duplicates":' || (st.n - 1) || ',"sources":' || st.sources
  || ',"counts":{"entities":' || cn.entities || ',"events":' || cn.events || ',"quotes":' || cn.quotes || '}}'`;

/** One page of articles (the parsed form of listArticlesJson). */
export async function listArticles(db: Db, f: ArticleFilters, page: Page): Promise<KeysetList<ArticleItem>> {
  return JSON.parse(await listArticlesJson(db, f, page)) as KeysetList<ArticleItem>;
}

export type ArticleDetail = Omit<ArticleOut, 'url' | 'entities' | 'events' | 'quotes'> & {
  url: string | null;
  quotes: (Omit<QuoteOut, 'speaker'> & { id: number; speaker: (SpeakerRef & { global_id: string | null }) | null })[];
  entities: (EntityOut & { global_id: string })[];
  events: (EventOut & { global_id: string | null })[];
  dup_group: string;
  duplicates: { id: string; title: string }[];
};

export async function getArticle(db: Db, id: string): Promise<ArticleDetail | null> {
  const [a] = await db.query('SELECT * FROM articles WHERE id = $1', [id]);
  if (!a) return null;
  const [ents, ments, dates, quotes, events, dups] = await Promise.all([
    db.query('SELECT * FROM article_entities WHERE article_id = $1', [id]),
    db.query('SELECT local_id, field, start_off, end_off, text FROM mentions WHERE article_id = $1 ORDER BY seq', [id]),
    db.query('SELECT * FROM dates WHERE article_id = $1 ORDER BY seq', [id]),
    db.query('SELECT * FROM quotes WHERE article_id = $1 ORDER BY seq', [id]),
    db.query('SELECT local_id, event_key, data FROM events WHERE article_id = $1', [id]),
    db.query('SELECT id, title FROM articles WHERE dup_group = $1 AND id <> $2 ORDER BY id LIMIT 50', [a.dup_group, id]),
  ]);
  const byLocal = new Map<string, EntityOut & { global_id: string }>();
  const num = (x: string) => Number(x.replace(/\D/g, '')) || 0;
  for (const e of ents.sort((x, y) => num(x.local_id) - num(y.local_id))) {
    byLocal.set(e.local_id, {
      id: e.local_id, global_id: e.entity_id, name: e.name, type: e.type, country: e.country, actor_code: e.actor_code,
      role: e.role, geo: e.lat !== null && e.lon !== null ? { lat: e.lat, lon: e.lon, geonames_id: e.geonames_id } : null,
      mentions: [],
    });
  }
  for (const m of ments) byLocal.get(m.local_id)?.mentions.push({ field: m.field, start: m.start_off, end: m.end_off, text: m.text });
  const num2 = (x: Row) => num(String(x.local_id));
  return {
    id: a.id,
    url: a.url,
    title: a.title,
    captions: a.captions as Caption[],
    published: a.published,
    published_source: a.published_source,
    body: a.body,
    entities: [...byLocal.values()],
    dates: dates.map((d): DateOut => ({ field: d.field, start: d.start_off, end: d.end_off, text: d.text, value: d.value, grain: d.grain })),
    quotes: quotes.map((x): ArticleDetail['quotes'][number] => ({
      id: x.id, kind: x.kind, field: x.field, start: x.start_off, end: x.end_off, text: x.text,
      speaker: x.speaker_name || x.speaker_local ? { entity: x.speaker_local, name: x.speaker_name, global_id: x.speaker_entity } : null,
    })),
    events: events.sort((x, y) => num2(x) - num2(y)).map((e) => ({ ...(e.data as EventOut), global_id: e.event_key })),
    tone: a.tone === null ? null : { score: a.tone, positive: a.tone_positive, negative: a.tone_negative },
    dup_group: a.dup_group,
    duplicates: dups.map((d) => ({ id: d.id, title: d.title })),
  };
}

// ------------------------------------------------------------------ entities
export interface EntityFilters { q?: string; type?: string; country?: string }

/** Event filter keys: when any is given, entities are those acting or acted on in a matching event. */
const EVENT_KEYS = ['source', 'target', 'pair', 'cameo', 'root', 'plover', 'quad_class', 'from', 'to', 'place', 'article',
  'actor', 'role', 'source_role', 'target_role', 'dates', 'precision', 'negated', 'hedged'] as const;

export function splitEntityFilters(f: Record<string, unknown>): { entity: EntityFilters; events: EventFilters | null } {
  const ev: Record<string, unknown> = {};
  let any = false;
  for (const k of EVENT_KEYS) if (f[k] !== undefined && f[k] !== '') { ev[k] = f[k]; if (!['dates', 'negated', 'hedged'].includes(k)) any = true; }
  return { entity: { q: f.q as string | undefined, type: f.type as string | undefined, country: f.country as string | undefined }, events: any || ev.negated === 'only' || ev.hedged === 'only' ? ev as EventFilters : null };
}

const entityItem = (r: Row) => ({
  id: r.id, name: r.name, type: r.type, country: r.country, actor_code: r.actor_code,
  geo: r.lat !== null && r.lon !== null ? { lat: r.lat, lon: r.lon, geonames_id: r.geonames_id } : null,
  articles: r.article_count, mentions: r.mention_count,
});

export function entityWhere(s: Sql, all: EntityFilters & EventFilters): void {
  const { entity: f, events } = splitEntityFilters(all as Record<string, unknown>);
  if (f.q) {
    // Names are matched normalised (accents, case, punctuation); a query with nothing left after
    // normalising ("😀", "!!!") is matched as written instead of matching every entity.
    const n = normName(f.q);
    s.add(n ? `e.norm_name LIKE ${s.p('%' + likeEscape(n) + '%')}` : `e.name ILIKE ${s.p('%' + likeEscape(f.q) + '%')}`);
  }
  if (f.type) s.add(`e.type = ${s.p(f.type)}`);
  if (f.country) s.add(`e.country = ${s.p(f.country)}`);
  if (events) {
    const inner = new Sql();
    (inner as { params: unknown[] }).params.push(...s.params);
    eventWhere(inner, events);
    s.params.splice(0, s.params.length, ...inner.params);
    const w = inner.where.length ? ` AND ${inner.where.join(' AND ')}` : '';
    s.add(`(EXISTS (SELECT 1 FROM event_keys k WHERE k.source_entity = e.id${w}) OR EXISTS (SELECT 1 FROM event_keys k WHERE k.target_entity = e.id${w}))`);
  }
}

/** One page of entities, most reported first, as the API's JSON text (written by the database, see listEventsJson). */
export async function listEntitiesJson(db: Db, f: EntityFilters & EventFilters, page: Page): Promise<string> {
  const s = new Sql();
  entityWhere(s, f);
  const w = s.whereSql();
  // One round trip: the page as JSON, with the total as an init plan. A name search counts its
  // matches from entities_rank_name alone (migration 1904) and pages along the same index.
  // With a filter, one scan of the matches gives both the page and their number (a window
  // count, as a search does); counted apart only when the page is empty.
  const count = `(SELECT count(*)::int FROM entities e ${w})`;
  const [r] = await db.query<{ items: string; total: number }>(
    `SELECT coalesce(json_agg(it ORDER BY e.article_count DESC, e.id), '[]')::text AS items, ${w ? `coalesce(max(e.n)::int, ${count})` : count} AS total
     FROM (SELECT *${w ? ', count(*) OVER () AS n' : ''} FROM entities e ${w} ORDER BY e.article_count DESC, e.id LIMIT ${s.int(page.limit)}${offsetSql(s, page.offset)}) e
     CROSS JOIN LATERAL (SELECT e.lat, e.lon, e.geonames_id) g
     CROSS JOIN LATERAL (SELECT e.id, e.name, e.type, e.country, e.actor_code,
         CASE WHEN e.lat IS NOT NULL AND e.lon IS NOT NULL THEN g END AS geo,
         e.article_count AS articles, e.mention_count AS mentions) it`,
    s.params,
  );
  return listJson(r?.total ?? 0, page, undefined, r?.items ?? '[]');
}

export type EntityListItem = ReturnType<typeof entityItem>;

/** One page of entities (the parsed form of listEntitiesJson). */
export async function listEntities(db: Db, f: EntityFilters & EventFilters, page: Page): Promise<List<EntityListItem>> {
  return JSON.parse(await listEntitiesJson(db, f, page)) as List<EntityListItem>;
}

/** Co-occurrence is counted over the entity's latest articles, bounding the cost for very common ones. */
const COOC_WINDOW = 500;

export async function entityProfile(db: Db, id: string) {
  // All parts at once (a pool runs them in parallel); an unknown id simply finds nothing.
  const [ents, roles, mentions, cooc, quotes, events] = await Promise.all([
    db.query('SELECT * FROM entities WHERE id = $1', [id]),
    db.query<{ role: string; count: number }>(
      `SELECT role, count(*)::int AS count FROM article_entities WHERE entity_id = $1 AND role IS NOT NULL
       GROUP BY role ORDER BY count DESC, role LIMIT 30`,
      [id],
    ),
    db.query<{ article_id: string; title: string; published: string | null; field: FieldName; start: number; end: number; text: string }>(
      `SELECT m.article_id, a.title, a.published, m.field, m.start_off AS start, m.end_off AS "end", m.text
       FROM (SELECT article_id FROM article_entities WHERE entity_id = $1 ORDER BY article_id DESC LIMIT 100) r
       JOIN mentions m ON m.article_id = r.article_id AND m.entity_id = $1
       JOIN articles a ON a.id = m.article_id
       ORDER BY a.published_day DESC NULLS LAST, m.article_id, m.seq LIMIT 200`,
      [id],
    ),
    db.query<{ id: string; name: string; type: EntityOut['type']; country: string | null; articles: number }>(
      `SELECT x.entity_id AS id, n.name, n.type, n.country, count(DISTINCT x.article_id)::int AS articles
       FROM (SELECT article_id FROM article_entities WHERE entity_id = $1 ORDER BY article_id DESC LIMIT ${COOC_WINDOW}) r
       JOIN article_entities x ON x.article_id = r.article_id AND x.entity_id <> $1
       JOIN entities n ON n.id = x.entity_id
       GROUP BY x.entity_id, n.name, n.type, n.country ORDER BY articles DESC, x.entity_id LIMIT 50`,
      [id],
    ),
    listQuotes(db, { speaker: id }, { limit: 100, offset: 0 }),
    db.query(
      `SELECT p.*, ${EVENT_EXTRAS(5)}
       FROM (SELECT ${EVENT_COLS}, k.day, k.date_start AS ds_sort FROM event_keys k WHERE (k.source_entity = $1 OR k.target_entity = $1) AND NOT k.negated
             ${EVENT_ORDER} LIMIT 100) p
       ${eventOrderSql({}, 'p').replace('p.date_start', 'p.ds_sort')}`,
      [id],
    ),
  ]);
  const e = ents[0];
  if (!e) return null;
  return {
    entity: entityItem(e),
    roles,
    mentions,
    cooccurring: cooc,
    quotes: quotes.items,
    events: events.map(eventItem),
  };
}

// ------------------------------------------------------------------ quotes
export interface QuoteFilters { speaker?: string; q?: string; article?: string }

export async function listQuotes(db: Db, f: QuoteFilters, page: Page) {
  const s = new Sql();
  if (f.speaker) {
    if (ENTITY_ID.test(f.speaker)) s.add(`x.speaker_entity = ${s.p(f.speaker)}`);
    else s.add(`x.speaker_name ILIKE ${s.p('%' + likeEscape(f.speaker) + '%')}`);
  }
  if (f.q) s.add(`x.text ILIKE ${s.p('%' + likeEscape(f.q) + '%')}`);
  if (f.article) s.add(`x.article_id = ${s.p(f.article)}`);
  const w = s.whereSql();
  const [count] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM quotes x ${w}`, s.params);
  const rows = await db.query(
    `SELECT x.*, a.title AS article_title, a.published FROM quotes x JOIN articles a ON a.id = x.article_id ${w}
     ORDER BY a.published_day DESC NULLS LAST, x.id DESC LIMIT ${s.p(page.limit)} OFFSET ${s.p(page.offset)}`,
    s.params,
  );
  return { total: count?.n ?? 0, ...page, items: rows.map(quoteItem) };
}

export const quoteItem = (x: Row) => ({
  id: x.id, article_id: x.article_id, article_title: x.article_title, published: x.published, kind: x.kind,
  field: x.field, start: x.start_off, end: x.end_off, text: x.text,
  speaker: x.speaker_name || x.speaker_entity ? { entity: x.speaker_entity, name: x.speaker_name } : null,
});

// ------------------------------------------------------------------ graph and timeline
type Quads = { '1': number; '2': number; '3': number; '4': number };
const noQuads = (): Quads => ({ '1': 0, '2': 0, '3': 0, '4': 0 });

export async function graph(db: Db, mode: 'country' | 'entity', f: EventFilters, opts: { min: number; limit: number }) {
  const s = new Sql();
  eventWhere(s, f);
  const col = mode === 'country' ? 'country' : 'entity';
  s.add(`k.source_${col} IS NOT NULL AND k.target_${col} IS NOT NULL AND k.source_${col} <> k.target_${col}`);
  const rows = await db.query(
    `SELECT k.source_${col} AS s, k.target_${col} AS t, k.quad_class AS q, count(*)::int AS n
     FROM event_keys k ${s.whereSql()} GROUP BY 1, 2, 3`,
    s.params,
  );
  const edges = new Map<string, { id: string; source: string; target: string; count: number; by_quad: Quads }>();
  for (const r of rows) {
    const id = `${r.s}>${r.t}`;
    const e = edges.get(id) ?? { id, source: r.s, target: r.t, count: 0, by_quad: noQuads() };
    e.count += r.n;
    e.by_quad[String(r.q) as keyof Quads] += r.n;
    edges.set(id, e);
  }
  const kept = [...edges.values()].filter((e) => e.count >= opts.min).sort((a, b) => b.count - a.count || a.id.localeCompare(b.id)).slice(0, opts.limit);
  const nodeCount = new Map<string, number>();
  for (const e of kept) {
    nodeCount.set(e.source, (nodeCount.get(e.source) ?? 0) + e.count);
    nodeCount.set(e.target, (nodeCount.get(e.target) ?? 0) + e.count);
  }
  let nodes: { id: string; label: string; type: string; country: string | null; count: number }[];
  if (mode === 'country') {
    nodes = [...nodeCount].map(([id, count]) => ({ id, label: countryName(id) ?? id, type: 'country', country: id, count }));
  } else {
    const ids = [...nodeCount.keys()];
    const s2 = new Sql();
    const info = ids.length ? await db.query(`SELECT id, name, type, country FROM entities WHERE id IN ${s2.list(ids)}`, s2.params) : [];
    const by = new Map(info.map((r) => [r.id, r]));
    nodes = ids.map((id) => ({ id, label: by.get(id)?.name ?? id, type: by.get(id)?.type ?? 'ENTITY', country: by.get(id)?.country ?? null, count: nodeCount.get(id)! }));
  }
  nodes.sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
  return { mode, nodes, edges: kept };
}

export interface CoarseBucket { period: string; precision: 'week' | 'month' | 'year'; start: string; end: string; total: number; by_quad: Quads }

/**
 * Day-precise events in day or week buckets; events dated only to a week, month or year in
 * `coarse`, one entry per period (2024-W50, 2024-12, 2024) with its first and last day, so a
 * chart can draw them across their whole period instead of losing them.
 */
export async function timeline(db: Db, grain: 'day' | 'week', f: EventFilters) {
  const s = new Sql();
  eventWhere(s, f);
  const w = s.whereSql();
  const start = grain === 'day' ? 'k.date_start' : `date_trunc('week', k.date_start)::date`;
  const label = grain === 'day' ? `to_char(k.date_start, 'YYYY-MM-DD')` : `to_char(k.date_start, 'IYYY-"W"IW')`;
  const [rows, coarseRows] = await Promise.all([
    db.query(
      `SELECT ${label} AS period, to_char(${start}, 'YYYY-MM-DD') AS start, k.quad_class AS q, count(*)::int AS n
       FROM event_keys k ${w ? w + ' AND' : 'WHERE'} k.date_precision = 'day' GROUP BY 1, 2, 3 ORDER BY 2`,
      s.params,
    ),
    db.query(
      `SELECT k.date AS period, k.date_precision AS precision, to_char(k.date_start, 'YYYY-MM-DD') AS start,
         to_char(k.date_end, 'YYYY-MM-DD') AS "end", k.quad_class AS q, count(*)::int AS n
       FROM event_keys k ${w ? w + ' AND' : 'WHERE'} k.date_precision IN ('week', 'month', 'year') GROUP BY 1, 2, 3, 4, 5 ORDER BY 3`,
      s.params,
    ),
  ]);
  const buckets = new Map<string, { period: string; start: string; total: number; by_quad: Quads }>();
  for (const r of rows) {
    const b = buckets.get(r.period) ?? { period: r.period, start: r.start, total: 0, by_quad: noQuads() };
    b.total += r.n;
    b.by_quad[String(r.q) as keyof Quads] += r.n;
    buckets.set(r.period, b);
  }
  const coarse = new Map<string, CoarseBucket>();
  for (const r of coarseRows) {
    const b = coarse.get(r.period) ?? { period: r.period, precision: r.precision, start: r.start, end: r.end, total: 0, by_quad: noQuads() };
    b.total += r.n;
    b.by_quad[String(r.q) as keyof Quads] += r.n;
    coarse.set(r.period, b);
  }
  return {
    grain,
    buckets: [...buckets.values()].sort((a, b) => a.start.localeCompare(b.start)),
    coarse: [...coarse.values()].sort((a, b) => a.start.localeCompare(b.start) || b.end.localeCompare(a.end)),
  };
}

export async function health(db: Db) {
  const [r] = await db.query(
    `SELECT (SELECT count(*)::int FROM articles) AS articles, (SELECT count(*)::int FROM entities) AS entities,
            (SELECT count(*)::int FROM event_keys WHERE NOT negated) AS events,
            (SELECT count(DISTINCT dup_group)::int FROM articles) AS stories`,
  );
  return { articles: r!.articles as number, entities: r!.entities as number, events: r!.events as number, stories: r!.stories as number };
}

// ------------------------------------------------------------------ places (map)
export interface PlaceCount {
  name: string; country: string | null; lat: number; lon: number; total: number;
  by_quad: { '1': number; '2': number; '3': number; '4': number };
}

/**
 * Every located event of the filter, counted by place (the map draws them all, clustered, rather
 * than the newest page of events). At most `limit` places, the busiest first.
 */
export async function placeCounts(db: Db, f: EventFilters, limit = 20000): Promise<{ total: number; located: number; places: PlaceCount[] }> {
  const s = new Sql();
  eventWhere(s, f);
  const w = s.whereSql();
  const [tot] = await db.query<{ n: number; located: number }>(
    `SELECT count(*)::int AS n, count(k.place_lat)::int AS located FROM event_keys k ${w}`, s.params);
  const s2 = new Sql();
  eventWhere(s2, f);
  s2.add('k.place_lat IS NOT NULL AND k.place_lon IS NOT NULL');
  const rows = await db.query(
    `SELECT min(k.place_name) AS name, min(k.place_country) AS country, round(k.place_lat::numeric, 3)::float8 AS lat,
        round(k.place_lon::numeric, 3)::float8 AS lon, count(*)::int AS total,
        count(*) FILTER (WHERE k.quad_class = 1)::int AS q1, count(*) FILTER (WHERE k.quad_class = 2)::int AS q2,
        count(*) FILTER (WHERE k.quad_class = 3)::int AS q3, count(*) FILTER (WHERE k.quad_class = 4)::int AS q4
      FROM event_keys k ${s2.whereSql()}
      GROUP BY round(k.place_lat::numeric, 3), round(k.place_lon::numeric, 3)
      ORDER BY total DESC, name LIMIT ${s2.p(limit)}`,
    s2.params,
  );
  return {
    total: tot?.n ?? 0,
    located: tot?.located ?? 0,
    places: rows.map((r) => ({
      name: r.name, country: r.country, lat: Number(r.lat), lon: Number(r.lon), total: r.total,
      by_quad: { '1': r.q1, '2': r.q2, '3': r.q3, '4': r.q4 },
    })),
  };
}
