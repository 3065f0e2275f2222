// The analyst's web interface in a real Chromium against a real `newsgraph serve`:
// search → read → entity profile, events filtered by country pair (and its CSV), network, timeline,
// map. Every view is screenshotted into test-output/ui/; any console error or failed request fails.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launchBrowser, preflight, shot, startServer, viewReady, watch } from './harness.mjs';

describe('web interface (Chromium, end to end)', { timeout: 240_000 }, () => {
  let server, browser, context, page, problems;
  const cspViolations = [];
  const api = async (path) => {
    const r = await fetch(`${server.base}api/${path}`);
    assert.equal(r.status, 200, `GET /api/${path}`);
    return r.json();
  };
  const go = async (hash, view) => {
    await page.goto(`${server.base}#/${hash}`);
    return viewReady(page, view);
  };
  const clean = (step) => assert.deepEqual(problems.splice(0), [], `browser problems during: ${step}`);

  before(async () => {
    preflight();
    server = await startServer();
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    // Nothing may come from the network: any request off loopback is a failure.
    await context.route((url) => url.hostname !== '127.0.0.1', (route) => route.abort('blockedbyclient'));
    // Every Content-Security-Policy violation is reported to the test (besides its console error).
    await context.exposeBinding('__reportCsp', (_src, v) => { cspViolations.push(v); });
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => window.__reportCsp(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
    });
    page = await context.newPage();
    problems = watch(page);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('the server holds the ingested corpus', () => {
    assert.ok(server.health.articles > 0, `no articles were ingested: ${JSON.stringify(server.health)}`);
  });

  test('search for an article, open it, click an entity and see its profile', async () => {
    // Choose, through the API, an article that has entities, and a distinctive word of its title.
    const list = await api('articles?limit=200');
    const art = list.items.find((a) => (a.counts?.entities ?? 0) > 0) ?? list.items[0];
    assert.ok(art, 'no article to search for');
    const STOP = new Set(['about', 'above', 'after', 'again', 'against', 'because', 'before', 'below', 'between', 'during', 'further', 'other', 'should', 'their', 'there', 'these', 'those', 'through', 'under', 'until', 'where', 'which', 'while']);
    const word = art.title.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 5 && !STOP.has(w.toLowerCase())).sort((a, b) => b.length - a.length)[0] ?? art.title.split(/\s+/)[0];

    await go('articles', 'articles');
    await shot(page, 'articles');
    await page.fill('input[name="q"]', word);
    await page.press('input[name="q"]', 'Enter');
    await page.waitForFunction((w) => location.hash.includes(encodeURIComponent(w)) || location.hash.includes(w), word);
    await viewReady(page, 'articles');
    const link = page.locator(`a.article-title[href="#/articles/${art.id}"]`);
    await link.waitFor({ timeout: 10_000 });
    await shot(page, 'articles-search');
    clean('search');

    await link.click();
    await viewReady(page, 'article');
    assert.equal((await page.locator('h1.article-h').innerText()).trim(), art.title.trim());
    // The highlighting never alters the text: the body as drawn (minus speaker labels) is the body stored.
    const stored = await api(`articles/${art.id}`);
    const drawn = await page.locator('.reader-main .body').evaluate((el) => {
      const c = el.cloneNode(true);
      c.querySelectorAll('.speaker-tag').forEach((t) => t.remove());
      return [...c.querySelectorAll('p')].map((p) => p.textContent).join('\n\n');
    });
    const norm = (t) => t.replace(/\s+/g, ' ').trim();
    assert.equal(norm(drawn), norm(stored.body));
    const marked = await page.locator('.reader-main a.ent').count();
    const mentions = stored.entities.filter((e) => e.global_id).reduce((n, e) => n + e.mentions.length, 0);
    assert.ok(marked >= Math.min(1, mentions), `entity mentions drawn: ${marked} of ${mentions}`);
    await shot(page, 'article');
    clean('open article');

    const ent = page.locator('.reader-main a.ent').first();
    assert.ok(await ent.count() > 0, 'the article shows no highlighted entity to click');
    const target = await ent.getAttribute('data-entity');
    await ent.click();
    const profile = await viewReady(page, 'entity');
    const detail = await api(`entities/${target}`);
    assert.equal((await profile.locator('h1').innerText()).trim(), detail.entity.name);
    assert.match(await profile.innerText(), new RegExp(`Mentioned in`));
    await shot(page, 'entity');
    clean('entity profile');
  });

  test('filter events by a country pair and download them as CSV', async (t) => {
    const all = await api('events?limit=500');
    const pair = all.items.find((e) => e.source?.country && e.target?.country && e.source.country !== e.target.country);
    await go('events', 'events');
    await shot(page, 'events');
    const [src, tgt] = pair ? [pair.source.country, pair.target.country] : ['USA', 'IRN'];
    await page.fill('input[name="source"]', src);
    await page.fill('input[name="target"]', tgt);
    await page.click('button:has-text("Apply filters")');
    await page.waitForFunction(([s, t]) => location.hash.includes(`source=${s}`) && location.hash.includes(`target=${t}`), [src, tgt]);
    const view = await viewReady(page, 'events');
    if (pair) {
      const rows = view.locator('tbody tr');
      await rows.first().waitFor();
      const pairs = await rows.evaluateAll((trs) => trs.map((tr) => `${tr.dataset.source}>${tr.dataset.target}`));
      assert.ok(pairs.length > 0);
      for (const p of pairs) assert.equal(p, `${src}>${tgt}`);
    } else {
      // No country pair in the corpus yet: the filter must still round-trip and say so.
      t.diagnostic('no events with two countries in the corpus: checked the empty state only');
      assert.match(await view.innerText(), /No events match these filters/);
    }
    await shot(page, 'events-pair');

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a:has-text("Download CSV")')]);
    const csv = await readFile(await download.path(), 'utf8');
    const lines = csv.trim().split(/\r?\n/);
    assert.ok(lines.length >= 1 && /source|cameo/i.test(lines[0]), `CSV header: ${lines[0]}`);
    if (pair) assert.ok(lines.length >= 2, 'the CSV of a non-empty filter has rows');
    clean('events');
  });

  test('network: countries and entities, an edge lists its events', async () => {
    const view = await go('network?mode=country', 'network');
    const edges = view.locator('button[data-edge]');
    if (await edges.count() > 0) {
      await page.waitForSelector('.cy canvas');
      await edges.first().click();
      await page.waitForSelector('.edge-events[data-state="ready"]');
      assert.ok(await page.locator('.edge-events .event-line').count() > 0, 'the chosen edge lists no events');
    } else {
      assert.match(await view.innerText(), /No events between actors yet/);
    }
    await shot(page, 'network-countries');
    await page.click('button:has-text("Entities")');
    await page.waitForFunction(() => location.hash.includes('mode=entity'));
    await viewReady(page, 'network');
    await shot(page, 'network-entities');
    clean('network');
  });

  test('timeline: brushing sets the shared date filter', async () => {
    const view = await go('timeline', 'timeline');
    const bars = await view.locator('svg rect').count();
    if (bars > 0) {
      const box = await view.locator('.chart svg').boundingBox();
      await page.mouse.move(box.x + box.width * 0.1, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * 0.9, box.y + box.height / 2, { steps: 5 });
      await page.mouse.up();
      await page.waitForSelector('.range-chip');
      const from = await page.inputValue('input[name="from"]');
      assert.match(from, /^\d{4}-\d\d-\d\d$/);
      await shot(page, 'timeline');
      // The range is in the URL, and the navigation carries it to the events view.
      assert.ok(page.url().includes(`from=${from}`), page.url());
      await page.click('nav a:has-text("Events")');
      await viewReady(page, 'events');
      assert.equal(await page.inputValue('input[name="from"]'), from);
      await page.click('.range-chip button');
      await page.waitForSelector('.range-chip', { state: 'detached' });
    } else {
      await shot(page, 'timeline');
    }
    clean('timeline');
  });

  test('map: the offline world map with event places', async () => {
    const view = await go('map', 'map');
    if (server.health.events > 0) {
      await page.waitForSelector('.map svg path.land');
      const d = await page.locator('.map svg path.land').getAttribute('d');
      assert.ok(d && d.length > 1000, 'the world map has no land drawn');
      const places = await view.locator('circle.place').count();
      if (places > 0) {
        await view.locator('.places button').first().click();
        await page.waitForSelector('.map-side .event-line');
      }
    }
    await shot(page, 'map');
    clean('map');
  });

  test('tablet width and keyboard: the reader stacks and controls take visible focus', async () => {
    await page.setViewportSize({ width: 820, height: 1100 });
    const list = await api('articles?limit=1');
    await go(`articles/${list.items[0].id}`, 'article');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 1, `page scrolls sideways at tablet width by ${overflow}px`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(outline, 'none', 'the focused control shows no outline');
    await shot(page, 'article-tablet');
    await page.setViewportSize({ width: 1280, height: 900 });
    clean('tablet');
  });

  test('security headers: every view above ran under the CSP without a violation', async () => {
    const r = await fetch(server.base);
    const csp = r.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'(;|$)/, `CSP: ${csp}`);
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(r.headers.get('x-frame-options'), 'DENY');
    assert.equal(r.headers.get('referrer-policy'), 'no-referrer');
    const api = await fetch(`${server.base}api/health`);
    assert.ok(api.headers.get('content-security-policy'), 'API answers carry the headers too');
    assert.deepEqual(cspViolations, [], 'CSP violations while the views ran');
  });
});
