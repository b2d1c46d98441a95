/** Progress goes to stderr only on a TTY, never with --quiet or --json, and only after a delay. */
import { describe, expect, it } from 'vitest';
import { Progress } from '../../src/output/progress.js';

const sink = (isTTY: boolean) => {
  const out: string[] = [];
  return { out, stream: { isTTY, write: (s: string) => out.push(s) } };
};

describe('Progress', () => {
  it('writes phases on a TTY once the delay has passed, and clears the line when done', () => {
    const { out, stream } = sink(true);
    const p = new Progress(stream, true, 0);
    p.phase('menghitung 10 baris');
    p.done();
    expect(out[0]).toMatch(/menghitung 10 baris \(\d+,\d s\)/);
    expect(out[1]).toBe('\r\u001b[2K');
  });

  it('stays silent before the delay (short runs)', () => {
    const { out, stream } = sink(true);
    const p = new Progress(stream, true, 60_000);
    p.phase('membaca');
    p.done();
    expect(out).toEqual([]);
  });

  it('is off when stderr is not a TTY, with --quiet, and with --json', () => {
    for (const [tty, opts] of [
      [false, {}],
      [true, { quiet: true }],
      [true, { json: true }],
    ] as const) {
      const { out, stream } = sink(tty);
      const p = Progress.for(stream, opts);
      (p as unknown as { delayMs: number }).delayMs = 0;
      p.phase('x');
      expect(out).toEqual([]);
    }
  });

  it('a counted phase shows done / total, the percentage and the time left, refreshed at most every 250 ms', () => {
    const { out, stream } = sink(true);
    let now = 0;
    const p = new Progress(stream, true, 0, () => now);
    p.begin('join', 'rows', 4000);
    expect(out.pop()).toMatch(/^\r\u001b\[2Kmenggabungkan: 0 \/ 4\.000 baris \(0%\) \(0,0 s\)$/);
    now = 100;
    p.tick(500);
    expect(out).toEqual([]); // within 250 ms of the last line
    now = 2000;
    p.tick(1000); // a quarter in 2 s: 6 s left
    expect(out.pop()).toMatch(/menggabungkan: 1\.000 \/ 4\.000 baris \(25%\), sisa ~6 s \(2,0 s\)$/);
    p.setLang('en');
    p.begin('write', 'employees', 2000, 'pegawai.csv');
    now = 3000;
    p.tick(1500); // three quarters in 1 s: 0.33 s left
    expect(out.pop()).toMatch(/writing pegawai\.csv: 1,500 \/ 2,000 employees \(75%\), left ~0 s \(3\.0 s\)$/);
    p.begin('compute', 'employees', null);
    expect(out.pop()).toMatch(/computing: 0 employees/);
  });
});
