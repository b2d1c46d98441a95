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
    expect(out[0]).toMatch(/menghitung 10 baris \(\d+\.\d s\)/);
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
});
