// Role and title phrases attached to person mentions, as written:
//   before the name:        "Iraqi President | Abdul Latif Rashid", "leader | Kim Jong Un"
//   apposition after it:    "Velayati, Iran's Supreme Leader Ali Khamenei's | top adviser on international affairs |,"
//   apposition before it:   "met with | the Iranian ambassador in Baghdad |, Muhammad Kazem Al-Sadeq"
// The phrase must contain a role head word ("president", "minister", "adviser" ...); modifiers are
// nationality words, offices ("defense", "foreign") and capitalised words of the title.
import type { Mention, RoleSpan, Token } from '../doc/index.js';
import type { Gazetteer } from './gazetteer.js';

export const ROLE_HEADS = new Set([
  'president', 'vice-president', 'president-elect', 'minister', 'premier', 'chancellor', 'leader', 'adviser',
  'advisor', 'ambassador', 'envoy', 'commander', 'general', 'chief', 'secretary', 'spokesman', 'spokeswoman',
  'spokesperson', 'king', 'queen', 'prince', 'princess', 'emir', 'sultan', 'governor', 'mayor', 'senator',
  'congressman', 'congresswoman', 'lawmaker', 'legislator', 'judge', 'justice', 'prosecutor', 'director',
  'chairman', 'chairwoman', 'chair', 'head', 'official', 'officer', 'diplomat', 'economist', 'analyst',
  'ceo', 'founder', 'editor', 'correspondent', 'coach', 'captain', 'ayatollah', 'cleric', 'pope', 'cardinal',
  'archbishop', 'bishop', 'imam', 'sheikh', 'colonel', 'lieutenant', 'major', 'admiral', 'marshal',
  'brigadier', 'sergeant', 'spy', 'negotiator', 'representative', 'delegate', 'attorney', 'lawyer',
  'counsel', 'mp', 'speaker', 'deputy', 'counterpart', 'aide', 'strategist', 'commissioner', 'inspector',
  'dictator', 'monarch', 'crown', 'mufti', 'rabbi', 'priest', 'spokesperson', 'warlord', 'militant',
  'activist', 'journalist', 'reporter', 'scientist', 'professor', 'researcher', 'candidate', 'nominee',
]);
const MODIFIERS = new Set([
  'defense', 'defence', 'foreign', 'interior', 'finance', 'prime', 'supreme', 'vice', 'deputy', 'former',
  'acting', 'top', 'senior', 'national', 'security', 'state', 'army', 'military', 'chief', 'first', 'general',
  'attorney', 'justice', 'health', 'trade', 'economy', 'economic', 'energy', 'oil', 'intelligence', 'joint',
  'commanding', 'executive', 'managing', 'assistant', 'associate', 'special', 'presidential', 'royal',
  'crown', 'grand', 'high', 'chief', 'lead', 'new', 'current', 'then', 'late', 'outgoing', 'incoming',
  'interim', 'transitional', 'opposition', 'education', 'culture', 'agriculture', 'labour', 'labor',
  'transport', 'industry', 'information', 'communications', 'environment', 'press', 'media', 'party',
  'spiritual', 'religious', 'political', 'regional', 'local', 'federal', 'provincial', 'armed', 'forces',
  'air', 'naval', 'navy', 'force', 'staff', 'of', 'and', 'for', 'on', 'ministry',
  // Services whose head or spokesperson the title names ("Police chief X", "Border Guard spokesman X").
  'police', 'border', 'coast', 'customs', 'prison', 'prisons', 'immigration',
]);
const DETERMINERS = new Set(['the', 'a', 'an']);
// "his Azerbaijani counterpart, NAME": the role starts after the possessive pronoun.
const POSS_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const POSSESSIVE = /^['’]s$|^['’]$/;

function isRoleWord(t: Token, lower: string, gaz: Gazetteer, inEntity: boolean): boolean {
  if (ROLE_HEADS.has(lower) || MODIFIERS.has(lower)) return true;
  if (gaz.classesOf([lower]).includes('DEM')) return true;
  void t, inEntity;
  return false;
}

