import type { Stage } from '../doc/index.js';

/** Stage 'resolve' (owns: entities,mentionEntity). Not built yet: it adds nothing, and fakes nothing. */
export const resolveStage: Stage = {
  name: 'resolve',
  run: () => ({}),
};
