// Only http(s) addresses are kept as an article's URL: a `javascript:` or `data:` "link" from a
// record, a feed or a page is dropped (null), so no stored URL can run script when a user clicks it.

/** The URL when it is an absolute http(s) address with a host, else null. */
export function httpUrl(u: string | null | undefined): string | null {
  if (typeof u !== 'string') return null;
  const s = u.trim();
  if (!/^https?:\/\//i.test(s) || s.length > 4096 || /[\u0000-\u001f\s]/.test(s)) return null;
  try {
    const p = new URL(s);
    return (p.protocol === 'http:' || p.protocol === 'https:') && p.hostname ? s : null;
  } catch {
    return null;
  }
}
