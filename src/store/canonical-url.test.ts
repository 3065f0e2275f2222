import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalUrl } from './canonical-url.js';

test('the forms of one address share a canonical URL', () => {
  const c = canonicalUrl('https://news.example.org/2024/12/07/water-cannon');
  assert.equal(c, 'news.example.org/2024/12/07/water-cannon');
  for (const v of [
    'http://www.news.example.org/2024/12/07/water-cannon/',
    'https://news.example.org/2024/12/07/water-cannon?utm_source=twitter&utm_medium=social',
    'https://WWW.News.Example.org/2024/12/07/water-cannon/#comments',
    'https://news.example.org/2024/12/07/water-cannon/amp',
    'https://m.news.example.org/2024/12/07/water-cannon?fbclid=abc',
  ]) assert.equal(canonicalUrl(v), c, v);
  assert.notEqual(canonicalUrl('https://news.example.org/2024/12/07/water-cannon?id=2'), c, 'a meaningful parameter stays');
  assert.equal(canonicalUrl('https://x.org/a?b=2&a=1'), canonicalUrl('https://x.org/a?a=1&b=2'));
  assert.equal(canonicalUrl('not a url'), null);
  assert.equal(canonicalUrl(null), null);
});
