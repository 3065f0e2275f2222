// Quotation marks: where quoted text starts and ends. Curly marks say which way they face;
// straight ones are read by their neighbours (a mark after a space or at a line start opens);
// single curly marks count outside double ones.
// A quotation may run over paragraphs: by the printer's convention, a paragraph that ends inside
// a quotation leaves it open, and the next paragraph reopens it with an opening mark.

export interface QuotedSpan {
  /** Offsets of the content, without the marks. */
  start: number;
  end: number;
  /** Offsets of the marks themselves: open mark at openAt, close mark at closeAt (or -1). */
  openAt: number;
  closeAt: number;
  /** Index of the chain of paragraphs this span belongs to (a multi-paragraph quotation). */
  chain: number;
  /** True for the last part of a chain (the one whose close mark carries the attribution). */
  last: boolean;
}

const OPEN_CURLY = '“', CLOSE_CURLY = '”';

function isOpeningStraight(text: string, i: number): boolean {
  const prev = i > 0 ? text[i - 1]! : '\n';
  const next = text[i + 1] ?? ' ';
  if (/\s/.test(next)) return false;
  return /[\s(\[{—–-]/.test(prev) || i === 0;
}

export function findQuoted(text: string): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let open = -1; // index of the opening mark
  let openStraight = false;
  let chain = 0;
  let inChain = false; // the current open quote continues a previous paragraph's
  const emit = (closeAt: number, end: number, last: boolean) => {
    let s = open + 1, e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /[\s,]/.test(text[e - 1]!)) e--; // "historic," → "historic"
    if (e > s) out.push({ start: s, end: e, openAt: open, closeAt, chain, last });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n' && open >= 0) {
      // A paragraph ends inside the quotation: it continues only if the next paragraph reopens it.
      let j = i;
      while (j < text.length && /\s/.test(text[j]!)) j++;
      const reopens = text[j] === OPEN_CURLY || (openStraight && text[j] === '"');
      emit(-1, i, !reopens);
      if (reopens) { open = j; inChain = true; i = j; continue; }
      open = -1; inChain = false; chain++;
      continue;
    }
    if (c === '‘' && open < 0 && (i === 0 || /[\s(\[—–-]/.test(text[i - 1]!))) {
      // Single marks (headlines, British copy): ’ is also the apostrophe, so the closing mark is
      // one not followed by a letter ("Iran’s" is not a close), within the same paragraph.
      let j = i + 1;
      for (; j < text.length && text[j] !== '\n'; j++) {
        if (text[j] === '’' && !/\p{L}/u.test(text[j + 1] ?? ' ') && !/\s/.test(text[j - 1]!)) break;
      }
      if (j < text.length && text[j] === '’') {
        open = i;
        emit(j, j, true); open = -1; chain++;
        i = j;
      }
      continue;
    }
    if (c === OPEN_CURLY) {
      if (open >= 0) emit(-1, i, true), chain++; // an unclosed quote before a new one: close it here
      open = i; openStraight = false; inChain = false;
    } else if (c === CLOSE_CURLY && open >= 0 && !openStraight) {
      emit(i, i, true); open = -1; chain++; inChain = false;
    } else if (c === '"') {
      if (open < 0 && isOpeningStraight(text, i)) { open = i; openStraight = true; inChain = false; }
      else if (open >= 0 && openStraight) { emit(i, i, true); open = -1; chain++; }
    }
  }
  if (open >= 0) emit(-1, text.length, true);
  void inChain;
  return out;
}
