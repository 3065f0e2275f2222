// Perceptron models in shared memory (issue 21): a model loaded once on the pool's main thread is
// copied into SharedArrayBuffers and handed to each analysis thread, which wraps the arrays
// without copying (the same scheme as the parse model, src/parse/shared.ts). The tables are
// read-only once built, so sharing them needs no locking.
import { FeatureIndex } from './feature-index.js';
import { PerceptronModel } from './perceptron.js';
import type { StoredModel } from './model-io.js';

/** What crosses to a thread (structured-cloned; the typed arrays are views of shared memory). */
export interface SharedModel {
  names: string[];
  allowed: Uint8Array;
  trans: Float32Array;
  scale: number;
  weights: Int16Array | Float32Array;
  indexSlots: Int32Array;
  keys: Int32Array;
}

/** A copy of `a` in a SharedArrayBuffer. */
export function shareArray<T extends Int32Array | Int16Array | Float32Array | Uint8Array>(a: T): T {
  const C = a.constructor as { new (b: SharedArrayBuffer): T; BYTES_PER_ELEMENT: number };
  const out = new C(new SharedArrayBuffer(a.length * C.BYTES_PER_ELEMENT));
  out.set(a as never);
  return out;
}

/** A model and its feature index, copied into shared memory. */
export function shareModel(model: PerceptronModel, index: FeatureIndex): SharedModel {
  return {
    names: [...model.labels.names],
    allowed: shareArray(Uint8Array.from(model.labels.allowed)),
    trans: shareArray(model.trans),
    scale: model.scale,
    weights: shareArray(model.weights),
    indexSlots: shareArray(index.slotArray()),
    keys: shareArray(index.keysInOrder()),
  };
}

/** The model over shared tables (no copy of the big arrays). */
export function modelFromShared(s: SharedModel): StoredModel {
  return {
    model: new PerceptronModel({ names: s.names, allowed: s.allowed }, s.weights, s.trans, s.scale),
    index: FeatureIndex.fromShared(s.indexSlots, s.keys),
  };
}
