// The NER tagger at run time: two stacked perceptron passes over a whole document.
// Pass 1 tags each sentence from local, gazetteer and document-case features; pass 2 sees pass 1's
// labels for this sentence and for the same words elsewhere in the document (consistency).
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { bilouToIob2, loadBundle, type ModelBundle, type StoredModel, type Sequence } from '../ml/index.js';
import { Gazetteer, type GazetteerLists } from './gazetteer.js';
import { caseModeOf, docStats, sentenceFeatureKeys, stackStats, type CaseMode, type SentenceContext } from './features.js';

export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../../models/ner.bin.gz', import.meta.url));

/** Feature keys → ids of a stored model (unknown features dropped). */
export function toSequence(m: StoredModel, f: { keys: number[]; offsets: number[] }): Sequence {
  const feats = new Int32Array(f.keys.length);
  const offsets = new Int32Array(f.offsets.length);
  let n = 0;
  for (let t = 0; t + 1 < f.offsets.length; t++) {
    offsets[t] = n;
    for (let k = f.offsets[t]!; k < f.offsets[t + 1]!; k++) {
      const id = m.index.get(f.keys[k]!);
      if (id >= 0) feats[n++] = id;
    }
  }
  offsets[f.offsets.length - 1] = n;
  return { feats: feats.subarray(0, n), offsets };
}

export class NerTagger {
  readonly gaz: Gazetteer;
  private readonly p1: StoredModel;
  private readonly p2: StoredModel | null;

  constructor(readonly bundle: ModelBundle) {
    this.gaz = new Gazetteer(bundle.meta['gazetteer'] as GazetteerLists);
    this.p1 = bundle.parts['p1']!;
    this.p2 = bundle.parts['p2'] ?? null;
  }

  static load(path = DEFAULT_MODEL_PATH): NerTagger {
    if (!existsSync(path)) throw new Error(`NER model not found at ${path} (run npm run train:ner)`);
    return new NerTagger(loadBundle(path));
  }

  /** IOB2 labels for every sentence of one document (sentences = token texts). */
  tagDocument(sentences: readonly (readonly string[])[], opts: { stacked?: boolean } = {}): string[][] {
    return this.tagDocumentRaw(sentences, opts).map(bilouToIob2);
  }

  /** Labels in the model's own scheme (BILOU for the committed model). */
  tagDocumentRaw(sentences: readonly (readonly string[])[], opts: { stacked?: boolean } = {}): string[][] {
    const modes: CaseMode[] = sentences.map(caseModeOf);
    const doc = docStats(sentences, modes);
    const names1 = this.p1.model.labels.names;
    const first = sentences.map((ws, s) => {
      if (!ws.length) return [];
      const seq = toSequence(this.p1, sentenceFeatureKeys(ws, { mode: modes[s]!, doc, gaz: this.gaz }));
      return Array.from(this.p1.model.decode(seq), (y) => names1[y]!);
    });
    if (!this.p2 || opts.stacked === false) return first;
    const stack = stackStats(sentences, first);
    const names2 = this.p2.model.labels.names;
    return sentences.map((ws, s) => {
      if (!ws.length) return [];
      const ctx: SentenceContext = { mode: modes[s]!, doc, gaz: this.gaz, p1: first[s]!, stack };
      return Array.from(this.p2!.model.decode(toSequence(this.p2!, sentenceFeatureKeys(ws, ctx))), (y) => names2[y]!);
    });
  }
}

let shared: NerTagger | null = null;
/** The committed model, loaded once per process (or worker). */
export function defaultTagger(): NerTagger {
  return (shared ??= NerTagger.load());
}
