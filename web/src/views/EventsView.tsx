// Events: the GDELT-style table an analyst filters, sorts and downloads.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { api, apiHref, type EventItem } from '../api.ts';
import { href, navigate, pick, type Route } from '../router.ts';
import { useDateRange } from '../filters.ts';
import { useAsync } from '../lib/useAsync.ts';
import { cameoLabel, CAMEO_ROOTS } from '../lib/cameo.ts';
import { QUAD_COLOR, QUAD_LABEL, QUADS } from '../lib/quad.ts';
import { fmtNum, plural } from '../lib/format.ts';
import { Actor } from '../components/Actor.tsx';
import { DateRangeBar } from '../components/DateRangeBar.tsx';
import { Pager } from '../components/Pager.tsx';
import { Empty, ErrorNote, Loading, NothingIngested } from '../components/states.tsx';

const LIMIT = 100;
export const EVENT_FILTERS = ['source', 'target', 'pair', 'cameo', 'root', 'plover', 'quad_class', 'place', 'article'] as const;
const PLOVER_TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];

type SortKey = 'source' | 'target' | 'cameo' | 'plover' | 'goldstein' | 'date' | 'place' | 'num_articles';
const COLUMNS: { key: SortKey; label: string; numeric?: boolean }[] = [
  { key: 'source', label: 'Source' },
  { key: 'target', label: 'Target' },
  { key: 'cameo', label: 'CAMEO' },
  { key: 'plover', label: 'PLOVER' },
  { key: 'goldstein', label: 'Goldstein', numeric: true },
  { key: 'date', label: 'Date' },
  { key: 'place', label: 'Place' },
  { key: 'num_articles', label: 'Articles', numeric: true },
];

function sortValue(e: EventItem, k: SortKey): string | number {
  switch (k) {
    case 'source': return (e.source.name || e.source.country || '').toLowerCase();
    case 'target': return (e.target?.name || e.target?.country || '').toLowerCase();
    case 'cameo': return e.cameo;
    case 'plover': return e.plover ?? '';
    case 'goldstein': return e.goldstein;
    case 'date': return e.date ?? '';
    case 'place': return (e.place?.name ?? '').toLowerCase();
    case 'num_articles': return e.num_articles;
  }
}

