// Calendar days written YYYY-MM-DD: checked before any date reaches the pipeline or the database.

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day written YYYY-MM-DD (2024-02-30 and 2024-99-99 are not). */
export function isValidDay(s: string): boolean {
  if (!DAY.test(s)) return false;
  const t = Date.parse(s + 'T00:00:00Z');
  return !Number.isNaN(t) && new Date(t).toISOString().startsWith(s);
}

/**
 * A given publication date as records carry it: a real day, optionally followed by more (a time,
 * "2024-11-29T10:00:00Z", kept as given). Returns why not, or null when it is one.
 */
export function publishedProblem(s: string): string | null {
  return isValidDay(s.slice(0, 10)) ? null : 'must be a date (YYYY-MM-DD)';
}
