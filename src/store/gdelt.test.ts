import { test } from 'node:test';
import assert from 'node:assert/strict';
import { geoCols } from './gdelt.js';

test('GDELT geography: type, full name, FIPS country, ADM1 code, point and feature id', () => {
  const city = geoCols({ name: 'Kharkiv', country: 'UKR', lat: 49.98, lon: 36.25, geo_type: 4, admin1: 'Kharkiv', admin1_code: 'UP07', geonames_id: 706483 });
  assert.deepEqual(city, ['4', 'Kharkiv, Ukraine', 'UP', 'UP07', '', '49.98', '36.25', '706483']);
  const country = geoCols({ name: 'Iraq', country: 'IRQ', lat: 33.22, lon: 43.68, geo_type: 1, admin1: null, admin1_code: 'IZ', geonames_id: null });
  assert.deepEqual(country, ['1', 'Iraq', 'IZ', 'IZ', '', '33.22', '43.68', 'IZ']);
  const state = geoCols({ name: 'Texas', country: 'USA', lat: 31, lon: -100, geo_type: 2, admin1: 'Texas', admin1_code: 'USTX', geonames_id: null });
  assert.equal(state[0], '2');
  assert.equal(state[2], 'US');
  assert.equal(state[7], 'USTX');
  // A place stored before precision was recorded: the type follows from what it has.
  assert.equal(geoCols({ name: 'Gaza', country: 'PSE', lat: 31.5, lon: 34.47 })[0], '4');
  assert.equal(geoCols({ name: 'Kenya', country: 'KEN', lat: null, lon: null })[2], 'KE');
  assert.deepEqual(geoCols(null), ['', '', '', '', '', '', '', '']);
  // A place in no country (a sea) is no GDELT place: every row with a place has its country code.
  assert.deepEqual(geoCols({ name: 'Red Sea', country: null, lat: 20, lon: 38.5, geo_type: 4 }), ['', '', '', '', '', '', '', '']);
});
