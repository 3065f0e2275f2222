// Model files: one gzip'd binary holding named perceptron models (labels, transitions, feature
// keys, weights) plus free JSON metadata. Weights are stored as Int16 with a per-model scale
// (lossless enough for a perceptron: 1/32767 of the largest weight), which halves the file.
import { gunzipSync, gzipSync } from 'node:zlib';
import { readFileSync, writeFileSync } from 'node:fs';
import { FeatureIndex } from './feature-index.js';
import { PerceptronModel } from './perceptron.js';

const MAGIC = 'NGML1\n';

export interface StoredModel { model: PerceptronModel; index: FeatureIndex }
export interface ModelBundle { meta: Record<string, unknown>; parts: Record<string, StoredModel> }

/**
 * Drop features whose weights are all (near) zero, renumbering ids: smaller file, same scores.
 * Returns a new model and index.
 */
export function pruneModel(m: StoredModel, eps = 1e-3): StoredModel {
  const L = m.model.L, keys = m.index.keysInOrder(), W = m.model.weights;
  const keep: number[] = [];
  for (let f = 0; f < keys.length; f++) {
    let big = false;
    for (let y = 0; y < L; y++) if (Math.abs(W[f * L + y]!) > eps) { big = true; break; }
    if (big) keep.push(f);
  }
  const nk = new Int32Array(keep.length), nw = new Float32Array(keep.length * L);
  keep.forEach((f, i) => { nk[i] = keys[f]!; nw.set(W.subarray(f * L, f * L + L), i * L); });
  return { model: new PerceptronModel(m.model.labels, nw, m.model.trans, m.model.scale), index: FeatureIndex.fromKeys(nk) };
}

export function encodeBundle(b: ModelBundle): Buffer {
  const chunks: Buffer[] = [];
  const parts: Record<string, unknown> = {};
  for (const [name, { model, index }] of Object.entries(b.parts)) {
    const keys = index.keysInOrder();
    let q: Int16Array, scale: number;
    if (model.weights instanceof Int16Array) { q = model.weights; scale = model.scale; } else {
      let max = 0;
      for (const w of model.weights) max = Math.max(max, Math.abs(w));
      scale = max > 0 ? max / 32767 : 1;
      q = new Int16Array(model.weights.length);
      for (let i = 0; i < q.length; i++) q[i] = Math.round(model.weights[i]! / scale);
    }
    parts[name] = {
      labels: model.labels.names, allowed: Array.from(model.labels.allowed), trans: Array.from(model.trans),
      nFeatures: keys.length, scale,
    };
    chunks.push(Buffer.from(keys.buffer, keys.byteOffset, keys.byteLength), Buffer.from(q.buffer, q.byteOffset, q.byteLength));
  }
  const header = Buffer.from(JSON.stringify({ meta: b.meta, parts }), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(header.length);
  return gzipSync(Buffer.concat([Buffer.from(MAGIC), len, header, ...chunks]), { level: 9 });
}

/** A part's entry in a bundle's header. */
export interface BundlePartHeader { labels: string[]; allowed: number[]; trans: number[]; nFeatures: number; scale: number }
/** A part of a bundle read as far as its header: where its keys (Int32) and weights (Int16) start. */
export interface BundlePart { name: string; h: BundlePartHeader; keysAt: number; weightsAt: number; end: number }

/**
 * A bundle's gunzipped bytes, its meta and each part's offsets, without copying any part: the
 * parse model (src/parse/model-file.ts) builds its own tables from the bytes.
 */
export function openBundle(gz: Buffer): { buf: Buffer; meta: Record<string, unknown>; parts: BundlePart[] } {
  const buf = gunzipSync(gz);
  if (buf.subarray(0, MAGIC.length).toString() !== MAGIC) throw new Error('not a newsgraph model file');
  let p = MAGIC.length;
  const hlen = buf.readUInt32LE(p); p += 4;
  const header = JSON.parse(buf.subarray(p, p + hlen).toString('utf8')) as { meta: Record<string, unknown>; parts: Record<string, BundlePartHeader> };
  p += hlen;
  const parts: BundlePart[] = [];
  for (const [name, h] of Object.entries(header.parts)) {
    const keysAt = p, weightsAt = p + h.nFeatures * 4;
    p = weightsAt + h.nFeatures * h.labels.length * 2;
    parts.push({ name, h, keysAt, weightsAt, end: p });
  }
  return { buf, meta: header.meta, parts };
}

/** A part as a model with its feature index, copied into aligned arrays (the gunzip buffer offset need not be 4-aligned). */
export function storedPart(buf: Buffer, part: BundlePart): StoredModel {
  const { h } = part;
  const keys = new Int32Array(h.nFeatures);
  Buffer.from(keys.buffer).set(buf.subarray(part.keysAt, part.weightsAt));
  const q = new Int16Array(h.nFeatures * h.labels.length);
  Buffer.from(q.buffer).set(buf.subarray(part.weightsAt, part.end));
  const labels = { names: h.labels, allowed: Uint8Array.from(h.allowed) };
  return { model: new PerceptronModel(labels, q, Float32Array.from(h.trans), h.scale), index: FeatureIndex.fromKeys(keys) };
}

export function decodeBundle(gz: Buffer): ModelBundle {
  const { buf, meta, parts } = openBundle(gz);
  const out: Record<string, StoredModel> = {};
  for (const part of parts) out[part.name] = storedPart(buf, part);
  return { meta, parts: out };
}

export function saveBundle(path: string, b: ModelBundle): void { writeFileSync(path, encodeBundle(b)); }
export function loadBundle(path: string): ModelBundle { return decodeBundle(readFileSync(path)); }
