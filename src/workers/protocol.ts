// Messages between the pool and its threads (structured-cloned by postMessage).
import type { RawArticle } from '../doc/index.js';
import type { ArticleOut } from '../types.js';
import type { SharedParseModel } from '../parse/shared.js';
import type { SharedNerModel } from '../ner/tagger.js';
import type { SharedSyntaxModels } from '../syntax/tagger.js';

export interface TaskMessage {
  seq: number;
  raw: RawArticle;
}

/** Models the pool loaded once, in shared memory; sent before a thread's first task. */
export interface ModelsMessage {
  models: { parse: SharedParseModel | null; ner: SharedNerModel | null; syntax: { m: SharedSyntaxModels } | null };
}

export type ToThread = TaskMessage | ModelsMessage;

export type ResultMessage =
  | { seq: number; ok: true; article: ArticleOut }
  | { seq: number; ok: false; error: string };
