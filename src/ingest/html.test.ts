import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readHtml } from './html.js';
import { toIsoDay, stripSiteName, normalizeLang } from './meta.js';
import { isBoilerplateLine } from './html/boiler.js';
import { InputError } from './types.js';

const sample = (name: string) => readFileSync(join(process.cwd(), 'samples/html', name), 'utf8');

test('a news page: our metadata, the lead caption with its credit, and a body without page furniture', () => {
  const a = readHtml(sample('south-korea-scrambles-jets.html'));
  assert.equal(a.title, 'South Korea Scrambles Fighter Jets as Russian and Chinese Bombers Enter Air Zone');
  assert.equal(a.published, '2024-12-14');
  assert.equal(a.publishedSource, 'metadata');
  assert.equal(a.byline, 'Min-ji Park');
  assert.equal(a.lang, 'en-GB');
  assert.equal(a.url, 'https://news.example.org/2024/12/14/south-korea-scrambles-jets');
  assert.deepEqual(a.captions, [{ text: 'A Chinese H-6 bomber flies over the Sea of Japan on Friday, Dec. 13, 2024, in a photo released by Japan’s defense ministry.', credit: 'Japan Ministry of Defense via AP' }]);
  assert.match(a.body, /^SEOUL, South Korea \(AP\) — South Korea scrambled fighter jets/);
  assert.match(a.body, /hold talks with Washington and Tokyo on a joint response\.$/);
  assert.equal(a.body.split('\n\n').length, 7, 'one paragraph per <p>');
  for (const junk of ['Share on', 'Advertisement', 'Read more', 'Sign up', 'All rights reserved', 'Most read', 'bomber flies over', 'Politics']) {
    assert.ok(!a.body.includes(junk), `body must not contain ${junk}`);
  }
});

test('--url wins over the canonical address', () => {
  assert.equal(readHtml(sample('kenya-protest-leaders-arrested.html'), { url: 'https://a.example/x' }).url, 'https://a.example/x');
});

test('a page with no article is an InputError naming the page', () => {
  const html = '<!doctype html><html><head><title>Home</title></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><footer>© 2025 Example</footer></body></html>';
  assert.throws(() => readHtml(html, { name: 'home.html' }), (e: unknown) => e instanceof InputError && /^home\.html: no article text found/.test(e.message));
});

test('JSON-LD only: date, author and title still found', () => {
  const html = `<html lang="fr"><head><title>Accord signé à Dakar - Le Journal</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Le Journal"},{"@type":"NewsArticle","headline":"Accord signé à Dakar","datePublished":"2025-01-09T17:45:00+01:00","author":{"@type":"Person","name":"Awa Diop"}}]}</script></head>
<body><article><h1>Accord signé à Dakar</h1><p>${'Le Sénégal et la Mauritanie ont signé jeudi un accord sur la pêche dans leurs eaux communes. '.repeat(4)}</p><p>${'Les deux ministres ont salué un accord historique pour les pêcheurs de la région. '.repeat(3)}</p></article></body></html>`;
  const a = readHtml(html);
  assert.equal(a.title, 'Accord signé à Dakar');
  assert.equal(a.published, '2025-01-09');
  assert.equal(a.byline, 'Awa Diop');
  assert.equal(a.lang, 'fr');
  assert.ok(!a.body.startsWith('Accord signé'), 'the headline is not repeated in the body');
});

test('metadata dates become YYYY-MM-DD as written', () => {
  assert.equal(toIsoDay('2019-11-18T23:04:00-05:00'), '2019-11-18');
  assert.equal(toIsoDay('20191118'), '2019-11-18');
  assert.equal(toIsoDay('Tue, 19 Nov 2019 10:00:00 +0000'), '2019-11-19');
  assert.equal(toIsoDay('November 19, 2019 10:02 AM'), '2019-11-19');
  assert.equal(toIsoDay('2019/11/9'), '2019-11-09');
  assert.equal(toIsoDay('yesterday'), null);
  assert.equal(toIsoDay('1850-01-01'), null);
});

test('site names come off titles; languages are normalised', () => {
  assert.equal(stripSiteName('Talks resume in Geneva | Global Wire', 'Global Wire'), 'Talks resume in Geneva');
  assert.equal(stripSiteName('Talks resume in Geneva - The Daily Example', null), 'Talks resume in Geneva');
  assert.equal(stripSiteName('Armenia - Azerbaijan talks resume in Geneva', null), 'Armenia - Azerbaijan talks resume in Geneva');
  assert.equal(normalizeLang('en_us'), 'en-US');
  assert.equal(normalizeLang('DE'), 'de');
});

test('boilerplate lines are recognised by kind, prose is kept', () => {
  for (const l of ['Advertisement', 'Read more: Ministers meet in Lisbon', 'Published 11:34 PM EST Nov 19, 2019', 'November 18, 2019 | 4:10pm', 'By Jane Doe and John Roe, Reuters', 'Image copyright Getty Images', '© 2019 Example News. All rights reserved.', 'Follow us on Twitter']) {
    assert.ok(isBoilerplateLine(l), l);
  }
  for (const l of ['More than 2,500 civilians have been killed this year.', 'Published reports say the talks failed.', 'By Tuesday, the convoy had crossed the border.', 'Sign language interpreters were present.',
    'By the evening, hundreds more', 'by nightfall the river had burst its banks']) {
    assert.ok(!isBoilerplateLine(l), l);
  }
});

test('a dated address stands in for missing date metadata', () => {
  const html = `<html><body><article><p>${'The ministers met in Lisbon on Friday and agreed to meet again next month. '.repeat(4)}</p></article></body></html>`;
  assert.equal(readHtml(html, { url: 'https://news.example.org/2024/12/02/lisbon-talks' }).published, '2024-12-02');
  assert.equal(readHtml(html, { url: 'https://news.example.org/world/lisbon-talks-99123' }).published, null);
});
