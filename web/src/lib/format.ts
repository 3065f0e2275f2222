// Small display helpers.
export function fmtDate(d: string | null | undefined): string {
  return d ? d : '—';
}

export function fmtNum(n: number | null | undefined, digits = 0): string {
  if (n === null || n === undefined || Number.isNaN(n)) return '—';
  return n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

export function actorLabel(a: { name: string; country: string | null; actor_code: string | null } | null): string {
  if (!a) return '—';
  return a.name || a.actor_code || a.country || '—';
}
