// Web pages → article. Main content by @mozilla/readability over linkedom, improved by our own
// work: metadata read first (meta tags, JSON-LD, <time>), boilerplate boxes removed before
// Readability runs, a second opinion on where the prose is, our own DOM-to-text walk, link-list
// and boilerplate-line filtering, and JSON-LD articleBody as a safety net.
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { RawArticle } from '../doc/index.js';
import { InputError } from './types.js';
import { blocksOf } from './html/text.js';
import { preClean, dropLinkBlocks } from './html/clean.js';
import { densestProse } from './html/candidate.js';
import { dropBoilerplate } from './html/boiler.js';
import { leadCaption } from './html/captions.js';
import { readMeta, toIsoDay } from './meta.js';
import { budgetHtml } from './html/budget.js';

export interface HtmlOptions { url?: string | null; name?: string }

const words = (s: string) => s.match(/[\p{L}\p{N}_]+/gu) ?? [];

/** Share of `ref`'s words that `text` also has (bag of words): does our body cover it? */
function coverage(text: string, ref: string): number {
  const have = new Set(words(text).map((w) => w.toLowerCase()));
  const need = words(ref);
  if (!need.length) return 1;
  return need.filter((w) => have.has(w.toLowerCase())).length / need.length;
}

/** Main-content text of a page, paragraphs as a list (exported for the extraction benchmark). */
export function extractBlocks(document: unknown): string[] {
  preClean(document as never);
  // Readability takes the document apart: our own candidate is read first.
  const dense = densestProse(document as never);
  const denseBlocks = dense ? blocksOf(dense.el as never) : [];
  const reader = new Readability(document as Document, { charThreshold: 200, serializer: (el: Node) => el as unknown as string });
  const parsed = reader.parse();
  const root = parsed?.content as unknown as Parameters<typeof blocksOf>[0] | undefined;
  if (root) dropLinkBlocks(root as never, 0.75);
  let paras = root ? blocksOf(root) : [];
  const len = (b: string[]) => b.reduce((n, x) => n + x.length, 0);
  if (dense && len(paras) < dense.chars * 0.5) paras = denseBlocks;
  // Lines inside a block (<br>) become paragraphs of their own: they are how such pages break them.
  return dropBoilerplate(paras).flatMap((p) => p.split('\n'));
}

export function readHtml(html: string, opts: HtmlOptions = {}): RawArticle {
  // Depth and size budgets before any DOM is built (html/budget.ts).
  const { document } = parseHTML(budgetHtml(html, opts.name));
  if (!document.documentElement) throw new InputError(`${opts.name ?? 'page'}: not an HTML page (no document element)`);
  const meta = readMeta(document as never);
  const caption = leadCaption(document as never);
  let paras = extractBlocks(document);
  // JSON-LD articleBody is the publisher's own copy of the text: when it is long and our
  // extraction misses most of it, we picked the wrong part of the page.
  if (meta.ldBody && meta.ldBody.length > 500 && coverage(paras.join(' '), meta.ldBody) < 0.5) {
    paras = meta.ldBody.split(/\s*\n\s*/).filter(Boolean);
  }
  // The headline repeated at the top of the body is the title, not text.
  if (meta.title && paras.length && paras[0]!.replace(/\W+/g, ' ').trim().toLowerCase() === meta.title.replace(/\W+/g, ' ').trim().toLowerCase()) paras = paras.slice(1);
  const body = paras.join('\n\n');
  if (words(body).length < 20 || !paras.some((p) => words(p).length >= 8)) {
    throw new InputError(`${opts.name ?? 'page'}: no article text found in the HTML`);
  }
  const url = opts.url ?? (meta.url && /^https?:\/\//.test(meta.url) ? meta.url : null);
  // Many sites date their article addresses (/2024/12/02/…): the next best metadata after tags.
  const published = meta.published ?? toIsoDay(/\/((?:19|20)\d\d)[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])\//.exec(url ?? '')?.slice(1).join('-'));
  return {
    title: meta.title ?? '',
    captions: caption ? [caption] : [],
    body,
    published,
    publishedSource: published ? 'metadata' : null,
    url,
    byline: meta.byline,
    lang: meta.lang,
  };
}
