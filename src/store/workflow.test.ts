// The analyst's counts (issue 20): one story however its address is written or reworded, one
// incident told in a caption and the body, names joined across articles, dates of every precision.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import type { Db } from './db.js';
import { storeArticle, listEvents, listEntities, listArticles, getArticle, health, timeline, deleteArticle } from './index.js';
import { exportLines } from './export.js';
import { testEngines } from './engines-for-tests.js';
import type { ArticleOut, EntityOut, EventOut, SpanRef } from '../types.js';

const span = (text: string, needle: string, field: SpanRef['field'] = 'body', from = 0): SpanRef => {
  const start = text.indexOf(needle, from);
  assert.ok(start >= 0, `"${needle}" is in the text`);
  return { field, start, end: start + needle.length, text: needle };
};

function article(o: Partial<ArticleOut> & { body: string; title: string }): ArticleOut {
  return {
    id: createHash('sha256').update(o.body).digest('hex').slice(0, 16),
    url: null, captions: [], published: '2024-12-11', published_source: 'given',
    entities: [], dates: [], quotes: [], events: [], tone: { score: -1, positive: 1, negative: 2 },
    ...o,
  };
}

function ev(id: string, o: Partial<EventOut> & { evidence: SpanRef }): EventOut {
  return {
    id, source: { entity: 'e1', name: 'Kenyan police', country: 'KEN', actor_code: 'KENCOP' }, target: null,
    cameo: '173', root: '17', plover: 'COERCE', quad_class: 4, goldstein: -5, date: '2024-12-09', place: null,
    negated: false, hedged: false, mentions: 1, ...o,
  };
}

const WORDS = ('the protest movement said its organisers had been taken from their homes before dawn and driven to a '
  + 'police station on the edge of the city where lawyers were refused access for several hours while officers '
  + 'questioned them about plans for a march against the new finance bill which would raise taxes on bread fuel '
  + 'and mobile money transfers critics say the measures fall hardest on the poor and the young who have led weeks '
  + 'of demonstrations across the country the interior ministry said the arrests were lawful and that the march had '
  + 'not been authorised a court is expected to hear bail applications later this week').split(' ');

