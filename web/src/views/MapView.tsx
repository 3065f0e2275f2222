// Map: where events happen. An offline world (world-atlas 1:110m, bundled) with every located event
// of the current filter (counted by place on the server: /api/places), places close together on
// screen drawn as one cluster whose area grows with its events and whose colour is its dominant
// quad class; zooming in splits clusters into their places. Clicking a place lists its events.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { geoGraticule10, geoNaturalEarth1, geoPath, select, zoom, zoomIdentity, type ZoomTransform } from 'd3';
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json';
import { api, type Params, type PlaceCount, type QuadCounts } from '../api.ts';
import { anyFilter, apiFilters, filtersOf } from '../filters.ts';
import { useAsync } from '../lib/useAsync.ts';
import { useWidth } from '../lib/useWidth.ts';
import { dominantQuad, QUAD_COLOR } from '../lib/quad.ts';
import { plural } from '../lib/format.ts';
import { MAP_PLACES } from '../lib/limits.ts';
import { QuadLegend } from '../components/QuadLegend.tsx';
import { FilterBar } from '../components/FilterBar.tsx';
import { EventList } from '../components/EventList.tsx';
import { Empty, ErrorNote, Loading, NothingIngested } from '../components/states.tsx';
import type { Route } from '../router.ts';

interface PlaceAgg { key: string; name: string; country: string | null; lat: number; lon: number; total: number; by_quad: QuadCounts }
/** Places drawn as one circle at the current zoom. */
export interface Cluster { key: string; x: number; y: number; total: number; by_quad: QuadCounts; places: PlaceAgg[] }

const topo = atlas as unknown as Topology<{ countries: GeometryCollection }>;
const LAND = feature(topo, topo.objects.countries);
const BORDERS = mesh(topo, topo.objects.countries, (a, b) => a !== b);
/** Places closer than this on screen (pixels) are drawn as one cluster. */
const CLUSTER_PX = 22;

export function toPlaces(list: PlaceCount[]): PlaceAgg[] {
  return list.map((p) => ({ ...p, key: `${p.lat.toFixed(3)},${p.lon.toFixed(3)}` })).sort((a, b) => b.total - a.total);
}

/**
 * Greedy screen-space clustering: the busiest place opens a cluster, every place within `radius`
 * pixels of a cluster's centre joins it (the centre stays on the busiest place). Linear in the
 * places times the clusters near them, through a grid of cells of the radius' size.
 */
export function clusterPlaces(places: PlaceAgg[], xy: (p: PlaceAgg) => [number, number] | null, radius: number): Cluster[] {
  const out: Cluster[] = [];
  const grid = new Map<string, Cluster[]>();
  const cell = (x: number, y: number) => `${Math.floor(x / radius)},${Math.floor(y / radius)}`;
  for (const p of places) {
    const at = xy(p);
    if (!at) continue;
    const [x, y] = at;
    let joined: Cluster | null = null;
    const cx = Math.floor(x / radius), cy = Math.floor(y / radius);
    for (let i = -1; i <= 1 && !joined; i++) for (let j = -1; j <= 1 && !joined; j++) {
      for (const c of grid.get(`${cx + i},${cy + j}`) ?? []) if ((c.x - x) ** 2 + (c.y - y) ** 2 <= radius ** 2) { joined = c; break; }
    }
    if (joined) {
      joined.places.push(p);
      joined.total += p.total;
      for (const q of ['1', '2', '3', '4'] as const) joined.by_quad[q] += p.by_quad[q] ?? 0;
    } else {
      const c: Cluster = { key: p.key, x, y, total: p.total, by_quad: { ...p.by_quad }, places: [p] };
      out.push(c);
      const k = cell(x, y);
      const l = grid.get(k);
      if (l) l.push(c); else grid.set(k, [c]);
    }
  }
  return out;
}

