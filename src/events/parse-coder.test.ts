// The coder on hand-written parses (the parser is tested on its own): clause structure, modality,
// coordination, actors of no country and counts, independent of the tagger and the parser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { handDoc, withParse, type HandEntity } from '../testing/hand-doc.js';
import { eventsStage } from './index.js';
import type { EventOut } from '../types.js';

const T: HandEntity[] = [
  { names: ['Chile'], type: 'GPE', country: 'CHL' },
  { names: ['Peru'], type: 'GPE', country: 'PER' },
  { names: ['Russia'], type: 'GPE', country: 'RUS' },
  { names: ['Moldova'], type: 'GPE', country: 'MDA' },
  { names: ['Poland'], type: 'GPE', country: 'POL' },
  { names: ['NATO'], type: 'ORG', country: null, code: 'IGO' },
  { names: ['Ireland'], type: 'GPE', country: 'IRL' },
  { names: ['Lebanon'], type: 'GPE', country: 'LBN' },
  { names: ['Kaduna'], type: 'GPE', country: 'NGA' },
];

const code = (body: string, parse: string): EventOut[] => {
  const doc = withParse(handDoc(body, T), parse);
  return eventsStage.run(doc, { report() {} }).events as EventOut[];
};
const triples = (evs: EventOut[]) => evs.filter((e) => !e.negated).map((e) => `${e.source.actor_code} ${e.cameo} ${e.target?.actor_code ?? '-'}`);

test('coordinated subjects of a mutual act act on each other; "agreed to" makes it an intent', () => {
  const evs = code('Chile and Peru agreed to resume border talks.',
    '4 nsubj NNP | 3 cc CC | 1 conj NNP | 0 root VBD | 6 mark TO | 4 xcomp VB | 8 compound NN | 6 obj NNS | 4 punct .');
  assert.deepEqual(triples(evs).sort(), ['CHL 036 PER', 'PER 036 CHL']);
});

test('"will" acts are intents; a threat of sanctions is a threat (13x), not sanctions', () => {
  assert.deepEqual(triples(code('Ireland will send troops to Lebanon.',
    '3 nsubj NNP | 3 aux MD | 0 root VB | 3 obj NNS | 6 case IN | 3 obl NNP | 3 punct .')), ['IRL 0334 LBN']);
  assert.deepEqual(triples(code('Russia threatened to impose sanctions on Moldova.',
    '2 nsubj NNP | 0 root VBD | 4 mark TO | 2 xcomp VB | 4 obj NNS | 7 case IN | 4 obl NNP | 2 punct .')), ['RUS 1312 MDA']);
});

test('a conditional clause is no event', () => {
  const evs = code('If Russia attacks Poland, NATO will respond.',
    '3 mark IN | 3 nsubj NNP | 8 advcl VBZ | 3 obj NNP | 8 punct , | 8 nsubj NNP | 8 aux MD | 0 root VB | 8 punct .');
  assert.equal(evs.some((e) => e.root === '19' || e.root === '18'), false);
});

test('an actor of no known country keeps its role code; the count of people is on the event', () => {
  const evs = code('Gunmen abducted 40 students in Kaduna.',
    '2 nsubj NNS | 0 root VBD | 4 nummod CD | 2 obj NNS | 6 case IN | 2 obl NNP | 2 punct .');
  const e = evs.find((x) => x.root === '18');
  assert.ok(e, JSON.stringify(triples(evs)));
  assert.equal(e.source.country, null);
  assert.equal(e.source.actor_code, 'UAF');
  assert.deepEqual(e.counts?.map((c) => [c.kind, c.n, c.text]), [['abducted', 40, '40 students']]);
});

test('a warning that promises a consequence is a threat aimed at the actor of the complement', () => {
  // "Russia warned that any Polish attack would be met with a decisive response."
  const evs = code('Russia warned that any Poland attack would be met with a decisive response.',
    '2 nsubj NNP | 0 root VBD | 9 mark IN | 6 det DT | 6 compound NNP | 9 nsubj:pass NN | 9 aux MD | 9 aux:pass VB | 2 ccomp VBN | 13 case IN | 13 det DT | 13 amod JJ | 9 obl NN | 2 punct .');
  assert.deepEqual(triples(evs), ['RUS 130 POL']);
  // (A gloomy forecast is no threat.)
  assert.deepEqual(triples(code('Russia warned that prices would rise.',
    '2 nsubj NNP | 0 root VBD | 6 mark IN | 6 nsubj NNS | 6 aux MD | 2 ccomp VB | 2 punct .')).filter((t) => t.includes(' 13')), []);
});

test('a condemnation of "the move" is aimed at whoever made the move against the condemning side', () => {
  const evs = code('Poland expelled Russia\'s ambassador. Russia condemned the move.',
    '2 nsubj NNP | 0 root VBD | 5 nmod:poss NNP | 3 case POS | 2 obj NN | 2 punct . | 8 nsubj NNP | 0 root VBD | 10 det DT | 8 obj NN | 8 punct .');
  assert.deepEqual(triples(evs).slice(-1), ['RUS 111 POL']);
});

test('people counted but not named are acted on: a bare number as the object of an arrest', () => {
  assert.deepEqual(triples(code('Russia arrested six.',
    '2 nsubj NNP | 0 root VBD | 2 obj CD | 2 punct .')), ['RUS 173 RUSCVL']);
  // (A number hung on a later noun across a preposition is the object itself.)
  assert.deepEqual(triples(code('Russia arrested six over posts.',
    '2 nsubj NNP | 0 root VBD | 5 nummod CD | 5 case IN | 2 obj NNS | 2 punct .')), ['RUS 173 RUSCVL']);
});

test('a threat is aimed at the subject of its condition', () => {
  assert.deepEqual(triples(code('Russia threatened countermeasures if Poland intervenes.',
    '2 nsubj NNP | 0 root VBD | 2 obj NNS | 6 mark IN | 6 nsubj NNP | 2 advcl VBZ | 2 punct .')), ['RUS 130 POL']);
});

test('an inquiry into no party named is a state looking into its own affairs; into a party, that party', () => {
  assert.deepEqual(triples(code('Ireland opened an investigation into the killing.',
    '2 nsubj NNP | 0 root VBD | 4 det DT | 2 obj NN | 7 case IN | 7 det DT | 4 nmod NN | 2 punct .')), ['IRL 090 IRL']);
  assert.deepEqual(triples(code('Ireland opened an investigation into Russia.',
    '2 nsubj NNP | 0 root VBD | 4 det DT | 2 obj NN | 6 case IN | 4 nmod NNP | 2 punct .')), ['IRL 090 RUS']);
});

test('an appeal for an end to fighting in a place addresses that place', () => {
  assert.deepEqual(triples(code('NATO urged an end to fighting in Lebanon.',
    '2 nsubj NNP | 0 root VBD | 4 det DT | 2 obj NN | 6 case IN | 4 nmod NN | 8 case IN | 6 nmod NNP | 2 punct .')), ['IGO 020 LBN']);
});
