// Stage 'resolve': recognised names → one canonical entity per real thing, with country (ISO3),
// CAMEO actor code, role and coordinates; and what later stages read instead of working it out
// again: the article's countries (context), the actor behind every mention (mentionActors), and
// the groups and institutions named without a name (generics).
import type { Doc, Stage } from '../doc/index.js';
import { resolveDoc } from './entities.js';
import { mentionActors } from './actors.js';
import { findGenerics } from './generic.js';
import type { ArticleContext } from '../doc/index.js';

export const resolveStage: Stage = {
  name: 'resolve',
  requires: ['tokens', 'sentences', 'pos', 'mentions', 'roles'],
  assigns: ['entities', 'mentionEntity', 'mentionActors', 'generics', 'context'],
  run: (doc, ctx) => {
    const { entities, mentionEntity, context } = resolveDoc(doc, ctx);
    return { entities, mentionEntity, ...publishedLayers({ ...doc, entities, mentionEntity }, context) };
  },
};

/**
 * The layers resolve publishes beside its entities, from a doc whose entities are set (also used
 * to build test documents with hand-made entities).
 */
export function publishedLayers(doc: Readonly<Doc>, context: ArticleContext): Pick<Doc, 'mentionActors' | 'generics' | 'context'> {
  const actors = mentionActors(doc);
  return { mentionActors: actors, generics: findGenerics(doc, actors, context.dominant), context };
}

export { articleContext } from './entities.js';
