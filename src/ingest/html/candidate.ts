// Our own second opinion on where the article is: the element whose direct paragraphs hold the
// most prose. Readability sometimes settles on a long photo caption or a teaser next to a short
// article; when its pick holds far less prose than this candidate, the candidate wins.

interface El {
  tagName: string;
  textContent: string | null;
  parentElement: El | null;
  querySelectorAll(sel: string): ArrayLike<El>;
}

const MIN_PARAGRAPH = 40;

function linkText(el: El): number {
  let n = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) n += (a.textContent ?? '').length;
  return n;
}

/** The element whose child paragraphs carry the most text, and that amount of text. */
export function densestProse(root: { querySelectorAll(sel: string): ArrayLike<El> }): { el: El; chars: number } | null {
  const score = new Map<El, number>();
  for (const p of Array.from(root.querySelectorAll('p'))) {
    const t = (p.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t.length < MIN_PARAGRAPH) continue;
    if (linkText(p) > t.length * 0.5) continue;
    const parent = p.parentElement;
    if (!parent) continue;
    score.set(parent, (score.get(parent) ?? 0) + t.length);
  }
  let best: { el: El; chars: number } | null = null;
  for (const [el, chars] of score) if (!best || chars > best.chars) best = { el, chars };
  return best;
}
