#!/usr/bin/env node
// npm run train:ner — trains models/ner.bin.gz from ../shared/data/conll2003/train.txt, reporting
// dev scores per epoch. Options: --epochs1 N --epochs2 N --folds K --out FILE.
import { parseArgs } from 'node:util';
import { trainNer } from '../dist/ner/train.js';

const { values: v } = parseArgs({
  options: {
    train: { type: 'string', default: '../shared/data/conll2003/train.txt' },
    dev: { type: 'string', default: '../shared/data/conll2003/dev.txt' },
    out: { type: 'string', default: 'models/ner.bin.gz' },
    epochs1: { type: 'string', default: '10' },
    epochs2: { type: 'string', default: '8' },
    folds: { type: 'string', default: '5' },
    'title-case-share': { type: 'string', default: '0.5' },
    scheme: { type: 'string', default: 'BILOU' },
  },
});
trainNer({
  train: v.train, dev: v.dev, out: v.out, epochs1: +v.epochs1, epochs2: +v.epochs2, folds: +v.folds,
  titleCaseShare: +v['title-case-share'], scheme: v.scheme === 'BILOU' ? 'BILOU' : 'IOB2', log: (s) => console.log(s),
});
