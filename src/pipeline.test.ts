// The offsets invariant: every annotation's text is exactly the slice of its field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from './analyze.js';
import type { ArticleOut, FieldName, SpanRef } from './types.js';

function fieldOf(a: ArticleOut, f: FieldName): string {
  if (f === 'title') return a.title;
  if (f === 'body') return a.body;
  return a.captions[Number(f.slice(8))]!.text;
}

function spans(a: ArticleOut): SpanRef[] {
  return [
    ...a.entities.flatMap((e) => e.mentions),
    ...a.dates,
    ...a.quotes,
    ...a.events.flatMap((e) => [e.evidence, ...(e.evidence_all ?? [])]),
  ];
}

const seed = join(process.cwd(), '..', 'shared', 'fixtures', 'seed', 'seed-articles.txt');

test('every span of the analysis slices its field exactly (seed dump)', { skip: !existsSync(seed) && 'no ../shared here' }, async () => {
  const r = await analyze(readFileSync(seed, 'utf8'), { published: '2024-11-30' });
  assert.equal(r.articles.length, 2);
  for (const a of r.articles) {
    for (const s of spans(a)) {
      assert.ok(s.start >= 0 && s.end >= s.start, `bad offsets ${JSON.stringify(s)}`);
      assert.equal(fieldOf(a, s.field).slice(s.start, s.end), s.text, `span ${JSON.stringify(s)}`);
    }
  }
});

test('offsets hold on text with astral characters, curly quotes and odd spacing', async () => {
  const text = 'Talks 🌍 Resume in Geneva\n\nThe  foreign minister of France,  Jean Dupont, said “we 🤝 agree” on Monday.\nPresident Ana Ruiz of Chile met him in Geneva on Tuesday.';
  const r = await analyze(text, { published: '2024-03-06' });
  for (const a of r.articles) for (const s of spans(a)) assert.equal(fieldOf(a, s.field).slice(s.start, s.end), s.text);
});
