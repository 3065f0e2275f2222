// Training the NER model (npm run train:ner): pass 1 on the train split, a K-fold jackknife of
// pass 1 to give the stacked pass 2 honest first-pass labels on train, then pass 2. Dev is used
// only to report scores per epoch (model selection by the epoch counts in the options).
import { readFileSync } from 'node:fs';
import {
  FeatureIndex, bilouLabels, iob2Labels, bilouToIob2, iob2ToBilou, pruneModel, saveBundle, trainPerceptron, type Example, type PerceptronModel, type StoredModel,
} from '../ml/index.js';
import { parseConll, type ConllDoc } from './conll.js';
import { buildGazetteerLists } from './build-gazetteer.js';
import { Gazetteer } from './gazetteer.js';
import { CaseMode, caseModeOf, docStats, sentenceFeatureKeys, stackStats, TYPES, type TokenKeys } from './features.js';
import { TITLE_CASE_SMALL } from './lexicons.js';
import { scoreChunks, formatReport } from './evaluate.js';
import { toSequence } from './tagger.js';

export interface TrainNerOptions {
  train: string; dev: string; out: string;
  epochs1: number; epochs2: number; folds: number;
  /** Share of ALL-CAPS headline sentences rewritten in Title Case (web headlines look like that). */
  titleCaseShare: number;
  scheme: 'IOB2' | 'BILOU';
  log: (s: string) => void;
}

// Targets in IOB2 or BILOU (--scheme); output is always converted back to IOB2.
let LABELS = bilouLabels([...TYPES]);
let toTargets: (t: string[]) => string[] = iob2ToBilou;

function titleCase(ws: string[]): string[] {
  return ws.map((w, i) => {
    if (!/\p{L}/u.test(w) || /\d/.test(w)) return w;
    const l = w.toLowerCase();
    if (i > 0 && TITLE_CASE_SMALL.has(l)) return l;
    return l[0]!.toUpperCase() + l.slice(1);
  });
}

/** Headline augmentation: a deterministic share of ALL-CAPS sentences become Title Case. */
function augment(docs: ConllDoc[], share: number): ConllDoc[] {
  let k = 0;
  return docs.map((d) => ({
    sentences: d.sentences.map((s) => {
      if (caseModeOf(s.tokens) !== CaseMode.Upper) return s;
      k++;
      return (k * 0.618033) % 1 < share ? { tokens: titleCase(s.tokens), tags: s.tags } : s;
    }),
  }));
}

interface DocFeats { keys: TokenKeys[]; gold: Int32Array[] }

function pass1Keys(docs: ConllDoc[], gaz: Gazetteer): DocFeats[] {
  return docs.map((d) => {
    const words = d.sentences.map((s) => s.tokens);
    const modes = words.map((ws) => caseModeOf(ws));
    const ds = docStats(words, modes);
    return {
      keys: words.map((ws, s) => sentenceFeatureKeys(ws, { mode: modes[s]!, doc: ds, gaz })),
      gold: d.sentences.map((s) => Int32Array.from(toTargets(s.tags), (t) => LABELS.names.indexOf(t))),
    };
  });
}

function pass2Keys(docs: ConllDoc[], gaz: Gazetteer, p1: string[][][]): DocFeats[] {
  return docs.map((d, di) => {
    const words = d.sentences.map((s) => s.tokens);
    const modes = words.map((ws) => caseModeOf(ws));
    const ds = docStats(words, modes);
    const stack = stackStats(words, p1[di]!);
    return {
      keys: words.map((ws, s) => sentenceFeatureKeys(ws, { mode: modes[s]!, doc: ds, gaz, p1: p1[di]![s]!, stack })),
      gold: d.sentences.map((s) => Int32Array.from(toTargets(s.tags), (t) => LABELS.names.indexOf(t))),
    };
  });
}

function examples(f: DocFeats[], index: FeatureIndex): Example[][] {
  return f.map((d) => d.keys.map((k, s) => {
    const feats: number[] = [];
    for (let i = 0; i < k.keys.length; i++) feats.push(index.add(k.keys[i]!));
    return { seq: { feats: Int32Array.from(feats), offsets: Int32Array.from(k.offsets as ArrayLike<number>) }, gold: d.gold[s]! };
  }));
}

function decodeDocs(m: StoredModel, f: DocFeats[]): string[][][] {
  return f.map((d) => d.keys.map((k) => Array.from(m.model.decode(toSequence(m, k)), (y) => LABELS.names[y]!)));
}

function devScore(m: StoredModel, f: DocFeats[], gold: ConllDoc[]): ReturnType<typeof scoreChunks> {
  const pred = decodeDocs(m, f).flat().map(bilouToIob2);
  return scoreChunks(gold.flatMap((d) => d.sentences.map((s) => s.tags)), pred);
}

