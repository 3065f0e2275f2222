// Loading models/parse.bin.gz with a low memory peak. The file is a src/ml/model-io.ts bundle
// (NGML1: magic, header length, JSON header, then per part its Int32 keys and Int16 weights);
// decodeBundle would copy every part and build a FeatureIndex for each, and the move model's index
// is not needed at run time (InlineTable4 and LabelTable hold keys and weights together). Here
// both tables are built straight from the gunzipped bytes; only the tagger gets an index.
import { readFileSync } from 'node:fs';
import { openBundle, storedPart, type StoredModel } from '../ml/index.js';
import { InlineTable4, LabelTable } from './weights.js';

export interface ParseModelParts {
  meta: Record<string, unknown>;
  tagger: StoredModel;
  labels: LabelTable;
  labelNames: string[];
  moves: InlineTable4;
  moveNames: string[];
}

export function readParseModel(pathOrBuffer: string | Buffer): ParseModelParts {
  const { buf, meta, parts } = openBundle(typeof pathOrBuffer === 'string' ? readFileSync(pathOrBuffer) : pathOrBuffer);
  const out: Partial<ParseModelParts> = { meta };
  for (const part of parts) {
    const { name, h, keysAt, weightsAt } = part;
    const L = h.labels.length, nk = h.nFeatures;
    if (name === 'moves') {
      out.moves = InlineTable4.fromBytes(buf, keysAt, weightsAt, nk, L);
      out.moveNames = h.labels;
      continue;
    }
    if (name === 'labels') {
      out.labels = LabelTable.fromBytes(buf, keysAt, weightsAt, nk, L);
      out.labelNames = h.labels;
      continue;
    }
    if (name === 'tagger') out.tagger = storedPart(buf, part);
  }
  if (!out.tagger || !out.labels || !out.moves) throw new Error('parse model: missing part (tagger, moves, labels)');
  return out as ParseModelParts;
}
