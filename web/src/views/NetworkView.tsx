// Actor network: who does what to whom. Nodes are countries or entities, edges are directed event
// flows coloured by their dominant quad class and as thick as their event count.
import { useEffect, useRef, useState } from 'preact/hooks';
import cytoscape from 'cytoscape';
import { api, type Graph, type GraphEdge } from '../api.ts';
import { navigate, type Route } from '../router.ts';
import { anyFilter, apiFilters, currentFilterParams, filtersOf, type Filters } from '../filters.ts';
import { useAsync } from '../lib/useAsync.ts';
import { forceLayout } from '../lib/forceLayout.ts';
import { dominantQuad, QUAD_COLOR, QUAD_LABEL, QUADS } from '../lib/quad.ts';
import { plural } from '../lib/format.ts';
import { FilterBar } from '../components/FilterBar.tsx';
import { QuadLegend } from '../components/QuadLegend.tsx';
import { EventList } from '../components/EventList.tsx';
import { ErrorNote, Loading, NothingIngested, Empty } from '../components/states.tsx';

export default function NetworkView({ route }: { route: Route }) {
  const mode = route.params.get('mode') === 'entity' ? 'entity' : 'country';
  const links = linkLimit(route.params.get('links'));
  const filters = filtersOf(route.params);
  const fkey = JSON.stringify(filters);
  const res = useAsync((s) => api.graph({ mode, ...apiFilters(filters), limit: links }, s), [mode, links, fkey]);
  const [edge, setEdge] = useState<GraphEdge | null>(null);
  useEffect(() => setEdge(null), [res.data]);
  const filtered = anyFilter(filters);
  const keep = (extra: Record<string, string | number | null>) => ({ ...apiFilters(filters), ...extra });

  return (
    <section class="view" data-view="network" data-state={res.state}>
      <h1>Actor network</h1>
      <div class="toolbar">
        <div class="segmented" role="group" aria-label="Nodes are">
          <button type="button" aria-pressed={mode === 'country'} onClick={() => navigate('network', keep({ mode: 'country', links: route.params.get('links') }))}>Countries</button>
          <button type="button" aria-pressed={mode === 'entity'} onClick={() => navigate('network', keep({ mode: 'entity', links: route.params.get('links') }))}>Entities</button>
        </div>
        <label class="inline">Strongest
          <select name="links" value={String(links)} onChange={(e) => navigate('network', keep({ mode, links: (e.target as HTMLSelectElement).value }))}>
            {LINK_CHOICES.map((n) => <option key={n} value={String(n)}>{n}</option>)}
          </select> links
        </label>
        <QuadLegend />
      </div>
      <FilterBar route={route} />
      {res.state === 'error' && <ErrorNote error={res.error} what="the network" />}
      {res.state === 'loading' && !res.data && <Loading what="the network" />}
      {res.data && res.data.edges.length === 0 && (filtered
        ? <Empty><p>No events between actors match these filters. Clear them to see the whole network.</p></Empty>
        : <NothingIngested what="events between actors" />)}
      {res.data && res.data.edges.length > 0 && (
        <div class="network-grid">
          <GraphCanvas graph={res.data} selected={edge?.id ?? null} onEdge={setEdge} />
          <div class="network-side">
            {edge ? <EdgeEvents edge={edge} graph={res.data} filters={filters} onClose={() => setEdge(null)} />
              : <p class="muted">Click an edge (or pick a pair below) to list its events.</p>}
            <EdgeTable graph={res.data} selected={edge?.id ?? null} onEdge={setEdge} />
          </div>
        </div>
      )}
    </section>
  );
}

// The strongest links only: a readable picture, and a first render that stays fast on big corpora.
const LINK_CHOICES = [50, 100, 200, 400] as const;
const DEFAULT_LINKS = 100;
function linkLimit(v: string | null): number {
  const n = Number(v);
  return (LINK_CHOICES as readonly number[]).includes(n) ? n : DEFAULT_LINKS;
}