/**
 * Words the training text writes in lower case mid-sentence (and rarely capitalised there): used at
 * run time to re-case Title Case headlines ("Iran Pressures Iraq to Prosecute Those Responsible").
 */
function lowerCaseLexicon(docs: ConllDoc[]): string[] {
  const words = docs.flatMap((d) => d.sentences.map((s) => s.tokens));
  const st = docStats(words, words.map((ws) => caseModeOf(ws)));
  const out: string[] = [];
  for (const [w, n] of st.low) if (n >= 2 && n >= 3 * (st.capMid.get(w) ?? 0)) out.push(w);
  return out.sort();
}

export function trainNer(o: TrainNerOptions): void {
  const t0 = Date.now();
  if (o.scheme === 'IOB2') { LABELS = iob2Labels([...TYPES]); toTargets = (t) => t; }
  const el = () => `${((Date.now() - t0) / 1000).toFixed(0)}s`;
  const train = augment(parseConll(readFileSync(o.train, 'utf8')), o.titleCaseShare);
  const dev = parseConll(readFileSync(o.dev, 'utf8'));
  const lists = buildGazetteerLists();
  const gaz = new Gazetteer(lists);
  o.log(`read ${train.length} train and ${dev.length} dev documents; gazetteer built (${el()})`);

  // Pass 1 on everything.
  const f1 = pass1Keys(train, gaz);
  const index1 = new FeatureIndex(1 << 20);
  const ex1 = examples(f1, index1);
  const dev1 = pass1Keys(dev, gaz);
  o.log(`pass 1: ${index1.size} features (${el()})`);
  const fit = (data: Example[], epochs: number, index: FeatureIndex, devF: DocFeats[] | null): PerceptronModel =>
    trainPerceptron(data, {
      labels: LABELS, nFeatures: index.size, epochs, seed: 7,
      onEpoch: devF ? (ep, m, mistakes) => {
        const r = devScore({ model: m, index }, devF, dev);
        o.log(`  epoch ${ep}: ${mistakes} sentences wrong; dev F1 ${r.overall.f1.toFixed(2)} (${el()})`);
      } : undefined,
    });
  const m1: StoredModel = { model: fit(ex1.flat(), o.epochs1, index1, dev1), index: index1 };

  // Jackknife: pass-1 labels on train from models that did not see those documents.
  const p1Train: string[][][] = new Array(train.length);
  for (let k = 0; k < o.folds; k++) {
    const inFold = (d: number) => d % o.folds === k;
    const mk = fit(ex1.filter((_, d) => !inFold(d)).flat(), o.epochs1, index1, null);
    const held = f1.map((d, i) => (inFold(i) ? d : null));
    held.forEach((d, i) => { if (d) p1Train[i] = decodeDocs({ model: mk, index: index1 }, [d])[0]!; });
    o.log(`  fold ${k + 1}/${o.folds} done (${el()})`);
  }
  const jack = scoreChunks(train.flatMap((d) => d.sentences.map((s) => s.tags)), p1Train.flat().map(bilouToIob2));
  o.log(`jackknifed pass-1 F1 on train ${jack.overall.f1.toFixed(2)}`);

  // Pass 2 (stacked).
  const p1Dev = decodeDocs(m1, dev1);
  const f2 = pass2Keys(train, gaz, p1Train);
  const index2 = new FeatureIndex(1 << 20);
  const ex2 = examples(f2, index2);
  const dev2 = pass2Keys(dev, gaz, p1Dev);
  o.log(`pass 2: ${index2.size} features (${el()})`);
  const m2: StoredModel = { model: fit(ex2.flat(), o.epochs2, index2, dev2), index: index2 };

  const r1 = devScore(m1, dev1, dev), r2 = devScore(m2, dev2, dev);
  o.log(`dev pass 1:\n${formatReport(r1)}\ndev pass 2:\n${formatReport(r2)}`);
  const pm1 = pruneModel(m1), pm2 = pruneModel(m2);
  const caseLower = lowerCaseLexicon(train);
  o.log(`truecasing lexicon: ${caseLower.length} words written lower-case in running text`);
  o.log(`pruned: ${pm1.index.size} + ${pm2.index.size} features`);
  saveBundle(o.out, {
    meta: {
      kind: 'newsgraph-ner', version: 2, scheme: o.scheme, types: TYPES, trainedOn: 'CoNLL-2003 train', epochs: [o.epochs1, o.epochs2],
      folds: o.folds, devF1: +r2.overall.f1.toFixed(2), gazetteer: lists, caseLower,
    },
    parts: { p1: pm1, p2: pm2 },
  });
  o.log(`saved ${o.out} (${el()})`);
}
