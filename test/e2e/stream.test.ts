/**
 * Issue 6: large UTF-8 CSV files are streamed through the classifier. Forcing the streamed path
 * (TALENTA_STREAM_MIN_BYTES=1) on every CSV quirk fixture and on the sample must give exactly
 * the same JSON document as the whole-file reader: boxes, ranks, issues (sorted), summary.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers.js';

const QUIRKS = join(ROOT, 'fixtures', 'quirks');
const kasus = JSON.parse(readFileSync(join(QUIRKS, 'kasus.json'), 'utf8')) as {
  asOf: string;
  fixtures: { name: string; args: string[]; exit: number }[];
};

type Issue = { file: string; row: number | null; code: string };
const normalise = (stdout: string) => {
  const doc = JSON.parse(stdout);
  doc.issues.sort((a: Issue, b: Issue) => (a.file + String(a.row).padStart(9) + a.code).localeCompare(b.file + String(b.row).padStart(9) + b.code));
  return doc;
};

const csvFixtures = kasus.fixtures.filter((f) => f.exit === 0 && f.args.some((a) => /\.(csv|txt)$/i.test(a)));

describe('streamed CSV reading gives the same result as reading whole files', () => {
  it('covers the CSV quirk fixtures', () => expect(csvFixtures.length).toBeGreaterThanOrEqual(8));
  for (const f of [...csvFixtures, { name: '../contoh/csv', args: ['pegawai.csv', 'cact.csv', 'skp-2024.csv', 'skp-2025.csv', 'hukdis.csv'], exit: 0 }]) {
    it(f.name, () => {
      const cwd = join(QUIRKS, f.name);
      const args = ['classify', ...f.args, '--as-of', kasus.asOf, '--json'];
      const whole = runCli(args, { cwd });
      const streamed = runCli(args, { cwd, env: { TALENTA_STREAM_MIN_BYTES: '1' } });
      expect(streamed.code).toBe(whole.code);
      expect(normalise(streamed.stdout)).toEqual(normalise(whole.stdout));
    });
  }
});
