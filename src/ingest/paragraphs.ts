// Rebuild paragraphs from scraped lines: blank lines always separate paragraphs; inside a block,
// a line break after a finished sentence starts a new paragraph, and any other break is a hard
// wrap to be joined.
const ENDS_SENTENCE = /[.!?…]["'”’)\]]*$|[:]$/;
const STARTS_PARAGRAPH = /^["'“‘(\[]?[\p{Lu}\p{N}—–-]/u;

export function normalizeLine(line: string): string {
  return line.replace(/[\t\u00a0\u2000-\u200b\u202f\u205f\u3000 ]+/g, ' ').trim();
}

export function rebuildParagraphs(lines: string[]): string[] {
  const paras: string[] = [];
  let cur = '';
  const flush = () => {
    if (cur) paras.push(cur);
    cur = '';
  };
  for (const raw of lines) {
    const line = normalizeLine(raw);
    if (!line) {
      flush();
      continue;
    }
    if (!cur) cur = line;
    else if (ENDS_SENTENCE.test(cur) && STARTS_PARAGRAPH.test(line)) {
      flush();
      cur = line;
    } else cur = cur.endsWith('-') && /^\p{Ll}/u.test(line) ? cur + line : `${cur} ${line}`;
  }
  flush();
  return paras;
}
