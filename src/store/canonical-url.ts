// One address per story: the forms a URL takes as it is shared (http or https, "www." or not,
// tracking parameters, a trailing slash, an AMP or print variant, a #fragment) fold into one
// canonical form. Articles with the same canonical URL are one story, whatever their text
// (a truncated copy, an update, a page scraped twice).

/** Query parameters that only say where a click came from. */
const TRACKING = /^(utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|_ga|_gl|igshid|si|ref|ref_src|ref_url|referrer|cmpid|cmp|ocid|smid|smtyp|sref|src|source|share|shared|via|taid|tid|ito|at_medium|at_campaign|at_custom\d*|ns_mchannel|ns_source|ns_campaign|ns_linkname|ns_fee|sr_share|spm|guccounter|guce_referrer|guce_referrer_sig|output|amp|outputtype|cid|rss|feed|partner|traffic_source|mbid|s_cid|intcmp|int_cmp|icid|wt_mc|wt_zmc|ex_cid|fromrss|from|rand|nr_email_referer|vero_id|oly_enc_id|oly_anon_id|__twitter_impression|hss_channel)$/i;

export function canonicalUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  let host = u.hostname.toLowerCase().replace(/^(www\d*|m|mobile|amp)\./, '').replace(/\.$/, '');
  if (!host) return null;
  let path = u.pathname
    .replace(/\/{2,}/g, '/')
    .replace(/\/(amp|print|amp\.html)\/?$/i, '/')
    .replace(/\/index\.(html?|php|aspx?)$/i, '/')
    .replace(/\.amp(\.html?)?$/i, '$1');
  if (path.length > 1) path = path.replace(/\/+$/, '');
  if (path === '/') path = '';
  const kept = [...u.searchParams].filter(([k]) => !TRACKING.test(k)).sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0));
  const q = kept.length ? '?' + new URLSearchParams(kept).toString() : '';
  const port = u.port && u.port !== '80' && u.port !== '443' ? ':' + u.port : '';
  return `${host}${port}${path}${q}`;
}
