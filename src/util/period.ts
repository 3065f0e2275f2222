// The period a date value stands for: "2024-12-10" (day), "2024-W50" (ISO week, Monday to Sunday),
// "2024-12" (month), "2024" (year). Events keep the precision their text gave; filters and exports
// use the period's first and last day.

export type Precision = 'day' | 'week' | 'month' | 'year';
export interface Period { start: string; end: string; precision: Precision }

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const DAY_MS = 86_400_000;

/** Monday of ISO week `w` of ISO year `y`, as a UTC time. */
export function isoWeekMonday(y: number, w: number): number {
  const jan4 = Date.UTC(y, 0, 4);
  const dow = (new Date(jan4).getUTCDay() + 6) % 7; // 0 = Monday
  return jan4 - dow * DAY_MS + (w - 1) * 7 * DAY_MS;
}

export function precisionOf(value: string | null | undefined): Precision | null {
  return periodOf(value)?.precision ?? null;
}

export function periodOf(value: string | null | undefined): Period | null {
  if (!value) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) {
    const t = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!);
    if (Number.isNaN(t) || iso(t) !== value) return null;
    return { start: value, end: value, precision: 'day' };
  }
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) {
    const w = +m[2]!;
    if (w < 1 || w > 53) return null;
    const t = isoWeekMonday(+m[1]!, w);
    return { start: iso(t), end: iso(t + 6 * DAY_MS), precision: 'week' };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const y = +m[1]!, mo = +m[2]!;
    if (mo < 1 || mo > 12) return null;
    return { start: iso(Date.UTC(y, mo - 1, 1)), end: iso(Date.UTC(y, mo, 0)), precision: 'month' };
  }
  m = /^(\d{4})$/.exec(value);
  if (m) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31`, precision: 'year' };
  return null;
}

/** Days from a to b (ISO days). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b + 'T00:00:00Z') - Date.parse(a + 'T00:00:00Z')) / DAY_MS);
}

const RANK: Record<Precision, number> = { day: 0, week: 1, month: 2, year: 3 };
/** Finer precision first. */
export function finer(a: Precision, b: Precision): number {
  return RANK[a] - RANK[b];
}
