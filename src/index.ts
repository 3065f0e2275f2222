// newsgraph as a library: `import { analyze } from 'newsgraph'`.
export { analyze, analyzeFile, analyzeSource, InputError, type AnalyzeOptions } from './analyze.js';
export { runPipeline, defaultStages, type PipelineOptions } from './pipeline.js';
export { toArticle } from './output.js';
export * from './types.js';
export type { Doc, RawArticle, Stage, StageContext, Layers, Token, Sentence, Mention } from './doc/index.js';
