// Places in context: found where the recogniser missed them, kept apart from demonyms, people and
// organisations named like places, and carrying their kind and admin path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runPipeline } from '../pipeline.js';
import { hintAt, locativeBefore } from './places.js';

const analyse = (body: string) => runPipeline({ title: '', captions: [], body, published: '2024-06-01', publishedSource: 'given' }, { until: 'resolve' });
const placeAt = (body: string, text: string) => {
  const doc = analyse(body);
  const at = body.indexOf(text);
  return doc.entities.find((e) => ['GPE', 'LOC', 'FAC'].includes(e.type) && e.mentions.some((m) => m.field === 'body' && m.start < at + text.length && at < m.end)) ?? null;
};

test('generic nouns and locative words around a name', () => {
  assert.equal(hintAt('clashes in the Kurram district on Monday', 15, 21), 'division');
  assert.equal(hintAt('near the town of Bagan', 17, 22), 'settlement');
  assert.equal(hintAt('the Ural River rose', 4, 14), 'river');
  assert.equal(locativeBefore('Floods hit towns across the Euphrates', 28), true);
  assert.equal(locativeBefore('stepped up patrols in Zvečan and Leposavić', 33), true);
  assert.equal(locativeBefore('talks on Thursday. Rashid thanked him', 19), false);
});

test('places the recogniser missed are found by the gazetteer in context, with kind and admin path', () => {
  const k = placeAt('PESHAWAR, Pakistan (Reuters) — Gunmen attacked a convoy in the Kurram district of Pakistan on Monday, police said.', 'Kurram');
  assert.ok(k && k.geo, 'Kurram placed');
  assert.equal(k.country, 'PAK');
  assert.equal(k.place?.kind, 'adm2');
  assert.equal(k.place?.admin1, 'Khyber Pakhtunkhwa');
  const chad = placeAt('Thousands of refugees have gathered near Lake Chad, aid groups in Niger said.', 'Lake Chad');
  assert.equal(chad?.place?.kind, 'lake');
  const eu = placeAt('Syrian rebels pushed across the Euphrates on Sunday, a war monitor said.', 'Euphrates');
  assert.equal(eu?.place?.kind, 'river');
  const tx = placeAt('Storms killed three people in Texas on Saturday, officials said.', 'Texas');
  assert.equal(tx?.place?.kind, 'adm1');
  assert.equal(tx?.place?.geo_type, 2);
  assert.equal(tx?.place?.admin1_code, 'USTX');
});

test('a dateline names the place the story is filed from', () => {
  const m = placeAt('MEKELLE, Ethiopia (Reuters) — Fighting resumed on Tuesday in the north of the region, residents said.', 'MEKELLE');
  assert.ok(m?.geo);
  assert.equal(m?.country, 'ETH');
});

test('a division after a place and a comma places it: "PORTLAND, Ore.", "Paris, Texas"', () => {
  const ore = placeAt('PORTLAND, Ore. (AP) — Police arrested two protesters on Monday.', 'Ore.');
  assert.equal(ore?.place?.kind, 'adm1');
  assert.equal(ore?.place?.admin1, 'Oregon');
  const portland = placeAt('PORTLAND, Ore. (AP) — Police arrested two protesters on Monday.', 'PORTLAND');
  assert.equal(portland?.place?.admin1, 'Oregon'); // not Portland, Maine
  const paris = placeAt('Officials in Paris, Texas, said the storm killed two.', 'Paris');
  assert.equal(paris?.country, 'USA');
});

test('a demonym is not a place, nor a person or an organisation named like one', () => {
  assert.equal(placeAt('Kenyan police fired tear gas at protesters in Nairobi on Tuesday.', 'Kenyan'), null);
  assert.equal(placeAt('Real Madrid beat Barcelona 2-1 at home on Sunday, extending their lead.', 'Real Madrid'), null);
  assert.equal(placeAt('The Bank of England held interest rates on Thursday, its governor said.', 'England'), null);
  assert.equal(placeAt('Paris Hilton said on Tuesday she would launch a new fragrance.', 'Paris'), null);
  assert.equal(placeAt('Iraqi President Abdul Latif Rashid met the Iranian ambassador on Thursday. Rashid thanked him.', 'Rashid thanked'), null);
});

