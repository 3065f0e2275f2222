// Generic sequence learning: feature hashing + index, averaged structured perceptron, constrained
// Viterbi (full, and pruned to each token's best labels), and a compact model file. Used by NER
// (src/ner), POS/chunking (src/syntax) and the parser's tagger (src/parse).
// See perceptron.ts for a how-to.
export { hashString, hashInit, hashExtend, mix, mix3 } from './hash.js';
export { FeatureIndex } from './feature-index.js';
export { iob2Labels, bilouLabels, freeLabels, iob1ToIob2, iob2ToBilou, bilouToIob2, iob2Chunks, type LabelSet } from './labels.js';
export { PerceptronModel, trainPerceptron, viterbi, packSequence, type Sequence, type Example, type TrainOptions } from './perceptron.js';
export { encodeBundle, decodeBundle, openBundle, storedPart, saveBundle, loadBundle, pruneModel, type ModelBundle, type StoredModel, type BundlePart, type BundlePartHeader } from './model-io.js';
export { Scratch, int32Scratch, float32Scratch, float64Scratch } from './scratch.js';
export { prunedDecodeEmissions } from './decode.js';
export { shareArray, shareModel, modelFromShared, type SharedModel } from './shared.js';
