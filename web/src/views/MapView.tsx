// Map: where events happen. An offline world (world-atlas 1:110m, bundled) with one circle per
// place, its area proportional to the number of events there, coloured by the dominant quad class.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { geoGraticule10, geoNaturalEarth1, geoPath, select, zoom, type ZoomTransform } from 'd3';
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json';
import { api, type EventItem, type Params } from '../api.ts';
import { anyFilter, apiFilters, filtersOf } from '../filters.ts';
import { useAsync } from '../lib/useAsync.ts';
import { useWidth } from '../lib/useWidth.ts';
import { dominantQuad, QUAD_COLOR } from '../lib/quad.ts';
import { plural } from '../lib/format.ts';
import { MAP_EVENTS } from '../lib/limits.ts';
import { QuadLegend } from '../components/QuadLegend.tsx';
import { FilterBar } from '../components/FilterBar.tsx';
import { EventList } from '../components/EventList.tsx';
import { Empty, ErrorNote, Loading, NothingIngested } from '../components/states.tsx';
import type { Route } from '../router.ts';

interface PlaceAgg { key: string; name: string; country: string | null; lat: number; lon: number; events: EventItem[]; by_quad: Record<string, number> }

const topo = atlas as unknown as Topology<{ countries: GeometryCollection }>;
const LAND = feature(topo, topo.objects.countries);
const BORDERS = mesh(topo, topo.objects.countries, (a, b) => a !== b);

// The map draws the most recent events of the current filter: enough to see where things happen
// without shipping the whole table to the browser (the page says how many it shows).
function loadEvents(filters: Params, signal: AbortSignal) {
  return api.events({ ...filters, limit: MAP_EVENTS, offset: 0 }, signal);
}

export function aggregatePlaces(events: EventItem[]): PlaceAgg[] {
  const by = new Map<string, PlaceAgg>();
  for (const e of events) {
    const p = e.place;
    if (!p || p.lat === null || p.lon === null) continue;
    const key = `${p.lat.toFixed(3)},${p.lon.toFixed(3)}`;
    let a = by.get(key);
    if (!a) by.set(key, (a = { key, name: p.name, country: p.country, lat: p.lat, lon: p.lon, events: [], by_quad: {} }));
    a.events.push(e);
    a.by_quad[e.quad_class] = (a.by_quad[e.quad_class] ?? 0) + 1;
  }
  return [...by.values()].sort((a, b) => b.events.length - a.events.length);
}

