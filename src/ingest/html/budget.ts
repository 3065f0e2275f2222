// Budgets on untrusted HTML, applied to the markup before any DOM is built (issue 19, finding 3).
//
// linkedom and Readability are fine on real pages (depth rarely past 40, a few thousand elements)
// but superlinear in nesting depth: 1,500 nested <div>s took 15 s, 100k levels 8 s to parse and a
// stack overflow after. One linear pass over the tags here:
// - flattens: an opening tag that would nest deeper than MAX_DEPTH is dropped, with its closing
//   tag (the text stays, at the depth of the last kept ancestor), so the DOM that is built is at
//   most MAX_DEPTH deep whatever the input;
// - refuses a page with more than MAX_ELEMENTS tags (a real article page has a few thousand).
// A page within both limits is returned unchanged (the same string), so nothing changes for it.
import { InputError } from '../types.js';

export const MAX_DEPTH = 100;
export const MAX_ELEMENTS = 150_000;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'command', 'basefont', 'bgsound', 'frame', 'image', 'isindex', 'nextid', 'spacer']);
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
/** Tags a parser closes implicitly when a sibling of the same name opens (<p>…<p>, <li>…<li>). */
const SELF_SIBLING = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'rt', 'rp']);

// A tag: name, then anything but < or > (so a stray "<" never makes a scan run to the end).
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9:-]*)([^<>]*)>|<!--|<!\[CDATA\[/g;

/** The markup with over-deep nesting flattened; throws InputError past the element limit. */
export function budgetHtml(html: string, name = 'page', maxDepth = MAX_DEPTH, maxElements = MAX_ELEMENTS): string {
  const stack: string[] = [];
  let dropped = 0;
  let elements = 0;
  const cut: [number, number][] = [];
  TAG.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TAG.exec(html))) {
    if (m[0] === '<!--' || m[0] === '<![CDATA[') {
      const end = html.indexOf(m[0] === '<!--' ? '-->' : ']]>', TAG.lastIndex);
      if (end < 0) break;
      TAG.lastIndex = end + 3;
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
    if (++elements > maxElements) throw new InputError(`${name}: page has more than ${maxElements} elements (the limit for one page)`);
    if (VOID.has(tag) || /\/\s*$/.test(m[3]!)) continue;
    if (RAW.has(tag)) {
      // Raw text: skip to its end tag (a <div> inside a script is not markup).
      const re = new RegExp(`</${tag}\\s*>`, 'ig');
      re.lastIndex = TAG.lastIndex;
      const e = re.exec(html);
      if (!e) break;
      TAG.lastIndex = re.lastIndex;
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
    stack.push(tag);
  }
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
