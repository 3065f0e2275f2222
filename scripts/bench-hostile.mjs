#!/usr/bin/env node
// Pathological inputs against a running server (issue 19, finding 3 and its acceptance point):
//   node scripts/bench-hostile.mjs [--only NAME] [--interval 20] [--bin OTHER/bin/newsgraph]
// Starts `newsgraph serve` on loopback with an embedded database in a temporary folder, then posts
// each input of the finding (scaled as given) to POST /api/ingest while a second client asks
// GET /api/health every 20 ms (one request at a time). Prints per input: the answer's status,
// the time until the server finished or rejected it, and the health requests' p50 and max.
// Acceptance: every input finished or rejected in ≤ 2 s, health max ≤ 200 ms.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const o = { only: null, interval: 20 };
for (let i = 2; i < process.argv.length; i++) {
  const a = process.argv[i];
  if (a === '--only') o.only = process.argv[++i];
  else if (a === '--interval') o.interval = Number(process.argv[++i]);
  else if (a === '--bin') o.bin = process.argv[++i]; // another checkout's bin/newsgraph (before/after runs)
  else { process.stderr.write(`bench-hostile: unknown option ${a}\n`); process.exit(2); }
}

const PARA = 'The foreign minister said on Monday that talks in Geneva would continue next week, according to officials who spoke to reporters after the meeting.';
const nested = (levels) => '<html><body>' + '<div>'.repeat(levels) + `<p>${PARA}</p><p>${PARA}</p>` + '</div>'.repeat(levels) + '</body></html>';
const rss = (items) => `<?xml version="1.0"?><rss><channel><title>x</title>\n${items}</channel></rss>`;
function feed16k() {
  let items = '';
  for (let i = 0; i < 16_000; i++) items += `<item><title>T${i}</title><description>${PARA} Item ${i}.</description></item>\n`;
  return rss(items);
}
function paragraphs(bytes) {
  const out = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) { const p = `${PARA} Paragraph ${i}.`; out.push(p); n += p.length + 2; }
  return out;
}

/** name → [content type, body] (built lazily: some are megabytes). */
const inputs = {
  'HTML nested 1,500 levels (17 KB)': () => ['text/html', nested(1500)],
  'HTML nested 4,000 levels': () => ['text/html', nested(4000)],
  'HTML nested 100,000 levels': () => ['text/html', nested(100_000)],
  'feed of 16,000 items (3.5 MB)': () => ['text/plain', feed16k()],
  '1.3 MB of unclosed <item>': () => ['text/plain', rss('<item>'.repeat(216_000))],
  'feed with &lt;a × 200k': () => ['text/plain', rss(`<item><title>t</title><description>${PARA} ${'&lt;a'.repeat(200_000)}</description></item>`)],
  'HTML with &lt;a × 200k': () => ['text/html', `<html><body><p>${PARA}</p><p>${PARA} ${'&lt;a'.repeat(200_000)}</p></body></html>`],
  '"said " over 80 KB (text)': () => ['text/plain', 'Headline\n\n' + '"said '.repeat(Math.ceil(80_000 / 6)) + '\n'],
  '5 MB text body (one article)': () => ['text/plain', 'A long report\n\n' + paragraphs(5 * 1024 * 1024).join(' ') + '\n'],
  '5 MB HTML page (paragraphs)': () => ['text/html', `<html><body>${paragraphs(5 * 1024 * 1024).map((p) => `<p>${p}</p>`).join('')}</body></html>`],
};

const dir = mkdtempSync(join(tmpdir(), 'ng-hostile-'));
const port = 19000 + Math.floor(Math.random() * 1000);
const child = spawn(process.execPath, [o.bin ?? join(ROOT, 'bin/newsgraph'), 'serve', '--db', join(dir, 'db'), '--port', String(port), '--cache-ms', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
await new Promise((res, rej) => {
  let err = '';
  child.stderr.on('data', (d) => { err += d; if (/serving/.test(err)) res(); });
  child.on('exit', (code) => rej(new Error(`server exited ${code}: ${err}`)));
});
const base = `http://127.0.0.1:${port}`;
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))] : NaN; };

// Warm up: the analysis thread loads its models on first use; health answers once.
await fetch(`${base}/api/health`).then((r) => r.text());
await fetch(`${base}/api/ingest`, { method: 'POST', headers: { 'content-type': 'text/plain', 'x-newsgraph-client': 'bench-hostile' }, body: `Warm up\n\n${PARA} ${PARA}\n` }).then((r) => r.text());

const rows = [];
try {
  for (const [name, make] of Object.entries(inputs)) {
    if (o.only && !name.includes(o.only)) continue;
    const [type, body] = make();
    const health = [];
    let posting = true;
    const poller = (async () => {
      while (posting) {
        const t = performance.now();
        await fetch(`${base}/api/health`).then((r) => r.text());
        health.push(performance.now() - t);
        await new Promise((r) => setTimeout(r, o.interval));
      }
    })();
    const t0 = performance.now();
    const r = await fetch(`${base}/api/ingest`, { method: 'POST', headers: { 'content-type': type, 'x-newsgraph-client': 'bench-hostile' }, body });
    const text = await r.text();
    const ms = performance.now() - t0;
    posting = false;
    await poller;
    let what = '';
    try {
      const j = JSON.parse(text);
      what = j.error ? `${j.error.code}: ${j.error.message}` : `read ${j.read}, stored ${j.stored}, rejected ${j.rejected_total ?? j.rejected.length}${j.rejected?.[0] ? ` (${j.rejected[0].reason})` : ''}`;
    } catch { what = text.slice(0, 80); }
    const row = { input: name, bytes: Buffer.byteLength(body), status: r.status, ms: Math.round(ms), health_n: health.length, health_p50: Math.round(pct(health, 0.5)), health_max: Math.round(Math.max(...health, 0)), load: loadavg()[0].toFixed(1), answer: what.slice(0, 140) };
    rows.push(row);
    process.stderr.write(`bench-hostile: ${JSON.stringify(row)}\n`);
  }
} finally {
  await new Promise((r) => { child.once('exit', r); child.kill('SIGTERM'); });
  rmSync(dir, { recursive: true, force: true });
}
process.stdout.write('| input | bytes | status | finished or rejected, ms | health requests | health p50 ms | health max ms | load | answer |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n');
for (const r of rows) process.stdout.write(`| ${r.input} | ${r.bytes} | ${r.status} | ${r.ms} | ${r.health_n} | ${r.health_p50} | ${r.health_max} | ${r.load} | ${r.answer.replace(/\|/g, '\\|')} |\n`);
const bad = rows.filter((r) => r.ms > 2000 || r.health_max > 200);
process.stdout.write(`\n${rows.length - bad.length} of ${rows.length} inputs within 2 s with health ≤ 200 ms${bad.length ? `; over: ${bad.map((r) => r.input).join(', ')}` : ''}.\n`);
