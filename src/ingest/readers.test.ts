// Every reader on the sample corpus, and every kind of bad input through the real CLI.
import { test, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { gzipSync } from 'node:zlib';
import { fileSource, readSource, stringSource, type ReadItem } from './index.js';
import type { TextSource } from './stream.js';

const root = process.cwd();
const samples = (p: string) => join(root, 'samples', p);
const tmp = mkdtempSync(join(tmpdir(), 'ng-readers-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

async function all(src: TextSource | Promise<TextSource>): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const it of readSource(await src)) out.push(it);
  return out;
}
const oks = (items: ReadItem[]) => items.flatMap((i) => (i.ok ? [i.article] : []));

test('raw dump sample: 13 articles, titles, folded captions with credits, dates from captions', async () => {
  const items = await all(fileSource(samples('raw/dump.txt')));
  const arts = oks(items);
  assert.equal(arts.length, 13);
  assert.equal(arts[0]!.title, 'Armenia and Azerbaijan Resume Peace Talks in Geneva');
  assert.deepEqual(arts[0]!.captions, [{ text: 'Delegations arrive for talks at the Palais des Nations in Geneva on Monday, Dec. 2, 2024.', credit: 'AP Photo/Lena Moser' }]);
  assert.equal(arts[0]!.published, '2024-12-02');
  assert.equal(arts[0]!.publishedSource, 'caption');
  assert.ok(arts.every((a) => !/\bGW\b/.test(a.body) && !a.body.includes(a.title)), 'no logo token or repeated headline in bodies');
  // Story 3 is scraped with single line breaks between paragraphs.
  assert.equal(arts[2]!.body.split('\n\n').length, 7);
});

test('gzip input is recognised by its bytes', async () => {
  const gz = join(tmp, 'dump.txt.data');
  writeFileSync(gz, gzipSync(readFileSync(samples('raw/dump.txt'))));
  assert.equal(oks(await all(fileSource(gz))).length, 13);
});

test('JSONL sample: title and published kept as given', async () => {
  const arts = oks(await all(fileSource(samples('jsonl/articles.jsonl'))));
  assert.equal(arts.length, 13);
  assert.equal(arts[12]!.title, 'India and Japan Agree to Expand Joint Military Exercises');
  assert.equal(arts[12]!.published, '2025-01-18');
  assert.equal(arts[12]!.publishedSource, 'given');
  assert.equal(arts[12]!.url, 'https://news.example.org/2025/01/18/india-japan-defence-talks');
});

test('JSONL: one bad record among good ones is named, the rest are read', async () => {
  const text = ['{"text":"Ministers met in Lisbon on Friday.","title":"A"}', '{"text": broken', '{"title":"no text"}', '{"text":"Talks resumed in Geneva.","title":"B"}'].join('\n');
  const items = await all(stringSource('in.jsonl', text));
  assert.deepEqual(items.map((i) => i.ok), [true, false, false, true]);
  assert.equal(items[1]!.where, 'in.jsonl:2');
  assert.match((items[1] as { error: string }).error, /^in\.jsonl:2: not valid JSON/);
  assert.match((items[2] as { error: string }).error, /^in\.jsonl:3: .*neither "text" nor "html"/);
});

test('HTML and feeds are chosen by content, not by file name', async () => {
  const html = join(tmp, 'page.dat');
  writeFileSync(html, readFileSync(samples('html/georgia-protests-detentions.html')));
  const [page] = oks(await all(fileSource(html)));
  assert.equal(page!.title, 'Georgian Police Detain Dozens as Protests Enter Seventh Week');
  assert.equal(oks(await all(fileSource(samples('atom/feed.xml')))).length, 13);
  assert.equal(oks(await all(fileSource(samples('rss/feed.xml')))).length, 13);
});

test('raw dumps stream article by article: the first articles come before the input is read', async () => {
  const article = readFileSync(samples('raw/dump.txt'), 'utf8').split('\n\n\n\n')[0]! + '\n\n\n\n';
  let produced = 0;
  const endless: TextSource = {
    name: 'endless',
    head: article,
    async *chunks() {
      for (;;) {
        produced++;
        yield article;
      }
    },
  };
  let n = 0;
  for await (const it of readSource(endless)) {
    assert.ok(it.ok);
    if (++n === 3) break;
  }
  assert.ok(produced <= 5, `read ${produced} chunks for 3 articles`);
});

test('a large raw file is read in flat memory', async () => {
  const path = join(tmp, 'big.txt');
  const dump = readFileSync(samples('raw/dump.txt'), 'utf8').trimEnd() + '\n\n\n\n';
  const out = createWriteStream(path);
  const target = 6 * 1048576;
  let written = 0;
  let copies = 0;
  while (written < target) {
    if (!out.write(dump)) await once(out, 'drain');
    written += Buffer.byteLength(dump);
    copies++;
  }
  out.end();
  await once(out, 'finish');
  const base = process.memoryUsage().rss;
  let peak = base;
  let n = 0;
  for await (const it of readSource(await fileSource(path))) {
    if (it.ok) n++;
    if (n % 500 === 0) peak = Math.max(peak, process.memoryUsage().rss);
  }
  assert.equal(n, copies * 13);
  // Reading 6 MB whole would hold it several times over (bytes, UTF-16 string, lines); the
  // laziness test above is the exact check, this one guards against gross regressions.
  assert.ok(peak - base < 96 * 1048576, `RSS grew by ${((peak - base) / 1048576).toFixed(0)} MB`);
});

// ------------------------------------------------------------------ the CLI on bad input

/** Run the real CLI; async so that the CLI tests can overlap (process start-up dominates them). */
function cli(args: string[], input?: string | Buffer): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'bin/newsgraph'), ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.on('error', () => {}); // the CLI may exit before reading all of stdin
    child.stdin.end(input ?? '');
  });
}
function assertOneLineError(r: Awaited<ReturnType<typeof cli>>, pattern: RegExp) {
  assert.equal(r.code, 1, r.stderr);
  const lines = r.stderr.split('\n').filter(Boolean);
  assert.equal(lines.length, 1, r.stderr);
  assert.match(lines[0]!, /^newsgraph: /);
  assert.match(lines[0]!, pattern);
  assert.equal(r.stdout, '', 'nothing half-written on stdout');
}
const file = (name: string, data: string | Buffer) => {
  const p = join(tmp, name);
  writeFileSync(p, data);
  return p;
};

