// CAMEO event labels, from the ontology table the project ships (bundled, no request at run time).
import tsv from '../../../data/ontology/cameo-events.tsv?raw';

const LABELS = new Map<string, string>();
for (const line of tsv.split('\n').slice(1)) {
  const [code, label] = line.split('\t');
  if (code && label) LABELS.set(code.trim(), label.trim());
}

/** Label of a code; falls back to its parent code's label so a code the table lacks still reads. */
export function cameoLabel(code: string): string {
  for (let c = code; c.length >= 2; c = c.slice(0, -1)) {
    const l = LABELS.get(c);
    if (l) return c === code ? l : `${l} (${code})`;
  }
  return '';
}

/** The 20 root categories, for the filter menu. */
export const CAMEO_ROOTS: { code: string; label: string }[] = [...LABELS]
  .filter(([c]) => c.length === 2)
  .map(([code, label]) => ({ code, label }));
