// Versioned migrations, applied in order on start, identical on PGlite and PostgreSQL.
// Never edit a released migration: add a new one with the next version number.

export interface Migration { version: number; name: string; sql: string }

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'articles, entities, mentions, dates, quotes, events',
    sql: `
CREATE TABLE articles (
  id text PRIMARY KEY,                 -- SPEC id: sha256 of the normalised body, 16 hex
  content_hash text NOT NULL,          -- sha256 of title + body (full)
  title text NOT NULL,
  captions jsonb NOT NULL,
  body text NOT NULL,
  published text,                      -- as analysed (ISO day) or null
  published_day date,                  -- for range filters
  published_source text,
  url text,
  source_host text,                    -- host of url: the "source" of GDELT's NumSources
  tone double precision,
  tone_positive double precision,
  tone_negative double precision,
  dup_group text NOT NULL,             -- id of the first article of its near-duplicate cluster
  minhash jsonb NOT NULL,              -- near-duplicate fingerprint {n shingles, sig MinHash}
  ingested_at timestamptz NOT NULL DEFAULT now(),
  tsv tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', title), 'A') || to_tsvector('english', body)) STORED
);
CREATE INDEX articles_tsv ON articles USING gin (tsv);
CREATE INDEX articles_published ON articles (published_day);
CREATE INDEX articles_dup ON articles (dup_group);

-- LSH bands of the MinHash signature: articles sharing a band are near-duplicate candidates.
CREATE TABLE article_bands (
  band int NOT NULL,
  hash text NOT NULL,
  article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  PRIMARY KEY (band, hash, article_id)
);
CREATE INDEX article_bands_article ON article_bands (article_id);

-- One row per real thing across all articles.
CREATE TABLE entities (
  id text PRIMARY KEY,                 -- ent_ + 12 hex of merge_key: stable across databases
  merge_key text NOT NULL UNIQUE,      -- normalised name | type | country
  norm_name text NOT NULL,
  name text NOT NULL,
  type text NOT NULL,
  country text,
  actor_code text,
  lat double precision,
  lon double precision,
  geonames_id bigint,
  article_count int NOT NULL DEFAULT 0,
  mention_count int NOT NULL DEFAULT 0
);
CREATE INDEX entities_name ON entities (norm_name, type);
CREATE INDEX entities_rank ON entities (article_count DESC, id);
CREATE INDEX entities_country ON entities (country);

-- An entity as one article saw it (its local id e1, e2 …, role, resolved attributes).
CREATE TABLE article_entities (
  article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  local_id text NOT NULL,
  entity_id text NOT NULL REFERENCES entities (id),
  name text NOT NULL,
  type text NOT NULL,
  country text,
  actor_code text,
  role text,
  lat double precision,
  lon double precision,
  geonames_id bigint,
  mention_count int NOT NULL,
  PRIMARY KEY (article_id, local_id)
);
CREATE INDEX article_entities_entity ON article_entities (entity_id);

CREATE TABLE mentions (
  article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  seq int NOT NULL,
  local_id text NOT NULL,
  entity_id text NOT NULL,
  field text NOT NULL,
  start_off int NOT NULL,
  end_off int NOT NULL,
  text text NOT NULL,
  PRIMARY KEY (article_id, seq)
);
CREATE INDEX mentions_entity ON mentions (entity_id);

CREATE TABLE dates (
  article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  seq int NOT NULL,
  field text NOT NULL,
  start_off int NOT NULL,
  end_off int NOT NULL,
  text text NOT NULL,
  value text,
  grain text,
  PRIMARY KEY (article_id, seq)
);

CREATE TABLE quotes (
  id bigserial PRIMARY KEY,
  article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  seq int NOT NULL,
  kind text NOT NULL,
  field text NOT NULL,
  start_off int NOT NULL,
  end_off int NOT NULL,
  text text NOT NULL,
  speaker_local text,
  speaker_entity text,                 -- global entity id
  speaker_name text,
  UNIQUE (article_id, seq)
);
CREATE INDEX quotes_speaker ON quotes (speaker_entity);

-- The same happening (source, target, CAMEO code, date) across articles, folded, with counts as
-- GDELT's NumMentions / NumArticles / NumSources. Attributes come from its first report.
CREATE TABLE event_keys (
  id text PRIMARY KEY,                 -- evt_ + 12 hex of the fold key
  source_entity text, source_name text, source_country text, source_actor_code text,
  target_entity text, target_name text, target_country text, target_actor_code text,
  cameo text NOT NULL,
  root text NOT NULL,
  plover text,
  quad_class int NOT NULL,
  goldstein double precision NOT NULL,
  date text,
  day date,
  place_name text, place_country text, place_lat double precision, place_lon double precision,
  hedged boolean NOT NULL DEFAULT false,
  num_mentions int NOT NULL DEFAULT 0,
  num_articles int NOT NULL DEFAULT 0,
  num_sources int NOT NULL DEFAULT 0,
  first_article text,
  evidence jsonb
);
CREATE INDEX event_keys_day ON event_keys (day DESC, num_articles DESC);
CREATE INDEX event_keys_src_country ON event_keys (source_country);
CREATE INDEX event_keys_tgt_country ON event_keys (target_country);
CREATE INDEX event_keys_src_code ON event_keys (source_actor_code text_pattern_ops);
CREATE INDEX event_keys_tgt_code ON event_keys (target_actor_code text_pattern_ops);
CREATE INDEX event_keys_src_entity ON event_keys (source_entity);
CREATE INDEX event_keys_tgt_entity ON event_keys (target_entity);
CREATE INDEX event_keys_cameo ON event_keys (cameo text_pattern_ops);
CREATE INDEX event_keys_quad ON event_keys (quad_class);

-- Events as each article reported them (the SPEC object in data), linked to their folded key.
CREATE TABLE events (
  article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  local_id text NOT NULL,
  event_key text REFERENCES event_keys (id),   -- null for negated events (never folded)
  negated boolean NOT NULL,
  mentions int NOT NULL,
  data jsonb NOT NULL,
  PRIMARY KEY (article_id, local_id)
);
CREATE INDEX events_key ON events (event_key);
`,
  },
  {
    version: 2,
    name: 'date periods and precision, negated events, canonical URLs, entity aliases',
    sql: `
-- Every event date as a period: its first and last day and the precision the text gave
-- (day, week, month, year). \`day\` stays the day of day-precise events.
ALTER TABLE event_keys ADD COLUMN date_start date, ADD COLUMN date_end date, ADD COLUMN date_precision text,
  ADD COLUMN negated boolean NOT NULL DEFAULT false;
UPDATE event_keys SET date_start = date::date, date_end = date::date, date_precision = 'day' WHERE date ~ '^\\d{4}-\\d{2}-\\d{2}$';
UPDATE event_keys SET date_start = (date || '-01')::date, date_end = ((date || '-01')::date + interval '1 month' - interval '1 day')::date,
  date_precision = 'month' WHERE date ~ '^\\d{4}-\\d{2}$';
UPDATE event_keys SET date_start = (date || '-01-01')::date, date_end = (date || '-12-31')::date, date_precision = 'year' WHERE date ~ '^\\d{4}$';
UPDATE event_keys SET date_start = to_date(date, 'IYYY-"W"IW'), date_end = to_date(date, 'IYYY-"W"IW') + 6,
  date_precision = 'week' WHERE date ~ '^\\d{4}-W\\d{2}$';
CREATE INDEX event_keys_period ON event_keys (date_start, date_end);
CREATE INDEX event_keys_sort_gold ON event_keys (goldstein, id);

-- A story's address in one form (scheme, www., tracking parameters, trailing slash dropped).
ALTER TABLE articles ADD COLUMN canonical_url text;
CREATE INDEX articles_canonical_url ON articles (canonical_url);
CREATE INDEX articles_source_host ON articles (source_host);

-- Other names of a stored entity, learnt from articles that define them ("… or TTP").
CREATE TABLE entity_aliases (
  alias_key text PRIMARY KEY,          -- normalised name | type
  entity_id text NOT NULL REFERENCES entities (id) ON DELETE CASCADE
);
`,
  },
  {
    // Numbered after the issue (19), so that it never collides with a migration added elsewhere.
    version: 19,
    name: 'hardening: indexes in list order (issue 19, finding 5)',
    sql: `
-- The articles list and the events list in their default order, read from an index with LIMIT
-- and OFFSET instead of sorting every row on every uncached request.
CREATE INDEX IF NOT EXISTS articles_list_order ON articles (published_day DESC NULLS LAST, ingested_at DESC, id);
-- (Negated events are left out of lists by default: the index holds the others.)
CREATE INDEX IF NOT EXISTS event_keys_list_order ON event_keys (date_start DESC NULLS LAST,
  (CASE date_precision WHEN 'day' THEN 0 WHEN 'week' THEN 1 WHEN 'month' THEN 2 WHEN 'year' THEN 3 ELSE 4 END), num_articles DESC, id)
  INCLUDE (date_precision) WHERE NOT negated; -- date_precision beside the CASE: an index-only scan
`,
  },
  {
    // Issue 19 again (its uncached-reads point): numbered 1901 so that it sorts after 19 and never
    // collides with another issue's migration.
    version: 1901,
    name: 'hardening: per-article counts stored, thin indexes for list totals and story counts (issue 19, finding 5)',
    sql: `
-- An article's entities, events (not negated) and quotes never change once stored: the articles
-- list read them with three subqueries per row. Rows written by older code leave them null (the
-- list counts those rows as before).
ALTER TABLE articles ADD COLUMN IF NOT EXISTS n_entities int, ADD COLUMN IF NOT EXISTS n_events int, ADD COLUMN IF NOT EXISTS n_quotes int;
UPDATE articles a SET
  n_entities = (SELECT count(*) FROM article_entities x WHERE x.article_id = a.id),
  n_events = (SELECT count(*) FROM events x WHERE x.article_id = a.id AND NOT x.negated),
  n_quotes = (SELECT count(*) FROM quotes x WHERE x.article_id = a.id);
-- A story's articles and sources, read from the index alone.
CREATE INDEX IF NOT EXISTS articles_story ON articles (dup_group) INCLUDE (source_host, id);
DROP INDEX IF EXISTS articles_dup;
-- The events total (not negated) counted over a thin index instead of the table.
CREATE INDEX IF NOT EXISTS event_keys_live ON event_keys (date_start) WHERE NOT negated;
`,
  },
  {
    // Issue 19, uncached reads, round 3: numbered 1902 (after 1901, never colliding with another issue's).
    version: 1902,
    name: 'hardening: exact row counters for the unfiltered list totals (issue 19, finding 5)',
    sql: `
-- The articles list and the events list (negated left out, the default) without filters give
-- their total from these counters instead of counting 10,000s of index entries on every request.
-- Each counter is the sum of its column over 16 rows; a transaction adds to the row of its
-- session (backend pid mod 16), so concurrent writers seldom touch the same row. The triggers
-- are deferred: a transaction updates its row at COMMIT, as the last thing it does, so it never
-- holds that row while waiting for anything else (no deadlock) and holds it only while it
-- commits. Being triggers, every write path counts (ingest, delete, refold, COPY, anything),
-- inside the writing transaction: a reader's snapshot sees the rows and the counts together.
CREATE TABLE IF NOT EXISTS list_counts (
  shard int PRIMARY KEY,
  articles bigint NOT NULL DEFAULT 0,
  events bigint NOT NULL DEFAULT 0
);
-- ng_list_count(column, delta): the counters' column and what one row adds to it.
CREATE OR REPLACE FUNCTION ng_list_count() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  IF TG_ARGV[0] = 'articles' THEN
    UPDATE list_counts SET articles = articles + TG_ARGV[1]::int WHERE shard = pg_backend_pid() % 16;
  ELSE
    UPDATE list_counts SET events = events + TG_ARGV[1]::int WHERE shard = pg_backend_pid() % 16;
  END IF;
  RETURN NULL;
END $$;
CREATE OR REPLACE FUNCTION ng_list_count_truncate() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  IF TG_ARGV[0] = 'articles' THEN UPDATE list_counts SET articles = 0; ELSE UPDATE list_counts SET events = 0; END IF;
  RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER articles_count_ins AFTER INSERT ON articles
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ng_list_count('articles', '1');
CREATE CONSTRAINT TRIGGER articles_count_del AFTER DELETE ON articles
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ng_list_count('articles', '-1');
CREATE CONSTRAINT TRIGGER event_keys_count_ins AFTER INSERT ON event_keys
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NOT NEW.negated) EXECUTE FUNCTION ng_list_count('events', '1');
CREATE CONSTRAINT TRIGGER event_keys_count_del AFTER DELETE ON event_keys
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NOT OLD.negated) EXECUTE FUNCTION ng_list_count('events', '-1');
CREATE CONSTRAINT TRIGGER event_keys_count_unneg AFTER UPDATE OF negated ON event_keys
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (OLD.negated AND NOT NEW.negated) EXECUTE FUNCTION ng_list_count('events', '1');
CREATE CONSTRAINT TRIGGER event_keys_count_neg AFTER UPDATE OF negated ON event_keys
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NOT OLD.negated AND NEW.negated) EXECUTE FUNCTION ng_list_count('events', '-1');
CREATE TRIGGER articles_count_truncate AFTER TRUNCATE ON articles FOR EACH STATEMENT EXECUTE FUNCTION ng_list_count_truncate('articles');
CREATE TRIGGER event_keys_count_truncate AFTER TRUNCATE ON event_keys FOR EACH STATEMENT EXECUTE FUNCTION ng_list_count_truncate('events');
-- The starting counts, taken after the triggers exist (creating them locked out writers until
-- this migration commits, so nothing is counted twice or missed).
INSERT INTO list_counts (shard) SELECT g FROM generate_series(0, 15) AS g ON CONFLICT (shard) DO NOTHING;
UPDATE list_counts SET articles = 0, events = 0;
UPDATE list_counts SET articles = (SELECT count(*) FROM articles), events = (SELECT count(*) FROM event_keys WHERE NOT negated) WHERE shard = 0;
`,
  },
  {
    version: 1903,
    name: 'hardening: each folded event\'s list item kept as JSON (issue 19, finding 5)',
    sql: `
-- The events list's item of each folded event (what GET /api/events returns for it: its columns,
-- up to 20 evidence spans and its first 20 reporting articles), written once when the event or
-- its reports change instead of on every read, where its two subqueries were most of a page's
-- cost. Apart from event_keys so that the scans of the graph, timeline and map stay narrow.
CREATE TABLE IF NOT EXISTS event_items (
  id text PRIMARY KEY REFERENCES event_keys (id) ON DELETE CASCADE,
  item text NOT NULL,
  tx xid8                              -- the transaction that wrote it (one rewrite per transaction)
);
-- The item of one folded event, as JSON text; null when there is no such event.
CREATE OR REPLACE FUNCTION ng_event_item_json(key text) RETURNS text LANGUAGE plpgsql STABLE SET search_path FROM CURRENT AS $f$
BEGIN
  RETURN (SELECT row_to_json(it)::text FROM event_keys k
    CROSS JOIN LATERAL (SELECT k.source_entity AS entity, k.source_name AS name, k.source_country AS country, k.source_actor_code AS actor_code) src
    CROSS JOIN LATERAL (SELECT k.target_entity AS entity, k.target_name AS name, k.target_country AS country, k.target_actor_code AS actor_code) tgt
    CROSS JOIN LATERAL (SELECT k.place_name AS name, k.place_country AS country, k.place_lat AS lat, k.place_lon AS lon) pl
    CROSS JOIN LATERAL (SELECT k.id, src AS source,
        CASE WHEN k.target_name <> '' OR k.target_entity <> '' OR k.target_country <> '' THEN tgt END AS target,
        k.cameo, k.root, k.plover, k.quad_class, k.goldstein, k.date,
        to_char(k.date_start, 'YYYY-MM-DD') AS date_start, to_char(k.date_end, 'YYYY-MM-DD') AS date_end, k.date_precision,
        CASE WHEN k.place_name <> '' THEN pl END AS place,
        k.hedged, k.negated, k.num_mentions, k.num_articles, k.num_sources, k.evidence,
        (SELECT coalesce(json_agg(y.span), '[]'::json) FROM (
           SELECT jsonb_build_object('article_id', e.article_id) || sp.v AS span
           FROM events e CROSS JOIN LATERAL jsonb_array_elements(coalesce(e.data->'evidence_all', jsonb_build_array(e.data->'evidence'))) WITH ORDINALITY AS sp(v, o)
           WHERE e.event_key = k.id ORDER BY e.article_id, e.local_id, sp.o LIMIT 20) y) AS evidence_spans,
        (SELECT coalesce(json_agg(x), '[]'::json) FROM (
           SELECT a.id, a.title, a.published FROM events e JOIN articles a ON a.id = e.article_id
           WHERE e.event_key = k.id ORDER BY a.published_day NULLS LAST, a.id LIMIT 20) x) AS articles) it
    WHERE k.id = key);
END $f$;
-- Rewrite the item of one folded event, once per transaction, at its COMMIT (deferred triggers,
-- after every change the transaction makes). The event's row is locked first and the item read
-- in a statement after it: every writer of an event or its reports holds that lock until it
-- commits (the ingest's upsert, the delete's recount), so the item sees every committed report
-- and no other transaction can commit a change to them in between.
CREATE OR REPLACE FUNCTION ng_event_item_write(key text) RETURNS void LANGUAGE plpgsql SET search_path FROM CURRENT AS $f$
BEGIN
  IF key IS NULL THEN RETURN; END IF;
  PERFORM 1 FROM event_items WHERE id = key AND tx = pg_current_xact_id();
  IF FOUND THEN RETURN; END IF;
  PERFORM 1 FROM event_keys WHERE id = key FOR UPDATE;
  IF NOT FOUND THEN RETURN; END IF; -- deleted (its item went with it)
  INSERT INTO event_items (id, item, tx) VALUES (key, ng_event_item_json(key), pg_current_xact_id())
    ON CONFLICT (id) DO UPDATE SET item = EXCLUDED.item, tx = EXCLUDED.tx;
END $f$;
CREATE OR REPLACE FUNCTION ng_event_item_of_key() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $f$
BEGIN
  PERFORM ng_event_item_write(NEW.id);
  RETURN NULL;
END $f$;
CREATE OR REPLACE FUNCTION ng_event_item_of_report() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $f$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM ng_event_item_write(OLD.event_key); END IF;
  IF TG_OP <> 'DELETE' THEN PERFORM ng_event_item_write(NEW.event_key); END IF;
  RETURN NULL;
END $f$;
CREATE OR REPLACE FUNCTION ng_event_item_of_article() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $f$
BEGIN
  PERFORM ng_event_item_write(e.event_key) FROM (SELECT DISTINCT event_key FROM events WHERE article_id = NEW.id AND event_key IS NOT NULL ORDER BY 1) e;
  RETURN NULL;
END $f$;
CREATE OR REPLACE FUNCTION ng_event_items_truncate() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $f$
BEGIN
  DELETE FROM event_items; -- the list computes a missing item as it reads it, until it is written again
  RETURN NULL;
END $f$;
CREATE CONSTRAINT TRIGGER event_keys_item AFTER INSERT OR UPDATE ON event_keys
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ng_event_item_of_key();
CREATE CONSTRAINT TRIGGER events_item AFTER INSERT OR DELETE OR UPDATE ON events
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ng_event_item_of_report();
CREATE CONSTRAINT TRIGGER articles_item AFTER UPDATE ON articles
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title OR OLD.published IS DISTINCT FROM NEW.published
    OR OLD.published_day IS DISTINCT FROM NEW.published_day) EXECUTE FUNCTION ng_event_item_of_article();
CREATE TRIGGER events_item_truncate AFTER TRUNCATE ON events FOR EACH STATEMENT EXECUTE FUNCTION ng_event_items_truncate();
INSERT INTO event_items (id, item) SELECT k.id, ng_event_item_json(k.id) FROM event_keys k ON CONFLICT (id) DO NOTHING;
`,
  },
  {
    version: 1904,
    name: 'hardening: entities in list order with their names, for searches from the index (issue 19, finding 5)',
    sql: `
-- An entity search (name LIKE '%word%') counts its matches and pages them most reported first
-- from this index alone (the name beside the order), reading the table for the page's rows only.
-- It replaces entities_rank (the same keys).
CREATE INDEX IF NOT EXISTS entities_rank_name ON entities (article_count DESC, id) INCLUDE (norm_name);
DROP INDEX IF EXISTS entities_rank;
`,
  },
  {
    version: 1905,
    name: 'hardening: the fixed part of an articles list item kept as JSON (issue 19, finding 5)',
    sql: `
-- A text as a JSON string. to_json is STABLE because of other types' output; for text it
-- depends on nothing but the text, so this wrapper may be IMMUTABLE (and used below).
CREATE OR REPLACE FUNCTION ng_json_text(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $f$ SELECT to_json(t)::text $f$;
-- An articles list item's fields that come from the article's own row, as JSON members
-- ("id":…,"title":…,"published":…,"url":…,"snippet":…): escaping them, the snippet above all,
-- was half of what writing a page cost. A stored generated column, so PostgreSQL keeps it
-- with the row on every insert and update.
ALTER TABLE articles ADD COLUMN IF NOT EXISTS list_json text GENERATED ALWAYS AS (
  '"id":' || ng_json_text(id) || ',"title":' || ng_json_text(title)
  || ',"published":' || coalesce(ng_json_text(published), 'null') || ',"url":' || coalesce(ng_json_text(url), 'null')
  || ',"snippet":' || ng_json_text(left(body, 240))) STORED;
`,
  },
];
