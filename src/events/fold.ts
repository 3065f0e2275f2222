// Folding: one event per (source, target, code, date, negated) in an article, with a mention count
// and every evidence span; ids v1, v2, ... in reading order.
import type { EventOut } from '../types.js';
import type { RawEvent } from './coder.js';
import { codeInfo } from '../kb/ontology.js';

const actorKey = (a: { entity: string | null; name: string; country: string | null } | null) =>
  a ? a.entity ?? `${a.country}:${a.name.toLowerCase()}` : '-';

export function foldEvents(raw: readonly RawEvent[]): EventOut[] {
  const groups = new Map<string, RawEvent[]>();
  for (const e of [...raw].sort((a, b) => a.order - b.order)) {
    const k = [actorKey(e.source), actorKey(e.target), e.cameo, e.date ?? '', e.negated ? 'n' : ''].join('|');
    const list = groups.get(k);
    if (list) list.push(e); else groups.set(k, [e]);
  }
  const out: EventOut[] = [];
  for (const list of groups.values()) {
    const first = list[0]!;
    const info = codeInfo(first.cameo)!;
    const evidenceAll = [];
    const seen = new Set<string>();
    for (const e of list) {
      const k = `${e.evidence.field}:${e.evidence.start}`;
      if (!seen.has(k)) { seen.add(k); evidenceAll.push(e.evidence); }
    }
    out.push({
      id: `v${out.length + 1}`,
      source: first.source,
      target: first.target,
      cameo: info.code,
      root: info.root,
      plover: info.plover,
      quad_class: info.quadClass,
      goldstein: info.goldstein,
      date: first.date,
      place: list.find((e) => e.place)?.place ?? null,
      negated: first.negated,
      // A claim stays a claim only while every report of it is hedged.
      hedged: list.every((e) => e.hedged),
      evidence: first.evidence,
      mentions: list.length,
      evidence_all: evidenceAll,
      ...(list.some((e) => e.counts?.length) ? { counts: list.find((e) => e.counts?.length)!.counts } : {}),
    });
  }
  return out;
}
