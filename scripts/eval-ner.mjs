#!/usr/bin/env node
// npm run eval:ner — tags the CoNLL-2003 dev split with the committed model (models/ner.bin.gz)
// and prints conlleval-style precision / recall / F1, overall and per type. Also runs the shared
// scorer (../shared/tools/ner-eval.mjs) on the same predictions when it is there, as a cross-check.
// Options: --dev FILE --model FILE --out FILE (keep the predictions) --no-stack (pass 1 only).
import { readFileSync, writeFileSync, existsSync, mkdtempSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { NerTagger, DEFAULT_MODEL_PATH } from '../dist/ner/tagger.js';
import { tagConllText } from '../dist/ner/conll-tag.js';
import { parseConll } from '../dist/ner/conll.js';
import { scoreChunks, formatReport } from '../dist/ner/evaluate.js';

const { values: v } = parseArgs({
  options: {
    dev: { type: 'string', default: '../shared/data/conll2003/dev.txt' },
    model: { type: 'string', default: DEFAULT_MODEL_PATH },
    out: { type: 'string' },
    'no-stack': { type: 'boolean', default: false },
  },
});
const t0 = performance.now();
const tagger = NerTagger.load(v.model);
const loadMs = performance.now() - t0;
const text = readFileSync(v.dev, 'utf8');
const t1 = performance.now();
const stacked = !v['no-stack'];
const out = tagConllText(text, stacked ? tagger : { tagDocument: (s) => tagger.tagDocument(s, { stacked: false }) });
const tagMs = performance.now() - t1;
const gold = parseConll(text).flatMap((d) => d.sentences.map((s) => s.tags));
const pred = parseConll(out.split('\n').map((l) => (l.startsWith('-DOCSTART-') || !l.trim() ? l : l.split(' ').filter((_, i, a) => i === 0 || i === a.length - 1).join(' '))).join('\n'))
  .flatMap((d) => d.sentences.map((s) => s.tags));
const tokens = gold.reduce((n, s) => n + s.length, 0);
console.log(`NER on ${v.dev} (${tokens} tokens; model ${v.model}${stacked ? '' : ', pass 1 only'})`);
console.log(formatReport(scoreChunks(gold, pred)));
console.log(`model load ${loadMs.toFixed(0)} ms; tagging ${(tokens / (tagMs / 1000)).toFixed(0)} tokens/s`);
const file = v.out ?? join(mkdtempSync(join(tmpdir(), 'ner-')), 'pred.txt');
writeFileSync(file, out);
const shared = '../shared/tools/ner-eval.mjs';
if (existsSync(shared)) {
  const r = execFileSync(process.execPath, [shared, v.dev, file], { encoding: 'utf8' });
  console.log(`shared scorer: ${r.trim().split('\n').pop()}`);
}
