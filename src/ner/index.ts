import type { Stage } from '../doc/index.js';

/** Stage 'ner' (owns: mentions,roles). Not built yet: it adds nothing, and fakes nothing. */
export const nerStage: Stage = {
  name: 'ner',
  run: () => ({}),
};
