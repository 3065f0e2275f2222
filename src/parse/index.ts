// The dependency parser (issue 15): tagger, arc-eager transition system, features, training,
// evaluation and the `parse` pipeline stage.
export { Parser, parseModel, coarseTag, coarseTable, LabelCandidates, PARSE_MODEL_URL, type ParseResult } from './parser.js';
export { readConll4, readConlluTreebank, parseConllu, formatConllu, ConlluError, type DepSentence, type ConlluBlock } from './conllu.js';
export { normaliseLabel, universal, deriveAgents } from './labels.js';
export { isProjective, isTree, projectivise } from './tree.js';
export { State, moveCosts, staticOracle, SHIFT, RIGHT, LEFT, REDUCE, N_ACTIONS } from './system.js';
export { trainParser, type TrainSentence } from './train.js';
export { UdTagger, tagSentenceKeys, tagSequence } from './tagger.js';
export { Scorer, relationTable, type Scores } from './evaluate.js';
export { parseStage } from './stage.js';
export { sentencesToParse } from './select.js';
export { reattachPunct, PUNCT_TAGS } from './punct.js';
export { parseClusters } from './features.js';
