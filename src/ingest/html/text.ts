// DOM → plain text with paragraphs: block elements end a paragraph, <br> breaks a line, inline
// text is joined with collapsed whitespace. Readability's own textContent glues neighbouring
// blocks together ("Image 1 of 23Photo:"), which corrupts words; this walk never does.

/** Elements whose boundaries are paragraph breaks. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li',
  'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'caption',
]);
/** Table cells separate words but stay on the row's line. */
const CELL = new Set(['td', 'th']);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'button', 'select', 'textarea', 'input', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio']);

interface MiniNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<MiniNode>;
}

/** Paragraphs (and line breaks inside them, as "\n") of an element's visible text. */
export function blocksOf(root: MiniNode): string[] {
  const out: string[] = [];
  let cur = '';
  const flush = () => {
    const t = cur.replace(/[ \t\u00a0]*\n[ \t\u00a0]*/g, '\n').replace(/\n{2,}/g, '\n').trim();
    if (t) out.push(t);
    cur = '';
  };
  const walk = (n: MiniNode) => {
    if (n.nodeType === 3) {
      cur += (n.textContent ?? '').replace(/[\s\u00a0]+/g, ' ');
      return;
    }
    if (n.nodeType !== 1) return;
    const tag = n.nodeName.toLowerCase();
    if (SKIP.has(tag)) return;
    if (tag === 'br') {
      cur = cur.replace(/ +$/, '') + '\n';
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    else if (CELL.has(tag)) cur += ' ';
    const kids = n.childNodes;
    for (let i = 0; i < kids.length; i++) walk(kids[i]!);
    if (block) flush();
    else if (CELL.has(tag)) cur += ' ';
  };
  walk(root);
  flush();
  return out.map((b) => b.split('\n').map((l) => l.replace(/ {2,}/g, ' ').trim()).filter(Boolean).join('\n')).filter(Boolean);
}
