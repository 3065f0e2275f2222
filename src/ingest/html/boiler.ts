// Line-level boilerplate that survives content extraction: ad labels, share prompts, "read more"
// teasers, bylines, publication stamps, photo credits. Each pattern is a kind of line, not a
// page: it must describe what news sites print around articles in general.
import { MONTH_PREFIXES } from '../../kb/calendar.js';

const LINE_PATTERNS: RegExp[] = [
  // Labels and controls
  /^(advertisement|advert|ad|sponsored( content)?|close|caption|image caption|expand|collapse|loading( content)?\W*|text size|skip to (main )?content|sign in|log in|menu|home|print|email|share|tweet|whatsapp|comments?|\d+ comments?|post comment.*|view comments|show comments|leave a comment|listen|play|pause|next|previous|back to top|by)\W*$/i,
  // Teasers and calls to action
  /^(read more|read next|see more|see also|more|also read|related|related (stories|articles|coverage|news|content|links)|you may (also )?like|recommended( for you)?|most (read|popular|viewed|shared)|trending( now)?|latest( news)?|recent (articles|posts|stories)|popular( this week)?|don'?t miss|top stories|more from [\w ]{1,30}|more stories|editor'?s picks)(\W*$|\s*[:|›»…-]\s*.{0,140}$|\.\.\.$)/i,
  /^(sign up|subscribe|follow us|follow @|join (us|our)|get the latest|get our|download (our|the) app|click here|tap here|like us on|find us on)\b.{0,200}$/i,
  // Credits and rights
  /^(image|photo|picture|photograph|video|source|credit|illustration|foto|фото)s?( copyright| credit| courtesy)?\s*[:©]\s?.{0,120}$/iu,
  /^(image|photo) copyright\b.{0,80}$/i,
  /^(©|\(c\)|copyright\b|all rights reserved).{0,200}$/i,
  /^.{0,120}\ball rights reserved\W*$/i,
  /^(getty images|ap photo|reuters|afp|associated press|file photo|shutterstock|istock)\b.{0,60}$/i,
  // Publication stamps
  /^(published|updated|posted|first published|last updated|last modified|publicado|atualizado)( on| at)?\s*:?\s(?=.*\d).{0,80}$/i,
];

const MONTH = `(${MONTH_PREFIXES.join('|')})[a-z]*\\.?`;
/** A line that is nothing but a date and/or time ("November 18, 2019 | 4:10pm", "18 NOV 2019"). */
const DATE_ONLY = new RegExp(
  `^(\\W*(mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s*)?((${MONTH}\\s+\\d{1,2}(st|nd|rd|th)?,?\\s+\\d{4})|(\\d{1,2}\\s+${MONTH},?\\s+\\d{4})|(\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}))([\\s,|/@at-]*\\d{1,2}[:.]\\d{2}(\\s*[ap]\\.?m\\.?)?(\\s*[a-z]{2,4})?)?\\W*$`,
  'i',
);
/** "By Jane Doe", "By Jane Doe and John Roe, Reuters", "By JANE DOE | Nov 18": short credit lines. */
// No i flag: under it \p{Lu} matches lower-case letters too, and "By the end of the day, 40 had
// died." would read as a byline.
const BYLINE = /^(?:[Bb]y|BY)\s+[\p{Lu}][\p{L}.'’-]+(\s+[\p{Lu}][\p{L}.'’-]+){0,3}(\s*(,|and|&)\s*[\p{Lu}][\p{L}.'’-]+(\s+[\p{Lu}][\p{L}.'’-]+){0,3})*\s*([,|–—-].{0,80})?$/u;

export function isBoilerplateLine(line: string): boolean {
  const t = line.trim();
  if (!t) return true;
  if (t.length > 260) return false;
  if (LINE_PATTERNS.some((re) => re.test(t))) return true;
  if (DATE_ONLY.test(t)) return true;
  if (t.length < 120 && BYLINE.test(t) && !/[.!?]["”]?$/.test(t.replace(/\b(Jr|Sr|Dr|St)\.$/, ''))) return true;
  return false;
}

/** Drop boilerplate lines, and blocks left empty by it. */
export function dropBoilerplate(blocks: string[]): string[] {
  return blocks.map((b) => b.split('\n').filter((l) => !isBoilerplateLine(l)).join('\n')).filter((b) => b.trim());
}
