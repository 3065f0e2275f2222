// App shell: navigation, the shared date filter, database status, and the view for the route.
// Heavy views (Cytoscape, d3, the world atlas) load on first visit so the first page stays light.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { MAP_PLACES } from './lib/limits.ts';
import { api, type Health } from './api.ts';
import { href, useRoute, type Route } from './router.ts';
import { apiFilters, filtersOf, useDateRange } from './filters.ts';
import ArticlesView from './views/ArticlesView.tsx';
import ArticleReader from './views/ArticleReader.tsx';
import EventsView from './views/EventsView.tsx';
import EntitiesView from './views/EntitiesView.tsx';
import EntityView from './views/EntityView.tsx';
import { ErrorNote, Loading } from './components/states.tsx';

type ViewProps = { route: Route };
const lazyViews = {
  network: () => import('./views/NetworkView.tsx'),
  timeline: () => import('./views/TimelineView.tsx'),
  map: () => import('./views/MapView.tsx'),
} as const;

// Ask for a heavy view's data while its code loads (same requests as the view makes; api.ts shares them).
function preload(name: keyof typeof lazyViews, route: Route): void {
  const f = filtersOf(route.params);
  const swallow = () => { /* the view reports errors itself */ };
  const links = [50, 100, 200, 400].includes(Number(route.params.get('links'))) ? Number(route.params.get('links')) : 100;
  if (name === 'network') api.graph({ mode: route.params.get('mode') === 'entity' ? 'entity' : 'country', ...apiFilters(f), limit: links }).catch(swallow);
  else if (name === 'timeline') api.timeline({ grain: route.params.get('grain') === 'week' ? 'week' : 'day', ...apiFilters(f, ['from', 'to', 'dates']) }).catch(swallow);
  else if (name === 'map') api.places({ ...apiFilters(f), limit: MAP_PLACES }).catch(swallow);
}

function Lazy({ name, route }: { name: keyof typeof lazyViews; route: Route }) {
  const [mod, setMod] = useState<{ name: string; C: ComponentType<ViewProps> } | { name: string; error: Error } | null>(null);
  useEffect(() => {
    let live = true;
    preload(name, route);
    lazyViews[name]().then(
      (m) => { if (live) setMod({ name, C: m.default as ComponentType<ViewProps> }); },
      (e: unknown) => { if (live) setMod({ name, error: e instanceof Error ? e : new Error(String(e)) }); },
    );
    return () => { live = false; };
  }, [name]);
  if (!mod || mod.name !== name) return <Loading what={`the ${name} view`} />;
  if ('error' in mod) return <ErrorNote error={mod.error} what={`the ${name} view`} />;
  return <mod.C route={route} />;
}

const NAV = [
  ['articles', 'Articles'],
  ['events', 'Events'],
  ['network', 'Network'],
  ['timeline', 'Timeline'],
  ['map', 'Map'],
  ['entities', 'Entities'],
] as const;

function View({ route }: { route: Route }) {
  const [head, id] = route.path;
  switch (head) {
    case undefined:
    case 'articles': return id ? <ArticleReader id={id} route={route} /> : <ArticlesView route={route} />;
    case 'events': return <EventsView route={route} />;
    case 'entities': return id ? <EntityView id={id} route={route} /> : <EntitiesView route={route} />;
    case 'network': case 'timeline': case 'map': return <Lazy name={head} route={route} />;
    default: return <section class="view" data-view="notfound" data-state="ready"><h1>Not found</h1><p>There is no page “{head}”. <a href={href('articles')}>Go to the articles</a>.</p></section>;
  }
}

export function App() {
  const route = useRoute();
  const [range, setRange] = useDateRange();
  const [health, setHealth] = useState<Health | null>(null);
  useEffect(() => { api.health().then(setHealth, () => setHealth(null)); }, []);
  const current = route.path[0] ?? 'articles';
  // The filters travel with the navigation: the next view shows the same slice of events.
  const shared = apiFilters(filtersOf(route.params));
  useEffect(() => {
    const label = NAV.find(([k]) => k === current)?.[1] ?? 'Not found';
    const one: Record<string, string> = { articles: 'Article', entities: 'Entity profile' };
    document.title = `${route.path[1] ? one[current] ?? label : label} · newsgraph`;
  }, [route]);

  return (
    <>
      <a class="skip" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>Skip to content</a>
      <header class="top">
        <a class="brand" href={href('articles')}>newsgraph</a>
        <nav aria-label="Views">
          <ul>
            {NAV.map(([k, label]) => (
              <li key={k}><a href={href(k, k === 'articles' ? { from: shared.from, to: shared.to } : shared)} aria-current={current === k ? 'page' : undefined}>{label}</a></li>
            ))}
          </ul>
        </nav>
        <div class="status">
          {(range.from || range.to) && (
            <span class="range-chip" title="Set on the timeline or in any view's date fields">
              {range.from || '…'} – {range.to || '…'}
              <button type="button" aria-label="Clear the date filter" onClick={() => setRange({ from: '', to: '' })}>×</button>
            </span>
          )}
          {health && <span class="muted" title={`Database engine: ${health.engine}`}>{health.articles.toLocaleString('en-US')} articles · {health.events.toLocaleString('en-US')} events</span>}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <View route={route} />
      </main>
    </>
  );
}
