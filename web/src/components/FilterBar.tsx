// The filters every event view shares, written to the URL on "Apply" (so a copied link reproduces
// the view): actor, source, target, role; CAMEO code and root; PLOVER; quad class; dates and how
// coarse dates meet them; date precision; negated and hedged events.
import { useEffect, useState } from 'preact/hooks';
import type { Route } from '../router.ts';
import { FILTER_KEYS, anyFilter, filtersOf, setFilters, type FilterKey, type Filters } from '../filters.ts';
import { CAMEO_ROOTS } from '../lib/cameo.ts';
import { QUAD_LABEL, QUADS } from '../lib/quad.ts';
import roleTsv from '../../../data/ontology/cameo-actor-types.tsv?raw';

export const PLOVER_TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
const ROLES: [string, string][] = roleTsv.split('\n').slice(1).map((l) => l.split('\t')).filter((c) => /^[A-Z]{3}$/.test(c[0] ?? '')).map((c) => [c[0]!, c[1]!]);

// Country and actor codes are upper case in the store; entity ids (ent_…) and place names are not.
const codes = (v: string) => (/^[a-z]{3}([a-z0-9]{1,12})?(-[a-z]{3}[a-z0-9]{0,12})?$/i.test(v) ? v.toUpperCase() : v);
const CODE_KEYS: FilterKey[] = ['actor', 'source', 'target', 'pair'];

export function FilterBar({ route, omit = [], label = 'Event filters' }: { route: Route; omit?: readonly FilterKey[]; label?: string }) {
  const current = filtersOf(route.params);
  const key = JSON.stringify(current);
  const [draft, setDraft] = useState<Filters>(current);
  useEffect(() => setDraft(current), [key]);
  const has = (k: FilterKey) => !omit.includes(k);
  const set = (k: FilterKey) => (e: Event) => setDraft({ ...draft, [k]: (e.target as HTMLInputElement).value.trim() });
  const apply = (e: Event) => {
    e.preventDefault();
    const patch: Partial<Filters> = {};
    for (const k of FILTER_KEYS) if (has(k)) patch[k] = CODE_KEYS.includes(k) ? codes(draft[k]) : draft[k];
    if (patch.from && patch.to && patch.from > patch.to) [patch.from, patch.to] = [patch.to, patch.from];
    setFilters(route, patch);
  };
  const clear = () => {
    const patch: Partial<Filters> = {};
    for (const k of FILTER_KEYS) if (has(k)) patch[k] = '';
    setFilters(route, patch);
  };
  const text = (k: FilterKey, lbl: string, placeholder: string, size: number, title?: string) => has(k) && (
    <label title={title}>{lbl}<input name={k} value={draft[k]} onInput={set(k)} placeholder={placeholder} size={size} /></label>
  );
  return (
    <form class="filters" onSubmit={apply} aria-label={label} data-filters>
      {text('actor', 'Actor', 'either side', 11, 'Source or target: country (RUS), actor code (RUSMIL) or entity id')}
      {text('source', 'Source', 'RUS, RUSMIL, ent_…', 11)}
      {text('target', 'Target', 'PRK', 11)}
      {text('pair', 'Pair', 'USA-IRN', 9, 'Either direction, e.g. USA-IRN')}
      {has('role') && <label>Role
        <select name="role" value={draft.role} onChange={set('role')}>
          <option value="">any</option>
          {ROLES.map(([c, l]) => <option key={c} value={c}>{c} {l.toLowerCase()}</option>)}
        </select>
      </label>}
      {text('cameo', 'CAMEO', '04, 042…', 6)}
      {has('root') && <label>Root
        <select name="root" value={draft.root} onChange={set('root')}>
          <option value="">any</option>
          {CAMEO_ROOTS.map((r) => <option key={r.code} value={r.code}>{r.code} {r.label.toLowerCase()}</option>)}
        </select>
      </label>}
      {has('plover') && <label>PLOVER
        <select name="plover" value={draft.plover} onChange={set('plover')}>
          <option value="">any</option>
          {PLOVER_TYPES.map((p) => <option key={p} value={p}>{p}</option>)}
        </select>
      </label>}
      {has('quad_class') && <label>Class
        <select name="quad_class" value={draft.quad_class} onChange={set('quad_class')}>
          <option value="">any</option>
          {QUADS.map((q) => <option key={q} value={String(q)}>{QUAD_LABEL[q]}</option>)}
        </select>
      </label>}
      {text('place', 'Place', 'name or country', 11)}
      {has('from') && <label>From<input type="date" name="from" value={draft.from} onInput={set('from')} /></label>}
      {has('to') && <label>to<input type="date" name="to" value={draft.to} onInput={set('to')} /></label>}
      {has('dates') && <label class="check" title="Events dated only to a week, month or year are inside the range only when their whole period is; tick to also keep those whose period overlaps it">
        <input type="checkbox" name="dates" checked={draft.dates === 'overlap'} onChange={(e) => setDraft({ ...draft, dates: (e.target as HTMLInputElement).checked ? 'overlap' : '' })} />
        coarse dates that overlap
      </label>}
      {has('precision') && <label>Dated to
        <select name="precision" value={draft.precision} onChange={set('precision')}>
          <option value="">any precision</option>
          <option value="day">a day</option>
          <option value="week,month,year">a week, month or year</option>
          <option value="week">a week</option>
          <option value="month">a month</option>
          <option value="year">a year</option>
          <option value="none">undated</option>
        </select>
      </label>}
      {has('negated') && <label title="Events the text says did not happen">Negated
        <select name="negated" value={draft.negated} onChange={set('negated')}>
          <option value="">hidden</option>
          <option value="include">shown too</option>
          <option value="only">only</option>
        </select>
      </label>}
      {has('hedged') && <label title="Reported or uncertain events (alleged, may, reportedly)">Hedged
        <select name="hedged" value={draft.hedged} onChange={set('hedged')}>
          <option value="">shown</option>
          <option value="exclude">hidden</option>
          <option value="only">only</option>
        </select>
      </label>}
      <div class="filter-actions">
        <button type="submit">Apply filters</button>
        {anyFilter(current, omit) && <button type="button" class="linkish" onClick={clear}>clear</button>}
      </div>
    </form>
  );
}

/** A one-line reading of the active filters, for headings and empty states. */
export function describeFilters(f: Filters, omit: readonly FilterKey[] = []): string {
  const parts: string[] = [];
  for (const k of FILTER_KEYS) if (!omit.includes(k) && f[k]) parts.push(`${k.replace('_', ' ')} ${f[k]}`);
  return parts.join(', ');
}
