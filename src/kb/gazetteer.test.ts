import { test } from 'node:test';
import assert from 'node:assert/strict';
import { admin1Of, adm1Code, citiesNamed, distanceKm, fipsOf, geoTypeOf, loadGazetteer, lookupPlace, rankPlaces, placesNamed } from './gazetteer.js';

test('gazetteer loads fast and small', () => {
  const t = performance.now();
  loadGazetteer();
  assert.ok(performance.now() - t < 2000);
});

test('capitals first, then population', () => {
  assert.equal(lookupPlace('Baghdad')?.country, 'IRQ');
  assert.equal(lookupPlace('Paris')?.country, 'FRA');
  assert.equal(lookupPlace('Washington')?.country, 'USA'); // Washington, D.C., not the English town
  assert.equal(lookupPlace('Washington')?.feature, 'PPLC');
  const p = lookupPlace('Pyongyang')!;
  assert.ok(Math.abs(p.lat - 39.03) < 0.1 && Math.abs(p.lon - 125.75) < 0.1);
  assert.equal(typeof p.geonames_id, 'number');
});

test('same-named places: the countries the article is about decide', () => {
  assert.equal(lookupPlace('Tripoli')?.country, 'LBY');
  assert.equal(lookupPlace('Tripoli', new Set(['LBN']))?.country, 'LBN');
  assert.equal(citiesNamed('Tripoli', new Set(['LBN']))[0]?.country, 'LBN');
});

test('transliterations, exonyms and soft signs', () => {
  assert.equal(lookupPlace('Ryazan')?.country, 'RUS');
  assert.equal(lookupPlace('Kiev')?.name, 'Kyiv');
  assert.equal(lookupPlace('Mekelle')?.country, 'ETH');
  assert.equal(lookupPlace('Raqqa')?.country, 'SYR');
  assert.equal(lookupPlace('Gdansk')?.name, 'Gdańsk');
});

test('the hierarchy: divisions with their admin path, regions, seas, rivers, lakes', () => {
  const tx = lookupPlace('Texas')!;
  assert.equal(tx.kind, 'adm1');
  assert.equal(geoTypeOf(tx), 2);
  assert.equal(adm1Code(tx), 'USTX');
  const bav = lookupPlace('Bavaria')!;
  assert.equal(bav.kind, 'adm1');
  assert.equal(bav.country, 'DEU');
  assert.equal(geoTypeOf(bav), 5);
  // A district written with its generic word that is the only district so named is meant even
  // with nothing else to say the article is there; one of thirty namesakes is not guessed.
  assert.equal(lookupPlace('Kurram District')?.country, 'PAK');
  assert.equal(lookupPlace('Washington County'), null);
  assert.equal(lookupPlace('Kurram'), null); // the bare name of a district abroad
  const kurram = lookupPlace('Kurram District', new Set(['PAK']))!;
  assert.equal(kurram.kind, 'adm2');
  assert.equal(admin1Of(kurram)?.name, 'Khyber Pakhtunkhwa');
  const peshawar = lookupPlace('Peshawar')!;
  assert.equal(admin1Of(peshawar)?.name, 'Khyber Pakhtunkhwa');
  assert.equal(geoTypeOf(peshawar), 4);
  assert.equal(lookupPlace('Iran')?.kind, 'country');
  assert.equal(geoTypeOf(lookupPlace('Iran')!), 1);
  assert.equal(lookupPlace('Red Sea')?.kind, 'sea'); // the sea, not Sudan's Red Sea state
  assert.equal(lookupPlace('Lake Chad')?.kind, 'lake');
  assert.equal(lookupPlace('Euphrates')?.kind, 'river');
  assert.equal(lookupPlace('Strait of Hormuz')?.kind, 'strait');
  assert.equal(lookupPlace('Sahara')?.kind, 'desert');
  assert.equal(lookupPlace('Tiggerfeld'), null);
});

test('the generic noun of the text decides between a district and its town, a city and its state', () => {
  assert.equal(rankPlaces('New York')[0]?.kind, 'city'); // a great city before its state
  assert.equal(rankPlaces('New York', { hint: 'adm1' })[0]?.kind, 'adm1');
  assert.equal(rankPlaces('Jasper')[0]?.kind, 'town'); // "Jasper" alone is no "Jasper County"
  assert.equal(rankPlaces('Jasper', { hint: 'division' })[0]?.kind, 'adm2');
});

test('a town\'s old or foreign names come after the places that bear the name', () => {
  assert.equal(lookupPlace('Victoria')?.country, 'AUS'); // the state, not Hong Kong (once "Victoria")
  assert.equal(lookupPlace('Pará')?.kind, 'adm1'); // the state, not Belém (once "Pará")
  assert.equal(lookupPlace('Santa Cruz')?.country, 'BOL'); // a city of a million before a province
  assert.equal(lookupPlace('Peking')?.name, 'Beijing'); // an exonym with no namesake still works
});

test('places already resolved nearby decide: Georgia beside Atlanta, Lismore beside New South Wales', () => {
  const atlanta = lookupPlace('Atlanta')!;
  assert.equal(rankPlaces('Georgia')[0]?.kind, 'country');
  assert.equal(rankPlaces('Georgia', { near: [atlanta] })[0]?.country, 'USA');
  const nsw = lookupPlace('New South Wales')!;
  assert.equal(lookupPlace('Lismore', new Set(), { near: [nsw] })?.country, 'AUS');
});

test('a small town abroad is not what a bare name means; in the article\'s country it is', () => {
  const few = placesNamed('Bagan').filter((p) => p.kind === 'town' && p.population < 50000);
  assert.ok(few.length > 0);
  assert.equal(lookupPlace('Bagan', new Set())?.kind === 'town', false);
});

test('a long river stands where the article is: the Oder at Wrocław, the Indus in Sindh', () => {
  const wroclaw = lookupPlace('Wrocław')!;
  const oder = lookupPlace('Oder', new Set(['POL']), { near: [wroclaw] })!;
  assert.ok(distanceKm(oder, wroclaw) < 100);
  const hyderabad = lookupPlace('Hyderabad', new Set(['PAK']))!;
  assert.equal(hyderabad.country, 'PAK');
  assert.ok(distanceKm(lookupPlace('Indus', new Set(['PAK']), { near: [hyderabad] })!, hyderabad) < 100);
});

test('country points and FIPS 10-4 codes', () => {
  const chile = lookupPlace('Chile')!;
  assert.ok(Math.abs(chile.lat + 35.7) < 1);
  assert.equal(fipsOf('IRQ'), 'IZ');
  assert.equal(fipsOf('DEU'), 'GM');
  assert.equal(fipsOf('RUS'), 'RS');
  assert.equal(fipsOf('GBR'), 'UK');
  assert.equal(fipsOf(null), null);
});

test('a country named by its name outranks namesake towns of the article\'s other country', () => {
  const washington = rankPlaces('Washington')[0]!;
  assert.equal(rankPlaces('Egypt', { focus: new Set(['USA']), near: [washington] })[0]!.country, 'EGY');
  assert.equal(rankPlaces('Lebanon', { focus: new Set(['USA']), near: [washington] })[0]!.country, 'LBN');
});

test('the capital of a country the article names outranks a namesake town near its other places', () => {
  const ny = rankPlaces('New York')[0]!;
  assert.equal(rankPlaces('Bogota', { focus: new Set(['COL', 'USA']), near: [ny] })[0]!.country, 'COL');
});
