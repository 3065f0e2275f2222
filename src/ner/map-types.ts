// CoNLL label → SPEC entity type. PER → PERSON and ORG → ORG (facilities named like
// organisations, "... Airport", become FAC); LOC → GPE (countries, states, cities), LOC (regions,
// seas, rivers, mountains) or FAC (airports, bases, buildings); MISC → NORP (nationalities,
// "pro-Iran"), LAW, EVENT, WORK or PRODUCT, by the name's own words and the gazetteer.
import type { EntityType } from '../types.js';
import type { ConllLabel } from '../doc/index.js';
import type { Gazetteer } from './gazetteer.js';

const FAC_HEADS = new Set([
  'airport', 'airbase', 'base', 'port', 'harbour', 'harbor', 'bridge', 'building', 'tower', 'towers', 'palace',
  'square', 'embassy', 'consulate', 'hospital', 'stadium', 'arena', 'prison', 'jail', 'station', 'terminal',
  'dam', 'plant', 'reactor', 'mosque', 'church', 'cathedral', 'temple', 'synagogue', 'shrine', 'hotel',
  'museum', 'highway', 'motorway', 'road', 'street', 'avenue', 'camp', 'checkpoint', 'crossing', 'facility',
  'complex', 'centre', 'center', 'mall', 'gate', 'wall', 'canal', 'pipeline', 'refinery', 'compound',
]);
const LOC_HEADS = new Set([
  'sea', 'ocean', 'river', 'lake', 'mountain', 'mountains', 'mount', 'mt.', 'gulf', 'bay', 'strait', 'straits',
  'valley', 'desert', 'island', 'islands', 'peninsula', 'coast', 'region', 'basin', 'plain', 'plains', 'plateau',
  'channel', 'delta', 'heights', 'hills', 'range', 'forest', 'cape', 'sound', 'continent', 'corridor', 'strip',
  'bank', 'zone', 'border', 'frontier', 'province', 'district',
]);
// Provinces and districts are administrative (GPE) when named "X Province"; kept LOC only for
// the clearly physical heads above, see below.
const ADMIN_HEADS = new Set(['province', 'district', 'county', 'state', 'prefecture', 'governorate', 'oblast', 'region']);
const ORG_WORDS = new Set([
  'confederation', 'federation', 'union', 'unions', 'party', 'movement', 'front', 'council', 'commission', 'committee',
  'association', 'coalition', 'alliance', 'league', 'army', 'forces', 'organisation', 'organization', 'agency', 'ministry',
  'bank', 'company', 'corporation', 'institute', 'university', 'congress', 'assembly', 'brigade', 'brigades', 'militia',
]);
const LAW_START = /^(?:the\s+)?(?:charter|convention|treaty|protocol|covenant|declaration|statute|constitution|accords?|agreement|act|law|bill|resolution|articles?|code|amendment)\b/i;
const LAW_ANY = /\b(?:act|law|treaty|convention|charter|protocol|accords?|resolution|amendment|constitution)\b/i;
const EVENT_WORDS = /\b(?:war|wars|summit|olympics?|games|cup|championships?|open|election|elections|revolution|uprising|intifada|crisis|festival|conference|forum|tour|grand prix|marathon|world series|super bowl|massacre|genocide|holocaust|spring|offensive|operation)\b/i;
const DEMONYM_END = /(?:an|ans|ian|ians|ese|ish|i|is|ic|ch|ese)$/;

export function mapType(label: ConllLabel, text: string, lowerTokens: readonly string[], gaz: Gazetteer): EntityType {
  const last = lowerTokens[lowerTokens.length - 1] ?? '';
  const cls = gaz.classesOf(lowerTokens);
  switch (label) {
    case 'PER': return 'PERSON';
    case 'ORG': return FAC_HEADS.has(last) && /airport|base|embassy|palace|stadium|prison|hospital|bridge|tower/.test(last) ? 'FAC' : 'ORG';
    case 'LOC': {
      if (cls.includes('CTRY') || cls.includes('STATE') || cls.includes('CAP') || cls.includes('CITY')) return 'GPE';
      if (cls.includes('REG')) return 'LOC';
      if (FAC_HEADS.has(last)) return 'FAC';
      if (lowerTokens.length > 1 && ADMIN_HEADS.has(last)) return 'GPE';
      if (LOC_HEADS.has(last) || LOC_HEADS.has(lowerTokens[0]!)) return 'LOC';
      return 'GPE';
    }
    case 'MISC': {
      if (/^(?:pro|anti)-/i.test(text) || cls.includes('DEM')) return 'NORP';
      if (LAW_START.test(text) || (lowerTokens.length > 2 && LAW_ANY.test(text))) return 'LAW';
      if (EVENT_WORDS.test(text) || /\d{4}/.test(text)) return 'EVENT';
      if (lowerTokens.length === 1 && DEMONYM_END.test(last)) return 'NORP';
      if (/^[“"‘']/.test(text)) return 'WORK';
      // A name headed by an organisation noun ("General Confederation of Labour", "Viv Ansanm
      // Coalition") that the tagger called MISC is an organisation, not a product.
      if (lowerTokens.length > 1 && lowerTokens.some((w) => ORG_WORDS.has(w))) return 'ORG';
      return lowerTokens.length === 1 ? 'NORP' : 'PRODUCT';
    }
  }
}
