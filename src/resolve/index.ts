// Stage 'resolve' (owns: entities, mentionEntity): recognised names → one canonical entity per
// real thing, with country (ISO3), CAMEO actor code, role and coordinates.
// Helpers other stages call (events, quotes) are exported from ./helpers.js and re-exported here.
import type { Stage } from '../doc/index.js';
import { resolveDoc } from './entities.js';

export const resolveStage: Stage = {
  name: 'resolve',
  run: (doc, ctx) => {
    const { entities, mentionEntity } = resolveDoc(doc, ctx);
    return { entities, mentionEntity };
  },
};

export { actorForText, placeFor, entityOfMention, roleTypeOf } from './helpers.js';
export { countryOfName, countryByName, countryOfDemonym, countryOfCapital, countryInfo, findCountryCues } from './countries.js';
export { roleType, actorCode, knownActor } from './actor-codes.js';
export { lookupPlace } from './gazetteer.js';
