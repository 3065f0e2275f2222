import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseNominals } from '../kb/nominal-events.js';
import { handDoc, type HandEntity } from '../testing/hand-doc.js';
import { eventsStage } from './index.js';
import type { EventOut } from '../types.js';

test('nominal lexicon: nouns in the singular, two-word nouns, target prepositions', () => {
  const lex = parseNominals('# comment\n040 talk between|with\n195 air_strike on|against\nbad line\n');
  assert.deepEqual([...lex.keys()], ['talk', 'air strike']);
  assert.equal(lex.get('air strike')!.code, '195');
  assert.ok(lex.get('talk')!.preps.has('between'));
});

const T: HandEntity[] = [
  { names: ['Russia'], type: 'GPE', country: 'RUS' },
  { names: ['Ukraine'], type: 'GPE', country: 'UKR' },
  { names: ['Serbia'], type: 'GPE', country: 'SRB' },
  { names: ['Kosovo'], type: 'GPE', country: 'XKX' },
  { names: ['Israeli'], type: 'NORP', country: 'ISR' },
  { names: ['Syria'], type: 'GPE', country: 'SYR' },
  { names: ['Iran'], type: 'GPE', country: 'IRN' },
  { names: ['Finland'], type: 'GPE', country: 'FIN' },
];
const code = (body: string) => (eventsStage.run(handDoc(body, T), { report() {} }).events as EventOut[])
  .map((e) => `${e.source.country} ${e.cameo} ${e.target?.country ?? '-'}`);

test('an event noun heading the subject codes its own event', () => {
  assert.deepEqual(code('Talks between Serbia and Kosovo collapsed on Monday.'), ['SRB 040 XKX']);
  assert.deepEqual(code("Russia's invasion of Ukraine has driven millions from their homes."), ['RUS 190 UKR']);
  assert.deepEqual(code('An Israeli strike on a school in Syria killed 30 people.'), ['ISR 190 SYR']);
});

test('an event noun in an object or an adverbial is not coded on its own', () => {
  assert.deepEqual(code('Iran condemned the Israeli strike on Syria.'), ['IRN 111 ISR']);
  assert.deepEqual(code("Since Russia's invasion of Ukraine, prices have risen."), []);
});
