import { test } from 'node:test';
import assert from 'node:assert/strict';
import { syntaxModels, tagChunks, tagPos } from './tagger.js';
import { syntaxStage } from './index.js';
import { createDoc } from '../doc/index.js';
import { textStage } from '../text/index.js';

test('the committed POS tagger and chunker tag a news sentence', () => {
  const m = syntaxModels();
  assert.ok(m, 'models/syntax.bin.gz is committed');
  const words = 'Russia has sent more troops to the border with Ukraine .'.split(' ');
  const pos = tagPos(m, words);
  assert.deepEqual(pos.slice(0, 3), ['NNP', 'VBZ', 'VBN']);
  assert.equal(pos[4], 'NNS');
  const chunks = tagChunks(m, words, pos);
  assert.equal(chunks[0], 'B-NP');
  assert.equal(chunks[1], 'B-VP');
  assert.equal(chunks[2], 'I-VP');
  assert.equal(chunks[5], 'B-PP');
});

test('the syntax stage sets pos and chunk on every token and keeps offsets', () => {
  let doc = createDoc({ title: 'Iran pressures Iraq', captions: [], body: 'The minister was killed in a strike. Talks resumed on Friday.', published: null, publishedSource: null });
  doc = { ...doc, ...textStage.run(doc, { report() {} }) };
  const out = syntaxStage.run(doc, { report() {} });
  assert.ok(out.tokens);
  assert.equal(out.tokens.length, doc.tokens.length);
  for (const t of out.tokens) {
    assert.ok(t.pos && t.chunk, t.text);
    const text = t.field === 'title' ? doc.title : doc.body;
    assert.equal(text.slice(t.start, t.end), t.text);
  }
  const killed = out.tokens.find((t) => t.text === 'killed')!;
  assert.equal(killed.pos, 'VBN');
});
