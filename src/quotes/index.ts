import type { Stage } from '../doc/index.js';

/** Stage 'quotes' (owns: quotes). Not built yet: it adds nothing, and fakes nothing. */
export const quotesStage: Stage = {
  name: 'quotes',
  run: () => ({}),
};