export default function EventsView({ route }: { route: Route }) {
  const filters = pick(route.params, EVENT_FILTERS);
  const offset = Number(route.params.get('offset') ?? 0) || 0;
  const [range] = useDateRange();
  const [draft, setDraft] = useState(filters);
  const key = JSON.stringify(filters);
  useEffect(() => setDraft(filters), [key]);
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 } | null>(null);

  const params = { ...filters, from: range.from, to: range.to };
  const res = useAsync((s) => api.events({ ...params, limit: LIMIT, offset }, s), [key, range.from, range.to, offset]);
  const rows = useMemo(() => {
    const items = res.data?.items ?? [];
    if (!sort) return items;
    return [...items].sort((a, b) => {
      const x = sortValue(a, sort.key), y = sortValue(b, sort.key);
      return (x < y ? -1 : x > y ? 1 : 0) * sort.dir;
    });
  }, [res.data, sort]);

  const filtered = Object.values(params).some(Boolean);
  // Country and actor codes are upper case in the store; entity ids (ent_…) and place names are not.
  const codes = (v: string) => (/^[a-z]{3}([a-z]{3})?(-[a-z]{3})?$/i.test(v) ? v.toUpperCase() : v);
  const apply = (e: Event) => {
    e.preventDefault();
    navigate('events', { ...draft, source: codes(draft.source), target: codes(draft.target), pair: codes(draft.pair) });
  };
  const set = (k: string) => (e: Event) => setDraft({ ...draft, [k]: (e.target as HTMLInputElement).value.trim() });
  const toggleSort = (k: SortKey) => setSort(sort?.key === k ? { key: k, dir: sort.dir === 1 ? -1 : 1 } : { key: k, dir: COLUMNS.find((c) => c.key === k)?.numeric ? -1 : 1 });

  return (
    <section class="view" data-view="events" data-state={res.state}>
      <h1>Events</h1>
      <form class="filters" onSubmit={apply} aria-label="Event filters">
        <label>Source<input name="source" value={draft.source} onInput={set('source')} placeholder="RUS, RUSMIL or ent_…" size={12} /></label>
        <label>Target<input name="target" value={draft.target} onInput={set('target')} placeholder="PRK" size={12} /></label>
        <label title="Either direction, e.g. USA-IRN">Pair<input name="pair" value={draft.pair} onInput={set('pair')} placeholder="USA-IRN" size={9} /></label>
        <label>CAMEO<input name="cameo" value={draft.cameo} onInput={set('cameo')} placeholder="04, 042…" size={6} /></label>
        <label>Root
          <select name="root" value={draft.root} onChange={set('root')}>
            <option value="">any</option>
            {CAMEO_ROOTS.map((r) => <option key={r.code} value={r.code}>{r.code} {r.label.toLowerCase()}</option>)}
          </select>
        </label>
        <label>PLOVER
          <select name="plover" value={draft.plover} onChange={set('plover')}>
            <option value="">any</option>
            {PLOVER_TYPES.map((p) => <option key={p} value={p}>{p}</option>)}
          </select>
        </label>
        <label>Class
          <select name="quad_class" value={draft.quad_class} onChange={set('quad_class')}>
            <option value="">any</option>
            {QUADS.map((q) => <option key={q} value={String(q)}>{QUAD_LABEL[q]}</option>)}
          </select>
        </label>
        <label>Place<input name="place" value={draft.place} onInput={set('place')} placeholder="name or country" size={12} /></label>
        <div class="filter-actions">
          <button type="submit">Apply filters</button>
          {filtered && <button type="button" class="linkish" onClick={() => navigate('events')}>clear</button>}
        </div>
        <DateRangeBar label="Event date" />
      </form>

      <div class="table-head">
        <p class="muted" aria-live="polite">{res.data ? plural(res.data.total, 'event') : ' '}{sort && ' · sorted within this page'}</p>
        <a class="button" href={apiHref('export/events', { format: 'csv', ...params })} download="newsgraph-events.csv">Download CSV</a>
      </div>

      {res.state === 'error' && <ErrorNote error={res.error} what="events" />}
      {res.state === 'loading' && !res.data && <Loading what="events" />}
      {res.data && res.data.total === 0 && (filtered
        ? <Empty><p>No events match these filters. Loosen one, or <a href={href('events')}>clear all filters</a>.</p></Empty>
        : <NothingIngested what="events" />)}
      {res.data && res.data.total > 0 && (
        <div class="table-wrap">
          <table class="events">
            <thead>
              <tr>
                {COLUMNS.map((c) => (
                  <th key={c.key} scope="col" aria-sort={sort?.key === c.key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'} class={c.numeric ? 'num' : ''}>
                    <button type="button" class="sort" onClick={() => toggleSort(c.key)}>
                      {c.label}<span aria-hidden="true">{sort?.key === c.key ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}</span>
                    </button>
                  </th>
                ))}
                <th scope="col">Evidence</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((e) => (
                <tr key={e.id} data-event={e.id} data-source={e.source.country ?? e.source.actor_code?.slice(0, 3) ?? ''} data-target={e.target?.country ?? e.target?.actor_code?.slice(0, 3) ?? ''}>
                  <td><Actor actor={e.source} /></td>
                  <td><Actor actor={e.target} /></td>
                  <td><span class="quad-dot" style={{ background: QUAD_COLOR[e.quad_class] }} title={QUAD_LABEL[e.quad_class]} aria-hidden="true" /><span class="code">{e.cameo}</span> {cameoLabel(e.cameo)}</td>
                  <td>{e.plover ?? '—'}</td>
                  <td class="num">{fmtNum(e.goldstein, 1)}</td>
                  <td class="nowrap">{e.date ?? '—'}</td>
                  <td>{e.place?.name ?? '—'}</td>
                  <td class="num" title={`${e.num_mentions} mentions, ${e.num_sources} sources`}>{e.num_articles}</td>
                  <td>{e.evidence
                    ? <a href={href(`articles/${e.evidence.article_id}`, { event: e.id })} title={e.evidence.text}>read{e.hedged ? ' (hedged)' : ''}</a>
                    : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {res.data && <Pager total={res.data.total} limit={res.data.limit} offset={res.data.offset}
        onOffset={(o) => navigate('events', { ...filters, offset: o || null })} />}
    </section>
  );
}
