// The parse model in shared memory (issue 21): the pool's main thread loads models/parse.bin.gz
// once, copies its run-time tables into SharedArrayBuffers and hands them to every analysis
// thread, which wraps them without copying. Loading the model was the largest part of a
// thread's start (gunzip, then ~940,000 features hashed into the move, label and tagger tables:
// 0.7–0.9 s of CPU and ~35 MB per thread); with two threads on two cores that was a core's
// second of work before the first article. The tables are read-only once built, so sharing them
// needs no locking.
import { modelFromShared, shareArray as share, shareModel, type SharedModel } from '../ml/index.js';
import type { ParseModelParts } from './model-file.js';
import { InlineTable4, LabelTable } from './weights.js';

/** What crosses to a thread (structured-cloned; the typed arrays are views of shared memory). */
export interface SharedParseModel {
  meta: Record<string, unknown>;
  labelNames: string[];
  moveNames: string[];
  tagger: SharedModel;
  moves: Int32Array;
  labels: { slots: Int32Array; more: Int32Array; L: number };
}

/** Copy a loaded model's tables into shared memory. */
export function toShared(parts: ParseModelParts): SharedParseModel {
  const t = parts.tagger;
  const l = parts.labels.arrays();
  return {
    meta: parts.meta,
    labelNames: parts.labelNames,
    moveNames: parts.moveNames,
    tagger: shareModel(t.model, t.index),
    moves: share(parts.moves.slotArray()),
    labels: { slots: share(l.slots), more: share(l.more), L: l.L },
  };
}

/** The model parts over shared tables (no copy of the big arrays). */
export function fromShared(s: SharedParseModel): ParseModelParts {
  return {
    meta: s.meta,
    labelNames: s.labelNames,
    moveNames: s.moveNames,
    tagger: modelFromShared(s.tagger),
    moves: InlineTable4.fromSlots(s.moves),
    labels: LabelTable.fromArrays(s.labels),
  };
}
