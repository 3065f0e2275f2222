// Finding date expressions in one field of text. A small grammar of regular expressions, one rule
// per kind of expression, each turning its match into a DateSpec (what the words mean, before any
// anchoring). chrono-node's strict parser is asked afterwards for formats our rules do not cover.
import * as chrono from 'chrono-node';
import {
  COUNT_RE, MONTH_NUM, MONTH_RE, VAGUE_COUNT_RE, WEEKDAY_NUM, WEEKDAY_RE, countValue, unitOf, type Unit,
} from './lexicon.js';
import { validDay } from './calendar.js';

export type Mod = 'last' | 'next' | 'this' | null;
export type Grain = 'day' | 'week' | 'month' | 'year';

export type DateSpec =
  /** A calendar day; y null when the text gives no year ("on Jan. 3"). */
  | { kind: 'day'; y: number | null; m: number; d: number }
  /** A month; y null when the text gives none ("in May", "last March"). */
  | { kind: 'month'; y: number | null; m: number; mod: Mod }
  | { kind: 'year'; y: number }
  | { kind: 'weekday'; wd: number; mod: Mod }
  /** yesterday (-1), today (0), tomorrow (+1). */
  | { kind: 'relday'; offset: number }
  /** n units from publication: "last week" (-1 week), "two years ago" (-2 years), "this month" (0). */
  | { kind: 'shift'; unit: Unit; n: number }
  | { kind: 'weekend'; mod: Mod }
  /** A season of a relative year ("last summer"). */
  | { kind: 'season'; season: number; mod: Mod }
  /** Vague on purpose ("days after", "in recent weeks"): a grain at most, never a made-up value. */
  | { kind: 'vague'; grain: Grain | null };

export interface FoundDate { start: number; end: number; spec: DateSpec }

type Build = (m: RegExpExecArray, left: string) => DateSpec | null;
interface Rule {
  name: string; re: RegExp; build: Build;
  /**
   * Words that may (or, with needLeft, must) stand just before the match and belong to the span
   * ("on", "in", "last", "two … ago"). Matched backwards from the hit, which keeps the main
   * expressions anchored on rare words (a month, "ago", "later") instead of on every "in" or "the".
   */
  left?: RegExp;
  needLeft?: boolean;
  /** Where the span starts inside the match (the span keeps "on"/"in" but not "since"/"of"). */
  startAt?: (m: RegExpExecArray) => number;
}

const ON_IN_LEFT = /\b[OoIi]n\s+$/;
const YEAR = '((?:1[89]|20)\\d{2})(?![\\d,]\\d)';
const month = (s: string) => MONTH_NUM[s.toLowerCase()]!;
const modOf = (s: string | undefined): Mod => {
  const k = (s ?? '').toLowerCase();
  return k === 'last' || k === 'next' || k === 'this' ? k : null;
};
const SEASON: Record<string, number> = { spring: 4, summer: 7, autumn: 10, fall: 10, winter: 1 };

function day(y: number | null, m: number, d: number): DateSpec | null {
  return validDay(y ?? 2000, m, d) ? { kind: 'day', y, m, d } : null;
}

