/**
 * Signals: SIGTERM and SIGHUP are handled like SIGINT — exit 128 + the signal's
 * number, no temporary file left, the previous report set untouched. The built CLI is held with
 * every file of the new set written under its temporary name (TALENTA_TEST_HOLD_MS), then sent
 * the signal. The reports the signal must leave untouched are written in-process beforehand.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, tempDir } from './helpers.js';
import { talenta } from './in-process.js';

const CSV = join(ROOT, 'fixtures', 'contoh', 'csv');
const INPUTS = ['pegawai.csv', 'cact.csv', 'skp-2024.csv', 'skp-2025.csv', 'hukdis.csv'].map((f) => join(CSV, f));
const SET = ['hasil-talenta.json', 'laporan-talenta.xlsx', 'masalah-data.csv', 'pegawai.csv', 'ringkasan.csv', 'talent-pool.csv'];
const snapshot = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f))]),
  );

async function interrupted(signal: NodeJS.Signals, args: string[], dir: string, temps: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; sawTemps: number }> {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { PATH: process.env.PATH ?? '', TZ: 'Asia/Jakarta', NO_COLOR: '1', TALENTA_TEST_HOLD_MS: '60000' },
    stdio: 'ignore',
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((res) => child.on('exit', (code, sig) => res({ code, signal: sig })));
  let sawTemps = 0;
  for (let i = 0; i < 2000 && child.exitCode === null; i++) {
    sawTemps = readdirSync(dir).filter((f) => f.endsWith('.tmp')).length;
    if (sawTemps >= temps) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  child.kill(signal);
  return { ...(await exited), sawTemps };
}

describe('SIGTERM, SIGHUP and SIGINT leave nothing half-written', () => {
  for (const [signal, code] of [
    ['SIGTERM', 143],
    ['SIGHUP', 129],
    ['SIGINT', 130],
  ] as const) {
    it(`${signal}: exit ${code}, no temporary file, the previous set as it was`, async () => {
      const dir = join(tempDir('talenta-signal-'), 'laporan');
      const html = join(dir, '..', 'laporan.html');
      expect((await talenta(['classify', ...INPUTS, '--as-of', '2026-09-30', '-o', dir, '-q', '--html', html])).code).toBe(0);
      const before = snapshot(dir);
      const htmlBefore = readFileSync(html);
      // a different run (English) would change every file
      const r = await interrupted(signal, ['classify', ...INPUTS, '--as-of', '2026-09-30', '-o', dir, '-q', '--lang', 'en'], dir, SET.length);
      expect(r.sawTemps).toBe(SET.length);
      expect(r.signal).toBeNull();
      expect(r.code).toBe(code);
      expect(readdirSync(dir).sort()).toEqual(SET);
      expect(snapshot(dir)).toEqual(before);
      expect(readFileSync(html)).toEqual(htmlBefore);
    }, 60_000);
  }

  it('compare too: SIGTERM while its set is held leaves the previous comparison', async () => {
    const d = tempDir('talenta-signal-');
    const a = join(d, 'a');
    const b = join(d, 'b');
    expect((await talenta(['classify', ...INPUTS, '--as-of', '2026-06-30', '-o', a, '-q', '--no-xlsx'])).code).toBe(0);
    expect((await talenta(['classify', ...INPUTS, '--as-of', '2026-09-30', '-o', b, '-q', '--no-xlsx'])).code).toBe(0);
    const cmp = join(d, 'banding');
    expect((await talenta(['compare', a, b, '-o', cmp, '-q', '--no-xlsx'])).code).toBe(0);
    const before = snapshot(cmp);
    const r = await interrupted('SIGTERM', ['compare', a, b, '-o', cmp, '-q', '--no-xlsx', '--lang', 'en'], cmp, 3);
    expect(r.code).toBe(143);
    expect(snapshot(cmp)).toEqual(before);
  }, 60_000);
});
