import type { Stage } from '../doc/index.js';

/** Stage 'tone' (owns: tone). Not built yet: it adds nothing, and fakes nothing. */
export const toneStage: Stage = {
  name: 'tone',
  run: () => ({}),
};
