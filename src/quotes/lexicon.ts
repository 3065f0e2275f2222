// Words of attribution, written by us for English news copy.
import { MONTH_RE, WEEKDAY_RE } from '../kb/calendar.js';
import { cueLexicon, type Cue } from '../kb/cues.js';

/** The cue lexicon (data/quotes/cues.tsv): every form of a verb of saying, writing, finding or believing. */
const CUES = cueLexicon.get();
const formsWith = (test: (c: Cue) => boolean) => new Set([...CUES.byForm].filter(([, c]) => c.cls !== 'event' && c.cls !== 'noun' && test(c)).map(([f]) => f));
/** Every cue form the stage looks for. */
const SAY_FORMS = [...formsWith(() => true)];
/** The forms the stage read before the lexicon grew (its speech verbs): any other form must be tagged as a verb. */
export const CORE_FORMS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stated', 'announced', 'announces', 'noted',
  'claimed', 'warned', 'warns', 'argued', 'argues', 'insisted', 'insists', 'explained', 'explains',
  'asserted', 'asserts', 'acknowledged', 'acknowledges', 'admitted', 'admits', 'alleged', 'alleges',
  'declared', 'declares', 'stressed', 'stresses', 'emphasized', 'emphasised', 'emphasizes', 'reported',
  'confirmed', 'confirms', 'denied', 'denies', 'maintained', 'maintains', 'revealed', 'reveals', 'disclosed',
  'suggested', 'suggests', 'predicted', 'predicts', 'estimated', 'concluded', 'wrote', 'writes', 'tweeted',
  'posted', 'complained', 'complains', 'conceded', 'concedes', 'cautioned', 'countered', 'recalled',
  'replied', 'responded', 'reiterated', 'reiterates', 'assured', 'pointed out', 'points out',
  'made clear', 'went on', 'continued', 'observed', 'remarked', 'boasted', 'charged', 'contended',
  'quipped', 'asked', 'asks', 'wondered', 'demanded', 'urged', 'urges', 'called on', 'calls on', 'appealed to', 'vowed', 'promised', 'pledged', 'agreed', 'hinted', 'indicated', 'believes', 'thinks',
]);
/** Every noun cue form. */
export function nounForms(): Iterable<string> {
  return CUES.nouns.keys();
}
/** A noun cue's row ("claim", "statement"). */
export function cueNoun(form: string): Cue | undefined {
  return CUES.nouns.get(form);
}
/** A cue form's row in the lexicon. */
export function cueOf(form: string): Cue | undefined {
  return CUES.byForm.get(form);
}
/** Verbs that never attribute the quotation before them (",” but officials agreed to …"). */
export const NOT_AFTER_QUOTE = formsWith((c) => c.flags.has('no-after'));
/** Forms that are also common nouns ("following reports that…"): they need a real subject. */
export const NOUN_LIKE = new Set([...formsWith((c) => c.flags.has('noun-like'))].filter((f) => /s$/.test(f)).concat(['charged', 'posted']));
/** Directives, whose object and infinitive are what was said ("urged residents to store water"). */
export const DIRECTIVES = formsWith((c) => c.flags.has('directive'));
/** Verbs that report speech only with a clause ("vowed that"), not with an infinitive ("vowed to"). */
export const NEEDS_THAT = formsWith((c) => c.flags.has('that'));

const alt = (xs: string[]) => xs.slice().sort((a, b) => b.length - a.length).map((x) => x.replace(/ /g, '\\s+')).join('|');
/** A cue form, optionally "was quoted as saying". */
export const SAY_RE = new RegExp(`(?<![\\w-])(?:(?:was|were)\\s+quoted\\s+(?:by\\s+[\\w’'-]+(?:\\s+[\\w’'-]+)?\\s+)?as\\s+saying|(${alt(SAY_FORMS)}))\\b`, 'gi');

/** Cue forms by their first word; a phrasal form ("pointed out") with a sticky pattern for the whole. */
const BY_FIRST = new Map<string, { form: string; re: RegExp | null }[]>();
for (const f of SAY_FORMS.slice().sort((a, b) => b.length - a.length)) {
  const first = f.split(' ')[0]!;
  const list = BY_FIRST.get(first) ?? [];
  list.push({ form: f, re: f.includes(' ') ? new RegExp(f.replace(/ /g, '\\s+') + '\\b', 'iy') : null });
  BY_FIRST.set(first, list);
}
/** The first three letters (lower case) of every cue form and of "was"/"were", as numbers: most words are ruled out without a string. */
const key3 = (a: number, b: number, c: number) => (((a | 32) << 16) | ((b | 32) << 8) | (c | 32));
const PREFIX3 = new Set<number>([...BY_FIRST.keys(), 'was', 'were'].map((w) => key3(w.charCodeAt(0), w.charCodeAt(1), w.charCodeAt(2))));
const QUOTED_AS = /(?:was|were)\s+quoted\s+(?:by\s+[\w’'-]+(?:\s+[\w’'-]+)?\s+)?as\s+saying\b/iy;

