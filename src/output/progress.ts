/**
 * Progress on stderr: only on a TTY, never with --quiet or --json, and only once a run has
 * taken about a second (short runs stay silent). One line, rewritten in place, per phase
 * (membaca, menggabungkan, menghitung, menulis): what is done, of how much, the percentage and
 * the time left, refreshed at most every REFRESH_MS (so at least once a second while work goes on).
 */
import { LOCALE, type Lang } from '../i18n.js';
import { fmtNum } from './numbers.js';

export type PhaseName = 'read' | 'join' | 'compute' | 'write';

const PHASE_TEXT: Record<PhaseName, Record<Lang, string>> = {
  read: { id: 'membaca', en: 'reading' },
  join: { id: 'menggabungkan', en: 'joining' },
  compute: { id: 'menghitung', en: 'computing' },
  write: { id: 'menulis', en: 'writing' },
};
const UNIT_TEXT: Record<'rows' | 'employees', Record<Lang, string>> = {
  rows: { id: 'baris', en: 'rows' },
  employees: { id: 'pegawai', en: 'employees' },
};
const LEFT_TEXT: Record<Lang, string> = { id: 'sisa', en: 'left' };

const REFRESH_MS = 250;

type Stream = { write(s: string): unknown; isTTY?: boolean };

export class Progress {
  private readonly start: number;
  private shown = false;
  private lang: Lang = 'id';
  private current: { name: PhaseName; unit: 'rows' | 'employees'; total: number | null; since: number; detail: string } | null = null;
  private lastDraw = 0;

  constructor(
    private readonly stream: Stream,
    private readonly enabled: boolean,
    private readonly delayMs = 1000,
    private readonly now: () => number = Date.now,
  ) {
    this.start = now();
  }

  static for(stream: Stream, opts: { quiet?: boolean; json?: boolean }): Progress {
    return new Progress(stream, Boolean(stream.isTTY) && !opts.quiet && !opts.json);
  }

  setLang(lang: Lang): void {
    this.lang = lang;
  }

  /** A line of its own (no counts), e.g. `membaca 5 berkas masukan`. */
  phase(text: string): void {
    this.current = null;
    this.draw(text, true);
  }

  /** Start a counted phase: `total` rows or employees (null when not known yet). */
  begin(name: PhaseName, unit: 'rows' | 'employees', total: number | null, detail = ''): void {
    this.current = { name, unit, total, since: this.now(), detail };
    this.tick(0, total, true);
  }

  /** Work done in the current phase (cheap: draws at most every REFRESH_MS). */
  tick(done: number, total: number | null = this.current?.total ?? null, force = false): void {
    if (!this.enabled || !this.current) return;
    const t = this.now();
    if (!force && t - this.lastDraw < REFRESH_MS) return;
    if (total !== null) this.current.total = total;
    const c = this.current;
    const fmt = (n: number) => n.toLocaleString(LOCALE[this.lang]);
    let text = `${PHASE_TEXT[c.name][this.lang]}${c.detail ? ` ${c.detail}` : ''}: ${fmt(done)}`;
    if (c.total !== null && c.total > 0) {
      const share = Math.min(1, done / c.total);
      text += ` / ${fmt(c.total)} ${UNIT_TEXT[c.unit][this.lang]} (${Math.floor(share * 100)}%)`;
      const elapsed = (t - c.since) / 1000;
      if (share > 0.02 && elapsed >= 1) text += `, ${LEFT_TEXT[this.lang]} ~${Math.max(0, Math.round((elapsed / share) * (1 - share)))} s`;
    } else text += ` ${UNIT_TEXT[c.unit][this.lang]}`;
    this.draw(text, force);
  }

  private draw(text: string, force: boolean): void {
    if (!this.enabled) return;
    const t = this.now();
    if (t - this.start < this.delayMs) return;
    if (!force && t - this.lastDraw < REFRESH_MS) return;
    this.lastDraw = t;
    this.shown = true;
    const secs = fmtNum((t - this.start) / 1000, 1, this.lang === 'id');
    this.stream.write(`\r\u001b[2K${text} (${secs} s)`);
  }

  done(): void {
    if (this.shown) this.stream.write('\r\u001b[2K');
    this.shown = false;
    this.current = null;
  }
}
