// Page metadata of our own: title, publication date, author and language, from the meta tags,
// JSON-LD and markup that news sites use, read before any clean-up touches the document.

export interface PageMeta {
  title: string | null;
  published: string | null;
  byline: string | null;
  lang: string | null;
  siteName: string | null;
  /** The page's own address (canonical link or og:url). */
  url: string | null;
  /** JSON-LD articleBody, when the page carries one. */
  ldBody: string | null;
}

interface El {
  getAttribute(name: string): string | null;
  textContent: string | null;
}
interface DocLike {
  querySelector(sel: string): El | null;
  querySelectorAll(sel: string): ArrayLike<El>;
  documentElement?: El | null;
  title?: string;
}

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNews|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle|BackgroundNewsArticle|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SocialMediaPosting|WebPage|Review)$/;

type Json = Record<string, unknown>;

/** Every JSON-LD object on the page, @graph and arrays flattened. */
export function jsonLdObjects(doc: DocLike): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 4 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    const o = v as Json;
    out.push(o);
    if (o['@graph']) visit(o['@graph'], depth + 1);
    if (o.mainEntity) visit(o.mainEntity, depth + 1);
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const raw = (s.textContent ?? '').trim().replace(/^<!--|-->$/g, '');
    try {
      visit(JSON.parse(raw), 0);
    } catch {
      // Broken JSON-LD is common and never fatal: the page still has its markup.
    }
  }
  return out;
}

function typesOf(o: Json): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** The page's article object: a news/article type first, any type with a date or body next. */
function articleLd(objs: Json[]): Json | null {
  const rank = (o: Json) => {
    const ts = typesOf(o);
    if (ts.some((t) => ARTICLE_TYPES.test(t) && t !== 'WebPage')) return 3;
    if (typeof o.articleBody === 'string' || typeof o.datePublished === 'string') return 2;
    if (ts.includes('WebPage')) return 1;
    return 0;
  };
  let best: Json | null = null;
  for (const o of objs) if (rank(o) > 0 && (!best || rank(o) > rank(best))) best = o;
  return best;
}

function names(v: unknown): string[] {
  if (!v) return [];
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(names);
  if (typeof v === 'object' && typeof (v as Json).name === 'string') return [(v as Json).name as string];
  return [];
}

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim() || null;

/** Every <meta> of a page by "attr=value" (lower case), built once: linkedom's querySelector walks
 * the whole tree on every call, and pages carry dozens of metas we ask about. */
const metaIndexes = new WeakMap<object, Map<string, string>>();
function metaIndex(doc: DocLike): Map<string, string> {
  let idx = metaIndexes.get(doc);
  if (idx) return idx;
  idx = new Map();
  for (const m of Array.from(doc.querySelectorAll('meta'))) {
    const content = clean(m.getAttribute('content'));
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const v = m.getAttribute(attr);
      const key = v ? `${attr}=${v.trim().toLowerCase()}` : null;
      if (key && !idx.has(key)) idx.set(key, content);
    }
  }
  metaIndexes.set(doc, idx);
  return idx;
}

const META_SEL = /^meta\[([\w-]+)="([^"]+)"(?: i)?\]$/;

function metaContent(doc: DocLike, selectors: string[]): string | null {
  for (const sel of selectors) {
    const m = META_SEL.exec(sel);
    if (m) {
      const v = metaIndex(doc).get(`${m[1]}=${m[2]!.toLowerCase()}`);
      if (v) return v;
      continue;
    }
    const el = doc.querySelector(sel);
    const v = clean(el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? el?.getAttribute('value'));
    if (v) return v;
  }
  return null;
}

const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

