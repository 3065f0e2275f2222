// WHERE clauses built from validated filters. Every user value travels as a bound parameter;
// nothing a user sends is ever spliced into SQL text.

export class Sql {
  readonly params: unknown[] = [];
  readonly where: string[] = [];
  /** Bind a value, returning its placeholder. */
  p(v: unknown): string {
    this.params.push(v);
    return `$${this.params.length}`;
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
  if (f.from) s.add(`${alias}.day >= ${s.p(f.from)}::date`);
  if (f.to) s.add(`${alias}.day <= ${s.p(f.to)}::date`);
  if (f.place) {
    const pl = f.place;
    const c = /^[A-Za-z]{3}$/.test(pl) ? ` OR ${alias}.place_country = ${s.p(pl.toUpperCase())}` : '';
    s.add(`(${alias}.place_name ILIKE ${s.p('%' + likeEscape(pl) + '%')}${c})`);
  }
  if (f.article) s.add(`EXISTS (SELECT 1 FROM events e WHERE e.event_key = ${alias}.id AND e.article_id = ${s.p(f.article)})`);
}
