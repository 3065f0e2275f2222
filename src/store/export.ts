// Exports of what is stored: CSV (RFC 4180, header row, CRLF), JSONL, and GDELT 2.0 (events only).
// Rows stream in keyset-paged batches, so memory stays flat on any database size.
import type { Db, Row } from './db.js';
import { Sql, eventWhere, likeEscape, ENTITY_ID, type EventFilters } from './filters.js';
import { gdeltRow } from './gdelt.js';
import { normName } from './keys.js';
import { entityWhere, type EntityFilters, type QuoteFilters } from './queries.js';

export type ExportWhat = 'events' | 'entities' | 'quotes';
export type ExportFormat = 'csv' | 'jsonl' | 'gdelt';

const BATCH = 1000;

export const EXPORT_COLUMNS: Record<ExportWhat, string[]> = {
  events: [
    'id', 'date', 'date_start', 'date_end', 'date_precision', 'source_entity', 'source_name', 'source_country', 'source_actor_code',
    'target_entity', 'target_name', 'target_country', 'target_actor_code', 'cameo', 'root', 'plover', 'quad_class',
    'goldstein', 'place_name', 'place_country', 'place_lat', 'place_lon', 'place_geo_type', 'hedged', 'num_mentions', 'num_articles',
    'num_sources', 'evidence_article', 'evidence_text', 'source_url',
  ],
  entities: ['id', 'name', 'type', 'country', 'actor_code', 'lat', 'lon', 'geonames_id', 'articles', 'mentions'],
  quotes: ['id', 'article_id', 'published', 'kind', 'speaker_entity', 'speaker_name', 'text', 'field', 'start', 'end'],
};

async function* paged(db: Db, build: (s: Sql, after: unknown) => string, key: string): AsyncGenerator<Row> {
  let after: unknown = null;
  for (;;) {
    const s = new Sql();
    const sql = build(s, after);
    const rows = await db.query(`${sql} LIMIT ${BATCH}`, s.params);
    for (const r of rows) yield r;
    if (rows.length < BATCH) return;
    after = rows[rows.length - 1]![key];
  }
}

export function exportEvents(db: Db, f: EventFilters): AsyncGenerator<Row> {
  return paged(db, (s, after) => {
    eventWhere(s, f);
    if (after !== null) s.add(`k.id > ${s.p(after)}`);
    return `SELECT k.*, to_char(k.date_start, 'YYYY-MM-DD') AS date_start, to_char(k.date_end, 'YYYY-MM-DD') AS date_end,
        k.evidence->>'article_id' AS evidence_article, k.evidence->>'text' AS evidence_text,
        a.url AS source_url, to_char(a.ingested_at AT TIME ZONE 'UTC', 'YYYYMMDDHH24MISS') AS date_added,
        to_char(a.published_day, 'YYYY-MM-DD') AS published_day,
        (SELECT avg(x.tone) FROM events e JOIN articles x ON x.id = e.article_id WHERE e.event_key = k.id) AS avg_tone,
        fd.data AS first_data, (fd.data->'place'->>'geo_type')::int AS place_geo_type,
        (k.evidence->>'field' = 'title' OR (k.evidence->>'field' = 'body' AND
          (strpos(a.body, E'\\n\\n') = 0 OR (k.evidence->>'start')::int < strpos(a.body, E'\\n\\n')))) AS is_root
      FROM event_keys k LEFT JOIN articles a ON a.id = k.first_article
        LEFT JOIN LATERAL (SELECT e.data FROM events e WHERE e.event_key = k.id ORDER BY (e.article_id = k.first_article) DESC LIMIT 1) fd ON true
        ${s.whereSql()} ORDER BY k.id`;
  }, 'id');
}

export function exportEntities(db: Db, f: EntityFilters & EventFilters): AsyncGenerator<Row> {
  return paged(db, (s, after) => {
    entityWhere(s, f);
    if (after !== null) s.add(`e.id > ${s.p(after)}`);
    return `SELECT e.id, e.name, e.type, e.country, e.actor_code, e.lat, e.lon, e.geonames_id,
      e.article_count AS articles, e.mention_count AS mentions FROM entities e ${s.whereSql()} ORDER BY e.id`;
  }, 'id');
}

export function exportQuotes(db: Db, f: QuoteFilters): AsyncGenerator<Row> {
  return paged(db, (s, after) => {
    if (f.speaker) {
      if (ENTITY_ID.test(f.speaker)) s.add(`x.speaker_entity = ${s.p(f.speaker)}`);
      else s.add(`x.speaker_name ILIKE ${s.p('%' + likeEscape(f.speaker) + '%')}`);
    }
    if (f.q) s.add(`x.text ILIKE ${s.p('%' + likeEscape(f.q) + '%')}`);
    if (f.article) s.add(`x.article_id = ${s.p(f.article)}`);
    if (after !== null) s.add(`x.id > ${s.p(after)}`);
    return `SELECT x.id, x.article_id, a.published, x.kind, x.speaker_entity, x.speaker_name, x.text, x.field,
      x.start_off AS start, x.end_off AS "end" FROM quotes x JOIN articles a ON a.id = x.article_id ${s.whereSql()} ORDER BY x.id`;
  }, 'id');
}

/**
 * RFC 4180 field: quoted when it holds a comma, quote, CR or LF; quotes doubled. Text that a
 * spreadsheet would run as a formula (a cell starting with = + - @, a tab or a carriage return) is
 * neutralised as OWASP recommends: prefixed with a single quote. Numbers are written as numbers
 * (a Goldstein score of -5 stays -5); only text — names, quotes, evidence — can carry a formula.
 */
export function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  let s = typeof v === 'object' ? JSON.stringify(v) : String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(values: unknown[]): string {
  return values.map(csvField).join(',') + '\r\n';
}

/** Lines of the export, ready to write (each ends with its line break). */
export async function* exportLines(db: Db, what: ExportWhat, format: ExportFormat, filters: Record<string, any> = {}): AsyncGenerator<string> {
  if (format === 'gdelt' && what !== 'events') throw new RangeError('the gdelt format exists for events only');
  const rows = what === 'events' ? exportEvents(db, filters) : what === 'entities' ? exportEntities(db, filters) : exportQuotes(db, filters);
  const cols = EXPORT_COLUMNS[what];
  if (format === 'csv') yield csvLine(cols);
  for await (const r of rows) {
    if (format === 'gdelt') yield gdeltRow(r) + '\n';
    else if (format === 'csv') yield csvLine(cols.map((c) => r[c]));
    else yield JSON.stringify(Object.fromEntries(cols.map((c) => [c, r[c] ?? null]))) + '\n';
  }
}

export const EXPORT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  jsonl: 'application/x-ndjson; charset=utf-8',
  gdelt: 'text/tab-separated-values; charset=utf-8',
};
