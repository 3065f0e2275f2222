import { test } from 'node:test';
import assert from 'node:assert/strict';
import { citiesNamed, loadGazetteer, lookupPlace } from './gazetteer.js';

test('gazetteer loads fast and small', () => {
  const t = performance.now();
  loadGazetteer();
  assert.ok(performance.now() - t < 2000);
});

test('capitals first, then population', () => {
  assert.equal(lookupPlace('Baghdad')?.country, 'IRQ');
  assert.equal(lookupPlace('Paris')?.country, 'FRA');
  assert.equal(lookupPlace('Washington')?.country, 'USA'); // Washington, D.C., not the English town
  const p = lookupPlace('Pyongyang')!;
  assert.ok(Math.abs(p.lat - 39.03) < 0.1 && Math.abs(p.lon - 125.75) < 0.1);
  assert.equal(typeof p.geonames_id, 'number');
});

test('same-named places: the countries the article is about decide', () => {
  assert.equal(lookupPlace('Tripoli')?.country, 'LBY');
  assert.equal(lookupPlace('Tripoli', new Set(['LBN']))?.country, 'LBN');
  assert.equal(citiesNamed('Tripoli', new Set(['LBN']))[0]?.country, 'LBN');
});

test('transliterations and soft signs', () => {
  assert.equal(lookupPlace('Ryazan')?.country, 'RUS');
  assert.equal(lookupPlace('Kiev')?.name, 'Kyiv');
});

test('countries and regions; unknown places stay unresolved', () => {
  assert.equal(lookupPlace('Iran')?.feature, 'country');
  assert.equal(lookupPlace('Red Sea')?.feature, 'region');
  assert.equal(lookupPlace('Tiggerfeld'), null);
});
