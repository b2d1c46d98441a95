/**
 * Large CSV files are streamed through the classifier: only their first rows are held, the rest
 * arrives in batches of whole records (src/io/read-csv.ts, one reader for every size). Forcing
 * the streamed path (TALENTA_STREAM_MIN_BYTES=1) must give exactly the same JSON document as
 * holding every row: boxes, ranks, issues (sorted), summary — on every CSV quirk fixture, on the
 * sample, on the files the old streaming path lost rows of (CR-only and mixed line ends, a stray
 * quote before quoted line breaks), and on a file of several batches.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { ROOT, tempDir } from './helpers.js';
import { talenta } from './in-process.js';
import { runScale } from '../../fixtures/generate.js';

const QUIRKS = join(ROOT, 'fixtures', 'quirks');
const SAMPLE = join(ROOT, 'fixtures', 'contoh', 'csv');
const kasus = JSON.parse(readFileSync(join(QUIRKS, 'kasus.json'), 'utf8')) as {
  asOf: string;
  fixtures: { name: string; args: string[]; exit: number }[];
};
const SAMPLE_FILES = ['pegawai.csv', 'cact.csv', 'skp-2024.csv', 'skp-2025.csv', 'hukdis.csv'];

type Issue = { file: string; row: number | null; code: string };
type Doc = { summary: { rosterRows: number; employees: number }; employees: Record<string, unknown>[]; issues: Issue[] };
const normalise = (stdout: string): Doc => {
  const doc = JSON.parse(stdout);
  doc.issues.sort((a: Issue, b: Issue) => (a.file + String(a.row).padStart(9) + a.code).localeCompare(b.file + String(b.row).padStart(9) + b.code));
  return doc;
};

/** classify held whole and streamed: both exit 0 with the same document, which is returned. */
async function wholeAndStreamed(cwd: string, files: string[]): Promise<Doc> {
  const args = ['classify', ...files, '--as-of', kasus.asOf, '--json'];
  const whole = await talenta(args, { cwd });
  const streamed = await talenta(args, { cwd, env: { TALENTA_STREAM_MIN_BYTES: '1' } });
  expect(whole.code, whole.stderr).toBe(0);
  expect(streamed.code, streamed.stderr).toBe(0);
  const doc = normalise(whole.stdout);
  expect(normalise(streamed.stdout)).toEqual(doc);
  return doc;
}

const csvFixtures = kasus.fixtures.filter((f) => f.exit === 0 && f.args.some((a) => /\.(csv|txt)$/i.test(a)));

describe('streamed CSV reading gives the same result as reading whole files', () => {
  it('covers the CSV quirk fixtures', async () => expect(csvFixtures.length).toBeGreaterThanOrEqual(8));
  for (const f of [...csvFixtures, { name: '../contoh/csv', args: SAMPLE_FILES, exit: 0 }]) {
    it(f.name, async () => {
      const cwd = join(QUIRKS, f.name);
      const args = ['classify', ...f.args, '--as-of', kasus.asOf, '--json'];
      const whole = await talenta(args, { cwd });
      const streamed = await talenta(args, { cwd, env: { TALENTA_STREAM_MIN_BYTES: '1' } });
      expect(streamed.code).toBe(whole.code);
      expect(normalise(streamed.stdout)).toEqual(normalise(whole.stdout));
    });
  }
});

// ---------------------------------------------------------------------------------------------
// What the old streaming path (slices cut at LF with an even quote count) lost, with exit 0
// ---------------------------------------------------------------------------------------------

