// Articles: full-text search and date filters over everything ingested.
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api.ts';
import { href, navigate, type Route } from '../router.ts';
import { useDateRange } from '../filters.ts';
import { useAsync } from '../lib/useAsync.ts';
import { DateRangeBar } from '../components/DateRangeBar.tsx';
import { Pager } from '../components/Pager.tsx';
import { Empty, ErrorNote, Loading, NothingIngested } from '../components/states.tsx';
import { plural } from '../lib/format.ts';

const LIMIT = 50;
const SNIPPET_MAX = 240; // the API's snippet length

/** The API cuts snippets at a fixed length: end them on a word, with an ellipsis. */
function snippet(t: string): string {
  if (t.length < SNIPPET_MAX) return t;
  const cut = t.slice(0, t.lastIndexOf(' ') > SNIPPET_MAX * 0.6 ? t.lastIndexOf(' ') : t.length).replace(/[\s,;:.]+$/, '');
  return `${cut}…`;
}

export default function ArticlesView({ route }: { route: Route }) {
  const q = route.params.get('q') ?? '';
  const offset = Number(route.params.get('offset') ?? 0) || 0;
  // A keyset cursor (the previous page's `next`): the page starts after that row; `offset` then
  // only says where the page is, for the pager.
  const after = q ? '' : route.params.get('after') ?? '';
  const [range] = useDateRange();
  const [draft, setDraft] = useState(q);
  useEffect(() => setDraft(q), [q]);

  const res = useAsync((s) => api.articles({ q, from: range.from, to: range.to, limit: LIMIT, ...(after ? { after } : { offset }) }, s),
    [q, range.from, range.to, offset, after]);
  const filtered = Boolean(q || range.from || range.to);

  return (
    <section class="view" data-view="articles" data-state={res.state}>
      <h1>Articles</h1>
      <form class="toolbar" role="search" onSubmit={(e) => { e.preventDefault(); navigate('articles', { q: draft.trim(), from: range.from, to: range.to }); }}>
        <label class="grow">
          <span class="sr-only">Search articles</span>
          <input type="search" name="q" value={draft} placeholder='Search text: words, "a phrase", -exclude'
            onInput={(e) => setDraft((e.target as HTMLInputElement).value)} />
        </label>
        <button type="submit">Search</button>
        <DateRangeBar label="Published" />
      </form>

      {res.state === 'error' && <ErrorNote error={res.error} what="articles" />}
      {res.state === 'loading' && !res.data && <Loading what="articles" />}
      {res.data && (res.data.total === 0
        ? (filtered
          ? <Empty><p>No articles match {q ? <>“{q}”</> : 'these dates'}. Try fewer words, or <a href={href('articles')} onClick={() => navigate('articles')}>clear the search</a>{(range.from || range.to) && ' and the dates'}.</p></Empty>
          : <NothingIngested what="articles" />)
        : (
          <>
            <p class="muted" aria-live="polite">{plural(res.data.total, 'article')}{q && <> matching “{q}”</>}</p>
            <ol class="articles" start={offset + 1}>
              {res.data.items.map((a) => (
                <li key={a.id} class="article-item">
                  <a class="article-title" href={href(`articles/${a.id}`)}>{a.title || '(untitled)'}</a>
                  <div class="meta">
                    <span>{a.published ?? 'date unknown'}</span>
                    {a.counts && <span> · {plural(a.counts.entities, 'entity', 'entities')} · {plural(a.counts.events, 'event')} · {plural(a.counts.quotes, 'quote')}</span>}
                    {(a.duplicates ?? 0) > 0 && <span class="tag" title="Near-duplicate reprints of the same story">+{a.duplicates} reprint{a.duplicates === 1 ? '' : 's'}</span>}
                  </div>
                  <p class="snippet">{snippet(a.snippet)}</p>
                </li>
              ))}
            </ol>
            <Pager total={res.data.total} limit={res.data.limit} offset={offset} next={res.data.next}
              onOffset={(o, next) => navigate('articles', { q, from: range.from, to: range.to, offset: o || null, after: o ? next : null })} />
          </>
        ))}
    </section>
  );
}
