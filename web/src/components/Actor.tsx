// An event actor: a link to its entity profile when it resolved to an entity, with its codes.
import type { Actor as ActorT } from '../api.ts';
import { href } from '../router.ts';

export function Actor({ actor }: { actor: ActorT | null }) {
  if (!actor) return <span class="muted">—</span>;
  const codes = [actor.country, actor.actor_code].filter(Boolean).join(' · ');
  const name = actor.name || actor.actor_code || actor.country || '?';
  const inner = <>{name}{codes && <span class="codes"> {actor.actor_code ?? actor.country}</span>}</>;
  return actor.entity && actor.entity.startsWith('ent_')
    ? <a class="actor" href={href(`entities/${actor.entity}`)} title={codes}>{inner}</a>
    : <span class="actor" title={codes}>{inner}</span>;
}
