// A compact list of events (entity profile, network edge, map place): each one a line with its
// actors, code and date, and its evidence sentence one click away in the article reader.
import type { EventItem } from '../api.ts';
import { href } from '../router.ts';
import { cameoLabel } from '../lib/cameo.ts';
import { QUAD_COLOR, QUAD_LABEL } from '../lib/quad.ts';
import { Actor } from './Actor.tsx';

export function EventList({ events, empty = 'No events.' }: { events: EventItem[]; empty?: string }) {
  if (events.length === 0) return <p class="muted">{empty}</p>;
  return (
    <ul class="eventlist">
      {events.map((e) => (
        <li key={e.id} class="event-line">
          <span class="quad-dot" style={{ background: QUAD_COLOR[e.quad_class] }} title={QUAD_LABEL[e.quad_class]} aria-hidden="true" />
          <Actor actor={e.source} /> <span class="arrow" aria-label="to">→</span> <Actor actor={e.target} />
          {' '}<span class="code" title={cameoLabel(e.cameo)}>{e.cameo}</span> <span class="muted">{cameoLabel(e.cameo)}</span>
          {e.date && <span class="muted"> · {e.date}</span>}
          {e.date_precision && e.date_precision !== 'day' && <span class="tag" title={`dated to a ${e.date_precision}: ${e.date_start} – ${e.date_end}`}>{e.date_precision}</span>}
          {e.negated && <span class="tag" title="The text says this did not happen">negated</span>}
          {e.place && <span class="muted"> · {e.place.name}</span>}
          {e.hedged && <span class="tag" title="Reported with hedging (alleged, may, reportedly)">hedged</span>}
          {e.evidence && (
            <div class="evidence">
              “{e.evidence.text}”{' '}
              <a href={href(`articles/${e.evidence.article_id}`, { event: e.id })}>read in article</a>
              {e.num_articles > 1 && <span class="muted"> (+{e.num_articles - 1} more)</span>}
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
