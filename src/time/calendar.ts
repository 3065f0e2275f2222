// Calendar arithmetic on plain UTC dates. Everything here is pure and timezone-free: a news date
// is a calendar day, not an instant, so we never let the machine's zone shift a day.

export interface Ymd { y: number; m: number; d: number }

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function ymd(y: number, m: number, d: number): Ymd { return { y, m, d }; }

export function parseYmd(s: string): Ymd | null {
  const x = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return x ? { y: +x[1]!, m: +x[2]!, d: +x[3]! } : null;
}

export function toUtc(a: Ymd): Date { return new Date(Date.UTC(a.y, a.m - 1, a.d)); }
export function fromUtc(t: Date): Ymd { return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() }; }

export function addDays(a: Ymd, n: number): Ymd {
  const t = toUtc(a);
  t.setUTCDate(t.getUTCDate() + n);
  return fromUtc(t);
}

/** Shift by whole months, keeping the year/month only (the day is not meaningful at month grain). */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(a: Ymd): number { return toUtc(a).getUTCDay(); }

export function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function compare(a: Ymd, b: Ymd): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

export function fmtDay(a: Ymd): string { return `${pad(a.y, 4)}-${pad(a.m)}-${pad(a.d)}`; }
export function fmtMonth(y: number, m: number): string { return `${pad(y, 4)}-${pad(m)}`; }
export function fmtYear(y: number): string { return pad(y, 4); }

/** ISO 8601 week ("2024-W47"): weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeek(a: Ymd): string {
  const t = toUtc(a);
  const dow = (t.getUTCDay() + 6) % 7; // Monday = 0
  t.setUTCDate(t.getUTCDate() - dow + 3); // the Thursday of this week decides the year
  const year = t.getUTCFullYear();
  const week = 1 + Math.floor((t.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 / 7);
  return `${year}-W${pad(week)}`;
}
