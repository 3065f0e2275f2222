// Progress on stderr (never stdout: analyze and export write their data there). On a terminal, a
// bar (cli-progress) from the first second: articles done, rate, share of the input read and the
// time left when the input's size is known. Elsewhere (a pipe, a log file, CI), one plain line
// every few seconds. `--quiet` turns both off.
import cliProgress from 'cli-progress';

export interface ProgressOptions {
  /** Command name shown first ("ingest"). */
  label: string;
  /** Size of the whole input in the unit of `value` (bytes of the input files, jobs …), if known. */
  total?: number | null;
  /** Unit of `total` for the plain lines ("bytes" shows MB). */
  totalUnit?: 'bytes' | 'articles' | 'jobs';
  quiet?: boolean;
  /** Force the terminal bar on or off (default: stderr is a TTY). */
  tty?: boolean;
  /** Plain lines: every this many ms (default 5000). */
  everyMs?: number;
  /** Plain lines: say when starting (ingest does; analyze keeps short runs silent). */
  startLine?: string | null;
  stream?: NodeJS.WriteStream;
}

export interface Tick {
  /** Articles (or jobs) done so far. */
  count: number;
  /** Progress in the unit of `total` (default: count). */
  value?: number;
  /** What else to say ("12 stored, 3 duplicates"). */
  detail?: string;
}

const fmtInt = (n: number) => Math.round(n).toLocaleString('en-US');
export function fmtDuration(s: number): string {
  if (!Number.isFinite(s) || s < 0) return '?';
  s = Math.ceil(s);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

export class Progress {
  private readonly t0 = Date.now();
  private last: Tick = { count: 0 };
  private bar: cliProgress.SingleBar | null = null;
  private timer: NodeJS.Timeout | null = null;
  private lastLine = Date.now();
  private readonly tty: boolean;
  private readonly stream: NodeJS.WriteStream;
  private stopped = false;
  /** Recent (time, count) samples: the rate shown is over the last ~10 s. */
  private samples: { t: number; n: number; v: number }[] = [];

  constructor(private readonly o: ProgressOptions) {
    this.stream = o.stream ?? process.stderr;
    this.tty = o.tty ?? !!this.stream.isTTY;
    if (o.quiet) return;
    if (this.tty) {
      const known = !!o.total && o.total > 0;
      this.bar = new cliProgress.SingleBar({
        stream: this.stream,
        format: known
          ? `${o.label} [{bar}] {percentage}% | {count} articles | {rate}/s | {left} | {detail}`
          : `${o.label} {count} articles | {rate}/s | {elapsed} | {detail}`,
        barsize: 24,
        hideCursor: false,
        clearOnComplete: false,
        stopOnComplete: false,
        linewrap: false,
        noTTYOutput: false,
        forceRedraw: true,
        fps: 8,
      }, cliProgress.Presets.shades_classic);
      this.bar.start(known ? o.total! : 1, 0, this.payload());
      this.timer = setInterval(() => this.redraw(), 250);
    } else {
      if (o.startLine) this.line(o.startLine);
      this.timer = setInterval(() => this.plain(), o.everyMs ?? 5000);
    }
    this.timer.unref();
  }

  private rate(): number {
    const now = Date.now();
    const s = this.samples;
    const first = s.find((x) => now - x.t <= 10_000) ?? s[0];
    if (first && now - first.t >= 1000) return (this.last.count - first.n) / ((now - first.t) / 1000);
    const secs = (now - this.t0) / 1000;
    return secs > 0 ? this.last.count / secs : 0;
  }

  /** Seconds left, from the recent pace of `value` against `total`. */
  private left(): number {
    const total = this.o.total;
    if (!total) return NaN;
    const v = this.last.value ?? this.last.count;
    const now = Date.now();
    const first = this.samples.find((x) => now - x.t <= 20_000) ?? this.samples[0];
    const dv = first ? v - first.v : v;
    const dt = first ? (now - first.t) / 1000 : (now - this.t0) / 1000;
    if (dv <= 0 || dt <= 0) return NaN;
    return Math.max(0, (total - v) / (dv / dt));
  }

  private payload() {
    const r = this.rate();
    return {
      count: fmtInt(this.last.count),
      rate: r >= 10 ? fmtInt(r) : r.toFixed(1),
      left: this.last.count === 0 ? 'starting' : Number.isFinite(this.left()) ? `${fmtDuration(this.left())} left` : 'estimating',
      elapsed: fmtDuration((Date.now() - this.t0) / 1000),
      detail: this.last.detail ?? (this.last.count === 0 ? 'loading the models…' : ''),
    };
  }

  private redraw(): void {
    if (!this.bar) return;
    const v = this.o.total ? Math.min(this.o.total, this.last.value ?? this.last.count) : 0;
    this.bar.update(v, this.payload());
  }

  private line(s: string): void {
    this.stream.write(`newsgraph: ${this.o.label}: ${s}\n`);
    this.lastLine = Date.now();
  }

  /** The plain line: count, share and time left when known, rate, detail. */
  summary(): string {
    const t = this.o.total;
    const v = this.last.value ?? this.last.count;
    const left = this.left();
    const pct = t ? ` (${Math.min(100, Math.floor((100 * v) / t))}% of ${this.o.totalUnit === 'bytes' ? `${(t / 1048576).toFixed(1)} MB` : fmtInt(t)}, ${Number.isFinite(left) ? `${fmtDuration(left)} left` : 'time left not known yet'})` : '';
    const r = this.rate();
    return `${fmtInt(this.last.count)} articles${pct}, ${r >= 10 ? fmtInt(r) : r.toFixed(1)}/s${this.last.detail ? `: ${this.last.detail}` : ''}`;
  }

  private plain(): void {
    if (Date.now() - this.lastLine >= (this.o.everyMs ?? 5000) - 50) this.line(this.summary());
  }

  tick(t: Tick): void {
    this.last = t;
    const now = Date.now();
    const s = this.samples;
    if (!s.length || now - s[s.length - 1]!.t >= 500) {
      s.push({ t: now, n: t.count, v: t.value ?? t.count });
      while (s.length > 60) s.shift();
    }
    if (this.bar && now - (this as { lastDraw?: number }).lastDraw! < 100) return;
    (this as { lastDraw?: number }).lastDraw = now;
    this.redraw();
  }

  /** The total grew or shrank (a queue others fill and drain). */
  setTotal(n: number): void {
    (this.o as ProgressOptions).total = n;
    if (this.bar && n > 0) this.bar.setTotal(n);
  }

  /** Stop; plain mode prints `final` (if given) as its last line. */
  stop(final?: string | null): void {
    if (this.stopped) return;
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    if (this.o.quiet) return;
    if (this.bar) {
      if (this.o.total) this.bar.update(this.o.total, this.payload());
      else this.redraw();
      this.bar.stop();
    } else if (final !== null && final !== undefined) this.line(final);
  }
}
