// RSS 2.0 / RSS 1.0 / Atom feeds: one article per item or entry, from its full content
// (content:encoded, Atom content) or else its description/summary, with link, date and title.
//
// linkedom's XML parser never refuses input, so well-formedness is checked here first: a broken
// feed envelope is a bad input (one error), a broken item among good ones is one bad record
// (a warning naming it), and the other items are still read.
import { DOMParser, parseHTML } from 'linkedom';
import type { RawArticle } from '../doc/index.js';
import { InputError, type ReadItem } from './types.js';
import { toIsoDay, normalizeLang } from './meta.js';
import { blocksOf } from './html/text.js';
import { preClean } from './html/clean.js';
import { dropBoilerplate } from './html/boiler.js';
import { leadCaption } from './html/captions.js';
import { rebuildParagraphs } from './paragraphs.js';
import { budgetHtml, markupNodesOver, MAX_NODES } from './html/budget.js';

// ---------------------------------------------------------------- well-formedness

const NAME = '[A-Za-z_][\\w.:-]*';
const TOKEN = new RegExp(
  [
    '<!--[\\s\\S]*?-->',
    '<!\\[CDATA\\[[\\s\\S]*?\\]\\]>',
    '<\\?[\\s\\S]*?\\?>',
    '<!DOCTYPE[^>\\[]*(?:\\[[\\s\\S]*?\\])?\\s*>',
    `</(${NAME})\\s*>`,
    `<(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>`,
  ].join('|'),
  'gy',
);

function lineAt(s: string, offset: number): number {
  let n = 1;
  for (let i = 0; i < offset && i < s.length; i++) if (s.charCodeAt(i) === 10) n++;
  return n;
}

/** Null when `xml` is well-formed (structure and quoting; entities are not checked), else why not. */
export function xmlProblem(xml: string, lineBase = 0): string | null {
  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? xml.length : lt;
    if (!stack.length && xml.slice(i, textEnd).trim()) return `text outside the root element at line ${lineBase + lineAt(xml, i)}`;
    if (lt < 0) break;
    TOKEN.lastIndex = lt;
    const m = TOKEN.exec(xml);
    if (!m) return `broken tag at line ${lineBase + lineAt(xml, lt)}`;
    if (m[1]) {
      const open = stack.pop();
      if (open !== m[1]) return open ? `</${m[1]}> closes <${open}> at line ${lineBase + lineAt(xml, lt)}` : `unexpected </${m[1]}> at line ${lineBase + lineAt(xml, lt)}`;
    } else if (m[2]) {
      if (!stack.length) roots++;
      if (roots > 1) return `a second root element <${m[2]}> at line ${lineBase + lineAt(xml, lt)}`;
      if (!m[4]) stack.push(m[2]);
    }
    i = TOKEN.lastIndex;
  }
  if (stack.length) return `<${stack[stack.length - 1]}> is never closed (input ends early?)`;
  if (!roots) return 'no root element';
  return null;
}

// ---------------------------------------------------------------- items

interface XEl {
  tagName: string;
  textContent: string | null;
  innerHTML: string;
  getAttribute(name: string): string | null;
  getElementsByTagName(name: string): ArrayLike<XEl>;
}


/**
 * Where the items (<item>…</item>, <entry>…</entry>, or self-closed) are, in one linear pass:
 * each opening tag is matched with the next closing tag of its name by indexOf, and a missing
 * one stops the scan (the feed is then malformed), so 1.3 MB of unclosed <item> tags costs one
 * scan, not one per tag.
 */
export function itemSpans(src: string): { spans: { start: number; end: number }[]; unclosed: boolean } {
  const spans: { start: number; end: number }[] = [];
  const open = /<(item|entry)(?=[\s>/])/g;
  let m: RegExpExecArray | null;
  while ((m = open.exec(src))) {
    const gt = src.indexOf('>', m.index);
    if (gt < 0) return { spans, unclosed: true };
    if (src.charCodeAt(gt - 1) === 47 /* / */ && src.lastIndexOf('<', gt) === m.index) {
      spans.push({ start: m.index, end: gt + 1 });
      open.lastIndex = gt + 1;
      continue;
    }
    const closeRe = new RegExp(`</${m[1]}\\s*>`, 'g');
    closeRe.lastIndex = gt + 1;
    const c = closeRe.exec(src);
    if (!c) return { spans, unclosed: true };
    spans.push({ start: m.index, end: closeRe.lastIndex });
    open.lastIndex = closeRe.lastIndex;
  }
  return { spans, unclosed: false };
}

function first(el: XEl, names: string[]): XEl | null {
  for (const n of names) {
    const found = el.getElementsByTagName(n);
    if (found.length) return found[0]!;
  }
  return null;
}
const text = (el: XEl | null) => (el?.textContent ?? '').trim();

