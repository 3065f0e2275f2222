// Event location, GDELT's order: clause, sentence, dateline, the article's main place, actors' country.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runPipeline } from '../pipeline.js';
import { locateEvent, actorPlace } from './locate.js';

const analyse = (body: string, title = '') => runPipeline({ title, captions: [], body, published: '2024-06-01', publishedSource: 'given' }, { until: 'resolve' });
const sentenceWith = (doc: ReturnType<typeof analyse>, text: string) => doc.sentences.findIndex((s) => (s.field === 'body' ? doc.body : doc.title).slice(s.start, s.end).includes(text));
const actor = (country: string) => ({ entity: null, name: country, country, actor_code: country });

test('the clause\'s place first, with coordinates and precision', () => {
  const doc = analyse('KYIV, Ukraine (Reuters) — Russian drones struck Kharkiv overnight, officials said. The mayor spoke in Odesa later.');
  const p = locateEvent(doc, sentenceWith(doc, 'Kharkiv'), { name: 'Kharkiv', country: 'UKR', lat: null, lon: null }, [actor('RUS'), actor('UKR')])!;
  assert.equal(p.name, 'Kharkiv');
  assert.equal(p.from, 'clause');
  assert.equal(p.geo_type, 4);
  assert.ok(p.lat > 49 && p.lat < 51);
  assert.equal(p.admin1_code?.startsWith('UP'), true);
});

test('else a place of the sentence (the most specific that is not an actor), else the dateline', () => {
  const doc = analyse('KYIV, Ukraine (Reuters) — Russia attacked Ukraine near Kharkiv on Monday. Ukraine condemned Russia on Tuesday.');
  const s1 = locateEvent(doc, sentenceWith(doc, 'near Kharkiv'), null, [actor('RUS'), actor('UKR')])!;
  assert.equal(s1.name, 'Kharkiv');
  assert.equal(s1.from, 'sentence');
  const s2 = locateEvent(doc, sentenceWith(doc, 'condemned'), null, [actor('UKR'), actor('RUS')])!;
  assert.equal(s2.from, 'dateline');
  assert.equal(s2.name.toLowerCase(), 'kyiv');
});

test('else the article\'s main place, else the actors\' country (GDELT Geo_Type 1)', () => {
  const doc = analyse('Protests continued in Nairobi for a third day. Organisers said more marches were planned in Nairobi. The government urged calm.');
  const p = locateEvent(doc, sentenceWith(doc, 'urged calm'), null, [actor('KEN')])!;
  assert.equal(p.name, 'Nairobi');
  assert.equal(p.from, 'article');
  const bare = analyse('The minister urged calm. The opposition rejected the call.');
  const c = locateEvent(bare, 0, null, [actor('KEN')])!;
  assert.equal(c.from, 'actor');
  assert.equal(c.geo_type, 1);
  assert.equal(c.country, 'KEN');
  assert.equal(locateEvent(bare, 0, null, []), null);
});

test('every event of the pipeline has a place with a country when its actors have one', () => {
  const doc = runPipeline({ title: '', captions: [], body: 'Kenyan police arrested 14 organisers of a planned march on Tuesday. Amnesty International condemned the arrests.', published: '2024-06-01', publishedSource: 'given' });
  assert.ok(doc.events.length > 0);
  for (const e of doc.events) {
    if (!e.source.country && !e.target?.country) continue;
    assert.ok(e.place && e.place.lat !== null && e.place.country, `event ${e.cameo} has a place with coordinates and a country`);
  }
});

test('an actor\'s own place where the text gives it', () => {
  const doc = analyse('Police in Ohio arrested two men on Friday.');
  const p = actorPlace(doc, 0, { entity: null, name: 'Police', country: 'USA', actor_code: 'USACOP' });
  assert.equal(p?.name, 'Ohio');
  assert.equal(p?.geo_type, 2);
});
