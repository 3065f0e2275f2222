import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorCode, knownActor, roleType } from './actor-codes.js';

test('role types from titles: the longest phrase, then the head noun', () => {
  assert.equal(roleType('President'), 'GOV');
  assert.equal(roleType('former Prime Minister'), 'GOV');
  assert.equal(roleType('Russian Defense Minister'), 'MIL');
  assert.equal(roleType('Defense Ministry'), 'MIL');
  assert.equal(roleType('IRGC Quds Force Commander'), 'MIL');
  assert.equal(roleType('top adviser on international affairs'), 'GOV');
  assert.equal(roleType('Iraqi judiciary'), 'JUD');
  assert.equal(roleType('parliament speaker'), 'LEG');
  assert.equal(roleType('opposition leader'), 'OPP');
  assert.equal(roleType('state media'), 'MED');
  assert.equal(roleType('a former economist'), null);
});

test('codes: country + type; IGOs keep their own code', () => {
  assert.equal(actorCode('IRN', 'GOV'), 'IRNGOV');
  assert.equal(actorCode('RUS', 'MIL'), 'RUSMIL');
  assert.equal(actorCode('KOR', null), 'KOR');
  assert.equal(actorCode(null, 'IGO'), 'IGO');
  assert.equal(actorCode(null, null), null);
});

test('well-known actors: organisations exactly, people through spelling variants only', () => {
  assert.equal(knownActor('UN')?.code, 'IGOUNO');
  assert.equal(knownActor('International Criminal Court')?.code, 'IGO');
  assert.equal(knownActor('Vladmir Putin', 'PERSON')?.country, 'RUS');
  assert.equal(knownActor('Kim', 'PERSON'), null);
  assert.equal(knownActor('Putin', 'PERSON'), null);
});
