// Entity profile: who or what this is, and everything the corpus says about it.
import { api, type EntityProfile } from '../api.ts';
import { href, type Route } from '../router.ts';
import { useAsync } from '../lib/useAsync.ts';
import { plural } from '../lib/format.ts';
import { EventList } from '../components/EventList.tsx';
import { ErrorNote, Loading } from '../components/states.tsx';

export default function EntityView({ id }: { id: string; route: Route }) {
  const res = useAsync((s) => api.entity(id, s), [id]);
  return (
    <section class="view" data-view="entity" data-state={res.state}>
      <p class="crumbs"><a href={href('entities')}>← Entities</a></p>
      {res.state === 'error' && <ErrorNote error={res.error} what="this entity" />}
      {res.state === 'loading' && !res.data && <Loading what="the profile" />}
      {res.data && <Profile p={res.data} />}
    </section>
  );
}

function Profile({ p }: { p: EntityProfile }) {
  const e = p.entity;
  // Mentions grouped by article so the list reads as "where is this entity talked about".
  const byArticle = new Map<string, { title: string; published: string | null; texts: string[] }>();
  for (const m of p.mentions) {
    let a = byArticle.get(m.article_id);
    if (!a) byArticle.set(m.article_id, (a = { title: m.title, published: m.published, texts: [] }));
    if (!a.texts.includes(m.text)) a.texts.push(m.text);
  }
  return (
    <>
      <header class="profile-head">
        <h1><span class={`swatch t-${e.type}`} aria-hidden="true" />{e.name}</h1>
        <dl class="facts">
          <div><dt>Type</dt><dd>{e.type}</dd></div>
          <div><dt>Country</dt><dd>{e.country ?? '—'}</dd></div>
          <div><dt>Actor code</dt><dd>{e.actor_code ?? '—'}</dd></div>
          {e.geo && <div><dt>Coordinates</dt><dd>{e.geo.lat.toFixed(2)}, {e.geo.lon.toFixed(2)}</dd></div>}
          <div><dt>Seen in</dt><dd>{plural(e.articles, 'article')}, {plural(e.mentions, 'mention')}</dd></div>
        </dl>
        {p.roles.length > 0 && (
          <p class="roles"><span class="muted">Roles seen: </span>{p.roles.map((r, i) => <span key={i} class="tag">{r.role}{r.count > 1 && ` ×${r.count}`}</span>)}</p>
        )}
        <p class="links">
          <a href={href('events', { source: e.id })}>Events as source</a> · <a href={href('events', { target: e.id })}>Events as target</a>
        </p>
      </header>

      <div class="profile-grid">
        <section>
          <h2>Events <span class="count">{p.events.length}</span></h2>
          <EventList events={p.events} empty="Not an actor in any coded event." />
        </section>
        <section>
          <h2>Quotes <span class="count">{p.quotes.length}</span></h2>
          {p.quotes.length === 0 && <p class="muted">No quotations attributed to {e.name}.</p>}
          <ul class="quotes">
            {p.quotes.map((q) => (
              <li key={String(q.id)}>
                <blockquote>{q.text}</blockquote>
                <div class="meta"><span class="tag">{q.kind}</span> in <a href={href(`articles/${q.article_id}`)}>{q.article_title}</a>{q.published && <span class="muted"> · {q.published}</span>}</div>
              </li>
            ))}
          </ul>
        </section>
        <section>
          <h2>Mentioned in <span class="count">{byArticle.size}</span></h2>
          <ul class="mentions">
            {[...byArticle].map(([aid, a]) => (
              <li key={aid}>
                <a href={href(`articles/${aid}`)}>{a.title}</a>{a.published && <span class="muted"> · {a.published}</span>}
                <div class="muted">as {a.texts.map((t) => `“${t}”`).join(', ')}</div>
              </li>
            ))}
          </ul>
        </section>
        <section>
          <h2>Appears with <span class="count">{p.cooccurring.length}</span></h2>
          {p.cooccurring.length === 0 && <p class="muted">No other entity shares an article with {e.name}.</p>}
          <ul class="chips">
            {p.cooccurring.map((c) => (
              <li key={c.id}><a class={`chip t-${c.type}`} href={href(`entities/${c.id}`)} title={[c.type, c.country].filter(Boolean).join(' · ')}>{c.name}<span class="n">{c.articles}</span></a></li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