export interface CueMatch { index: number; length: number; /** The form as the lexicon has it; null for "was quoted as saying". */ form: string | null }

/**
 * Every cue form in `text`, in order, as SAY_RE finds them (whole words, not after a hyphen), by a
 * scan over words and a table lookup: a regular expression with hundreds of alternatives costs
 * more than the rest of the stage.
 */
export function findCues(text: string): CueMatch[] {
  const out: CueMatch[] = [];
  const n = text.length;
  const letter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  const wordy = (c: number) => letter(c) || (c >= 48 && c <= 57) || c === 95; // \w
  for (let i = 0; i < n;) {
    const c = text.charCodeAt(i);
    if (!letter(c)) { i++; continue; }
    let j = i + 1;
    while (j < n && letter(text.charCodeAt(j))) j++;
    const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
    // Cue forms are 3 to 14 letters; not after a digit, underscore or hyphen.
    if (j - i < 3 || j - i > 14 || wordy(prev) || prev === 45 || !PREFIX3.has(key3(c, text.charCodeAt(i + 1), text.charCodeAt(i + 2)))) { i = j; continue; }
    const w = text.slice(i, j).toLowerCase();
    if (w === 'was' || w === 'were') {
      QUOTED_AS.lastIndex = i;
      const q = QUOTED_AS.exec(text);
      if (q) { out.push({ index: i, length: q[0].length, form: null }); i += q[0].length; continue; }
    }
    const cands = BY_FIRST.get(w);
    let next = j;
    if (cands) {
      for (const cand of cands) {
        if (cand.re) {
          cand.re.lastIndex = i;
          const x = cand.re.exec(text);
          if (!x) continue;
          out.push({ index: i, length: x[0].length, form: cand.form });
          next = i + x[0].length;
          break;
        }
        if (j < n && wordy(text.charCodeAt(j))) break;
        out.push({ index: i, length: j - i, form: cand.form });
        break;
      }
    }
    i = next;
  }
  return out;
}

/** Verbs that frame a partial quotation without a clause: described X as “…”, called it “…”. */
export const FRAME_RE = /(?<![\w-])(?:described|describes|describing|called|calls|calling|termed|terms|dubbed|dubs|labell?ed|branded|brands|characterized|characterised|denounced|condemned|hailed|praised|criticized|criticised|warned\s+of|spoke\s+of|referred\s+to|decried|accused|accusing|blamed|dismissed)\b/gi;

/** Negated or hedged saying is not a report of what was said ("didn't say whether"). */
export const NEGATED_BEFORE = /\b(?:did\s+not|didn['’]t|does\s+not|doesn['’]t|would\s+not|wouldn['’]t|could\s+not|couldn['’]t|declined\s+to|refused\s+to|not|never|to)\s+$/i;

export const PRONOUNS: Record<string, 'he' | 'she' | 'they' | 'it' | 'we' | 'i'> = {
  he: 'he', she: 'she', they: 'they', it: 'it', we: 'we', i: 'i',
};

/** Nouns that can head a speaker description ("Iraqi political sources", "the joint chiefs"). */
export const SPEAKER_NOUNS = new Set([
  'official', 'officials', 'source', 'sources', 'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople',
  'minister', 'ministers', 'ministry', 'president', 'premier', 'chancellor', 'prime', 'leader', 'leaders',
  'government', 'governments', 'authorities', 'police', 'army', 'military', 'agency', 'chiefs', 'chief',
  'statement', 'report', 'reports', 'study', 'survey', 'analysts', 'analyst', 'experts', 'expert',
  'witnesses', 'witness', 'residents', 'resident', 'diplomats', 'diplomat', 'ambassador', 'envoy',
  'commander', 'commanders', 'general', 'officers', 'officer', 'media', 'newspaper', 'broadcaster',
  'office', 'embassy', 'council', 'committee', 'court', 'judge', 'prosecutors', 'prosecutor', 'lawyer',
  'lawyers', 'activists', 'group', 'groups', 'organization', 'organisation', 'company', 'firm', 'bank',
  'observers', 'adviser', 'advisor', 'aide', 'aides', 'secretary', 'director', 'head', 'staff', 'members',
  'lawmakers', 'lawmaker', 'senator', 'mayor', 'governor', 'allies', 'administration', 'department',
  'service', 'ministry’s', 'rebels', 'militants', 'protesters', 'organizers', 'doctors', 'medics',
  'investigators', 'scientists', 'researchers', 'economists', 'monitors', 'campaigners', 'people',
  'representative', 'representatives', 'negotiators', 'delegation', 'party', 'union', 'coalition',
  'forces', 'troops', 'navy', 'guard', 'board', 'panel', 'commission', 'parliament', 'cabinet', 'palace',
  'presidency', 'kremlin', 'pentagon', 'white', 'house', 'regime', 'junta', 'opposition', 'campaign',
  'executives', 'executive', 'managers', 'manager', 'agencies', 'mediators', 'mediator', 'critics', 'critic',
  'organisers', 'unions', 'workers', 'villagers', 'families', 'relatives', 'insiders', 'supporters',
  'spokespersons', 'operator', 'regulator', 'regulators', 'inspectors', 'ministries', 'sources’',
  'force', 'prosecution', 'defence', 'defense', 'coordinator', 'association', 'federation', 'institute',
  'watchdog', 'authority', 'alliance', 'bloc', 'secretariat', 'tribunal', 'assembly', 'senate', 'congress',
  'hospital', 'charity', 'airline', 'insurer', 'utility', 'network', 'team', 'club', 'league', 'university',
]);

