// The pipeline: ingest → text → ner → syntax → parse → resolve → time → quotes → events → tone.
// Each stage is a pure function of the Doc; the pipeline merges the layers it returns.
import { createDoc, type Doc, type RawArticle, type Stage } from './doc/index.js';
import { textStage } from './text/index.js';
import { nerStage } from './ner/index.js';
import { syntaxStage } from './syntax/index.js';
import { parseStage } from './parse/stage.js';
import { resolveStage } from './resolve/index.js';
import { timeStage } from './time/index.js';
import { quotesStage } from './quotes/index.js';
import { eventsStage } from './events/index.js';
import { toneStage } from './tone/index.js';

export const defaultStages: readonly Stage[] = [
  textStage, nerStage, syntaxStage, parseStage, resolveStage, timeStage, quotesStage, eventsStage, toneStage,
];

export interface PipelineOptions {
  stages?: readonly Stage[];
  /** Run stages only up to and including this one (e.g. 'ner'). */
  until?: string;
}

export function runPipeline(raw: RawArticle, opts: PipelineOptions = {}): Doc {
  let doc = createDoc(raw);
  for (const stage of opts.stages ?? defaultStages) {
    const layers = stage.run(doc, {
      report: (d) => doc.diagnostics.push({ stage: stage.name, ...d }),
    });
    doc = { ...doc, ...layers };
    if (opts.until === stage.name) break;
  }
  return doc;
}
