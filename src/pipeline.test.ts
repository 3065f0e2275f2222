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
    ...a.quotes.flatMap((q) => (q.cue ? [q.cue] : [])),
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

test('a pipeline in the wrong order fails before its first article, naming the stage and the layer', async () => {
  const { runPipeline, checkPipeline, defaultStages } = await import('./pipeline.js');
  const { PipelineError } = await import('./doc/index.js');
  const [text, ner, syntax, parse, resolve, time, quotes, events, tone] = defaultStages;
  const wrong = [text!, ner!, syntax!, parse!, time!, quotes!, resolve!, events!, tone!];
  assert.throws(() => checkPipeline(wrong), (e: Error) => e instanceof PipelineError && /stage 'quotes' requires 'entities', which stage 'resolve' assigns only after it/.test(e.message));
  const raw = { title: '', captions: [], body: 'Iran criticised Iraq.', published: null, publishedSource: null };
  assert.throws(() => runPipeline(raw, { stages: wrong }), PipelineError);
  assert.throws(() => runPipeline(raw, { stages: [ner!] }), /stage 'ner' requires 'tokens', which no stage of the pipeline assigns/);
  assert.throws(() => runPipeline(raw, { stages: [text!, { ...ner!, assigns: ['mentions'] }] }), /stage 'ner' returned 'roles', which it does not declare/);
  assert.doesNotThrow(() => checkPipeline());
});

test('a deliberately broken input gets a diagnostic with its position in the JSON', async () => {
  const body = 'The minister said "we will not sign this deal, and left the room.\n\nOfficials said talks would resume on Monday.';
  const r = await analyze(`Talks stall\n\n${body}`, { published: '2024-05-01' });
  assert.equal(r.articles[0]!.body, body);
  const d = r.articles[0]!.diagnostics ?? [];
  assert.equal(d.length, 1);
  assert.deepEqual(d[0], {
    stage: 'quotes', severity: 'warning', message: 'quotation mark never closed: the quotation runs to the end of its paragraph',
    field: 'body', start: body.indexOf('"'), end: body.indexOf('"') + 1, text: '"',
  });
  // A clean article carries no diagnostics field at all (its JSON is as it always was).
  const clean = await analyze('The minister said "we will sign." Officials agreed.', { published: '2024-05-01' });
  assert.equal('diagnostics' in clean.articles[0]!, false);
});

test('an attribution lists the events coded inside what it reports', async () => {
  const r = await analyze('Title\n\nUkraine’s defence ministry said Russian forces shelled Kharkiv overnight.', { published: '2024-03-06' });
  const a = r.articles[0]!;
  const q = a.quotes.find((x) => x.text.startsWith('Russian forces shelled'))!;
  assert.ok(q, 'the reported clause is an attribution');
  const ev = a.events.filter((e) => q.events?.includes(e.id));
  assert.ok(ev.length >= 1 && ev.every((e) => e.source.name.includes('Russia')), JSON.stringify(a.events));
});
