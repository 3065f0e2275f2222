// The one label table for both treebanks (../shared/data/ud-english/README.md): EWT v2.2 and the
// 2025 GUM spell some subtypes differently. Everything is mapped to one set, so the parser learns
// one relation per construction. The universal part (before the colon) never changes, so LAS on
// the universal relation is the same whichever spelling a gold file uses.
//
// | in the data                                  | we write        | why                                      |
// | -------------------------------------------- | --------------- | ---------------------------------------- |
// | obl:tmod, obl:npmod (EWT), obl:unmarked (GUM)| obl:unmarked    | current UD name; time is the time stage's |
// | nmod:tmod, nmod:npmod (EWT), nmod:unmarked   | nmod:unmarked   | the same for nominal modifiers           |
// | nsubj:outer (GUM)                            | nsubj           | EWT v2.2 has no :outer                   |
// | csubj:outer (GUM)                            | csubj           | the same                                 |
// | nmod:desc (GUM)                              | nmod            | EWT v2.2 has no :desc                    |
// | flat:foreign (EWT)                           | flat            | GUM writes plain flat                    |
// | obl (EWT v2.2) of a passive, case "by"       | obl:agent       | derived: deriveAgents() below            |
// | everything else (nsubj:pass, aux:pass, csubj:pass, acl:relcl, advcl:relcl, compound:prt,
// |   nmod:poss, det:predet, cc:preconj, …)     | unchanged       |                                          |

const TABLE: Record<string, string> = {
  'obl:tmod': 'obl:unmarked', 'obl:npmod': 'obl:unmarked',
  'nmod:tmod': 'nmod:unmarked', 'nmod:npmod': 'nmod:unmarked',
  'nsubj:outer': 'nsubj', 'csubj:outer': 'csubj',
  'nmod:desc': 'nmod', 'flat:foreign': 'flat',
};

export function normaliseLabel(l: string): string {
  return TABLE[l] ?? l;
}

/** The universal relation: the part before the colon. */
export function universal(l: string): string {
  const i = l.indexOf(':');
  return i < 0 ? l : l.slice(0, i);
}

/**
 * EWT v2.2 has no obl:agent: a passive's by-phrase is plain obl. An obl whose head verb has a
 * passive auxiliary or passive subject (aux:pass, nsubj:pass, csubj:pass) or is a participle
 * (VBN) heading a reduced relative or adverbial clause (acl, advcl), and which has a case child
 * "by" as its first child, is the agent. Checked against GUM, which marks agents: see
 * scripts/train-parse.mjs --check-agents (the figure is in BENCHMARKS.md). Changes labels in place;
 * returns how many it relabelled.
 */
export function deriveAgents(words: readonly string[], xpos: readonly string[], heads: ArrayLike<number>, labels: string[]): number {
  const n = words.length;
  let changed = 0;
  for (let d = 0; d < n; d++) {
    if (labels[d] !== 'obl') continue;
    const h = heads[d]! - 1;
    if (h < 0) continue;
    // first child of d must be "by" with label case
    let first = -1;
    for (let k = 0; k < d; k++) if (heads[k]! - 1 === d) { first = k; break; }
    if (first < 0 || labels[first] !== 'case' || words[first]!.toLowerCase() !== 'by') continue;
    let passive = false;
    for (let k = 0; k < n && !passive; k++) {
      if (heads[k]! - 1 !== h) continue;
      const l = labels[k]!;
      if (l === 'aux:pass' || l === 'nsubj:pass' || l === 'csubj:pass') passive = true;
    }
    if (!passive && xpos[h] === 'VBN' && (universal(labels[h]!) === 'acl' || universal(labels[h]!) === 'advcl')) passive = true;
    if (!passive) continue;
    labels[d] = 'obl:agent';
    changed++;
  }
  return changed;
}
