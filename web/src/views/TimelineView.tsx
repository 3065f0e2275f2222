// Timeline: events per day or week, stacked by quad class, and below them the events dated only
// to a week, month or year, drawn across their whole period (hatched), so no event vanishes for
// lack of a day. Brushing a stretch of time sets the date filter every view shares (in the URL);
// the other filters narrow what is counted.
import { useEffect, useRef } from 'preact/hooks';
import { axisBottom, axisLeft, brushX, max, scaleLinear, scaleUtc, select, stack, utcDay, utcFormat, type D3BrushEvent } from 'd3';
import { api, type CoarseBucket, type Timeline, type TimelineBucket } from '../api.ts';
import { navigate, type Route } from '../router.ts';
import { apiFilters, filtersOf, useDateRange, type DateRange } from '../filters.ts';
import { useAsync } from '../lib/useAsync.ts';
import { useWidth } from '../lib/useWidth.ts';
import { dominantQuad, QUAD_COLOR, QUAD_LABEL, QUADS } from '../lib/quad.ts';
import { plural } from '../lib/format.ts';
import { QuadLegend } from '../components/QuadLegend.tsx';
import { FilterBar } from '../components/FilterBar.tsx';
import { ErrorNote, Loading, NothingIngested } from '../components/states.tsx';

const HEIGHT = 320;
const M = { top: 12, right: 16, bottom: 28, left: 40 };
const iso = (d: Date) => d.toISOString().slice(0, 10);
const day = (s: string) => new Date(`${s}T00:00:00Z`);

export default function TimelineView({ route }: { route: Route }) {
  const asked = route.params.get('grain');
  // The timeline itself is not narrowed by the shared range: it is where the range is chosen.
  // Without an explicit choice, days are shown unless they span more than ~6 months, where
  // single days become hairlines: then the same answer is folded into ISO weeks here.
  const filters = filtersOf(route.params);
  const others = apiFilters(filters, ['from', 'to', 'dates']);
  const okey = JSON.stringify(others);
  const res = useAsync(async (s) => {
    const t = await api.timeline({ grain: asked === 'week' ? 'week' : 'day', ...others }, s);
    return asked === null && spanDays(t) > AUTO_WEEKS_AFTER_DAYS ? foldWeeks(t) : t;
  }, [asked, okey]);
  const grain = res.data?.grain ?? (asked === 'week' ? 'week' : 'day');
  const [range, setRange] = useDateRange();
  const total = res.data?.buckets.reduce((n, b) => n + b.total, 0) ?? 0;
  const coarseTotal = res.data?.coarse?.reduce((n, b) => n + b.total, 0) ?? 0;
  const empty = res.data && res.data.buckets.length === 0 && !(res.data.coarse?.length);

  return (
    <section class="view" data-view="timeline" data-state={res.state}>
      <h1>Timeline</h1>
      <div class="toolbar">
        <div class="segmented" role="group" aria-label="Bars per">
          <button type="button" aria-pressed={grain === 'day'} onClick={() => navigate('timeline', { ...apiFilters(filters), grain: 'day' })}>Days</button>
          <button type="button" aria-pressed={grain === 'week'} onClick={() => navigate('timeline', { ...apiFilters(filters), grain: 'week' })}>Weeks</button>
        </div>
        <QuadLegend />
      </div>
      <FilterBar route={route} />
      {res.state === 'error' && <ErrorNote error={res.error} what="the timeline" />}
      {res.state === 'loading' && !res.data && <Loading what="the timeline" />}
      {empty && <NothingIngested what="dated events" />}
      {res.data && !empty && (
        <>
          <p class="muted" data-total={total} data-coarse={coarseTotal}>{plural(total, 'event')} dated to a day in {plural(res.data.buckets.length, grain)}{asked === null && grain === 'week' && ' (weeks, as the days span more than six months)'}{coarseTotal > 0 && <>; {plural(coarseTotal, 'event')} dated only to a week, month or year, drawn hatched across their period below the bars</>}. Drag across the chart to choose a range; every view then shows only that range.</p>
          <Chart data={res.data} range={range} onRange={setRange} />
          <BucketTable buckets={res.data.buckets} coarse={res.data.coarse ?? []} />
        </>
      )}
    </section>
  );
}

const AUTO_WEEKS_AFTER_DAYS = 183;

function spanDays(t: Timeline): number {
  const b = t.buckets;
  return b.length ? (day(b[b.length - 1]!.start).getTime() - day(b[0]!.start).getTime()) / 86_400_000 : 0;
}

/** ISO week label (2024-W48) and its Monday, for a UTC day. */
function isoWeek(d: Date): { period: string; start: string } {
  const monday = utcDay.offset(d, -((d.getUTCDay() + 6) % 7));
  const thursday = utcDay.offset(monday, 3);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000));
  return { period: `${year}-W${String(week).padStart(2, '0')}`, start: iso(monday) };
}

