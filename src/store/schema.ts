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
];
