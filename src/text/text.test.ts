import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize, splitSentences, textStage } from './index.js';
import { createDoc, fieldText } from '../doc/index.js';

const toks = (s: string) => tokenize(s).map((t) => t.text);
const sents = (s: string) => {
  const t = tokenize(s);
  return splitSentences(s, t).map((r) => s.slice(t[r.tokenStart]!.start, t[r.tokenEnd - 1]!.end));
};

test('abbreviations keep their period', () => {
  assert.deepEqual(toks('on Jan. 3, 2020 in the U.S. and U.N.'), ['on', 'Jan.', '3', ',', '2020', 'in', 'the', 'U.S.', 'and', 'U.N.']);
  assert.deepEqual(toks('Friday, Nov.29, 2024'), ['Friday', ',', 'Nov.', '29', ',', '2024']);
  assert.deepEqual(toks('before Int’l Courts'), ['before', 'Int’l', 'Courts']);
  assert.deepEqual(toks('Gen. Qassem Soleimani and George W. Bush'), ['Gen.', 'Qassem', 'Soleimani', 'and', 'George', 'W.', 'Bush']);
});

test('quotes are separate tokens', () => {
  assert.deepEqual(toks('reveal the “killers”.'), ['reveal', 'the', '“', 'killers', '”', '.']);
  assert.deepEqual(toks('he said "no" today'), ['he', 'said', '"', 'no', '"', 'today']);
  assert.deepEqual(toks("a 'scare' quote"), ['a', "'", 'scare', "'", 'quote']);
});

test('possessives and negations split like Penn', () => {
  assert.deepEqual(toks("Iran's Supreme Leader"), ['Iran', "'s", 'Supreme', 'Leader']);
  assert.deepEqual(toks('Soleimani’s assassination'), ['Soleimani', '’s', 'assassination']);
  assert.deepEqual(toks('it didn’t and can\'t'), ['it', 'did', 'n’t', 'and', 'ca', "n't"]);
  assert.deepEqual(toks('the Jones\' house'), ['the', 'Jones', "'", 'house']);
});

test('hyphenated names and numbers stay whole', () => {
  assert.deepEqual(toks('Muhammad Kazem Al-Sadeq and pro-Iran factions'), ['Muhammad', 'Kazem', 'Al-Sadeq', 'and', 'pro-Iran', 'factions']);
  assert.deepEqual(toks('10,000 troops, 3.5 percent, 1996-08-22, -5'), ['10,000', 'troops', ',', '3.5', 'percent', ',', '1996-08-22', ',', '-5']);
  assert.deepEqual(toks('(AP) -- Reuters...'), ['(', 'AP', ')', '--', 'Reuters', '...']);
});

test('offsets always slice back to the token', () => {
  const s = 'Iran Pressures Iraq to Prosecute Those Responsible for Soleimani’s Killing before Int’l Courts 😀 “x”';
  for (const t of tokenize(s)) assert.equal(s.slice(t.start, t.end), t.text);
});

test('sentence splitting', () => {
  assert.deepEqual(sents('Gen. Smith arrived. Mr. Jones left.'), ['Gen. Smith arrived.', 'Mr. Jones left.']);
  assert.deepEqual(sents('He met George W. Bush on Jan. 3. They talked.'), ['He met George W. Bush on Jan. 3.', 'They talked.']);
  assert.deepEqual(sents('“It is historic.” Al-Sadeq said so.'), ['“It is historic.”', 'Al-Sadeq said so.']);
  assert.deepEqual(sents('He said "no." Then he left.'), ['He said "no."', 'Then he left.']);
  assert.deepEqual(sents('"Why?" he asked.'), ['"Why?" he asked.']);
  assert.deepEqual(sents('It sued the U.S. Navy. The U.S. The end'), ['It sued the U.S. Navy.', 'The U.S.', 'The end']);
  assert.deepEqual(sents('A headline without a stop\nThe body starts here.'), ['A headline without a stop', 'The body starts here.']);
});

test('textStage covers every field with valid offsets', () => {
  const doc = createDoc({ title: 'Iran Pressures Iraq', captions: [{ text: 'Remains of the car (AP)', credit: null }], body: 'First one. Second one.\n\nThird.', published: null, publishedSource: null });
  const l = textStage.run(doc, { report() {} });
  const tokens = l.tokens!, sentences = l.sentences!;
  assert.deepEqual(sentences.map((s) => s.field), ['title', 'caption:0', 'body', 'body', 'body']);
  for (const t of tokens) {
    assert.equal(fieldText(doc, t.field).slice(t.start, t.end), t.text);
    const s = sentences[t.sentence]!;
    assert.equal(s.field, t.field);
  }
  for (const s of sentences) {
    assert.equal(tokens[s.tokenStart]!.start, s.start);
    assert.equal(tokens[s.tokenEnd - 1]!.end, s.end);
  }
});
