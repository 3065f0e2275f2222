// Folding an article's events before they join the events of other articles. The coder folds
// repeats with the same date; the store also folds one incident told twice in one article with
// dates a day apart or nested (a caption dated by its dateline and the body's "on Monday"; "in
// December" and "on December 10"): same source, target, CAMEO code and negation. Each report
// keeps its own row and evidence; the folded event has them all as evidence spans.
import type { EventOut } from '../types.js';
import { actorKey, eventId } from './keys.js';
import { daysBetween, finer, periodOf, type Period, type Precision } from '../util/period.js';

export interface FoldedEvent {
  /** evt_ id of the fold key. */
  key: string;
  /** The event whose attributes the folded event takes (the first report of the finest date). */
  first: EventOut;
  members: EventOut[];
  mentions: number;
  date: string | null;
  period: Period | null;
}

/** The fold key across articles: actors, code, date (the finest, earliest of the group), negation. */
export function foldKey(src: string, tgt: string, cameo: string, date: string | null, negated: boolean): string {
  return `${src}|${tgt}|${cameo}|${date ?? ''}${negated ? '|negated' : ''}`;
}

export function foldArticleEvents(events: readonly EventOut[], globalOf: (local: string) => string | undefined): FoldedEvent[] {
  const groups = new Map<string, EventOut[]>();
  for (const ev of events) {
    const k = `${actorKey(ev.source, globalOf)}|${actorKey(ev.target, globalOf)}|${ev.cameo}|${ev.negated ? 'n' : ''}`;
    const g = groups.get(k);
    if (g) g.push(ev); else groups.set(k, [ev]);
  }
  const out: FoldedEvent[] = [];
  for (const [gk, list] of groups) {
    const [src, tgt, cameo] = gk.split('|') as [string, string, string];
    // Clusters of overlapping or adjacent (≤ 1 day apart) periods; undated reports join the
    // group's only cluster, else stand alone.
    const dated = list.filter((e) => periodOf(e.date)).sort((a, b) => periodOf(a.date)!.start.localeCompare(periodOf(b.date)!.start));
    const undated = list.filter((e) => !periodOf(e.date));
    const clusters: { members: EventOut[]; end: string }[] = [];
    for (const e of dated) {
      const p = periodOf(e.date)!;
      const last = clusters[clusters.length - 1];
      if (last && daysBetween(last.end, p.start) <= 1) {
        last.members.push(e);
        if (p.end > last.end) last.end = p.end;
      } else clusters.push({ members: [e], end: p.end });
    }
    if (clusters.length === 1) clusters[0]!.members.push(...undated);
    else if (undated.length) clusters.push({ members: undated, end: '' });
    for (const c of clusters) {
      const withP = c.members.map((e) => ({ e, p: periodOf(e.date) }));
      const best = withP.filter((x) => x.p).map((x) => x.p!.precision).sort(finer)[0] as Precision | undefined;
      const fine = withP.filter((x) => x.p && x.p.precision === best);
      const period: Period | null = fine.length
        ? { start: fine.map((x) => x.p!.start).sort()[0]!, end: fine.map((x) => x.p!.end).sort().at(-1)!, precision: best! }
        : null;
      const firstFine = fine.length ? fine.sort((a, b) => a.p!.start.localeCompare(b.p!.start) || events.indexOf(a.e) - events.indexOf(b.e))[0]!.e : c.members[0]!;
      const ordered = [...c.members].sort((a, b) => events.indexOf(a) - events.indexOf(b));
      const date = firstFine.date && periodOf(firstFine.date) ? firstFine.date : null;
      out.push({
        key: eventId(foldKey(src, tgt, cameo, date, firstFine.negated)),
        first: firstFine,
        members: ordered,
        mentions: ordered.reduce((n, e) => n + (e.mentions ?? 1), 0),
        date,
        period,
      });
    }
  }
  // Two clusters can still meet on one key (e.g. the same date reached twice): merge them.
  const byKey = new Map<string, FoldedEvent>();
  for (const f of out) {
    const o = byKey.get(f.key);
    if (!o) byKey.set(f.key, f);
    else {
      o.members.push(...f.members);
      o.mentions += f.mentions;
      if (o.period && f.period && f.period.precision === o.period.precision) {
        if (f.period.end > o.period.end) o.period = { ...o.period, end: f.period.end };
      }
    }
  }
  return [...byKey.values()];
}
