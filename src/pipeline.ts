// The pipeline: ingest → text → ner → syntax → parse → resolve → time → quotes → events → tone.
// Each stage is a pure function of the Doc; the pipeline merges the layers it returns. Stages
// declare what they read and write; a pipeline is checked once, before its first article, so a
// pipeline built in the wrong order fails with a message instead of a stage guessing.
import { checkStages, createDoc, layerKey, PipelineError, type Doc, type RawArticle, type Stage } from './doc/index.js';
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

/** Per checked stage list, the Doc keys each stage may return. */
const checked = new WeakMap<readonly Stage[], Set<string>[]>();

function ownedKeys(stages: readonly Stage[]): Set<string>[] {
  let keys = checked.get(stages);
  if (!keys) {
    checkStages(stages);
    keys = stages.map((s) => new Set<string>(s.assigns.map(layerKey).concat(s.assigns.includes('published') ? ['publishedSource'] : [])));
    checked.set(stages, keys);
  }
  return keys;
}

/** Check a stage list without running it (throws PipelineError). */
export function checkPipeline(stages: readonly Stage[] = defaultStages): void {
  ownedKeys(stages);
}

export function runPipeline(raw: RawArticle, opts: PipelineOptions = {}): Doc {
  const stages = opts.stages ?? defaultStages;
  const owned = ownedKeys(stages);
  let doc = createDoc(raw);
  for (let i = 0; i < stages.length; i++) {
    const stage = stages[i]!;
    const layers = stage.run(doc, {
      report: (d) => doc.diagnostics.push({ stage: stage.name, ...d }),
    });
    for (const k in layers) {
      if (!owned[i]!.has(k)) throw new PipelineError(`stage '${stage.name}' returned '${k}', which it does not declare in assigns`);
    }
    doc = { ...doc, ...layers };
    if (opts.until === stage.name) break;
  }
  return doc;
}
