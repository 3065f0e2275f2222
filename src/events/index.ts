import type { Stage } from '../doc/index.js';

/** Stage 'events' (owns: events). Not built yet: it adds nothing, and fakes nothing. */
export const eventsStage: Stage = {
  name: 'events',
  run: () => ({}),
};