export default function MapView({ route }: { route: Route }) {
  const filters = filtersOf(route.params);
  const res = useAsync((s) => api.places({ ...apiFilters(filters), limit: MAP_PLACES }, s), [JSON.stringify(filters)]);
  const places = useMemo(() => toPlaces(res.data?.places ?? []), [res.data]);
  const [sel, setSel] = useState<string | null>(null);
  const selected = places.find((p) => p.key === sel) ?? null;
  const placed = res.data?.located ?? 0;

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
            {placed < res.data.total && <> ({(res.data.total - placed).toLocaleString('en-US')} of {res.data.total.toLocaleString('en-US')} events have none)</>}.
            Nearby places are grouped at low zoom: scroll or pinch to zoom, drag to pan, click a group to zoom into it.
          </p>
          <div class="map-grid">
            <WorldMap places={places} selected={sel} onSelect={setSel} />
            <div class="map-side">
              {selected
                ? <div aria-live="polite"><h2>{selected.name}{selected.country && <span class="muted"> · {selected.country}</span>}</h2><PlaceEvents place={selected} filters={apiFilters(filters)} /></div>
                : places.length === 0
                  ? <p class="muted">None of these events has a place with coordinates yet.</p>
                  : <p class="muted">Click a circle (or a place below) to list its events.</p>}
              <ul class="side-list places">
                {places.slice(0, 50).map((p) => (
                  <li key={p.key}>
                    <button type="button" class={`edge-btn${p.key === sel ? ' on' : ''}`} aria-pressed={p.key === sel} onClick={() => setSel(p.key)}>
                      <span class="quad-dot" style={{ background: QUAD_COLOR[dominantQuad(p.by_quad)] }} aria-hidden="true" />{p.name} <span class="n">{p.total}</span>
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

/** The events of one place (by its name, within the current filters; the busiest 50). */
function PlaceEvents({ place, filters }: { place: PlaceAgg; filters: Params }) {
  const res = useAsync((s) => api.events({ ...filters, place: place.name, limit: 50, offset: 0 }, s), [place.key, JSON.stringify(filters)]);
  if (res.state === 'error') return <ErrorNote error={res.error} what={`events at ${place.name}`} />;
  if (!res.data) return <Loading what={`events at ${place.name}`} />;
  const here = res.data.items.filter((e) => e.place && e.place.lat !== null && Math.abs(e.place.lat - place.lat) < 0.002 && Math.abs((e.place.lon ?? 0) - place.lon) < 0.002);
  return <EventList events={here.length ? here : res.data.items} />;
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
    const maxN = Math.max(1, ...places.map((p) => p.total));
    // Area ∝ count; a floor on the scale keeps single events small when every place has few.
    const radius = (n: number) => 3 + 17 * Math.sqrt(Math.min(1, n / Math.max(16, maxN)));
    const xy = new Map(places.map((p) => [p.key, proj([p.lon, p.lat]) as [number, number] | null]));

    const root = select(svg);
    root.selectAll('*').remove();
    root.attr('viewBox', `0 0 ${width} ${height}`).attr('width', width).attr('height', height);
    const g = root.append('g');
    g.append('path').attr('class', 'sphere').attr('d', path({ type: 'Sphere' }) ?? '');
    g.append('path').datum(geoGraticule10()).attr('class', 'graticule').attr('d', path);
    g.append('path').datum(LAND).attr('class', 'land').attr('d', path);
    g.append('path').datum(BORDERS).attr('class', 'borders').attr('d', path);
    const layer = g.append('g');

    // Clusters are recomputed when the zoom level changes: the same pixel radius on screen.
    let drawnK = -1;
    const draw = (k: number) => {
      if (k === drawnK) return;
      drawnK = k;
      const clusters = clusterPlaces(places, (p) => xy.get(p.key) ?? null, CLUSTER_PX / k);
      const dots = layer.selectAll<SVGCircleElement, Cluster>('circle').data([...clusters].reverse(), (c) => c.key).join('circle')
        .attr('class', (c) => `${c.places.length > 1 ? 'place cluster' : 'place'}${c.places.some((p) => p.key === selected) ? ' on' : ''}`)
        .attr('data-place', (c) => c.key)
        .attr('data-places', (c) => c.places.length)
        .attr('cx', (c) => c.x)
        .attr('cy', (c) => c.y)
        .attr('r', (c) => radius(c.total) / Math.sqrt(k))
        .attr('fill', (c) => QUAD_COLOR[dominantQuad(c.by_quad)])
        .on('click', (ev: MouseEvent, c) => {
          if (c.places.length === 1) { onSelectRef.current(c.places[0]!.key); return; }
          // A group: zoom in on it until it splits.
          ev.stopPropagation();
          const cur = t.current ?? zoomIdentity;
          const nk = Math.min(64, cur.k * 3);
          root.transition().duration(300).call(z.transform, zoomIdentity.translate(width / 2 - c.x * nk, height / 2 - c.y * nk).scale(nk));
        });
      dots.selectAll('title').remove();
      dots.append('title').text((c) => c.places.length > 1
        ? `${plural(c.places.length, 'place')} (${c.places.slice(0, 3).map((p) => p.name).join(', ')}${c.places.length > 3 ? ', …' : ''}): ${plural(c.total, 'event')}`
        : `${c.places[0]!.name}: ${plural(c.total, 'event')}`);
    };

    const z = zoom<SVGSVGElement, unknown>().scaleExtent([1, 64]).translateExtent([[0, 0], [width, height]])
      .on('zoom', (ev) => {
        t.current = ev.transform;
        g.attr('transform', ev.transform.toString());
        // Regroup at each doubling of the zoom; keep borders readable at every level.
        draw(2 ** Math.floor(Math.log2(ev.transform.k)));
        layer.selectAll<SVGCircleElement, Cluster>('circle').attr('r', (c) => radius(c.total) / Math.sqrt(ev.transform.k));
        g.selectAll('.borders, .land').attr('stroke-width', 0.6 / ev.transform.k);
      });
    root.call(z);
    draw(1);
    if (t.current) root.call(z.transform, t.current);
  }, [places, width, selected]);

  return <div class="map" ref={wrap}><svg ref={svgRef} role="img" aria-label="World map of event places, grouped when close; the list beside it has the same places." /></div>;
}
