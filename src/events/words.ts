// Closed word classes the coder reads clauses with (auxiliaries, negators, hedges, speech verbs...).
import { cueLexicon } from '../kb/cues.js';

export const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', "'s", "'re", '’s', '’re']);
export const HAVE = new Set(['have', 'has', 'had', 'having', "'ve", '’ve']);
export const DO = new Set(['do', 'does', 'did']);
export const MODAL = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', "'ll", '’ll', 'wo', 'ca']);
export const GET = new Set(['get', 'gets', 'got', 'gotten', 'getting']);
export const NEGATORS = new Set(['not', "n't", 'n’t', 'never', 'neither', 'nor', 'no']);
/** Adverbs that may sit inside a verb group ("has also reportedly sent"). */
export const GROUP_ADVERBS = new Set(['also', 'already', 'still', 'just', 'now', 'further', 'again', 'once', 'then', 'later',
  'reportedly', 'allegedly', 'apparently', 'purportedly', 'repeatedly', 'recently', 'previously', 'formally', 'officially',
  'reluctantly', 'finally', 'quickly', 'immediately', 'temporarily', 'briefly', 'openly', 'publicly', 'jointly', 'secretly',
  'strongly', 'sharply', 'fiercely', 'firmly', 'effectively', 'initially', 'subsequently', 'even', 'ever', 'long', 'first',
  'last', 'yet', 'similarly', 'likewise', 'separately', 'directly', 'indirectly', 'personally', 'reportedly', 'largely',
  'heavily', 'partly', 'partially', 'fully', 'unilaterally', 'abruptly', 'swiftly', 'only', 'soon', 'duly']);
/** Words that make what follows uncertain when they govern the event's verb. */
export const HEDGE_GROUP = new Set(['may', 'might', 'could', 'reportedly', 'allegedly', 'apparently', 'purportedly', 'possibly',
  'probably', 'likely', 'perhaps', 'seemingly', 'supposedly']);
/** Raising verbs: "X appeared to have given" keeps X as the subject of "given" and hedges it. */
export const RAISING = new Set(['appear', 'seem', 'believe', 'think', 'say', 'report', 'suspect', 'allege', 'expect', 'rumor', 'rumour', 'likely', 'set', 'due']);
/** Cues earlier in the sentence that hedge every event after them. */
export const HEDGE_SENTENCE = new Set(['reportedly', 'allegedly', 'alleged', 'purportedly', 'apparently', 'whether', 'rumors',
  'rumours', 'unconfirmed', 'suspected', 'reports', 'report', 'claims', 'claimed', 'accused', 'accusations', 'accusation',
  'allegations', 'allegation', 'possibly', 'may', 'might', 'could', 'speculation', 'feared', 'fears']);
/** Speech and cognition verbs (lemmas) that introduce reported speech: their complement is its own clause. */
export const SPEECH: ReadonlySet<string> = cueLexicon.get().lemmas('ev-speech');
/** Clause openers: subordinators and relative pronouns (a subject never lies across one). */
export const SUBORDINATORS = new Set(['as', 'after', 'before', 'when', 'while', 'because', 'since', 'although', 'though', 'whereas',
  'until', 'if', 'whether', 'unless', 'where', 'but', 'so', 'yet']);
export const RELATIVES = new Set(['who', 'which', 'that', 'whom', 'whose']);
export const PREPOSITIONS = new Set(['of', 'in', 'on', 'at', 'for', 'with', 'from', 'to', 'by', 'about', 'against', 'into', 'near',
  'over', 'under', 'between', 'among', 'after', 'before', 'during', 'through', 'toward', 'towards', 'upon', 'across', 'around',
  'outside', 'inside', 'within', 'without', 'like', 'including', 'amid', 'despite', 'behind', 'beyond', 'onto', 'via', 'per',
  'throughout', 'along', 'off', 'following', 'regarding', 'concerning', 'than', 'as']);
export const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'around', 'off', 'across', 'throughout', 'within']);
export const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'your', 'my', 'this', 'these', 'those',
  'some', 'several', 'many', 'few', 'any', 'each', 'every', 'all', 'both', 'no', 'another', 'other', 'such', 'more', 'most']);
export const PRONOUN_SUBJECTS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'who']);
/** Verbs of accusing: a gerund after "of"/"for" gets the accused as its subject ("accused of supplying"). */
export const ACCUSE = new Set(['accuse', 'suspect', 'charge', 'blame', 'condemn', 'criticize', 'criticise', 'denounce', 'fault', 'convict']);
/** Nouns that name an armed attack: "killed in a US strike" has the US as its agent. */
export const ATTACK_NOUNS = new Set(['strike', 'strikes', 'airstrike', 'airstrikes', 'raid', 'raids', 'attack', 'attacks', 'bombing',
  'bombings', 'operation', 'offensive', 'ambush', 'shelling', 'assault', 'bombardment', 'drone', 'missile', 'rocket', 'fire',
  'incursion', 'crackdown', 'assassination']);
/** Words that condemn an act as unlawful: said by a speaker, they accuse the act's author. */
export const CONDEMN_NOUNS = new Set(['violation', 'violations', 'crime', 'crimes', 'terrorist', 'terrorism', 'aggression',
  'illegal', 'unlawful', 'atrocity', 'atrocities', 'provocation', 'provocative', 'breach', 'criminal', 'barbaric', 'genocide']);
