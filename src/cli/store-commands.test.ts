// The storage commands end to end, as a user runs them: ingest twice (idempotent), export, and the
// one-line errors for bad options, missing files and a database folder in use.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = join(process.cwd(), 'bin/newsgraph');
let dir: string;
let db: string;
let input: string;

function run(args: string[], stdin?: string) {
  const env = { ...process.env };
  delete env.NEWSGRAPH_DATABASE_URL;
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input: stdin, env, cwd: dir, timeout: 120_000 });
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'ng-cli-'));
  db = join(dir, 'db');
  input = join(dir, 'news.jsonl');
  writeFileSync(input, [
    { title: 'Ministers meet on trade', text: 'The trade ministers of two neighbouring countries met in the capital on Monday.\n\nThey agreed to lower tariffs on grain next year.', published: '2024-05-06', url: 'https://example.org/a' },
    { title: 'Port reopens after storm', text: 'The northern port reopened on Tuesday after a week of storms.\n\nShipping companies said delays would last for days.', published: '2024-05-07' },
  ].map((r) => JSON.stringify(r)).join('\n') + '\n{broken\n');
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('ingest stores, reports, and a second ingest stores nothing new', () => {
  const first = run(['ingest', '--db', db, input]);
  assert.equal(first.status, 3, first.stderr); // stored, with one record rejected (README "Bad records")
  assert.match(first.stdout, /^read 3, stored 2, duplicates 0, rejected 1\n/);
  assert.match(first.stdout, /rejected .*news\.jsonl:3: not valid JSON/);
  assert.match(first.stderr, /2 stored/, 'plain progress lines when stderr is not a terminal');
  const second = run(['ingest', '--db', db, '--json', input]);
  assert.equal(second.status, 3, second.stderr);
  const s = JSON.parse(second.stdout);
  assert.deepEqual([s.read, s.stored, s.duplicates, s.rejected.length], [3, 0, 2, 1]);
});

test('export writes CSV with a header, JSONL, and GDELT rows', () => {
  const csv = run(['export', '--db', db, '--what', 'entities', '--format', 'csv']);
  assert.equal(csv.status, 0, csv.stderr);
  assert.match(csv.stdout, /^id,name,type,country,actor_code,lat,lon,geonames_id,articles,mentions\r\n/);
  const ev = run(['export', '--db', db, '--what', 'events', '--format', 'gdelt']);
  assert.equal(ev.status, 0, ev.stderr);
  for (const l of ev.stdout.split('\n').filter(Boolean)) assert.equal(l.split('\t').length, 61);
});

test('bad options, missing files and a busy database get one-line errors', () => {
  const what = run(['export', '--db', db, '--what', 'cats']);
  assert.equal(what.status, 2);
  assert.match(what.stderr, /^newsgraph: --what must be events, entities or quotes/);
  const gd = run(['export', '--db', db, '--what', 'quotes', '--format', 'gdelt']);
  assert.equal(gd.status, 2);
  const missing = run(['ingest', '--db', db, join(dir, 'nope.txt')]);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /newsgraph: nothing stored: .*nope\.txt: no such file\n$/);
  writeFileSync(join(db, '.newsgraph.lock'), String(process.pid));
  try {
    const busy = run(['ingest', '--db', db, input]);
    assert.equal(busy.status, 1);
    assert.equal(busy.stderr.trim().split('\n').length, 1);
    assert.match(busy.stderr, /^newsgraph: database folder .* is in use by process \d+/);
  } finally {
    rmSync(join(db, '.newsgraph.lock'), { force: true });
  }
});
