// Stage 'time' (owns: dates). Finds date expressions in every field, anchors them on the
// publication date (or on a month the text itself implies) and gives each a value and a grain.
import { fieldNames, fieldText, type Stage, type StageResult } from '../doc/index.js';
import type { DateOut } from '../types.js';
import { anniversaryAnchor, dayAnchor } from './anchor.js';
import { findDates } from './find.js';
import { resolveSpec, type Anchor } from './resolve.js';
import { tenseAt } from './tense.js';

export { findDates } from './find.js';
export { resolveSpec } from './resolve.js';

/** Dates of one text anchored on `anchor`, as SPEC spans (without the field). */
export function datesIn(text: string, anchor: Anchor): Omit<DateOut, 'field'>[] {
  return findDates(text).map((f) => {
    const needsTense = f.spec.kind === 'weekday' || f.spec.kind === 'month' || f.spec.kind === 'day' || f.spec.kind === 'weekend';
    const tense = needsTense ? tenseAt(text, f.start, f.end) : 'unknown';
    const r = resolveSpec(f.spec, anchor, tense);
    return { start: f.start, end: f.end, text: text.slice(f.start, f.end), value: r.value, grain: r.grain };
  });
}

export const timeStage: Stage = {
  name: 'time',
  requires: [],
  assigns: ['dates'],
  run(doc, ctx): StageResult {
    const fields = fieldNames(doc);
    let anchor: Anchor = dayAnchor(doc.published);
    if (!anchor) {
      // No publication date: a month the text implies may still anchor month/year expressions.
      // It is never reported as the publication date, which must be a full day.
      const inferred = anniversaryAnchor(fields.map((f) => fieldText(doc, f)));
      if (inferred) {
        anchor = inferred.anchor;
        const { y, m } = inferred;
        ctx.report({ severity: 'info', message: `no publication date; month ${y}-${String(m).padStart(2, '0')} inferred from "${inferred.reason}"` });
      }
    }
    const dates: DateOut[] = [];
    for (const field of fields) {
      for (const d of datesIn(fieldText(doc, field), anchor)) dates.push({ field, ...d });
    }
    return { dates };
  },
};
