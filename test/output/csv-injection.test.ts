/**
 * CSV injection: every CSV talenta writes quotes any field holding CR, LF, `,` or `"`,
 * and neutralises a formula prefix (`= + - @`) also after leading whitespace or control
 * characters. Random hostile values are written, parsed back with a strict parser (a raw CR or
 * LF outside quotes ends a record), and checked: the record count, each value round-trips but for
 * the neutralising apostrophe, and no field a spreadsheet would read as a formula remains.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvText } from '../../src/output/csv.js';
import { compareCsvText } from '../../src/output/compare-csv.js';
import type { Column, Ctx } from '../../src/output/model.js';
import type { CmpColumn, CmpCtx } from '../../src/output/compare-model.js';
import { ROOT, tempDir } from '../e2e/helpers.js';
import { talenta } from '../e2e/in-process.js';

/** Characters a spreadsheet skips before it looks for a formula sign: blanks, controls, zero-width. */
function skippable(c: number): boolean {
  return c <= 0x20 || (c >= 0x7f && c <= 0xa0) || (c >= 0x200b && c <= 0x200f) || c === 0x2060 || c === 0xfeff || /\s/.test(String.fromCharCode(c));
}

/** Would a spreadsheet read this field as a formula (or a formula after a leading tab/CR)? */
function formulaLike(v: string): boolean {
  if (v.startsWith('\t') || v.startsWith('\r')) return true;
  let i = 0;
  while (i < v.length && skippable(v.charCodeAt(i))) i++;
  return i < v.length && '=+-@＝＋－＠'.includes(v[i]!);
}

/** What the writer must put for a text value: the value, with an apostrophe first when formula-like. */
const expected = (v: string) => (formulaLike(v) ? `'${v}` : v);

/** Strict parse: quotes must be well formed, every record has the header's field count, CR and LF both end a record. */
function parseStrict(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  return parse(text, { bom: true, record_delimiter: ['\r\n', '\n', '\r'], relax_quotes: false, relax_column_count: false, skip_empty_lines: false });
}

/** A plain number (`-5`, `-5e-324`) is read as a number, not run: the writers leave numbers alone. */
const plainNumber = (v: string) => /^-?\d+(\.\d+)?(e[-+]?\d+)?$/i.test(v);

function noFormula(records: string[][], where: string): void {
  for (const [r, rec] of records.entries()) {
    for (const [c, v] of rec.entries()) if (formulaLike(v) && !plainNumber(v)) throw new Error(`${where}: record ${r + 1}, field ${c + 1} is formula-like: ${JSON.stringify(v)}`);
  }
}

const HOSTILE = [
  '=',
  '+',
  '-',
  '@',
  '＝',
  '"',
  ',',
  ';',
  '\r',
  '\n',
  '\t',
  ' ',
  '\u00a0',
  '\u0000',
  '\u0001',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u200b',
  '\ufeff',
  "'",
  'a',
  'Z',
  '1',
  '(',
  ')',
  'é',
  '😀',
];
const hostile = fc.string({ unit: fc.constantFrom(...HOSTILE), maxLength: 12 });

describe('the CSV writers on random hostile values', () => {
  it("classify's writer (pegawai.csv, talent-pool.csv, masalah-data.csv, ringkasan.csv, rekonsiliasi.csv, -o - --format csv)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(hostile, hostile, fc.double(), fc.boolean()), { maxLength: 20 }), (rows) => {
        const columns: Column<(typeof rows)[number]>[] = [
          { key: 'a', header: { id: 'a', en: 'a' }, kind: 'text', width: 1, get: (r) => r[0] },
          { key: 'b', header: { id: 'b', en: 'b' }, kind: 'text', width: 1, get: (r) => r[1] },
          { key: 'n', header: { id: 'n', en: 'n' }, kind: 'number', width: 1, get: (r) => r[2] },
          { key: 'f', header: { id: 'f', en: 'f' }, kind: 'bool', width: 1, get: (r) => r[3] },
        ];
        const records = parseStrict(csvText(columns, rows, {} as Ctx));
        expect(records).toHaveLength(rows.length + 1);
        expect(records[0]).toEqual(['a', 'b', 'n', 'f']);
        rows.forEach((r, i) => {
          expect(records[i + 1]).toEqual([expected(r[0]), expected(r[1]), Number.isFinite(r[2]) ? String(r[2]) : '', r[3] ? '1' : '0']);
        });
        noFormula(records, 'csvText');
      }),
      { numRuns: 300 },
    );
  });

  it("compare's writer (transisi.csv, perpindahan.csv, jalur.csv)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(hostile, hostile), { maxLength: 20 }), (rows) => {
        const columns: CmpColumn<(typeof rows)[number]>[] = [
          { key: 'nama', header: { id: 'n', en: 'n' }, kind: 'text', width: 1, get: (r) => r[0] },
          { key: 'kode', header: { id: 'k', en: 'k' }, kind: 'text', width: 1, get: (r) => r[1] },
        ];
        const records = parseStrict(compareCsvText(columns, rows, {} as CmpCtx));
        expect(records).toHaveLength(rows.length + 1);
        rows.forEach((r, i) => expect(records[i + 1]).toEqual([expected(r[0]), expected(r[1])]));
        noFormula(records, 'compareCsvText');
      }),
      { numRuns: 300 },
    );
  });

  it('the cases of the hostile-input run', () => {
    const one = (v: string) => parseStrict(csvText([{ key: 'v', header: { id: 'v', en: 'v' }, kind: 'text', width: 1, get: (r: string) => r }], [v], {} as Ctx));
    expect(one('\r=1+1')).toEqual([['v'], ["'\r=1+1"]]);
    expect(one(' =1+1')).toEqual([['v'], ["' =1+1"]]);
    expect(one('\u0001@SUM(A1)')).toEqual([['v'], ["'\u0001@SUM(A1)"]]);
    expect(one('\n-2+3')).toEqual([['v'], ["'\n-2+3"]]);
    expect(one('Budi =1')).toEqual([['v'], ['Budi =1']]);
  });
});

