import { test } from 'node:test';
import assert from 'node:assert/strict';
import { idiomTags } from './idioms.js';

test('"set" before "fire", "ablaze" or "on fire" is a verb, its form from the word before', () => {
  assert.deepEqual(idiomTags(['Protesters', 'set', 'fire', 'to', 'it'], ['NNS', 'JJ', 'NN', 'IN', 'PRP']), ['NNS', 'VBD', 'NN', 'IN', 'PRP']);
  assert.deepEqual(idiomTags(['they', 'had', 'set', 'it', 'on', 'fire'], ['PRP', 'VBD', 'NN', 'PRP', 'IN', 'NN']), null);
  assert.deepEqual(idiomTags(['vowed', 'to', 'set', 'ablaze'], ['VBD', 'TO', 'NN', 'RB']), ['VBD', 'TO', 'VB', 'RB']);
  assert.deepEqual(idiomTags(['was', 'set', 'on', 'fire'], ['VBD', 'NN', 'IN', 'NN']), ['VBD', 'VBN', 'IN', 'NN']);
  // (A verb already, or "set" of another phrase, is left alone.)
  assert.equal(idiomTags(['a', 'set', 'of', 'rules'], ['DT', 'NN', 'IN', 'NNS']), null);
  assert.equal(idiomTags(['they', 'set', 'fire'], ['PRP', 'VBD', 'NN']), null);
});

test('"due" after a form of "be" and before "to" and a verb is the adjective of a plan; "due to rain" is left alone', () => {
  assert.deepEqual(idiomTags(['had', 'been', 'due', 'to', 'travel'], ['VBD', 'VBN', 'IN', 'IN', 'NN']), ['VBD', 'VBN', 'JJ', 'TO', 'VB']);
  assert.equal(idiomTags(['cancelled', 'due', 'to', 'rain'], ['VBN', 'IN', 'IN', 'NN']), null);
});

test('a hyphened participle before a noun is an adjective', () => {
  assert.deepEqual(idiomTags(['a', 'Marshall', 'Islands-flagged', 'tanker'], ['DT', 'NNP', 'VBD', 'NN']), ['DT', 'NNP', 'JJ', 'NN']);
  assert.equal(idiomTags(['U.S.-brokered', 'talks'], ['JJ', 'NNS']), null);
});

test('"open" before "fire" is the verb', () => {
  assert.deepEqual(idiomTags(['police', 'open', 'fire'], ['NN', 'JJ', 'NN']), ['NN', 'VBP', 'NN']);
  assert.deepEqual(idiomTags(['troops', 'opened', 'fire'], ['NNS', 'JJ', 'NN']), ['NNS', 'VBD', 'NN']);
  assert.equal(idiomTags(['an', 'open', 'fire'], ['DT', 'JJ', 'NN']), null);
});

test('an office "X-general" is a noun', () => {
  assert.deepEqual(idiomTags(["NATO", "'s", 'secretary-general', 'said'], ['NNP', 'POS', 'JJ', 'VBD']), ['NNP', 'POS', 'NN', 'VBD']);
});
