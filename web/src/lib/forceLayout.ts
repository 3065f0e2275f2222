// Node positions for the actor network, computed with d3-force (Barnes–Hut, O(n log n) per tick)
// instead of Cytoscape's CoSE (O(n²) per iteration): several times faster on a few hundred
// actors, which keeps the network view's first render well under the 1.5 s budget.
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3';

interface N extends SimulationNodeDatum { id: string; r: number }

export function forceLayout(nodes: { id: string; size: number }[], edges: { source: string; target: string }[]): Map<string, { x: number; y: number }> {
  const ns: N[] = nodes.map((n, i) => ({ id: n.id, r: n.size / 2,
    // Deterministic start on a spiral, so the same data gives the same picture.
    x: 10 * Math.sqrt(i + 1) * Math.cos(i * 2.4), y: 10 * Math.sqrt(i + 1) * Math.sin(i * 2.4) }));
  const ids = new Set(ns.map((n) => n.id));
  const links = edges.filter((e) => ids.has(e.source) && ids.has(e.target) && e.source !== e.target).map((e) => ({ source: e.source, target: e.target }));
  const sim = forceSimulation(ns)
    .force('charge', forceManyBody<N>().strength(-160).distanceMax(600))
    .force('link', forceLink<N, { source: string; target: string }>(links).id((d) => d.id).distance(80).strength(0.4))
    .force('x', forceX<N>(0).strength(0.06))
    .force('y', forceY<N>(0).strength(0.06))
    .force('collide', forceCollide<N>((d) => d.r + 14))
    .stop();
  // Fewer ticks on bigger graphs: Barnes–Hut settles them enough, and the first render stays fast.
  sim.tick(ns.length > 100 ? 90 : 250);
  return new Map(ns.map((n) => [n.id, { x: n.x ?? 0, y: n.y ?? 0 }]));
}