export function findRoles(tokens: readonly Token[], mentions: readonly Mention[], gaz: Gazetteer, text: (t: Token) => string): RoleSpan[] {
  const roles: RoleSpan[] = [];
  const entityAt = new Int32Array(tokens.length).fill(-1);
  mentions.forEach((m, i) => { for (let k = m.tokenStart; k < m.tokenEnd; k++) entityAt[k] = i; });
  const lower = tokens.map((t) => t.text.toLowerCase());
  const sameSentence = (a: number, b: number) => tokens[a]!.sentence === tokens[b]!.sentence;
  const emit = (from: number, to: number, mention: number) => {
    // Trim outer function words; require a head word.
    while (from < to && (lower[from] === 'of' || lower[from] === 'and' || lower[from] === 'for' || lower[from] === 'on')) from++;
    while (to > from && MODIFIERS.has(lower[to - 1]!) && !ROLE_HEADS.has(lower[to - 1]!) && lower[to - 1] !== 'forces') to--;
    let head = false;
    for (let k = from; k < to; k++) if (ROLE_HEADS.has(lower[k]!)) head = true;
    if (!head || from >= to) return;
    const a = tokens[from]!, b = tokens[to - 1]!;
    if (roles.some((r) => r.field === a.field && r.start === a.start && r.mention === mention)) return;
    roles.push({ field: a.field, start: a.start, end: b.end, text: text(a).slice(a.start, b.end), mention });
  };

  mentions.forEach((m, mi) => {
    if (m.label !== 'PER') return;
    // 1. Title right before the name.
    let k = m.tokenStart - 1;
    while (k >= 0 && sameSentence(k, m.tokenStart) && entityAt[k] === -1 && isRoleWord(tokens[k]!, lower[k]!, gaz, false)) k--;
    // Nationality or organisation mention that qualifies the title ("Iraqi President", "IRGC Quds Force Commander").
    if (k >= 0 && k < m.tokenStart - 1 && entityAt[k]! >= 0 && mentions[entityAt[k]!]!.label !== 'PER' && sameSentence(k, m.tokenStart)) {
      k = mentions[entityAt[k]!]!.tokenStart - 1;
    }
    if (k + 1 < m.tokenStart) emit(k + 1, m.tokenStart, mi);

    // 2. Apposition after the name: ", [owner's] role phrase ,"
    let j = m.tokenEnd;
    if (tokens[j]?.text === ',' && sameSentence(j, m.tokenStart)) {
      let e = j + 1;
      while (e < tokens.length && sameSentence(e, j) && e - j <= 16 && !/^[,;:.()“”"]$/.test(tokens[e]!.text)) e++;
      if (tokens[e]?.text === ',' || tokens[e]?.text === '.' || tokens[e]?.text === ';') {
        let s = j + 1;
        for (let q = j + 1; q < e; q++) if (POSSESSIVE.test(tokens[q]!.text)) s = q + 1;
        if (DETERMINERS.has(lower[s] ?? '')) s++;
        // Only a noun phrase: no verbs we can spot without syntax (stop at "who", "which", "said").
        let ok = true;
        for (let q = s; q < e; q++) if (/^(?:who|which|that|said|says|told|was|is|has|had|will)$/.test(lower[q]!) || entityAt[q]! >= 0 && mentions[entityAt[q]!]!.label === 'PER') ok = false;
        if (ok) emit(s, e, mi);
      }
    }

    // 3. Apposition before the name: "the Iranian ambassador in Baghdad, NAME"
    const c = m.tokenStart - 1;
    if (c > 0 && tokens[c]!.text === ',' && sameSentence(c, m.tokenStart)) {
      let s = c - 1;
      while (s >= 0 && sameSentence(s, c) && c - s <= 10 && !DETERMINERS.has(lower[s]!) && !POSS_PRONOUNS.has(lower[s]!) && !POSSESSIVE.test(tokens[s]!.text)
        && !/^[,;:.()“”"]$/.test(tokens[s]!.text) && !(entityAt[s]! >= 0 && mentions[entityAt[s]!]!.label === 'PER')) s--;
      if (s >= 0 && sameSentence(s, c) && (DETERMINERS.has(lower[s]!) || POSS_PRONOUNS.has(lower[s]!) || POSSESSIVE.test(tokens[s]!.text))) {
        emit(DETERMINERS.has(lower[s]!) ? s : s + 1, c, mi);
      }
    }
  });
  return roles;
}