/** A CSV field as the test's own writer quotes it (every field quoted). */
const q = (v: string) => `"${v.replace(/"/g, '""')}"`;

describe('every CSV of a run with hostile values in the inputs', () => {
  it('classify (with --reconcile), -o - --format csv and compare: strict parse, counts, round trip, no formula', async () => {
    const src = join(ROOT, 'fixtures', 'contoh', 'csv');
    const d = tempDir('talenta-inject-');
    // no NUL here: a CSV holding NUL bytes is refused as binary before it is read
    const values = fc.sample(fc.string({ unit: fc.constantFrom(...HOSTILE.filter((c) => c !== '\u0000')), minLength: 1, maxLength: 10 }), { numRuns: 2000, seed: 11 });
    let k = 0;
    const next = () => `${values[k++ % values.length]}x`;
    // the roster: names, titles, position and units hostile; everything else as in the sample
    const lines = readFileSync(join(src, 'pegawai.csv'), 'utf8').trim().split('\n');
    const header = lines[0]!.split(',');
    const hostileCols = new Set(['NAMA', 'GELAR DEPAN', 'GELAR BELAKANG', 'JABATAN NAMA', 'UNOR NAMA', 'SATUAN KERJA INDUK NAMA']);
    const rows = parse(lines.join('\n'), { from_line: 2 });
    const roster = [header.join(','), ...rows.map((r) => r.map((v, i) => q(hostileCols.has(header[i]!) ? next() : v)).join(','))].join('\n');
    writeFileSync(join(d, 'pegawai.csv'), `${roster}\n`);
    // SKP 2025: some predikat values hostile (data problems quoting the raw value)
    const skp = readFileSync(join(src, 'skp-2025.csv'), 'utf8').trim().split('\n');
    const skpRows = parse(skp.join('\n'), { from_line: 2 });
    const pi = skp[0]!.split(',').indexOf('PREDIKAT KINERJA');
    writeFileSync(join(d, 'skp-2025.csv'), [skp[0], ...skpRows.map((r, n) => r.map((v, i) => q(i === pi && n % 5 === 0 ? next() : v)).join(','))].join('\n') + '\n');
    for (const f of ['cact.csv', 'skp-2024.csv', 'hukdis.csv']) writeFileSync(join(d, f), readFileSync(join(src, f)));
    // upstream boxes: every employee in box 1 (most disagree), a few hostile box values
    writeFileSync(join(d, 'hulu.csv'), ['NIP BARU,KOTAK', ...rows.map((r, n) => `${r[0]},${n % 7 === 0 ? q(next()) : '1'}`)].join('\n') + '\n');
    const inputs = ['pegawai.csv', 'cact.csv', 'skp-2024.csv', 'skp-2025.csv', 'hukdis.csv'].map((f) => join(d, f));
    const out = join(d, 'laporan');
    const r = await talenta(['classify', ...inputs, '--as-of', '2026-09-30', '-o', out, '-q', '--reconcile', join(d, 'hulu.csv')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(readFileSync(join(out, 'hasil-talenta.json'), 'utf8'));
    const csv = (f: string) => parseStrict(readFileSync(join(out, f), 'utf8'));
    const col = (recs: string[][], key: string) => recs[0]!.indexOf(key);

    const emp = csv('pegawai.csv');
    expect(emp).toHaveLength(doc.employees.length + 1);
    expect(doc.employees).toHaveLength(rows.length);
    for (const key of ['nama', 'jabatan', 'unor_induk', 'nip']) {
      const field = { nama: 'nama', jabatan: 'jabatan', unor_induk: 'unorInduk', nip: 'nip' }[key]!;
      emp.slice(1).forEach((rec, i) => expect(rec[col(emp, key)]).toBe(expected(doc.employees[i][field])));
    }
    // the hostile names did reach the file (the test is not vacuous)
    expect(emp.slice(1).filter((rec) => rec[col(emp, 'nama')]!.startsWith("'")).length).toBeGreaterThan(20);
    expect(emp.slice(1).some((rec) => /[\r\n]/.test(rec[col(emp, 'nama')]!))).toBe(true);
    noFormula(emp, 'pegawai.csv');

    const pool = csv('talent-pool.csv');
    expect(pool).toHaveLength(doc.talentPool.length + 1);
    noFormula(pool, 'talent-pool.csv');

    const issues = csv('masalah-data.csv');
    expect(issues).toHaveLength(doc.issues.length + 1);
    issues.slice(1).forEach((rec, i) => {
      expect(rec[col(issues, 'nilai')]).toBe(expected(doc.issues[i].value ?? ''));
      expect(rec[col(issues, 'kode')]).toBe(doc.issues[i].code);
    });
    expect(doc.issues.filter((i: { value: string | null }) => i.value !== null && formulaLike(i.value)).length).toBeGreaterThan(0);
    noFormula(issues, 'masalah-data.csv');

    const summary = csv('ringkasan.csv');
    expect(summary.length).toBeGreaterThan(9);
    noFormula(summary, 'ringkasan.csv');

    const rec = csv('rekonsiliasi.csv');
    expect(rec.length - 1).toBe(doc.reconciliation.disagree);
    expect(rec.length).toBeGreaterThan(50);
    noFormula(rec, 'rekonsiliasi.csv');

    // stdout: the employee table, the same bytes as pegawai.csv without the BOM
    const piped = await talenta(['classify', ...inputs, '--as-of', '2026-09-30', '-o', '-', '--format', 'csv', '--reconcile', join(d, 'hulu.csv')]);
    expect(piped.code).toBe(0);
    expect(piped.stdout).toBe(readFileSync(join(out, 'pegawai.csv'), 'utf8').replace(/^\uFEFF/, ''));

    // compare: this run against the sample's
    const base = join(d, 'contoh');
    expect(
      (
        await talenta([
          'classify',
          ...['pegawai.csv', 'cact.csv', 'skp-2024.csv', 'skp-2025.csv', 'hukdis.csv'].map((f) => join(src, f)),
          '--as-of',
          '2026-06-30',
          '-o',
          base,
          '-q',
        ])
      ).code,
    ).toBe(0);
    const cmp = join(d, 'banding');
    const third = join(d, 'ketiga');
    expect((await talenta(['classify', ...inputs, '--as-of', '2026-12-31', '-o', third, '-q'])).code).toBe(0);
    const c = await talenta(['compare', join(base, 'hasil-talenta.json'), join(out, 'hasil-talenta.json'), join(third, 'hasil-talenta.json'), '-o', cmp, '-q', '--no-xlsx']);
    expect(c.stderr).toBe('');
    expect(c.code).toBe(0);
    const cmpDoc = JSON.parse(readFileSync(join(cmp, 'perbandingan-talenta.json'), 'utf8'));
    expect(
      readdirSync(cmp)
        .filter((f) => f.endsWith('.csv'))
        .sort(),
    ).toEqual(['jalur.csv', 'perpindahan.csv', 'transisi.csv']);
    for (const f of ['transisi.csv', 'perpindahan.csv', 'jalur.csv']) noFormula(parseStrict(readFileSync(join(cmp, f), 'utf8')), f);
    const moves = parseStrict(readFileSync(join(cmp, 'perpindahan.csv'), 'utf8'));
    // a NIP may stand twice in the sample roster (a duplicate): any of its names
    const names = new Map<string, string[]>();
    for (const e of doc.employees as { nip: string; nama: string }[]) names.set(e.nip, [...(names.get(e.nip) ?? []), expected(e.nama)]);
    // the pair of the two hostile runs (same roster): every name is the hostile one, round-tripped
    const [from, to, ni, na] = ['periode_dari', 'periode_ke', 'nip', 'nama'].map((k) => col(moves, k));
    const hostilePair = moves.slice(1).filter((m) => m[from!] === '2026-09-30' && m[to!] === '2026-12-31');
    expect(hostilePair).toHaveLength(rows.length);
    for (const m of hostilePair) expect(names.get(m[ni!]!)).toContain(m[na!]);
    const paths = parseStrict(readFileSync(join(cmp, 'jalur.csv'), 'utf8'));
    expect(paths.length - 1).toBe(cmpDoc.paths.length);
    paths.slice(1).forEach((p, i) => expect(p[col(paths, 'nama')]).toBe(expected(cmpDoc.paths[i].nama)));
  }, 120_000);
});
