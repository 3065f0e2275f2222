// The lead image's caption: the first <figcaption> (or caption-marked box) of the article, with
// its credit split off — read before clean-up removes captions from the body.
import type { Caption } from '../../types.js';
import { splitCredit } from '../caption.js';

interface El {
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelector(sel: string): El | null;
  querySelectorAll(sel: string): ArrayLike<El>;
  cloneNode(deep: boolean): El;
  remove(): void;
}
interface DocLike {
  querySelector(sel: string): El | null;
}

const CREDIT_BOX = '[class*="credit" i], [class*="copyright" i], [class*="source" i], [itemprop="copyrightHolder"], [itemprop="creator"], small';
const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Caption text and credit of one caption element. */
export function captionOf(el: El): Caption | null {
  const copy = el.cloneNode(true);
  let credit: string | null = null;
  const box = copy.querySelector(CREDIT_BOX);
  if (box) {
    credit = norm(box.textContent).replace(/^(photo|image|credit|picture|foto)s?\s*(by|:)\s*/i, '').replace(/^[©(]\s*|\s*\)$/g, '') || null;
    box.remove();
  }
  const split = splitCredit(norm(copy.textContent));
  if (!split.text) return null;
  return { text: split.text, credit: credit ?? split.credit };
}

/** The lead image's caption: the first one in the article, else the first on the page. */
export function leadCaption(doc: DocLike): Caption | null {
  const scopes = ['article', '[itemprop="articleBody"]', 'main', 'body'];
  for (const s of scopes) {
    const el = doc.querySelector(`${s} figure figcaption, ${s} figcaption, ${s} [itemprop="caption"]`);
    if (el) {
      const c = captionOf(el);
      if (c && c.text.length >= 12) return c;
    }
  }
  return null;
}
