// Universal part-of-speech tags from the Penn tag, the word and its relation, after UD English's
// conventions: the tagger predicts Penn tags (both treebanks have them; EWT v2.2 as shipped here
// has no UPOS column), and the parse settles what the Penn tag leaves open (AUX vs VERB, DET vs
// PRON, ADP vs SCONJ, PART vs ADP). Measured against GUM dev's gold UPOS in BENCHMARKS.md.
const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', "'s", "'re", "'m", '’s', '’re', '’m', 'ai']);
const PUNCT = new Set([',', '.', ':', '``', "''", '-LRB-', '-RRB-', 'HYPH', 'NFP']);

export function toUpos(xpos: string, word: string, deprel: string): string {
  const rel = deprel.split(':')[0]!;
  const w = word.toLowerCase();
  if (PUNCT.has(xpos)) return 'PUNCT';
  switch (xpos) {
    case 'NN': case 'NNS': return 'NOUN';
    case 'NNP': case 'NNPS': return 'PROPN';
    case 'MD': return 'AUX';
    case 'VB': case 'VBD': case 'VBG': case 'VBN': case 'VBP': case 'VBZ':
      return rel === 'aux' || rel === 'cop' || BE.has(w) ? 'AUX' : 'VERB';
    case 'JJ': case 'JJR': case 'JJS': case 'AFX': return 'ADJ';
    case 'RB': case 'RBR': case 'RBS': return w === 'not' || w === "n't" || w === 'n’t' ? 'PART' : 'ADV';
    case 'WRB': return 'ADV';
    case 'IN': return rel === 'mark' ? 'SCONJ' : 'ADP';
    case 'TO': return rel === 'case' ? 'ADP' : 'PART';
    case 'RP': return 'ADP';
    case 'DT': return rel === 'det' ? 'DET' : 'PRON';
    case 'PDT': return 'DET';
    case 'WDT': return rel === 'det' ? 'DET' : 'PRON';
    case 'PRP': case 'PRP$': case 'WP': case 'WP$': case 'EX': return 'PRON';
    case 'CC': return 'CCONJ';
    case 'CD': return 'NUM';
    case 'UH': return 'INTJ';
    case 'POS': return 'PART';
    case 'SYM': case '$': return 'SYM';
    case 'LS': return 'X';
    default: return 'X'; // FW, ADD, GW, XX
  }
}
