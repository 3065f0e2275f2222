// Loading models/parse.bin.gz with a low memory peak. The file is a src/ml/model-io.ts bundle
// (NGML1: magic, header length, JSON header, then per part its Int32 keys and Int16 weights);
// decodeBundle would copy every part and build a FeatureIndex for each, and the move model's index
// is not needed at run time (InlineTable4 and LabelTable hold keys and weights together). Here
// both tables are built straight from the gunzipped bytes; only the tagger gets an index.
import { gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { FeatureIndex, PerceptronModel, type StoredModel } from '../ml/index.js';
import { InlineTable4, LabelTable } from './weights.js';

const MAGIC = 'NGML1\n';

export interface ParseModelParts {
  meta: Record<string, unknown>;
  tagger: StoredModel;
  labels: LabelTable;
  labelNames: string[];
  moves: InlineTable4;
  moveNames: string[];
}

export function readParseModel(pathOrBuffer: string | Buffer): ParseModelParts {
  const gz = typeof pathOrBuffer === 'string' ? readFileSync(pathOrBuffer) : pathOrBuffer;
  const buf = gunzipSync(gz);
  if (buf.subarray(0, MAGIC.length).toString() !== MAGIC) throw new Error('not a newsgraph model file');
  let p = MAGIC.length;
  const hlen = buf.readUInt32LE(p); p += 4;
  const header = JSON.parse(buf.subarray(p, p + hlen).toString('utf8')) as {
    meta: Record<string, unknown>;
    parts: Record<string, { labels: string[]; allowed: number[]; trans: number[]; nFeatures: number; scale: number }>;
  };
  p += hlen;
  const out: Partial<ParseModelParts> = { meta: header.meta };
  for (const [name, h] of Object.entries(header.parts)) {
    const L = h.labels.length, nk = h.nFeatures;
    const keysAt = p, weightsAt = p + nk * 4;
    p = weightsAt + nk * L * 2;
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
    const keys = new Int32Array(nk);
    Buffer.from(keys.buffer).set(buf.subarray(keysAt, weightsAt));
    const q = new Int16Array(nk * L);
    Buffer.from(q.buffer).set(buf.subarray(weightsAt, p));
    const sm: StoredModel = {
      model: new PerceptronModel({ names: h.labels, allowed: Uint8Array.from(h.allowed) }, q, Float32Array.from(h.trans), h.scale),
      index: FeatureIndex.fromKeys(keys),
    };
    if (name === 'tagger') out.tagger = sm;
  }
  if (!out.tagger || !out.labels || !out.moves) throw new Error('parse model: missing part (tagger, moves, labels)');
  return out as ParseModelParts;
}
