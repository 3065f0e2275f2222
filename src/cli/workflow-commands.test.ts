// The analyst's workflow on the command line (issue 20): progress on a terminal and in a log,
// exports with filters and --out that pandas reads, a --db that is not there, and ingest while
// `serve` holds the embedded database.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = join(process.cwd(), 'bin/newsgraph');
let dir: string;
let db: string;
let input: string;

function env() {
  const e = { ...process.env };
  delete e.NEWSGRAPH_DATABASE_URL;
  return e;
}
function run(args: string[], stdin?: string) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input: stdin, env: env(), cwd: dir, timeout: 180_000 });
}

const RECORDS = [
  { title: 'Ministers meet on trade', text: 'The trade ministers of India and Japan met in Tokyo on Monday.\n\nThey agreed to lower tariffs on grain next year.', published: '2024-05-06', url: 'https://example.org/a' },
  { title: 'Talks planned for December', text: 'Russia and China will hold talks in December, officials in Moscow said.\n\nThe talks were announced last week.', published: '2024-05-07', url: 'https://example.org/b' },
  { title: 'Police arrest protesters', text: 'Kenyan police arrested 14 protest organisers in Nairobi on Tuesday.\n\nThe organisers were released on bail later that day.', published: '2024-05-09', url: 'https://example.org/c' },
];

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'ng-wf-cli-'));
  db = join(dir, 'db');
  input = join(dir, 'news.jsonl');
  writeFileSync(input, RECORDS.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const r = run(['ingest', '--db', db, input]);
  assert.equal(r.status, 0, r.stderr);
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('ingest draws a progress bar on a terminal (pseudo-terminal through script)', { skip: !existsSync('/usr/bin/script') && 'no script(1)' }, () => {
  const db2 = join(dir, 'db-tty');
  const cmd = `${process.execPath} ${BIN} ingest --db ${db2} ${input}`;
  const r = spawnSync('script', ['-qec', cmd, '/dev/null'], { encoding: 'utf8', env: { ...env(), TERM: 'xterm', COLUMNS: '160' }, cwd: dir, timeout: 180_000 });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const screen = r.stdout;
  assert.match(screen, /ingest \[[█░]+\] \d+% \| \d+ articles \| [\d.]+\/s \| /, 'a bar with share, count and rate');
  assert.match(screen, /ingest \[█+\] 100% \| 3 articles/, 'it ends full, with the count');
  assert.match(screen, /\| (starting|estimating|\d+s left) \|/, 'time left');
  assert.match(screen, /read 3, stored 3, duplicates 0, rejected 0/);
});

test('without a terminal, progress is plain lines on stderr, and stdout stays the data', () => {
  const r = run(['ingest', '--db', join(dir, 'db-plain'), input]);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stderr.trim().split('\n');
  assert.match(lines[0]!, /^newsgraph: ingest: 1 input, [\d.]+ MB$/);
  assert.match(lines.at(-1)!, /^newsgraph: ingest: 3 stored, 0 duplicates, 0 rejected$/);
  assert.doesNotMatch(r.stderr, /\x1b|\r/, 'no terminal codes in a log');
  assert.equal(r.stdout, 'read 3, stored 3, duplicates 0, rejected 0\n');
  const an = run(['analyze', input]);
  assert.equal(an.status, 0, an.stderr);
  assert.equal(an.stderr, '', 'a short analyze writes nothing on stderr');
  assert.equal(JSON.parse(an.stdout).articles.length, 3);
});

test('export: CSV with date columns parses in Python, filters and --out apply, GDELT SQLDATE is never empty', () => {
  const out = join(dir, 'events.csv');
  const r = run(['export', '--db', db, '--what', 'events', '--format', 'csv', '--out', out]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, '', 'nothing on stdout with --out');
  assert.match(r.stderr, /export: \d+ events written to/);
  const py = spawnSync('python3', ['-c', `
import csv, sys, datetime
rows = list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')))
assert rows, 'no rows'
for c in ('date', 'date_start', 'date_end', 'date_precision'):
    assert c in rows[0], c
for r in rows:
    if r['date_start']:
        datetime.date.fromisoformat(r['date_start']); datetime.date.fromisoformat(r['date_end'])
        assert r['date_precision'] in ('day', 'week', 'month', 'year'), r['date_precision']
        assert r['date_start'] <= r['date_end']
print(len(rows), sum(1 for r in rows if r['date_start']), ','.join(sorted(set(r['date_precision'] for r in rows))))
`, out], { encoding: 'utf8' });
  assert.equal(py.status, 0, py.stderr);
  const [n, dated, precisions] = py.stdout.trim().split(' ');
  assert.ok(Number(n) >= 2 && Number(dated) >= 1, py.stdout);
  assert.match(precisions!, /day/);

  const gd = run(['export', '--db', db, '--what', 'events', '--format', 'gdelt']);
  assert.equal(gd.status, 0, gd.stderr);
  const rows = gd.stdout.trim().split('\n').map((l) => l.split('\t'));
  assert.ok(rows.length >= 2);
  for (const c of rows) {
    assert.equal(c.length, 61);
    assert.match(c[1]!, /^\d{8}$/, 'SQLDATE');
    assert.match(c[39]!, /^(|DATE:(WEEK|MONTH|YEAR|PUBLISHED|ADDED))$/, 'the date flag');
  }

  const ken = run(['export', '--db', db, '--what', 'events', '--format', 'jsonl', '--source', 'KEN']);
  assert.equal(ken.status, 0, ken.stderr);
  const evs = ken.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
  assert.ok(evs.length >= 1 && evs.every((e) => e.source_country === 'KEN' || String(e.source_actor_code).startsWith('KEN')));
  const none = run(['export', '--db', db, '--what', 'events', '--format', 'csv', '--from', '2030-01-01']);
  assert.equal(none.stdout.split('\r\n').filter(Boolean).length, 1, 'only the header');
  const bad = run(['export', '--db', db, '--what', 'events', '--from', 'yesterday']);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /^newsgraph: --from: must be a date YYYY-MM-DD\n$/);
});