/** A date as pages write it in metadata → YYYY-MM-DD (the date as written, not shifted to UTC). */
export function toIsoDay(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = s.trim();
  const ok = (y: number, m: number, d: number) =>
    y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31 ? `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` : null;
  let m = /^(\d{4})-?(\d{2})-?(\d{2})(?:$|[T\s])/.exec(t);
  if (m) return ok(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})\b/.exec(t);
  if (m) return ok(+m[1]!, +m[2]!, +m[3]!);
  // "Nov 19, 2019", "November 19 2019 10:00"
  m = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/i.exec(t);
  if (m) return ok(+m[3]!, MONTHS[m[1]!.toLowerCase()]!, +m[2]!);
  // "19 November 2019"
  m = /\b(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(\d{4})\b/i.exec(t);
  if (m) return ok(+m[3]!, MONTHS[m[2]!.toLowerCase()]!, +m[1]!);
  // Unix time in seconds or milliseconds (some CMSs)
  if (/^\d{10}(\d{3})?$/.test(t)) {
    const d = new Date(t.length === 10 ? +t * 1000 : +t);
    return ok(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  return null;
}

/** "Headline | Site", "Headline - Site", "Site: Headline" → "Headline". */
export function stripSiteName(title: string, siteName: string | null): string {
  const t = title.replace(/\s+/g, ' ').trim();
  if (siteName) {
    const s = siteName.trim().toLowerCase();
    const parts = t.split(/\s+[|–—•·:-]\s+|\s+[|–—•·]\s*|\s*[|–—•·]\s+/);
    if (parts.length > 1) {
      const kept = parts.filter((p) => p.trim().toLowerCase() !== s);
      if (kept.length && kept.length < parts.length) return kept.join(' - ').trim();
    }
  }
  // No site name known: a trailing " | Something" or " - Something" short part is the site.
  const m = /^(.{15,}?)\s+[|–—•·-]\s+([^|–—•·]{2,40})$/.exec(t);
  if (m && m[2]!.split(/\s+/).length <= 5) return m[1]!.trim();
  return t;
}

/** "en_us", "EN-gb" → "en-US", "en-GB"; "en" stays "en". */
export function normalizeLang(raw: string | null | undefined): string | null {
  const m = /^([a-z]{2,3})(?:[-_]([a-z]{2}|\d{3}))?\b/i.exec((raw ?? '').trim());
  if (!m) return null;
  return m[2] ? `${m[1]!.toLowerCase()}-${m[2]!.toUpperCase()}` : m[1]!.toLowerCase();
}

function langOf(doc: DocLike, ld: Json | null): string | null {
  const raw =
    clean(doc.documentElement?.getAttribute('lang')) ??
    clean(doc.documentElement?.getAttribute('xml:lang')) ??
    metaContent(doc, ['meta[property="og:locale"]', 'meta[http-equiv="content-language" i]', 'meta[name="language" i]', 'meta[name="dc.language" i]']) ??
    (typeof ld?.inLanguage === 'string' ? (ld.inLanguage as string) : null);
  return normalizeLang(raw);
}

/** "By JANE DOE @jdoe Nov 18, 2019 at 9:24 pm" → "JANE DOE"; file names and URLs are not authors. */
function tidyByline(s: string | null): string | null {
  if (!s) return null;
  const t = s
    .replace(/^by\s+/i, '')
    .split(/\s+(?:@|\|\s|•|updated\b|published\b|posted\b|on\s+(?:mon|tue|wed|thu|fri|sat|sun)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)/i)[0]!
    .trim();
  if (!t || t.length > 100 || /^https?:|\.\w{2,4}$|^\W*$/.test(t)) return null;
  return t;
}

function bylineOf(doc: DocLike, ld: Json | null): string | null {
  return tidyByline(rawByline(doc, ld));
}

function rawByline(doc: DocLike, ld: Json | null): string | null {
  const fromLd = ld ? names(ld.author).map((n) => n.trim()).filter(Boolean) : [];
  if (fromLd.length) return [...new Set(fromLd)].join(', ');
  const meta = metaContent(doc, ['meta[name="author" i]', 'meta[property="article:author"]', 'meta[name="parsely-author"]', 'meta[name="sailthru.author"]', 'meta[name="dc.creator" i]', 'meta[name="byl"]']);
  if (meta && !/^https?:/.test(meta)) return meta.replace(/^by\s+/i, '');
  const el = doc.querySelector('[itemprop="author"] [itemprop="name"], [itemprop="author"], [rel="author"], .byline__name, .author-name');
  const t = clean(el?.getAttribute('content') ?? el?.textContent);
  return t && t.length < 100 ? t.replace(/^by\s+/i, '') : null;
}

function publishedOf(doc: DocLike, ld: Json | null): string | null {
  const candidates: (string | null)[] = [
    metaContent(doc, [
      'meta[property="article:published_time"]',
      'meta[name="article:published_time"]',
      'meta[itemprop="datePublished"]',
      '[itemprop="datePublished"]',
    ]),
    typeof ld?.datePublished === 'string' ? (ld.datePublished as string) : null,
    metaContent(doc, [
      'meta[name="parsely-pub-date"]',
      'meta[name="sailthru.date"]',
      'meta[name="dc.date.issued" i]',
      'meta[name="dc.date" i]',
      'meta[name="dcterms.created" i]',
      'meta[name="publish-date"]',
      'meta[name="pubdate"]',
      'meta[name="date"]',
      'meta[property="og:published_time"]',
      'meta[name="publication_date"]',
      'time[pubdate]',
      'article time[datetime]',
      'time[datetime]',
    ]),
  ];
  for (const c of candidates) {
    const d = toIsoDay(c);
    if (d) return d;
  }
  return null;
}

function titleOf(doc: DocLike, ld: Json | null, siteName: string | null): string | null {
  const og = metaContent(doc, ['meta[property="og:title"]', 'meta[name="twitter:title"]']);
  const headline = typeof ld?.headline === 'string' ? clean(ld.headline as string) : null;
  const h1 = clean(doc.querySelector('article h1, main h1, h1')?.textContent);
  const docTitle = clean(doc.querySelector('title')?.textContent ?? doc.title);
  // An h1 that the page's own title or og:title repeats is the headline as printed.
  const norm = (s: string) => s.toLowerCase().replace(/\W+/g, ' ').trim();
  if (h1 && h1.length >= 8 && [og, docTitle, headline].some((t) => t && norm(t).includes(norm(h1)))) return h1;
  for (const t of [og, headline, docTitle]) if (t) return stripSiteName(t, siteName);
  return h1;
}

export function readMeta(doc: DocLike): PageMeta {
  const objs = jsonLdObjects(doc);
  const ld = articleLd(objs);
  const siteName = metaContent(doc, ['meta[property="og:site_name"]', 'meta[name="application-name"]']);
  return {
    title: titleOf(doc, ld, siteName),
    published: publishedOf(doc, ld),
    byline: bylineOf(doc, ld),
    lang: langOf(doc, ld),
    siteName,
    url: clean(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')) ?? metaContent(doc, ['meta[property="og:url"]']),
    ldBody: typeof ld?.articleBody === 'string' ? (ld.articleBody as string).trim() || null : null,
  };
}
