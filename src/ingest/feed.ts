// RSS 2.0 / Atom feeds: one article per item. (Minimal; see issue 2.)
import type { RawArticle } from '../doc/index.js';
import { InputError } from './types.js';

export function readFeed(_xml: string, name = 'feed'): RawArticle[] {
  throw new InputError(`${name}: RSS/Atom feeds are not supported yet`);
}