/** HTML (or plain text) of a feed item → paragraphs and the lead caption. */
export function htmlFragmentToText(html: string): { paras: string[]; caption: RawArticle['captions'][number] | null } {
  // [^<>]: a stray "<" (&lt;a × 200k) never makes the test scan to the end from every "<".
  if (!/<[a-z][^<>]*>/i.test(html)) return { paras: rebuildParagraphs(html.split(/\r?\n/)), caption: null };
  const { document } = parseHTML(budgetHtml(`<!doctype html><html><body>${html}</body></html>`));
  const caption = leadCaption(document as never);
  preClean(document as never);
  const body = document.body as unknown as Parameters<typeof blocksOf>[0];
  return { paras: dropBoilerplate(blocksOf(body)).flatMap((p) => p.split('\n')), caption };
}

function contentOf(item: XEl): string {
  // Full text when the feed carries it, else the summary.
  const full = first(item, ['content:encoded', 'content']);
  const summary = first(item, ['description', 'summary', 'media:description']);
  const asHtml = (el: XEl | null) => {
    if (!el) return '';
    return el.getAttribute('type') === 'xhtml' ? el.innerHTML : el.textContent ?? '';
  };
  const f = asHtml(full).trim();
  const s = asHtml(summary).trim();
  return f.length >= s.length ? f : s;
}

function linkOf(item: XEl): string | null {
  const links = Array.from(item.getElementsByTagName('link'));
  for (const l of links) {
    const href = l.getAttribute('href');
    const rel = l.getAttribute('rel');
    if (href && (!rel || rel === 'alternate')) return href.trim();
  }
  const t = links.map((l) => text(l)).find(Boolean);
  if (t) return t;
  const guid = first(item, ['guid', 'id']);
  return guid && /^https?:\/\//.test(text(guid)) ? text(guid) : null;
}

function itemToArticle(itemXml: string, lang: string | null): RawArticle | string {
  const doc = new DOMParser().parseFromString(itemXml, 'text/xml');
  const item = doc.documentElement as unknown as XEl;
  const titleEl = first(item, ['title']);
  let title = text(titleEl);
  if (titleEl?.getAttribute('type') === 'html' || /<[a-z][^<>]*>/i.test(title)) title = parseHTML(`<p>${title}</p>`).document.body.textContent?.trim() ?? title;
  const { paras, caption } = htmlFragmentToText(contentOf(item));
  const body = paras.join('\n\n');
  if (!body.trim()) return 'no text in the item (no content, description or summary)';
  const published = toIsoDay(text(first(item, ['pubDate', 'published', 'dc:date', 'updated', 'a10:updated', 'dcterms:issued'])));
  const author = text(first(item, ['dc:creator', 'author'])).replace(/\s+/g, ' ') || null;
  return {
    title: title.replace(/\s+/g, ' '),
    captions: caption ? [caption] : [],
    body,
    published,
    publishedSource: published ? 'metadata' : null,
    url: linkOf(item),
    byline: author,
    lang,
  };
}

/** Every item of a feed, in order, as articles or as named bad records. */
export function readFeed(xml: string, name = 'feed'): ReadItem[] {
  const src = xml.replace(/^\uFEFF/, '');
  const { spans, unclosed } = itemSpans(src);
  // The envelope (the feed with its items taken out) must be well-formed on its own.
  let envelope = '';
  let at = 0;
  for (const s of spans) {
    envelope += src.slice(at, s.start);
    at = s.end;
  }
  envelope += src.slice(at);
  const bad = xmlProblem(envelope);
  if (bad) throw new InputError(`${name}: malformed feed: ${bad}`);
  if (unclosed || /<(item|entry)\b/.test(envelope)) throw new InputError(`${name}: malformed feed: an <item> or <entry> is never closed`);
  if (!spans.length) throw new InputError(`${name}: the feed has no items`);
  const langM = /<language>\s*([^<\s]+)\s*<\/language>|<feed\b[^>]*\sxml:lang="([^"]+)"/i.exec(envelope);
  const lang = langM ? normalizeLang(langM[1] ?? langM[2]) : null;

  // Line numbers counted once, forward through the file (not from its start for every item).
  let lineOffset = 0;
  let line = 1;
  return spans.map((s, k) => {
    const where = `${name}#${k + 1}`;
    const itemXml = src.slice(s.start, s.end);
    for (; lineOffset < s.start; lineOffset++) if (src.charCodeAt(lineOffset) === 10) line++;
    // The node budget of a page, per item: "&lt;a" × 200k in one description made 200k text nodes.
    if (markupNodesOver(itemXml)) return { ok: false as const, error: `${where}: item ${k + 1} has more than ${MAX_NODES} elements and character references (the limit for one article)`, where };
    const problem = xmlProblem(itemXml, line - 1);
    if (problem) return { ok: false as const, error: `${where}: item ${k + 1} is malformed XML: ${problem}`, where };
    const a = itemToArticle(itemXml, lang);
    if (typeof a === 'string') return { ok: false as const, error: `${where}: item ${k + 1}: ${a}`, where };
    return { ok: true as const, article: a, where };
  });
}
