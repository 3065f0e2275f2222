// WHERE clauses built from validated filters. Every user value travels as a bound parameter;
// nothing a user sends is ever spliced into SQL text, except a page size, which is checked to be
// an integer here and written as digits (Sql.int).

export class Sql {
  readonly params: unknown[] = [];
  readonly where: string[] = [];
  /** Bind a value, returning its placeholder. */
  p(v: unknown): string {
    this.params.push(v);
    return `$${this.params.length}`;
  }
  /**
   * A page size written into the text as digits, checked to be a safe integer (it is not
   * spliced otherwise): with LIMIT known, a prepared list statement gets a generic plan, planned
   * once per connection; with LIMIT $n PostgreSQL planned every execution anew (a quarter of an
   * events page's cost), since a generic plan for an unknown limit looked dearer.
   */
  int(v: number): string {
    if (!Number.isSafeInteger(v)) throw new Error(`not an integer: ${String(v)}`);
    return String(v);
  }
  add(clause: string): void {
    this.where.push(clause);
  }
  whereSql(): string {
    return this.where.length ? `WHERE ${this.where.join(' AND ')}` : '';
  }
  /** `IN (...)` placeholders for a list (never empty: callers check). */
  list(vs: unknown[]): string {
    return `(${vs.map((v) => this.p(v)).join(', ')})`;
  }
}

/** Escape LIKE wildcards so a user's "%" or "_" means itself. */
export function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => '\\' + c);
}

export interface EventFilters {
  source?: string;
  target?: string;
  /** "RUS-PRK": either direction. */
  pair?: string;
  cameo?: string;
  root?: string;
  plover?: string;
  quad_class?: number;
  from?: string;
  to?: string;
  place?: string;
  article?: string;
  /** Either side: country code, actor-code prefix or entity id. */
  actor?: string;
  /** CAMEO role code (GOV, MIL, REB …) of either side, of the source, of the target. */
  role?: string;
  source_role?: string;
  target_role?: string;
  /**
   * How from/to meet an event's date period: `within` (default) keeps events whose whole period
   * lies in the range, so "2024-12" is outside 2024-12-10…2024-12-14; `overlap` keeps every event
   * whose period touches the range (coarse dates included).
   */
  dates?: 'within' | 'overlap';
  /** Only these date precisions (day, week, month, year; "none" for undated). */
  precision?: string[];
  /** Negated events: left out (default), included, or only them. */
  negated?: 'exclude' | 'include' | 'only';
  /** Hedged (reported, uncertain) events: included (default), left out, or only them. */
  hedged?: 'include' | 'exclude' | 'only';
}

export const ENTITY_ID = /^ent_[0-9a-f]{12}$/;
export const ACTOR = /^(ent_[0-9a-f]{12}|[A-Z]{3}[A-Z0-9]{0,12})$/;

/** One side of an event matched by an actor selector: entity id, country code or actor-code prefix. */
function actorMatch(s: Sql, side: 'source' | 'target', sel: string, alias: string): string {
  if (ENTITY_ID.test(sel)) return `${alias}.${side}_entity = ${s.p(sel)}`;
  const v = s.p(sel);
  // A prefix as a byte-wise range (what LIKE 'X%' becomes on a text_pattern_ops index), written out
  // so a prepared statement's generic plan can still use the index. Actor codes are [A-Z0-9]:
  // bumping the last character gives the first string past the prefix.
  const next = sel.slice(0, -1) + String.fromCharCode(sel.charCodeAt(sel.length - 1) + 1);
  const code = `(${alias}.${side}_actor_code ~>=~ ${s.p(sel)} AND ${alias}.${side}_actor_code ~<~ ${s.p(next)})`;
  return sel.length === 3 ? `(${alias}.${side}_country = ${v} OR ${code})` : code;
}

