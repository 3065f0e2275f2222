import { test } from 'node:test';
import assert from 'node:assert/strict';
import { handDoc, type HandEntity } from '../testing/hand-doc.js';
import { eventsStage } from './index.js';
import type { EventOut } from '../types.js';

// Hand-written names only: the generic phrases ("police", "the government") are the coder's own.
const T: HandEntity[] = [
  { names: ['Kenyan'], type: 'NORP', country: 'KEN' },
  { names: ['Kenya', 'Nairobi'], type: 'GPE', country: 'KEN' },
  { names: ['Amnesty International'], type: 'ORG', country: null, code: 'AMN' },
  { names: ['Russian'], type: 'NORP', country: 'RUS' },
  { names: ['Russia'], type: 'GPE', country: 'RUS' },
  { names: ['Belarus'], type: 'GPE', country: 'BLR' },
  { names: ['European Union'], type: 'ORG', country: null, code: 'IGO' },
  { names: ['Olaf Scholz'], type: 'PERSON', country: 'DEU', code: 'DEUGOV' },
  { names: ['Poland'], type: 'GPE', country: 'POL' },
];

const code = (body: string) => eventsStage.run(handDoc(body, T), { report() {} }).events as EventOut[];
const codes = (body: string) => code(body).map((e) => `${e.source.actor_code} ${e.cameo} ${e.target?.actor_code ?? '-'}`);

test('generic target: a domestic source lends its country to the people it acts on', () => {
  assert.deepEqual(codes('Kenyan police arrested at least 14 organisers of a planned march.'), ['KENCOP 173 KENOPP']);
});

test('generic source and target resolve to the article main country only when it has one', () => {
  // No clear main country: nothing to say who "the government" is.
  assert.deepEqual(codes('Amnesty International called on the government to release the detainees.'), []);
  const body = 'NAIROBI, Kenya — Kenyan police arrested 14 organisers on Wednesday. Police fired tear gas to disperse the crowd in Nairobi. '
    + 'Amnesty International called on the government to release the detainees. Kenya said it would respond.';
  assert.deepEqual(codes(body), ['KENCOP 173 KENOPP', 'KENCOP 175 KENCVL', 'AMN 1053 KENGOV']);
});

test('the pattern noun of "sent troops to X" is what is moved, not the target', () => {
  assert.deepEqual(codes('Russia sent Russian troops to Belarus.').map((c) => c.split(' ').pop()), ['BLR']);
});

test('coordinated targets each get the event', () => {
  assert.deepEqual(codes('The European Union imposed sanctions on Russia and Belarus.'), ['IGO 163 RUS', 'IGO 163 BLR']);
});

test('a speech act joined by "and" after reported speech is the speaker\'s', () => {
  assert.deepEqual(codes('Olaf Scholz said Russia wanted a long war and urged Poland to send more aid.'), ['DEUGOV 020 POL']);
});

test('a sentence-opening pronoun is the previous sentence\'s first named subject', () => {
  assert.deepEqual(codes('Olaf Scholz spoke in Berlin on Monday. He urged Poland to send more aid.'), ['DEUGOV 020 POL']);
});
