// One field of an article with its layers drawn in: entities coloured by type (links to their
// profiles), event evidence underlined (click selects the event), quotes marked with their speaker.
import { Fragment, type ComponentChildren } from 'preact';
import type { ArticleEvent } from '../api.ts';
import { segment, type Span } from '../lib/segments.ts';
import type { Mark } from '../lib/annotate.ts';
import { href } from '../router.ts';
import { cameoLabel } from '../lib/cameo.ts';

export interface AnnotatedProps {
  text: string;
  marks: Span<Mark>[];
  from?: number;
  to?: number;
  selected: string | null;
  onSelectEvent: (id: string) => void;
  speakerHref: (entity: string | null) => string | null;
}

function eventTitle(e: ArticleEvent): string {
  const who = (a: { name: string; country: string | null } | null) => (a ? a.name || a.country || '?' : '—');
  return `${e.cameo} ${cameoLabel(e.cameo)}: ${who(e.source)} → ${who(e.target)}${e.date ? ` (${e.date})` : ''}${e.hedged ? ' [hedged]' : ''}`;
}

export function AnnotatedText({ text, marks, from = 0, to = text.length, selected, onSelectEvent, speakerHref }: AnnotatedProps) {
  const segs = segment(text, marks, from, to);
  return (
    <>
      {segs.map((seg) => {
        let node: ComponentChildren = seg.text;
        const ents = seg.spans.filter((s) => s.data.kind === 'ent').map((s) => s.data as Extract<Mark, { kind: 'ent' }>);
        const evts = seg.spans.filter((s) => s.data.kind === 'evt').map((s) => (s.data as Extract<Mark, { kind: 'evt' }>).event);
        const quotes = seg.spans.filter((s) => s.data.kind === 'quote');

        if (ents.length) {
          const e = ents[0]!.entity;
          const info = [e.type, e.country, e.actor_code, e.role].filter(Boolean).join(' · ');
          node = e.global_id
            ? <a class={`ent t-${e.type}`} href={href(`entities/${e.global_id}`)} aria-label={`${seg.text} (${e.name}, ${info})`} data-entity={e.global_id} data-local={e.id}>{node}</a>
            : <span class={`ent t-${e.type}`} title={`${e.name} — ${info}`} data-local={e.id}>{node}</span>;
        }
        if (evts.length) {
          const ids = evts.map((e) => e.id).join(' ');
          const isSel = selected !== null && evts.some((e) => e.id === selected);
          node = (
            <span class={`evt${isSel ? ' selected' : ''}`} data-evt={ids} title={evts.map(eventTitle).join('\n')}
              onClick={(ev) => { if (!(ev.target as HTMLElement).closest('a')) onSelectEvent(evts[0]!.id); }}>{node}</span>
          );
        }
        if (quotes.length) {
          const q = quotes[0]!;
          const quote = (q.data as Extract<Mark, { kind: 'quote' }>).quote;
          const starts = seg.start === Math.max(from, q.start);
          const sp = quote.speaker;
          const spHref = sp ? speakerHref(sp.entity) : null;
          node = (
            <span class={`quote q-${quote.kind}`} data-quote={(q.data as Extract<Mark, { kind: 'quote' }>).index}
              title={`${quote.kind} quote${sp ? ` by ${sp.name}` : ', speaker unknown'}`}>
              {starts && (
                <span class="speaker-tag" aria-label={sp ? `Quote by ${sp.name}` : 'Quote, speaker unknown'}>
                  {sp ? (spHref ? <a href={spHref}>{sp.name}</a> : sp.name) : 'unknown speaker'}
                </span>
              )}
              {node}
            </span>
          );
        }
        return <Fragment key={seg.start}>{node}</Fragment>;
      })}
    </>
  );
}
