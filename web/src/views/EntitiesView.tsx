// Entities: find a person, organisation or place by name, type or country.
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api.ts';
import { href, navigate, pick, type Route } from '../router.ts';
import { useAsync } from '../lib/useAsync.ts';
import { plural } from '../lib/format.ts';
import { Pager } from '../components/Pager.tsx';
import { FilterBar } from '../components/FilterBar.tsx';
import { anyFilter, apiFilters, filtersOf } from '../filters.ts';
import { Empty, ErrorNote, Loading, NothingIngested } from '../components/states.tsx';

const TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'NORP', 'EVENT', 'LAW', 'PRODUCT', 'WORK'];
const LIMIT = 50;

export default function EntitiesView({ route }: { route: Route }) {
  const f = pick(route.params, ['q', 'type', 'country']);
  const offset = Number(route.params.get('offset') ?? 0) || 0;
  const [draft, setDraft] = useState(f);
  const key = JSON.stringify(f);
  useEffect(() => setDraft(f), [key]);
  // The event filters narrow the list to entities that act or are acted on in matching events.
  const ev = filtersOf(route.params);
  const evKey = JSON.stringify(ev);
  const res = useAsync((s) => api.entities({ ...f, ...apiFilters(ev), limit: LIMIT, offset }, s), [key, evKey, offset]);
  const filtered = Boolean(f.q || f.type || f.country) || anyFilter(ev);
  const set = (k: string) => (e: Event) => setDraft({ ...draft, [k]: (e.target as HTMLInputElement).value.trim() });

  return (
    <section class="view" data-view="entities" data-state={res.state}>
      <h1>Entities</h1>
      <form class="toolbar" role="search" onSubmit={(e) => { e.preventDefault(); navigate('entities', { ...apiFilters(ev), ...draft, country: (draft.country ?? "").toUpperCase() }); }}>
        <label class="grow"><span class="sr-only">Name</span><input type="search" name="q" value={draft.q} onInput={set('q')} placeholder="Name contains…" /></label>
        <label>Type
          <select name="type" value={draft.type} onChange={set('type')}>
            <option value="">any</option>
            {TYPES.map((t) => <option key={t} value={t}>{t}</option>)}
          </select>
        </label>
        <label>Country<input name="country" value={draft.country} onInput={set('country')} placeholder="IRN" size={5} /></label>
        <button type="submit">Find</button>
      </form>
      <details class="event-filters" open={anyFilter(ev)}>
        <summary>Only entities in events that match{anyFilter(ev) ? ' (filtered)' : ''}</summary>
        <FilterBar route={route} />
      </details>
      {res.state === 'error' && <ErrorNote error={res.error} what="entities" />}
      {res.state === 'loading' && !res.data && <Loading what="entities" />}
      {res.data && res.data.total === 0 && (filtered
        ? <Empty><p>No entity matches. <a href={href('entities')}>Show all entities</a>.</p></Empty>
        : <NothingIngested what="entities" />)}
      {res.data && res.data.total > 0 && (
        <>
          <p class="muted" data-total={res.data.total}>{plural(res.data.total, 'entity', 'entities')}{anyFilter(ev) ? ' in matching events' : ''}, most written-about first</p>
          <div class="table-wrap">
            <table>
              <thead><tr><th scope="col">Name</th><th scope="col">Type</th><th scope="col">Country</th><th scope="col">Actor code</th><th scope="col" class="num">Articles</th><th scope="col" class="num">Mentions</th></tr></thead>
              <tbody>
                {res.data.items.map((e) => (
                  <tr key={e.id}>
                    <td><a href={href(`entities/${e.id}`)}><span class={`swatch t-${e.type}`} aria-hidden="true" />{e.name}</a></td>
                    <td>{e.type}</td><td>{e.country ?? '—'}</td><td>{e.actor_code ?? '—'}</td>
                    <td class="num">{e.articles}</td><td class="num">{e.mentions}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager total={res.data.total} limit={res.data.limit} offset={res.data.offset} onOffset={(o) => navigate('entities', { ...apiFilters(ev), ...f, offset: o || null })} />
        </>
      )}
    </section>
  );
}