export default function MapView({ route }: { route: Route }) {
  const filters = filtersOf(route.params);
  const res = useAsync((s) => loadEvents(apiFilters(filters), s), [JSON.stringify(filters)]);
  const places = useMemo(() => aggregatePlaces(res.data?.items ?? []), [res.data]);
  const [sel, setSel] = useState<string | null>(null);
  const selected = places.find((p) => p.key === sel) ?? null;
  const placed = places.reduce((n, p) => n + p.events.length, 0);

  return (
    <section class="view" data-view="map" data-state={res.state}>
      <h1>Map</h1>
      <div class="toolbar"><QuadLegend /></div>
      <FilterBar route={route} />
      {res.state === 'error' && <ErrorNote error={res.error} what="events for the map" />}
      {res.state === 'loading' && !res.data && <Loading what="the map" />}
      {res.data && res.data.total === 0 && (anyFilter(filters)
        ? <Empty><p>No events match these filters. Clear them to see every place.</p></Empty>
        : <NothingIngested what="events" />)}
      {res.data && res.data.total > 0 && (
        <>
          <p class="muted" data-total={res.data.total}>
            {plural(places.length, 'place')} from {plural(placed, 'event')} with a known place
            {res.data.items.length < res.data.total && <> (the {res.data.items.length.toLocaleString('en-US')} most recent of {res.data.total.toLocaleString('en-US')} events)</>}.
            Scroll or pinch to zoom, drag to pan.
          </p>
          <div class="map-grid">
            <WorldMap places={places} selected={sel} onSelect={setSel} />
            <div class="map-side">
              {selected
                ? <div aria-live="polite"><h2>{selected.name}{selected.country && <span class="muted"> · {selected.country}</span>}</h2><EventList events={selected.events} /></div>
                : places.length === 0
                  ? <p class="muted">None of these events has a place with coordinates yet.</p>
                  : <p class="muted">Click a circle (or a place below) to list its events.</p>}
              <ul class="side-list places">
                {places.slice(0, 50).map((p) => (
                  <li key={p.key}>
                    <button type="button" class={`edge-btn${p.key === sel ? ' on' : ''}`} aria-pressed={p.key === sel} onClick={() => setSel(p.key)}>
                      <span class="quad-dot" style={{ background: QUAD_COLOR[dominantQuad(p.by_quad)] }} aria-hidden="true" />{p.name} <span class="n">{p.events.length}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          </div>
        </>
      )}
    </section>
  );
}

function WorldMap({ places, selected, onSelect }: { places: PlaceAgg[]; selected: string | null; onSelect: (k: string) => void }) {
  const [wrap, width] = useWidth<HTMLDivElement>();
  const svgRef = useRef<SVGSVGElement>(null);
  const t = useRef<ZoomTransform | null>(null);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg || width === 0) return;
    const height = Math.round(width * 0.52);
    const proj = geoNaturalEarth1().fitExtent([[4, 4], [width - 4, height - 4]], { type: 'Sphere' });
    const path = geoPath(proj);
    const maxN = Math.max(1, ...places.map((p) => p.events.length));
    // Area ∝ count; a floor on the scale keeps single events small when every place has few.
    const radius = (n: number) => 3 + 17 * Math.sqrt(n / Math.max(16, maxN));

    const root = select(svg);
    root.selectAll('*').remove();
    root.attr('viewBox', `0 0 ${width} ${height}`).attr('width', width).attr('height', height);
    const g = root.append('g');
    g.append('path').attr('class', 'sphere').attr('d', path({ type: 'Sphere' }) ?? '');
    g.append('path').datum(geoGraticule10()).attr('class', 'graticule').attr('d', path);
    g.append('path').datum(LAND).attr('class', 'land').attr('d', path);
    g.append('path').datum(BORDERS).attr('class', 'borders').attr('d', path);
    const dots = g.append('g').selectAll('circle').data([...places].reverse()).join('circle')
      .attr('class', (p) => `place${p.key === selected ? ' on' : ''}`)
      .attr('data-place', (p) => p.key)
      .attr('cx', (p) => proj([p.lon, p.lat])?.[0] ?? -99)
      .attr('cy', (p) => proj([p.lon, p.lat])?.[1] ?? -99)
      .attr('r', (p) => radius(p.events.length))
      .attr('fill', (p) => QUAD_COLOR[dominantQuad(p.by_quad)])
      .on('click', (_, p) => onSelectRef.current(p.key));
    dots.append('title').text((p) => `${p.name}: ${plural(p.events.length, 'event')}`);

    const z = zoom<SVGSVGElement, unknown>().scaleExtent([1, 12]).translateExtent([[0, 0], [width, height]])
      .on('zoom', (ev) => {
        t.current = ev.transform;
        g.attr('transform', ev.transform.toString());
        // Keep circles and borders readable at every zoom level.
        dots.attr('r', (p) => radius(p.events.length) / Math.sqrt(ev.transform.k));
        g.selectAll('.borders, .land').attr('stroke-width', 0.6 / ev.transform.k);
      });
    root.call(z);
    if (t.current) root.call(z.transform, t.current);
  }, [places, width, selected]);

  return <div class="map" ref={wrap}><svg ref={svgRef} role="img" aria-label="World map of event places; the list beside it has the same places." /></div>;
}
