// GDELT QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
// Blues for cooperation, orange/red for conflict: distinguishable for the common colour-vision deficiencies.
export const QUADS = [1, 2, 3, 4] as const;
export type Quad = (typeof QUADS)[number];

export const QUAD_LABEL: Record<Quad, string> = {
  1: 'Verbal cooperation',
  2: 'Material cooperation',
  3: 'Verbal conflict',
  4: 'Material conflict',
};

export const QUAD_COLOR: Record<Quad, string> = {
  1: '#6baed6',
  2: '#1f5fa8',
  3: '#f08c2e',
  4: '#c8312b',
};

/** The quad class with the most events (ties go to the more conflictual one: it matters more to an analyst). */
export function dominantQuad(by: Record<string, number>): Quad {
  let best: Quad = 1;
  for (const q of QUADS) if ((by[String(q)] ?? 0) >= (by[String(best)] ?? 0)) best = q;
  return best;
}
