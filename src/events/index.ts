// Stage 'events' (owns: events): CAMEO events coded from verb patterns over the syntax, resolved
// actors, dates and quotes of a Doc, folded to one event per happening. See coder.ts.
import type { Stage } from '../doc/index.js';
import { codeDoc } from './coder.js';
import { foldEvents } from './fold.js';

export { codeDoc } from './coder.js';
export { foldEvents } from './fold.js';
export { codeInfo } from '../kb/ontology.js';

export const eventsStage: Stage = {
  name: 'events',
  requires: ['tokens', 'sentences', 'pos', 'chunk', 'mentions', 'entities', 'mentionEntity', 'mentionActors', 'generics', 'context', 'dates', 'quotes'],
  assigns: ['events'],
  run(doc) {
    return { events: foldEvents(codeDoc(doc)) };
  },
};