test('export on a --db that does not exist is an error and creates nothing', () => {
  const nowhere = join(dir, 'no-such-db');
  const r = run(['export', '--db', nowhere, '--what', 'events']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^newsgraph: no database at .*no-such-db/);
  assert.equal(r.stderr.trim().split('\n').length, 1);
  assert.equal(existsSync(nowhere), false);
});

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.on('error', rej);
    s.listen(0, '127.0.0.1', () => { const a = s.address(); s.close(() => res(typeof a === 'object' && a ? a.port : 0)); });
  });
}

test('ingest while serve holds the embedded database sends the articles to the server', async () => {
  const served = join(dir, 'db-served');
  const first = join(dir, 'first.jsonl');
  writeFileSync(first, JSON.stringify(RECORDS[0]) + '\n');
  assert.equal(run(['ingest', '--db', served, '--quiet', first]).status, 0);
  const port = await freePort();
  const child = spawn(process.execPath, [BIN, 'serve', '--db', served, '--port', String(port), '--cache-ms', '0'], { env: env(), cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr.on('data', (d) => { log += d; });
  try {
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 150; i++) {
      try { if ((await fetch(`${base}/api/health`)).ok) break; } catch { /* not yet */ }
      await new Promise((r) => setTimeout(r, 200));
    }
    assert.equal(((await (await fetch(`${base}/api/health`)).json()) as { articles: number }).articles, 1, log);
    assert.ok(existsSync(join(served, '.newsgraph-server.json')));
    const r = await new Promise<{ status: number | null; stdout: string; stderr: string }>((res) => {
      const p = spawn(process.execPath, [BIN, 'ingest', '--db', served, input], { env: env(), cwd: dir });
      let stdout = '', stderr = '';
      p.stdout.on('data', (d) => { stdout += d; });
      p.stderr.on('data', (d) => { stderr += d; });
      p.on('exit', (status) => res({ status, stdout, stderr }));
    });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /held by the server at http:\/\/127\.0\.0\.1:\d+ .*sending the articles to it/);
    assert.match(r.stdout, /^read 3, stored 2, duplicates 1, rejected 0 \(through the server at /);
    const h = (await (await fetch(`${base}/api/health`)).json()) as { articles: number };
    assert.equal(h.articles, 3, 'the server sees them at once');
    const arts = (await (await fetch(`${base}/api/articles?limit=10`)).json()) as { items: { title: string; url: string; published: string }[] };
    const c = arts.items.find((a) => a.title === RECORDS[2]!.title)!;
    assert.deepEqual([c.url, c.published], [RECORDS[2]!.url, RECORDS[2]!.published], 'title, URL and date travel with the text');
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
  assert.equal(existsSync(join(served, '.newsgraph-server.json')), false, 'the note goes with the server');
  // With the server gone, ingest opens the database itself again.
  const again = run(['ingest', '--db', served, '--json', input]);
  assert.equal(again.status, 0, again.stderr);
  assert.equal(JSON.parse(again.stdout).duplicates, 3);
  assert.equal(readFileSync(join(dir, 'news.jsonl'), 'utf8').split('\n').filter(Boolean).length, 3);
});