const RULES: Rule[] = [
  { name: 'iso', re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, build: (x) => day(+x[1]!, +x[2]!, +x[3]!) },
  {
    // "Jan. 3, 2020", "Friday, Nov.29, 2024", "on March 5", "Dec. 25th"
    name: 'mdy',
    re: new RegExp(`\\b(?:${WEEKDAY_RE},?\\s+)?(${MONTH_RE})\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,?\\s+${YEAR})?`, 'g'),
    left: ON_IN_LEFT,
    build: (x) => day(x[3] ? +x[3] : null, month(x[1]!), +x[2]!),
  },
  {
    // "29 November 2024", "Friday 3 May", "the 5th of March"
    name: 'dmy',
    re: new RegExp(`\\b(?:${WEEKDAY_RE},?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_RE})\\.?(?:,?\\s+${YEAR})?(?![\\w])`, 'g'),
    left: /(?:\b[OoIi]n\s+)?(?:the\s+)?$/,
    build: (x) => day(x[3] ? +x[3] : null, month(x[2]!), +x[1]!),
  },
  {
    // "May 2024", "in late October 2023", "the end of June 2022"
    name: 'month-year',
    re: new RegExp(`\\b(${MONTH_RE})\\.?,?\\s+(?:of\\s+)?${YEAR}`, 'g'),
    left: /(?:\b[OoIi]n\s+)?(?:(?:early|mid|late|the end of|the beginning of|the start of|the middle of)[- ]?\s*)?$/,
    build: (x) => ({ kind: 'month', y: +x[2]!, m: month(x[1]!), mod: null }),
  },
  {
    // "in May", "last March", "in mid-November", "by the end of June" (full names only: "Jan" may be a person)
    name: 'month',
    re: /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\.?\s*\d)/g,
    left: /(?:\b(?:[Ii]n|[Ll]ast|[Nn]ext|[Tt]his)\s+)?(?:(?:early|mid|late|the end of|the beginning of|the start of|the middle of)[- ]?\s*)?$/,
    build: (x, left) => ({ kind: 'month', y: null, m: month(x[1]!), mod: modOf(/^(last|next|this)\s/i.exec(left)?.[1]) }),
  },
  {
    name: 'decade',
    re: /\b(?:[Ii]n\s+)?the\s+(?:(?:early|mid|late)[- ])?((?:1[89]|20)\d0)s\b/g,
    build: () => ({ kind: 'vague', grain: 'year' }),
  },
  {
    // "in 2019", "since 2015", "early 2023" — a bare number is a year only after such a word
    name: 'year',
    re: new RegExp(`(?:\\b[Ii]n\\s+|\\b(?:since|by|until|till|from|during|before|after|through|throughout|of|around|between|and|to|early|late|mid|Since|By|Until|From|During|Before|After|Through|Early|Late)[- ]\\s*)(?:the\\s+year\\s+)?${YEAR}(?!s\\b)(?![-–/]\\d)`, 'g'),
    build: (x) => ({ kind: 'year', y: +x[1]! }),
    startAt: (x) => (/^[Ii]n\s/.test(x[0]) ? 0 : x[0].lastIndexOf(x[1]!)),
  },
  {
    name: 'season-year',
    re: new RegExp(`\\b(spring|summer|autumn|fall|winter)(?:\\s+of)?\\s+${YEAR}`, 'g'),
    left: /(?:\b(?:[Ii]n|[Ee]arly|[Ll]ate|[Dd]uring)\s+)?(?:the\s+)?$/,
    build: (x) => ({ kind: 'year', y: +x[2]! }),
  },
  {
    name: 'season',
    re: /\b(last|this|next|Last|This|Next)\s+(spring|summer|autumn|fall|winter)\b/g,
    build: (x) => ({ kind: 'season', season: SEASON[x[2]!.toLowerCase()]!, mod: modOf(x[1]) }),
  },
  {
    // "on Wednesday", "last Tuesday", "Friday night", "late Thursday"
    name: 'weekday',
    re: new RegExp(`(?:\\b(last|next|this|on|early|late|Last|Next|This|On|Early|Late)\\s+)?\\b(${WEEKDAY_RE})(?:\\s+(?:morning|afternoon|evening|night))?\\b`, 'g'),
    build: (x) => ({ kind: 'weekday', wd: WEEKDAY_NUM[x[2]!.toLowerCase()]!, mod: modOf(x[1]) }),
  },
  {
    name: 'relday',
    re: /\b(the day before yesterday|the day after tomorrow|yesterday|today|tonight|tomorrow|last night|this morning|this afternoon|this evening|earlier today|later today)\b/gi,
    build: (x) => {
      const k = x[1]!.toLowerCase();
      const offset = k === 'the day before yesterday' ? -2 : k === 'the day after tomorrow' ? 2
        : k === 'yesterday' || k === 'last night' ? -1 : k === 'tomorrow' ? 1 : 0;
      return { kind: 'relday', offset };
    },
  },
  {
    // "two years ago", "a week ago", "three days from now"
    name: 'ago',
    re: /\b(days?|weeks?|months?|years?|decades?)\s+(ago|from\s+now)\b/gi,
    left: new RegExp(`\\b(${COUNT_RE}|${VAGUE_COUNT_RE})\\s+$`, 'i'),
    needLeft: true,
    build: (x, left) => {
      const unit = unitOf(x[1]!)!;
      const n = countValue(left.trim());
      if (n === null) return { kind: 'vague', grain: unit };
      const k = /^decade/i.test(x[1]!) ? 10 : 1;
      return { kind: 'shift', unit, n: (x[2]!.toLowerCase() === 'ago' ? -n : n) * k };
    },
  },
  {
    // "last week", "earlier this year", "next month", "late last year", "the current year"
    name: 'relunit',
    re: /\b(?:(?:earlier|later|early|late|mid|so far|by the end of|the end of|the beginning of|the start of|the rest of|the middle of)[- ]\s*)?(last|this|next|the current|the past|this past)\s+(week|month|year|weekend)\b(?!s)/gi,
    build: (x) => {
      const rel = x[1]!.toLowerCase();
      const unit = x[2]!.toLowerCase();
      const mod: Mod = rel === 'last' || rel === 'this past' ? 'last' : rel === 'next' ? 'next' : 'this';
      if (rel === 'the past' && unit !== 'weekend') return { kind: 'vague', grain: unit as Grain };
      if (unit === 'weekend') return { kind: 'weekend', mod: rel === 'the past' ? 'last' : mod };
      return { kind: 'shift', unit: unit as Unit, n: mod === 'last' ? -1 : mod === 'next' ? 1 : 0 };
    },
  },
  {
    name: 'weekend',
    re: /\b(?:over|during|at|on|Over|During|At|On)\s+the\s+weekend\b/g,
    build: () => ({ kind: 'weekend', mod: null }),
  },
  {
    // "by the end of the year", "the rest of the month"
    name: 'rest-of',
    re: /\b(?:end|beginning|start|middle|rest)\s+of\s+the\s+(year|month|week)\b/gi,
    left: /\bthe\s+$/i,
    build: (x) => ({ kind: 'shift', unit: x[1]!.toLowerCase() as Unit, n: 0 }),
  },
  {
    name: 'recent',
    re: /\b(?:recent|the\s+(?:past|last|coming|next|previous|following)(?:\s+(?:few|several|couple\s+of|\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twelve))?)\s+(days|weeks|months|years|decades)\b/gi,
    left: /\b(?:in|over|during|for|within)\s+$/i,
    needLeft: true,
    build: (x) => ({ kind: 'vague', grain: unitOf(x[1]!) }),
  },
  {
    // "days after", "a day after", "two weeks later", "the day before", "hours earlier"
    name: 'relative-to-event',
    re: /\b(hours?|days?|weeks?|months?|years?|decades?)\s+(?:later|earlier|after|before|afterwards|afterward|prior)\b/gi,
    left: new RegExp(`(?:\\b(?:${COUNT_RE}|${VAGUE_COUNT_RE}|the|just|only|barely|nearly|about|some)\\s+){0,3}$`, 'i'),
    // Not "last year after months of talks": there the unit belongs to "last year".
    build: (x) => (/\b(?:last|next|this|past)\s+$/i.test(x.input.slice(Math.max(0, x.index - 12), x.index)) ? null : { kind: 'vague', grain: unitOf(x[1]!) }),
  },
  {
    name: 'anaphoric',
    re: /\b(previous|following|next|same|that)\s+(day|week|month|year|morning|evening|night)\b/gi,
    left: /\bthe\s+$/i,
    build: (x, left) => (x[1]!.toLowerCase() === 'that' || left ? { kind: 'vague', grain: unitOf(x[2]!) ?? 'day' } : null),
  },
];