describe('CLI on good and bad input', { concurrency: 2 }, () => {
  it('CLI: binary file', async () => {
    assertOneLineError(await cli(['analyze', file('photo.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]))]), /binary/);
  });

  it('CLI: a reader that closes the pipe early (| head) ends the output quietly', async () => {
    const r = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [join(root, 'bin/newsgraph'), 'analyze', '--format', 'jsonl', '--workers', '1', samples('jsonl/articles.jsonl')], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      child.stdout.once('data', () => child.stdout.destroy()); // read one chunk, then hang up
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stderr }));
    });
    assert.equal(r.stderr, '', 'no stack trace');
    assert.equal(r.code, 0);
  });

  it('CLI: empty file', async () => {
    assertOneLineError(await cli(['analyze', file('empty.txt', '')]), /empty/);
  });

  it('CLI: invalid UTF-8', async () => {
    assertOneLineError(await cli(['analyze', file('latin1.txt', Buffer.from('Ministers met in Lisbon on Friday. Caf\xe9 talks resumed.\n', 'latin1'))]), /invalid UTF-8/);
  });

  it('CLI: HTML with no article (analyze and extract)', async () => {
    const p = file('home.html', '<!doctype html><html><head><title>Home</title></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav></body></html>');
    assertOneLineError(await cli(['analyze', p]), /home\.html: no article text found/);
    assertOneLineError(await cli(['extract', p]), /home\.html: no article text found/);
  });

  it('CLI: feed with broken XML', async () => {
    const xml = readFileSync(samples('rss/feed.xml'), 'utf8');
    assertOneLineError(await cli(['analyze', file('cut.xml', xml.slice(0, Math.floor(xml.length * 0.6)))]), /cut\.xml: malformed feed/);
  });

  it('CLI: extract prints {title, byline, published, lang, body}', async () => {
    const r = await cli(['extract', samples('html/eu-sanctions-iran-drones.html')]);
    assert.equal(r.code, 0, r.stderr);
    const j = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(j), ['title', 'byline', 'published', 'lang', 'body']);
    assert.equal(j.published, '2024-12-10');
    assert.match(j.body, /^BRUSSELS — /);
  });

  it('CLI: stdin, and a JSONL batch with one bad record (warning naming it, exit 3: some rejected)', async () => {
    const good = readFileSync(samples('jsonl/articles.jsonl'), 'utf8').split('\n').filter(Boolean).slice(0, 2);
    const r = await cli(['analyze', '-', '--format', 'jsonl'], [good[0], '{"text": 42}', good[1]].join('\n') + '\n');
    assert.equal(r.code, 3, r.stderr);
    const out = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
    assert.deepEqual(out.map((a) => a.title), ['Armenia and Azerbaijan Resume Peace Talks in Geneva', 'Kenyan Police Arrest Protest Organisers Ahead of Nairobi March']);
    assert.equal(out[0].published, '2024-12-02');
    const warnings = r.stderr.split('\n').filter((l) => l.includes('warning'));
    assert.equal(warnings.length, 1, r.stderr);
    assert.match(warnings[0]!, /^newsgraph: warning: stdin:2: /);
    assert.match(r.stderr, /1 record rejected/);
  });

  it('CLI: stdin raw text', async () => {
    const two = readFileSync(samples('raw/dump.txt'), 'utf8').split('\n\n\n\n').slice(0, 2).join('\n\n\n\n');
    const r = await cli(['analyze', '-'], two);
    assert.equal(r.code, 0, r.stderr);
    const arts = JSON.parse(r.stdout).articles;
    assert.equal(arts.length, 2);
    assert.equal(arts[1].title, 'Kenyan Police Arrest Protest Organisers Ahead of Nairobi March');
    assert.equal(arts[1].published_source, 'caption');
  });

  it('CLI: extract --out writes one <name>.json per page and warns about pages with no article', async () => {
    const out = join(tmp, 'extracted');
    const bad = file('nav.html', '<html><body><nav><a href="/">Home</a></nav></body></html>');
    const r = await cli(['extract', '--out', out, samples('html/jordan-aid-convoy-gaza.html'), bad]);
    assert.equal(r.code, 3, r.stderr); // some pages rejected
    assert.match(r.stderr, /^newsgraph: warning: .*nav\.html: no article text found/);
    const j = JSON.parse(readFileSync(join(out, 'jordan-aid-convoy-gaza.json'), 'utf8'));
    assert.equal(j.title, 'Jordan Sends 60-Truck Aid Convoy to Gaza as UN Warns of Famine');
  });
});