function GraphCanvas({ graph, selected, onEdge }: { graph: Graph; selected: string | null; onEdge: (e: GraphEdge) => void }) {
  const box = useRef<HTMLDivElement>(null);
  const cyRef = useRef<cytoscape.Core | null>(null);
  const onEdgeRef = useRef(onEdge);
  onEdgeRef.current = onEdge;

  useEffect(() => {
    if (!box.current) return;
    const maxNode = Math.max(1, ...graph.nodes.map((n) => n.count));
    const maxEdge = Math.max(1, ...graph.edges.map((e) => e.count));
    const ids = new Set(graph.nodes.map((n) => n.id));
    const pairs = new Set(graph.edges.map((e) => `${e.source}>${e.target}`));
    const size = (count: number) => 18 + 42 * Math.sqrt(count / maxNode);
    const pos = forceLayout(graph.nodes.map((n) => ({ id: n.id, size: size(n.count) })), graph.edges);
    const cy = cytoscape({
      container: box.current,
      elements: [
        ...graph.nodes.map((n) => ({ data: { id: n.id, label: n.label || n.id, size: size(n.count) }, position: pos.get(n.id) })),
        ...graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target)).map((e) => ({
          classes: pairs.has(`${e.target}>${e.source}`) || e.source === e.target ? 'bidi' : '',
          data: {
            id: e.id, source: e.source, target: e.target, count: e.count,
            color: QUAD_COLOR[dominantQuad(e.by_quad)], width: 1.5 + 8 * Math.sqrt(e.count / maxEdge),
          },
        })),
      ],
      style: [
        { selector: 'node', style: { 'background-color': '#44505f', label: 'data(label)', width: 'data(size)', height: 'data(size)', 'font-size': 11, color: '#1d2430', 'text-valign': 'bottom', 'text-margin-y': 3, 'min-zoomed-font-size': 7 } },
        { selector: 'edge', style: { 'line-color': 'data(color)', 'target-arrow-color': 'data(color)', 'target-arrow-shape': 'triangle', width: 'data(width)', 'curve-style': 'straight', opacity: 0.85, 'arrow-scale': 0.9 } },
        { selector: 'edge.bidi', style: { 'curve-style': 'bezier' } },
        { selector: 'edge.sel', style: { opacity: 1, 'overlay-color': '#111', 'overlay-opacity': 0.15, 'overlay-padding': 4 } },
        { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#111' } },
      ],
      layout: { name: 'preset', fit: true, padding: 24 },
      minZoom: 0.2,
      maxZoom: 4,
    });
    // A handful of nodes would otherwise be blown up to fill the canvas.
    if (cy.zoom() > 1.6) { cy.zoom(1.6); cy.center(); }
    // A node opens what it stands for: an entity's profile, or a country's events.
    cy.on('tap', 'node', (ev) => {
      const id = ev.target.id() as string;
      if (graph.mode === 'entity') navigate(`entities/${id}`);
      else navigate('events', { ...currentFilterParams(), source: id });
    });
    cy.on('tap', 'edge', (ev) => {
      const e = graph.edges.find((x) => x.id === ev.target.id());
      if (e) onEdgeRef.current(e);
    });
    cyRef.current = cy;
    return () => { cy.destroy(); cyRef.current = null; };
  }, [graph]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.edges().removeClass('sel');
    if (selected) cy.getElementById(selected).addClass('sel');
  }, [selected, graph]);

  return <div class="cy" ref={box} role="img" aria-label={`Network of ${plural(graph.nodes.length, 'actor')} and ${plural(graph.edges.length, 'event link')}; the table beside it lists the same links.`} />;
}

function nodeLabel(graph: Graph, id: string): string {
  return graph.nodes.find((n) => n.id === id)?.label || id;
}

function EdgeTable({ graph, selected, onEdge }: { graph: Graph; selected: string | null; onEdge: (e: GraphEdge) => void }) {
  const edges = [...graph.edges].sort((a, b) => b.count - a.count).slice(0, 60);
  return (
    <details class="edge-table" open>
      <summary>Strongest links ({Math.min(60, graph.edges.length)} of {graph.edges.length})</summary>
      <ul class="side-list">
        {edges.map((e) => (
          <li key={e.id}>
            <button type="button" class={`edge-btn${e.id === selected ? ' on' : ''}`} aria-pressed={e.id === selected} data-edge={e.id} onClick={() => onEdge(e)}>
              <span class="quad-dot" style={{ background: QUAD_COLOR[dominantQuad(e.by_quad)] }} aria-hidden="true" />
              {nodeLabel(graph, e.source)} → {nodeLabel(graph, e.target)} <span class="n">{e.count}</span>
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}

function EdgeEvents({ edge, graph, filters, onClose }: { edge: GraphEdge; graph: Graph; filters: Filters; onClose: () => void }) {
  // The edge's own pair, within the view's other filters.
  const res = useAsync((s) => api.events({ ...apiFilters(filters, ['source', 'target', 'pair', 'actor']), source: edge.source, target: edge.target, limit: 50 }, s), [edge.id, JSON.stringify(filters)]);
  return (
    <div class="edge-events" data-state={res.state} aria-live="polite">
      <div class="edge-events-head">
        <h2>{nodeLabel(graph, edge.source)} → {nodeLabel(graph, edge.target)}</h2>
        <button type="button" class="linkish" onClick={onClose} aria-label="Close the event list">close</button>
      </div>
      <p class="muted">{plural(edge.count, 'event')}: {QUADS.filter((q) => edge.by_quad[String(q) as '1'] > 0).map((q) => `${edge.by_quad[String(q) as '1']} ${QUAD_LABEL[q].toLowerCase()}`).join(', ')}</p>
      {res.state === 'error' && <ErrorNote error={res.error} what="events" />}
      {res.state === 'loading' && <Loading what="events" />}
      {res.state === 'ready' && <EventList events={res.data.items} />}
    </div>
  );
}