for (const engine of testEngines('workflow')) {
  describe(`analyst's counts on ${engine.name}`, () => {
    let db: Db;
    before(async () => { db = await engine.open(); });
    after(async () => { await engine.dispose(db); });

    test('the same story at two forms of its URL and a near-duplicate rewrite are one story with two sources', async () => {
      const lead = 'Kenyan police arrested 14 protest organisers in Nairobi on Monday.';
      const body = `${lead}\n\n${WORDS.join(' ')}.`;
      const ents = (b: string): EntityOut[] => [
        { id: 'e1', name: 'Kenyan police', type: 'ORG', country: 'KEN', actor_code: 'KENCOP', role: null, geo: null, mentions: [span(b, 'Kenyan police')] },
        { id: 'e2', name: 'Nairobi', type: 'GPE', country: 'KEN', actor_code: null, role: null, geo: { lat: -1.28, lon: 36.82, geonames_id: 184745 }, mentions: [span(b, 'Nairobi')] },
      ];
      const evs = (b: string) => [ev('v1', { evidence: span(b, lead) })];
      const full = article({ title: 'Kenyan police arrest protest organisers', body, url: 'https://www.example.com/news/kenya-arrests?utm_source=twitter&utm_medium=social', entities: ents(body), events: evs(body) });
      const cut = body.slice(0, Math.floor(body.length / 2));
      const truncated = article({ title: 'Kenyan police arrest protest organisers', body: cut, url: 'http://example.com/news/kenya-arrests/', entities: ents(cut), events: evs(cut) });
      const reworded = body.replace('taken from their homes', 'removed from their houses').replace('several hours', 'many hours');
      const rewrite = article({ title: 'Police in Kenya arrest march organisers', body: reworded, url: 'https://other.example.org/world/africa/kenya-arrests-organisers', entities: ents(reworded), events: evs(reworded) });
      const h0 = await health(db);
      const rs = [await storeArticle(db, full), await storeArticle(db, truncated), await storeArticle(db, rewrite)];
      assert.deepEqual(rs.map((r) => r.status), ['stored', 'stored', 'stored'], 'every copy is kept, for its provenance');
      assert.equal(new Set(rs.map((r) => r.dup_group)).size, 1, 'one story');
      assert.equal((await health(db)).stories, h0.stories + 1);
      const listed = (await listArticles(db, {}, { limit: 50, offset: 0 })).items.find((x) => x.id === full.id)!;
      assert.equal(listed.duplicates, 2);
      assert.equal(listed.sources, 2, 'example.com and other.example.org');
      const events = await listEvents(db, { article: full.id }, { limit: 10, offset: 0 });
      assert.equal(events.items.length, 1);
      const e = events.items[0]!;
      assert.equal(e.num_sources, 2);
      assert.equal(e.num_articles, 2, 'the truncated copy of the same URL adds no article');
      assert.equal(e.num_mentions, 2);
      // Taking the reworded copy away leaves one report.
      await deleteArticle(db, rewrite.id);
      const again = (await listEvents(db, { article: full.id }, { limit: 10, offset: 0 })).items[0]!;
      assert.deepEqual([again.num_articles, again.num_sources], [1, 1]);
    });

    test('one incident in the caption and the body, a day apart, is one event with two evidence spans', async () => {
      const caption = 'Police detain protesters in Nairobi, Kenya, Tuesday, Nov. 19, 2024.';
      const body = 'Kenyan police detained dozens of protesters in Nairobi on Monday, witnesses said.\n\nThe protests against the finance bill have lasted for weeks.';
      const a = article({
        title: 'Dozens detained in Nairobi protests', body, captions: [{ text: caption, credit: 'AP' }],
        entities: [{ id: 'e1', name: 'Kenyan police', type: 'ORG', country: 'KEN', actor_code: 'KENCOP', role: null, geo: null, mentions: [span(body, 'Kenyan police'), span(caption, 'Police', 'caption:0')] }],
        events: [
          ev('v1', { cameo: '173', date: '2024-11-19', evidence: span(caption, caption, 'caption:0') }),
          ev('v2', { cameo: '173', date: '2024-11-18', evidence: span(body, 'Kenyan police detained dozens of protesters in Nairobi on Monday, witnesses said.') }),
        ],
      });
      await storeArticle(db, a);
      const events = await listEvents(db, { article: a.id }, { limit: 10, offset: 0 });
      assert.equal(events.items.length, 1, 'one event');
      const e = events.items[0]!;
      assert.deepEqual(e.evidence_spans.map((s) => s.field).sort(), ['body', 'caption:0']);
      assert.equal(e.num_mentions, 2);
      assert.deepEqual([e.date, e.date_start, e.date_end, e.date_precision], ['2024-11-18', '2024-11-18', '2024-11-19', 'day']);
      const stored = await getArticle(db, a.id);
      assert.equal(new Set(stored!.events.map((x) => (x as unknown as { global_id: string | null }).global_id)).size, 1, 'both reports point at the folded event');
    });

    test('names join across articles: capitals, defined acronyms', async () => {
      const b1 = 'MANILA — The Philippines summoned the Chinese ambassador on Sunday.';
      const b2 = 'Officials in Manila said the coast guard would keep up its patrols near the shoal.';
      const gpe = (name: string, b: string): EntityOut => ({ id: 'e1', name, type: 'GPE', country: 'PHL', actor_code: null, role: null, geo: { lat: 14.6, lon: 120.98, geonames_id: 1701668 }, mentions: [span(b, name)] });
      await storeArticle(db, article({ title: 'Philippines summons envoy', body: b1, entities: [gpe('MANILA', b1)] }));
      await storeArticle(db, article({ title: 'Patrols continue', body: b2, entities: [gpe('Manila', b2)] }));
      const m = await listEntities(db, { q: 'manila' }, { limit: 10, offset: 0 });
      assert.equal(m.items.length, 1);
      assert.equal(m.items[0]!.name, 'Manila', 'the calm spelling is shown');
      assert.equal(m.items[0]!.articles, 2);

      const t1 = 'The attack was claimed by the Pakistani Taliban, known as Tehreek-e-Taliban Pakistan, or TTP, which is allied with the Afghan Taliban. The TTP said more attacks would follow.';
      const org = (id: string, name: string, b: string, ...ms: SpanRef[]): EntityOut => ({ id, name, type: 'ORG', country: 'PAK', actor_code: 'PAKREB', role: null, geo: null, mentions: ms.length ? ms : [span(b, name)] });
      await storeArticle(db, article({
        title: 'Checkpoint attack claimed', body: t1,
        entities: [org('e1', 'Pakistani Taliban', t1), org('e2', 'TTP', t1, span(t1, 'TTP'), span(t1, 'TTP', 'body', t1.indexOf('The TTP')))],
      }));
      const t2 = 'Officials blamed the TTP for the ambush in North Waziristan.';
      await storeArticle(db, article({ title: 'Ambush in Waziristan', body: t2, entities: [org('e1', 'TTP', t2)] }));
      const pt = await listEntities(db, { q: 'pakistani taliban' }, { limit: 10, offset: 0 });
      assert.equal(pt.items.length, 1);
      assert.equal(pt.items[0]!.articles, 2, 'the later article that only says TTP joins the entity');
      assert.equal((await listEntities(db, { q: 'ttp', type: 'ORG' }, { limit: 10, offset: 0 })).total, 0, 'no separate TTP entity');

      // The actor dictionary's spellings and aliases.
      const p1 = 'Vladmir Putin met the delegation in Moscow.';
      const p2 = 'Vladimir Putin spoke to reporters on Friday.';
      const person = (name: string, b: string): EntityOut => ({ id: 'e1', name, type: 'PERSON', country: 'RUS', actor_code: 'RUSGOV', role: null, geo: null, mentions: [span(b, name)] });
      await storeArticle(db, article({ title: 'Delegation in Moscow', body: p1, entities: [person('Vladmir Putin', p1)] }));
      await storeArticle(db, article({ title: 'Reporters', body: p2, entities: [person('Vladimir Putin', p2)] }));
      const putin = await listEntities(db, { q: 'putin', type: 'PERSON' }, { limit: 10, offset: 0 });
      assert.deepEqual(putin.items.map((e) => [e.name, e.articles]), [['Vladimir Putin', 2]]);
    });

    test('dates of every precision: stored as periods, filtered by a documented rule, exported with SQLDATE', async () => {
      const body = 'Ministers met in December. Talks were held in week 50. Troops crossed on December 10. A treaty was signed in 2023. No strike took place. Envoys met at some point.';
      const s = (t: string) => span(body, t);
      const src = { entity: null, name: 'Ruritania', country: 'RUR', actor_code: 'RUR' };
      const a = article({
        title: 'Periods', body, published: '2024-12-20',
        events: [
          ev('v1', { source: src, cameo: '036', root: '03', plover: 'CONSULT', quad_class: 1, goldstein: 4, date: '2024-12', evidence: s('Ministers met in December.') }),
          ev('v2', { source: src, cameo: '040', root: '04', plover: 'CONSULT', quad_class: 1, goldstein: 1, date: '2024-W50', evidence: s('Talks were held in week 50.') }),
          ev('v3', { source: src, cameo: '190', root: '19', plover: 'ASSAULT', quad_class: 4, goldstein: -10, date: '2024-12-10', evidence: s('Troops crossed on December 10.') }),
          ev('v4', { source: src, cameo: '057', root: '05', plover: 'AGREE', quad_class: 1, goldstein: 8, date: '2023', evidence: s('A treaty was signed in 2023.') }),
          ev('v5', { source: src, cameo: '195', root: '19', plover: 'ASSAULT', quad_class: 4, goldstein: -10, date: '2024-12-11', negated: true, evidence: s('No strike took place.') }),
          ev('v6', { source: src, cameo: '043', root: '04', plover: 'CONSULT', quad_class: 1, goldstein: 2.8, date: null, evidence: s('Envoys met at some point.') }),
        ],
      });
      await storeArticle(db, a);
      const q = async (f: Record<string, unknown>) => (await listEvents(db, { article: a.id, ...f }, { limit: 50, offset: 0 })).items.map((e) => e.date).sort();
      assert.deepEqual(await q({}), ['2023', '2024-12', '2024-12-10', '2024-W50', null].sort() as (string | null)[]);
      const range = { from: '2024-12-10', to: '2024-12-14' };
      assert.deepEqual(await q(range), ['2024-12-10'], 'within: coarse periods are not inside a five-day range');
      assert.deepEqual(await q({ ...range, dates: 'overlap' }), ['2024-12', '2024-12-10', '2024-W50'], 'overlap: they touch it');
      assert.deepEqual(await q({ from: '2024-12-01', to: '2024-12-31' }), ['2024-12', '2024-12-10', '2024-W50'], 'a whole month holds its week');
      assert.deepEqual(await q({ precision: ['month', 'year'] }), ['2023', '2024-12']);
      assert.deepEqual(await q({ negated: 'only' }), ['2024-12-11']);
      assert.equal((await q({ negated: 'include' })).length, 6);
      const byGold = (await listEvents(db, { article: a.id, sort: 'goldstein', order: 'asc' } as never, { limit: 2, offset: 0 }));
      assert.deepEqual(byGold.items.map((e) => e.goldstein), [-10, 1]);
      assert.equal(byGold.total, 5);
      const page2 = await listEvents(db, { article: a.id, sort: 'goldstein', order: 'asc' } as never, { limit: 2, offset: 2 });
      assert.deepEqual(page2.items.map((e) => e.goldstein), [2.8, 4]);
      const month = (await listEvents(db, { article: a.id, precision: ['month'] }, { limit: 5, offset: 0 })).items[0]!;
      assert.deepEqual([month.date_start, month.date_end, month.date_precision], ['2024-12-01', '2024-12-31', 'month']);

      const t = await timeline(db, 'day', { article: a.id });
      assert.deepEqual(t.buckets.map((b) => b.period), ['2024-12-10']);
      assert.deepEqual(t.coarse.map((c) => [c.period, c.precision, c.start, c.end]), [
        ['2023', 'year', '2023-01-01', '2023-12-31'], ['2024-12', 'month', '2024-12-01', '2024-12-31'], ['2024-W50', 'week', '2024-12-09', '2024-12-15'],
      ]);

      const rows: string[][] = [];
      for await (const l of exportLines(db, 'events', 'gdelt', { article: a.id })) rows.push(l.replace(/\n$/, '').split('\t'));
      const by = new Map(rows.map((c) => [c[26], c]));
      assert.equal(rows.length, 5);
      for (const c of rows) assert.match(c[1]!, /^\d{8}$/, 'SQLDATE is never empty');
      assert.deepEqual([by.get('036')![1], by.get('036')![39]], ['20241201', 'DATE:MONTH']);
      assert.deepEqual([by.get('040')![1], by.get('040')![39]], ['20241209', 'DATE:WEEK']);
      assert.deepEqual([by.get('190')![1], by.get('190')![39]], ['20241210', '']);
      assert.deepEqual([by.get('057')![1], by.get('057')![39], by.get('057')![3]], ['20230101', 'DATE:YEAR', '2023']);
      assert.deepEqual([by.get('043')![1], by.get('043')![39]], ['20241220', 'DATE:PUBLISHED']);
      const jl: Record<string, unknown>[] = [];
      for await (const l of exportLines(db, 'events', 'jsonl', { article: a.id, precision: ['week'] })) jl.push(JSON.parse(l));
      assert.deepEqual(jl.map((r) => [r.date, r.date_start, r.date_end, r.date_precision]), [['2024-W50', '2024-12-09', '2024-12-15', 'week']]);
    });

    test('entities filtered by the events they take part in', async () => {
      const all = await listEntities(db, {}, { limit: 500, offset: 0 });
      const acting = await listEntities(db, { root: '17' } as never, { limit: 500, offset: 0 });
      assert.ok(acting.total >= 1 && acting.total < all.total);
      assert.ok(acting.items.some((e) => e.name === 'Kenyan police'));
    });
  });
}
