import type { Diagnostic, Doc, Layers } from './doc.js';
import type { PublishedSource } from '../types.js';

/** What a stage may do besides returning layers: report problems with positions. */
export interface StageContext {
  report(d: Omit<Diagnostic, 'stage'>): void;
}

/**
 * Names of what a stage can require or assign: the Doc's layers, plus attributes some stages add
 * to the tokens ('pos' and 'chunk' from syntax) and the publication date the time stage may settle.
 */
export type LayerName = keyof Layers | 'pos' | 'chunk' | 'published';

/** The Doc key a layer name is stored under ('pos' and 'chunk' live on the tokens). */
export function layerKey(name: LayerName): keyof StageResult {
  return name === 'pos' || name === 'chunk' ? 'tokens' : name;
}

/**
 * A named pipeline stage: a pure function from a Doc to the annotation layers it owns.
 * It reads earlier layers, never prints, and never mutates the Doc (the pipeline merges).
 * Like spaCy's components it declares what it reads (`requires`) and what it writes
 * (`assigns`); the pipeline checks the order once, before the first article.
 */
export interface Stage {
  name: string;
  requires: readonly LayerName[];
  assigns: readonly LayerName[];
  run(doc: Readonly<Doc>, ctx: StageContext): StageResult;
}

/**
 * Layers a stage owns. The time stage may also settle a publication date inferred from the text
 * (an anniversary, a dateline) when the input gave none; it says so through publishedSource.
 */
export type StageResult = Partial<Layers> & { published?: string | null; publishedSource?: PublishedSource };

/** A pipeline whose stages do not fit together. */
export class PipelineError extends Error {
  override name = 'PipelineError';
}

/**
 * Check that every stage's requirements are assigned by a stage before it, and that no two
 * stages assign the same layer. Throws PipelineError naming the stage and the missing layer.
 */
export function checkStages(stages: readonly Stage[]): void {
  const have = new Map<LayerName, string>();
  for (const s of stages) {
    for (const r of s.requires) {
      if (have.has(r)) continue;
      const later = stages.find((x) => x.assigns.includes(r));
      const order = stages.map((x) => x.name).join(' → ');
      throw new PipelineError(later
        ? `stage '${s.name}' requires '${r}', which stage '${later.name}' assigns only after it (order: ${order})`
        : `stage '${s.name}' requires '${r}', which no stage of the pipeline assigns (order: ${order})`);
    }
    for (const a of s.assigns) {
      const owner = have.get(a);
      if (owner) throw new PipelineError(`stages '${owner}' and '${s.name}' both assign '${a}'`);
      have.set(a, s.name);
    }
  }
}
