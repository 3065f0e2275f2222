import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDumpArticle } from './rawdump.js';
import { analyze } from '../analyze.js';

const lines = (s: string) => s.split('\n');

test('folds a repeated header block, drops a lone logo token and splits the credit', () => {
  const a = parseDumpArticle(lines(`Ministers Meet in Lisbon

Delegates arrive at the summit hall (Reuters)
Delegates arrive at the summit hall (Reuters)
XYZ

Ministers Meet in Lisbon

Delegates arrive at the summit hall (Reuters)
Delegates arrive at the summit hall (Reuters)

First paragraph of the story.

Second paragraph of the story.`))!;
  assert.equal(a.title, 'Ministers Meet in Lisbon');
  assert.deepEqual(a.captions, [{ text: 'Delegates arrive at the summit hall', credit: 'Reuters' }]);
  assert.equal(a.body, 'First paragraph of the story.\n\nSecond paragraph of the story.');
});

test('single line breaks between finished sentences are paragraphs; hard wraps are joined', () => {
  const a = parseDumpArticle(lines(`A Title

The first paragraph ends here.
The second one is wrapped
over two lines.`))!;
  assert.equal(a.body, 'The first paragraph ends here.\n\nThe second one is wrapped over two lines.');
});

test('articles are split at two or more blank lines, in input order, with a caption date as published', async () => {
  const text = `First Story\n\nThe ministers met on Friday, Nov. 29, 2024. (AP)\n\nBody one.\n\n\n\nSecond Story\n\nBody two.`;
  const r = await analyze(text);
  assert.equal(r.articles.length, 2);
  assert.equal(r.articles[0]!.title, 'First Story');
  assert.equal(r.articles[1]!.title, 'Second Story');
  assert.equal(r.articles[0]!.published, '2024-11-29');
  assert.equal(r.articles[0]!.published_source, 'caption');
  assert.equal(r.articles[1]!.published, null);
});
