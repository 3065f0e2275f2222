import type { Stage } from '../doc/index.js';

/** Stage 'text' (owns: tokens,sentences). Not built yet: it adds nothing, and fakes nothing. */
export const textStage: Stage = {
  name: 'text',
  run: () => ({}),
};