export function eventWhere(s: Sql, f: EventFilters, alias = 'k'): void {
  if (f.source) s.add(actorMatch(s, 'source', f.source, alias));
  if (f.target) s.add(actorMatch(s, 'target', f.target, alias));
  if (f.pair) {
    const [x, y] = f.pair.split('-') as [string, string];
    s.add(
      `((${actorMatch(s, 'source', x, alias)} AND ${actorMatch(s, 'target', y, alias)}) OR ` +
        `(${actorMatch(s, 'source', y, alias)} AND ${actorMatch(s, 'target', x, alias)}))`,
    );
  }
  if (f.cameo) s.add(`${alias}.cameo LIKE ${s.p(f.cameo + '%')}`);
  if (f.root) s.add(`${alias}.root = ${s.p(f.root)}`);
  if (f.plover) s.add(`${alias}.plover = ${s.p(f.plover)}`);
  if (f.quad_class) s.add(`${alias}.quad_class = ${s.p(f.quad_class)}`);
  if (f.actor) s.add(`(${actorMatch(s, 'source', f.actor, alias)} OR ${actorMatch(s, 'target', f.actor, alias)})`);
  const role = (side: 'source' | 'target', r: string) => `substr(${alias}.${side}_actor_code, 4, 3) = ${s.p(r)}`;
  if (f.role) s.add(`(${role('source', f.role)} OR ${role('target', f.role)})`);
  if (f.source_role) s.add(role('source', f.source_role));
  if (f.target_role) s.add(role('target', f.target_role));
  if (f.dates === 'overlap') {
    if (f.from) s.add(`${alias}.date_end >= ${s.p(f.from)}::date`);
    if (f.to) s.add(`${alias}.date_start <= ${s.p(f.to)}::date`);
  } else {
    if (f.from) s.add(`${alias}.date_start >= ${s.p(f.from)}::date`);
    if (f.to) s.add(`${alias}.date_end <= ${s.p(f.to)}::date`);
  }
  if (f.precision?.length) {
    const known = f.precision.filter((x) => x !== 'none');
    const parts = [];
    if (known.length) parts.push(`${alias}.date_precision IN ${s.list(known)}`);
    if (f.precision.includes('none')) parts.push(`${alias}.date_precision IS NULL`);
    s.add(`(${parts.join(' OR ')})`);
  }
  const neg = f.negated ?? 'exclude';
  if (neg === 'exclude') s.add(`NOT ${alias}.negated`);
  else if (neg === 'only') s.add(`${alias}.negated`);
  if (f.hedged === 'exclude') s.add(`NOT ${alias}.hedged`);
  else if (f.hedged === 'only') s.add(`${alias}.hedged`);
  if (f.place) {
    const pl = f.place;
    const c = /^[A-Za-z]{3}$/.test(pl) ? ` OR ${alias}.place_country = ${s.p(pl.toUpperCase())}` : '';
    s.add(`(${alias}.place_name ILIKE ${s.p('%' + likeEscape(pl) + '%')}${c})`);
  }
  if (f.article) s.add(`EXISTS (SELECT 1 FROM events e WHERE e.event_key = ${alias}.id AND e.article_id = ${s.p(f.article)})`);
}

export type EventSort = 'date' | 'goldstein' | 'mentions' | 'articles' | 'sources';
export interface EventOrder { sort?: EventSort; order?: 'asc' | 'desc' }

/** ORDER BY for the events list: the chosen column, then a stable tie-break. */
export function eventOrderSql(o: EventOrder = {}, alias = 'k'): string {
  const dir = o.order === 'asc' ? 'ASC' : 'DESC';
  const a = alias;
  const prec = `CASE ${a}.date_precision WHEN 'day' THEN 0 WHEN 'week' THEN 1 WHEN 'month' THEN 2 WHEN 'year' THEN 3 ELSE 4 END`;
  switch (o.sort ?? 'date') {
    case 'goldstein': return `ORDER BY ${a}.goldstein ${dir}, ${a}.date_start DESC NULLS LAST, ${a}.id`;
    case 'mentions': return `ORDER BY ${a}.num_mentions ${dir}, ${a}.date_start DESC NULLS LAST, ${a}.id`;
    case 'articles': return `ORDER BY ${a}.num_articles ${dir}, ${a}.date_start DESC NULLS LAST, ${a}.id`;
    case 'sources': return `ORDER BY ${a}.num_sources ${dir}, ${a}.date_start DESC NULLS LAST, ${a}.id`;
    default: return `ORDER BY ${a}.date_start ${dir} NULLS LAST, ${prec}, ${a}.num_articles DESC, ${a}.id`;
  }
}
