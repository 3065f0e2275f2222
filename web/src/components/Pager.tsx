// Previous / next over an API list answer ({total, limit, offset}). Where the list pages by keyset
// (its answer has `next`), Next passes that cursor along: the server then reads one page, not
// every row before it; Previous goes back by offset.
export function Pager({ total, limit, offset, next, onOffset }: {
  total: number; limit: number; offset: number; next?: string | null; onOffset: (o: number, after: string | null) => void;
}) {
  if (total <= limit) return null;
  const last = Math.min(total, offset + limit);
  return (
    <nav class="pager" aria-label="Pages">
      <button type="button" disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - limit), null)}>← Previous</button>
      <span>{(offset + 1).toLocaleString('en-US')}–{last.toLocaleString('en-US')} of {total.toLocaleString('en-US')}</span>
      <button type="button" disabled={last >= total} onClick={() => onOffset(offset + limit, next ?? null)}>Next →</button>
    </nav>
  );
}
