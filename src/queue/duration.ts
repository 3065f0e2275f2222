// "30s", "2m", "1h", "1500ms" or a bare number of seconds → seconds.
export function parseDuration(v: string, what: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(v.trim());
  if (!m) throw new RangeError(`${what} must be a duration such as 30s, 2m or 1h, not ${v}`);
  const n = Number(m[1]) * ({ ms: 0.001, s: 1, m: 60, h: 3600 } as const)[(m[2] ?? 's') as 'ms' | 's' | 'm' | 'h'];
  if (!(n > 0)) throw new RangeError(`${what} must be more than zero, not ${v}`);
  return n;
}

export function parseCount(v: string | undefined, what: string, dflt: number, min = 1): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new RangeError(`${what} must be a whole number ≥ ${min}, not ${v}`);
  return n;
}
