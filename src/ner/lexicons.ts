// Word lists we write ourselves (no copied gazetteer): cues that a name follows or ends here.
// Lower-cased; multi-word entries are space-separated tokens as our tokeniser produces them.

/** Titles and honorifics that precede a person's name. */
export const PERSON_TITLES = [
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.', 'sir', 'dame', 'lord', 'lady',
  'president', 'vice president', 'prime minister', 'minister', 'chancellor', 'premier', 'king', 'queen',
  'prince', 'princess', 'pope', 'cardinal', 'archbishop', 'bishop', 'rabbi', 'imam', 'sheikh', 'ayatollah',
  'general', 'gen', 'gen.', 'lt', 'lt.', 'colonel', 'col.', 'major', 'maj.', 'captain', 'capt.', 'sergeant',
  'sgt.', 'admiral', 'adm.', 'commander', 'marshal', 'lieutenant', 'brigadier', 'corporal', 'private',
  'senator', 'sen.', 'representative', 'rep.', 'congressman', 'congresswoman', 'governor', 'gov.', 'mayor',
  'ambassador', 'envoy', 'secretary', 'judge', 'justice', 'attorney', 'prosecutor', 'spokesman',
  'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'chief', 'director', 'leader', 'coach',
  'manager', 'striker', 'midfielder', 'defender', 'goalkeeper', 'skipper', 'captain', 'champion',
  'father', 'sister', 'brother', 'rev.', 'reverend', 'saint', 'st.', 'emir', 'sultan', 'shah', 'tsar',
  'czar', 'dictator', 'warlord', 'adviser', 'advisor', 'deputy', 'officer', 'inspector', 'detective',
  'professor', 'doctor', 'nurse', 'economist', 'analyst', 'journalist', 'correspondent', 'writer',
  'author', 'actor', 'actress', 'singer', 'player', 'driver', 'rider', 'seed', 'compatriot', 'veteran',
  'counterpart', 'mp', 'lawmaker', 'legislator', 'speaker', 'ceo', 'president-elect', 'supreme leader',
];

/** Words that end organisation names. */
export const ORG_SUFFIXES = [
  'inc', 'inc.', 'corp', 'corp.', 'corporation', 'co', 'co.', 'company', 'ltd', 'ltd.', 'limited', 'plc',
  'llc', 'ag', 'sa', 'nv', 'bv', 'gmbh', 'spa', 'group', 'holdings', 'bank', 'party', 'union', 'council',
  'committee', 'commission', 'ministry', 'department', 'agency', 'authority', 'association', 'federation',
  'institute', 'university', 'college', 'school', 'academy', 'foundation', 'fund', 'trust', 'board',
  'court', 'tribunal', 'parliament', 'assembly', 'congress', 'senate', 'army', 'navy', 'force', 'forces',
  'guard', 'police', 'service', 'services', 'organization', 'organisation', 'front', 'movement', 'league',
  'club', 'united', 'city', 'rovers', 'airlines', 'airways', 'motors', 'industries', 'systems', 'news',
  'times', 'post', 'journal', 'press', 'television', 'radio', 'network', 'exchange', 'brigade', 'brigades',
  'corps', 'mobilization', 'framework', 'office', 'secretariat', 'administration', 'cabinet', 'government',
];

/** Regions, seas, mountains and other non-political places (LOC in the SPEC's sense). */
export const REGIONS = [
  'africa', 'asia', 'europe', 'north america', 'south america', 'latin america', 'central america',
  'middle east', 'the middle east', 'near east', 'far east', 'east asia', 'southeast asia', 'south asia',
  'central asia', 'western europe', 'eastern europe', 'balkans', 'caucasus', 'scandinavia', 'gulf',
  'persian gulf', 'arabian peninsula', 'sahara', 'sahel', 'horn of africa', 'west bank', 'gaza strip',
  'mediterranean', 'mediterranean sea', 'black sea', 'red sea', 'caspian sea', 'baltic sea', 'north sea',
  'south china sea', 'east china sea', 'yellow sea', 'sea of japan', 'arabian sea', 'atlantic',
  'atlantic ocean', 'pacific', 'pacific ocean', 'indian ocean', 'arctic', 'antarctica', 'antarctic',
  'strait of hormuz', 'bosphorus', 'suez canal', 'panama canal', 'english channel', 'himalayas', 'alps',
  'andes', 'rockies', 'urals', 'nile', 'amazon', 'danube', 'rhine', 'euphrates', 'tigris', 'jordan river',
  'mississippi', 'yangtze', 'korean peninsula', 'crimea', 'donbas', 'kashmir', 'kurdistan', 'siberia',
  'golan heights', 'sinai', 'patagonia', 'tibet', 'taiwan strait', 'persian gulf', 'gulf of aden',
  'gulf of mexico', 'caribbean', 'oceania', 'eurasia', 'levant', 'maghreb', 'anatolia', 'mount everest',
];

/** US states and a few other first-level divisions often named in news (GPE). */
export const STATES = [
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware',
  'florida', 'georgia', 'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky',
  'louisiana', 'maine', 'maryland', 'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri',
  'montana', 'nebraska', 'nevada', 'new hampshire', 'new jersey', 'new mexico', 'new york', 'north carolina',
  'north dakota', 'ohio', 'oklahoma', 'oregon', 'pennsylvania', 'rhode island', 'south carolina',
  'south dakota', 'tennessee', 'texas', 'utah', 'vermont', 'virginia', 'washington', 'west virginia',
  'wisconsin', 'wyoming', 'ontario', 'quebec', 'british columbia', 'alberta', 'bavaria', 'catalonia',
  'scotland', 'wales', 'england', 'northern ireland', 'queensland', 'new south wales', 'victoria',
  'punjab', 'sindh', 'kerala', 'gujarat', 'xinjiang', 'guangdong', 'chechnya', 'dagestan', 'kurdistan',
];

/** Nationality and group words missing from world-countries' demonyms (NORP). */
export const EXTRA_DEMONYMS = [
  'american', 'americans', 'european', 'europeans', 'african', 'asian', 'arab', 'arabs', 'arabic',
  'western', 'kurdish', 'kurds', 'kurd', 'palestinian', 'palestinians', 'israeli', 'israelis', 'shiite',
  'shia', 'sunni', 'sunnis', 'shiites', 'muslim', 'muslims', 'christian', 'christians', 'jewish', 'jews',
  'catholic', 'protestant', 'orthodox', 'hindu', 'buddhist', 'islamic', 'soviet', 'latin', 'hispanic',
  'english', 'scottish', 'welsh', 'irish', 'british', 'dutch', 'swiss', 'chinese', 'japanese', 'iraqi',
  'iraqis', 'iranian', 'iranians', 'russians', 'ukrainians', 'germans', 'french', 'yemeni', 'houthi',
  'houthis', 'taliban', 'pashtun', 'tamil', 'sikh', 'basque', 'serb', 'serbs', 'croat', 'croats', 'bosnian',
  'chechen', 'tatar', 'uighur', 'uyghur', 'hutu', 'tutsi', 'zionist', 'republican', 'republicans',
  'democrat', 'democrats', 'democratic', 'conservative', 'conservatives', 'labour', 'socialist', 'communist',
  'communists', 'nato', 'baltic', 'nordic', 'scandinavian', 'balkan', 'caucasian', 'latino',
];

/** Small words left lower-case in title-case headlines. */
export const TITLE_CASE_SMALL = new Set([
  'a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'of', 'to', 'in', 'on', 'at', 'by', 'with', 'from',
  'as', 'vs', 'vs.', 'into', 'onto', 'over', 'per', 'via', 'up', 'off', 'out',
]);
