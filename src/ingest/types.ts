import type { RawArticle } from '../doc/index.js';

/** One record a reader yields: an article, or a bad record named by where it was. */
export type ReadItem =
  | { ok: true; article: RawArticle; where: string }
  | { ok: false; error: string; where: string };

/** The reader's input: decoded text and a name for messages. */
export interface TextInput {
  name: string;
  text: string;
}

/** Options every reader takes. */
export interface ReadOptions {
  /** --published: overrides whatever the input says. */
  published?: string | null;
  /** --url: the page's address, for HTML. */
  url?: string | null;
}

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
