// Raw scraped dumps: articles separated by two or more blank lines; each starts with its title,
// often followed by the page's header block repeated (title, caption lines, a logo token, the
// same title and captions again) before the body.
import type { RawArticle } from '../doc/index.js';
import { splitCredit, endsWithCredit } from './caption.js';
import { normalizeLine, rebuildParagraphs } from './paragraphs.js';
import type { Caption } from '../types.js';

/** How far into an article the repeated header block may reach (non-empty lines). */
const HEADER_REACH = 40;
/** A layout artifact inside a header block: a short line with no sentence in it. */
const ARTIFACT = /^[^.!?,;:]{1,24}$/;

const key = (s: string) => normalizeLine(s).toLowerCase();

/** Split a stream of lines into article chunks at runs of two or more blank lines. */
export async function* splitDump(lines: AsyncIterable<string>, maxChars: number): AsyncGenerator<{ lines: string[]; firstLine: number; tooLong: boolean }> {
  let cur: string[] = [];
  let size = 0;
  let tooLong = false;
  let blanks = 0;
  let n = 0;
  let first = 1;
  for await (const line of lines) {
    n++;
    if (!line.trim()) {
      blanks++;
      if (!tooLong && cur.length) cur.push('');
      continue;
    }
    if (blanks >= 2 && (cur.some((l) => l.trim()) || tooLong)) {
      yield { lines: cur, firstLine: first, tooLong };
      cur = [];
      size = 0;
      tooLong = false;
      first = n;
    }
    if (!cur.length) first = n;
    blanks = 0;
    size += line.length + 1;
    if (size > maxChars) {
      tooLong = true;
      cur = [];
    } else if (!tooLong) cur.push(line);
  }
  if (cur.some((l) => l.trim()) || tooLong) yield { lines: cur, firstLine: first, tooLong };
}

/** One article chunk → title, deduplicated captions with credits, and body paragraphs. */
export function parseDumpArticle(lines: string[]): RawArticle | null {
  const L = lines.map(normalizeLine);
  const nonEmpty = L.map((l, i) => (l ? i : -1)).filter((i) => i >= 0);
  if (!nonEmpty.length) return null;
  const titleAt = nonEmpty[0]!;
  const title = L[titleAt]!;
  const tkey = key(title);
  const reach = nonEmpty.slice(0, HEADER_REACH);

  // Lines seen more than once near the top are the repeated header block (title and captions).
  const counts = new Map<string, number>();
  for (const i of reach) counts.set(key(L[i]!), (counts.get(key(L[i]!)) ?? 0) + 1);
  const repeated = (i: number) => (counts.get(key(L[i]!)) ?? 0) > 1;

  let lastTitle = titleAt;
  for (const i of reach) if (key(L[i]!) === tkey) lastTitle = i;

  const captions: string[] = [];
  const seenCap = new Set<string>();
  const addCaption = (s: string) => {
    if (!seenCap.has(key(s))) {
      seenCap.add(key(s));
      captions.push(s);
    }
  };
  // Inside the header block: repeated lines other than the title are captions; lone short
  // lines between the repeats (a logo, a section name) are layout artifacts and are dropped.
  for (const i of nonEmpty) {
    if (i <= titleAt || i >= lastTitle) continue;
    const k = key(L[i]!);
    if (k === tkey) continue;
    if (repeated(i)) addCaption(L[i]!);
    else if (!ARTIFACT.test(L[i]!) && endsWithCredit(L[i]!)) addCaption(L[i]!);
  }
  // After the last title: caption lines continue while they repeat or carry a credit.
  let bodyFrom = lastTitle + 1;
  for (const i of nonEmpty) {
    if (i <= lastTitle) continue;
    const isCaption = repeated(i) || seenCap.has(key(L[i]!)) || (endsWithCredit(L[i]!) && i !== nonEmpty[nonEmpty.length - 1]);
    if (!isCaption) break;
    addCaption(L[i]!);
    bodyFrom = i + 1;
  }
  const bodyLines = L.slice(bodyFrom).filter((l) => !(l && (key(l) === tkey || seenCap.has(key(l)))));
  const paras = rebuildParagraphs(bodyLines);
  const caps: Caption[] = captions.map(splitCredit);
  // A chunk with nothing but its title line keeps it as body: the text is all we have.
  const body = paras.join('\n\n');
  return { title, captions: caps, body: body || '', published: null, publishedSource: null };
}
