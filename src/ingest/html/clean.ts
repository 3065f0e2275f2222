// Pre-cleaning before Readability: remove what is never article text (navigation, share bars,
// related-story lists, newsletter boxes, captions and credits, hidden elements), so that
// Readability neither picks such a block nor keeps it inside the article it picks.

interface El {
  tagName: string;
  getAttribute(name: string): string | null;
  remove(): void;
  querySelectorAll(sel: string): ArrayLike<El>;
  textContent: string | null;
  parentNode: unknown;
}
interface Root {
  querySelectorAll(sel: string): ArrayLike<El>;
}

/** Tags that never hold article prose. (<form> is not one: ASP.NET pages wrap the whole page in one.) */
const DROP_TAGS = 'script, style, noscript, template, nav, aside, footer, button, select, textarea, iframe, svg, dialog, [hidden], [aria-hidden="true"], [role="navigation"], [role="complementary"], [role="banner"], [role="contentinfo"], [role="dialog"], [role="alert"]';

/**
 * Class/id words that mark boilerplate. Matched against whole words of the class and id
 * (split at "-", "_", space and case changes), so "share" removes "share-bar" but not "shared".
 * Chosen by measuring, over the developer pages, how much article text versus other text sits
 * under boxes named with each word; words such as "tag", "sidebar", "widget" or "ad" also wrap
 * whole articles on some sites and are left out (holdsProse guards the rest).
 */
const BOILER_WORDS = new Set([
  'share', 'sharing', 'sharebar', 'social', 'related', 'newsletter', 'subscribe', 'subscription', 'signup', 'promo',
  'advert', 'sponsored', 'outbrain', 'taboola', 'comments', 'comment', 'breadcrumb', 'breadcrumbs', 'caption',
  'credit', 'credits', 'byline', 'dateline', 'timestamp', 'date', 'time', 'published', 'updated', 'tags',
  'trending', 'popular', 'most', 'recommended', 'recirc', 'readmore', 'copyright', 'bio', 'masthead', 'cookie',
  'consent', 'sr', 'follow', 'email', 'photo', 'figure', 'disclaimer', 'print', 'modal', 'popup',
]);

function words(s: string): string[] {
  return s
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** True when an element's class or id names it as boilerplate. */
export function isBoilerplateBox(el: El, vocabulary: Set<string> = BOILER_WORDS): boolean {
  const cls = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (!cls.trim()) return false;
  return words(cls).some((w) => vocabulary.has(w));
}

/** Characters of paragraph text under a node: where the article's prose is. */
function proseLength(n: Root): number {
  let len = 0;
  for (const p of Array.from(n.querySelectorAll('p'))) len += (p.textContent ?? '').trim().length;
  return len;
}

/**
 * A box whose class says "boilerplate" may still wrap the article ("has-sidebar", "ad-wrapper"
 * around a whole column): keep any box holding a real share of the page's prose.
 */
function holdsProse(el: El, total: number): boolean {
  const mine = proseLength(el);
  return mine > 400 && mine > total * 0.25;
}

export interface CleanOptions {
  vocabulary?: Set<string>;
}

export function preClean(doc: Root, o: CleanOptions = {}): void {
  const all = Array.from(doc.querySelectorAll(DROP_TAGS));
  for (const el of all) el.remove();
  for (const el of Array.from(doc.querySelectorAll('figcaption, [itemprop="caption"], [itemprop="copyrightHolder"]'))) el.remove();
  const vocab = o.vocabulary ?? BOILER_WORDS;
  const total = proseLength(doc);
  for (const el of Array.from(doc.querySelectorAll('[class], [id]'))) {
    const tag = el.tagName.toLowerCase();
    if (tag === 'body' || tag === 'html' || tag === 'article' || tag === 'main') continue;
    if (isBoilerplateBox(el, vocab) && !holdsProse(el, total)) el.remove();
  }
}

/**
 * After extraction: paragraphs and list items that are (almost) all link text are navigation
 * or "read more" teasers left inside the article ("Read more: <headline>", lists of stories).
 */
export function dropLinkBlocks(root: Root, ratio = 0.6): void {
  for (const el of Array.from(root.querySelectorAll('p, li, h2, h3, h4, h5, h6, dt, dd'))) {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text) continue;
    let links = 0;
    for (const a of Array.from(el.querySelectorAll('a'))) links += (a.textContent ?? '').replace(/\s+/g, ' ').trim().length;
    if (links >= text.length * ratio) el.remove();
  }
}
