import type { Diagnostic, Doc, Layers } from './doc.js';
import type { PublishedSource } from '../types.js';

/** What a stage may do besides returning layers: report problems with positions. */
export interface StageContext {
  report(d: Omit<Diagnostic, 'stage'>): void;
}

/**
 * A named pipeline stage: a pure function from a Doc to the annotation layers it owns.
 * It reads earlier layers, never prints, and never mutates the Doc (the pipeline merges).
 */
export interface Stage {
  name: string;
  /** Layers the stage reads (documentation; optional until every stage declares them). */
  requires?: readonly string[];
  /** Layers the stage returns. */
  assigns?: readonly string[];
  run(doc: Readonly<Doc>, ctx: StageContext): StageResult;
}

/**
 * Layers a stage owns. The time stage may also settle a publication date inferred from the text
 * (an anniversary, a dateline) when the input gave none; it says so through publishedSource.
 */
export type StageResult = Partial<Layers> & { published?: string | null; publishedSource?: PublishedSource };