/** A CSV field as Excel writes it. */
const field = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
/** The sample's tables, read by csv-parse (not by talenta). */
const sampleRows = (file: string) => parse(readFileSync(join(SAMPLE, file)), { relax_column_count: true });
/** The sample as it is, read whole: the expected employees. */
let sample: Doc | undefined;
async function original(): Promise<Doc> {
  if (!sample) {
    // one record per line: rewriting the line ends below changes nothing else
    for (const f of SAMPLE_FILES)
      expect(
        readFileSync(join(SAMPLE, f), 'utf8')
          .split('\n')
          .filter((l) => l !== '').length,
      ).toBe(sampleRows(f).length);
    sample = normalise((await talenta(['classify', ...SAMPLE_FILES, '--as-of', kasus.asOf, '--json'], { cwd: SAMPLE })).stdout);
  }
  return sample;
}
const without = (doc: Doc, keys: string[]) => doc.employees.map((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !keys.includes(k))));

describe('files the old streaming path lost rows of: every row, streamed or not', () => {
  const lineEnds = {
    'CR-only line ends': () => '\r',
    'mixed line ends (CRLF, LF, CR)': (i: number) => ['\r\n', '\n', '\r'][i % 3]!,
  };
  for (const [name, end] of Object.entries(lineEnds)) {
    it(name, async () => {
      const dir = tempDir();
      for (const f of SAMPLE_FILES) {
        writeFileSync(
          join(dir, f),
          sampleRows(f)
            .map((r, i) => r.map(field).join(',') + end(i))
            .join(''),
        );
      }
      const doc = await wholeAndStreamed(dir, SAMPLE_FILES);
      expect(doc.summary.rosterRows).toBe(493);
      expect(doc.employees).toEqual((await original()).employees);
    });
  }

  it('a stray quote in a plain field, then names with a quoted line break', async () => {
    const dir = tempDir();
    const rows = sampleRows('pegawai.csv');
    const lines = rows.map((r, i) => {
      // row 6: a plain quote inside an unquoted name (Excel: an ordinary character)
      if (i === 5) return [r[0]!, `${r[1]!} 5" x`, ...r.slice(2).map(field)].join(',');
      // from row 8 on, every 10th name holds a line break (quoted)
      if (i >= 7 && i % 10 === 0) return [r[0]!, field(r[1]!.replace(' ', '\n')), ...r.slice(2).map(field)].join(',');
      return r.map(field).join(',');
    });
    writeFileSync(join(dir, 'pegawai.csv'), lines.join('\n') + '\n');
    for (const f of SAMPLE_FILES.slice(1)) writeFileSync(join(dir, f), readFileSync(join(SAMPLE, f)));
    const doc = await wholeAndStreamed(dir, SAMPLE_FILES);
    expect(doc.summary.rosterRows).toBe(493);
    // the same employees, rows and boxes; only the names changed, as written
    expect(without(doc, ['nama'])).toEqual(without(await original(), ['nama']));
    const byNip = new Map(doc.employees.map((e) => [e.nip as string, e.nama as string]));
    expect(byNip.get(rows[5]![0]!)).toBe(`${rows[5]![1]} 5" x`);
    expect(byNip.get(rows[10]![0]!)).toBe(rows[10]![1]!.replace(' ', '\n'));
  });
});

describe('a file of several batches', () => {
  it('6,000 employees with mixed line ends and quoted line breaks: the same document streamed', async () => {
    const src = tempDir();
    await runScale(6000, src, 20260930, { quiet: true });
    const dir = tempDir();
    for (const f of SAMPLE_FILES) {
      const rows = parse(readFileSync(join(src, f)), { relax_column_count: true });
      writeFileSync(join(dir, f), rows.map((r, i) => r.map((c, k) => field(k === 1 && i % 97 === 5 ? c.replace(' ', '\n') : c)).join(',') + ['\r\n', '\n', '\r'][i % 3]).join(''));
    }
    // more than one batch of 1 MiB
    expect(readFileSync(join(dir, 'pegawai.csv')).length).toBeGreaterThan(1.2 * 1024 * 1024);
    const doc = await wholeAndStreamed(dir, SAMPLE_FILES);
    expect(doc.summary.rosterRows).toBe(parse(readFileSync(join(src, 'pegawai.csv')), { relax_column_count: true }).length - 1);
  }, 120_000);
});
