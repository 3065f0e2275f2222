import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countryByName, countryOfCapital, countryOfDemonym, countryOfName, findCountryCues } from './countries.js';

test('country names, abbreviations and possessives', () => {
  for (const n of ['United States', 'US', 'U.S.', 'America']) assert.equal(countryByName(n), 'USA', n);
  for (const n of ['UK', 'Britain', 'United Kingdom']) assert.equal(countryByName(n), 'GBR', n);
  assert.equal(countryByName('North Korea'), 'PRK');
  assert.equal(countryByName('DPRK'), 'PRK');
  assert.equal(countryByName('South Korea'), 'KOR');
  assert.equal(countryByName("Iran's"), 'IRN');
  assert.equal(countryByName('Russia’s'), 'RUS');
  assert.equal(countryByName('Baghdad'), null);
});

test('demonyms prefer sovereign states and our additions', () => {
  assert.equal(countryOfDemonym('Iraqi'), 'IRQ');
  assert.equal(countryOfDemonym('North Korean'), 'PRK');
  assert.equal(countryOfDemonym('French'), 'FRA'); // not the French Southern Lands
  assert.equal(countryOfDemonym('American'), 'USA'); // not the Northern Mariana Islands
  assert.equal(countryOfDemonym('Iraqis'), 'IRQ');
  assert.equal(countryOfDemonym('Emirati'), 'ARE');
});

test('capitals stand for their countries', () => {
  assert.equal(countryOfCapital('Tehran'), 'IRN');
  assert.equal(countryOfCapital('Washington'), 'USA');
  assert.equal(countryOfCapital('Kiev'), 'UKR');
  assert.equal(countryOfName('Pyongyang'), 'PRK');
});

test('cues in running text: longest first, capitalised only', () => {
  const text = "Iran's Supreme Leader met North Korean and US officials; they told us about china.";
  const cues = findCountryCues(text).map((c) => [c.text, c.iso3, c.kind]);
  assert.deepEqual(cues, [['Iran', 'IRN', 'name'], ['North Korean', 'PRK', 'demonym'], ['US', 'USA', 'name']]);
  const off = findCountryCues('Iraqi judiciary', 10)[0]!;
  assert.equal(off.start, 10);
});
