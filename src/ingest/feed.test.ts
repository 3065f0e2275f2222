import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFeed, xmlProblem } from './feed.js';
import { InputError, type ReadItem } from './types.js';

const sample = (p: string) => readFileSync(join(process.cwd(), 'samples', p), 'utf8');
const articles = (items: ReadItem[]) => items.flatMap((i) => (i.ok ? [i.article] : []));

test('RSS 2.0: one article per item, full content preferred, with link, date, author and caption', () => {
  const items = readFeed(sample('rss/feed.xml'), 'feed.xml');
  assert.equal(items.length, 13);
  assert.ok(items.every((i) => i.ok));
  const a = articles(items)[0]!;
  assert.equal(a.title, 'Armenia and Azerbaijan Resume Peace Talks in Geneva');
  assert.equal(a.url, 'https://news.example.org/2024/12/02/armenia-azerbaijan-geneva-talks');
  assert.equal(a.published, '2024-12-02');
  assert.equal(a.publishedSource, 'metadata');
  assert.equal(a.byline, 'Marta Kessler');
  assert.equal(a.lang, 'en-GB');
  assert.deepEqual(a.captions, [{ text: 'Delegations arrive for talks at the Palais des Nations in Geneva on Monday, Dec. 2, 2024.', credit: 'AP Photo/Lena Moser' }]);
  assert.equal(a.body.split('\n\n').length, 7);
  assert.ok(!a.body.includes('Delegations arrive'), 'the caption is not body text');
  // Items with only a description are read from it.
  assert.match(articles(items)[4]!.body, /^AMMAN, Jordan/);
});

test('Atom: entries with HTML content or a summary, alternate link, published date', () => {
  const items = readFeed(sample('atom/feed.xml'), 'atom.xml');
  assert.equal(items.length, 13);
  const all = articles(items);
  assert.equal(all.length, 13);
  assert.equal(all[12]!.title, 'India and Japan Agree to Expand Joint Military Exercises');
  assert.equal(all[12]!.published, '2025-01-18');
  assert.equal(all[12]!.url, 'https://news.example.org/2025/01/18/india-japan-defence-talks');
  assert.equal(all[0]!.lang, 'en');
  assert.match(all[2]!.body, /^MANILA, Philippines/);
});

test('a broken feed is one InputError naming the file', () => {
  const xml = sample('rss/feed.xml');
  const truncated = xml.slice(0, Math.floor(xml.length / 2));
  assert.throws(() => readFeed(truncated, 'cut.xml'), (e: unknown) => e instanceof InputError && /^cut\.xml: malformed feed/.test(e.message));
  assert.throws(() => readFeed('<rss><channel><title>x</title></rss>', 'bad.xml'), /malformed feed/);
  assert.throws(() => readFeed('<rss version="2.0"><channel><title>Empty</title></channel></rss>', 'empty.xml'), /no items/);
});

test('one broken item among good ones is a named bad record; the rest are read', () => {
  const xml = sample('rss/feed.xml').replace('<title>Kenyan Police Arrest Protest Organisers Ahead of Nairobi March</title>', '<title>Kenyan Police Arrest <b>Protest Organisers</title>');
  const items = readFeed(xml, 'feed.xml');
  assert.equal(items.length, 13);
  const bad = items.filter((i) => !i.ok);
  assert.equal(bad.length, 1);
  assert.equal(bad[0]!.where, 'feed.xml#2');
  assert.match((bad[0] as { error: string }).error, /^feed\.xml#2: item 2 is malformed XML/);
  assert.equal(articles(items).length, 12);
});

test('the well-formedness check', () => {
  assert.equal(xmlProblem('<?xml version="1.0"?><a x="1"><b/><![CDATA[<p>]]><!-- c --></a>'), null);
  assert.match(xmlProblem('<a><b></a>')!, /closes <b>/);
  assert.match(xmlProblem('<a>')!, /never closed/);
  assert.match(xmlProblem('<a></a><b></b>')!, /second root/);
  assert.match(xmlProblem('<a x=1></a>')!, /broken tag/);
});
