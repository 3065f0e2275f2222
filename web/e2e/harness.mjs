// End-to-end harness: a real `newsgraph serve` on loopback over a fresh database holding the
// sample corpus, and a real headless Chromium that fails the test on any console error or failed
// request. NEWSGRAPH_E2E_MOCK=1 swaps the server for the fixture mock (developing the tests only).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(new URL('../..', import.meta.url).pathname);
export const OUT = join(ROOT, 'test-output', 'ui');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const BIN = join(ROOT, 'bin', 'newsgraph');

export const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Fail loudly (never skip) when the browser or the built UI is missing. */
export function preflight() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: the web UI's end-to-end tests need it. `
      + 'Install it with `apt-get update && apt-get install -y chromium` (CI does this in .ci/run), or set CHROMIUM_PATH.');
  }
  if (!existsSync(join(ROOT, 'web', 'dist', 'index.html'))) {
    throw new Error('web/dist/index.html is missing: build the UI first (`npm run build`).');
  }
}

export function freePort() {
  return new Promise((res, rej) => {
    const s = createServer();
    s.unref();
    s.on('error', rej);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => res(port)); });
  });
}

const DATA_FILE = /\.(txt|html?|xml|jsonl|rss|atom)(\.gz)?$/i;

function dataFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    if (d.name.startsWith('.')) return [];
    const p = join(dir, d.name);
    return d.isDirectory() ? dataFiles(p) : DATA_FILE.test(d.name) ? [p] : [];
  }).sort();
}

/**
 * The inputs the UI is shown: the bundled samples in their raw-dump form (the same stories also
 * come as HTML, JSONL and feeds; one form keeps the ingest short), plus the shared seed articles
 * when they are beside the project. NEWSGRAPH_E2E_INPUTS (paths separated by ':') overrides.
 */
export function corpusFiles() {
  if (process.env.NEWSGRAPH_E2E_INPUTS) return process.env.NEWSGRAPH_E2E_INPUTS.split(':').filter(Boolean);
  const raw = dataFiles(join(ROOT, 'samples', 'raw'));
  const files = raw.length ? raw : dataFiles(join(ROOT, 'samples'));
  const seed = resolve(ROOT, '..', 'shared', 'fixtures', 'seed', 'seed-articles.txt');
  if (existsSync(seed)) files.push(seed);
  if (files.length === 0) throw new Error('no sample articles in samples/ to ingest for the end-to-end tests');
  return files;
}

async function waitForHealth(base, child, log) {
  const t0 = Date.now();
  while (Date.now() - t0 < 60_000) {
    if (child && child.exitCode !== null) throw new Error(`newsgraph serve exited with ${child.exitCode}:\n${log()}`);
    try {
      const r = await fetch(`${base}api/health`);
      if (r.ok) return r.json();
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`newsgraph serve did not answer /api/health within 60 s:\n${log()}`);
}

/** Ingest the corpus into a fresh database and serve it; returns { base, health, stop }. */
export async function startServer() {
  if (process.env.NEWSGRAPH_E2E_MOCK === '1') {
    const { startMock } = await import('./mock/server.mjs');
    const s = await startMock(0);
    const base = `http://127.0.0.1:${s.address().port}/`;
    return { base, health: await waitForHealth(base, null, () => ''), stop: () => new Promise((r) => s.close(r)) };
  }
  const db = mkdtempSync(join(tmpdir(), 'newsgraph-e2e-'));
  const ing = spawnSync(process.execPath, [BIN, 'ingest', ...corpusFiles(), '--db', db, '--quiet'], { cwd: ROOT, encoding: 'utf8', timeout: 180_000 });
  if (ing.status !== 0) throw new Error(`newsgraph ingest failed (exit ${ing.status}):\n${ing.stderr}`);
  const port = await freePort();
  let out = '';
  const child = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', String(port)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (d) => { out += d; });
  child.stderr.on('data', (d) => { out += d; });
  const base = `http://127.0.0.1:${port}/`;
  let health;
  try {
    health = await waitForHealth(base, child, () => out);
  } catch (e) {
    child.kill('SIGKILL');
    rmSync(db, { recursive: true, force: true });
    throw e;
  }
  return {
    base,
    health,
    log: () => out,
    stop: async () => {
      if (child.exitCode === null) {
        const gone = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([gone, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(db, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: LAUNCH_ARGS });
}

/**
 * Watch a page for problems: console errors, uncaught exceptions, failed requests and HTTP error
 * answers. `problems` is checked after every test step.
 */
export function watch(page) {
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => {
    // Navigating away aborts a view's in-flight fetches on purpose (AbortController): not a failure.
    if (r.failure()?.errorText === 'net::ERR_ABORTED' && r.resourceType() === 'fetch') return;
    problems.push(`request failed: ${r.method()} ${r.url()} (${r.failure()?.errorText})`);
  });
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.request().method()} ${r.url()}`); });
  return problems;
}

/** Wait until the current view has loaded its data (or failed, which the caller then reports). */
export async function viewReady(page, view, timeout = 30_000) {
  const el = await page.waitForSelector(`[data-view="${view}"][data-state="ready"], [data-view="${view}"][data-state="error"]`, { timeout });
  const state = await el.getAttribute('data-state');
  if (state === 'error') throw new Error(`the ${view} view shows an error: ${await el.innerText()}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  if (overflow > 1) throw new Error(`the ${view} view scrolls sideways by ${overflow}px at ${page.viewportSize()?.width}px wide`);
  return page.locator(`[data-view="${view}"]`);
}

export async function shot(page, name) {
  mkdirSync(OUT, { recursive: true });
  await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
}
