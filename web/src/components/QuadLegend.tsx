// The colour key of the four GDELT quad classes, shared by the network, timeline and map.
import { QUAD_COLOR, QUAD_LABEL, QUADS } from '../lib/quad.ts';

export function QuadLegend() {
  return (
    <ul class="quad-legend" aria-label="Colours">
      {QUADS.map((q) => <li key={q}><span class="quad-dot" style={{ background: QUAD_COLOR[q] }} aria-hidden="true" />{QUAD_LABEL[q]}</li>)}
    </ul>
  );
}
