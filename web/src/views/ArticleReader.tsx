// The reader: an article with every claim next to its evidence. Entities, events and quotes are
// drawn into the text and listed beside it; choosing an event in the list shows its sentence.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { api, type ArticleDetail, type ArticleEvent } from '../api.ts';
import { href, type Route } from '../router.ts';
import { useAsync } from '../lib/useAsync.ts';
import { entityIndex, marksByField } from '../lib/annotate.ts';
import { paragraphs } from '../lib/segments.ts';
import { cameoLabel } from '../lib/cameo.ts';
import { QUAD_COLOR, QUAD_LABEL } from '../lib/quad.ts';
import { fmtNum } from '../lib/format.ts';
import { AnnotatedText } from '../components/AnnotatedText.tsx';
import { ErrorNote, Loading } from '../components/states.tsx';

/** Only http(s) addresses become links: a stored `javascript:` or `data:` URL (from before the store filtered them) stays text. */
export function isHttpUrl(u: string): boolean {
  try {
    const p = new URL(u);
    return (p.protocol === 'http:' || p.protocol === 'https:') && /^https?:\/\//i.test(u.trim());
  } catch {
    return false;
  }
}

const TYPE_ORDER = ['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'NORP', 'EVENT', 'LAW', 'PRODUCT', 'WORK'];

export default function ArticleReader({ id, route }: { id: string; route: Route }) {
  const res = useAsync((s) => api.article(id, s), [id]);
  return (
    <section class="view reader" data-view="article" data-state={res.state}>
      <p class="crumbs"><a href={href('articles')}>← Articles</a></p>
      {res.state === 'error' && <ErrorNote error={res.error} what="the article" />}
      {res.state === 'loading' && !res.data && <Loading what="the article" />}
      {res.data && <Reader article={res.data} wanted={route.params.get('event')} />}
    </section>
  );
}

function Reader({ article: a, wanted }: { article: ArticleDetail; wanted: string | null }) {
  const marks = useMemo(() => marksByField(a), [a]);
  const ents = useMemo(() => entityIndex(a), [a]);
  const events = a.events.filter((e) => !e.negated);
  const initial = wanted ? events.find((e) => e.global_id === wanted || e.id === wanted)?.id ?? null : null;
  const [selected, setSelected] = useState<string | null>(initial);

  const speakerHref = (local: string | null) => {
    const g = local ? ents.get(local)?.global_id : null;
    return g ? href(`entities/${g}`) : null;
  };
  const select = (eid: string, scroll = true) => {
    setSelected(eid);
    if (scroll) requestAnimationFrame(() => document.querySelector(`[data-evt~="${eid}"]`)?.scrollIntoView({ block: 'center', behavior: 'smooth' }));
  };
  useEffect(() => { if (initial) select(initial); }, [initial]);

  const common = { selected, onSelectEvent: (eid: string) => select(eid, false), speakerHref };
  const sel = events.find((e) => e.id === selected) ?? null;
  const byType = TYPE_ORDER.map((t) => [t, a.entities.filter((e) => e.type === t)] as const).filter(([, l]) => l.length);

  // Hovering (or focusing) a highlighted name shows a small card of who or what it is.
  const [card, setCard] = useState<{ local: string; x: number; y: number } | null>(null);
  const onOver = (ev: Event) => {
    const el = (ev.target as HTMLElement).closest<HTMLElement>('[data-local]');
    if (!el) return;
    const r = el.getBoundingClientRect();
    setCard({ local: el.dataset.local!, x: r.left + window.scrollX, y: r.bottom + window.scrollY + 6 });
  };
  const onOut = (ev: Event) => {
    const to = (ev as MouseEvent).relatedTarget as HTMLElement | null;
    if (!to?.closest?.('[data-local]')) setCard(null);
  };
  const cardEnt = card ? ents.get(card.local) : undefined;

  return (
    <div class="reader-grid" onMouseOver={onOver} onFocusIn={onOver} onMouseOut={onOut} onFocusOut={onOut}>
      {cardEnt && card && (
        <div class="ent-card" role="tooltip" style={{ left: `${Math.max(8, Math.min(card.x, window.innerWidth - 300))}px`, top: `${card.y}px` }}>
          <div class="ent-card-name"><span class={`swatch t-${cardEnt.type}`} aria-hidden="true" />{cardEnt.name}</div>
          <div class="muted">{[cardEnt.type, cardEnt.country, cardEnt.actor_code].filter(Boolean).join(' · ')}</div>
          {cardEnt.role && <div>{cardEnt.role}</div>}
          <div class="muted">{cardEnt.mentions.length} mention{cardEnt.mentions.length === 1 ? '' : 's'} here{cardEnt.global_id ? ' · click for the profile' : ''}</div>
        </div>
      )}
      <article class="reader-main" aria-label="Article">
        <h1 class="article-h"><AnnotatedText text={a.title} marks={marks.get('title') ?? []} {...common} /></h1>
        <p class="meta">
          Published <strong>{a.published ?? 'date unknown'}</strong>
          {a.published && a.published_source && <span class="muted"> (from {a.published_source})</span>}
          {a.url && (isHttpUrl(a.url)
            ? <> · <a href={a.url} rel="noreferrer noopener" target="_blank">source</a></>
            : <> · <span class="muted" title={a.url}>source (not a web address, not linked)</span></>)}
          {a.tone && <> · tone <span title={`positive ${fmtNum(a.tone.positive, 1)}, negative ${fmtNum(a.tone.negative, 1)} per 100 words`}>{fmtNum(a.tone.score, 1)}</span></>}
        </p>
        {a.captions.map((c, i) => (
          <figure class="caption" key={i}>
            <figcaption>
              <AnnotatedText text={c.text} marks={marks.get(`caption:${i}`) ?? []} {...common} />
              {c.credit && <span class="credit"> Photo: {c.credit}</span>}
            </figcaption>
          </figure>
        ))}
        <div class="body">
          {paragraphs(a.body).map((p) => (
            <p key={p.start}><AnnotatedText text={a.body} from={p.start} to={p.end} marks={marks.get('body') ?? []} {...common} /></p>
          ))}
        </div>
        {(a.duplicates?.length ?? 0) > 0 && (
          <aside class="dups">
            <h2>Reprints of this story</h2>
            <ul>{a.duplicates!.map((d) => <li key={d.id}><a href={href(`articles/${d.id}`)}>{d.title}</a></li>)}</ul>
          </aside>
        )}
      </article>

      <aside class="reader-side" aria-label="What the article says">
        <Legend />
        <section>
          <h2>Events <span class="count">{events.length}</span></h2>
          {sel && <SelectedEvent e={sel} />}
          {events.length === 0
            ? <p class="muted">No events coded in this article.</p>
            : (
              <ul class="side-list">
                {events.map((e) => (
                  <li key={e.id}>
                    <button type="button" class={`evt-btn${e.id === selected ? ' on' : ''}`} aria-pressed={e.id === selected} onClick={() => select(e.id)}>
                      <span class="quad-dot" style={{ background: QUAD_COLOR[e.quad_class] }} aria-hidden="true" />
                      {e.source.name || e.source.country} → {e.target ? e.target.name || e.target.country : '—'}
                      <span class="muted"> · {e.cameo} {cameoLabel(e.cameo)}</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
        </section>
        <section>
          <h2>Entities <span class="count">{a.entities.length}</span></h2>
          {byType.length === 0 && <p class="muted">No entities recognised.</p>}
          {byType.map(([t, list]) => (
            <div key={t} class="ent-group">
              <h3><span class={`swatch t-${t}`} aria-hidden="true" />{t}</h3>
              <ul class="chips">
                {list.map((e) => (
                  <li key={e.id}>
                    {e.global_id
                      ? <a class={`chip t-${t}`} href={href(`entities/${e.global_id}`)} title={[e.country, e.actor_code, e.role].filter(Boolean).join(' · ')}>{e.name}<span class="n">{e.mentions.length}</span></a>
                      : <span class={`chip t-${t}`}>{e.name}<span class="n">{e.mentions.length}</span></span>}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
        <section>
          <h2>Quotes <span class="count">{a.quotes.length}</span></h2>
          {a.quotes.length === 0 && <p class="muted">No quotations found.</p>}
          <ul class="side-list">
            {a.quotes.map((q, i) => (
              <li key={i}>
                <button type="button" class="quote-btn" onClick={() => document.querySelector(`[data-quote="${i}"]`)?.scrollIntoView({ block: 'center', behavior: 'smooth' })}>
                  <strong>{q.speaker ? q.speaker.name : 'Unknown speaker'}</strong> <span class="muted">({q.kind})</span>: {q.text.length > 140 ? `${q.text.slice(0, 140)}…` : q.text}
                </button>
              </li>
            ))}
          </ul>
        </section>
        {a.dates.length > 0 && (
          <section>
            <h2>Dates <span class="count">{a.dates.length}</span></h2>
            <ul class="side-list dates">
              {a.dates.map((d, i) => <li key={i}>“{d.text}” → <strong>{d.value ?? 'unresolved'}</strong>{d.grain && <span class="muted"> ({d.grain})</span>}</li>)}
            </ul>
          </section>
        )}
      </aside>
    </div>
  );
}

function SelectedEvent({ e }: { e: ArticleEvent }) {
  return (
    <div class="selected-event" aria-live="polite">
      <div><span class="quad-dot" style={{ background: QUAD_COLOR[e.quad_class] }} aria-hidden="true" /> <strong>{e.cameo}</strong> {cameoLabel(e.cameo)}</div>
      <dl>
        <dt>Source</dt><dd>{e.source.name} <span class="muted">{e.source.actor_code ?? e.source.country ?? ''}</span></dd>
        <dt>Target</dt><dd>{e.target ? <>{e.target.name} <span class="muted">{e.target.actor_code ?? e.target.country ?? ''}</span></> : '—'}</dd>
        <dt>PLOVER</dt><dd>{e.plover ?? '—'}</dd>
        <dt>Class</dt><dd>{QUAD_LABEL[e.quad_class]}, Goldstein {fmtNum(e.goldstein, 1)}</dd>
        <dt>Date</dt><dd>{e.date ?? '—'}</dd>
        <dt>Place</dt><dd>{e.place?.name ?? '—'}</dd>
        {e.hedged && <><dt>Note</dt><dd>hedged (reported, alleged or possible)</dd></>}
      </dl>
      <a href={href('events', { source: e.source.country, target: e.target?.country, cameo: e.cameo })}>Similar events ({e.source.country ?? '?'} → {e.target?.country ?? '?'}, {e.cameo})</a>
    </div>
  );
}

function Legend() {
  return (
    <details class="legend">
      <summary>How to read the text</summary>
      <ul>
        <li><span class="ent t-PERSON">Names</span> are coloured by type; click one for its profile.</li>
        <li><span class="evt">Underlined sentences</span> are the evidence of an event; click to see it.</li>
        <li><span class="quote"><span class="speaker-tag">Speaker</span>quoted words</span> are marked with who said them.</li>
      </ul>
    </details>
  );
}
