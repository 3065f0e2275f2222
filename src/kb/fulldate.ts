// Fully written calendar dates ("Jan. 3, 2020", "Friday, Nov.29, 2024", "29 November 2024",
// "2024-11-29"): the only dates that can anchor an article without a publication date.
import { MONTH_NUM as MONTHS, MONTH_RE } from './calendar.js';

const MONTH = `(${MONTH_RE})`;
const MDY = new RegExp(`\\b${MONTH}\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'g');
const DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\.?,?\\s+(\\d{4})\\b`, 'g');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

export interface FullDate { start: number; end: number; text: string; value: string }

const pad = (n: number) => String(n).padStart(2, '0');

function valid(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || y < 1800 || y > 2200) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function findFullDates(text: string): FullDate[] {
  const out: FullDate[] = [];
  const push = (start: number, t: string, y: number, m: number, d: number) => {
    if (valid(y, m, d)) out.push({ start, end: start + t.length, text: t, value: `${y}-${pad(m)}-${pad(d)}` });
  };
  for (const x of text.matchAll(MDY)) push(x.index!, x[0], +x[3]!, MONTHS[x[1]!.toLowerCase()]!, +x[2]!);
  for (const x of text.matchAll(DMY)) push(x.index!, x[0], +x[3]!, MONTHS[x[2]!.toLowerCase()]!, +x[1]!);
  for (const x of text.matchAll(ISO)) push(x.index!, x[0], +x[1]!, +x[2]!, +x[3]!);
  return out.sort((a, b) => a.start - b.start);
}
