// The parse model in shared memory (issue 21): the pool's main thread loads models/parse.bin.gz
// once, copies its run-time tables into SharedArrayBuffers and hands them to every analysis
// thread, which wraps them without copying. Loading the model was the largest part of a
// thread's start (gunzip, then ~940,000 features hashed into the move, label and tagger tables:
// 0.7–0.9 s of CPU and ~35 MB per thread); with two threads on two cores that was a core's
// second of work before the first article. The tables are read-only once built, so sharing them
// needs no locking.
import { FeatureIndex, PerceptronModel } from '../ml/index.js';
import type { ParseModelParts } from './model-file.js';
import { InlineTable4, LabelTable } from './weights.js';

/** What crosses to a thread (structured-cloned; the typed arrays are views of shared memory). */
export interface SharedParseModel {
  meta: Record<string, unknown>;
  labelNames: string[];
  moveNames: string[];
  tagger: {
    names: string[];
    allowed: Uint8Array;
    trans: Float32Array;
    scale: number;
    weights: Int16Array;
    indexSlots: Int32Array;
    keys: Int32Array;
  };
  moves: Int32Array;
  labels: { slots: Int32Array; more: Int32Array; L: number };
}

function share<T extends Int32Array | Int16Array | Float32Array | Uint8Array>(a: T): T {
  const C = a.constructor as { new (b: SharedArrayBuffer): T; BYTES_PER_ELEMENT: number };
  const out = new C(new SharedArrayBuffer(a.length * C.BYTES_PER_ELEMENT));
  out.set(a as never);
  return out;
}

/** Copy a loaded model's tables into shared memory. */
export function toShared(parts: ParseModelParts): SharedParseModel {
  const t = parts.tagger;
  const l = parts.labels.arrays();
  return {
    meta: parts.meta,
    labelNames: parts.labelNames,
    moveNames: parts.moveNames,
    tagger: {
      names: [...t.model.labels.names],
      allowed: share(Uint8Array.from(t.model.labels.allowed)),
      trans: share(t.model.trans),
      scale: t.model.scale,
      weights: share(t.model.weights as Int16Array),
      indexSlots: share(t.index.slotArray()),
      keys: share(t.index.keysInOrder()),
    },
    moves: share(parts.moves.slotArray()),
    labels: { slots: share(l.slots), more: share(l.more), L: l.L },
  };
}

/** The model parts over shared tables (no copy of the big arrays). */
export function fromShared(s: SharedParseModel): ParseModelParts {
  const t = s.tagger;
  return {
    meta: s.meta,
    labelNames: s.labelNames,
    moveNames: s.moveNames,
    tagger: {
      model: new PerceptronModel({ names: t.names, allowed: t.allowed }, t.weights, t.trans, t.scale),
      index: FeatureIndex.fromShared(t.indexSlots, t.keys),
    },
    moves: InlineTable4.fromSlots(s.moves),
    labels: LabelTable.fromArrays(s.labels),
  };
}