/** A month name right after a capitalised word is a surname ("Theresa May"), not a date. */
function isSurname(text: string, start: number, m: string, rule: string): boolean {
  if (rule !== 'month' || m[0] !== m[0]!.toUpperCase() || /^(?:[Ii]n|[Ll]ast|[Nn]ext|[Tt]his)\s/.test(m)) return false;
  const before = text.slice(Math.max(0, start - 30), start);
  return /\b[A-Z][a-z]+\s+$/.test(before) && !/\b(?:[Ee]arly|[Ll]ate|[Mm]id)\s+$/.test(before);
}

export function findDates(text: string): FoundDate[] {
  const cands: (FoundDate & { rank: number })[] = [];
  RULES.forEach((rule, rank) => {
    rule.re.lastIndex = 0;
    for (let x = rule.re.exec(text); x; x = rule.re.exec(text)) {
      if (x[0].length === 0) { rule.re.lastIndex++; continue; }
      let left = '';
      if (rule.left) {
        const l = rule.left.exec(text.slice(Math.max(0, x.index - 40), x.index));
        left = l ? l[0] : '';
        if (rule.needLeft && !left) continue;
      }
      if (isSurname(text, x.index - left.length, left + x[0], rule.name)) continue;
      const spec = rule.build(x, left);
      if (spec) cands.push({ start: x.index - left.length + (rule.startAt?.(x) ?? 0), end: x.index + x[0].length, spec, rank });
    }
  });
  // Formats our rules leave out ("11/29/2024", "the 3rd of May, 2021"): chrono's strict parser,
  // kept only when it names at least a month and a day and overlaps nothing we found.
  // Only around numeric dates: chrono over a whole article costs more than all our rules together.
  const numeric = [...text.matchAll(/\b\d{1,4}[/.]\d{1,2}[/.]\d{2,4}\b/g)].map((m) => m.index!);
  const windows = numeric.map((i) => Math.max(0, i - 20));
  for (const r of windows.flatMap((w) => chrono.strict.parse(text.slice(w, w + 60)).map((p) => Object.assign(p, { index: p.index + w })))) {
    const k = r.start;
    const m = k.get('month'), d = k.get('day');
    if (!k.isCertain('month') || !k.isCertain('day') || m === null || d === null) continue;
    if (!/\d/.test(r.text) || !/[A-Za-z]{3}|\d[/.]\d/.test(r.text)) continue; // a written date, not "for two days"
    const spec = day(k.isCertain('year') ? k.get('year') : null, m, d);
    if (spec) cands.push({ start: r.index, end: r.index + r.text.length, spec, rank: RULES.length });
  }
  // Longest match wins; among equals, the earlier rule.
  cands.sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.rank - b.rank || a.start - b.start);
  const kept: FoundDate[] = [];
  for (const c of cands) {
    if (kept.some((k) => c.start < k.end && k.start < c.end)) continue;
    kept.push({ start: c.start, end: c.end, spec: c.spec });
  }
  return kept.sort((a, b) => a.start - b.start);
}
