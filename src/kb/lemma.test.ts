import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lemmatizeVerb, nounKey, verbForm } from './lemma.js';
import { verbLexicon } from './verb-patterns.js';

const known = (l: string) => verbLexicon().has(l);

test('irregular verbs lemmatise from the table', () => {
  for (const [w, l] of [['sent', 'send'], ['met', 'meet'], ['given', 'give'], ['struck', 'strike'], ['fought', 'fight'], ['was', 'be'], ['withdrew', 'withdraw'], ['shot', 'shoot']]) {
    assert.equal(lemmatizeVerb(w!, known), l, w);
  }
});

test('regular forms prefer lemmas the lexicon knows', () => {
  for (const [w, l] of [['visited', 'visit'], ['seized', 'seize'], ['arrived', 'arrive'], ['scrambled', 'scramble'], ['supplying', 'supply'],
    ['accused', 'accuse'], ['killed', 'kill'], ['recalled', 'recall'], ['shelled', 'shell'], ['applies', 'apply'], ['pressures', 'pressure'],
    ['expressed', 'express'], ['criticizes', 'criticize'], ['deploying', 'deploy'], ['planned', 'plan']]) {
    assert.equal(lemmatizeVerb(w!, known), l, w);
  }
});

test('verb forms tell participles and gerunds', () => {
  assert.equal(verbForm('killed').pastParticiple, true);
  assert.equal(verbForm('taken').pastParticiple, true);
  assert.equal(verbForm('took').pastParticiple, false);
  assert.equal(verbForm('sending').gerund, true);
});

test('noun keys are singular', () => {
  assert.equal(nounKey('missiles'), 'missile');
  assert.equal(nounKey('militias'), 'militia');
  assert.equal(nounKey('countries'), 'country');
  assert.equal(nounKey('arms'), 'arm');
  assert.equal(nounKey('press'), 'press');
});
