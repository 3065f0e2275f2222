// Anchoring a date expression on the publication date. The rule for every relative expression:
// compute only what the anchor really fixes. With a day anchor, everything resolves; with a month
// anchor (inferred from an anniversary), only month- and year-grain expressions do; with none, only
// absolute dates. Anything else keeps its grain and a null value: no made-up day.
import {
  addDays, addMonths, compare, toUtc, fmtDay, fmtMonth, fmtYear, isoWeek, weekday, type Ymd,
} from './calendar.js';
import type { DateSpec, Grain } from './find.js';
import type { Tense } from './tense.js';

export type Anchor = { grain: 'day'; day: Ymd } | { grain: 'month'; y: number; m: number } | null;

export interface Resolved { value: string | null; grain: Grain | null }

const vague = (grain: Grain | null): Resolved => ({ value: null, grain });

/** Year and month of the anchor, whatever its grain. */
function ym(a: Exclude<Anchor, null>): { y: number; m: number } {
  return a.grain === 'day' ? { y: a.day.y, m: a.day.m } : { y: a.y, m: a.m };
}

export function resolveSpec(spec: DateSpec, anchor: Anchor, tense: Tense): Resolved {
  const future = tense === 'future';
  // Without a clear past or future verb, a calendar day or month is its nearest occurrence.
  const nearest = tense === 'present' || (tense === 'unknown' && spec.kind === 'day');
  switch (spec.kind) {
    case 'vague':
      return vague(spec.grain);
    case 'year':
      return { value: fmtYear(spec.y), grain: 'year' };
    case 'day': {
      if (spec.y !== null) return { value: fmtDay({ y: spec.y, m: spec.m, d: spec.d }), grain: 'day' };
      if (!anchor) return vague('day');
      // The year that puts the day on the right side of publication (past unless the verb is future).
      const { y, m } = ym(anchor);
      let year = y;
      if (anchor.grain === 'day') {
        const cmp = compare({ y, m: spec.m, d: spec.d }, anchor.day);
        if (nearest) {
          const days = (yy: number) => Math.abs(toUtc({ y: yy, m: spec.m, d: Math.min(spec.d, 28) }).getTime() - toUtc(anchor.day).getTime());
          year = [y - 1, y, y + 1].reduce((a, b) => (days(b) < days(a) ? b : a));
        } else if (!future && cmp > 0) year = y - 1;
        else if (future && cmp < 0) year = y + 1;
      } else {
        if (spec.m === m) return vague('day'); // which side of an unknown day? Unknown.
        if (!future && spec.m > m) year = y - 1;
        if (future && spec.m < m) year = y + 1;
      }
      return { value: fmtDay({ y: year, m: spec.m, d: spec.d }), grain: 'day' };
    }
    case 'month': {
      if (spec.y !== null) return { value: fmtMonth(spec.y, spec.m), grain: 'month' };
      if (!anchor) return vague('month');
      const { y, m } = ym(anchor);
      const dir = spec.mod === 'last' ? 'past' : spec.mod === 'next' ? 'future' : future ? 'future' : nearest ? 'nearest' : 'past';
      let year = y;
      if (dir === 'nearest') {
        const gap = (yy: number) => Math.abs(yy * 12 + spec.m - (y * 12 + m));
        year = [y - 1, y, y + 1].reduce((a, b) => (gap(b) < gap(a) ? b : a));
      }
      if (dir === 'past' && (spec.m > m || (spec.mod === 'last' && spec.m === m))) year = y - 1;
      if (dir === 'future' && (spec.m < m || (spec.mod === 'next' && spec.m === m))) year = y + 1;
      return { value: fmtMonth(year, spec.m), grain: 'month' };
    }
    case 'weekday': {
      if (anchor?.grain !== 'day') return vague('day');
      const today = weekday(anchor.day);
      const back = (today - spec.wd + 7) % 7; // days back to the most recent such weekday (0 = today)
      const fwd = (spec.wd - today + 7) % 7;
      let offset: number;
      if (spec.mod === 'last') offset = -(back || 7);
      else if (spec.mod === 'next') offset = fwd || 7;
      // A schedule in the present ("the summit opens on Sunday") looks forward, like the future;
      // headlines' historic present ("Rebels Seize Airport Thursday") has no schedule verb.
      else if (future || tense === 'present') offset = spec.mod === 'this' ? fwd : fwd || 7;
      else offset = -back;
      return { value: fmtDay(addDays(anchor.day, offset)), grain: 'day' };
    }
    case 'relday':
      if (anchor?.grain !== 'day') return vague('day');
      return { value: fmtDay(addDays(anchor.day, spec.offset)), grain: 'day' };
    case 'shift': {
      if (!anchor) return vague(spec.unit);
      if (spec.unit === 'year') return { value: fmtYear(ym(anchor).y + spec.n), grain: 'year' };
      if (spec.unit === 'month') {
        const { y, m } = ym(anchor);
        const t = addMonths(y, m, spec.n);
        return { value: fmtMonth(t.y, t.m), grain: 'month' };
      }
      if (anchor.grain !== 'day') return vague(spec.unit);
      if (spec.unit === 'week') return { value: isoWeek(addDays(anchor.day, 7 * spec.n)), grain: 'week' };
      return { value: fmtDay(addDays(anchor.day, spec.n)), grain: 'day' };
    }
    case 'weekend': {
      if (anchor?.grain !== 'day') return vague('week');
      // A weekend lies inside one ISO week (Saturday and Sunday end it).
      const today = weekday(anchor.day);
      const toSat = (6 - today + 7) % 7;
      // "this weekend" is the coming one unless the verb is past ("rallied this weekend");
      // "over the weekend" is the last one unless the verb is future.
      const past = spec.mod === 'last' || (spec.mod === 'this' ? tense === 'past' : spec.mod !== 'next' && !future);
      // On a Saturday or Sunday, "this weekend" is the one under way.
      if (spec.mod === 'this' && (today === 6 || today === 0)) return { value: isoWeek(addDays(anchor.day, today === 6 ? 0 : -1)), grain: 'week' };
      const sat = past ? addDays(anchor.day, today === 6 || today === 0 ? -(today === 6 ? 0 : 1) : -(today + 1))
        : addDays(anchor.day, toSat || 7);
      return { value: isoWeek(sat), grain: 'week' };
    }
    case 'season': {
      if (!anchor) return vague('year');
      const { y, m } = ym(anchor);
      if (spec.mod === 'this') return { value: fmtYear(y), grain: 'year' };
      // The most recent (or next) season whose middle month lies strictly before (after) the anchor.
      if (spec.mod === 'last') return { value: fmtYear(spec.season < m ? y : y - 1), grain: 'year' };
      return { value: fmtYear(spec.season > m ? y : y + 1), grain: 'year' };
    }
  }
}
