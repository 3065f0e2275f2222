// Photo credits at the end of a caption: "(AP)", "(Russian Defense Press Service via AP)",
// "Photo: Reuters", "(AP Photo/Ahn Young-joon)".
import type { Caption } from '../types.js';

const PAREN = /\s*[([]\s*([^()[\]]{1,80}?)\s*[)\]]\s*$/;
const PHOTO_BY = /\s*[-–—|]?\s*(?:photo|image|picture|credit)s?\s*(?:by|:)\s*([^.]{2,80})$/i;

/** A parenthetical is a credit when it names its source the way agencies do: short, capitalised. */
function looksLikeCredit(s: string): boolean {
  const words = s.split(/\s+/);
  if (words.length > 10) return false;
  if (/\b(via|photo|getty|afp|ap|reuters|file|handout|press|agency|service|news|images?|pool)\b/i.test(s)) return true;
  return words.every((w) => /^[A-Z0-9&/.'’-]/.test(w) || /^(of|the|and|for|de|via)$/.test(w));
}

export function splitCredit(text: string): Caption {
  const t = text.replace(/\s+/g, ' ').trim();
  const p = PAREN.exec(t);
  if (p && looksLikeCredit(p[1]!) && p.index > 0) return { text: t.slice(0, p.index).trim(), credit: p[1]!.trim() };
  const b = PHOTO_BY.exec(t);
  if (b && b.index > 0) return { text: t.slice(0, b.index).trim(), credit: b[1]!.trim() };
  return { text: t, credit: null };
}

/** True for a line that ends in a credit: a caption even when the dump did not repeat it. */
export function endsWithCredit(line: string): boolean {
  const p = PAREN.exec(line);
  return !!p && looksLikeCredit(p[1]!) && /\b(via|AP|AFP|Reuters|Getty|Photo|Handout|File|Pool|Press)\b/.test(p[1]!);
}