export function foldWeeks(t: Timeline): Timeline {
  const out = new Map<string, TimelineBucket>();
  for (const b of t.buckets) {
    const w = isoWeek(day(b.start));
    let x = out.get(w.period);
    if (!x) out.set(w.period, (x = { ...w, total: 0, by_quad: { 1: 0, 2: 0, 3: 0, 4: 0 } }));
    x.total += b.total;
    for (const q of QUADS) x.by_quad[String(q) as '1'] += b.by_quad[String(q) as '1'] ?? 0;
  }
  return { grain: 'week', buckets: [...out.values()].sort((a, b) => a.start.localeCompare(b.start)), coarse: t.coarse };
}

const LANE = 14;

/** Coarse periods in lanes that do not overlap (first fit), within the chart's span. */
function lanes(coarse: CoarseBucket[]): { c: CoarseBucket; lane: number }[] {
  const ends: string[] = [];
  return coarse.map((c) => {
    let lane = ends.findIndex((e) => e < c.start);
    if (lane < 0) { lane = ends.length; ends.push(c.end); } else ends[lane] = c.end;
    return { c, lane };
  });
}

function Chart({ data, range, onRange }: { data: Timeline; range: DateRange; onRange: (r: DateRange) => void }) {
  const [wrap, width] = useWidth<HTMLDivElement>();
  const svgRef = useRef<SVGSVGElement>(null);
  const onRangeRef = useRef(onRange);
  onRangeRef.current = onRange;

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg || width === 0) return;
    const step = data.grain === 'week' ? 7 : 1;
    const b = data.buckets;
    const all = data.coarse ?? [];
    // The span of the day-dated events; coarse periods are drawn where they meet it (a year far
    // from every dated day would squash the bars into hairlines: it is listed beside instead).
    let first = b.length ? day(b[0]!.start) : day(all[0]!.start);
    let last = b.length ? utcDay.offset(day(b[b.length - 1]!.start), step) : utcDay.offset(day(all.reduce((m, c) => (c.end > m ? c.end : m), all[0]!.end)), 1);
    if (!b.length) first = day(all.reduce((m, c) => (c.start < m ? c.start : m), all[0]!.start));
    const inSpan = all.filter((c) => day(c.end) >= first && day(c.start) < last);
    const placed = lanes(inSpan);
    const nLanes = placed.reduce((m, p) => Math.max(m, p.lane + 1), 0);
    const H = HEIGHT + (nLanes ? nLanes * LANE + 10 : 0);
    const barsBottom = HEIGHT - M.bottom;
    const x = scaleUtc().domain([first, last]).range([M.left, width - M.right]);
    const y = scaleLinear().domain([0, max(b, (d) => d.total) ?? 1]).nice().range([barsBottom, M.top]);
    const series = stack<TimelineBucket, string>().keys(QUADS.map(String)).value((d, k) => d.by_quad[k as '1'] ?? 0)(b);

    const root = select(svg);
    root.selectAll('*').remove();
    root.attr('viewBox', `0 0 ${width} ${H}`).attr('width', width).attr('height', H);
    const defs = root.append('defs');
    for (const q of QUADS) {
      const p = defs.append('pattern').attr('id', `hatch-${q}`).attr('patternUnits', 'userSpaceOnUse').attr('width', 6).attr('height', 6).attr('patternTransform', 'rotate(45)');
      p.append('rect').attr('width', 6).attr('height', 6).attr('fill', QUAD_COLOR[q]).attr('fill-opacity', 0.18);
      p.append('line').attr('x1', 0).attr('y1', 0).attr('x2', 0).attr('y2', 6).attr('stroke', QUAD_COLOR[q]).attr('stroke-width', 2.5);
    }
    const slot = (d: TimelineBucket) => x(utcDay.offset(day(d.start), step)) - x(day(d.start));
    const barW = (d: TimelineBucket) => Math.max(1, slot(d) * 0.86);
    root.append('g').attr('class', 'bars').selectAll('g').data(series).join('g')
      .attr('fill', (s) => QUAD_COLOR[Number(s.key) as 1])
      .selectAll('rect').data((s) => s.map((p) => ({ p, key: s.key }))).join('rect')
      .attr('x', ({ p }) => x(day(p.data.start)) + slot(p.data) * 0.07)
      .attr('width', ({ p }) => barW(p.data))
      .attr('y', ({ p }) => y(p[1]))
      .attr('height', ({ p }) => Math.max(0, y(p[0]) - y(p[1])))
      .append('title').text(({ p, key }) => `${p.data.period}: ${p.data.by_quad[key as '1']} ${QUAD_LABEL[Number(key) as 1].toLowerCase()} (${p.data.total} in all)`);
    // Ticks on whole days (never hours: no event has a time of day), as many as fit.
    const days = Math.max(1, utcDay.count(first, last));
    const every = Math.max(1, Math.ceil(days / Math.max(2, Math.floor(width / 90))));
    const ticks = days <= 120 ? utcDay.every(every)!.range(first, utcDay.offset(last, 1)) : x.ticks(Math.max(2, Math.floor(width / 90)));
    root.append('g').attr('transform', `translate(0,${barsBottom})`)
      .call(axisBottom(x).tickValues(ticks).tickFormat((d) => utcFormat(days > 400 ? '%b %Y' : '%b %d')(d as Date)));
    root.append('g').attr('transform', `translate(${M.left},0)`).call(axisLeft(y).ticks(5));

    // Coarse-dated events: one hatched band per period, across the days it covers.
    const top = HEIGHT + 4;
    const cg = root.append('g').attr('class', 'coarse-lanes');
    cg.selectAll('rect').data(placed).join('rect')
      .attr('class', ({ c }) => `coarse coarse-${c.precision}`)
      .attr('data-period', ({ c }) => c.period)
      .attr('data-precision', ({ c }) => c.precision)
      .attr('data-total', ({ c }) => c.total)
      .attr('x', ({ c }) => Math.max(M.left, x(day(c.start))))
      .attr('width', ({ c }) => Math.max(3, Math.min(width - M.right, x(utcDay.offset(day(c.end), 1))) - Math.max(M.left, x(day(c.start)))))
      .attr('y', ({ lane }) => top + lane * LANE)
      .attr('height', LANE - 3)
      .attr('rx', 2)
      .attr('fill', ({ c }) => `url(#hatch-${dominantQuad(c.by_quad)})`)
      .attr('stroke', ({ c }) => QUAD_COLOR[dominantQuad(c.by_quad)])
      .attr('stroke-dasharray', '3 2')
      .append('title').text(({ c }) => `${c.period} (dated to a ${c.precision}, ${c.start} – ${c.end}): ${plural(c.total, 'event')}`);
    if (nLanes) root.append('text').attr('x', M.left - 4).attr('y', top + LANE - 4).attr('text-anchor', 'end').attr('class', 'lane-label').text('≈');

    // Brush: snapped to whole buckets, written to the shared range on release.
    const brush = brushX().extent([[M.left, M.top], [width - M.right, barsBottom]])
      .on('end', (ev: D3BrushEvent<unknown>) => {
        if (!ev.sourceEvent) return; // programmatic move below
        if (!ev.selection) { onRangeRef.current({ from: '', to: '' }); return; }
        const [a, z] = (ev.selection as [number, number]).map((px) => x.invert(px));
        onRangeRef.current({ from: iso(utcDay.floor(a!)), to: iso(utcDay.offset(utcDay.ceil(z!), -1)) });
      });
    const g = root.append('g').attr('class', 'brush').call(brush);
    if (range.from || range.to) {
      const a = range.from ? day(range.from) : first;
      const z = range.to ? utcDay.offset(day(range.to), 1) : last;
      const px: [number, number] = [Math.max(M.left, x(a)), Math.min(width - M.right, x(z))];
      if (px[1] > px[0]) g.call(brush.move, px);
    }
  }, [data, width, range.from, range.to]);

  const outside = (data.coarse ?? []).filter((c) => {
    const b = data.buckets;
    if (!b.length) return false;
    return c.end < b[0]!.start || c.start > b[b.length - 1]!.start;
  });
  return (
    <>
      <div class="chart" ref={wrap}><svg ref={svgRef} role="img" aria-label="Stacked bars of events by quad class over time, and hatched bands for events dated only to a week, month or year; the table below has the same numbers." /></div>
      {outside.length > 0 && <p class="muted coarse-outside">Also dated only to a period outside this span: {outside.map((c) => <span key={c.period} class="tag" data-period={c.period}>{c.period} ({c.total})</span>)}</p>}
    </>
  );
}

function BucketTable({ buckets, coarse }: { buckets: TimelineBucket[]; coarse: CoarseBucket[] }) {
  return (
    <details class="bucket-table">
      <summary>The numbers</summary>
      <div class="table-wrap">
        <table>
          <thead><tr><th scope="col">Period</th>{QUADS.map((q) => <th scope="col" class="num" key={q}>{QUAD_LABEL[q]}</th>)}<th scope="col" class="num">Total</th></tr></thead>
          <tbody>
            {buckets.map((b) => <tr key={b.period}><td>{b.period}</td>{QUADS.map((q) => <td class="num" key={q}>{b.by_quad[String(q) as '1']}</td>)}<td class="num">{b.total}</td></tr>)}
            {coarse.map((b) => <tr key={b.period} class="coarse-row"><td>{b.period} <span class="tag">{b.precision}</span></td>{QUADS.map((q) => <td class="num" key={q}>{b.by_quad[String(q) as '1']}</td>)}<td class="num">{b.total}</td></tr>)}
          </tbody>
        </table>
      </div>
    </details>
  );
}
