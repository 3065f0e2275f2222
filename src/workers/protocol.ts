// Messages between the pool and its threads (structured-cloned by postMessage).
import type { RawArticle } from '../doc/index.js';
import type { ArticleOut } from '../types.js';

export interface TaskMessage {
  seq: number;
  raw: RawArticle;
}

export type ResultMessage =
  | { seq: number; ok: true; article: ArticleOut }
  | { seq: number; ok: false; error: string };
