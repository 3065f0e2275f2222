// Budgets on untrusted HTML, applied to the markup before any DOM is built (issue 19, finding 3).
//
// linkedom and Readability are fine on real pages (depth rarely past 40, a few thousand elements)
// but superlinear in nesting depth: 1,500 nested <div>s took 15 s, 100k levels 8 s to parse and a
// stack overflow after. One linear pass over the tags here:
// - flattens: an opening tag that would nest deeper than MAX_DEPTH is dropped, with its closing
//   tag (the text stays, at the depth of the last kept ancestor), so the DOM that is built is at
//   most MAX_DEPTH deep whatever the input;
// - refuses a page with more than MAX_NODES elements and character references in text together
//   (a real article page has a few thousand; the 181 pages of the extraction set at most 1,600).
//   The parser makes a text node of every character reference ("&lt;a" × 200k: 400k text nodes,
//   4–5 s to read), and an element costs as much: 150k elements took 3.8–4.6 s, 49k inline ones 2.1 s on a loaded machine.
// A page within both limits is returned unchanged (the same string), so nothing changes for it.
import { InputError } from '../types.js';

export const MAX_DEPTH = 100;
/** Elements plus character references in text (each becomes a DOM node) that one page may hold. */
export const MAX_NODES = 30_000;
/** @deprecated the old name of MAX_NODES. */
export const MAX_ELEMENTS = MAX_NODES;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'command', 'basefont', 'bgsound', 'frame', 'image', 'isindex', 'nextid', 'spacer']);
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
/** Tags a parser closes implicitly when a sibling of the same name opens (<p>…<p>, <li>…<li>). */
const SELF_SIBLING = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'rt', 'rp']);

// A tag: name, then anything but < or > (so a stray "<" never makes a scan run to the end).
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9:-]*)([^<>]*)>|<!--|<!\[CDATA\[/g;

/**
 * Counts character references ("&amp;", "&#8217;": a text node each once parsed) in text spans
 * given in increasing order. The next "&" is looked up once and kept, so a page with no "&" after
 * some point is scanned once, not once per span (linear in the page).
 */
function refCounter(html: string): (from: number, to: number) => number {
  let next = -2; // not looked up yet
  return (from, to) => {
    let n = 0;
    for (;;) {
      if (next !== -1 && next < from) next = html.indexOf('&', from);
      if (next < 0 || next >= to) return n;
      n++;
      next = html.indexOf('&', next + 1);
    }
  };
}

/**
 * At most how many nodes a parser could make of this markup ("<" and "&" counted), stopping past
 * `max`: the node budget for XML (feed items), where every character reference is a text node too.
 */
export function markupNodesOver(markup: string, max = MAX_NODES): boolean {
  let n = 0;
  for (let i = 0; i < markup.length; i++) {
    const c = markup.charCodeAt(i);
    if ((c === 60 || c === 38) && ++n > max) return true;
  }
  return false;
}

const tooMany = (name: string, max: number) =>
  new InputError(`${name}: page has more than ${max} elements and character references (the limit for one page)`);

/** The markup with over-deep nesting flattened; throws InputError past the node limit. */
export function budgetHtml(html: string, name = 'page', maxDepth = MAX_DEPTH, maxNodes = MAX_NODES): string {
  const stack: string[] = [];
  let dropped = 0;
  let nodes = 0;
  const cut: [number, number][] = [];
  TAG.lastIndex = 0;
  let m: RegExpExecArray | null;
  let textFrom = 0;
  const refsIn = refCounter(html);
  while ((m = TAG.exec(html))) {
    // The text before this tag: its character references.
    if (m.index > textFrom && (nodes += refsIn(textFrom, m.index)) > maxNodes) throw tooMany(name, maxNodes);
    textFrom = TAG.lastIndex;
    if (m[0] === '<!--' || m[0] === '<![CDATA[') {
      const end = html.indexOf(m[0] === '<!--' ? '-->' : ']]>', TAG.lastIndex);
      if (end < 0) break;
      TAG.lastIndex = end + 3;
      textFrom = TAG.lastIndex;
      continue;
    }
    const close = m[1] === '/';
    const tag = m[2]!.toLowerCase();
    if (close) {
      if (dropped > 0) {
        dropped--;
        cut.push([m.index, TAG.lastIndex]);
        continue;
      }
      const at = stack.lastIndexOf(tag);
      if (at >= 0) stack.length = at;
      continue;
    }
    // Only elements that are kept count: a tag dropped by the depth rule below makes no node.
    if (VOID.has(tag) || /\/\s*$/.test(m[3]!)) {
      if (++nodes > maxNodes) throw tooMany(name, maxNodes);
      continue;
    }
    if (RAW.has(tag)) {
      if (++nodes > maxNodes) throw tooMany(name, maxNodes);
      // Raw text: skip to its end tag (a <div> inside a script is not markup).
      const re = new RegExp(`</${tag}\\s*>`, 'ig');
      re.lastIndex = TAG.lastIndex;
      const e = re.exec(html);
      if (!e) break;
      TAG.lastIndex = re.lastIndex;
      textFrom = TAG.lastIndex;
      continue;
    }
    if (SELF_SIBLING.has(tag)) {
      const at = stack.lastIndexOf(tag);
      if (at >= 0 && at >= stack.length - 3) stack.length = at;
    }
    if (stack.length >= maxDepth) {
      dropped++;
      cut.push([m.index, TAG.lastIndex]);
      continue;
    }
    if (++nodes > maxNodes) throw tooMany(name, maxNodes);
    stack.push(tag);
  }
  if (textFrom < html.length && TAG.lastIndex === 0 && (nodes += refsIn(textFrom, html.length)) > maxNodes) throw tooMany(name, maxNodes);
  if (!cut.length) return html;
  const parts: string[] = [];
  let at = 0;
  for (const [s, e] of cut) {
    parts.push(html.slice(at, s));
    at = e;
  }
  parts.push(html.slice(at));
  return parts.join('');
}
