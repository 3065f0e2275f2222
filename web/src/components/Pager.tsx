// Previous / next over an API list answer ({total, limit, offset}).
export function Pager({ total, limit, offset, onOffset }: {
  total: number; limit: number; offset: number; onOffset: (o: number) => void;
}) {
  if (total <= limit) return null;
  const last = Math.min(total, offset + limit);
  return (
    <nav class="pager" aria-label="Pages">
      <button type="button" disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - limit))}>← Previous</button>
      <span>{(offset + 1).toLocaleString('en-US')}–{last.toLocaleString('en-US')} of {total.toLocaleString('en-US')}</span>
      <button type="button" disabled={last >= total} onClick={() => onOffset(offset + limit)}>Next →</button>
    </nav>
  );
}
