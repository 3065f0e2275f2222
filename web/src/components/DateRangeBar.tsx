// The shared date filter: typed here or brushed on the timeline, applied by every view.
import { useDateRange } from '../filters.ts';

export function DateRangeBar({ label = 'Dates' }: { label?: string }) {
  const [range, setRange] = useDateRange();
  return (
    <fieldset class="daterange" aria-label={label}>
      <label>{label} from <input type="date" name="from" value={range.from}
        onChange={(e) => setRange({ ...range, from: (e.target as HTMLInputElement).value })} /></label>
      <label>to <input type="date" name="to" value={range.to}
        onChange={(e) => setRange({ ...range, to: (e.target as HTMLInputElement).value })} /></label>
      {(range.from || range.to) && (
        <button type="button" class="linkish" onClick={() => setRange({ from: '', to: '' })}>clear dates</button>
      )}
    </fieldset>
  );
}