/** Nouns for people who speak for an organisation: "a spokesman for Maersk" speaks as Maersk. */
export const REPRESENTATIVES = /^(?:an?\s+|the\s+)?(?:[\w’'-]+\s+){0,2}?(?:spokesman|spokeswoman|spokesperson|representative|official|officials|source|sources|statement|spokesmen|spokeswomen)\s+(?:for|of|at|from)\s+(?:the\s+)?/i;

/** Prepositions that put a name inside a modifier ("officials at the Royal Bank"). */
export const PREPOSITION_BEFORE = /\b(?:of|in|at|for|from|with|on|by|to|near|inside|outside|across|among)\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,4}?(?:[\p{Lu}][\p{L}.’'-]*\s+)*$/u;

/** Words stripped from the end of a subject before the verb: auxiliaries, adverbs. */
export const SUBJECT_TAIL = /(?:\s+(?:has|have|had|also|previously|later|earlier|again|repeatedly|publicly|privately|separately|then|reportedly|once|already|recently|often|both|all|long|would|will|could|may|might|did|does|do|first|further|immediately|quickly|initially|however|still|yet|himself|herself|themselves|itself|alone|too|in turn|officially|explicitly|openly|bluntly|flatly|angrily|[A-Z][a-z]+day|late|early))+$/;

/** Conjunctions and sentence adverbs that open a clause before its subject. */
export const CLAUSE_OPENERS = /^(?:but|and|yet|so|still|meanwhile|however|instead|that\s+said|even\s+so|in\s+fact|as\s+a\s+result|moreover|separately|earlier|later|also|now|then|in\s+addition|for\s+(?:his|her|their|its)\s+part|at\s+the\s+same\s+time|in\s+response|in\s+a\s+statement|in\s+an?\s+[\w-]+(?:\s+[\w-]+)?\s+(?:interview|statement|speech|post|address|briefing|letter)|on\s+[A-Z][a-z]+day|[A-Z][a-z]+day)\b[,]?\s*/i;

export const DETERMINERS = /^(?:the|a|an|this|that|these|those|its|his|her|their|our|my|your|some|one|two|three|several|many|other|another)\b/i;

// A date adjunct next to a verb of saying ("said on Tuesday that", "Shin on Tuesday said"). A
// small pattern of our own: calling the full date finder for every verb would cost more than the
// whole quotation stage.
const DATE_CORE = `(?:(?:on|late|early|last|this|next)\\s+)?(?:${WEEKDAY_RE}(?:\\s+(?:morning|afternoon|evening|night))?|yesterday|today|tonight|(?:last|this|next)\\s+(?:week|month|year|night|morning)|earlier\\s+(?:this|last)\\s+(?:week|month|year)|${MONTH_RE}\\.?\\s*\\d{1,2}(?:,\\s*\\d{4})?)`;
export const DATE_LEAD = new RegExp(`^\\s*${DATE_CORE}(?=[\\s,.;:]|$)`, 'i');
export const DATE_TAIL = new RegExp(`\\s${DATE_CORE}\\s*$`, 'i');

/** Irregular past forms and auxiliaries, for guessing verbs when no POS tags are there. */
export const IRREGULAR_VERBS = 'struck|hit|said|told|met|sent|took|made|came|went|gave|began|left|fell|rose|won|lost|fought|spoke|wrote|shot|saw|knew|brought|led|ran|flew|held|kept|set|put|cut|broke|drove|built|caught|chose|drew|fled|found|got|grew|heard|hid|laid|meant|paid|sold|shook|shut|sat|spent|spread|stood|stole|threw|withdrew|seized|became|remains|says|has|must|should|may|might';
