import type { Stage } from '../doc/index.js';

/** Stage 'syntax' (owns: tokens). Not built yet: it adds nothing, and fakes nothing. */
export const syntaxStage: Stage = {
  name: 'syntax',
  run: () => ({}),
};
