// Publication date: given > page metadata > a fully dated caption or dateline.
import type { RawArticle } from '../doc/index.js';
import { findFullDates } from '../kb/fulldate.js';

/** The latest full date written in the captions, or in the first lines of the body (a dateline). */
export function inferPublished(a: Pick<RawArticle, 'captions' | 'body'>): { date: string; source: 'caption' | 'text' } | null {
  const fromCaptions = a.captions.flatMap((c) => findFullDates(c.text)).map((d) => d.value).sort();
  if (fromCaptions.length) return { date: fromCaptions[fromCaptions.length - 1]!, source: 'caption' };
  // A dateline sits at the very start of the body: "SEOUL, Nov. 29, 2024 (Agency) —" or "Nov. 29, 2024 —".
  const lead = a.body.slice(0, 120);
  const d = findFullDates(lead).find((x) => x.start < 60 && /^[^.!?]*$/.test(lead.slice(0, x.start)) && /^\s*[-—–(/:]/.test(lead.slice(x.end)));
  return d ? { date: d.value, source: 'text' } : null;
}

/** Apply the precedence rule to a reader's article. */
export function settlePublished(a: RawArticle, given: string | null | undefined): RawArticle {
  if (given) return { ...a, published: given, publishedSource: 'given' };
  if (a.published) return { ...a, publishedSource: a.publishedSource ?? 'metadata' };
  const inferred = inferPublished(a);
  return inferred ? { ...a, published: inferred.date, publishedSource: inferred.source } : { ...a, published: null, publishedSource: null };
}
