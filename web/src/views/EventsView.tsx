// Events: the GDELT-style table an analyst filters, sorts (on the server, across all pages) and
// downloads. Every filter and the sort are in the URL.
import { api, apiHref, type EventItem } from '../api.ts';
import { href, navigate, type Route } from '../router.ts';
import { anyFilter, apiFilters, filtersOf } from '../filters.ts';
import { useAsync } from '../lib/useAsync.ts';
import { cameoLabel } from '../lib/cameo.ts';
import { QUAD_COLOR, QUAD_LABEL } from '../lib/quad.ts';
import { fmtNum, plural } from '../lib/format.ts';
import { Actor } from '../components/Actor.tsx';
import { FilterBar } from '../components/FilterBar.tsx';
import { Pager } from '../components/Pager.tsx';
import { Empty, ErrorNote, Loading, NothingIngested } from '../components/states.tsx';

const LIMIT = 100;
type SortKey = 'date' | 'goldstein' | 'mentions' | 'articles';
const SORTS: SortKey[] = ['date', 'goldstein', 'mentions', 'articles'];
const COLUMNS: { label: string; sort?: SortKey; numeric?: boolean }[] = [
  { label: 'Source' }, { label: 'Target' }, { label: 'CAMEO' }, { label: 'PLOVER' },
  { label: 'Goldstein', sort: 'goldstein', numeric: true }, { label: 'Date', sort: 'date' }, { label: 'Place' },
  { label: 'Mentions', sort: 'mentions', numeric: true }, { label: 'Articles', sort: 'articles', numeric: true },
];

/** "2024-12 (month)": a coarse date says how coarse it is. */
export function EventDate({ e }: { e: Pick<EventItem, 'date' | 'date_precision' | 'date_start' | 'date_end'> }) {
  if (!e.date) return <span class="muted">—</span>;
  const coarse = e.date_precision && e.date_precision !== 'day';
  const span = e.date_start && e.date_end && e.date_start !== e.date_end ? `${e.date_start} – ${e.date_end}` : e.date_start ?? e.date;
  return <span class={`date${coarse ? ' coarse-date' : ''}`} data-precision={e.date_precision ?? ''} title={coarse ? `dated to a ${e.date_precision}: ${span}` : span}>
    {e.date}{coarse && <span class="tag">{e.date_precision}</span>}
  </span>;
}

export default function EventsView({ route }: { route: Route }) {
  const filters = filtersOf(route.params);
  const article = route.params.get('article') ?? '';
  const offset = Number(route.params.get('offset') ?? 0) || 0;
  const sortParam = route.params.get('sort') ?? '';
  const sort: SortKey = (SORTS as string[]).includes(sortParam) ? sortParam as SortKey : 'date';
  const order = route.params.get('order') === 'asc' ? 'asc' : 'desc';
  // A keyset cursor from the previous page's `next` (default order only): see ArticlesView.
  const after = sort === 'date' && order === 'desc' ? route.params.get('after') ?? '' : '';
  const params = { ...apiFilters(filters), article };
  const key = JSON.stringify(params);
  const res = useAsync((s) => api.events({ ...params, sort: sortParam ? sort : '', order: route.params.get('order') ?? '', limit: LIMIT, ...(after ? { after } : { offset }) }, s),
    [key, sort, order, offset, after]);

  const filtered = anyFilter(filters) || !!article;
  const own = (extra: Record<string, string | number | null>) => {
    const p: Record<string, string | number | null> = {};
    for (const [k, v] of route.params) p[k] = v;
    return { ...p, ...extra };
  };
  const toggleSort = (k: SortKey) => navigate('events', own({ sort: k, order: sort === k && order === 'desc' ? 'asc' : 'desc', offset: null, after: null }));

  return (
    <section class="view" data-view="events" data-state={res.state}>
      <h1>Events</h1>
      <FilterBar route={route} />

      <div class="table-head">
        <p class="muted" aria-live="polite" data-total={res.data?.total ?? ''}>{res.data ? plural(res.data.total, 'event') : ' '}{res.data && ` · sorted by ${sort}, ${order === 'asc' ? 'ascending' : 'descending'}`}</p>
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
                  <th key={c.label} scope="col" class={c.numeric ? 'num' : ''}
                    aria-sort={c.sort && c.sort === sort ? (order === 'asc' ? 'ascending' : 'descending') : c.sort ? 'none' : undefined}>
                    {c.sort
                      ? <button type="button" class="sort" data-sort={c.sort} onClick={() => toggleSort(c.sort!)}>
                        {c.label}<span aria-hidden="true">{c.sort === sort ? (order === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                      </button>
                      : c.label}
                  </th>
                ))}
                <th scope="col">Evidence</th>
              </tr>
            </thead>
            <tbody>
              {res.data.items.map((e) => (
                <tr key={e.id} data-event={e.id} data-source={e.source.country ?? e.source.actor_code?.slice(0, 3) ?? ''}
                  data-target={e.target?.country ?? e.target?.actor_code?.slice(0, 3) ?? ''} data-cameo={e.cameo} data-plover={e.plover ?? ''}
                  data-quad={e.quad_class} data-goldstein={e.goldstein} data-date-start={e.date_start ?? ''} data-date-end={e.date_end ?? ''}
                  data-precision={e.date_precision ?? ''} data-negated={String(e.negated)} data-hedged={String(e.hedged)}
                  data-mentions={e.num_mentions} data-articles={e.num_articles}
                  data-source-code={e.source.actor_code ?? ''} data-target-code={e.target?.actor_code ?? ''}>
                  <td><Actor actor={e.source} /></td>
                  <td><Actor actor={e.target} /></td>
                  <td><span class="quad-dot" style={{ background: QUAD_COLOR[e.quad_class] }} title={QUAD_LABEL[e.quad_class]} aria-hidden="true" /><span class="code">{e.cameo}</span> {cameoLabel(e.cameo)}</td>
                  <td>{e.plover ?? '—'}</td>
                  <td class="num">{fmtNum(e.goldstein, 1)}</td>
                  <td class="nowrap"><EventDate e={e} /></td>
                  <td>{e.place?.name ?? '—'}</td>
                  <td class="num">{e.num_mentions}</td>
                  <td class="num" title={`${e.num_sources} sources`}>{e.num_articles}</td>
                  <td>{e.negated && <span class="tag" title="The text says this did not happen">negated</span>}{e.evidence
                    ? <a href={href(`articles/${e.evidence.article_id}`, { event: e.id })} title={e.evidence.text}>read{e.hedged ? ' (hedged)' : ''}{e.evidence_spans && e.evidence_spans.length > 1 ? ` (${e.evidence_spans.length} spans)` : ''}</a>
                    : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {res.data && <Pager total={res.data.total} limit={res.data.limit} offset={offset} next={res.data.next}
        onOffset={(o, next) => navigate('events', own({ offset: o || null, after: o ? next : null }))} />}
    </section>
  );
}
