import type { Stage } from '../doc/index.js';

/** Stage 'time' (owns: dates). Not built yet: it adds nothing, and fakes nothing. */
export const timeStage: Stage = {
  name: 'time',
  run: () => ({}),
};
