// Cut a field's text into runs over which the set of annotations is constant, so overlapping
// stand-off layers (entity mentions, event evidence, quotes) can be rendered as nested markup
// without ever changing the text: the runs concatenate back to exactly text.slice(from, to).
export interface Span<K> { start: number; end: number; data: K }
export interface Segment<K> { start: number; end: number; text: string; spans: Span<K>[] }

export function segment<K>(text: string, spans: Span<K>[], from = 0, to = text.length): Segment<K>[] {
  const inRange = spans.filter((s) => s.end > from && s.start < to && s.end > s.start);
  const cuts = new Set<number>([from, to]);
  for (const s of inRange) {
    cuts.add(Math.max(from, s.start));
    cuts.add(Math.min(to, s.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment<K>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!, end = points[i + 1]!;
    const active = inRange.filter((s) => s.start <= start && s.end >= end);
    out.push({ start, end, text: text.slice(start, end), spans: active });
  }
  return out;
}

/** Paragraph ranges of a body (paragraphs are joined by blank lines), as offsets into the body. */
export function paragraphs(body: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /\n\s*\n/g;
  let start = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < body.length) out.push({ start, end: body.length });
  return out;
}