test('names found whatever the recogniser or the namesakes say (issue 17, round 3)', () => {
  const near = (e: ReturnType<typeof placeAt>, lat: number, lon: number, km = 100) => {
    assert.ok(e?.geo, `${e?.name ?? 'nothing'} placed`);
    const d = Math.hypot(e.geo.lat - lat, (e.geo.lon - lon) * Math.cos((lat * Math.PI) / 180)) * 111;
    assert.ok(d <= km, `${e.name} ${Math.round(d)} km off`);
  };
  // A town written by another of its names, against a prefecture named like it.
  near(placeAt('Tourists left hotels south of Marrakech after the quake, officials said.', 'Marrakech'), 31.63, -8.0, 20);
  // A state whose first word is a river's.
  assert.equal(placeAt('Heavy rain in Rio Grande do Sul submerged parts of Porto Alegre.', 'Rio Grande')?.place?.kind, 'adm1');
  // An American county is written with its word: "near Hunt" is no county.
  assert.notEqual(placeAt('KERRVILLE, Texas (AP) — Floods swept a summer camp near Hunt and homes across Kerr County, officials said.', 'Hunt')?.place?.kind, 'adm2');
  // A town named like a person of the story, in a list of places.
  near(placeAt('Rescue crews from San Antonio and Austin joined the search, said state emergency spokesman Austin Hale.', 'Austin joined'), 30.27, -97.74, 20);
  // Mountains and settlements by head words no person's name has.
  assert.equal(placeAt('Wildfires burned on the slopes of Mount Parnitha north of Athens.', 'Mount Parnitha')?.place?.kind, 'mountain');
  near(placeAt('Palestinians fled Jabalia and Beit Lahia in the north of Gaza.', 'Beit Lahia'), 31.55, 34.5, 20);
  // An Arabic town written without GeoNames' final h, in its country.
  assert.equal(placeAt('Floods swept through Derna and reached Susa in eastern Libya.', 'Susa')?.country, 'LBY');
  // A long river at the point of its course beside its sentence's places, not the dateline's.
  near(placeAt('KYIV (Reuters) — Shelling killed two people in Kherson, fired from the east bank of the Dnipro River, officials said.', 'Dnipro'), 46.7, 32.9, 120);
  // "the Pantanal" is a region, not the small town of that name far away.
  near(placeAt('Brazilian firefighters battled blazes in the Pantanal near Corumbá, in Mato Grosso do Sul state.', 'Pantanal'), -19.0, -57.6, 200);
});

test("a town's whole name the recogniser cut, and its short name", () => {
  assert.equal(placeAt("DHAKA (Reuters) — Cyclone Mocha hit Cox's Bazar and the camps in Teknaf.", 'Bazar')?.name, "Cox's Bazar");
  assert.equal(placeAt('SHARM EL-SHEIKH, Egypt (Reuters) — Talks resumed on Monday.', 'SHARM')?.country, 'EGY');
  assert.equal(placeAt('The Gaza baker who kept bread coming through the war.', 'Gaza')?.mentions[0]?.text, 'Gaza');
  // The short name joins the whole one.
  const sharm = placeAt('SHARM EL-SHEIKH, Egypt (Reuters) — Talks resumed on Monday. Delegates left Sharm on Tuesday.', 'Sharm on');
  assert.ok(sharm?.mentions.some((m) => m.text === 'SHARM EL-SHEIKH'));
  assert.equal(placeAt('Migrants crowded the Kakuma refugee camp in Turkana County, Kenya.', 'Kakuma')?.country, 'KEN');
});
