// Issue 20 in a real Chromium against a real `newsgraph serve`: every view (events, network,
// timeline, map, entities) honours every filter given in its URL, a copied URL reproduces the view
// in a new browser context, and events dated only to a week, month or year appear on the timeline.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, preflight, shot, startServer, viewReady, watch } from './harness.mjs';

const VIEWS = ['events', 'network', 'timeline', 'map', 'entities'];
// The API call each view's content comes from.
const ENDPOINT = { events: '/api/events', network: '/api/graph', timeline: '/api/timeline', map: '/api/places', entities: '/api/entities' };

describe('filters in every view (Chromium, end to end)', { timeout: 600_000 }, () => {
  let server, browser, context, page, problems;
  const api = async (path) => {
    const r = await fetch(`${server.base}api/${path}`);
    assert.equal(r.status, 200, `GET /api/${path}`);
    return r.json();
  };
  const clean = (step) => assert.deepEqual(problems.splice(0), [], `browser problems during: ${step}`);
  let cases = [];

  before(async () => {
    preflight();
    server = await startServer();
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.route((url) => url.hostname !== '127.0.0.1', (route) => route.abort('blockedbyclient'));
    page = await context.newPage();
    problems = watch(page);

    // Filter values taken from the corpus, so each one selects something.
    const all = (await api('events?limit=500&negated=include')).items;
    assert.ok(all.length > 5, 'the corpus has events');
    const most = (xs) => [...xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map())].sort((a, b) => b[1] - a[1])[0]?.[0];
    const dayEvents = all.filter((e) => e.date_precision === 'day').map((e) => e.date_start).sort();
    const mid = dayEvents[Math.floor(dayEvents.length / 2)];
    const plus = (d, n) => new Date(Date.parse(d + 'T00:00:00Z') + n * 86400000).toISOString().slice(0, 10);
    const role = most(all.flatMap((e) => [e.source.actor_code, e.target?.actor_code]).filter((c) => c && c.length >= 6 && /^[A-Z]{6}/.test(c)).map((c) => c.slice(3, 6)));
    const withPlover = all.find((e) => e.plover);
    cases = [
      { name: 'actor', q: { actor: most(all.map((e) => e.source.country).filter(Boolean)) } },
      { name: 'source and target', q: { source: all.find((e) => e.source.country && e.target?.country)?.source.country, target: all.find((e) => e.source.country && e.target?.country)?.target.country } },
      { name: 'role', q: { role } },
      { name: 'CAMEO code', q: { cameo: all[0].cameo.slice(0, 3) } },
      { name: 'CAMEO root', q: { root: most(all.map((e) => e.root)) } },
      { name: 'PLOVER', q: { plover: withPlover.plover } },
      { name: 'quad class', q: { quad_class: String(most(all.map((e) => e.quad_class))) } },
      { name: 'date range', q: { from: plus(mid, -10), to: plus(mid, 10) } },
      { name: 'date range with coarse dates overlapping', q: { from: plus(mid, -10), to: plus(mid, 10), dates: 'overlap' } },
      { name: 'date precision', q: { precision: 'week,month,year' } },
      { name: 'negated', q: { negated: 'include' } },
      { name: 'hedged', q: { hedged: 'only' } },
    ].filter((c) => Object.values(c.q).every(Boolean));
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Open a view at a URL; return its API requests (query parameters) and the view. */
  async function open(view, q, p = page) {
    const seen = [];
    const on = (r) => { const u = new URL(r.url()); if (u.pathname.startsWith('/api/')) seen.push({ path: u.pathname, params: u.searchParams }); };
    // A fresh document each time: the view must come from the URL alone.
    await p.goto('about:blank');
    p.on('request', on);
    await p.goto(`${server.base}#/${view}?${new URLSearchParams(q)}`);
    const el = await viewReady(p, view);
    p.off('request', on);
    return { seen, el };
  }

  for (const view of VIEWS) {
    test(`${view}: honours each filter given in its URL`, async () => {
      assert.ok(cases.length >= 10, `filter cases: ${cases.map((c) => c.name)}`);
      for (const c of cases) {
        const { seen, el } = await open(view, c.q);
        // The view asked the API with the filter (the timeline shows all dates, with the range brushed).
        const sent = seen.filter((r) => r.path === ENDPOINT[view]);
        assert.ok(sent.length > 0, `${view} / ${c.name}: no ${ENDPOINT[view]} request`);
        const dateKeys = ['from', 'to', 'dates'];
        for (const [k, v] of Object.entries(c.q)) {
          if (view === 'timeline' && dateKeys.includes(k)) continue;
          assert.ok(sent.some((r) => r.params.get(k) === v), `${view} / ${c.name}: ${k}=${v} not sent (${sent.map((r) => r.params.toString()).join(' | ')})`);
        }
        // The filter bar shows the filter.
        for (const [k, v] of Object.entries(c.q)) {
          const field = el.locator(`form[data-filters] [name="${k}"]`);
          if (k === 'dates') assert.equal(await field.isChecked(), v === 'overlap', `${view}: ${k}`);
          else assert.equal(await field.inputValue(), v, `${view} / ${c.name}: the ${k} field`);
        }
        // And what it shows is what the API has for that filter.
        const qs = new URLSearchParams(c.q).toString();
        if (view === 'events' || view === 'map') {
          const total = (await api(`events?${qs}&limit=1`)).total;
          const shown = await el.locator('[data-total]').first().getAttribute('data-total').catch(() => null);
          if (total > 0) assert.equal(Number(shown), total, `${view} / ${c.name}: total shown`);
          else assert.match(await el.innerText(), /No events match these filters/);
          if (view === 'events' && total > 0) {
            const rows = await el.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => ({ ...tr.dataset })));
            for (const r of rows) {
              if (c.q.quad_class) assert.equal(r.quad, c.q.quad_class);
              if (c.q.cameo) assert.ok(r.cameo.startsWith(c.q.cameo));
              if (c.q.root) assert.ok(r.cameo.startsWith(c.q.root));
              if (c.q.plover) assert.equal(r.plover, c.q.plover);
              if (c.q.hedged === 'only') assert.equal(r.hedged, 'true');
              if (c.q.precision) assert.ok(c.q.precision.split(',').includes(r.precision), `precision ${r.precision}`);
              if (c.q.from && !c.q.dates) assert.ok(r.dateStart >= c.q.from && r.dateEnd <= c.q.to, `${r.dateStart}…${r.dateEnd} within the range`);
              if (c.q.from && c.q.dates === 'overlap') assert.ok(r.dateEnd >= c.q.from && r.dateStart <= c.q.to, `${r.dateStart}…${r.dateEnd} overlaps the range`);
              if (c.q.role) assert.ok(r.sourceCode.slice(3, 6) === c.q.role || r.targetCode.slice(3, 6) === c.q.role, `role ${c.q.role}`);
            }
          }
        } else if (view === 'entities') {
          const total = (await api(`entities?${qs}&limit=1`)).total;
          if (total > 0) assert.equal(Number(await el.locator('[data-total]').first().getAttribute('data-total')), total, `entities / ${c.name}`);
        } else if (view === 'network') {
          const g = await api(`graph?${qs}&limit=100`);
          assert.equal(await el.locator('button[data-edge]').count(), Math.min(60, g.edges.length), `network / ${c.name}: links listed`);
        } else if (view === 'timeline') {
          const others = Object.fromEntries(Object.entries(c.q).filter(([k]) => !dateKeys.includes(k)));
          const t = await api(`timeline?grain=day&${new URLSearchParams(others)}`);
          const dayTotal = t.buckets.reduce((n, b) => n + b.total, 0);
          const coarse = t.coarse.reduce((n, b) => n + b.total, 0);
          if (dayTotal + coarse > 0) {
            assert.equal(Number(await el.locator('[data-total]').first().getAttribute('data-total')), dayTotal, `timeline / ${c.name}`);
            assert.equal(Number(await el.locator('[data-coarse]').first().getAttribute('data-coarse')), coarse, `timeline / ${c.name}: coarse`);
          }
          if (c.q.from && dayTotal > 0) {
            const w = await el.locator('.brush .selection').getAttribute('width');
            assert.ok(Number(w) > 0, 'the date range is brushed on the timeline');
          }
        }
        clean(`${view} / ${c.name}`);
      }
      await shot(page, `filters-${view}`);
    });
  }

  test('filters set in the page go to the URL, and the copied URL reproduces the view in a new browser context', async () => {
    const all = (await api('events?limit=500')).items;
    const country = all.find((e) => e.source.country)?.source.country;
    await open('events', {});
    await page.fill('form[data-filters] input[name="actor"]', country.toLowerCase());
    await page.selectOption('form[data-filters] select[name="hedged"]', 'include').catch(() => {});
    await page.check('form[data-filters] input[name="dates"]');
    await page.click('form[data-filters] button:has-text("Apply filters")');
    await page.waitForFunction((c) => location.hash.includes(`actor=${c}`) && location.hash.includes('dates=overlap'), country);
    await viewReady(page, 'events');
    await page.click('th button[data-sort="goldstein"]');
    await page.waitForFunction(() => location.hash.includes('sort=goldstein'));
    let view = await viewReady(page, 'events');
    await page.click('th button[data-sort="goldstein"]');
    await page.waitForFunction(() => location.hash.includes('order=asc'));
    view = await viewReady(page, 'events');
    await page.waitForFunction(() => document.querySelector('[data-view="events"] [data-total]')?.textContent?.includes('ascending'));
    const rows = async (p) => p.locator('[data-view="events"] tbody tr').evaluateAll((trs) => trs.map((tr) => tr.dataset.event));
    const gold = await view.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => Number(tr.dataset.goldstein)));
    assert.deepEqual(gold, [...gold].sort((a, b) => a - b), 'sorted by Goldstein, ascending, on the server');
    const ids = await rows(page);
    assert.ok(ids.length > 0);
    const url = page.url();
    clean('set filters');

    // Another browser context: no storage, no history, only the link.
    const other = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await other.route((u) => u.hostname !== '127.0.0.1', (route) => route.abort('blockedbyclient'));
    const p2 = await other.newPage();
    const problems2 = watch(p2);
    await p2.goto(url);
    await viewReady(p2, 'events');
    assert.deepEqual(await rows(p2), ids, 'the same rows in the same order');
    assert.equal(await p2.inputValue('form[data-filters] input[name="actor"]'), country);
    assert.equal(await p2.isChecked('form[data-filters] input[name="dates"]'), true);
    assert.equal(await p2.getAttribute('th[aria-sort="ascending"] button', 'data-sort'), 'goldstein');
    // The same link's filters follow the navigation to the network and the map.
    await p2.click('nav a:has-text("Network")');
    await viewReady(p2, 'network');
    assert.ok(p2.url().includes(`actor=${country}`), p2.url());
    const g = await api(`graph?actor=${country}&dates=overlap&limit=100`);
    assert.equal(await p2.locator('button[data-edge]').count(), Math.min(60, g.edges.length));
    await shot(p2, 'filters-copied-url');
    assert.deepEqual(problems2, []);
    await other.close();
  });

  test('events dated only to a week, month or year appear on the timeline', async () => {
    const t = await api('timeline?grain=day');
    assert.ok(t.coarse.length > 0, 'the corpus has coarse-dated events (2024-12, 2024-W50, 2023 …)');
    const { el } = await open('timeline', {});
    await page.waitForSelector('.chart svg');
    const drawn = await el.locator('rect.coarse').evaluateAll((rs) => rs.map((r) => r.dataset.period));
    const listed = await el.locator('.coarse-outside [data-period]').evaluateAll((xs) => xs.map((x) => x.dataset.period));
    assert.ok(drawn.length > 0, 'hatched bands are drawn');
    assert.deepEqual([...drawn, ...listed].sort(), t.coarse.map((c) => c.period).sort(), 'every coarse period is drawn or listed');
    const band = el.locator('rect.coarse').first();
    const w = Number(await band.getAttribute('width'));
    const bar = Number(await el.locator('.bars rect').first().getAttribute('width'));
    const prec = await band.getAttribute('data-precision');
    if (prec !== 'week') assert.ok(w > bar, `a ${prec} spans more than a day's bar (${w} vs ${bar})`);
    assert.match(await el.locator('[data-coarse]').innerText(), /dated only to a week, month or year/);
    await shot(page, 'timeline-coarse');
    // The events view lists them with their precision.
    const { el: ev } = await open('events', { precision: 'week,month,year' });
    const precs = await ev.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.dataset.precision));
    assert.ok(precs.length > 0 && precs.every((p) => ['week', 'month', 'year'].includes(p)), precs.join());
    assert.ok(await ev.locator('.coarse-date .tag').count() > 0, 'a coarse date says so');
    clean('coarse dates');
  });
});
